//! f-strings and t-strings; mirrors `codegen_joined_str`, `codegen_formatted_value`, `codegen_template_str` and `codegen_interpolation` in CPython's Python/codegen.c.

use super::{CResult, CompileError, Compiler, ast_constant, loc};
use crate::ast::{Expr, ExprKind, Operator};
use crate::compile::Constant;
use crate::compile::op;

/// `_PY_STACK_USE_GUIDELINE`: longer f-strings are joined from a list.
const STACK_USE_GUIDELINE: usize = 30;

/// `FVC_*`: the conversion bits of `CONVERT_VALUE` and `BUILD_INTERPOLATION`
/// for a conversion character (`-1` for none).
fn conversion_oparg(conversion: i32) -> CResult<Option<u32>> {
    const NONE: i32 = -1;
    const STR: i32 = 's' as i32;
    const REPR: i32 = 'r' as i32;
    const ASCII: i32 = 'a' as i32;
    match conversion {
        NONE => Ok(None),
        STR => Ok(Some(1)),
        REPR => Ok(Some(2)),
        ASCII => Ok(Some(3)),
        _ => Err(CompileError::Internal(format!(
            "Unrecognized conversion character {conversion}"
        ))),
    }
}

/// `codegen_joined_str`: an f-string.
pub fn joined_str<'a>(c: &mut Compiler<'a>, e: &'a Expr) -> CResult {
    let ExprKind::JoinedStr { values } = &e.kind else {
        return Err(CompileError::Internal("joined_str on another node".into()));
    };
    let l = loc(&e.range);
    if values.len() > STACK_USE_GUIDELINE {
        c.load_const(Constant::str(""), l);
        c.addop_name(super::NameOp::LoadMethod, "join", l);
        c.addop_i(op::BUILD_LIST, 0, l);
        for value in values {
            c.visit_expr(value)?;
            c.addop_i(op::LIST_APPEND, 1, l);
        }
        c.addop_i(op::CALL, 1, l);
    } else {
        for value in values {
            c.visit_expr(value)?;
        }
        if values.len() > 1 {
            c.addop_i(op::BUILD_STRING, values.len() as u32, l);
        } else if values.is_empty() {
            c.load_const(Constant::str(""), l);
        }
    }
    Ok(())
}

/// `codegen_formatted_value`: one `{...}` field of an f-string.
pub fn formatted_value<'a>(c: &mut Compiler<'a>, e: &'a Expr) -> CResult {
    let ExprKind::FormattedValue {
        value,
        conversion,
        format_spec,
    } = &e.kind
    else {
        return Err(CompileError::Internal(
            "formatted_value on another node".into(),
        ));
    };
    c.visit_expr(value)?;
    let l = loc(&e.range);
    if let Some(oparg) = conversion_oparg(*conversion)? {
        c.addop_i(op::CONVERT_VALUE, oparg, l);
    }
    match format_spec {
        Some(spec) => {
            c.visit_expr(spec)?;
            c.addop(op::FORMAT_WITH_SPEC, l);
        }
        None => c.addop(op::FORMAT_SIMPLE, l),
    }
    Ok(())
}

/// `codegen_template_str`: a t-string. The literal strings (an empty one
/// wherever two interpolations meet or one starts or ends the template)
/// are built into one tuple, the interpolations into another.
pub fn template_str<'a>(c: &mut Compiler<'a>, e: &'a Expr) -> CResult {
    let ExprKind::TemplateStr { values } = &e.kind else {
        return Err(CompileError::Internal(
            "template_str on another node".into(),
        ));
    };
    let l = loc(&e.range);
    let is_interpolation = |v: &Expr| matches!(v.kind, ExprKind::Interpolation { .. });
    let mut last_was_interpolation = true;
    let mut strings = 0u32;
    let mut i = 0;
    while let Some(value) = values.get(i) {
        if is_interpolation(value) {
            if last_was_interpolation {
                c.load_const(Constant::str(""), l);
                strings += 1;
            }
            last_was_interpolation = true;
            i += 1;
        } else {
            c.visit_expr(value)?;
            i += 1;
            while let Some(next) = values.get(i).filter(|v| !is_interpolation(v)) {
                c.visit_expr(next)?;
                c.addop_binary(l, Operator::Add, true);
                i += 1;
            }
            strings += 1;
            last_was_interpolation = false;
        }
    }
    if last_was_interpolation {
        c.load_const(Constant::str(""), l);
        strings += 1;
    }
    c.addop_i(op::BUILD_TUPLE, strings, l);
    let mut interpolations = 0u32;
    for value in values.iter().filter(|v| is_interpolation(v)) {
        c.visit_expr(value)?;
        interpolations += 1;
    }
    c.addop_i(op::BUILD_TUPLE, interpolations, l);
    c.addop(op::BUILD_TEMPLATE, l);
    Ok(())
}

/// `codegen_interpolation`: one `{...}` field of a t-string: the value, its
/// source text, and the format spec, with the conversion in the argument.
pub fn interpolation<'a>(c: &mut Compiler<'a>, e: &'a Expr) -> CResult {
    let ExprKind::Interpolation {
        value,
        str: text,
        conversion,
        format_spec,
    } = &e.kind
    else {
        return Err(CompileError::Internal(
            "interpolation on another node".into(),
        ));
    };
    let l = loc(&e.range);
    c.visit_expr(value)?;
    c.load_const(ast_constant(text), l);
    let mut oparg = 2;
    if let Some(spec) = format_spec {
        oparg += 1;
        c.visit_expr(spec)?;
    }
    if let Some(conversion) = conversion_oparg(*conversion)? {
        oparg |= conversion << 2;
    }
    c.addop_i(op::BUILD_INTERPOLATION, oparg, l);
    Ok(())
}
