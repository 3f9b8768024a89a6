//! Source text to [`ast::Mod`]: a hand-written recursive-descent parser following CPython 3.14's `Grammar/python.gram` rule by rule.
//!
//! The token cursor ([`Parser`]) supports checkpoints for the few places where
//! the PEG grammar backtracks. Like CPython (`_PyPegen_run_parser`), a source
//! is parsed twice only when it is invalid: the first pass has no error
//! checks; when it fails, a second pass enables the checks of CPython's
//! `invalid_*` rules, which raise their specialised messages as
//! [`Failure::Error`]. Failing that, the error is the generic "invalid
//! syntax" at the furthest token the first pass looked at. Tokenizer errors
//! take precedence as `_PyPegen_set_syntax_error` (Parser/pegen_errors.c)
//! decides, and locations are converted to character offsets the way
//! `_PyPegen_raise_error_known_location` does.

mod args;
mod expr;
mod pattern;
mod stmt;
mod strings;
mod targets;

use crate::ast::{self, Range};
use crate::error::{ErrorKind, SyntaxError};
use crate::token::{Pos, Token, TokenKind};
use crate::tokenizer::{TokenWarning, Tokens};

/// How a parsing function failed.
#[derive(Clone, Debug)]
pub(crate) enum Failure {
    /// The rule does not match here (the PEG "no match").
    Fail,
    /// A definite error: CPython raises it as soon as it is found.
    Error(Box<SyntaxError>),
}

pub(crate) type PResult<T> = Result<T, Failure>;

/// The parsed module and the warnings found on the way.
#[derive(Debug)]
pub struct Parsed {
    pub module: ast::Mod,
    /// The `SyntaxWarning`s of the tokenizer and the parser, by line.
    pub warnings: Vec<TokenWarning>,
}

/// What a source text is parsed as: `compile()`'s `mode` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `'exec'`: a module (`file` rule).
    Exec,
    /// `'eval'`: one expression list (`eval` rule).
    Eval,
    /// `'single'`: one interactive statement (`interactive` rule).
    Single,
}

/// Parses decoded source text as a module (`compile(..., 'exec')`).
pub fn parse_module(source: &str) -> Result<ast::Mod, SyntaxError> {
    parse(source, Mode::Exec).map(|p| p.module)
}

/// Like [`parse_module`], also returning the `SyntaxWarning`s.
pub fn parse_module_with_warnings(source: &str) -> Result<Parsed, SyntaxError> {
    parse(source, Mode::Exec)
}

/// Parses decoded source text in the given mode, with its warnings.
pub fn parse(source: &str, mode: Mode) -> Result<Parsed, SyntaxError> {
    parse_with(source, mode, false)
}

/// [`parse`], with `# type:` comments in the tree when `type_comments` is
/// set (`ast.parse(type_comments=True)`, `PyCF_TYPE_COMMENTS`).
pub fn parse_with(source: &str, mode: Mode, type_comments: bool) -> Result<Parsed, SyntaxError> {
    let options = crate::tokenizer::Options {
        exec_input: mode == Mode::Exec,
        extra_tokens: false,
        type_comments,
    };
    let mut tokens = crate::tokenizer::tokenize_with(source, options);
    let mut token_list = std::mem::take(&mut tokens.tokens);
    // `# type: ignore` comments go to `Module.type_ignores`, not to the grammar.
    let mut type_ignores = Vec::new();
    if type_comments {
        token_list.retain(|t| {
            if t.kind != TokenKind::TypeIgnore {
                return true;
            }
            let tag = source
                .get(t.range.start as usize..t.range.end as usize)
                .unwrap_or("");
            type_ignores.push(ast::TypeIgnore::TypeIgnore {
                lineno: t.start.line as i32,
                tag: tag.to_string(),
            });
            false
        });
    }
    if mode == Mode::Single {
        end_single_input(&mut token_list);
    }
    let mut parser = Parser::new(source, token_list, tokens.error.clone());
    parser.single_input = mode == Mode::Single;
    parser.eval_input = mode == Mode::Eval;
    let failure = match parser.start_rule(mode) {
        Ok(mut module) => {
            if let ast::Mod::Module {
                type_ignores: ignores,
                ..
            } = &mut module
            {
                *ignores = type_ignores;
            }
            let mut warnings = tokens.warnings.clone();
            warnings.extend(parser.warnings);
            warnings.sort_by_key(|w| w.lineno);
            return Ok(Parsed { module, warnings });
        }
        Err(failure) => failure,
    };
    // CPython's second pass: parse again with the `invalid_*` rules enabled.
    parser.first_pass_furthest = parser.furthest;
    let reached_end = parser.reached_end;
    let failure = match failure {
        Failure::Fail if !reached_end => {
            parser.reset_for_invalid_pass();
            match parser.start_rule(mode) {
                Err(Failure::Error(e)) => Failure::Error(e),
                _ if parser.reached_end => return Err(parser.final_error(Failure::Fail, &tokens)),
                _ => Failure::Fail,
            }
        }
        other => other,
    };
    parser.reached_end = reached_end;
    Err(parser.final_error(failure, &tokens))
}

/// `'single'` input ends its statement at the end of the text: CPython's
/// parser turns the ENDMARKER after the last token into a NEWLINE, has the
/// tokenizer close the open blocks (DEDENTs), and turns the next ENDMARKER
/// after those into a NEWLINE again (`_PyPegen_fill_token`).
fn end_single_input(tokens: &mut Vec<Token>) {
    let Some(end) = tokens.pop().filter(|t| t.kind == TokenKind::EndMarker) else {
        return;
    };
    if !tokens.is_empty() {
        let indents = tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Indent)
            .count();
        let dedents = tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Dedent)
            .count();
        let open_blocks = indents.saturating_sub(dedents);
        let at_end = |kind| Token {
            kind,
            ..end.clone()
        };
        tokens.push(at_end(TokenKind::Newline));
        if open_blocks > 0 {
            tokens.extend((0..open_blocks).map(|_| at_end(TokenKind::Dedent)));
            tokens.push(at_end(TokenKind::Newline));
        }
    }
    tokens.push(end);
}

/// Decodes source bytes (PEP 263) and parses them as a module.
pub fn parse_file(bytes: &[u8]) -> Result<ast::Mod, SyntaxError> {
    let source = crate::source::decode_source(bytes)?;
    parse_module(&source)
}

/// One of the hard keywords (`keyword.kwlist`): NAME tokens that are never
/// identifiers. A `match`, which compiles to a length-then-bytes switch, as
/// `at_name` runs on nearly every token.
fn is_keyword(text: &str) -> bool {
    matches!(
        text,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

/// CPython's parser gives up past this many nested rule calls (`MAXSTACK` in Parser/parser.c).
const MAX_DEPTH: u32 = 6000;

pub(crate) struct Parser<'s> {
    source: &'s str,
    tokens: Vec<Token>,
    tokenizer_error: Option<SyntaxError>,
    /// Stands for "the token after the last one": where the tokenizer stopped.
    past_end: Token,
    pos: usize,
    /// Each token's bracket nesting level (CPython's `token->level`).
    levels: Vec<u16>,
    /// The furthest token index looked at, over both passes.
    furthest: usize,
    /// The furthest of the first pass: where the generic error is reported.
    first_pass_furthest: usize,
    prev_end: Pos,
    depth: u32,
    warnings: Vec<TokenWarning>,
    /// The second pass: CPython's `invalid_*` rules are enabled.
    invalid_pass: bool,
    /// Set while parsing a dictionary key after the first item, where
    /// CPython reports a missing ':' rather than a missing comma.
    in_dict_key: bool,
    /// `from __future__ import barry_as_FLUFL` was parsed: `<>` replaces `!=`.
    barry_as_flufl: bool,
    /// Parsing `'single'` input, where the end of the text is reported at column 0.
    single_input: bool,
    /// Parsing for `eval`: an error at the end marker is located as for
    /// `single` (see `error_at_eof`).
    eval_input: bool,
    /// The parser asked for the token after the last one (where a tokenizer error sits).
    reached_end: bool,
    /// `bitwise_or` results of the second pass, keyed by token index and
    /// `in_dict_key`. The `invalid_*` lookaheads parse a `bitwise_or` and
    /// then parse it again for real; without this, nested brackets make that
    /// exponential (CPython memoizes the rule as a left-recursive one).
    bitwise_or_memo: MemoTable<ast::Expr>,
}

/// Memoized results of one rule by token index and `in_dict_key`.
pub(crate) type MemoTable<T> = rustc_hash::FxHashMap<(usize, bool), Memo<T>>;

/// What a memoized rule returned and where it left the cursor.
#[derive(Clone)]
pub(crate) struct Memo<T> {
    pub(crate) result: PResult<T>,
    pub(crate) pos: usize,
    pub(crate) prev_end: Pos,
    /// The warnings the rule added.
    pub(crate) warnings: Vec<TokenWarning>,
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
        let levels = bracket_levels(&tokens);
        Parser {
            source,
            tokens,
            tokenizer_error,
            past_end,
            pos: 0,
            levels,
            furthest: 0,
            first_pass_furthest: 0,
            prev_end: Pos { line: 1, col: 0 },
            depth: 0,
            warnings: Vec::new(),
            invalid_pass: false,
            in_dict_key: false,
            barry_as_flufl: false,
            single_input: false,
            eval_input: false,
            reached_end: false,
            bitwise_or_memo: MemoTable::default(),
        }
    }

    // ---- token cursor ----

    fn tok_at(&self, index: usize) -> &Token {
        self.tokens.get(index).unwrap_or(&self.past_end)
    }

    /// Records that the token at index `at` was looked at. Branches rather
    /// than stores: nearly every look is at a token seen before.
    #[inline(always)]
    fn look_at(&mut self, at: usize) {
        if at > self.furthest {
            self.furthest = at;
        }
        if at >= self.tokens.len() {
            self.reached_end = true;
        }
    }

    pub(crate) fn tok(&mut self) -> &Token {
        self.look_at(self.pos);
        self.tokens.get(self.pos).unwrap_or(&self.past_end)
    }

    pub(crate) fn kind(&mut self) -> TokenKind {
        self.tok().kind
    }

    /// The kind of the token `n` places ahead.
    pub(crate) fn kind_ahead(&mut self, n: usize) -> TokenKind {
        self.look_at(self.pos + n);
        self.tok_at(self.pos + n).kind
    }

    pub(crate) fn text_ahead(&mut self, n: usize) -> &'s str {
        self.furthest = self.furthest.max(self.pos + n);
        let t = self.tok_at(self.pos + n);
        self.token_text(t)
    }

    pub(crate) fn text(&mut self) -> &'s str {
        self.text_ahead(0)
    }

    pub(crate) fn at(&mut self, kind: TokenKind) -> bool {
        self.kind() == kind
    }

    /// The text of the current token when it is a NAME.
    fn name_text(&mut self) -> Option<&'s str> {
        let t = self.tok();
        if t.kind != TokenKind::Name {
            return None;
        }
        let t = self.tok_at(self.pos);
        Some(self.token_text(t))
    }

    /// At the keyword (or soft keyword) `kw`.
    pub(crate) fn at_kw(&mut self, kw: &str) -> bool {
        self.name_text() == Some(kw)
    }

    pub(crate) fn kw_ahead(&mut self, n: usize, kw: &str) -> bool {
        self.kind_ahead(n) == TokenKind::Name && self.text_ahead(n) == kw
    }

    /// At a NAME that is not a hard keyword.
    pub(crate) fn at_name(&mut self) -> bool {
        self.name_text().is_some_and(|text| !is_keyword(text))
    }

    pub(crate) fn name_ahead(&mut self, n: usize) -> bool {
        self.kind_ahead(n) == TokenKind::Name && !is_keyword(self.text_ahead(n))
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

    /// The grammar's start rules: `file`, `eval` and `interactive`.
    fn start_rule(&mut self, mode: Mode) -> PResult<ast::Mod> {
        match mode {
            Mode::Exec => Ok(ast::Mod::Module {
                body: self.file()?,
                type_ignores: Vec::new(),
            }),
            Mode::Eval => {
                // `eval: expressions NEWLINE* ENDMARKER`
                let body = self.expressions()?;
                while self.eat(TokenKind::Newline) {}
                self.expect(TokenKind::EndMarker)?;
                Ok(ast::Mod::Expression {
                    body: Box::new(body),
                })
            }
            Mode::Single => Ok(ast::Mod::Interactive {
                body: self.statement_newline()?,
            }),
        }
    }

    fn reset_for_invalid_pass(&mut self) {
        self.pos = 0;
        self.prev_end = Pos { line: 1, col: 0 };
        self.depth = 0;
        self.warnings.clear();
        self.invalid_pass = true;
        self.bitwise_or_memo.clear();
    }

    /// The bracket level of the last token consumed.
    pub(crate) fn previous_level(&self) -> u16 {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.levels.get(i))
            .copied()
            .unwrap_or(0)
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

    /// Runs `rule` in the second pass through `memo`, so that the same rule
    /// at the same token is parsed once.
    pub(crate) fn memoized<T: Clone>(
        &mut self,
        memo: fn(&mut Self) -> &mut MemoTable<T>,
        rule: impl FnOnce(&mut Self) -> PResult<T>,
    ) -> PResult<T> {
        if !self.invalid_pass {
            return rule(self);
        }
        let key = (self.pos, self.in_dict_key);
        if let Some(hit) = memo(self).get(&key).cloned() {
            self.pos = hit.pos;
            self.prev_end = hit.prev_end;
            self.warnings.extend(hit.warnings);
            return hit.result;
        }
        let warnings_before = self.warnings.len();
        let result = rule(self);
        let entry = Memo {
            result: result.clone(),
            pos: self.pos,
            prev_end: self.prev_end,
            warnings: self
                .warnings
                .get(warnings_before..)
                .unwrap_or_default()
                .to_vec(),
        };
        memo(self).insert(key, entry);
        result
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

    /// Records a `SyntaxWarning` located at byte positions `start..end`;
    /// `error_msg` is what CPython raises instead when warnings are errors.
    pub(crate) fn warn(&mut self, message: String, error_msg: &str, start: Pos, end: Pos) {
        let as_error = self
            .error_span(ErrorKind::SyntaxError, error_msg, start, end)
            .unbox();
        self.warnings.push(TokenWarning {
            message,
            lineno: start.line,
            as_error: *as_error,
            from_tokenizer: false,
        });
    }

    /// The line and column of a byte offset inside token `t`.
    pub(crate) fn pos_in_token(&self, t: &Token, offset: usize) -> Pos {
        let start = t.range.start as usize;
        let inside = self.source.get(start..start + offset).unwrap_or("");
        match inside.rfind('\n') {
            None => Pos {
                line: t.start.line,
                col: t.start.col + inside.len() as u32,
            },
            Some(i) => Pos {
                line: t.start.line + inside.matches('\n').count() as u32,
                col: (inside.len() - i - 1) as u32,
            },
        }
    }

    /// A SyntaxError spanning byte positions `start..end`.
    pub(crate) fn error_span(&self, kind: ErrorKind, msg: &str, start: Pos, end: Pos) -> Failure {
        Failure::Error(Box::new(SyntaxError {
            kind,
            msg: msg.to_string(),
            lineno: Some(start.line),
            offset: Some(self.py_offset(start.line, start.col + 1)),
            end_lineno: Some(end.line),
            end_offset: Some(self.py_offset(start.line, end.col + 1)),
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
        self.error_token_kind(ErrorKind::SyntaxError, msg, t)
    }

    /// An error located at token `t` the way `_PyPegen_raise_error` locates it.
    pub(crate) fn error_token_kind(&self, kind: ErrorKind, msg: &str, t: &Token) -> Failure {
        if t.kind == TokenKind::EndMarker
            || (t.kind == TokenKind::Dedent && t.range.start as usize >= self.source.len())
        {
            return self.error_at_eof(kind, msg);
        }
        let (offset, end_offset) = match t.kind {
            // CPython's parser sees column -1 for INDENT and DEDENT and uses
            // the tokenizer's cursor (after the indentation) instead; the
            // end stays -1.
            TokenKind::Indent => (self.py_offset(t.start.line, t.end.col), Some(-1)),
            TokenKind::Dedent => (self.py_offset(t.start.line, t.start.col), Some(-1)),
            _ => (
                self.py_offset(t.start.line, t.start.col + 1),
                Some(self.py_offset(t.start.line, self.token_error_end(t).col + 1)),
            ),
        };
        Failure::Error(Box::new(SyntaxError {
            kind,
            msg: msg.to_string(),
            lineno: Some(t.start.line),
            offset: Some(offset),
            end_lineno: Some(t.end.line),
            end_offset,
        }))
    }

    /// An error at the end of the input: CPython's tokenizer stands on the
    /// last line, after its (possibly implicit) newline, and the end is -1.
    fn error_at_eof(&self, kind: ErrorKind, msg: &str) -> Failure {
        let body = self.source.strip_suffix('\n').unwrap_or(self.source);
        let line_start = body.rfind('\n').map_or(0, |i| i + 1);
        let lineno = body.matches('\n').count() as u32 + 1;
        if self.single_input || self.eval_input {
            // The tokenizer reading a string for `eval`/`single` puts the
            // end marker at column -1 of the last line it read: none (0)
            // for empty input, else the last line, blank or not.
            let lines = self.source.matches('\n').count()
                + usize::from(!self.source.is_empty() && !self.source.ends_with('\n'));
            let lineno = lines as u32;
            return Failure::Error(Box::new(SyntaxError {
                kind,
                msg: msg.to_string(),
                lineno: Some(lineno),
                offset: Some(0),
                end_lineno: Some(lineno),
                end_offset: Some(0),
            }));
        }
        let offset = crate::error::offset(body[line_start..].chars().count() as u32 + 1);
        Failure::Error(Box::new(SyntaxError {
            kind,
            msg: msg.to_string(),
            lineno: Some(lineno),
            offset: Some(offset),
            end_lineno: Some(lineno),
            end_offset: Some(-1),
        }))
    }

    /// Where an error at token `t` ends: CPython's NEWLINE token takes in
    /// its newline character.
    fn token_error_end(&self, t: &Token) -> Pos {
        let newline_char = self.source.as_bytes().get(t.range.end as usize);
        if t.kind == TokenKind::Newline && matches!(newline_char, Some(b'\n' | b'\r')) {
            return Pos {
                line: t.end.line,
                col: t.end.col + 1,
            };
        }
        t.end
    }

    /// CPython's `RAISE_SYNTAX_ERROR_STARTING_FROM`: from `t` to where the
    /// tokenizer stands (the end of the last token fetched).
    pub(crate) fn error_starting_from(&mut self, msg: &str, t: &Token) -> Failure {
        let last = self.tok_at(self.furthest).clone();
        // The tokenizer stands after a NEWLINE's (possibly implicit) newline.
        let end = if last.kind == TokenKind::Newline {
            Pos {
                line: last.end.line,
                col: last.end.col + 1,
            }
        } else {
            last.end
        };
        Failure::Error(Box::new(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: msg.to_string(),
            lineno: Some(t.start.line),
            offset: Some(self.py_offset(t.start.line, t.start.col + 1)),
            end_lineno: Some(end.line),
            end_offset: Some(self.py_offset(t.start.line, end.col)),
        }))
    }

    /// An error with CPython's explicit end column (0 stands for "none").
    pub(crate) fn error_open_end(&self, msg: &str, start: Pos, end_line: u32) -> Failure {
        Failure::Error(Box::new(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: msg.to_string(),
            lineno: Some(start.line),
            offset: Some(self.py_offset(start.line, start.col + 1)),
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
    /// A 1-based byte offset on `line` as the 1-based character offset
    /// `SyntaxError` reports: `_PyPegen_byte_offset_to_character_offset` on
    /// the line as CPython reads it back from the file (newline included, at
    /// most 999 bytes), clamped to its length + 1. CPython converts the end
    /// offset with the start line's text too.
    fn py_offset(&self, line: u32, byte_offset: u32) -> i32 {
        let Some(start) = self.line_start(line) else {
            return crate::error::offset(byte_offset);
        };
        let rest = self.source.as_bytes().get(start..).unwrap_or_default();
        let line_len = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        let text = &rest[..line_len.min(999)];
        let len = text.len() as u32;
        let offset = byte_offset.min(len + 1);
        let chars = String::from_utf8_lossy(&text[..offset.min(len) as usize])
            .chars()
            .count() as u32;
        // Past the end, CPython's decoding takes in the terminating NUL.
        crate::error::offset(chars + u32::from(offset > len))
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
        // CPython re-tokenizes the rest of the source after a parser error;
        // whether a tokenizer error found there wins depends on the line of
        // the last token the parser fetched (`_PyPegen_tokenize_full_source_to_check_for_errors`).
        let fetched_line = self.tok_at(self.furthest).start.line;
        let err = match failure {
            Failure::Error(err) => *err,
            Failure::Fail => {
                let last = self.tok_at(self.first_pass_furthest).clone();
                let msg = match last.kind {
                    TokenKind::Indent => "unexpected indent",
                    TokenKind::Dedent => "unexpected unindent",
                    _ => {
                        let err = self.error_token("invalid syntax", &last).unbox();
                        return tokens
                            .error_after_parse_error(fetched_line)
                            .cloned()
                            .unwrap_or(*err);
                    }
                };
                // These return before CPython looks for later tokenizer errors.
                return *self
                    .error_token_kind(ErrorKind::IndentationError, msg, &last)
                    .unbox();
            }
        };
        tokens
            .error_after_parse_error(fetched_line)
            .cloned()
            .unwrap_or(err)
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

/// The bracket level after each token: an opening bracket counts itself, a
/// closing one does not, as CPython's tokenizer records it.
fn bracket_levels(tokens: &[Token]) -> Vec<u16> {
    let mut level: u16 = 0;
    tokens
        .iter()
        .map(|t| {
            match t.kind {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                    level = level.saturating_add(1)
                }
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    level = level.saturating_sub(1)
                }
                _ => {}
            }
            level
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_escapes_warn_at_the_escape() {
        let src = "x = 1\ny = \"a\\d\"\nz = \"\"\"\nfoo\n\\q bar\"\"\"\nv = \"\\777\"\n";
        let parsed = parse_module_with_warnings(src).expect("valid source");
        let lines: Vec<String> = parsed
            .warnings
            .iter()
            .map(|w| format!("{} {} | {}", w.lineno, w.message, w.as_error))
            .collect();
        assert_eq!(
            lines,
            [
                "2 \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. \
                 Did you mean \"\\\\d\"? A raw string is also an option. | SyntaxError: \"\\d\" is an \
                 invalid escape sequence. Did you mean \"\\\\d\"? A raw string is also an option. @2:7-2:9",
                "5 \"\\q\" is an invalid escape sequence. Such sequences will not work in the future. \
                 Did you mean \"\\\\q\"? A raw string is also an option. | SyntaxError: \"\\q\" is an \
                 invalid escape sequence. Did you mean \"\\\\q\"? A raw string is also an option. @5:1-5:3",
                "6 \"\\777\" is an invalid octal escape sequence. Such sequences will not work in the \
                 future. Did you mean \"\\\\777\"? A raw string is also an option. | SyntaxError: \
                 \"\\777\" is an invalid octal escape sequence. Did you mean \"\\\\777\"? A raw string \
                 is also an option. @6:6-6:8",
            ]
        );
    }

    /// Deep nesting within CPython's limits parses on a main-thread-sized
    /// stack; beyond them it is CPython's error, not a stack overflow.
    #[test]
    fn deep_nesting_is_bounded() {
        let run = |src: String| {
            std::thread::Builder::new()
                .stack_size(8 << 20)
                .spawn(move || parse_module(&src).map(|_| ()).map_err(|e| e.msg))
                .expect("thread")
                .join()
                .expect("no panic")
        };
        assert_eq!(run(format!("x = {}1\n", "-".repeat(5900))), Ok(()));
        assert_eq!(run(format!("x = {}a\n", "not ".repeat(5900))), Ok(()));
        assert_eq!(run(format!("x = {}a\n", "lambda: ".repeat(5900))), Ok(()));
        assert_eq!(
            run(format!("x = {}1\n", "-".repeat(7000))),
            Err("Parser stack overflowed - Python source too complex to parse".to_string())
        );
    }
}
