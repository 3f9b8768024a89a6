//! The `match` statement and its patterns; mirrors `codegen_match` and `codegen_pattern_*` in CPython's Python/codegen.c.

use super::{CResult, CompileError, Compiler};
use crate::ast::Stmt;

/// `codegen_match`: a whole `match` statement.
pub fn match_stmt<'a>(_c: &mut Compiler<'a>, _s: &'a Stmt) -> CResult {
    Err(CompileError::Unsupported("match statements"))
}
