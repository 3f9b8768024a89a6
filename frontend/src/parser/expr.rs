//! Expression rules of `Grammar/python.gram`: `expressions` down to `atom`, displays, comprehensions, slices, lambda.

use super::{Failure, PResult, Parser, span, token_range};
use crate::ast::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Operator, Range, UnaryOp,
};
use crate::token::TokenKind as T;

pub(crate) fn mk(kind: ExprKind, range: Range) -> Expr {
    Expr::new(kind, range)
}

impl Parser<'_> {
    /// `expressions: expression (',' expression)* [',']`
    pub(crate) fn expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// Whether the current token can start an expression (for optional trailing items).
    pub(crate) fn starts_expression(&mut self) -> bool {
        match self.kind() {
            T::Name => {
                let text = self.text();
                !super::is_keyword(text)
                    || matches!(text, "None" | "True" | "False" | "not" | "lambda" | "await")
            }
            T::Number
            | T::String
            | T::FstringStart
            | T::TstringStart
            | T::Lpar
            | T::Lsqb
            | T::Lbrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Ellipsis
            | T::Star => true,
            _ => false,
        }
    }

    /// `expression: disjunction ['if' disjunction 'else' expression] | lambdef`
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        self.nested(|p| {
            if p.at_kw("lambda") {
                return p.lambdef();
            }
            let start = p.start();
            if p.invalid_pass && !p.in_dict_key && p.at(T::String) {
                p.invalid_code_in_string()?;
            }
            if p.invalid_pass && p.at_name() {
                p.invalid_legacy_expression()?;
            }
            let body = p.disjunction()?;
            if !p.at_kw("if") {
                if p.invalid_pass && !p.in_dict_key {
                    // `invalid_expression`: two expressions side by side.
                    p.invalid_comma_check(&body)?;
                }
                return Ok(body);
            }
            p.bump();
            let test = p.disjunction()?;
            if !p.eat_kw("else") {
                if p.invalid_pass && !p.at(T::Colon) {
                    return Err(p.error_range(
                        "expected 'else' after 'if' expression",
                        span(body.range, test.range),
                    ));
                }
                return Err(Failure::Fail);
            }
            if p.invalid_pass && (!p.starts_expression() || p.at(T::Star)) {
                return Err(
                    p.error_at_current("expected expression after 'else', but statement is given")
                );
            }
            let orelse = p.expression()?;
            Ok(mk(
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
                p.range_from(start),
            ))
        })
    }

    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.expect_kw("yield")?;
        if self.eat_kw("from") {
            let value = self.expression()?;
            return Ok(mk(
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
                self.range_from(start),
            ));
        }
        let value = if self.starts_expression() {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(mk(ExprKind::Yield { value }, self.range_from(start)))
    }

    /// `star_expressions: star_expression (',' star_expression)* [',']`
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// `star_expression: '*' bitwise_or | expression`
    pub(crate) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.start();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                self.range_from(start),
            ));
        }
        self.expression()
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    /// The first item of a display or subscript, where a lone `*` gets
    /// `invalid_starred_expression`'s message.
    fn first_star_named_expression(&mut self) -> PResult<Expr> {
        if self.invalid_pass
            && self.at(T::Star)
            && matches!(self.kind_ahead(1), T::Rpar | T::Rsqb | T::Rbrace | T::Comma)
        {
            return Err(self.error_at_last("Invalid star expression"));
        }
        self.star_named_expression()
    }

    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.start();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                self.range_from(start),
            ));
        }
        self.named_expression()
    }

    /// `named_expression: NAME ':=' expression | expression !':='`
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        if self.at_name() && self.kind_ahead(1) == T::ColonEqual {
            return self.assignment_expression();
        }
        let e = self.expression()?;
        if self.at(T::ColonEqual) {
            if self.invalid_pass {
                return Err(self.invalid_named_target(&e));
            }
            return Err(Failure::Fail);
        }
        if self.invalid_pass && self.at(T::Equal) {
            self.invalid_named_expression(&e)?;
        }
        Ok(e)
    }

    /// `assignment_expression: NAME ':=' ~ expression`
    pub(crate) fn assignment_expression(&mut self) -> PResult<Expr> {
        let start = self.start();
        let (id, r) = self.name()?;
        self.expect(T::ColonEqual)?;
        let value = self.expression()?;
        let target = mk(
            ExprKind::Name {
                id,
                ctx: ExprContext::Store,
            },
            r,
        );
        Ok(mk(
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
            self.range_from(start),
        ))
    }

    /// `invalid_named_expression`: `x = 1` where an expression is expected.
    pub(crate) fn invalid_named_expression(&mut self, e: &Expr) -> PResult<()> {
        let excluded = match &e.kind {
            ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => true,
            ExprKind::Constant { value, .. } => {
                matches!(value, Constant::True | Constant::False | Constant::None)
            }
            ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred { .. } => true,
            ExprKind::UnaryOp { op, .. } => *op == UnaryOp::Not,
            _ => false,
        };
        let is_name = matches!(e.kind, ExprKind::Name { .. });
        if excluded && !is_name {
            return Ok(());
        }
        let cp = self.checkpoint();
        self.bump();
        let value = self.bitwise_or();
        let followed = matches!(self.kind(), T::Equal | T::ColonEqual);
        self.rewind(cp);
        match value {
            Ok(value) if !followed => {
                if is_name {
                    let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                    return Err(self.error_range(msg, span(e.range, value.range)));
                }
                let name = super::targets::expr_name(e);
                let msg =
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?");
                Err(self.error_range(&msg, e.range))
            }
            Err(Failure::Error(err)) => Err(Failure::Error(err)),
            _ => Ok(()),
        }
    }

    pub(crate) fn invalid_named_target(&mut self, e: &Expr) -> Failure {
        let what = super::targets::expr_name(e);
        self.error_range(
            &format!("cannot use assignment expressions with {what}"),
            e.range,
        )
    }

    /// `disjunction: conjunction ('or' conjunction)*`
    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.conjunction()?;
        if !self.at_kw("or") {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw("or") {
            values.push(self.conjunction()?);
        }
        Ok(mk(
            ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
            self.range_from(start),
        ))
    }

    /// `conjunction: inversion ('and' inversion)*`
    #[inline]
    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.inversion()?;
        if !self.at_kw("and") {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw("and") {
            values.push(self.inversion()?);
        }
        Ok(mk(
            ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
            self.range_from(start),
        ))
    }

    /// `inversion: 'not' inversion | comparison`
    fn inversion(&mut self) -> PResult<Expr> {
        if self.at_kw("not") {
            let start = self.start();
            self.bump();
            let operand = self.nested(|p| p.inversion())?;
            return Ok(mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand),
                },
                self.range_from(start),
            ));
        }
        self.comparison()
    }

    fn comparison_op(&mut self) -> PResult<Option<(CmpOp, usize)>> {
        let op = match self.kind() {
            T::EqEqual => CmpOp::Eq,
            // `<>` instead of `!=` under `from __future__ import barry_as_FLUFL`
            // (`_PyPegen_check_barry_as_flufl`).
            T::NotEqual => match (self.barry_as_flufl, self.text() == "<>") {
                (true, false) => {
                    let t = self.tok().clone();
                    return Err(
                        self.error_token("with Barry as BDFL, use '<>' instead of '!='", &t)
                    );
                }
                (false, true) => return Ok(None),
                _ => CmpOp::NotEq,
            },
            T::Less => CmpOp::Lt,
            T::LessEqual => CmpOp::LtE,
            T::Greater => CmpOp::Gt,
            T::GreaterEqual => CmpOp::GtE,
            T::Name => match self.text() {
                "in" => CmpOp::In,
                "not" if self.kw_ahead(1, "in") => return Ok(Some((CmpOp::NotIn, 2))),
                "is" if self.kw_ahead(1, "not") => return Ok(Some((CmpOp::IsNot, 2))),
                "is" => CmpOp::Is,
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some((op, 1)))
    }

    /// `comparison: bitwise_or compare_op_bitwise_or_pair*`
    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, len)) = self.comparison_op()? {
            // A pair that does not parse ends the loop (PEG backtracking).
            let cp = self.checkpoint();
            for _ in 0..len {
                self.bump();
            }
            match self.bitwise_or() {
                Ok(right) => {
                    ops.push(op);
                    comparators.push(right);
                }
                Err(Failure::Fail) => {
                    self.rewind(cp);
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(mk(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            self.range_from(start),
        ))
    }

    /// The binary operator at the cursor and its precedence level, from
    /// `bitwise_or` (0) to `term` (5).
    fn binary_op(&mut self) -> Option<(Operator, u8)> {
        let op = match self.kind() {
            T::Vbar => (Operator::BitOr, 0),
            T::Circumflex => (Operator::BitXor, 1),
            T::Amper => (Operator::BitAnd, 2),
            T::LeftShift => (Operator::LShift, 3),
            T::RightShift => (Operator::RShift, 3),
            T::Plus => (Operator::Add, 4),
            T::Minus => (Operator::Sub, 4),
            T::Star => (Operator::Mult, 5),
            T::Slash => (Operator::Div, 5),
            T::DoubleSlash => (Operator::FloorDiv, 5),
            T::Percent => (Operator::Mod, 5),
            T::At => (Operator::MatMult, 5),
            _ => return None,
        };
        Some(op)
    }

    /// `bitwise_or` .. `term`: left-associative binary operators of level
    /// `min_level` and above, by precedence climbing rather than one call
    /// per grammar rule. An operand that does not parse ends every level at
    /// once (PEG backtracking: the rules below it fail their loop at the
    /// same operator); `stopped` carries that out of the nested calls.
    fn binary_levels(&mut self, min_level: u8, stopped: &mut bool) -> PResult<Expr> {
        let start = self.start();
        let mut left = self.factor()?;
        while !*stopped {
            let Some((op, level)) = self.binary_op().filter(|&(_, level)| level >= min_level)
            else {
                break;
            };
            let cp = self.checkpoint();
            self.bump();
            if self.invalid_pass && level >= 4 && self.at_kw("not") {
                // `invalid_arithmetic`.
                let not = self.tok().clone();
                self.bump();
                let operand = self.inversion()?;
                let msg = "'not' after an operator must be parenthesized";
                return Err(self.error_range(msg, span(token_range(&not), operand.range)));
            }
            let right = if level == 5 {
                self.factor()
            } else {
                self.binary_levels(level + 1, stopped)
            };
            let right = match right {
                Ok(right) => right,
                Err(Failure::Fail) => {
                    self.rewind(cp);
                    *stopped = true;
                    break;
                }
                Err(e) => return Err(e),
            };
            left = mk(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                self.range_from(start),
            );
        }
        Ok(left)
    }

    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.memoized(
            |p| &mut p.bitwise_or_memo,
            |p| p.binary_levels(0, &mut false),
        )
    }

    /// `factor: ('+' | '-' | '~') factor | power`
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.kind() {
            T::Plus => UnaryOp::UAdd,
            T::Minus => UnaryOp::USub,
            T::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.start();
        self.bump();
        if self.invalid_pass && self.at_kw("not") {
            // `invalid_factor`.
            let not = self.tok().clone();
            self.bump();
            let operand = self.nested(|p| p.factor())?;
            let msg = "'not' after an operator must be parenthesized";
            return Err(self.error_range(msg, span(token_range(&not), operand.range)));
        }
        let operand = self.nested(|p| p.factor())?;
        Ok(mk(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            self.range_from(start),
        ))
    }

    /// `power: await_primary ['**' factor]`
    fn power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.await_primary()?;
        let cp = self.checkpoint();
        if !self.eat(T::DoubleStar) {
            return Ok(left);
        }
        let right = match self.nested(|p| p.factor()) {
            Ok(right) => right,
            Err(Failure::Fail) => {
                self.rewind(cp);
                return Ok(left);
            }
            Err(e) => return Err(e),
        };
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(left),
                op: Operator::Pow,
                right: Box::new(right),
            },
            self.range_from(start),
        ))
    }

    /// `await_primary: 'await' primary | primary`
    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at_kw("await") {
            let start = self.start();
            self.bump();
            let value = self.primary()?;
            return Ok(mk(
                ExprKind::Await {
                    value: Box::new(value),
                },
                self.range_from(start),
            ));
        }
        self.primary()
    }

    /// `primary: primary ('.' NAME | genexp | '(' arguments ')' | '[' slices ']') | atom`
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.atom()?;
        loop {
            e = match self.kind() {
                T::Dot => {
                    self.bump();
                    let (attr, _) = self.name()?;
                    mk(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        self.range_from(start),
                    )
                }
                T::Lpar => self.call(e, start, false)?,
                T::Lsqb => {
                    self.bump();
                    let slice = self.slices()?;
                    self.expect(T::Rsqb)?;
                    mk(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                            ctx: ExprContext::Load,
                        },
                        self.range_from(start),
                    )
                }
                _ => return Ok(e),
            };
        }
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = if self.at(T::Star) {
            self.first_star_named_expression()?
        } else {
            self.slice_item()?
        };
        if self.invalid_pass && !matches!(self.kind(), T::Comma | T::Rsqb) {
            self.invalid_comma_check(&first)?;
        }
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                let r = self.range_from(start);
                return Ok(mk(
                    ExprKind::Tuple {
                        elts: vec![first],
                        ctx: ExprContext::Load,
                    },
                    r,
                ));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.at(T::Rsqb) {
                break;
            }
            elts.push(self.slice_item()?);
            if self.invalid_pass
                && !matches!(self.kind(), T::Comma | T::Rsqb)
                && let Some(last) = elts.last().cloned()
            {
                self.invalid_comma_check(&last)?;
            }
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`, or a starred expression.
    fn slice_item(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            return self.star_named_expression();
        }
        let start = self.start();
        let lower = if self.at(T::Colon) {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.at(T::Colon) {
            return lower.ok_or(Failure::Fail);
        }
        if let Some(l) = &lower
            && matches!(l.kind, ExprKind::NamedExpr { .. })
            && !self.invalid_pass
        {
            return Err(Failure::Fail);
        }
        self.bump();
        let upper = if self.starts_expression() {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        let mut step = None;
        if self.eat(T::Colon) && self.starts_expression() {
            step = Some(Box::new(self.expression()?));
        }
        Ok(mk(
            ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            },
            self.range_from(start),
        ))
    }

    /// `atom`: names, literals, strings, numbers and the bracketed forms.
    fn atom(&mut self) -> PResult<Expr> {
        let t = self.tok().clone();
        match t.kind {
            T::Name => {
                let text = self.token_text(&t);
                let value = match text {
                    "None" => Constant::None,
                    "True" => Constant::True,
                    "False" => Constant::False,
                    _ => {
                        let (id, r) = self.name()?;
                        return Ok(mk(
                            ExprKind::Name {
                                id,
                                ctx: ExprContext::Load,
                            },
                            r,
                        ));
                    }
                };
                self.bump();
                Ok(mk(
                    ExprKind::Constant { value, kind: None },
                    token_range(&t),
                ))
            }
            T::Number => {
                self.bump();
                let value =
                    crate::literal::parse_number(self.token_text(&t)).ok_or(Failure::Fail)?;
                Ok(mk(
                    ExprKind::Constant { value, kind: None },
                    token_range(&t),
                ))
            }
            T::String | T::FstringStart | T::TstringStart => self.strings(),
            T::Ellipsis => {
                self.bump();
                Ok(mk(
                    ExprKind::Constant {
                        value: Constant::Ellipsis,
                        kind: None,
                    },
                    token_range(&t),
                ))
            }
            T::Lpar => self.nested(|p| p.paren_atom()),
            T::Lsqb => self.nested(|p| p.list_atom()),
            T::Lbrace => self.nested(|p| p.brace_atom()),
            _ => Err(Failure::Fail),
        }
    }

    /// `tuple | group | genexp`
    fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.bump();
        if self.eat(T::Rpar) {
            return Ok(mk(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                self.range_from(start),
            ));
        }
        if self.invalid_pass && self.at(T::DoubleStar) {
            let star = self.tok().clone();
            let cp = self.checkpoint();
            self.bump();
            if self.expression().is_ok() && self.at(T::Rpar) {
                return Err(self.error_token("cannot use double starred expression here", &star));
            }
            self.rewind(cp);
        }
        if self.at_kw("yield") {
            let e = self.yield_expr()?;
            self.expect(T::Rpar)?;
            return Ok(e);
        }
        let first = self.first_star_named_expression()?;
        if self.at_kw("for") || (self.at_kw("async") && self.kw_ahead(1, "for")) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_range(
                    "iterable unpacking cannot be used in comprehension",
                    first.range,
                ));
            }
            let generators = self.for_if_clauses()?;
            self.expect(T::Rpar)?;
            return Ok(mk(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                self.range_from(start),
            ));
        }
        if self.eat(T::Rpar) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                if self.invalid_pass {
                    return Err(self.error_range("cannot use starred expression here", first.range));
                }
                return Err(Failure::Fail);
            }
            return Ok(first);
        }
        if !self.at(T::Comma) {
            if self.invalid_pass {
                self.invalid_comma_check(&first)?;
            }
            return Err(Failure::Fail);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.at(T::Rpar) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if !self.at(T::Rpar)
            && self.invalid_pass
            && let Some(last) = elts.last().cloned()
        {
            self.invalid_comma_check(&last)?;
        }
        self.expect(T::Rpar)?;
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// `list | listcomp`
    fn list_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.bump();
        if self.eat(T::Rsqb) {
            return Ok(mk(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                self.range_from(start),
            ));
        }
        let first = self.first_star_named_expression()?;
        if self.at_kw("for") || (self.at_kw("async") && self.kw_ahead(1, "for")) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_range(
                    "iterable unpacking cannot be used in comprehension",
                    first.range,
                ));
            }
            let generators = self.for_if_clauses()?;
            self.expect(T::Rsqb)?;
            return Ok(mk(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                self.range_from(start),
            ));
        }
        let elts = self.rest_of_sequence(first, T::Rsqb)?;
        Ok(mk(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// The remaining `, star_named_expression` items of a display, and its closing bracket.
    fn rest_of_sequence(&mut self, first: Expr, close: T) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.at(T::Comma) {
            let comma = self.bump();
            if self.invalid_pass && self.at_kw("for") {
                // `invalid_comprehension`: `[a, b for ...]`.
                let first = elts[0].range;
                let last = if elts.len() > 1 {
                    elts[elts.len() - 1].range
                } else {
                    token_range(&comma)
                };
                let msg = "did you forget parentheses around the comprehension target?";
                return Err(self.error_range(msg, span(first, last)));
            }
            if self.at(close) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if self.invalid_pass && elts.len() > 1 && (self.at_kw("for") || self.at_kw("async")) {
            let msg = "did you forget parentheses around the comprehension target?";
            return Err(self.error_range(msg, span(elts[0].range, elts[elts.len() - 1].range)));
        }
        if !self.at(close)
            && self.invalid_pass
            && let Some(last) = elts.last().cloned()
        {
            self.invalid_comma_check(&last)?;
        }
        self.expect(close)?;
        Ok(elts)
    }

    /// `dict | set | dictcomp | setcomp`
    fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.bump();
        if self.eat(T::Rbrace) {
            return Ok(mk(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                self.range_from(start),
            ));
        }
        let first_key = if self.at(T::DoubleStar) {
            let star = self.bump();
            if self.invalid_pass {
                let cp = self.checkpoint();
                if self.bitwise_or().is_ok() && self.at_kw("for") {
                    return Err(self.error_token(
                        "dict unpacking cannot be used in dict comprehension",
                        &star,
                    ));
                }
                self.rewind(cp);
            }
            None
        } else {
            let e = self.first_star_named_expression()?;
            if !self.at(T::Colon) {
                // A set or a set comprehension.
                if self.at_kw("for") || (self.at_kw("async") && self.kw_ahead(1, "for")) {
                    if matches!(e.kind, ExprKind::Starred { .. }) {
                        return Err(self.error_range(
                            "iterable unpacking cannot be used in comprehension",
                            e.range,
                        ));
                    }
                    let generators = self.for_if_clauses()?;
                    self.expect(T::Rbrace)?;
                    return Ok(mk(
                        ExprKind::SetComp {
                            elt: Box::new(e),
                            generators,
                        },
                        self.range_from(start),
                    ));
                }
                let elts = self.rest_of_sequence(e, T::Rbrace)?;
                return Ok(mk(ExprKind::Set { elts }, self.range_from(start)));
            }
            if matches!(
                e.kind,
                ExprKind::Starred { .. } | ExprKind::NamedExpr { .. }
            ) {
                return Err(Failure::Fail);
            }
            self.bump();
            Some(e)
        };
        let first_value = if first_key.is_some() {
            self.dict_value()?
        } else {
            self.bitwise_or()?
        };
        if let Some(key) = &first_key
            && (self.at_kw("for") || (self.at_kw("async") && self.kw_ahead(1, "for")))
        {
            let generators = self.for_if_clauses()?;
            self.expect(T::Rbrace)?;
            return Ok(mk(
                ExprKind::DictComp {
                    key: Box::new(key.clone()),
                    value: Box::new(first_value),
                    generators,
                },
                self.range_from(start),
            ));
        }
        let mut keys = vec![first_key];
        let mut values = vec![first_value];
        loop {
            if self.invalid_pass
                && !matches!(self.kind(), T::Comma | T::Rbrace)
                && let Some(last) = values.last().cloned()
            {
                self.invalid_comma_check(&last)?;
            }
            if !self.eat(T::Comma) {
                break;
            }
            if self.at(T::Rbrace) {
                break;
            }
            if self.eat(T::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let in_dict_key = std::mem::replace(&mut self.in_dict_key, true);
                let key = self.expression();
                self.in_dict_key = in_dict_key;
                let key = key?;
                if !self.eat(T::Colon) {
                    if self.invalid_pass {
                        return Err(self.dict_key_without_colon(&key));
                    }
                    return Err(Failure::Fail);
                }
                keys.push(Some(key));
                values.push(self.dict_value()?);
            }
        }
        self.expect(T::Rbrace)?;
        Ok(mk(ExprKind::Dict { keys, values }, self.range_from(start)))
    }

    /// A dictionary value, with `invalid_kvpair`'s error for a starred one.
    fn dict_value(&mut self) -> PResult<Expr> {
        if self.invalid_pass && self.at(T::Star) {
            let star = self.bump();
            self.bitwise_or()?;
            let msg = "cannot use a starred expression in a dictionary value";
            return Err(self.error_starting_from(msg, &star));
        }
        if self.invalid_pass && matches!(self.kind(), T::Comma | T::Rbrace) {
            let t = self.tok_at(self.pos.saturating_sub(1)).clone();
            return Err(self.error_token("expression expected after dictionary key and ':'", &t));
        }
        self.expression()
    }

    /// `invalid_kvpair`: "':' expected after dictionary key", located from the key's last column.
    fn dict_key_without_colon(&mut self, key: &Expr) -> Failure {
        let start = crate::token::Pos {
            line: key.range.lineno,
            col: key.range.end_col_offset.saturating_sub(1),
        };
        self.error_open_end(
            "':' expected after dictionary key",
            start,
            key.range.end_lineno,
        )
    }

    /// `for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+`
    pub(crate) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        loop {
            let is_async = if self.at_kw("async") && self.kw_ahead(1, "for") {
                self.bump();
                1
            } else {
                0
            };
            if !self.eat_kw("for") {
                break;
            }
            let target = self.star_targets()?;
            if !self.eat_kw("in") {
                if self.invalid_pass {
                    return Err(self.error_at_current("'in' expected after for-loop variables"));
                }
                return Err(Failure::Fail);
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        if generators.is_empty() {
            return Err(Failure::Fail);
        }
        Ok(generators)
    }

    /// `lambdef: 'lambda' [lambda_params] ':' expression`
    fn lambdef(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.bump();
        let args = self.parameters(false, T::Colon)?;
        self.expect(T::Colon)?;
        let body = self.expression()?;
        Ok(mk(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            self.range_from(start),
        ))
    }

    /// `invalid_expression`'s "Perhaps you forgot a comma?": two expressions
    /// side by side inside brackets.
    pub(crate) fn invalid_comma_check(&mut self, first: &Expr) -> PResult<()> {
        if !self.starts_expression() || self.at(T::Star) {
            return Ok(());
        }
        if matches!(
            first.kind,
            ExprKind::IfExp { .. } | ExprKind::Lambda { .. } | ExprKind::Starred { .. }
        ) {
            return Ok(());
        }
        // `!(NAME STRING | SOFT_KEYWORD)` where `first` starts.
        let index = self.token_index_at(crate::token::Pos {
            line: first.range.lineno,
            col: first.range.col_offset,
        });
        if let Some(t) = self.tokens.get(index).filter(|t| t.kind == T::Name) {
            let next = self.tokens.get(index + 1).map(|n| n.kind);
            let soft = matches!(self.token_text(t), "match" | "case" | "type" | "_");
            // Only a plain STRING: an f-string after a name is looked at.
            if soft || next == Some(T::String) {
                return Ok(());
            }
        }
        let level = self.previous_level();
        if let Some(second) = self.try_expression_without_invalid()
            && level > 0
        {
            return Err(self.error_range(
                "invalid syntax. Perhaps you forgot a comma?",
                span(first.range, second.range),
            ));
        }
        Ok(())
    }

    /// Looks ahead for `expression_without_invalid`, leaving the cursor where it was.
    pub(crate) fn try_expression_without_invalid(&mut self) -> Option<Expr> {
        let cp = self.checkpoint();
        let second = self.expression_without_invalid();
        self.rewind(cp);
        second
    }

    /// `expression_without_invalid`: an expression parsed with the
    /// `invalid_*` rules off; the cursor moves past it when it parses.
    fn expression_without_invalid(&mut self) -> Option<Expr> {
        let cp = self.checkpoint();
        let invalid_pass = std::mem::replace(&mut self.invalid_pass, false);
        let mut e = self.expression().ok();
        if e.is_none() {
            self.rewind(cp);
            e = self.disjunction().ok();
            if e.is_none() {
                self.rewind(cp);
            }
        }
        self.invalid_pass = invalid_pass;
        e
    }

    /// `invalid_legacy_expression: NAME !'(' star_expressions`: Python 2's
    /// `print x` and `exec x`. CPython parses what follows any name this way,
    /// so errors in it surface here too.
    fn invalid_legacy_expression(&mut self) -> PResult<()> {
        let name = self.tok().clone();
        if self.levels.get(self.pos).copied().unwrap_or(0) > 0
            || self.kind_ahead(1) == T::Lpar
            || !self.starts_expression_ahead(1)
        {
            return Ok(());
        }
        let cp = self.checkpoint();
        self.bump();
        let rest = self.star_expressions();
        self.rewind(cp);
        let id = self.token_text(&name);
        match rest {
            Ok(rest) if matches!(id, "print" | "exec") => {
                let msg = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                Err(self.error_range(&msg, span(token_range(&name), rest.range)))
            }
            Err(Failure::Error(e)) => Err(Failure::Error(e)),
            _ => Ok(()),
        }
    }

    /// Whether the token `n` places ahead can start an expression.
    fn starts_expression_ahead(&mut self, n: usize) -> bool {
        let cp = self.checkpoint();
        for _ in 0..n {
            self.bump();
        }
        let starts = self.starts_expression();
        self.rewind(cp);
        starts
    }

    /// `invalid_expression`'s `STRING (!STRING expression_without_invalid)+ STRING`:
    /// code between two string literals.
    fn invalid_code_in_string(&mut self) -> PResult<()> {
        let cp = self.checkpoint();
        self.bump();
        let mut inside = Vec::new();
        while !self.at(T::String) {
            match self.expression_without_invalid() {
                Some(e) => inside.push(e),
                None => break,
            }
        }
        let closed = self.at(T::String);
        self.rewind(cp);
        if let (true, Some(first), Some(last)) = (closed, inside.first(), inside.last()) {
            let msg = "invalid syntax. Is this intended to be part of the string?";
            return Err(self.error_range(msg, span(first.range, last.range)));
        }
        Ok(())
    }
}
