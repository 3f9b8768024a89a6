//! String atoms: implicit concatenation, f-strings and t-strings; mirrors `_PyPegen_concatenate_strings`, `_PyPegen_joined_str` and `_PyPegen_formatted_value` (Parser/action_helpers.c).

use super::expr::mk;
use super::{Failure, PResult, Parser, span, token_range};
use crate::ast::{Constant, Expr, ExprKind, PyStr, Range};
use crate::literal::{self, InvalidEscape, Prefix};
use crate::token::{Pos, Token, TokenKind as T};

impl Parser<'_> {
    /// `strings: (fstring | tstring | STRING)+`
    pub(crate) fn strings(&mut self) -> PResult<Expr> {
        let start = self.start();
        let (mut bytes_found, mut unicode_found, mut fstring_found, mut tstring_found) =
            (false, false, false, false);
        let mut parts = Vec::new();
        loop {
            match self.kind() {
                T::String => {
                    let t = self.bump();
                    let c = self.string_constant(&t)?;
                    // The common case, one plain string or bytes literal, is its own value.
                    if parts.is_empty()
                        && !matches!(self.kind(), T::String | T::FstringStart | T::TstringStart)
                    {
                        return Ok(c);
                    }
                    if matches!(
                        c.kind,
                        ExprKind::Constant {
                            value: Constant::Bytes(_),
                            ..
                        }
                    ) {
                        bytes_found = true;
                    } else {
                        unicode_found = true;
                    }
                    parts.push(c);
                }
                T::FstringStart => {
                    fstring_found = true;
                    parts.push(self.fstring(false)?);
                }
                T::TstringStart => {
                    tstring_found = true;
                    parts.push(self.fstring(true)?);
                }
                _ => break,
            }
        }
        let whole = self.range_from(start);
        if tstring_found && (bytes_found || unicode_found || fstring_found) {
            return Err(self.error_range(
                "cannot mix t-string literals with string or bytes literals",
                whole,
            ));
        }
        if bytes_found && (unicode_found || fstring_found) {
            return Err(self.error_at_last("cannot mix bytes and nonbytes literals"));
        }
        if bytes_found {
            let mut value = Vec::new();
            for p in parts {
                if let ExprKind::Constant {
                    value: Constant::Bytes(b),
                    ..
                } = p.kind
                {
                    value.extend(b);
                }
            }
            return Ok(mk(
                ExprKind::Constant {
                    value: Constant::Bytes(value),
                    kind: None,
                },
                whole,
            ));
        }
        let joined = fstring_found || tstring_found;
        if !joined && parts.len() == 1 {
            return parts.pop().ok_or(Failure::Fail);
        }
        let mut flat = Vec::new();
        for p in parts {
            match p.kind {
                ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                    flat.extend(values)
                }
                _ => flat.push(p),
            }
        }
        let values = fold_constants(flat, joined);
        if !joined {
            let mut values = values;
            return values.pop().ok_or(Failure::Fail);
        }
        let kind = if tstring_found {
            ExprKind::TemplateStr { values }
        } else {
            ExprKind::JoinedStr { values }
        };
        Ok(mk(kind, whole))
    }

    /// A STRING token's value as a `Constant` (with `kind='u'` for a `u` prefix).
    fn string_constant(&mut self, t: &Token) -> PResult<Expr> {
        let text = self.token_text(t);
        let prefix = Prefix::of(text);
        let body = literal::string_body(text);
        let body_offset = body.as_ptr() as usize - text.as_ptr() as usize;
        let range = token_range(t);
        let mut invalid = Vec::new();
        let value = if prefix.bytes {
            if !body.is_ascii() {
                return Err(
                    self.error_range("bytes can only contain ASCII literal characters", range)
                );
            }
            let b = if prefix.raw {
                body.as_bytes().to_vec()
            } else {
                self.decode(|w| literal::decode_bytes(body, w), &mut invalid, range)?
            };
            Constant::Bytes(b)
        } else {
            let s = if prefix.raw {
                PyStr::from(body)
            } else {
                self.decode(|w| literal::decode_str(body, w), &mut invalid, range)?
            };
            Constant::Str(s)
        };
        let literal = if prefix.bytes {
            Literal::Bytes
        } else {
            Literal::Str
        };
        self.escape_warnings(&invalid, t, body_offset, literal);
        let kind = if text.starts_with('u') {
            Some("u".to_string())
        } else {
            None
        };
        Ok(mk(ExprKind::Constant { value, kind }, range))
    }

    fn decode<V>(
        &mut self,
        f: impl FnOnce(&mut Vec<InvalidEscape>) -> Result<V, literal::DecodeError>,
        invalid: &mut Vec<InvalidEscape>,
        range: Range,
    ) -> PResult<V> {
        f(invalid).map_err(|e| self.error_range(&e.msg, range))
    }

    /// `warn_invalid_escape_sequence`: one `SyntaxWarning` per invalid
    /// escape. As an error it is two characters wide, at the escape in a
    /// `str` literal (`body_offset` is where the decoded text starts inside
    /// token `t`), at the literal's start in a `bytes` one, and where the
    /// tokenizer stands (the end of the line) in an f-string.
    fn escape_warnings(
        &mut self,
        invalid: &[InvalidEscape],
        t: &Token,
        body_offset: usize,
        kind: Literal,
    ) {
        for esc in invalid {
            let what = if esc.octal {
                "invalid octal escape sequence"
            } else {
                "invalid escape sequence"
            };
            let text = &esc.text;
            let message = format!(
                "\"\\{text}\" is an {what}. Such sequences will not work in the future. Did you mean \"\\\\{text}\"? A raw string is also an option."
            );
            let error_msg = format!(
                "\"\\{text}\" is an {what}. Did you mean \"\\\\{text}\"? A raw string is also an option."
            );
            let (start, end) = match kind {
                Literal::Str => {
                    let start = self.pos_in_token(t, body_offset + esc.offset);
                    (
                        start,
                        Pos {
                            line: start.line,
                            col: start.col + 2,
                        },
                    )
                }
                Literal::Bytes => (
                    t.start,
                    Pos {
                        line: t.start.line,
                        col: t.start.col + 2,
                    },
                ),
                Literal::FstringPart => {
                    let at = self.pos_in_token(t, esc.offset);
                    let line_end = self.source[t.range.start as usize..]
                        .find('\n')
                        .map_or(self.source.len(), |i| t.range.start as usize + i);
                    let line_start = self.source[..line_end].rfind('\n').map_or(0, |i| i + 1);
                    let cursor = Pos {
                        line: at.line,
                        col: (line_end - line_start + 1) as u32,
                    };
                    (cursor, cursor)
                }
            };
            self.warn(message, &error_msg, start, end);
        }
    }

    /// `fstring: FSTRING_START fstring_middle* FSTRING_END` (or the t-string twin).
    fn fstring(&mut self, template: bool) -> PResult<Expr> {
        let start_tok = self.bump();
        let raw = Prefix::of(self.token_text(&start_tok)).raw;
        let (middle, end) = if template {
            (T::TstringMiddle, T::TstringEnd)
        } else {
            (T::FstringMiddle, T::FstringEnd)
        };
        let mut values = Vec::new();
        loop {
            let k = self.kind();
            if k == end {
                break;
            }
            if k == middle {
                let t = self.bump();
                if let Some(c) = self.fstring_middle(&t, raw)? {
                    values.push(c);
                }
            } else if k == T::Lbrace {
                self.replacement_field(template, raw, &mut values)?;
            } else {
                return Err(Failure::Fail);
            }
        }
        let end_tok = self.bump();
        let range = span(token_range(&start_tok), token_range(&end_tok));
        let kind = if template {
            ExprKind::TemplateStr { values }
        } else {
            ExprKind::JoinedStr { values }
        };
        Ok(mk(kind, range))
    }

    /// A literal part of an f-string; `None` when it decodes to nothing.
    fn fstring_middle(&mut self, t: &Token, raw: bool) -> PResult<Option<Expr>> {
        let text = self.token_text(t);
        let mut range = token_range(t);
        // An escaped brace (`{{`, `}}`) ends the part after both braces, as
        // CPython's tokenizer reports it, whether or not the token's text
        // already covers the second one.
        if let Some(last) = text.chars().last().filter(|c| matches!(c, '{' | '}')) {
            let run = text.chars().rev().take_while(|&c| c == last).count();
            let next = self.source.as_bytes().get(t.range.end as usize).copied();
            if run % 2 == 1 && next == Some(last as u8) {
                range.end_col_offset += 1;
            }
        }
        let text = text.replace("{{", "{").replace("}}", "}");
        let mut invalid = Vec::new();
        let value = if raw || !text.contains('\\') {
            PyStr::from(text)
        } else {
            // A lone backslash before a replacement field's `{` stays, as
            // the invalid escape `\{`.
            let trailing = text.chars().rev().take_while(|&c| c == '\\').count();
            let body = if trailing % 2 == 1 {
                &text[..text.len() - 1]
            } else {
                &text[..]
            };
            let mut value = self.decode(|w| literal::decode_str(body, w), &mut invalid, range)?;
            if trailing % 2 == 1 {
                value.push_str("\\");
                let next = self.source[t.range.end as usize..]
                    .chars()
                    .next()
                    .unwrap_or('{');
                invalid.push(InvalidEscape {
                    offset: body.len(),
                    text: next.to_string(),
                    octal: false,
                });
            }
            value
        };
        self.escape_warnings(&invalid, t, 0, Literal::FstringPart);
        if value.is_empty() {
            return Ok(None);
        }
        Ok(Some(mk(
            ExprKind::Constant {
                value: Constant::Str(value),
                kind: None,
            },
            range,
        )))
    }

    /// `fstring_replacement_field: '{' (yield_expr | star_expressions) '='? [conversion] [format_spec] '}'`
    fn replacement_field(&mut self, template: bool, raw: bool, out: &mut Vec<Expr>) -> PResult<()> {
        let open = self.bump();
        let prefix = if template { "t-string" } else { "f-string" };
        if self.invalid_pass {
            self.invalid_replacement_start(prefix)?;
        }
        let value = if self.at_kw("yield") {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if self.invalid_pass
            && !matches!(
                self.kind(),
                T::Equal | T::Exclamation | T::Colon | T::Rbrace
            )
        {
            self.invalid_comma_check(&value)?;
        }
        let debug = if self.at(T::Equal) {
            Some(self.bump())
        } else {
            None
        };
        let mut conversion = -1;
        let mut conversion_tok = None;
        let mut bang_start = None;
        if self.at(T::Exclamation) {
            let bang = self.bump();
            bang_start = Some(bang.range.start);
            let name = self.tok().clone();
            if name.kind != T::Name {
                return Err(self.error_token("f-string: missing conversion character", &name));
            }
            if name.start != bang.end {
                return Err(self.error_token(
                    "f-string: conversion type must come right after the exclamanation mark",
                    &name,
                ));
            }
            self.bump();
            conversion = match self.token_text(&name) {
                "s" => i32::from(b's'),
                "r" => i32::from(b'r'),
                "a" => i32::from(b'a'),
                other => {
                    let msg = format!(
                        "f-string: invalid conversion character '{other}': expected 's', 'r', or 'a'"
                    );
                    return Err(self.error_token(&msg, &name));
                }
            };
            conversion_tok = Some(name);
        }
        if self.invalid_pass && !matches!(self.kind(), T::Colon | T::Rbrace) {
            let msg = if conversion_tok.is_some() {
                format!("{prefix}: expecting ':' or '}}'")
            } else if debug.is_some() {
                format!("{prefix}: expecting '!', or ':', or '}}'")
            } else {
                format!("{prefix}: expecting '=', or '!', or ':', or '}}'")
            };
            return Err(self.error_at_current(&msg));
        }
        let mut format_spec = None;
        let mut colon_tok = None;
        if self.at(T::Colon) {
            let colon = self.bump();
            format_spec = Some(Box::new(self.format_spec(&colon, template, raw)?));
            colon_tok = Some(colon);
            if self.invalid_pass && !self.at(T::Rbrace) {
                return Err(
                    self.error_at_current(&format!("{prefix}: expecting '}}', or format specs"))
                );
            }
        }
        let close = self.expect(T::Rbrace)?;
        let range = span(token_range(&open), token_range(&close));
        if debug.is_some() && conversion_tok.is_none() && format_spec.is_none() {
            conversion = i32::from(b'r');
        }
        let text_end = match (&conversion_tok, &colon_tok) {
            (Some(c), _) => c.start.col.saturating_sub(1),
            (None, Some(colon)) => colon.start.col,
            (None, None) => close.start.col,
        };
        let text_end_line = conversion_tok
            .as_ref()
            .or(colon_tok.as_ref())
            .map_or(close.start.line, |t| t.start.line);
        // The source between the braces up to the conversion or format spec.
        let field_end = bang_start
            .or(colon_tok.as_ref().map(|c| c.range.start))
            .unwrap_or(close.range.start);
        let field_text = self
            .source
            .get(open.range.end as usize..field_end as usize)
            .unwrap_or("");
        if debug.is_some() {
            let debug_range = Range {
                lineno: open.start.line,
                col_offset: open.start.col + 1,
                end_lineno: text_end_line,
                end_col_offset: text_end,
            };
            out.push(mk(
                ExprKind::Constant {
                    value: Constant::Str(PyStr::from(field_text)),
                    kind: None,
                },
                debug_range,
            ));
        }
        let value = Box::new(value);
        let kind = if template {
            let text = match &debug {
                Some(eq) => self
                    .source
                    .get(open.range.end as usize..eq.range.start as usize)
                    .unwrap_or(""),
                None => field_text,
            };
            let text = text.trim_end_matches([' ', '\t', '\x0c', '\n', '\r']);
            ExprKind::Interpolation {
                value,
                str: Constant::Str(PyStr::from(text)),
                conversion,
                format_spec,
            }
        } else {
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            }
        };
        out.push(mk(kind, range));
        Ok(())
    }

    /// `invalid_replacement_field`'s checks right after the `{`.
    fn invalid_replacement_start(&mut self, prefix: &str) -> PResult<()> {
        let t = self.tok().clone();
        let before = match t.kind {
            T::Exclamation => Some('!'),
            T::Colon => Some(':'),
            T::Equal => Some('='),
            T::Rbrace => Some('}'),
            _ => None,
        };
        if let Some(c) = before {
            return Err(self.error_token(
                &format!("{prefix}: valid expression required before '{c}'"),
                &t,
            ));
        }
        if self.at_kw("lambda") {
            let cp = self.checkpoint();
            self.bump();
            let params = self.parameters(false, T::Colon);
            if params.is_ok() && self.at(T::Colon) {
                let colon = self.bump();
                if matches!(self.kind(), T::FstringMiddle | T::TstringMiddle) {
                    let msg =
                        format!("{prefix}: lambda expressions are not allowed without parentheses");
                    return Err(self.error_range(&msg, span(token_range(&t), token_range(&colon))));
                }
            }
            self.rewind(cp);
        }
        // `'{' !annotated_rhs`
        let cp = self.checkpoint();
        let value = if self.at_kw("yield") {
            self.yield_expr()
        } else {
            self.star_expressions()
        };
        self.rewind(cp);
        match value {
            Err(Failure::Fail) => {
                let msg = format!("{prefix}: expecting a valid expression after '{{'");
                return Err(self.error_token(&msg, &t));
            }
            Err(e) => return Err(e),
            Ok(_) => {}
        }
        Ok(())
    }

    /// `fstring_format_spec*` after ':', as a JoinedStr from the colon to the last part.
    fn format_spec(&mut self, colon: &Token, template: bool, raw: bool) -> PResult<Expr> {
        let middle = if template {
            T::TstringMiddle
        } else {
            T::FstringMiddle
        };
        let mut values = Vec::new();
        loop {
            let k = self.kind();
            if k == middle {
                let t = self.bump();
                if let Some(c) = self.fstring_middle(&t, raw)? {
                    values.push(c);
                }
            } else if k == T::Lbrace {
                self.replacement_field(false, raw, &mut values)?;
            } else {
                break;
            }
        }
        let range = Range {
            lineno: colon.start.line,
            col_offset: colon.start.col,
            end_lineno: self.prev_end.line,
            end_col_offset: self.prev_end.col,
        };
        Ok(mk(
            ExprKind::JoinedStr {
                values: fold_constants(values, true),
            },
            range,
        ))
    }
}

/// Which kind of literal an escape sequence is in.
#[derive(Clone, Copy)]
enum Literal {
    Str,
    Bytes,
    FstringPart,
}

/// Merges runs of adjacent string constants (positions from the first to the
/// last) and, in f-strings, drops empty ones.
fn fold_constants(flat: Vec<Expr>, joined: bool) -> Vec<Expr> {
    let mut values: Vec<Expr> = Vec::with_capacity(flat.len());
    let mut prev_constant = false;
    for e in flat {
        let is_str = matches!(
            e.kind,
            ExprKind::Constant {
                value: Constant::Str(_),
                ..
            }
        );
        if is_str
            && prev_constant
            && let Some(last) = values.last_mut()
            && let (
                ExprKind::Constant {
                    value: Constant::Str(a),
                    ..
                },
                ExprKind::Constant {
                    value: Constant::Str(b),
                    ..
                },
            ) = (&mut last.kind, &e.kind)
        {
            a.push_pystr(b);
            last.range = span(last.range, e.range);
            continue;
        }
        prev_constant = is_str;
        values.push(e);
    }
    if joined {
        values.retain(|e| !matches!(&e.kind, ExprKind::Constant { value: Constant::Str(s), .. } if s.is_empty()));
    }
    values
}
