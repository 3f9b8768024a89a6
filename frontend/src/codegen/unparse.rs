//! Expression source text for `from __future__ import annotations` (PEP 563 string annotations); mirrors CPython's Python/ast_unparse.c.

use crate::ast::{
    Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant as AstConstant, Expr, ExprKind, Keyword,
    Operator, UnaryOp,
};
use crate::compile::Constant;

/// Operator precedence levels, lowest first (ast_unparse.c's `PR_*`).
mod pr {
    pub const TUPLE: u8 = 0;
    pub const TEST: u8 = 1;
    pub const OR: u8 = 2;
    pub const AND: u8 = 3;
    pub const NOT: u8 = 4;
    pub const CMP: u8 = 5;
    pub const EXPR: u8 = 6;
    pub const BOR: u8 = EXPR;
    pub const BXOR: u8 = 7;
    pub const BAND: u8 = 8;
    pub const SHIFT: u8 = 9;
    pub const ARITH: u8 = 10;
    pub const TERM: u8 = 11;
    pub const FACTOR: u8 = 12;
    pub const POWER: u8 = 13;
    pub const AWAIT: u8 = 14;
    pub const ATOM: u8 = 15;
}

/// `_PyAST_ExprAsUnicode`: the text of an annotation.
pub fn unparse(e: &Expr) -> String {
    let mut w = String::new();
    expr(&mut w, e, pr::TEST);
    w
}

fn open_if(w: &mut String, cond: bool) {
    if cond {
        w.push('(');
    }
}

fn close_if(w: &mut String, cond: bool) {
    if cond {
        w.push(')');
    }
}

fn expr(w: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (text, p) = match op {
                BoolOp::And => (" and ", pr::AND),
                BoolOp::Or => (" or ", pr::OR),
            };
            open_if(w, level > p);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    w.push_str(text);
                }
                expr(w, v, p + 1);
            }
            close_if(w, level > p);
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, p) = binop(*op);
            let rassoc = u8::from(*op == Operator::Pow);
            open_if(w, level > p);
            expr(w, left, p + rassoc);
            w.push_str(text);
            expr(w, right, p + 1 - rassoc);
            close_if(w, level > p);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, p) = match op {
                UnaryOp::Invert => ("~", pr::FACTOR),
                UnaryOp::Not => ("not ", pr::NOT),
                UnaryOp::UAdd => ("+", pr::FACTOR),
                UnaryOp::USub => ("-", pr::FACTOR),
            };
            open_if(w, level > p);
            w.push_str(text);
            expr(w, operand, p);
            close_if(w, level > p);
        }
        ExprKind::Lambda { args, body } => {
            open_if(w, level > pr::TEST);
            w.push_str("lambda");
            let has_args = !args.args.is_empty()
                || !args.posonlyargs.is_empty()
                || args.vararg.is_some()
                || !args.kwonlyargs.is_empty()
                || args.kwarg.is_some();
            if has_args {
                w.push(' ');
                arguments(w, args);
            }
            w.push_str(": ");
            expr(w, body, pr::TEST);
            close_if(w, level > pr::TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open_if(w, level > pr::TEST);
            expr(w, body, pr::TEST + 1);
            w.push_str(" if ");
            expr(w, test, pr::TEST + 1);
            w.push_str(" else ");
            expr(w, orelse, pr::TEST);
            close_if(w, level > pr::TEST);
        }
        ExprKind::Dict { keys, values } => {
            w.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    w.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(w, k, pr::TEST);
                        w.push_str(": ");
                        expr(w, v, pr::TEST);
                    }
                    None => {
                        w.push_str("**");
                        expr(w, v, pr::EXPR);
                    }
                }
            }
            w.push('}');
        }
        ExprKind::Set { elts } => {
            if elts.is_empty() {
                w.push_str("{*()}");
            } else {
                w.push('{');
                seq(w, elts);
                w.push('}');
            }
        }
        ExprKind::List { elts, .. } => {
            w.push('[');
            seq(w, elts);
            w.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                w.push_str("()");
                return;
            }
            open_if(w, level > pr::TUPLE);
            seq(w, elts);
            if elts.len() == 1 {
                w.push(',');
            }
            close_if(w, level > pr::TUPLE);
        }
        ExprKind::ListComp { elt, generators } => {
            w.push('[');
            expr(w, elt, pr::TEST);
            comprehensions(w, generators);
            w.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            w.push('{');
            expr(w, elt, pr::TEST);
            comprehensions(w, generators);
            w.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            w.push('{');
            expr(w, key, pr::TEST);
            w.push_str(": ");
            expr(w, value, pr::TEST);
            comprehensions(w, generators);
            w.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            w.push('(');
            expr(w, elt, pr::TEST);
            comprehensions(w, generators);
            w.push(')');
        }
        ExprKind::Await { value } => {
            open_if(w, level > pr::AWAIT);
            w.push_str("await ");
            expr(w, value, pr::ATOM);
            close_if(w, level > pr::AWAIT);
        }
        ExprKind::Yield { value } => match value {
            None => w.push_str("(yield)"),
            Some(v) => {
                w.push_str("(yield ");
                expr(w, v, pr::TEST);
                w.push(')');
            }
        },
        ExprKind::YieldFrom { value } => {
            w.push_str("(yield from ");
            expr(w, value, pr::TEST);
            w.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open_if(w, level > pr::CMP);
            expr(w, left, pr::CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                w.push(' ');
                w.push_str(cmpop(*op));
                w.push(' ');
                expr(w, c, pr::CMP + 1);
            }
            close_if(w, level > pr::CMP);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(w, func, pr::ATOM);
            if let ([arg], []) = (args.as_slice(), keywords.as_slice())
                && matches!(arg.kind, ExprKind::GeneratorExp { .. })
            {
                expr(w, arg, pr::TEST);
                return;
            }
            w.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    w.push_str(", ");
                }
                first = false;
                expr(w, a, pr::TEST);
            }
            for k in keywords {
                if !first {
                    w.push_str(", ");
                }
                first = false;
                keyword(w, k);
            }
            w.push(')');
        }
        ExprKind::Constant { value, kind } => {
            if matches!(value, AstConstant::Ellipsis) {
                w.push_str("...");
                return;
            }
            if let Some(kind) = kind {
                w.push_str(kind);
            }
            constant(w, value);
        }
        ExprKind::JoinedStr { values } => {
            let mut body = String::new();
            fstring_body(&mut body, values);
            w.push('f');
            w.push_str(&Constant::str(&body).repr());
        }
        ExprKind::TemplateStr { values } => {
            let mut body = String::new();
            fstring_body(&mut body, values);
            w.push('t');
            w.push_str(&Constant::str(&body).repr());
        }
        ExprKind::FormattedValue { .. } | ExprKind::Interpolation { .. } => {
            let mut body = String::new();
            fstring_body(&mut body, std::slice::from_ref(e));
            w.push('f');
            w.push_str(&Constant::str(&body).repr());
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(w, value, pr::ATOM);
            let int_constant = matches!(
                &value.kind,
                ExprKind::Constant {
                    value: AstConstant::Int(_) | AstConstant::BigInt(_),
                    ..
                }
            );
            w.push_str(if int_constant { " ." } else { "." });
            w.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(w, value, pr::ATOM);
            w.push('[');
            expr(w, slice, pr::TUPLE);
            w.push(']');
        }
        ExprKind::Starred { value, .. } => {
            w.push('*');
            expr(w, value, pr::EXPR);
        }
        ExprKind::Name { id, .. } => w.push_str(id),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(w, l, pr::TEST);
            }
            w.push(':');
            if let Some(u) = upper {
                expr(w, u, pr::TEST);
            }
            if let Some(s) = step {
                w.push(':');
                expr(w, s, pr::TEST);
            }
        }
        ExprKind::NamedExpr { target, value } => {
            open_if(w, level > pr::TUPLE);
            expr(w, target, pr::ATOM);
            w.push_str(" := ");
            expr(w, value, pr::ATOM);
            close_if(w, level > pr::TUPLE);
        }
    }
}

fn seq(w: &mut String, elts: &[Expr]) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            w.push_str(", ");
        }
        expr(w, e, pr::TEST);
    }
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", pr::ARITH),
        Operator::Sub => (" - ", pr::ARITH),
        Operator::Mult => (" * ", pr::TERM),
        Operator::MatMult => (" @ ", pr::TERM),
        Operator::Div => (" / ", pr::TERM),
        Operator::Mod => (" % ", pr::TERM),
        Operator::FloorDiv => (" // ", pr::TERM),
        Operator::LShift => (" << ", pr::SHIFT),
        Operator::RShift => (" >> ", pr::SHIFT),
        Operator::BitOr => (" | ", pr::BOR),
        Operator::BitXor => (" ^ ", pr::BXOR),
        Operator::BitAnd => (" & ", pr::BAND),
        Operator::Pow => (" ** ", pr::POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn keyword(w: &mut String, k: &Keyword) {
    match &k.arg {
        Some(name) => {
            w.push_str(name);
            w.push('=');
        }
        None => w.push_str("**"),
    }
    expr(w, &k.value, pr::TEST);
}

fn arg(w: &mut String, a: &Arg) {
    w.push_str(&a.arg);
    if let Some(ann) = &a.annotation {
        w.push_str(": ");
        expr(w, ann, pr::TEST);
    }
}

/// `append_ast_args`.
fn arguments(w: &mut String, args: &Arguments) {
    let mut first = true;
    let mut sep = |w: &mut String| {
        if !first {
            w.push_str(", ");
        }
        first = false;
    };
    let nposonly = args.posonlyargs.len();
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let ndefaults = args.defaults.len();
    for (i, a) in positional.iter().enumerate() {
        sep(w);
        arg(w, a);
        if let Some(di) = (i + ndefaults).checked_sub(positional.len()) {
            w.push('=');
            expr(w, &args.defaults[di], pr::TEST);
        }
        if nposonly > 0 && i + 1 == nposonly {
            w.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(w);
        w.push('*');
        if let Some(v) = &args.vararg {
            arg(w, v);
        }
    }
    for (i, a) in args.kwonlyargs.iter().enumerate() {
        sep(w);
        arg(w, a);
        if let Some(Some(d)) = args.kw_defaults.get(i) {
            w.push('=');
            expr(w, d, pr::TEST);
        }
    }
    if let Some(k) = &args.kwarg {
        sep(w);
        w.push_str("**");
        arg(w, k);
    }
}

fn comprehensions(w: &mut String, generators: &[Comprehension]) {
    for g in generators {
        w.push_str(if g.is_async != 0 {
            " async for "
        } else {
            " for "
        });
        expr(w, &g.target, pr::TUPLE);
        w.push_str(" in ");
        expr(w, &g.iter, pr::TEST + 1);
        for cond in &g.ifs {
            w.push_str(" if ");
            expr(w, cond, pr::TEST + 1);
        }
    }
}

/// `append_repr` of a literal, with infinities spelled `1e309` so the text evaluates back.
fn constant(w: &mut String, c: &AstConstant) {
    let text = super::ast_constant(c).repr();
    match c {
        AstConstant::Float(_) | AstConstant::Complex(_) => {
            w.push_str(&text.replace("inf", "1e309"))
        }
        _ => w.push_str(&text),
    }
}

/// The inside of an f-string or t-string: literal parts with braces doubled, fields in braces.
fn fstring_body(w: &mut String, values: &[Expr]) {
    for v in values {
        match &v.kind {
            ExprKind::Constant {
                value: AstConstant::Str(s),
                ..
            } => {
                w.push_str(&s.replace('{', "{{").replace('}', "}}"));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            }
            | ExprKind::Interpolation {
                value,
                conversion,
                format_spec,
                ..
            } => {
                let mut inner = String::new();
                expr(&mut inner, value, pr::TEST + 1);
                w.push_str(if inner.starts_with('{') { "{ " } else { "{" });
                w.push_str(&inner);
                if *conversion > 0 {
                    w.push('!');
                    if let Some(ch) = char::from_u32(*conversion as u32) {
                        w.push(ch);
                    }
                }
                if let Some(spec) = format_spec {
                    w.push(':');
                    if let ExprKind::JoinedStr { values } = &spec.kind {
                        fstring_body(w, values);
                    }
                }
                w.push('}');
            }
            ExprKind::JoinedStr { values } => fstring_body(w, values),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{Mod, StmtKind};

    fn annotation_text(src: &str) -> String {
        let module = crate::parser::parse_module(&format!("x: {src}\n")).expect("parses");
        let Mod::Module { body, .. } = &module else {
            panic!("module")
        };
        let StmtKind::AnnAssign { annotation, .. } = &body[0].kind else {
            panic!("annassign")
        };
        unparse(annotation)
    }

    #[test]
    fn matches_ast_unparse() {
        for (src, want) in [
            ("int", "int"),
            ("list[int]", "list[int]"),
            ("dict[str, 'A']", "dict[str, 'A']"),
            ("int | None", "int | None"),
            ("Callable[..., T]", "Callable[..., T]"),
            ("(a, b)", "(a, b)"),
            ("a.b.c", "a.b.c"),
            ("1 .real", "1 .real"),
            ("-x ** 2", "-x ** 2"),
            ("(-x) ** 2", "(-x) ** 2"),
            (
                "lambda a, /, b=1, *c, d, **e: a",
                "lambda a, /, b=1, *c, d, **e: a",
            ),
            ("f(x for x in y)", "f(x for x in y)"),
        ] {
            assert_eq!(annotation_text(src), want, "{src}");
        }
    }
}
