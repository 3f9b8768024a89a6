//! The checks `compile()` makes of a tree built from node objects before compiling it; mirrors `_PyAST_Validate` in Python/ast.c (positions are checked as they are read, in `ast_reflect::read_range`).

use ouro_frontend::ast::{
    Arguments, Comprehension, Constant, ExceptHandlerKind, Expr, ExprContext, ExprKind, Mod,
    Pattern, PatternKind, Stmt, StmtKind, TypeParam, UnaryOp,
};
use ouro_objects::err::{PyResult, type_error, value_error};

/// `_PyAST_Validate`.
pub fn validate(module: &Mod) -> PyResult<()> {
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => stmts(body),
        Mod::Expression { body } => expr(body, ExprContext::Load),
        Mod::FunctionType { argtypes, returns } => {
            exprs(argtypes, ExprContext::Load)?;
            expr(returns, ExprContext::Load)
        }
    }
}

/// `_validate_nonempty_seq`: `empty body on FunctionDef`.
fn nonempty<T>(seq: &[T], what: &str, owner: &str) -> PyResult<()> {
    if seq.is_empty() {
        return Err(value_error(format!("empty {what} on {owner}")));
    }
    Ok(())
}

fn body(stmts_: &[Stmt], owner: &str) -> PyResult<()> {
    nonempty(stmts_, "body", owner)?;
    stmts(stmts_)
}

fn stmts(list: &[Stmt]) -> PyResult<()> {
    list.iter().try_for_each(stmt)
}

fn exprs(list: &[Expr], ctx: ExprContext) -> PyResult<()> {
    list.iter().try_for_each(|e| expr(e, ctx))
}

fn opt_expr(e: &Option<Box<Expr>>, ctx: ExprContext) -> PyResult<()> {
    e.as_deref().map_or(Ok(()), |e| expr(e, ctx))
}

fn ctx_name(ctx: ExprContext) -> &'static str {
    match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

fn stmt(s: &Stmt) -> PyResult<()> {
    use ExprContext::{Del, Load, Store};
    match &s.kind {
        StmtKind::FunctionDef {
            args,
            body: b,
            decorator_list,
            returns,
            type_params,
            ..
        }
        | StmtKind::AsyncFunctionDef {
            args,
            body: b,
            decorator_list,
            returns,
            type_params,
            ..
        } => {
            let owner = if matches!(s.kind, StmtKind::FunctionDef { .. }) {
                "FunctionDef"
            } else {
                "AsyncFunctionDef"
            };
            body(b, owner)?;
            type_params_(type_params)?;
            arguments(args)?;
            exprs(decorator_list, Load)?;
            opt_expr(returns, Load)
        }
        StmtKind::ClassDef {
            bases,
            keywords,
            body: b,
            decorator_list,
            type_params,
            ..
        } => {
            body(b, "ClassDef")?;
            type_params_(type_params)?;
            exprs(bases, Load)?;
            keywords.iter().try_for_each(|k| expr(&k.value, Load))?;
            exprs(decorator_list, Load)
        }
        StmtKind::Return { value } => opt_expr(value, Load),
        StmtKind::Delete { targets } => {
            nonempty(targets, "targets", "Delete")?;
            exprs(targets, Del)
        }
        StmtKind::Assign { targets, value, .. } => {
            nonempty(targets, "targets", "Assign")?;
            expr(value, Load)?;
            exprs(targets, Store)
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, Store)?;
            expr(value, Load)
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            if *simple != 0 && !matches!(target.kind, ExprKind::Name { .. }) {
                return Err(type_error("AnnAssign with simple non-Name target"));
            }
            expr(target, Store)?;
            opt_expr(value, Load)?;
            expr(annotation, Load)
        }
        StmtKind::TypeAlias {
            name,
            type_params,
            value,
        } => {
            if !matches!(name.kind, ExprKind::Name { .. }) {
                return Err(type_error("TypeAlias with non-Name name"));
            }
            expr(name, Store)?;
            type_params_(type_params)?;
            expr(value, Load)
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            ..
        }
        | StmtKind::AsyncFor {
            target,
            iter,
            body: b,
            orelse,
            ..
        } => {
            let owner = if matches!(s.kind, StmtKind::For { .. }) {
                "For"
            } else {
                "AsyncFor"
            };
            expr(target, Store)?;
            expr(iter, Load)?;
            body(b, owner)?;
            stmts(orelse)
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        }
        | StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            let owner = if matches!(s.kind, StmtKind::While { .. }) {
                "While"
            } else {
                "If"
            };
            expr(test, Load)?;
            body(b, owner)?;
            stmts(orelse)
        }
        StmtKind::With { items, body: b, .. } | StmtKind::AsyncWith { items, body: b, .. } => {
            let owner = if matches!(s.kind, StmtKind::With { .. }) {
                "With"
            } else {
                "AsyncWith"
            };
            nonempty(items, "items", owner)?;
            for item in items {
                expr(&item.context_expr, Load)?;
                opt_expr(&item.optional_vars, Store)?;
            }
            body(b, owner)
        }
        StmtKind::Match { subject, cases } => {
            expr(subject, Load)?;
            nonempty(cases, "cases", "Match")?;
            for case in cases {
                pattern(&case.pattern, false)?;
                opt_expr(&case.guard, Load)?;
                body(&case.body, "match_case")?;
            }
            Ok(())
        }
        StmtKind::Raise { exc, cause } => {
            if exc.is_none() && cause.is_some() {
                return Err(value_error("Raise with cause but no exception"));
            }
            opt_expr(exc, Load)?;
            opt_expr(cause, Load)
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        }
        | StmtKind::TryStar {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            let owner = if matches!(s.kind, StmtKind::Try { .. }) {
                "Try"
            } else {
                "TryStar"
            };
            body(b, owner)?;
            if handlers.is_empty() && finalbody.is_empty() {
                return Err(value_error(format!(
                    "{owner} has neither except handlers nor finalbody"
                )));
            }
            if handlers.is_empty() && !orelse.is_empty() {
                return Err(value_error(format!(
                    "{owner} has orelse but no except handlers"
                )));
            }
            for h in handlers {
                let ExceptHandlerKind::ExceptHandler {
                    r#type, body: hb, ..
                } = &h.kind;
                opt_expr(r#type, Load)?;
                body(hb, "ExceptHandler")?;
            }
            stmts(finalbody)?;
            stmts(orelse)
        }
        StmtKind::Assert { test, msg } => {
            expr(test, Load)?;
            opt_expr(msg, Load)
        }
        StmtKind::Import { names } => nonempty(names, "names", "Import"),
        StmtKind::ImportFrom { names, level, .. } => {
            if level.is_some_and(|l| l < 0) {
                return Err(value_error("Negative ImportFrom level"));
            }
            nonempty(names, "names", "ImportFrom")
        }
        StmtKind::Global { names } => nonempty(names, "names", "Global"),
        StmtKind::Nonlocal { names } => nonempty(names, "names", "Nonlocal"),
        StmtKind::Expr { value } => expr(value, Load),
        StmtKind::Pass {} | StmtKind::Break {} | StmtKind::Continue {} => Ok(()),
    }
}

fn arguments(a: &Arguments) -> PyResult<()> {
    let args = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(a.vararg.as_deref());
    for arg in args.chain(&a.kwonlyargs).chain(a.kwarg.as_deref()) {
        opt_expr(&arg.annotation, ExprContext::Load)?;
    }
    if a.defaults.len() > a.posonlyargs.len() + a.args.len() {
        return Err(value_error(
            "more positional defaults than args on arguments",
        ));
    }
    if a.kw_defaults.len() != a.kwonlyargs.len() {
        return Err(value_error(
            "length of kwonlyargs is not the same as kw_defaults on arguments",
        ));
    }
    exprs(&a.defaults, ExprContext::Load)?;
    for d in a.kw_defaults.iter().flatten() {
        expr(d, ExprContext::Load)?;
    }
    Ok(())
}

fn type_params_(params: &[TypeParam]) -> PyResult<()> {
    use ouro_frontend::ast::TypeParamKind as K;
    for p in params {
        match &p.kind {
            K::TypeVar {
                bound,
                default_value,
                ..
            } => {
                opt_expr(bound, ExprContext::Load)?;
                opt_expr(default_value, ExprContext::Load)?;
            }
            K::ParamSpec { default_value, .. } | K::TypeVarTuple { default_value, .. } => {
                opt_expr(default_value, ExprContext::Load)?;
            }
        }
    }
    Ok(())
}

fn comprehensions(generators: &[Comprehension]) -> PyResult<()> {
    if generators.is_empty() {
        return Err(value_error("comprehension with no generators"));
    }
    for g in generators {
        expr(&g.target, ExprContext::Store)?;
        expr(&g.iter, ExprContext::Load)?;
        exprs(&g.ifs, ExprContext::Load)?;
    }
    Ok(())
}

/// `validate_name`: `None`, `True` and `False` are constants, not names.
fn name(id: &str) -> PyResult<()> {
    if matches!(id, "None" | "True" | "False") {
        return Err(value_error(format!(
            "identifier field can't represent '{id}' constant"
        )));
    }
    Ok(())
}

fn expr(e: &Expr, ctx: ExprContext) -> PyResult<()> {
    use ExprContext::Load;
    let actual = match &e.kind {
        ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. }
        | ExprKind::Starred { ctx, .. }
        | ExprKind::Name { ctx, .. }
        | ExprKind::List { ctx, .. }
        | ExprKind::Tuple { ctx, .. } => Some(*ctx),
        _ => None,
    };
    match actual {
        Some(actual) if actual != ctx => {
            return Err(value_error(format!(
                "expression must have {} context but has {} instead",
                ctx_name(ctx),
                ctx_name(actual)
            )));
        }
        None if ctx != Load => {
            return Err(value_error(format!(
                "expression which can't be assigned to in {} context",
                ctx_name(ctx)
            )));
        }
        _ => {}
    }
    match &e.kind {
        ExprKind::BoolOp { values, .. } => {
            if values.len() < 2 {
                return Err(value_error("BoolOp with less than 2 values"));
            }
            exprs(values, Load)
        }
        ExprKind::NamedExpr { target, value } => {
            if !matches!(target.kind, ExprKind::Name { .. }) {
                return Err(type_error("NamedExpr target must be a Name"));
            }
            expr(value, Load)
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, Load)?;
            expr(right, Load)
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, Load),
        ExprKind::Lambda { args, body } => {
            arguments(args)?;
            expr(body, Load)
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, Load)?;
            expr(body, Load)?;
            expr(orelse, Load)
        }
        ExprKind::Dict { keys, values } => {
            if keys.len() != values.len() {
                return Err(value_error(
                    "Dict doesn't have the same number of keys as values",
                ));
            }
            for k in keys.iter().flatten() {
                expr(k, Load)?;
            }
            exprs(values, Load)
        }
        ExprKind::Set { elts } => exprs(elts, Load),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            comprehensions(generators)?;
            expr(elt, Load)
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            comprehensions(generators)?;
            expr(key, Load)?;
            expr(value, Load)
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => expr(value, Load),
        ExprKind::Yield { value } => opt_expr(value, Load),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            if comparators.is_empty() {
                return Err(value_error("Compare with no comparators"));
            }
            if comparators.len() != ops.len() {
                return Err(value_error(
                    "Compare has a different number of comparators and operands",
                ));
            }
            exprs(comparators, Load)?;
            expr(left, Load)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(func, Load)?;
            exprs(args, Load)?;
            keywords.iter().try_for_each(|k| expr(&k.value, Load))
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        }
        | ExprKind::Interpolation {
            value, format_spec, ..
        } => {
            expr(value, Load)?;
            opt_expr(format_spec, Load)
        }
        ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => exprs(values, Load),
        ExprKind::Constant { .. } => Ok(()),
        ExprKind::Attribute { value, .. } => expr(value, Load),
        ExprKind::Subscript { value, slice, .. } => {
            expr(slice, Load)?;
            expr(value, Load)
        }
        ExprKind::Starred { value, .. } => expr(value, ctx),
        ExprKind::Name { id, .. } => name(id),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => exprs(elts, ctx),
        ExprKind::Slice { lower, upper, step } => {
            opt_expr(lower, Load)?;
            opt_expr(upper, Load)?;
            opt_expr(step, Load)
        }
    }
}

/// `validate_pattern_match_value`: what a value pattern or mapping key may
/// be (the compiler checks the rest).
fn match_value(e: &Expr, is_key: bool) -> PyResult<()> {
    expr(e, ExprContext::Load)?;
    match &e.kind {
        ExprKind::Constant { value, .. } => {
            let literal = !matches!(
                value,
                Constant::None | Constant::True | Constant::False | Constant::Ellipsis
            );
            if !is_key && !literal {
                return Err(value_error(
                    "unexpected constant inside of a literal pattern",
                ));
            }
            Ok(())
        }
        ExprKind::UnaryOp {
            op: UnaryOp::USub, ..
        }
        | ExprKind::Attribute { .. }
        | ExprKind::BinOp { .. }
        | ExprKind::JoinedStr { .. }
        | ExprKind::TemplateStr { .. } => Ok(()),
        _ => Err(value_error(
            "patterns may only match literals and attribute lookups",
        )),
    }
}

/// A name a pattern binds: a name, and not `_`.
fn capture(n: &str) -> PyResult<()> {
    if n == "_" {
        return Err(value_error("can't capture name '_' in patterns"));
    }
    name(n)
}

/// `validate_pattern`; `star_ok` inside a sequence pattern.
fn pattern(p: &Pattern, star_ok: bool) -> PyResult<()> {
    match &p.kind {
        PatternKind::MatchValue { value } => match_value(value, false),
        PatternKind::MatchSingleton { value } => {
            if !matches!(value, Constant::None | Constant::True | Constant::False) {
                return Err(value_error(
                    "MatchSingleton can only contain True, False and None",
                ));
            }
            Ok(())
        }
        PatternKind::MatchSequence { patterns } => {
            patterns.iter().try_for_each(|p| pattern(p, true))
        }
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => {
            if keys.len() != patterns.len() {
                return Err(value_error(
                    "MatchMapping doesn't have the same number of keys as patterns",
                ));
            }
            if let Some(r) = rest {
                capture(r)?;
            }
            keys.iter().try_for_each(|k| match_value(k, true))?;
            patterns.iter().try_for_each(|p| pattern(p, false))
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            if kwd_attrs.len() != kwd_patterns.len() {
                return Err(value_error(
                    "MatchClass doesn't have the same number of keyword attributes as patterns",
                ));
            }
            expr(cls, ExprContext::Load)?;
            let mut c = cls.as_ref();
            while let ExprKind::Attribute { value, .. } = &c.kind {
                c = value;
            }
            if !matches!(c.kind, ExprKind::Name { .. }) {
                return Err(value_error(
                    "MatchClass cls field can only contain Name or Attribute nodes.",
                ));
            }
            kwd_attrs.iter().try_for_each(|a| name(a))?;
            patterns
                .iter()
                .chain(kwd_patterns)
                .try_for_each(|p| pattern(p, false))
        }
        PatternKind::MatchStar { name: n } => {
            if !star_ok {
                return Err(value_error("can't use MatchStar here"));
            }
            n.as_deref().map_or(Ok(()), capture)
        }
        PatternKind::MatchAs {
            pattern: sub,
            name: n,
        } => {
            if let Some(n) = n {
                capture(n)?;
            }
            match sub {
                Some(_) if n.is_none() => Err(value_error(
                    "MatchAs must specify a target name if a pattern is given",
                )),
                Some(sub) => pattern(sub, false),
                None => Ok(()),
            }
        }
        PatternKind::MatchOr { patterns } => {
            if patterns.len() < 2 {
                return Err(value_error("MatchOr requires at least 2 patterns"));
            }
            patterns.iter().try_for_each(|p| pattern(p, false))
        }
    }
}
