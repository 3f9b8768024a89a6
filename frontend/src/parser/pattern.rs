//! `match` statement patterns: `patterns` down to `closed_pattern` of `Grammar/python.gram`.

use super::expr::mk;
use super::{Failure, PResult, Parser, span, token_range};
use crate::ast::{Constant, Expr, ExprContext, ExprKind, Operator, Pattern, PatternKind, UnaryOp};
use crate::token::{Pos, TokenKind as T};

impl Parser<'_> {
    fn pat(&self, kind: PatternKind, start: Pos) -> Pattern {
        Pattern {
            kind,
            range: self.range_from(start),
        }
    }

    /// `patterns: open_sequence_pattern | pattern`
    pub(crate) fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return Err(Failure::Fail);
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::Comma) {
            if matches!(self.kind(), T::Colon) || self.at_kw("if") {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(self.pat(PatternKind::MatchSequence { patterns }, start))
    }

    /// `maybe_star_pattern: star_pattern | pattern`
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at(T::Star) {
            let start = self.start();
            self.bump();
            let (id, _) = self.name()?;
            let name = if id == "_" { None } else { Some(id) };
            return Ok(self.pat(PatternKind::MatchStar { name }, start));
        }
        self.pattern()
    }

    /// `pattern: or_pattern ['as' pattern_capture_target]`
    fn pattern(&mut self) -> PResult<Pattern> {
        self.nested(|p| {
            let start = p.start();
            let or = p.or_pattern()?;
            if !p.eat_kw("as") {
                return Ok(or);
            }
            if p.invalid_pass && p.at_kw("_") {
                let t = p.tok().clone();
                return Err(p.error_token("cannot use '_' as a target", &t));
            }
            let capture = p.at_name() && !matches!(p.kind_ahead(1), T::Dot | T::Lpar | T::Equal);
            if !capture {
                if p.invalid_pass {
                    let target = p.expression()?;
                    let what = super::targets::expr_name(&target);
                    return Err(p.error_range(
                        &format!("cannot use {what} as pattern target"),
                        target.range,
                    ));
                }
                return Err(Failure::Fail);
            }
            let (name, _) = p.name()?;
            if name == "_" {
                return Err(Failure::Fail);
            }
            Ok(p.pat(
                PatternKind::MatchAs {
                    pattern: Some(Box::new(or)),
                    name: Some(name),
                },
                start,
            ))
        })
    }

    /// `or_pattern: '|'.closed_pattern+`
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.closed_pattern()?;
        if !self.at(T::Vbar) {
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::Vbar) {
            patterns.push(self.closed_pattern()?);
        }
        Ok(self.pat(PatternKind::MatchOr { patterns }, start))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        match self.kind() {
            T::Number | T::Minus => {
                let value = self.number_pattern_value()?;
                Ok(self.pat(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    start,
                ))
            }
            T::String | T::FstringStart | T::TstringStart => {
                // An f-string here is the compiler's error, not the parser's.
                let value = self.strings()?;
                Ok(self.pat(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    start,
                ))
            }
            T::Lpar => self.paren_pattern(),
            T::Lsqb => {
                self.bump();
                let patterns = self.pattern_list(T::Rsqb)?;
                self.expect(T::Rsqb)?;
                Ok(self.pat(PatternKind::MatchSequence { patterns }, start))
            }
            T::Lbrace => self.mapping_pattern(),
            T::Name => {
                let value = match self.text() {
                    "None" => Some(Constant::None),
                    "True" => Some(Constant::True),
                    "False" => Some(Constant::False),
                    _ => None,
                };
                if let Some(value) = value {
                    self.bump();
                    return Ok(self.pat(PatternKind::MatchSingleton { value }, start));
                }
                let (id, r) = self.name()?;
                if !matches!(self.kind(), T::Dot | T::Lpar) {
                    let name = if id == "_" { None } else { Some(id) };
                    return Ok(self.pat(
                        PatternKind::MatchAs {
                            pattern: None,
                            name,
                        },
                        start,
                    ));
                }
                let mut cls = mk(
                    ExprKind::Name {
                        id,
                        ctx: ExprContext::Load,
                    },
                    r,
                );
                while self.eat(T::Dot) {
                    let (attr, _) = self.name()?;
                    cls = mk(
                        ExprKind::Attribute {
                            value: Box::new(cls),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        self.range_from(start),
                    );
                }
                if self.at(T::Lpar) {
                    return self.class_pattern(cls, start);
                }
                Ok(self.pat(
                    PatternKind::MatchValue {
                        value: Box::new(cls),
                    },
                    start,
                ))
            }
            _ => Err(Failure::Fail),
        }
    }

    /// `signed_number` or `complex_number` as a value expression.
    fn number_pattern_value(&mut self) -> PResult<Expr> {
        let start = self.start();
        let real = self.signed_number()?;
        let op = match self.kind() {
            T::Plus => Operator::Add,
            T::Minus => Operator::Sub,
            _ => return Ok(real),
        };
        // `_PyPegen_ensure_real`: the real part is checked first, at its number.
        let number = match &real.kind {
            ExprKind::UnaryOp { operand, .. } => operand,
            _ => &real,
        };
        if matches!(
            number.kind,
            ExprKind::Constant {
                value: Constant::Complex(_),
                ..
            }
        ) {
            return Err(self.error_range("real number required in complex literal", number.range));
        }
        self.bump();
        let t = self.expect(T::Number)?;
        let value = crate::literal::parse_number(self.token_text(&t)).ok_or(Failure::Fail)?;
        if !matches!(value, Constant::Complex(_)) {
            return Err(self.error_range(
                "imaginary number required in complex literal",
                token_range(&t),
            ));
        }
        let right = mk(ExprKind::Constant { value, kind: None }, token_range(&t));
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(real),
                op,
                right: Box::new(right),
            },
            self.range_from(start),
        ))
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let start = self.start();
        let negative = self.eat(T::Minus);
        let t = self.expect(T::Number)?;
        let value = crate::literal::parse_number(self.token_text(&t)).ok_or(Failure::Fail)?;
        let number = mk(ExprKind::Constant { value, kind: None }, token_range(&t));
        if !negative {
            return Ok(number);
        }
        Ok(mk(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(number),
            },
            self.range_from(start),
        ))
    }

    /// `group_pattern | sequence_pattern` in parentheses.
    fn paren_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        self.bump();
        if self.eat(T::Rpar) {
            return Ok(self.pat(
                PatternKind::MatchSequence {
                    patterns: Vec::new(),
                },
                start,
            ));
        }
        let first = self.maybe_star_pattern()?;
        if self.eat(T::Rpar) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return Ok(self.pat(
                    PatternKind::MatchSequence {
                        patterns: vec![first],
                    },
                    start,
                ));
            }
            return Ok(first);
        }
        self.expect(T::Comma)?;
        let mut patterns = vec![first];
        patterns.extend(self.pattern_list(T::Rpar)?);
        self.expect(T::Rpar)?;
        Ok(self.pat(PatternKind::MatchSequence { patterns }, start))
    }

    /// Comma-separated `maybe_star_pattern`s up to (not including) `close`.
    fn pattern_list(&mut self, close: T) -> PResult<Vec<Pattern>> {
        let mut patterns = Vec::new();
        while !self.at(close) {
            patterns.push(self.maybe_star_pattern()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(patterns)
    }

    /// `mapping_pattern: '{' [items] ['**' NAME] '}'`
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(T::Rbrace) {
            if self.eat(T::DoubleStar) {
                let (name, _) = self.name()?;
                if name == "_" {
                    return Err(Failure::Fail);
                }
                rest = Some(name);
                self.eat(T::Comma);
                break;
            }
            keys.push(self.mapping_key()?);
            self.expect(T::Colon)?;
            patterns.push(self.pattern()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::Rbrace)?;
        Ok(self.pat(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            start,
        ))
    }

    /// A mapping key: `literal_expr | attr`.
    fn mapping_key(&mut self) -> PResult<Expr> {
        let start = self.start();
        match self.kind() {
            T::Number | T::Minus => self.number_pattern_value(),
            T::String | T::FstringStart | T::TstringStart => self.strings(),
            T::Name => {
                let t = self.tok().clone();
                let value = match self.token_text(&t) {
                    "None" => Some(Constant::None),
                    "True" => Some(Constant::True),
                    "False" => Some(Constant::False),
                    _ => None,
                };
                if let Some(value) = value {
                    self.bump();
                    return Ok(mk(
                        ExprKind::Constant { value, kind: None },
                        token_range(&t),
                    ));
                }
                let (id, r) = self.name()?;
                let mut e = mk(
                    ExprKind::Name {
                        id,
                        ctx: ExprContext::Load,
                    },
                    r,
                );
                if !self.at(T::Dot) {
                    return Err(Failure::Fail);
                }
                while self.eat(T::Dot) {
                    let (attr, _) = self.name()?;
                    e = mk(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        self.range_from(start),
                    );
                }
                Ok(e)
            }
            _ => Err(Failure::Fail),
        }
    }

    /// `class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'`
    fn class_pattern(&mut self, cls: Expr, start: Pos) -> PResult<Pattern> {
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(T::Rpar) {
            if self.at_name() && self.kind_ahead(1) == T::Equal {
                let (name, _) = self.name()?;
                self.bump();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    if self.invalid_pass {
                        // `invalid_class_argument_pattern`: from the first
                        // misplaced positional pattern to the last of the run.
                        let mut last = p.range;
                        while self.at(T::Comma)
                            && !(self.name_ahead(1) && self.kind_ahead(2) == T::Equal)
                        {
                            let cp = self.checkpoint();
                            self.bump();
                            match self.pattern() {
                                Ok(next) => last = next.range,
                                Err(_) => {
                                    self.rewind(cp);
                                    break;
                                }
                            }
                        }
                        let msg = "positional patterns follow keyword patterns";
                        return Err(self.error_range(msg, span(p.range, last)));
                    }
                    return Err(Failure::Fail);
                }
                patterns.push(p);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::Rpar)?;
        Ok(self.pat(
            PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            start,
        ))
    }
}
