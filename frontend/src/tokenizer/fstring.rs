//! f-strings and t-strings (PEP 701, PEP 750): the `f_string_quote` part of `tok_get_normal_mode` and `tok_get_fstring_mode` in Parser/lexer/lexer.c.

use super::{EOF, FSTRING_PLAIN_BYTE, FString, Lex, Lexer, MAX_EXPR_NESTING, MAX_FSTRING_LEVEL};
use crate::token::TokenKind;

impl FString {
    fn middle_kind(&self) -> TokenKind {
        if self.tstring {
            TokenKind::TstringMiddle
        } else {
            TokenKind::FstringMiddle
        }
    }
}

impl Lexer<'_> {
    /// FSTRING_START / TSTRING_START: the prefix at `start` and the opening
    /// quote `quote` (already read).
    pub(super) fn fstring_start(
        &mut self,
        start: usize,
        quote: i32,
        tstring: bool,
        raw: bool,
    ) -> Lex<TokenKind> {
        let mut quote_size = 1;
        self.first_lineno = self.line;
        self.multi_line_start = self.line_start;
        let after_quote = self.next();
        if after_quote == quote {
            let after_after_quote = self.next();
            if after_after_quote == quote {
                quote_size = 3;
            } else {
                self.backup(after_after_quote);
                self.backup(after_quote);
            }
        }
        if after_quote != quote {
            self.backup(after_quote);
        }
        if self.fstrings.len() + 1 >= MAX_FSTRING_LEVEL {
            return Err(self.error_here("too many nested f-strings or t-strings"));
        }
        self.fstrings.push(FString {
            in_literal: true,
            tstring,
            raw,
            quote: quote as u8,
            quote_size,
            start,
            start_line: self.line,
            start_line_begin: self.line_start,
            curly_bracket_depth: 0,
            curly_bracket_expr_start_depth: -1,
            in_format_spec: false,
        });
        let kind = if tstring {
            TokenKind::TstringStart
        } else {
            TokenKind::FstringStart
        };
        let pos = self.pos;
        Ok(self.make(kind, start, pos))
    }

    /// `tok_get_fstring_mode`: the literal part of the innermost f-string.
    pub(super) fn fstring_token(&mut self) -> Lex<TokenKind> {
        let Some(&f) = self.fstrings.last() else {
            return self.normal_token();
        };
        let start = self.pos;
        self.in_token = true;
        self.first_lineno = self.line;

        // A replacement field right away: nothing literal to return first.
        let start_char = self.next();
        if start_char == i32::from(b'{') {
            let peek = self.next();
            self.backup(peek);
            self.backup(start_char);
            if peek != i32::from(b'{') {
                self.enter_expression()?;
                return self.normal_token();
            }
        } else {
            self.backup(start_char);
        }

        // The closing quotes?
        let mut closed = true;
        for _ in 0..f.quote_size {
            let c = self.next();
            if c != i32::from(f.quote) {
                self.backup(c);
                closed = false;
                break;
            }
        }
        if closed {
            self.fstrings.pop();
            let kind = if f.tstring {
                TokenKind::TstringEnd
            } else {
                TokenKind::FstringEnd
            };
            let pos = self.pos;
            return Ok(self.make(kind, start, pos));
        }

        self.multi_line_start = self.line_start;
        let mut end_quote_size = 0;
        let mut unicode_escape = false;
        while end_quote_size != f.quote_size {
            if end_quote_size == 0 {
                self.skip_while(&FSTRING_PLAIN_BYTE);
            }
            let c = self.next();
            let in_format_spec = f.in_format_spec && f.in_expr();
            if c == EOF || (f.quote_size == 1 && c == i32::from(b'\n')) {
                if in_format_spec && c == i32::from(b'\n') {
                    let p = f.prefix();
                    let msg = format!(
                        "{p}-string: newlines are not allowed in format specifiers for single quoted {p}-strings"
                    );
                    return Err(self.error_here(&msg));
                }
                let detected = self.line;
                let msg = if f.quote_size == 3 {
                    format!(
                        "unterminated triple-quoted {}-string literal (detected at line {detected})",
                        f.prefix()
                    )
                } else {
                    format!(
                        "unterminated {}-string literal (detected at line {detected})",
                        f.prefix()
                    )
                };
                let stop = self.error_at(f.start_line, f.start_line_begin, f.start + 1, &msg);
                // CPython's E_EOFS, for triple-quoted ones only.
                self.error_at_eof = f.quote_size == 3 && c == EOF;
                return Err(stop);
            }
            if c == i32::from(f.quote) {
                end_quote_size += 1;
                continue;
            }
            end_quote_size = 0;

            if c == i32::from(b'{') {
                let peek = self.next();
                if peek != i32::from(b'{') || in_format_spec {
                    self.backup(peek);
                    self.backup(c);
                    self.enter_expression()?;
                    if let Some(top) = self.fstrings.last_mut() {
                        top.in_format_spec = false;
                    }
                    let pos = self.pos;
                    return Ok(self.make(f.middle_kind(), start, pos));
                }
                // "{{": the middle ends after the first brace; the second is skipped.
                let pos = self.pos;
                return Ok(self.make(f.middle_kind(), start, pos - 1));
            }
            if c == i32::from(b'}') {
                if unicode_escape {
                    let pos = self.pos;
                    return Ok(self.make(f.middle_kind(), start, pos));
                }
                let peek = self.next();
                if peek == i32::from(b'}') && !in_format_spec && f.curly_bracket_depth == 0 {
                    let pos = self.pos;
                    return Ok(self.make(f.middle_kind(), start, pos - 1));
                }
                self.backup(peek);
                self.backup(c);
                if let Some(top) = self.fstrings.last_mut() {
                    top.in_literal = false;
                    top.in_format_spec = false;
                }
                let pos = self.pos;
                return Ok(self.make(f.middle_kind(), start, pos));
            }
            if c == i32::from(b'\\') {
                let mut peek = self.next();
                if peek == i32::from(b'\r') {
                    peek = self.next();
                }
                if peek == i32::from(b'{') || peek == i32::from(b'}') {
                    // The brace is not escaped: it opens or closes a field.
                    if !f.raw {
                        self.warn_invalid_escape(peek as u8 as char);
                    }
                    self.backup(peek);
                    continue;
                }
                if !f.raw && peek == i32::from(b'N') {
                    let brace = self.next();
                    if brace == i32::from(b'{') {
                        unicode_escape = true;
                    } else {
                        self.backup(brace);
                    }
                }
            }
        }
        // The closing quotes: back up so that FSTRING_END gets them.
        for _ in 0..f.quote_size {
            self.backup(i32::from(f.quote));
        }
        let pos = self.pos;
        Ok(self.make(f.middle_kind(), start, pos))
    }

    /// A '{' that opens a replacement field: switch to expression mode.
    fn enter_expression(&mut self) -> Lex<()> {
        let Some(f) = self.fstrings.last_mut() else {
            return Ok(());
        };
        f.curly_bracket_expr_start_depth += 1;
        if f.curly_bracket_expr_start_depth >= MAX_EXPR_NESTING {
            let msg = format!("{}-string: expressions nested too deeply", f.prefix());
            return Err(self.error_here(&msg));
        }
        f.in_literal = false;
        Ok(())
    }
}
