//! The syntax errors the front end reports, located the way CPython's `SyntaxError` reports them.

use std::fmt;

/// Which exception class CPython raises for a front-end error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
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
