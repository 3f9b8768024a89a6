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
/// where CPython leaves the attribute `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: Option<u32>,
    pub offset: Option<u32>,
    pub end_lineno: Option<u32>,
    pub end_offset: Option<u32>,
}

impl fmt::Display for SyntaxError {
    /// The `errors` line of `shared/tools/refdump.py`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |v: Option<u32>| v.map_or_else(|| "None".to_string(), |n| n.to_string());
        write!(
            f,
            "{}: {} @{}:{}-{}:{}",
            self.kind.name(),
            self.msg,
            show(self.lineno),
            show(self.offset),
            show(self.end_lineno),
            show(self.end_offset)
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
            offset: Some(self.col_offset + 1),
            end_lineno: Some(self.end_lineno),
            end_offset: Some(self.end_col_offset + 1),
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
