//! The rewrites CPython 3.14 makes to the syntax tree before the symbol table and codegen (mirrors `_PyAST_Preprocess` in Python/ast_preprocess.c).
//!
//! Three rewrites, as in 3.14.2:
//! - `__debug__` loads become the constant `not optimize`;
//! - `'literal %s' % (a, b)` with only `%s`, `%r` and `%a` units becomes an
//!   f-string (`optimize_format`), whose literal parts and format specs
//!   carry no position ([`NO_POSITION`]);
//! - docstrings go at `optimize >= 2` (a body left empty gets a `pass`).
//!
//! Under `from __future__ import annotations` annotations are left alone,
//! since codegen turns their source text into strings. CPython also folds
//! `-1`, `1+2j` and `-1.5-2j` in `case` values and mapping keys
//! (`fold_const_match_patterns`); a complex with a real part is not an AST
//! constant here, so pattern codegen does that folding
//! (`codegen::pattern`). CPython's `SyntaxWarning`s for `return`/`break`/
//! `continue` in `finally` (PEP 765) change no code: [`finally_warnings`]
//! finds them.
//! The tree's depth is bounded by the parser, so the walk cannot overflow.

use crate::ast::{
    Arguments, Comprehension, Constant, ExceptHandlerKind, Expr, ExprContext, ExprKind, Keyword,
    MatchCase, Mod, Operator, Pattern, PatternKind, Range, Stmt, StmtKind, TypeParam,
    TypeParamKind,
};
use crate::error::{ErrorKind, SyntaxError};
use crate::future::FutureFeatures;
use crate::symtable::docstring;

/// The position of nodes the rewrites create without one (CPython's
/// `-1, -1, -1, -1`); the parser never makes line 0, so codegen maps it to
/// an instruction without a location.
pub const NO_POSITION: Range = Range {
    lineno: 0,
    col_offset: 0,
    end_lineno: 0,
    end_col_offset: 0,
};

/// Rewrites `module` in place for optimization level `optimize` (`-O`
/// count; 0 keeps asserts and docstrings).
pub fn preprocess(module: &mut Mod, optimize: u8, features: &FutureFeatures) {
    let state = State {
        optimize,
        future_annotations: features.annotations,
    };
    match module {
        Mod::Module { body, .. } => state.body(body),
        Mod::Interactive { body } => state.stmts(body),
        Mod::Expression { body } => state.expr(body),
        Mod::FunctionType { .. } => {}
    }
}

struct State {
    optimize: u8,
    future_annotations: bool,
}

impl State {
    /// `astfold_body`: a function, class or module body.
    fn body(&self, stmts: &mut Vec<Stmt>) {
        if self.optimize >= 2 && docstring(stmts).is_some() {
            remove_docstring(stmts);
        }
        self.stmts(stmts);
    }

    fn stmts(&self, stmts: &mut [Stmt]) {
        for stmt in stmts {
            self.stmt(stmt);
        }
    }

    fn exprs(&self, exprs: &mut [Expr]) {
        for expr in exprs {
            self.expr(expr);
        }
    }

    fn opt_expr(&self, expr: &mut Option<Box<Expr>>) {
        if let Some(expr) = expr {
            self.expr(expr);
        }
    }

    fn annotation(&self, expr: &mut Option<Box<Expr>>) {
        if !self.future_annotations {
            self.opt_expr(expr);
        }
    }

    fn keywords(&self, keywords: &mut [Keyword]) {
        for keyword in keywords {
            self.expr(&mut keyword.value);
        }
    }

    fn arguments(&self, args: &mut Arguments) {
        let Arguments {
            posonlyargs,
            args,
            vararg,
            kwonlyargs,
            kw_defaults,
            kwarg,
            defaults,
        } = args;
        for arg in posonlyargs.iter_mut().chain(args.iter_mut()) {
            self.annotation(&mut arg.annotation);
        }
        if let Some(arg) = vararg {
            self.annotation(&mut arg.annotation);
        }
        for arg in kwonlyargs {
            self.annotation(&mut arg.annotation);
        }
        for default in kw_defaults.iter_mut().flatten() {
            self.expr(default);
        }
        if let Some(arg) = kwarg {
            self.annotation(&mut arg.annotation);
        }
        self.exprs(defaults);
    }

    fn type_params(&self, params: &mut [TypeParam]) {
        for param in params {
            match &mut param.kind {
                TypeParamKind::TypeVar {
                    bound,
                    default_value,
                    ..
                } => {
                    self.opt_expr(bound);
                    self.opt_expr(default_value);
                }
                TypeParamKind::ParamSpec { default_value, .. }
                | TypeParamKind::TypeVarTuple { default_value, .. } => self.opt_expr(default_value),
            }
        }
    }

    fn comprehensions(&self, generators: &mut [Comprehension]) {
        for generator in generators {
            self.expr(&mut generator.target);
            self.expr(&mut generator.iter);
            self.exprs(&mut generator.ifs);
        }
    }

    fn stmt(&self, stmt: &mut Stmt) {
        match &mut stmt.kind {
            StmtKind::FunctionDef {
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            } => {
                self.type_params(type_params);
                self.arguments(args);
                self.body(body);
                self.exprs(decorator_list);
                self.annotation(returns);
            }
            StmtKind::ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                type_params,
                ..
            } => {
                self.type_params(type_params);
                self.exprs(bases);
                self.keywords(keywords);
                self.body(body);
                self.exprs(decorator_list);
            }
            StmtKind::Return { value } => self.opt_expr(value),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.expr(name);
                self.type_params(type_params);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                if !self.future_annotations {
                    self.expr(annotation);
                }
                self.opt_expr(value);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for item in items {
                    self.expr(&mut item.context_expr);
                    self.opt_expr(&mut item.optional_vars);
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for MatchCase {
                    pattern,
                    guard,
                    body,
                } in cases
                {
                    self.pattern(pattern);
                    self.opt_expr(guard);
                    self.stmts(body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc);
                self.opt_expr(cause);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for handler in handlers {
                    let ExceptHandlerKind::ExceptHandler { r#type, body, .. } = &mut handler.kind;
                    self.opt_expr(r#type);
                    self.stmts(body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt_expr(msg);
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass {}
            | StmtKind::Break {}
            | StmtKind::Continue {} => {}
        }
    }

    /// `astfold_pattern`: only the expressions inside patterns (class
    /// patterns' class, and what they hold) are walked here.
    fn pattern(&self, pattern: &mut Pattern) {
        match &mut pattern.kind {
            PatternKind::MatchValue { .. }
            | PatternKind::MatchSingleton { .. }
            | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for p in patterns {
                    self.pattern(p);
                }
            }
            PatternKind::MatchMapping { patterns, .. } => {
                for p in patterns {
                    self.pattern(p);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for p in patterns.iter_mut().chain(kwd_patterns.iter_mut()) {
                    self.pattern(p);
                }
            }
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(p) = pattern {
                    self.pattern(p);
                }
            }
        }
    }

    fn expr(&self, expr: &mut Expr) {
        match &mut expr.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
                if let Some(joined) = optimize_format(expr) {
                    expr.kind = joined;
                }
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.arguments(args);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for key in keys.iter_mut().flatten() {
                    self.expr(key);
                }
                self.exprs(values);
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comprehensions(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.comprehensions(generators);
            }
            ExprKind::Await { value }
            | ExprKind::YieldFrom { value }
            | ExprKind::Attribute { value, .. }
            | ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::NamedExpr { value, .. } => self.expr(value),
            ExprKind::Yield { value } => self.opt_expr(value),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                self.exprs(args);
                self.keywords(keywords);
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            }
            | ExprKind::Interpolation {
                value, format_spec, ..
            } => {
                self.expr(value);
                self.opt_expr(format_spec);
            }
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => self.exprs(values),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower);
                self.opt_expr(upper);
                self.opt_expr(step);
            }
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } if id == "__debug__" => {
                let value = if self.optimize == 0 {
                    Constant::True
                } else {
                    Constant::False
                };
                expr.kind = ExprKind::Constant { value, kind: None };
            }
            ExprKind::Name { .. } | ExprKind::Constant { .. } => {}
        }
    }
}

/// `remove_docstring`: a lone docstring becomes `pass` (four columns wide,
/// on its first line), otherwise it is dropped.
fn remove_docstring(stmts: &mut Vec<Stmt>) {
    if stmts.len() == 1 {
        if let Some(first) = stmts.first_mut() {
            let at = first.range;
            *first = Stmt::new(
                StmtKind::Pass {},
                Range {
                    lineno: at.lineno,
                    col_offset: at.col_offset,
                    end_lineno: at.lineno,
                    end_col_offset: at.col_offset.saturating_add(4),
                },
            );
        }
    } else if !stmts.is_empty() {
        stmts.remove(0);
    }
}

/// `fold_binop` / `optimize_format`: `str % tuple` as an f-string, when the
/// format has only `%s`/`%r`/`%a` units (flags, width and precision of at
/// most two digits) and exactly as many units as the tuple has items, none
/// of them starred. `None` leaves the expression as it is.
fn optimize_format(expr: &mut Expr) -> Option<ExprKind> {
    let ExprKind::BinOp {
        left,
        op: Operator::Mod,
        right,
    } = &mut expr.kind
    else {
        return None;
    };
    let ExprKind::Constant {
        value: Constant::Str(format),
        ..
    } = &left.kind
    else {
        return None;
    };
    let ExprKind::Tuple { elts, .. } = &mut right.kind else {
        return None;
    };
    if elts
        .iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
    {
        return None;
    }
    // A format with lone surrogates is left to run time.
    let format: Vec<char> = format.as_str()?.chars().collect();
    let mut pieces: Vec<Piece> = Vec::with_capacity(elts.len() * 2 + 1);
    let mut pos = 0;
    let mut units = 0;
    loop {
        if let Some(literal) = parse_literal(&format, &mut pos) {
            pieces.push(Piece::Literal(literal));
        }
        if pos >= format.len() {
            break;
        }
        if units >= elts.len() {
            // More format units than items.
            return None;
        }
        // `format[pos]` is the '%' that stopped the literal.
        pos += 1;
        let unit = parse_unit(&format, &mut pos)?;
        pieces.push(Piece::Unit(unit));
        units += 1;
    }
    if units < elts.len() {
        // More items than format units.
        return None;
    }
    // Units take the items in order, one each: there are as many of both.
    let mut items = std::mem::take(elts).into_iter();
    let mut values = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match piece {
            Piece::Literal(text) => values.push(constant_str(text)),
            Piece::Unit(unit) => {
                if let Some(value) = items.next() {
                    let range = value.range;
                    values.push(Expr::new(
                        ExprKind::FormattedValue {
                            value: Box::new(value),
                            conversion: u32::from(unit.conversion) as i32,
                            format_spec: unit.spec.map(|spec| Box::new(constant_str(spec))),
                        },
                        range,
                    ));
                }
            }
        }
    }
    Some(ExprKind::JoinedStr { values })
}

enum Piece {
    Literal(String),
    /// How the next tuple item is formatted.
    Unit(FormatUnit),
}

/// One `%` unit: the conversion character and the format spec it maps to.
struct FormatUnit {
    conversion: char,
    spec: Option<String>,
}

fn constant_str(text: String) -> Expr {
    Expr::new(
        ExprKind::Constant {
            value: Constant::Str(text.into()),
            kind: None,
        },
        NO_POSITION,
    )
}

/// `parse_literal`: the text up to the next lone `%` (or the end), with
/// `%%` read as `%`; `None` if there is none.
fn parse_literal(format: &[char], pos: &mut usize) -> Option<String> {
    let start = *pos;
    let mut literal = String::new();
    while let Some(&c) = format.get(*pos) {
        if c != '%' {
            literal.push(c);
            *pos += 1;
        } else if format.get(*pos + 1) == Some(&'%') {
            literal.push('%');
            *pos += 2;
        } else {
            break;
        }
    }
    (*pos > start).then_some(literal)
}

/// Widths and precisions with this many digits are left to `str.__mod__`.
const MAX_DIGITS: usize = 3;

/// `simple_format_arg_parse` and `parse_format`: the unit after a `%`, if
/// it is one the rewrite supports.
fn parse_unit(format: &[char], pos: &mut usize) -> Option<FormatUnit> {
    let mut cursor = Cursor { format, pos };
    let mut left_justify = false;
    let mut c = cursor.next()?;
    while let '-' | '+' | ' ' | '#' | '0' = c {
        left_justify |= c == '-';
        c = cursor.next()?;
    }
    let width = if c.is_ascii_digit() {
        Some(cursor.number(&mut c)?)
    } else {
        None
    };
    let precision = if c == '.' {
        c = cursor.next()?;
        Some(cursor.number(&mut c)?)
    } else {
        None
    };
    if !matches!(c, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if let Some(width) = width {
        if !left_justify && width > 0 {
            spec.push('>');
        }
        spec.push_str(&width.to_string());
    }
    if let Some(precision) = precision {
        spec.push('.');
        spec.push_str(&precision.to_string());
    }
    Some(FormatUnit {
        conversion: c,
        spec: (!spec.is_empty()).then_some(spec),
    })
}

/// Reads a format unit one character at a time (`NEXTC`).
struct Cursor<'a, 'p> {
    format: &'a [char],
    pos: &'p mut usize,
}

impl Cursor<'_, '_> {
    fn next(&mut self) -> Option<char> {
        let c = self.format.get(*self.pos).copied();
        *self.pos += 1;
        c
    }

    /// The decimal number starting at `c`, leaving `c` at the character
    /// after it; `None` at the end of the format or from `MAX_DIGITS` digits on.
    fn number(&mut self, c: &mut char) -> Option<u32> {
        let mut value = 0;
        let mut digits = 0;
        while let Some(d) = c.to_digit(10) {
            value = value * 10 + d;
            *c = self.next()?;
            digits += 1;
            if digits >= MAX_DIGITS {
                return None;
            }
        }
        Some(value)
    }
}

#[cfg(test)]
mod tests;

/// The `SyntaxWarning`s for control flow leaving a `finally` block (PEP
/// 765): each `return`, `break` or `continue` that does, in source order,
/// as `before_return` and `before_loop_exit` find them and
/// `control_flow_in_finally_warning` locates them (the whole statement).
pub fn finally_warnings(module: &Mod) -> Vec<SyntaxError> {
    let mut found = Vec::new();
    finally_control_flow(module, &mut found);
    found
}

fn finally_control_flow(module: &Mod, found: &mut Vec<SyntaxError>) {
    /// The innermost enclosing construct that matters.
    #[derive(Clone, Copy, PartialEq)]
    enum Context {
        Top,
        Finally,
        Function,
        Loop,
    }
    fn body(stmts: &[Stmt], ctx: Context, found: &mut Vec<SyntaxError>) {
        for s in stmts {
            stmt(s, ctx, found);
        }
    }
    fn stmt(s: &Stmt, ctx: Context, found: &mut Vec<SyntaxError>) {
        use StmtKind as K;
        match &s.kind {
            K::FunctionDef { body: b, .. } | K::AsyncFunctionDef { body: b, .. } => {
                body(b, Context::Function, found);
            }
            K::ClassDef { body: b, .. } => body(b, ctx, found),
            K::Return { .. } if ctx == Context::Finally => found.push(leaves_finally("return", s)),
            K::Break {} if ctx == Context::Finally => found.push(leaves_finally("break", s)),
            K::Continue {} if ctx == Context::Finally => {
                found.push(leaves_finally("continue", s));
            }
            K::For {
                body: b, orelse, ..
            }
            | K::AsyncFor {
                body: b, orelse, ..
            }
            | K::While {
                body: b, orelse, ..
            } => {
                body(b, Context::Loop, found);
                body(orelse, ctx, found);
            }
            K::If {
                body: b, orelse, ..
            } => {
                body(b, ctx, found);
                body(orelse, ctx, found);
            }
            K::With { body: b, .. } | K::AsyncWith { body: b, .. } => body(b, ctx, found),
            K::Match { cases, .. } => {
                for case in cases {
                    body(&case.body, ctx, found);
                }
            }
            K::Try {
                body: b,
                handlers,
                orelse,
                finalbody,
            }
            | K::TryStar {
                body: b,
                handlers,
                orelse,
                finalbody,
            } => {
                body(b, ctx, found);
                for h in handlers {
                    let ExceptHandlerKind::ExceptHandler { body: hb, .. } = &h.kind;
                    body(hb, ctx, found);
                }
                body(orelse, ctx, found);
                body(finalbody, Context::Finally, found);
            }
            _ => {}
        }
    }
    match module {
        Mod::Module { body: b, .. } | Mod::Interactive { body: b } => {
            body(b, Context::Top, found);
        }
        Mod::Expression { .. } | Mod::FunctionType { .. } => {}
    }
}

/// `control_flow_in_finally_warning`: the warning about statement `s`.
fn leaves_finally(keyword: &str, s: &Stmt) -> SyntaxError {
    let r = &s.range;
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: format!("'{keyword}' in a 'finally' block"),
        lineno: Some(r.lineno),
        offset: Some(crate::error::offset(r.col_offset + 1)),
        end_lineno: Some(r.end_lineno),
        end_offset: Some(crate::error::offset(r.end_col_offset + 1)),
    }
}
