//! Assignment and deletion targets: `star_targets`, `del_targets`, expression contexts, and the "cannot assign to ..." checks (`_PyPegen_get_invalid_target`).

use super::expr::mk;
use super::{Failure, PResult, Parser};
use crate::ast::{CmpOp, Constant, Expr, ExprContext, ExprKind};
use crate::token::TokenKind as T;

/// Which statement a target belongs to (CPython's `TARGETS_TYPE`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Targets {
    Star,
    For,
    Del,
}

/// `_PyPegen_get_expr_name`: how error messages name an expression.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::TemplateStr { .. } | ExprKind::Interpolation { .. } => "t-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
pub(crate) fn invalid_target(e: &Expr, targets: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, targets))
        }
        ExprKind::Starred { value, .. } => {
            if targets == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, targets)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if targets == Targets::For {
                if ops.first() == Some(&CmpOp::In) {
                    invalid_target(left, targets)
                } else {
                    None
                }
            } else {
                Some(e)
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Sets the context of a valid target and of its parts.
pub(crate) fn set_context(e: &mut Expr, ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_context(value, ctx);
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            for x in elts {
                set_context(x, ctx);
            }
        }
        _ => {}
    }
}

/// Whether `e` is a valid target of the given kind (starred only where allowed).
fn valid_target(e: &Expr, targets: Targets) -> bool {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
        ExprKind::Starred { value, .. } => targets != Targets::Del && valid_target(value, targets),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().all(|x| valid_target(x, targets))
        }
        _ => false,
    }
}

impl Parser<'_> {
    /// Turns a parsed expression into a target, or reports why it cannot be one.
    pub(crate) fn make_target(&mut self, mut e: Expr, targets: Targets) -> PResult<Expr> {
        if valid_target(&e, targets) {
            let ctx = if targets == Targets::Del {
                ExprContext::Del
            } else {
                ExprContext::Store
            };
            set_context(&mut e, ctx);
            return Ok(e);
        }
        if self.invalid_pass
            && let Some(bad) = invalid_target(&e, targets)
        {
            let verb = if targets == Targets::Del {
                "delete"
            } else {
                "assign to"
            };
            return Err(self.error_range(&format!("cannot {verb} {}", expr_name(bad)), bad.range));
        }
        Err(Failure::Fail)
    }

    /// `star_targets: star_target (',' star_target)* [',']`, stopping before `in`, `=` or `:`.
    pub(crate) fn star_targets(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_target()?;
        if !self.at(T::Comma) {
            return self.make_target(first, Targets::For);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_target()?);
        }
        let tuple = mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Store,
            },
            self.range_from(start),
        );
        self.make_target(tuple, Targets::For)
    }

    /// `star_target: '*' star_target | target_with_star_atom` (checked by the caller).
    fn star_target(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.start();
            self.bump();
            let value = self.nested(|p| p.star_target())?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Store,
                },
                self.range_from(start),
            ));
        }
        self.primary()
    }

    /// `del_targets: ','.del_target+ [',']`
    pub(crate) fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut targets = Vec::new();
        loop {
            let e = self.primary_or_expression_for_del()?;
            targets.push(self.make_target(e, Targets::Del)?);
            if !self.eat(T::Comma) || !self.starts_expression() {
                break;
            }
        }
        Ok(targets)
    }

    fn primary_or_expression_for_del(&mut self) -> PResult<Expr> {
        if self.invalid_pass {
            // `invalid_del_stmt`: 'del' star_expressions, reported by what is wrong in it.
            return self.star_expression();
        }
        self.primary()
    }
}
