//! Source text to [`ast::Mod`]: a hand-written recursive-descent parser following CPython 3.14's `Grammar/python.gram` rule by rule.
//!
//! The token cursor ([`Parser`]) supports checkpoints for the few places where
//! the PEG grammar backtracks. A failing rule returns [`Failure::Fail`]; the
//! top level turns that into CPython's generic "invalid syntax" at the
//! furthest token looked at, after tokenizer errors (which take precedence,
//! as in `_PyPegen_set_syntax_error` of Parser/pegen_errors.c). The
//! specialised messages of CPython's `invalid_*` rules are raised where the
//! rule would match, as [`Failure::Error`].

mod args;
mod expr;
mod pattern;
mod stmt;
mod strings;
mod targets;

use crate::ast::{self, Range};
use crate::error::{ErrorKind, SyntaxError};
use crate::token::{Pos, Token, TokenKind};
use crate::tokenizer::Tokens;

/// How a parsing function failed.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The rule does not match here (the PEG "no match").
    Fail,
    /// A definite error: CPython raises it as soon as it is found.
    Error(Box<SyntaxError>),
}

pub(crate) type PResult<T> = Result<T, Failure>;

/// A `SyntaxWarning` the parser found (e.g. an invalid escape sequence),
/// kept as data for whoever reports warnings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub msg: String,
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

/// The parsed module and the warnings found on the way.
#[derive(Debug)]
pub struct Parsed {
    pub module: ast::Mod,
    pub warnings: Vec<Warning>,
}

/// Parses decoded source text as a module (`compile(..., 'exec')`).
pub fn parse_module(source: &str) -> Result<ast::Mod, SyntaxError> {
    parse_module_with_warnings(source).map(|p| p.module)
}

/// Like [`parse_module`], also returning the `SyntaxWarning`s.
pub fn parse_module_with_warnings(source: &str) -> Result<Parsed, SyntaxError> {
    let tokens = crate::tokenizer::tokenize(source);
    let mut parser = Parser::new(source, tokens.tokens.clone(), tokens.error.clone());
    let failure = match parser.file() {
        Ok(body) => {
            return Ok(Parsed {
                module: ast::Mod::Module {
                    body,
                    type_ignores: Vec::new(),
                },
                warnings: parser.warnings,
            });
        }
        Err(failure) => failure,
    };
    // CPython's second pass: parse again with the `invalid_*` rules enabled.
    let first_pass_furthest = parser.furthest;
    let reached_end = parser.reached_end;
    let failure = match failure {
        Failure::Fail if !reached_end => {
            parser.reset_for_invalid_pass();
            match parser.file() {
                Err(Failure::Error(e)) => Failure::Error(e),
                _ if parser.reached_end => return Err(parser.final_error(Failure::Fail, &tokens)),
                _ => Failure::Fail,
            }
        }
        other => other,
    };
    parser.furthest = first_pass_furthest;
    parser.reached_end = reached_end;
    Err(parser.final_error(failure, &tokens))
}

/// Decodes source bytes (PEP 263) and parses them as a module.
pub fn parse_file(bytes: &[u8]) -> Result<ast::Mod, SyntaxError> {
    let source = crate::source::decode_source(bytes)?;
    parse_module(&source)
}

/// The hard keywords (`keyword.kwlist`): NAME tokens that are never identifiers.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// CPython's parser gives up past this many nested rule calls (`MAXSTACK` in Parser/parser.c).
const MAX_DEPTH: u32 = 6000;

pub(crate) struct Parser<'s> {
    source: &'s str,
    tokens: Vec<Token>,
    tokenizer_error: Option<SyntaxError>,
    /// Stands for "the token after the last one": where the tokenizer stopped.
    past_end: Token,
    pos: usize,
    /// The furthest token index looked at (for the generic error's location).
    furthest: usize,
    prev_end: Pos,
    depth: u32,
    warnings: Vec<Warning>,
    /// The second pass: CPython's `invalid_*` rules are enabled.
    invalid_pass: bool,
    /// The parser asked for the token after the last one (where a tokenizer error sits).
    reached_end: bool,
}

/// A saved cursor position for backtracking.
#[derive(Clone, Copy)]
pub(crate) struct Checkpoint {
    pos: usize,
    prev_end: Pos,
    warnings: usize,
}

impl<'s> Parser<'s> {
    fn new(source: &'s str, tokens: Vec<Token>, tokenizer_error: Option<SyntaxError>) -> Self {
        let end = tokens.last().map_or(Pos { line: 1, col: 0 }, |t| t.end);
        let offset = tokens.last().map_or(0, |t| t.range.end);
        let past_end = Token {
            kind: TokenKind::ErrorToken,
            start: end,
            end,
            range: offset..offset,
            non_ascii: false,
        };
        Parser {
            source,
            tokens,
            tokenizer_error,
            past_end,
            pos: 0,
            furthest: 0,
            prev_end: Pos { line: 1, col: 0 },
            depth: 0,
            warnings: Vec::new(),
            invalid_pass: false,
            reached_end: false,
        }
    }

    // ---- token cursor ----

    fn tok_at(&self, index: usize) -> &Token {
        self.tokens.get(index).unwrap_or(&self.past_end)
    }

    pub(crate) fn tok(&mut self) -> &Token {
        self.furthest = self.furthest.max(self.pos);
        self.reached_end |= self.pos >= self.tokens.len();
        self.tokens.get(self.pos).unwrap_or(&self.past_end)
    }

    pub(crate) fn kind(&mut self) -> TokenKind {
        self.tok().kind
    }

    /// The kind of the token `n` places ahead.
    pub(crate) fn kind_ahead(&mut self, n: usize) -> TokenKind {
        self.furthest = self.furthest.max(self.pos + n);
        self.reached_end |= self.pos + n >= self.tokens.len();
        self.tok_at(self.pos + n).kind
    }

    pub(crate) fn text_ahead(&mut self, n: usize) -> &'s str {
        self.furthest = self.furthest.max(self.pos + n);
        let t = self.tok_at(self.pos + n);
        self.source
            .get(t.range.start as usize..t.range.end as usize)
            .unwrap_or("")
    }

    pub(crate) fn text(&mut self) -> &'s str {
        self.text_ahead(0)
    }

    pub(crate) fn at(&mut self, kind: TokenKind) -> bool {
        self.kind() == kind
    }

    /// At the keyword (or soft keyword) `kw`.
    pub(crate) fn at_kw(&mut self, kw: &str) -> bool {
        self.kind() == TokenKind::Name && self.text() == kw
    }

    pub(crate) fn kw_ahead(&mut self, n: usize, kw: &str) -> bool {
        self.kind_ahead(n) == TokenKind::Name && self.text_ahead(n) == kw
    }

    /// At a NAME that is not a hard keyword.
    pub(crate) fn at_name(&mut self) -> bool {
        self.kind() == TokenKind::Name && !KEYWORDS.contains(&self.text())
    }

    pub(crate) fn name_ahead(&mut self, n: usize) -> bool {
        self.kind_ahead(n) == TokenKind::Name && !KEYWORDS.contains(&self.text_ahead(n))
    }

    pub(crate) fn bump(&mut self) -> Token {
        let t = self.tok().clone();
        if self.pos < self.tokens.len() {
            self.pos += 1;
            // Node ends are those of the last non-whitespace token (`_PyPegen_get_last_nonnwhitespace_token`).
            if !matches!(
                t.kind,
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker
            ) {
                self.prev_end = t.end;
            }
        }
        t
    }

    pub(crate) fn eat(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    pub(crate) fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    pub(crate) fn expect(&mut self, kind: TokenKind) -> PResult<Token> {
        if self.at(kind) {
            Ok(self.bump())
        } else {
            Err(Failure::Fail)
        }
    }

    pub(crate) fn expect_kw(&mut self, kw: &str) -> PResult<Token> {
        if self.at_kw(kw) {
            Ok(self.bump())
        } else {
            Err(Failure::Fail)
        }
    }

    /// A NAME that is not a keyword, as an identifier.
    pub(crate) fn name(&mut self) -> PResult<(String, Range)> {
        if !self.at_name() {
            return Err(Failure::Fail);
        }
        let t = self.bump();
        Ok((self.identifier(&t), token_range(&t)))
    }

    /// An identifier's value: NFKC-normalised as CPython does for non-ASCII names.
    pub(crate) fn identifier(&self, t: &Token) -> String {
        let text = self.token_text(t);
        if t.non_ascii {
            crate::tokenizer::normalize_name(text).into_owned()
        } else {
            text.to_string()
        }
    }

    pub(crate) fn token_text(&self, t: &Token) -> &'s str {
        self.source
            .get(t.range.start as usize..t.range.end as usize)
            .unwrap_or("")
    }

    pub(crate) fn start(&mut self) -> Pos {
        self.tok().start
    }

    pub(crate) fn range_from(&self, start: Pos) -> Range {
        Range {
            lineno: start.line,
            col_offset: start.col,
            end_lineno: self.prev_end.line,
            end_col_offset: self.prev_end.col,
        }
    }

    fn reset_for_invalid_pass(&mut self) {
        self.pos = 0;
        self.prev_end = Pos { line: 1, col: 0 };
        self.depth = 0;
        self.warnings.clear();
        self.invalid_pass = true;
    }

    /// The index of the token that starts at `pos`.
    pub(crate) fn token_index_at(&self, pos: Pos) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }

    pub(crate) fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            pos: self.pos,
            prev_end: self.prev_end,
            warnings: self.warnings.len(),
        }
    }

    pub(crate) fn rewind(&mut self, cp: Checkpoint) {
        self.pos = cp.pos;
        self.prev_end = cp.prev_end;
        self.warnings.truncate(cp.warnings);
    }

    /// Runs `f` one level deeper, failing with CPython's error past its limit.
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.depth >= MAX_DEPTH {
            return Err(self
                .error_at_current("Parser stack overflowed - Python source too complex to parse"));
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    // ---- errors ----

    pub(crate) fn warn(&mut self, msg: String, range: Range) {
        self.warnings.push(Warning {
            msg,
            lineno: range.lineno,
            col_offset: range.col_offset,
            end_lineno: range.end_lineno,
            end_col_offset: range.end_col_offset,
        });
    }

    /// A SyntaxError spanning byte positions `start..end`.
    pub(crate) fn error_span(&self, kind: ErrorKind, msg: &str, start: Pos, end: Pos) -> Failure {
        Failure::Error(Box::new(SyntaxError {
            kind,
            msg: msg.to_string(),
            lineno: Some(start.line),
            offset: Some(self.char_col(start) + 1),
            end_lineno: Some(end.line),
            end_offset: Some(self.char_col(end) + 1),
        }))
    }

    pub(crate) fn error_range(&self, msg: &str, r: Range) -> Failure {
        self.error_span(
            ErrorKind::SyntaxError,
            msg,
            Pos {
                line: r.lineno,
                col: r.col_offset,
            },
            Pos {
                line: r.end_lineno,
                col: r.end_col_offset,
            },
        )
    }

    pub(crate) fn error_token(&self, msg: &str, t: &Token) -> Failure {
        self.error_span(ErrorKind::SyntaxError, msg, t.start, token_error_end(t))
    }

    /// CPython's `RAISE_SYNTAX_ERROR_STARTING_FROM`: from `t` to where the
    /// tokenizer stands (the end of the last token fetched).
    pub(crate) fn error_starting_from(&mut self, msg: &str, t: &Token) -> Failure {
        let last = self.tok_at(self.furthest).clone();
        let end = token_error_end(&last);
        Failure::Error(Box::new(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: msg.to_string(),
            lineno: Some(t.start.line),
            offset: Some(self.char_col(t.start) + 1),
            end_lineno: Some(end.line),
            end_offset: Some(self.char_col(end)),
        }))
    }

    /// An error with CPython's explicit end column (0 stands for "none").
    pub(crate) fn error_open_end(&self, msg: &str, start: Pos, end_line: u32) -> Failure {
        Failure::Error(Box::new(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: msg.to_string(),
            lineno: Some(start.line),
            offset: Some(self.char_col(start) + 1),
            end_lineno: Some(end_line),
            end_offset: Some(0),
        }))
    }

    pub(crate) fn error_at_current(&mut self, msg: &str) -> Failure {
        let t = self.tok().clone();
        self.error_token(msg, &t)
    }

    /// CPython's `RAISE_SYNTAX_ERROR`: located at the last token fetched.
    pub(crate) fn error_at_last(&mut self, msg: &str) -> Failure {
        let t = self.tok_at(self.furthest).clone();
        self.error_token(msg, &t)
    }

    /// The 0-based character column of a byte position (SyntaxError offsets count characters).
    fn char_col(&self, p: Pos) -> u32 {
        let Some(line_start) = self.line_start(p.line) else {
            return p.col;
        };
        let line = &self.source[line_start..];
        let upto = line.get(..p.col as usize).map(|s| s.chars().count());
        upto.map_or(p.col, |n| n as u32)
    }

    fn line_start(&self, line: u32) -> Option<usize> {
        if line <= 1 {
            return Some(0);
        }
        self.source
            .match_indices('\n')
            .nth(line as usize - 2)
            .map(|(i, _)| i + 1)
    }

    /// The error to report for a failed parse, with CPython's precedence.
    fn final_error(&mut self, failure: Failure, tokens: &Tokens) -> SyntaxError {
        if self.reached_end
            && let Some(err) = self.tokenizer_error.take()
        {
            return err;
        }
        let last = self.tok_at(self.furthest).clone();
        if let Failure::Error(err) = failure {
            let line = err.lineno.unwrap_or(last.start.line);
            return tokens
                .error_after_parse_error(line)
                .cloned()
                .unwrap_or(*err);
        }
        match last.kind {
            TokenKind::Indent => *self
                .error_span(
                    ErrorKind::IndentationError,
                    "unexpected indent",
                    last.start,
                    last.end,
                )
                .unbox(),
            TokenKind::Dedent => *self
                .error_span(
                    ErrorKind::IndentationError,
                    "unexpected unindent",
                    last.start,
                    last.end,
                )
                .unbox(),
            _ => {
                let err = *self.error_token("invalid syntax", &last).unbox();
                tokens
                    .error_after_parse_error(last.start.line)
                    .cloned()
                    .unwrap_or(err)
            }
        }
    }
}

impl Failure {
    fn unbox(self) -> Box<SyntaxError> {
        match self {
            Failure::Error(e) => e,
            Failure::Fail => Box::new(SyntaxError {
                kind: ErrorKind::SyntaxError,
                msg: "invalid syntax".to_string(),
                lineno: None,
                offset: None,
                end_lineno: None,
                end_offset: None,
            }),
        }
    }
}

/// Where an error located at token `t` ends: CPython's parser sees a
/// NEWLINE as one column wide.
fn token_error_end(t: &Token) -> Pos {
    if t.kind == TokenKind::Newline && t.start == t.end {
        return Pos {
            line: t.end.line,
            col: t.end.col + 1,
        };
    }
    t.end
}

pub(crate) fn token_range(t: &Token) -> Range {
    Range {
        lineno: t.start.line,
        col_offset: t.start.col,
        end_lineno: t.end.line,
        end_col_offset: t.end.col,
    }
}

/// The range from the start of `a` to the end of `b`.
pub(crate) fn span(a: Range, b: Range) -> Range {
    Range {
        lineno: a.lineno,
        col_offset: a.col_offset,
        end_lineno: b.end_lineno,
        end_col_offset: b.end_col_offset,
    }
}
