//! f-strings and t-strings; mirrors `codegen_joined_str`, `codegen_formatted_value`, `codegen_template_str` and `codegen_interpolation` in CPython's Python/codegen.c.

use super::{CResult, CompileError, Compiler};
use crate::ast::Expr;

/// `codegen_joined_str`: an f-string.
pub fn joined_str<'a>(_c: &mut Compiler<'a>, _e: &'a Expr) -> CResult {
    Err(CompileError::Unsupported("f-strings"))
}

/// `codegen_formatted_value`: one `{...}` field of an f-string.
pub fn formatted_value<'a>(_c: &mut Compiler<'a>, _e: &'a Expr) -> CResult {
    Err(CompileError::Unsupported("f-string fields"))
}

/// `codegen_template_str`: a t-string.
pub fn template_str<'a>(_c: &mut Compiler<'a>, _e: &'a Expr) -> CResult {
    Err(CompileError::Unsupported("t-strings"))
}

/// `codegen_interpolation`: one `{...}` field of a t-string.
pub fn interpolation<'a>(_c: &mut Compiler<'a>, _e: &'a Expr) -> CResult {
    Err(CompileError::Unsupported("t-string fields"))
}
