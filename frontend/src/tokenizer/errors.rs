//! Tokenizer errors located as CPython reports them: `_PyTokenizer_syntaxerror` (Parser/tokenizer/helpers.c) for the errors the tokenizer raises, `_Pypegen_tokenizer_error` (Parser/pegen_errors.c) for the error codes the parser turns into exceptions.

use super::{Lexer, Paren, Stop};
use crate::error::{ErrorKind, SyntaxError};

/// What CPython's re-tokenization after a parser error
/// (`_PyPegen_tokenize_full_source_to_check_for_errors`) makes of the
/// tokenizer error further on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum AfterParseError {
    /// The parser's error stands: no tokenizer error, or one CPython's
    /// re-check ignores (indentation errors, or any error inside an f-string).
    #[default]
    Keep,
    /// The tokenizer raised `error` itself, which replaces the parser's.
    Replace,
    /// A bracket opened on `line` is still open when the tokenizer stops:
    /// `error` ("'(' was never closed") replaces a parser error attached to
    /// a later line.
    UnclosedParen { line: u32, error: SyntaxError },
}

/// A `SyntaxWarning` the tokenizer issues (`warn_explicit` at `lineno`), and
/// the `SyntaxError` CPython raises in its place when warnings are errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenWarning {
    pub message: String,
    pub lineno: u32,
    pub as_error: SyntaxError,
    /// Whether the tokenizer raises `as_error` itself (`_syntaxerror_range`,
    /// whose `text` is the line without its newline) rather than the parser.
    pub from_tokenizer: bool,
}

/// The error codes (`tok->done`) the tokenizer stops with without raising.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Code {
    Eof,
    Dedent,
    TabSpace,
    TooDeep,
    LineCont,
}

/// Characters in UTF-8 bytes (each non-continuation byte starts one; a cut
/// sequence counts as the one replacement character CPython decodes it to).
pub(super) fn char_count(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32
}

/// `_PyPegen_byte_offset_to_character_offset`: a 1-based byte column of
/// `line` as a character column (CPython decodes `col` bytes, reading the
/// terminating NUL as one more character when `col` is one past the end).
fn byte_to_char(line: &[u8], col: usize) -> u32 {
    let col = col.min(line.len() + 1);
    char_count(&line[..col.min(line.len())]) + (col - col.min(line.len())) as u32
}

/// A one-line tokenizer error; an `end_offset` of `None` is CPython's -1.
fn error(
    kind: ErrorKind,
    msg: String,
    lineno: u32,
    offset: u32,
    end_offset: Option<u32>,
) -> SyntaxError {
    SyntaxError {
        kind,
        msg,
        lineno: Some(lineno),
        offset: Some(crate::error::offset(offset)),
        end_lineno: Some(lineno),
        end_offset: Some(end_offset.map_or(-1, crate::error::offset)),
    }
}

impl Lexer<'_> {
    /// The text of the line starting at `line_start`, newline included (the
    /// newline CPython appends to a last line without one is not there, as
    /// in the file CPython rereads for the error line).
    pub(super) fn line_text(&self, line_start: usize) -> &[u8] {
        let rest = &self.src[line_start.min(self.src.len())..];
        &rest[..rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1)]
    }

    /// Records an error the tokenizer raises itself (`tok->done = E_ERROR`):
    /// it replaces an earlier parser error unless it happens in an f-string.
    fn raised(&mut self, err: SyntaxError) -> Stop {
        self.after_parse_error = if self.fstrings.is_empty() {
            AfterParseError::Replace
        } else {
            AfterParseError::Keep
        };
        self.error = Some(err);
        Stop
    }

    /// `_PyTokenizer_syntaxerror` at an explicit cursor: the column is the
    /// number of characters from `line_start` to `cur`.
    pub(super) fn error_at(
        &mut self,
        lineno: u32,
        line_start: usize,
        cur: usize,
        msg: &str,
    ) -> Stop {
        let end = cur.min(self.src.len()).max(line_start.min(self.src.len()));
        let col = char_count(&self.src[line_start.min(self.src.len())..end]) + (cur - end) as u32;
        self.raised(error(
            ErrorKind::SyntaxError,
            msg.to_owned(),
            lineno,
            col,
            Some(col),
        ))
    }

    /// `_PyTokenizer_syntaxerror` at the cursor.
    pub(super) fn error_here(&mut self, msg: &str) -> Stop {
        self.error_at(self.line, self.line_start, self.pos, msg)
    }

    /// `_PyTokenizer_syntaxerror_known_range`: columns given in bytes, 1-based.
    pub(super) fn error_known_range(&mut self, col: usize, end_col: usize, msg: &str) -> Stop {
        let err = error(
            ErrorKind::SyntaxError,
            msg.to_owned(),
            self.line,
            col as u32,
            Some(end_col as u32),
        );
        self.raised(err)
    }

    /// `_PyTokenizer_parser_warn`: a SyntaxWarning at the cursor; as an
    /// error it keeps its message.
    pub(super) fn warn(&mut self, message: String) {
        let as_error = self.error_record(message.clone());
        self.warnings.push(TokenWarning {
            message,
            lineno: self.line,
            as_error,
            from_tokenizer: true,
        });
    }

    /// `_PyTokenizer_warn_invalid_escape_sequence` for `\{` or `\}` in an
    /// f-string's literal part (the string parser leaves those to the tokenizer).
    pub(super) fn warn_invalid_escape(&mut self, escaped: char) {
        let message = format!(
            "\"\\{escaped}\" is an invalid escape sequence. Such sequences will not work in the future. \
             Did you mean \"\\\\{escaped}\"? A raw string is also an option."
        );
        let as_error = self.error_record(format!(
            "\"\\{escaped}\" is an invalid escape sequence. Did you mean \"\\\\{escaped}\"? A raw string is also an option."
        ));
        self.warnings.push(TokenWarning {
            message,
            lineno: self.line,
            as_error,
            from_tokenizer: true,
        });
    }

    /// The error `_PyTokenizer_syntaxerror` would raise at the cursor.
    fn error_record(&self, msg: String) -> SyntaxError {
        let from = self.line_start.min(self.pos).min(self.src.len());
        let col = char_count(&self.src[from..self.pos.min(self.src.len())]);
        error(ErrorKind::SyntaxError, msg, self.line, col, Some(col))
    }

    /// "invalid character" for a character no token can start with or
    /// contain; the cursor is just past it.
    pub(super) fn invalid_character(&mut self, ch: char) -> Stop {
        let msg = if is_printable(ch) {
            format!("invalid character '{ch}' (U+{:04X})", ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        self.error_here(&msg)
    }

    /// A closing bracket that does not match the innermost open one.
    pub(super) fn mismatched_paren(&mut self, open: Paren, close: u8) -> Stop {
        let close = close as char;
        if let Some(f) = self.fstrings.last() {
            // The '{' of the replacement field itself: f"{)}".
            if open.ch == b'{' && f.curly_bracket_depth - 1 == f.curly_bracket_expr_start_depth {
                let msg = format!("{}-string: unmatched '{close}'", f.prefix());
                return self.error_here(&msg);
            }
        }
        let opening = open.ch as char;
        let msg = if open.line != self.line {
            format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{opening}' on line {}",
                open.line
            )
        } else {
            format!("closing parenthesis '{close}' does not match opening parenthesis '{opening}'")
        };
        self.error_here(&msg)
    }

    /// "'(' was never closed" at the bracket (`raise_unclosed_parentheses_error`).
    fn unclosed_paren(&self, paren: Paren) -> SyntaxError {
        let col = byte_to_char(self.line_text(paren.line_start), paren.col as usize + 1);
        error(
            ErrorKind::SyntaxError,
            format!("'{}' was never closed", paren.ch as char),
            paren.line,
            col,
            Some(0),
        )
    }

    /// E_EOF: end of input in a bracket or after a line continuation.
    pub(super) fn eof_error(&mut self) -> Stop {
        self.pos = self.end;
        self.coded(Code::Eof)
    }

    /// E_DEDENT: a dedent to a column no enclosing block has.
    pub(super) fn dedent_error(&mut self) -> Stop {
        self.pos = self.line_end();
        self.coded(Code::Dedent)
    }

    /// E_TABSPACE.
    pub(super) fn tab_error(&mut self) -> Stop {
        self.pos = self.line_end();
        self.coded(Code::TabSpace)
    }

    /// E_TOODEEP.
    pub(super) fn too_deep_error(&mut self) -> Stop {
        self.pos = self.line_end();
        self.coded(Code::TooDeep)
    }

    /// E_LINECONT: something other than a newline after a backslash.
    pub(super) fn line_continuation_error(&mut self) -> Stop {
        self.coded(Code::LineCont)
    }

    /// Records an error the tokenizer only signals with an error code (the
    /// cursor is where CPython leaves it): the parser (`_Pypegen_tokenizer_error`)
    /// or the `tokenize` module (`_tokenizer_error` in Python/Python-tokenize.c)
    /// makes the exception. On re-checking after a parser error, CPython
    /// reports the innermost open bracket instead.
    fn coded(&mut self, code: Code) -> Stop {
        self.error_at_eof = code == Code::Eof;
        let err = if self.extra {
            self.tokenize_module_error(code)
        } else {
            self.parser_error(code)
        };
        self.after_parse_error = match self.parens.last() {
            Some(&paren) if self.fstrings.is_empty() => AfterParseError::UnclosedParen {
                line: paren.line,
                error: self.unclosed_paren(paren),
            },
            _ => AfterParseError::Keep,
        };
        self.error = Some(err);
        Stop
    }

    /// `_Pypegen_tokenizer_error`, with the line CPython rereads for the
    /// location (`_PyPegen_raise_error_known_location`).
    fn parser_error(&self, code: Code) -> SyntaxError {
        let line = self.line_text(self.line_start);
        let (kind, msg, col, end) = match code {
            Code::Eof => {
                if let Some(&paren) = self.parens.last() {
                    return self.unclosed_paren(paren);
                }
                // The ERRORTOKEN has no position: the cursor's column.
                let col = if self.pos == self.buf {
                    0
                } else {
                    self.pos - self.line_start
                };
                (
                    ErrorKind::SyntaxError,
                    "unexpected EOF while parsing",
                    byte_to_char(line, col),
                    None,
                )
            }
            Code::Dedent => {
                let msg = "unindent does not match any outer indentation level";
                (
                    ErrorKind::IndentationError,
                    msg,
                    byte_to_char(line, self.pos - self.line_start),
                    None,
                )
            }
            Code::TabSpace => {
                let msg = "inconsistent use of tabs and spaces in indentation";
                (ErrorKind::TabError, msg, byte_to_char(line, 1), Some(0))
            }
            Code::TooDeep => (
                ErrorKind::IndentationError,
                "too many levels of indentation",
                byte_to_char(line, 1),
                Some(0),
            ),
            Code::LineCont => {
                let msg = "unexpected character after line continuation character";
                (
                    ErrorKind::SyntaxError,
                    msg,
                    byte_to_char(line, self.pos.saturating_sub(self.buf)),
                    Some(0),
                )
            }
        };
        error(kind, msg.to_owned(), self.line, col, end)
    }

    /// `_tokenizer_error` of the `tokenize` module: located at the end of
    /// the tokenizer's buffer (`tok->inp - tok->buf`), without an end.
    fn tokenize_module_error(&self, code: Code) -> SyntaxError {
        let inp = if code == Code::Eof {
            self.end
        } else {
            self.line_end()
        };
        let span = inp.saturating_sub(self.buf);
        let (kind, msg) = match code {
            Code::Eof => (
                ErrorKind::SyntaxError,
                "unexpected EOF in multi-line statement",
            ),
            Code::Dedent => (
                ErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
            ),
            Code::TabSpace => (
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
            ),
            Code::TooDeep => (
                ErrorKind::IndentationError,
                "too many levels of indentation",
            ),
            Code::LineCont => (
                ErrorKind::SyntaxError,
                "unexpected character after line continuation character",
            ),
        };
        let col = if code == Code::Eof {
            span as u32
        } else {
            // The buffer without its final newline, as `error_line`.
            let text = &self.src[self.buf.min(self.src.len())..inp.min(self.src.len())];
            byte_to_char(text.strip_suffix(b"\n").unwrap_or(text), span)
        };
        SyntaxError {
            kind,
            msg: msg.to_owned(),
            lineno: Some(self.line),
            offset: Some(crate::error::offset(col)),
            end_lineno: None,
            end_offset: None,
        }
    }

    /// The NUL byte check of `tok_nextc`.
    pub(super) fn nul_error(&mut self) {
        let lineno = self.nul_line.unwrap_or(self.line);
        let err = error(
            ErrorKind::SyntaxError,
            "source code cannot contain null bytes".into(),
            lineno,
            0,
            Some(0),
        );
        self.raised(err);
    }

    /// An unterminated string: reported at the character after the token's
    /// first one, on the line the string starts; `at_eof` when the input
    /// ended it rather than a newline.
    pub(super) fn unterminated_string(
        &mut self,
        start: usize,
        quote: i32,
        quote_size: u8,
        escaped_quote: bool,
        at_eof: bool,
    ) -> Stop {
        let detected = self.line;
        let (lineno, line_start) = (self.first_lineno, self.multi_line_start);
        if let Some(f) = self.fstrings.last() {
            // A quote like the f-string's own: the f-string's '}' is missing.
            if i32::from(f.quote) == quote && f.quote_size == quote_size {
                let msg = format!("{}-string: expecting '}}'", f.prefix());
                return self.error_at(lineno, line_start, start + 1, &msg);
            }
        }
        let msg = if quote_size == 3 {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else if escaped_quote {
            format!(
                "unterminated string literal (detected at line {detected}); perhaps you escaped the end quote?"
            )
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        let stop = self.error_at(lineno, line_start, start + 1, &msg);
        // CPython's E_EOFS / E_EOLS.
        self.error_at_eof = at_eof;
        stop
    }
}

/// `str.isprintable` for one character (CPython's `Py_UNICODE_ISPRINTABLE`).
pub(super) fn is_printable(ch: char) -> bool {
    let cp = ch as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    let table = ouro_unicode::NON_PRINTABLE;
    let i = table.partition_point(|&(_, hi)| hi < cp);
    table.get(i).is_none_or(|&(lo, _)| lo > cp)
}
