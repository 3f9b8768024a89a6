//! The syntax errors the front end reports, located the way CPython's `SyntaxError` reports them.

use std::fmt;

use crate::ast::Range;

/// Which exception class CPython raises for a front-end error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Source nested deeper than the compiler recurses ([`MAX_NESTING`]).
    RecursionError,
    /// The compiler's own invariants broke (CPython's `SystemError`).
    SystemError,
}

/// How deeply the symbol table and the code generator nest before giving up
/// with CPython's `RecursionError` ("maximum recursion depth exceeded during
/// compilation"); CPython's limit is the C stack, so only the message is
/// CPython's, not the exact depth.
pub const MAX_NESTING: u32 = 10_000;

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::SystemError => "SystemError",
        }
    }
}

/// A front-end error. Positions are what `SyntaxError` exposes: 1-based line
/// numbers and 1-based *character* columns (`offset`, `end_offset`); `None`
/// where CPython leaves the attribute `None`, and -1 where CPython reports an
/// unknown column as -1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: Option<u32>,
    pub offset: Option<i32>,
    pub end_lineno: Option<u32>,
    pub end_offset: Option<i32>,
}

impl fmt::Display for SyntaxError {
    /// The `errors` line of `shared/tools/refdump.py`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} @{}:{}-{}:{}",
            self.kind.name(),
            self.msg,
            or_none(self.lineno),
            or_none(self.offset),
            or_none(self.end_lineno),
            or_none(self.end_offset)
        )
    }
}

impl Range {
    /// A `SyntaxError` located at this node. CPython's compiler-side errors
    /// report UTF-8 byte columns plus one (not character columns).
    pub fn syntax_error(&self, msg: impl Into<String>) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: Some(self.lineno),
            offset: Some(column(self.col_offset)),
            end_lineno: Some(self.end_lineno),
            end_offset: Some(column(self.end_col_offset)),
        }
    }

    /// CPython's `RecursionError` for source nested beyond [`MAX_NESTING`].
    pub fn recursion_error(&self) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::RecursionError,
            ..self.syntax_error("maximum recursion depth exceeded during compilation")
        }
    }
}

/// A position attribute as Python prints it: the number, or `None`.
pub fn or_none(v: Option<impl fmt::Display>) -> String {
    v.map_or_else(|| "None".to_string(), |n| n.to_string())
}

/// A 0-based byte column as `SyntaxError`'s 1-based offset.
fn column(col_offset: u32) -> i32 {
    offset(col_offset).saturating_add(1)
}

/// A column computed as `u32` as `SyntaxError`'s signed offset.
pub(crate) fn offset(column: u32) -> i32 {
    i32::try_from(column).unwrap_or(i32::MAX)
}
