//! Call arguments (`primary '(' arguments ')'`, `genexp`) and parameter lists (`params`, `lambda_params`, `type_params`).

use super::expr::mk;
use super::{Failure, PResult, Parser, token_range};
use crate::ast::{Arg, Arguments, Expr, ExprContext, ExprKind, Keyword, TypeParam, TypeParamKind};
use crate::token::{Pos, TokenKind as T};

impl Parser<'_> {
    /// `primary '(' [arguments] ')'` and `primary genexp`.
    /// `class_bases` is set for a class's bases, where a bare generator
    /// expression is not an argument list.
    pub(crate) fn call(&mut self, func: Expr, start: Pos, class_bases: bool) -> PResult<Expr> {
        let open = self.bump();
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        while !self.at(T::Rpar) {
            let last_is_keyword =
                self.at(T::DoubleStar) || (self.at_name() && self.kind_ahead(1) == T::Equal);
            let item_start = self.start();
            if self.eat(T::DoubleStar) {
                let value = self.expression()?;
                if self.invalid_pass && self.at(T::Equal) {
                    self.bump();
                    let rhs = self.expression()?;
                    let r = super::span(self.range_from(item_start), rhs.range);
                    return Err(self.error_range("cannot assign to keyword argument unpacking", r));
                }
                keywords.push(Keyword {
                    arg: None,
                    value,
                    range: self.range_from(item_start),
                });
            } else if self.at(T::Star) {
                self.bump();
                if self.invalid_pass
                    && (matches!(self.kind(), T::Rpar | T::Comma) || !self.starts_expression())
                {
                    return Err(self.error_at_last("Invalid star expression"));
                }
                let value = self.expression()?;
                if self.invalid_pass && self.at(T::Equal) {
                    self.bump();
                    let rhs = self.expression()?;
                    let r = super::span(self.range_from(item_start), rhs.range);
                    return Err(self.error_range("cannot assign to iterable argument unpacking", r));
                }
                let starred = ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                };
                let starred = mk(starred, self.range_from(item_start));
                if keywords.iter().any(|k| k.arg.is_none()) {
                    if !self.invalid_pass {
                        return Err(Failure::Fail);
                    }
                    // `invalid_arguments`: `f(**a, *b)`, from the comma before `*b`.
                    let comma = self
                        .tokens
                        .get(self.token_index_at(item_start).saturating_sub(1))
                        .cloned();
                    if let Some(comma) = comma {
                        let msg = "iterable argument unpacking follows keyword argument unpacking";
                        return Err(self.error_starting_from(msg, &comma));
                    }
                    return Err(Failure::Fail);
                }
                args.push(starred);
            } else if self.at_name() && self.kind_ahead(1) == T::Equal {
                let name_tok = self.tok().clone();
                let (arg, _) = self.name()?;
                let eq = self.bump();
                if self.invalid_pass && matches!(self.kind(), T::Rpar | T::Comma) {
                    let r = super::span(token_range(&name_tok), token_range(&eq));
                    return Err(self.error_range("expected argument value expression", r));
                }
                let value = self.expression()?;
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    range: self.range_from(item_start),
                });
            } else {
                let e = if self.at_name() && self.kind_ahead(1) == T::ColonEqual {
                    self.assignment_expression()?
                } else {
                    let e = self.expression()?;
                    if self.at(T::ColonEqual) {
                        return Err(Failure::Fail);
                    }
                    e
                };
                if !class_bases
                    && (self.at_kw("for") || (self.at_kw("async") && self.kw_ahead(1, "for")))
                {
                    let generators = self.for_if_clauses()?;
                    if !args.is_empty() || !keywords.is_empty() || !self.at(T::Rpar) {
                        return Err(self.genexp_not_parenthesized(&e, &generators));
                    }
                    self.expect(T::Rpar)?;
                    let genexp = ExprKind::GeneratorExp {
                        elt: Box::new(e),
                        generators,
                    };
                    let g = mk(genexp, self.range_from(open.start));
                    return Ok(mk(
                        ExprKind::Call {
                            func: Box::new(func),
                            args: vec![g],
                            keywords,
                        },
                        self.range_from(start),
                    ));
                }
                if self.at(T::Equal) && self.invalid_pass {
                    return Err(self.invalid_kwarg(&e));
                }
                if !keywords.is_empty() {
                    if self.invalid_pass && !matches!(self.kind(), T::Comma | T::Rpar) {
                        self.invalid_comma_check(&e)?;
                    }
                    if self.invalid_pass {
                        // `invalid_arguments`' `args ',' args` reads the rest first.
                        self.skip_arguments();
                        let msg = if keywords.iter().any(|k| k.arg.is_none()) {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(self.error_at_last(msg));
                    }
                    return Err(Failure::Fail);
                }
                args.push(e);
            }
            if !self.eat(T::Comma) {
                if self.invalid_pass && !self.at(T::Rpar) {
                    let last = if last_is_keyword {
                        keywords.last().map(|k| k.value.clone())
                    } else {
                        args.last().cloned()
                    };
                    if let Some(last) = last {
                        self.invalid_comma_check(&last)?;
                    }
                }
                break;
            }
        }
        self.expect(T::Rpar)?;
        Ok(mk(
            ExprKind::Call {
                func: Box::new(func),
                args,
                keywords,
            },
            self.range_from(start),
        ))
    }

    /// Reads the remaining arguments up to the closing parenthesis.
    fn skip_arguments(&mut self) {
        let invalid_pass = std::mem::replace(&mut self.invalid_pass, false);
        loop {
            let before = self.pos;
            if self.eat(T::Star) || self.eat(T::DoubleStar) {
                let _ = self.expression();
            } else if self.at_name() && self.kind_ahead(1) == T::Equal {
                self.bump();
                self.bump();
                let _ = self.expression();
            } else {
                let _ = self.named_expression();
            }
            if !self.eat(T::Comma) || self.pos == before {
                break;
            }
        }
        self.invalid_pass = invalid_pass;
    }

    fn genexp_not_parenthesized(
        &mut self,
        e: &Expr,
        gens: &[crate::ast::Comprehension],
    ) -> Failure {
        let last = gens
            .last()
            .map_or(e.range, |g| g.ifs.last().map_or(g.iter.range, |i| i.range));
        self.error_range(
            "Generator expression must be parenthesized",
            super::span(e.range, last),
        )
    }

    /// `invalid_kwarg`: `f(x.y=1)`, `f(True=1)`.
    fn invalid_kwarg(&mut self, e: &Expr) -> Failure {
        if let ExprKind::Constant { value, .. } = &e.kind
            && matches!(
                value,
                crate::ast::Constant::True
                    | crate::ast::Constant::False
                    | crate::ast::Constant::None
            )
        {
            let name = super::targets::expr_name(e);
            let r = super::span(e.range, token_range(&self.tok().clone()));
            return self.error_range(&format!("cannot assign to {name}"), r);
        }
        let r = super::span(e.range, token_range(&self.tok().clone()));
        self.error_range(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            r,
        )
    }

    /// `params` (with annotations, closed by `)`) or `lambda_params` (closed by `:`).
    pub(crate) fn parameters(&mut self, annotations: bool, close: T) -> PResult<Arguments> {
        let mut posonlyargs = Vec::new();
        let mut args: Vec<Arg> = Vec::new();
        let mut defaults = Vec::new();
        let mut vararg = None;
        let mut kwonlyargs = Vec::new();
        let mut kw_defaults = Vec::new();
        let mut kwarg = None;
        let mut seen_star = false;
        let lambda = close == T::Colon;
        while !self.at(close) {
            if self.invalid_pass && self.at(T::Lpar) {
                self.parenthesized_parameters(lambda)?;
            }
            if self.at(T::Slash) {
                if args.is_empty() && posonlyargs.is_empty() && !seen_star && !self.invalid_pass {
                    return Err(Failure::Fail);
                }
                let slash = self.bump();
                if seen_star || !posonlyargs.is_empty() {
                    let msg = if seen_star {
                        "/ must be ahead of *"
                    } else {
                        "/ may appear only once"
                    };
                    return Err(self.error_token(msg, &slash));
                }
                if args.is_empty() {
                    if self.at(T::Comma) {
                        return Err(
                            self.error_token("at least one argument must precede /", &slash)
                        );
                    }
                    return Err(Failure::Fail);
                }
                if self.invalid_pass && self.at(T::Star) {
                    return Err(self.error_at_current("expected comma between / and *"));
                }
                posonlyargs = std::mem::take(&mut args);
            } else if self.at(T::Star) {
                let star = self.bump();
                if seen_star {
                    return Err(self.error_token("* argument may appear only once", &star));
                }
                seen_star = true;
                if self.at_name() {
                    vararg = Some(Box::new(self.param(annotations, true)?));
                    if self.at(T::Equal) {
                        let msg = "var-positional argument cannot have default value";
                        return Err(self.error_at_current(msg));
                    }
                } else if self.at(close)
                    || (self.at(T::Comma)
                        && matches!(self.kind_ahead(1), t if t == close || t == T::DoubleStar))
                {
                    let msg = "named arguments must follow bare *";
                    return Err(if lambda {
                        self.error_at_last(msg)
                    } else {
                        self.error_token(msg, &star)
                    });
                }
            } else if self.at(T::DoubleStar) {
                self.bump();
                kwarg = Some(Box::new(self.param(annotations, false)?));
                if self.at(T::Equal) {
                    return Err(
                        self.error_at_current("var-keyword argument cannot have default value")
                    );
                }
                self.eat(T::Comma);
                if !self.at(close) {
                    if self.invalid_pass {
                        return Err(
                            self.error_at_current("arguments cannot follow var-keyword argument")
                        );
                    }
                    return Err(Failure::Fail);
                }
                break;
            } else {
                let a = self.param(annotations, false)?;
                let default = if self.at(T::Equal) {
                    let eq = self.bump();
                    if self.invalid_pass && !lambda && matches!(self.kind(), T::Comma | T::Rpar) {
                        return Err(self.error_token("expected default value expression", &eq));
                    }
                    Some(self.expression()?)
                } else {
                    None
                };
                if seen_star {
                    kwonlyargs.push(a);
                    kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => defaults.push(d),
                        None if !defaults.is_empty() => {
                            return Err(self.error_range(
                                "parameter without a default follows parameter with a default",
                                a.range,
                            ));
                        }
                        None => {}
                    }
                    args.push(a);
                }
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(Arguments {
            posonlyargs,
            args,
            vararg,
            kwonlyargs,
            kw_defaults,
            kwarg,
            defaults,
        })
    }

    /// `invalid_parameters` / `invalid_lambda_parameters`: `(a, b)` as a parameter.
    fn parenthesized_parameters(&mut self, lambda: bool) -> PResult<()> {
        let cp = self.checkpoint();
        let open = self.bump();
        let mut names = 0;
        while self.at_name() {
            self.bump();
            names += 1;
            if !lambda && self.eat(T::Colon) && self.expression().is_err() {
                break;
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        if names > 0 && self.at(T::Rpar) {
            let close = self.bump();
            let msg = if lambda {
                "Lambda expression parameters cannot be parenthesized"
            } else {
                "Function parameters cannot be parenthesized"
            };
            return Err(self.error_range(msg, super::span(token_range(&open), token_range(&close))));
        }
        self.rewind(cp);
        Ok(())
    }

    /// One parameter name with its optional annotation (`*args` may have a starred one).
    fn param(&mut self, annotations: bool, star_annotation: bool) -> PResult<Arg> {
        let start = self.start();
        let (arg, _) = self.name()?;
        let annotation = if annotations && self.eat(T::Colon) {
            Some(Box::new(if star_annotation {
                self.star_expression()?
            } else {
                self.expression()?
            }))
        } else {
            None
        };
        Ok(Arg {
            arg,
            annotation,
            type_comment: None,
            range: self.range_from(start),
        })
    }

    /// `type_params: '[' type_param_seq ']'`
    pub(crate) fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        let mut params = Vec::new();
        if !self.eat(T::Lsqb) {
            return Ok(params);
        }
        if self.at(T::Rsqb) {
            let t = self.tok().clone();
            return Err(self.error_starting_from("Type parameter list cannot be empty", &t));
        }
        loop {
            let start = self.start();
            let kind = if self.eat(T::Star) {
                let (name, _) = self.name()?;
                if self.at(T::Colon) {
                    return Err(self.invalid_bound("TypeVarTuple"));
                }
                let default_value = self.type_param_default(true)?;
                TypeParamKind::TypeVarTuple {
                    name,
                    default_value,
                }
            } else if self.eat(T::DoubleStar) {
                let (name, _) = self.name()?;
                if self.at(T::Colon) {
                    return Err(self.invalid_bound("ParamSpec"));
                }
                let default_value = self.type_param_default(false)?;
                TypeParamKind::ParamSpec {
                    name,
                    default_value,
                }
            } else {
                let (name, _) = self.name()?;
                let bound = if self.eat(T::Colon) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                let default_value = self.type_param_default(false)?;
                TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                }
            };
            params.push(TypeParam {
                kind,
                range: self.range_from(start),
            });
            if !self.eat(T::Comma) || self.at(T::Rsqb) {
                break;
            }
        }
        self.expect(T::Rsqb)?;
        Ok(params)
    }

    /// `invalid_type_param`: a bound on `*Ts` or `**P`, from the colon on.
    fn invalid_bound(&mut self, what: &str) -> Failure {
        let colon = self.bump();
        let which = match self.expression() {
            Ok(e) if matches!(e.kind, ExprKind::Tuple { .. }) => "constraints",
            Ok(_) => "bound",
            Err(e) => return e,
        };
        self.error_starting_from(&format!("cannot use {which} with {what}"), &colon)
    }

    fn type_param_default(&mut self, starred: bool) -> PResult<Option<Box<Expr>>> {
        if !self.eat(T::Equal) {
            return Ok(None);
        }
        Ok(Some(Box::new(if starred {
            self.star_expression()?
        } else {
            self.expression()?
        })))
    }
}
