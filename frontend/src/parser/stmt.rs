//! Statement rules of `Grammar/python.gram`: `file`, blocks, simple and compound statements.

use super::expr::mk;
use super::targets::{Targets, expr_name};
use super::{Failure, PResult, Parser, token_range};
use crate::ast::{
    Alias, ExceptHandler, ExceptHandlerKind, Expr, ExprContext, ExprKind, Operator, Range, Stmt,
    StmtKind, WithItem,
};
use crate::error::ErrorKind;
use crate::token::{Pos, TokenKind as T};

fn st(kind: StmtKind, range: Range) -> Stmt {
    Stmt::new(kind, range)
}

impl Parser<'_> {
    /// `file: [statements] ENDMARKER`
    pub(crate) fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while !self.at(T::EndMarker) {
            let before = self.pos;
            self.statement(&mut body)?;
            if self.pos == before {
                return Err(Failure::Fail);
            }
        }
        Ok(body)
    }

    /// `statement_newline` for `interactive`, then CPython's check that
    /// nothing but blank lines and comments follow (`bad_single_statement`).
    pub(crate) fn statement_newline(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.at(T::EndMarker) {
            // `_PyPegen_interactive_exit`: no statement at all.
            let line = self.source.matches('\n').count() as u32;
            return Err(Failure::Error(Box::new(crate::error::SyntaxError {
                kind: ErrorKind::SyntaxError,
                msg: "invalid syntax".to_string(),
                lineno: Some(line),
                offset: Some(0),
                end_lineno: Some(line),
                end_offset: Some(0),
            })));
        }
        if self.at(T::Newline) {
            let t = self.bump();
            body.push(st(StmtKind::Pass {}, token_range(&t)));
        } else if let Some(s) = self.compound_stmt()? {
            body.push(s);
            self.expect(T::Newline)?;
        } else {
            self.simple_stmts(&mut body)?;
        }
        let consumed = self.pos.checked_sub(1).and_then(|i| self.tokens.get(i));
        let rest = consumed.map_or("", |t| {
            self.source.get(t.range.end as usize..).unwrap_or("")
        });
        let only_comments = rest.lines().all(|line| {
            matches!(
                line.trim_start_matches([' ', '\t', '\x0c', '\r'])
                    .chars()
                    .next(),
                None | Some('#')
            )
        });
        if !only_comments {
            return Err(
                self.error_at_last("multiple statements found while compiling a single statement")
            );
        }
        Ok(body)
    }

    /// `statement: compound_stmt | simple_stmts`
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if let Some(s) = self.compound_stmt()? {
            out.push(s);
            return Ok(());
        }
        self.simple_stmts(out)
    }

    /// `block: NEWLINE INDENT statements DEDENT | simple_stmts`
    fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.eat(T::Newline) {
            if !self.eat(T::Indent) {
                if self.invalid_pass && !what.is_empty() {
                    let t = self.tok().clone();
                    let msg = format!("expected an indented block after {what} on line {line}");
                    return Err(self.error_token_kind(ErrorKind::IndentationError, &msg, &t));
                }
                return Err(Failure::Fail);
            }
            while !self.eat(T::Dedent) {
                let before = self.pos;
                self.statement(&mut body)?;
                if self.pos == before {
                    return Err(Failure::Fail);
                }
            }
            return Ok(body);
        }
        self.simple_stmts(&mut body)?;
        Ok(body)
    }

    /// An optional TYPE_COMMENT token's text (only there with type comments on).
    pub(crate) fn type_comment(&mut self) -> Option<String> {
        if !self.at(T::TypeComment) {
            return None;
        }
        let t = self.bump();
        Some(self.token_text(&t).to_string())
    }

    /// `func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT`
    fn func_type_comment(&mut self) -> Option<String> {
        if self.at(T::Newline)
            && self.kind_ahead(1) == T::TypeComment
            && self.kind_ahead(2) == T::Newline
            && self.kind_ahead(3) == T::Indent
        {
            self.bump();
            return self.type_comment();
        }
        self.type_comment()
    }

    /// `':' block`, with `invalid_*`'s "expected ':'".
    fn colon_block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        self.expect_colon()?;
        self.block(what, line)
    }

    fn expect_colon(&mut self) -> PResult<()> {
        if self.eat(T::Colon) {
            return Ok(());
        }
        if self.invalid_pass && matches!(self.kind(), T::Newline) {
            return Err(self.error_at_last("expected ':'"));
        }
        Err(Failure::Fail)
    }

    /// The grammar's forced `&&':'`: anything else is an error at once.
    fn forced_colon_block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        if !self.eat(T::Colon) {
            return Err(self.error_at_current("expected ':'"));
        }
        self.block(what, line)
    }

    /// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if !self.eat(T::Semi) || self.at(T::Newline) {
                break;
            }
        }
        if self.eat(T::Newline) {
            return Ok(());
        }
        Err(Failure::Fail)
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        if self.kind() == T::Name {
            let kw = self.text();
            let kind = match kw {
                "pass" => Some(StmtKind::Pass {}),
                "break" => Some(StmtKind::Break {}),
                "continue" => Some(StmtKind::Continue {}),
                _ => None,
            };
            if let Some(kind) = kind {
                let kw_tok = self.bump();
                if self.invalid_pass && self.at_kw("if") {
                    // `(pass | break | continue) 'if' disjunction 'else' simple_stmt`
                    let cp = self.checkpoint();
                    self.bump();
                    let matches = self.disjunction().is_ok()
                        && self.eat_kw("else")
                        && self.simple_stmt().is_ok();
                    self.rewind(cp);
                    if matches {
                        let msg = "expected expression before 'if', but statement is given";
                        return Err(self.error_token(msg, &kw_tok));
                    }
                }
                return Ok(st(kind, self.range_from(start)));
            }
            match kw {
                "return" => {
                    self.bump();
                    let value = if self.starts_expression() {
                        Some(Box::new(self.star_expressions()?))
                    } else {
                        None
                    };
                    return Ok(st(StmtKind::Return { value }, self.range_from(start)));
                }
                "import" => return self.import_name(),
                "from" => return self.import_from(),
                "raise" => return self.raise_stmt(),
                "del" => {
                    self.bump();
                    let targets = self.del_targets()?;
                    if !matches!(self.kind(), T::Semi | T::Newline) {
                        return Err(Failure::Fail);
                    }
                    return Ok(st(StmtKind::Delete { targets }, self.range_from(start)));
                }
                "assert" => {
                    self.bump();
                    let test = Box::new(self.expression()?);
                    let msg = if self.eat(T::Comma) {
                        Some(Box::new(self.expression()?))
                    } else {
                        None
                    };
                    return Ok(st(StmtKind::Assert { test, msg }, self.range_from(start)));
                }
                "global" | "nonlocal" => {
                    self.bump();
                    let mut names = vec![self.name()?.0];
                    while self.eat(T::Comma) {
                        names.push(self.name()?.0);
                    }
                    let kind = if kw == "global" {
                        StmtKind::Global { names }
                    } else {
                        StmtKind::Nonlocal { names }
                    };
                    return Ok(st(kind, self.range_from(start)));
                }
                "type"
                    if self.name_ahead(1) && matches!(self.kind_ahead(2), T::Equal | T::Lsqb) =>
                {
                    return self.type_alias();
                }
                _ => {}
            }
        }
        self.assignment_or_expression()
    }

    /// `assignment` (plain, annotated, augmented) or `star_expressions`.
    fn assignment_or_expression(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let parenthesized = self.at(T::Lpar);
        let bare_yield = self.at_kw("yield");
        let first = if bare_yield {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        let first_is_tuple = matches!(first.kind, ExprKind::Tuple { .. })
            && self.token_text_at(range_start_pos(first.range)) != "(";
        if self.invalid_pass
            && self.at(T::ColonEqual)
            && !bare_yield
            && !first_is_tuple
            && !matches!(first.kind, ExprKind::Name { .. } | ExprKind::Starred { .. })
        {
            // `invalid_assignment` tries the first target as a
            // `named_expression`, whose `invalid_named_expression` refuses
            // `lambda: x := 1`.
            return Err(self.invalid_named_target(&first));
        }
        if self.at(T::Colon) {
            return self.annotated_assignment(first, parenthesized, start);
        }
        if let Some(op) = self.augassign_op() {
            let valid = matches!(
                first.kind,
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            );
            if !valid {
                if self.invalid_pass {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&first)
                    );
                    return Err(self.error_range(&msg, first.range));
                }
                return Err(Failure::Fail);
            }
            self.bump();
            let target = self.make_target(first, Targets::Star)?;
            let value = self.annotated_rhs()?;
            let kind = StmtKind::AugAssign {
                target: Box::new(target),
                op,
                value: Box::new(value),
            };
            return Ok(st(kind, self.range_from(start)));
        }
        if !self.at(T::Equal) {
            return Ok(st(
                StmtKind::Expr {
                    value: Box::new(first),
                },
                self.range_from(start),
            ));
        }
        let mut targets = Vec::new();
        let mut value = first;
        // Whether `value` is a `yield` without parentheses.
        let mut value_bare_yield = bare_yield;
        while self.eat(T::Equal) {
            let is_yield = matches!(
                value.kind,
                ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
            );
            // A parenthesized `yield` after the first target is an invalid
            // target like any other (below).
            if is_yield && (value_bare_yield || targets.is_empty()) {
                if self.invalid_pass {
                    if targets.is_empty() && !bare_yield {
                        // `(yield) = 1`: the first target is tried as a
                        // `named_expression` first.
                        self.rewind_to_equal(&value)?;
                    }
                    return Err(self
                        .error_range("assignment to yield expression not possible", value.range));
                }
                return Err(Failure::Fail);
            }
            if self.invalid_pass
                && let Some(bad) = super::targets::invalid_target(&value, Targets::Star)
            {
                let bad = bad.clone();
                if targets.is_empty() && !first_is_tuple {
                    // The first target is tried as a `named_expression` first.
                    self.rewind_to_equal(&value)?;
                }
                return Err(
                    self.error_range(&format!("cannot assign to {}", expr_name(&bad)), bad.range)
                );
            }
            targets.push(self.make_target(value, Targets::Star)?);
            value_bare_yield = self.at_kw("yield");
            value = self.annotated_rhs()?;
        }
        let type_comment = self.type_comment();
        let kind = StmtKind::Assign {
            targets,
            value: Box::new(value),
            type_comment,
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// Checks the first target as `invalid_named_expression` would, from
    /// the `=` just eaten after it.
    fn rewind_to_equal(&mut self, target: &Expr) -> PResult<()> {
        let cp = self.checkpoint();
        self.pos -= 1;
        let result = self.invalid_named_expression(target);
        self.rewind(cp);
        result
    }

    fn annotated_rhs(&mut self) -> PResult<Expr> {
        if self.at_kw("yield") {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn annotated_assignment(
        &mut self,
        target: Expr,
        parenthesized: bool,
        start: Pos,
    ) -> PResult<Stmt> {
        let simple = i32::from(matches!(target.kind, ExprKind::Name { .. }) && !parenthesized);
        let valid = matches!(
            target.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        );
        if !valid {
            if self.invalid_pass
                && !matches!(target.kind, ExprKind::Starred { .. })
                && self.annotation_follows()
            {
                let (msg, range) = match &target.kind {
                    ExprKind::Tuple { elts, .. } if !parenthesized => (
                        "only single target (not tuple) can be annotated",
                        elts.first().map_or(target.range, |e| e.range),
                    ),
                    ExprKind::Tuple { .. } => (
                        "only single target (not tuple) can be annotated",
                        target.range,
                    ),
                    ExprKind::List { .. } => (
                        "only single target (not list) can be annotated",
                        target.range,
                    ),
                    _ => ("illegal target for annotation", target.range),
                };
                return Err(self.error_range(msg, range));
            }
            return Err(Failure::Fail);
        }
        self.bump();
        let target = self.make_target(target, Targets::Star)?;
        let annotation = self.expression()?;
        let value = if self.eat(T::Equal) {
            Some(Box::new(self.annotated_rhs()?))
        } else {
            None
        };
        let kind = StmtKind::AnnAssign {
            target: Box::new(target),
            annotation: Box::new(annotation),
            value,
            simple,
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// Whether `':' expression` follows (the invalid annotation rules need both).
    fn annotation_follows(&mut self) -> bool {
        let cp = self.checkpoint();
        self.bump();
        let ok = self.expression().is_ok();
        self.rewind(cp);
        ok
    }

    fn augassign_op(&mut self) -> Option<Operator> {
        Some(match self.kind() {
            T::PlusEqual => Operator::Add,
            T::MinEqual => Operator::Sub,
            T::StarEqual => Operator::Mult,
            T::AtEqual => Operator::MatMult,
            T::SlashEqual => Operator::Div,
            T::PercentEqual => Operator::Mod,
            T::AmperEqual => Operator::BitAnd,
            T::VbarEqual => Operator::BitOr,
            T::CircumflexEqual => Operator::BitXor,
            T::LeftShiftEqual => Operator::LShift,
            T::RightShiftEqual => Operator::RShift,
            T::DoubleStarEqual => Operator::Pow,
            T::DoubleSlashEqual => Operator::FloorDiv,
            _ => return None,
        })
    }

    /// `type_alias: "type" NAME [type_params] '=' expression`
    fn type_alias(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.bump();
        let (id, r) = self.name()?;
        let name = mk(
            ExprKind::Name {
                id,
                ctx: ExprContext::Store,
            },
            r,
        );
        let type_params = self.type_params()?;
        self.expect(T::Equal)?;
        let value = self.expression()?;
        let kind = StmtKind::TypeAlias {
            name: Box::new(name),
            type_params,
            value: Box::new(value),
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// `raise_stmt: 'raise' [expression ['from' expression]]`
    fn raise_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.bump();
        let mut exc = None;
        let mut cause = None;
        if self.starts_expression() {
            exc = Some(Box::new(self.expression()?));
            if self.eat_kw("from") {
                cause = Some(Box::new(self.expression()?));
            }
        }
        Ok(st(StmtKind::Raise { exc, cause }, self.range_from(start)))
    }

    /// `dotted_name: dotted_name '.' NAME | NAME`
    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?.0;
        while self.at(T::Dot) && self.name_ahead(1) {
            self.bump();
            name.push('.');
            name.push_str(&self.name()?.0);
        }
        Ok(name)
    }

    /// `import_name: 'import' dotted_as_names`
    fn import_name(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let import = self.bump();
        if self.invalid_pass {
            // `invalid_import`: `import a from b`.
            let cp = self.checkpoint();
            let mut ok = self.dotted_name().is_ok();
            while ok && self.eat(T::Comma) {
                ok = self.dotted_name().is_ok();
            }
            if ok && self.eat_kw("from") && self.dotted_name().is_ok() {
                let msg = "Did you mean to use 'from ... import ...' instead?";
                return Err(self.error_starting_from(msg, &import));
            }
            self.rewind(cp);
        }
        self.names_after_import()?;
        let mut names = Vec::new();
        loop {
            let a_start = self.start();
            let name = self.dotted_name()?;
            let asname = self.import_asname()?;
            names.push(Alias {
                name,
                asname,
                range: self.range_from(a_start),
            });
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(st(StmtKind::Import { names }, self.range_from(start)))
    }

    /// `import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' | '...')+ 'import' ...`
    fn import_from(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.bump();
        let mut level = 0;
        loop {
            match self.kind() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level > 0 && self.at_kw("import") {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect_kw("import")?;
        self.names_after_import()?;
        let mut names = Vec::new();
        if self.at(T::Star) {
            let t = self.bump();
            names.push(Alias {
                name: "*".to_string(),
                asname: None,
                range: token_range(&t),
            });
        } else {
            let parens = self.eat(T::Lpar);
            loop {
                let a_start = self.start();
                let name = self.name()?.0;
                let asname = self.import_asname()?;
                names.push(Alias {
                    name,
                    asname,
                    range: self.range_from(a_start),
                });
                if !self.eat(T::Comma) {
                    break;
                }
                if parens && self.at(T::Rpar) {
                    break;
                }
                if !parens && !self.at_name() {
                    if self.invalid_pass {
                        let msg = "trailing comma not allowed without surrounding parentheses";
                        return Err(self.error_at_last(msg));
                    }
                    return Err(Failure::Fail);
                }
            }
            if parens {
                self.expect(T::Rpar)?;
            }
        }
        // `_PyPegen_checked_future_import`: `barry_as_FLUFL` changes how
        // the rest of the file parses.
        if level == 0
            && module.as_deref() == Some("__future__")
            && names.iter().any(|a| a.name == "barry_as_FLUFL")
        {
            self.barry_as_flufl = true;
        }
        if module.as_deref() == Some("__future__")
            && let Some(braces) = names.iter().find(|a| a.name == "braces")
        {
            return Err(self.error_range("not a chance", braces.range));
        }
        Ok(st(
            StmtKind::ImportFrom {
                module,
                names,
                level: Some(level),
            },
            self.range_from(start),
        ))
    }

    /// `['as' NAME]` of an import, with `invalid_dotted_as_name`'s error.
    fn import_asname(&mut self) -> PResult<Option<String>> {
        if !self.eat_kw("as") {
            return Ok(None);
        }
        if self.invalid_pass
            && !(self.at_name()
                && matches!(
                    self.kind_ahead(1),
                    T::Comma | T::Rpar | T::Semi | T::Newline
                ))
        {
            let target = self.expression()?;
            let msg = format!("cannot use {} as import target", expr_name(&target));
            return Err(self.error_range(&msg, target.range));
        }
        Ok(Some(self.name()?.0))
    }

    /// `invalid_import` / `invalid_import_from_targets`: nothing after `import`.
    fn names_after_import(&mut self) -> PResult<()> {
        if self.invalid_pass && self.at(T::Newline) {
            let t = self.tok().clone();
            return Err(self.error_starting_from("Expected one or more names after 'import'", &t));
        }
        Ok(())
    }

    /// `compound_stmt`; `None` when the statement is a simple one.
    fn compound_stmt(&mut self) -> PResult<Option<Stmt>> {
        if self.kind() != T::Name && !self.at(T::At) {
            return Ok(None);
        }
        if self.at(T::At) {
            return self.decorated().map(Some);
        }
        let stmt = match self.text() {
            "def" => self.function_def(Vec::new(), false)?,
            "class" => self.class_def(Vec::new())?,
            "if" => self.if_stmt()?,
            "while" => self.while_stmt()?,
            "for" => self.for_stmt(false)?,
            "with" => self.with_stmt(false)?,
            "try" => self.try_stmt()?,
            "async" => match self.text_ahead(1) {
                "def" => self.function_def(Vec::new(), true)?,
                "for" => self.for_stmt(true)?,
                "with" => self.with_stmt(true)?,
                _ => return Err(Failure::Fail),
            },
            "match" => match self.match_stmt()? {
                Some(s) => s,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(stmt))
    }

    /// `decorators (function_def_raw | class_def_raw)`
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(T::At) {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        if self.at_kw("class") {
            return self.class_def(decorators);
        }
        let is_async = self.at_kw("async");
        if is_async && !self.kw_ahead(1, "def") {
            return Err(Failure::Fail);
        }
        if !is_async && !self.at_kw("def") {
            return Err(Failure::Fail);
        }
        self.function_def(decorators, is_async)
    }

    /// `function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block`
    fn function_def(&mut self, decorator_list: Vec<Expr>, is_async: bool) -> PResult<Stmt> {
        let start = self.start();
        let line = start.line;
        if is_async {
            self.bump();
        }
        self.bump();
        let (name, _) = self.name()?;
        let cp = self.checkpoint();
        let type_params = match self.type_params() {
            Ok(params) => params,
            Err(Failure::Fail) => {
                self.rewind(cp);
                Vec::new()
            }
            Err(e) => return Err(e),
        };
        if !self.at(T::Lpar) {
            // The grammar's forced `&&'('`.
            return Err(self.error_at_current("expected '('"));
        }
        self.bump();
        let args = self.parameters(true, T::Rpar)?;
        self.expect(T::Rpar)?;
        let mut returns = None;
        if self.at(T::Rarrow) {
            let cp = self.checkpoint();
            self.bump();
            match self.expression() {
                Ok(e) => returns = Some(Box::new(e)),
                Err(Failure::Fail) => self.rewind(cp),
                Err(e) => return Err(e),
            }
        }
        if !self.at(T::Colon) {
            // The grammar's forced `&&':'`.
            return Err(self.error_at_current("expected ':'"));
        }
        self.bump();
        let type_comment = self.func_type_comment();
        let body = self.block("function definition", line)?;
        let args = Box::new(args);
        let kind = if is_async {
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment: type_comment.clone(),
                type_params,
            }
        } else {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
                type_params,
            }
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// `class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block`
    fn class_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.start();
        self.bump();
        let (name, name_range) = self.name()?;
        let type_params = self.type_params()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.at(T::Lpar) {
            let dummy = mk(
                ExprKind::Name {
                    id: String::new(),
                    ctx: ExprContext::Load,
                },
                name_range,
            );
            let call = self.call(dummy, start, true)?;
            if let ExprKind::Call {
                args, keywords: k, ..
            } = call.kind
            {
                bases = args;
                keywords = k;
            }
        }
        let body = self.colon_block("class definition", start.line)?;
        let kind = StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
            type_params,
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// `if_stmt` / `elif_stmt`: the `elif` chain becomes nested `If`s in `orelse`.
    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kw = self.bump();
        let what = if self.token_text(&kw) == "if" {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        let test = Box::new(self.named_expression()?);
        let body = self.colon_block(what, start.line)?;
        let orelse = if self.at_kw("elif") {
            vec![self.if_stmt()?]
        } else {
            self.else_block()?
        };
        Ok(st(
            StmtKind::If { test, body, orelse },
            self.range_from(start),
        ))
    }

    /// `[else_block]`
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw("else") {
            return Ok(Vec::new());
        }
        let line = self.start().line;
        self.bump();
        self.forced_colon_block("'else' statement", line)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.bump();
        let test = Box::new(self.named_expression()?);
        let body = self.colon_block("'while' statement", start.line)?;
        let orelse = self.else_block()?;
        Ok(st(
            StmtKind::While { test, body, orelse },
            self.range_from(start),
        ))
    }

    /// `for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]`
    fn for_stmt(&mut self, is_async: bool) -> PResult<Stmt> {
        let start = self.start();
        if is_async {
            self.bump();
        }
        self.bump();
        let target = Box::new(self.for_target()?);
        if !self.eat_kw("in") {
            return Err(Failure::Fail);
        }
        let iter = Box::new(self.star_expressions()?);
        self.expect_colon()?;
        let type_comment = self.type_comment();
        let body = self.block("'for' statement", start.line)?;
        let orelse = self.else_block()?;
        let kind = if is_async {
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment: type_comment.clone(),
            }
        } else {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                type_comment,
            }
        };
        Ok(st(kind, self.range_from(start)))
    }

    fn for_target(&mut self) -> PResult<Expr> {
        let cp = self.checkpoint();
        match self.star_targets() {
            Err(Failure::Fail) if self.invalid_pass => {
                // `invalid_for_target`: 'for' star_expressions, reported by its invalid part.
                self.rewind(cp);
                let e = self.star_expressions()?;
                if let Some(bad) = super::targets::invalid_target(&e, Targets::For) {
                    return Err(self
                        .error_range(&format!("cannot assign to {}", expr_name(bad)), bad.range));
                }
                Err(Failure::Fail)
            }
            other => other,
        }
    }

    /// `with_stmt`, with the parenthesised item list tried first as the grammar does.
    fn with_stmt(&mut self, is_async: bool) -> PResult<Stmt> {
        let start = self.start();
        if is_async {
            self.bump();
        }
        self.bump();
        let mut items = None;
        if self.at(T::Lpar) {
            let cp = self.checkpoint();
            self.bump();
            match self.with_items(T::Rpar) {
                Ok(list) if self.at(T::Rpar) && self.kind_ahead(1) == T::Colon => {
                    self.bump();
                    items = Some(list);
                }
                Err(Failure::Error(e)) => return Err(Failure::Error(e)),
                _ => self.rewind(cp),
            }
        }
        let items = match items {
            Some(items) => items,
            None => self.with_items(T::Colon)?,
        };
        self.expect_colon()?;
        let type_comment = self.type_comment();
        let body = self.block("'with' statement", start.line)?;
        let kind = if is_async {
            StmtKind::AsyncWith {
                items,
                body,
                type_comment,
            }
        } else {
            StmtKind::With {
                items,
                body,
                type_comment,
            }
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// `','.with_item+`, allowing a trailing comma before `close` = `)`.
    fn with_items(&mut self, close: T) -> PResult<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            let context_expr = self.expression()?;
            let optional_vars = if self.eat_kw("as") {
                if self.invalid_pass {
                    // `invalid_with_item`: any expression after `as`.
                    let cp = self.checkpoint();
                    let target = self.expression()?;
                    if matches!(self.kind(), T::Comma | T::Rpar | T::Colon)
                        && let Some(bad) = super::targets::invalid_target(&target, Targets::Star)
                    {
                        let msg = format!("cannot assign to {}", expr_name(bad));
                        return Err(self.error_range(&msg, bad.range));
                    }
                    self.rewind(cp);
                }
                let target = self.star_target_single()?;
                if !matches!(self.kind(), T::Comma | T::Rpar | T::Colon) {
                    if self.invalid_pass && self.at(T::Newline) {
                        return Err(self.error_at_last("expected ':'"));
                    }
                    return Err(Failure::Fail);
                }
                Some(Box::new(target))
            } else {
                None
            };
            items.push(WithItem {
                context_expr,
                optional_vars,
            });
            if !self.eat(T::Comma) {
                break;
            }
            if close == T::Rpar && self.at(T::Rpar) {
                break;
            }
        }
        Ok(items)
    }

    /// One `star_target` (as in `with ... as x`).
    fn star_target_single(&mut self) -> PResult<Expr> {
        let e = if self.at(T::Star) {
            let start = self.start();
            self.bump();
            let value = self.primary()?;
            mk(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Store,
                },
                self.range_from(start),
            )
        } else {
            self.primary()?
        };
        self.make_target(e, Targets::Star)
    }

    /// `try_stmt`: `try` with `except`, `except*`, `else` and `finally` blocks.
    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.bump();
        let body = self.forced_colon_block("'try' statement", start.line)?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at_kw("except") {
            let h_start = self.start();
            self.bump();
            let is_star = self.eat(T::Star);
            if *star.get_or_insert(is_star) != is_star {
                let msg = "cannot have both 'except' and 'except*' on the same 'try'";
                return Err(self.error_range(msg, self.range_from(h_start)));
            }
            if self.invalid_pass && self.at(T::Newline) {
                return Err(self.error_at_last("expected ':'"));
            }
            let mut r#type = None;
            let mut name = None;
            if !self.at(T::Colon) {
                let e_index = self.pos;
                let e = self.expressions()?;
                let is_unparenthesized_tuple = matches!(e.kind, ExprKind::Tuple { .. })
                    && self.token_text_at(range_start_pos(e.range)) != "(";
                if self.eat_kw("as") {
                    if is_unparenthesized_tuple {
                        let first = self.tokens.get(e_index).cloned().ok_or(Failure::Fail)?;
                        self.name()?;
                        self.expect(T::Colon)?;
                        let msg = "multiple exception types must be parenthesized when using 'as'";
                        return Err(self.error_starting_from(msg, &first));
                    }
                    if self.invalid_pass && !(self.at_name() && self.kind_ahead(1) == T::Colon) {
                        let target = self.expression()?;
                        if self.at(T::Colon) {
                            let which = if is_star { "except*" } else { "except" };
                            let msg =
                                format!("cannot use {which} statement with {}", expr_name(&target));
                            return Err(self.error_range(&msg, target.range));
                        }
                        return Err(Failure::Fail);
                    }
                    name = Some(self.name()?.0);
                }
                r#type = Some(Box::new(e));
            } else if is_star {
                return Err(self.error_at_current("expected one or more exception types"));
            }
            if self.invalid_pass && self.at(T::Newline) {
                return Err(self.error_at_last("expected ':'"));
            }
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let h_body = self.colon_block(what, h_start.line)?;
            handlers.push(ExceptHandler {
                kind: ExceptHandlerKind::ExceptHandler {
                    r#type,
                    name,
                    body: h_body,
                },
                range: self.range_from(h_start),
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at_kw("finally") {
            let line = self.start().line;
            self.bump();
            self.forced_colon_block("'finally' statement", line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            if self.invalid_pass {
                return Err(self.error_at_last("expected 'except' or 'finally' block"));
            }
            return Err(Failure::Fail);
        }
        let kind = if star == Some(true) {
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            }
        } else {
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// The source text of the token starting at `pos`.
    fn token_text_at(&self, pos: Pos) -> &str {
        let index = self.tokens.partition_point(|t| t.start < pos);
        self.tokens.get(index).map_or("", |t| self.token_text(t))
    }

    /// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`;
    /// `None` (cursor unchanged) when `match` starts an expression instead.
    fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let cp = self.checkpoint();
        let start = self.start();
        self.bump();
        let subject = match self.subject_expr() {
            Ok(s) if self.at(T::Colon) => s,
            Ok(_) if self.invalid_pass && self.at(T::Newline) => {
                return Err(self.error_at_last("expected ':'"));
            }
            Err(Failure::Error(e)) => return Err(Failure::Error(e)),
            _ => {
                self.rewind(cp);
                return Ok(None);
            }
        };
        self.bump();
        if !self.eat(T::Newline) {
            self.rewind(cp);
            return Ok(None);
        }
        if !self.eat(T::Indent) {
            if self.invalid_pass {
                let t = self.tok().clone();
                let msg = format!(
                    "expected an indented block after 'match' statement on line {}",
                    start.line
                );
                return Err(self.error_token_kind(ErrorKind::IndentationError, &msg, &t));
            }
            return Err(Failure::Fail);
        }
        let mut cases = Vec::new();
        while self.at_kw("case") {
            cases.push(self.case_block()?);
        }
        if cases.is_empty() || !self.eat(T::Dedent) {
            return Err(Failure::Fail);
        }
        Ok(Some(st(
            StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
            self.range_from(start),
        )))
    }

    /// `subject_expr: star_named_expression ',' star_named_expressions? | named_expression`
    fn subject_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_named_expression()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(Failure::Fail);
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// `case_block: "case" patterns guard? ':' block`
    fn case_block(&mut self) -> PResult<crate::ast::MatchCase> {
        let line = self.start().line;
        self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat_kw("if") {
            Some(Box::new(self.named_expression()?))
        } else {
            None
        };
        let body = self.colon_block("'case' statement", line)?;
        Ok(crate::ast::MatchCase {
            pattern,
            guard,
            body,
        })
    }
}

fn range_start_pos(r: Range) -> Pos {
    Pos {
        line: r.lineno,
        col: r.col_offset,
    }
}
