//! Number literals: the number part of `tok_get_normal_mode` and `verify_end_of_number` in Parser/lexer/lexer.c.

use super::{EOF, Lex, Lexer, is_digit, is_potential_identifier_char};
use crate::token::TokenKind;

fn is(c: i32, ch: u8) -> bool {
    c == i32::from(ch)
}

fn is_either(c: i32, ch: u8) -> bool {
    (c | 0x20) == i32::from(ch)
}

fn is_hex(c: i32) -> bool {
    is_digit(c) || (i32::from(b'a')..=i32::from(b'f')).contains(&(c | 0x20))
}

fn is_octal(c: i32) -> bool {
    (i32::from(b'0')..i32::from(b'8')).contains(&c)
}

fn is_binary(c: i32) -> bool {
    is(c, b'0') || is(c, b'1')
}

impl Lexer<'_> {
    /// A number starting with the digit `first` at `start`.
    pub(super) fn number(&mut self, start: usize, first: i32) -> Lex<TokenKind> {
        if !is(first, b'0') {
            let c = self.decimal_tail()?;
            if is(c, b'.') {
                let c = self.next();
                return self.fraction(start, c);
            }
            return self.after_mantissa(start, c);
        }
        let c = self.next();
        if is_either(c, b'x') {
            let c = self.radix_digits(is_hex, "hexadecimal", false)?;
            return self.finish_number(start, c, "hexadecimal");
        }
        if is_either(c, b'o') {
            let c = self.radix_digits(is_octal, "octal", true)?;
            return self.finish_number(start, c, "octal");
        }
        if is_either(c, b'b') {
            let c = self.radix_digits(is_binary, "binary", true)?;
            return self.finish_number(start, c, "binary");
        }
        // Zeros, maybe followed by more digits (only valid before a
        // fraction, an exponent or 'j').
        let mut c = c;
        loop {
            if is(c, b'_') {
                c = self.next();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error_here("invalid decimal literal"));
                }
            }
            if !is(c, b'0') {
                break;
            }
            c = self.next();
        }
        let zeros_end = self.pos;
        let nonzero = is_digit(c);
        if nonzero {
            c = self.decimal_tail()?;
        }
        if is(c, b'.') {
            let c = self.next();
            return self.fraction(start, c);
        }
        if is_either(c, b'e') {
            return self.exponent(start, c);
        }
        if is_either(c, b'j') {
            return self.imaginary(start);
        }
        if nonzero && !self.extra {
            self.backup(c);
            let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
            return Err(self.error_known_range(
                start + 1 - self.line_start,
                zeros_end - self.line_start,
                msg,
            ));
        }
        self.finish_number(start, c, "decimal")
    }

    /// The digits of a hexadecimal, octal or binary literal after its prefix;
    /// returns the character after them.
    fn radix_digits(
        &mut self,
        is_radix_digit: fn(i32) -> bool,
        kind: &str,
        digit_error: bool,
    ) -> Lex<i32> {
        let mut c = self.next();
        loop {
            if is(c, b'_') {
                c = self.next();
            }
            if !is_radix_digit(c) {
                if digit_error && is_digit(c) {
                    let msg = format!("invalid digit '{}' in {kind} literal", c as u8 as char);
                    return Err(self.error_here(&msg));
                }
                self.backup(c);
                return Err(self.error_here(&format!("invalid {kind} literal")));
            }
            loop {
                c = self.next();
                if !is_radix_digit(c) {
                    break;
                }
            }
            if !is(c, b'_') {
                break;
            }
        }
        if digit_error && is_digit(c) {
            let msg = format!("invalid digit '{}' in {kind} literal", c as u8 as char);
            return Err(self.error_here(&msg));
        }
        Ok(c)
    }

    /// `tok_decimal_tail`: digits with single underscores between them;
    /// returns the character after them.
    fn decimal_tail(&mut self) -> Lex<i32> {
        loop {
            let mut c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if !is(c, b'_') {
                return Ok(c);
            }
            c = self.next();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error_here("invalid decimal literal"));
            }
        }
    }

    /// After the dot of a float (or of a number starting with a dot): `c`
    /// is the character after it.
    pub(super) fn fraction(&mut self, start: usize, c: i32) -> Lex<TokenKind> {
        let c = if is_digit(c) { self.decimal_tail()? } else { c };
        self.after_mantissa(start, c)
    }

    fn after_mantissa(&mut self, start: usize, c: i32) -> Lex<TokenKind> {
        if is_either(c, b'e') {
            return self.exponent(start, c);
        }
        if is_either(c, b'j') {
            return self.imaginary(start);
        }
        self.finish_number(start, c, "decimal")
    }

    /// After the 'e' of an exponent (read as `e`).
    fn exponent(&mut self, start: usize, e: i32) -> Lex<TokenKind> {
        let mut c = self.next();
        if is(c, b'+') || is(c, b'-') {
            c = self.next();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error_here("invalid decimal literal"));
            }
        } else if !is_digit(c) {
            // Not an exponent: the number ends before the 'e'.
            self.backup(c);
            self.verify_end_of_number(e, "decimal")?;
            self.backup(e);
            let pos = self.pos;
            return Ok(self.make(TokenKind::Number, start, pos));
        }
        let c = self.decimal_tail()?;
        if is_either(c, b'j') {
            return self.imaginary(start);
        }
        self.finish_number(start, c, "decimal")
    }

    /// After the 'j' of an imaginary literal.
    fn imaginary(&mut self, start: usize) -> Lex<TokenKind> {
        let c = self.next();
        self.finish_number(start, c, "imaginary")
    }

    /// Checks what follows the number (`c`, already read) and makes the token.
    fn finish_number(&mut self, start: usize, c: i32, kind: &str) -> Lex<TokenKind> {
        self.verify_end_of_number(c, kind)?;
        self.backup(c);
        let pos = self.pos;
        Ok(self.make(TokenKind::Number, start, pos))
    }

    /// `verify_end_of_number`: a number directly followed by a keyword that
    /// may follow one in valid code gets a warning; by any other name
    /// character, an error.
    fn verify_end_of_number(&mut self, c: i32, kind: &str) -> Lex<()> {
        if self.extra {
            return Ok(());
        }
        let keyword_follows = match u8::try_from(c).unwrap_or(0) {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => {
                let c2 = self.next();
                self.backup(c2);
                is(c2, b'f') || is(c2, b'n') || is(c2, b's')
            }
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if keyword_follows {
            self.backup(c);
            self.warn(format!("invalid {kind} literal"));
            self.next();
            return Ok(());
        }
        if c != EOF && c < 128 && is_potential_identifier_char(c) {
            self.backup(c);
            return Err(self.error_here(&format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// `lookahead`: whether `rest` follows, then a non-name character; reads nothing.
    fn lookahead(&mut self, rest: &[u8]) -> bool {
        let at = self.pos;
        let matches = rest
            .iter()
            .enumerate()
            .all(|(i, &b)| self.peek_byte(at + i) == i32::from(b));
        matches && !is_potential_identifier_char(self.peek_byte(at + rest.len()))
    }
}
