//! The `SyntaxWarning`s codegen issues about code that can only fail or mislead at run time (`codegen_check_compare`, `check_caller`, `check_subscripter`, `check_index` and the tuple `assert` in CPython 3.14's Python/codegen.c).

use super::{Compiler, loc};
use crate::ast::{CmpOp, Constant, Expr, ExprKind};

/// `infer_type`: the name of the type an expression certainly evaluates
/// to, when its form alone says so.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::TemplateStr { .. } | ExprKind::Interpolation { .. } => {
            "string.templatelib.Template"
        }
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant { value, .. } => constant_type(value),
        _ => return None,
    })
}

/// `Py_TYPE(constant)->tp_name`.
fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::True | Constant::False => "bool",
        Constant::Ellipsis => "ellipsis",
        Constant::Int(_) | Constant::BigInt(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex(_) => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Tuple(_) => "tuple",
        Constant::FrozenSet(_) => "frozenset",
    }
}

/// `!check_is_arg`: the type of a literal other than the named
/// singletons (a tuple of constants counts as one), which `is` compares
/// by accident of caching.
fn identity_literal(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Tuple { elts, .. } => elts
            .iter()
            .all(|e| matches!(e.kind, ExprKind::Constant { .. }))
            .then_some("tuple"),
        ExprKind::Constant { value, .. } => match value {
            Constant::None | Constant::True | Constant::False | Constant::Ellipsis => None,
            other => Some(constant_type(other)),
        },
        _ => None,
    }
}

impl Compiler<'_> {
    /// `codegen_check_compare`: `is` or `is not` with a literal operand
    /// (one warning per comparison chain).
    pub fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let mut left_literal = identity_literal(left);
        for (op, right) in ops.iter().zip(comparators) {
            let right_literal = identity_literal(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot)
                && let Some(name) = left_literal.or(right_literal)
            {
                let msg = if *op == CmpOp::Is {
                    format!("\"is\" with '{name}' literal. Did you mean \"==\"?")
                } else {
                    format!("\"is not\" with '{name}' literal. Did you mean \"!=\"?")
                };
                self.warn(loc(&e.range), msg);
                return;
            }
            left_literal = right_literal;
        }
    }

    /// `check_caller`: calling a literal or display.
    pub fn check_caller(&mut self, func: &Expr) {
        if matches!(func.kind, ExprKind::Lambda { .. }) {
            return;
        }
        if let Some(name) = infer_type(func) {
            self.warn(
                loc(&func.range),
                format!("'{name}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// `check_subscripter` and `check_index`: subscripting (for a load) a
    /// literal that cannot be subscripted, or a sequence literal by an
    /// index that is not an integer or slice.
    pub fn check_subscript(&mut self, value: &Expr, slice: &Expr) {
        let Some(value_type) = infer_type(value) else {
            return;
        };
        let not_subscriptable = match &value.kind {
            ExprKind::Constant { value: c, .. } => matches!(
                c,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::True
                    | Constant::False
                    | Constant::Int(_)
                    | Constant::BigInt(_)
                    | Constant::Float(_)
                    | Constant::Complex(_)
                    | Constant::FrozenSet(_)
            ),
            ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::TemplateStr { .. }
            | ExprKind::Interpolation { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if not_subscriptable {
            self.warn(
                loc(&value.range),
                format!("'{value_type}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        let Some(index_type) = infer_type(slice).filter(|t| !matches!(*t, "int" | "bool")) else {
            return;
        };
        let sequence = match &value.kind {
            ExprKind::Constant { value: c, .. } => {
                matches!(
                    c,
                    Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
                )
            }
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if sequence {
            self.warn(
                loc(&value.range),
                format!(
                    "{value_type} indices must be integers or slices, not {index_type}; \
                     perhaps you missed a comma?"
                ),
            );
        }
    }

    /// `codegen_assert`'s warning: a non-empty tuple as the test.
    pub fn check_assert(&mut self, s_range: &crate::ast::Range, test: &Expr) {
        let always_true = match &test.kind {
            ExprKind::Tuple { elts, .. } => !elts.is_empty(),
            ExprKind::Constant {
                value: Constant::Tuple(items),
                ..
            } => !items.is_empty(),
            _ => false,
        };
        if always_true {
            self.warn(
                loc(s_range),
                "assertion is always true, perhaps remove parentheses?".to_owned(),
            );
        }
    }
}
