//! List, set and dict comprehensions and generator expressions (inlined per PEP 709 or as nested units); mirrors `codegen_comprehension` and friends in CPython's Python/codegen.c.

use super::{CResult, CompileError, Compiler};
use crate::ast::Expr;

/// `codegen_genexp`: a generator expression.
pub fn genexp<'a>(_c: &mut Compiler<'a>, _e: &'a Expr) -> CResult {
    Err(CompileError::Unsupported("generator expressions"))
}

/// `codegen_listcomp`: a list comprehension.
pub fn listcomp<'a>(_c: &mut Compiler<'a>, _e: &'a Expr) -> CResult {
    Err(CompileError::Unsupported("list comprehensions"))
}

/// `codegen_setcomp`: a set comprehension.
pub fn setcomp<'a>(_c: &mut Compiler<'a>, _e: &'a Expr) -> CResult {
    Err(CompileError::Unsupported("set comprehensions"))
}

/// `codegen_dictcomp`: a dict comprehension.
pub fn dictcomp<'a>(_c: &mut Compiler<'a>, _e: &'a Expr) -> CResult {
    Err(CompileError::Unsupported("dict comprehensions"))
}
