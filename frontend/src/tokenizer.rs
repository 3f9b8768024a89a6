//! Source text to CPython 3.14's tokens: mirrors `tok_get_normal_mode` and `tok_get_fstring_mode` in Parser/lexer/lexer.c.
//!
//! The lexer works on bytes with CPython's character-at-a-time structure
//! (`next` / `backup` are `tok_nextc` / `tok_backup`), so the places where
//! CPython reports an error, and the positions it reports, carry over one to one.

mod errors;
mod fstring;
mod listing;
mod number;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

use crate::error::SyntaxError;
use crate::token::{Pos, Token, TokenKind};

pub use errors::{AfterParseError, TokenWarning};
pub use listing::tokenize_listing;

/// The tokens of one source text, up to the first tokenizer error.
///
/// How the parser reproduces CPython's error order:
///
/// - When the parser asks for the token after the last one, it gets `error`
///   (when set) and reports it as is: CPython's parser raises a tokenizer
///   error the moment it fetches the `ERRORTOKEN` (`_PyPegen_fill_token`).
///   `error` is `None` only when the last token is `ENDMARKER`.
/// - When the parser fails earlier with its own `SyntaxError`, CPython keeps
///   tokenizing the rest of the file (`_PyPegen_tokenize_full_source_to_check_for_errors`)
///   and may replace its error: ask [`Tokens::error_after_parse_error`] with
///   the line of the token the parser error is attached to (its
///   `known_err_token`, else the last token it fetched).
/// - `warnings` are the `SyntaxWarning`s CPython's tokenizer issues, in
///   order: "invalid decimal literal" for `1if x else y`, and the invalid
///   escape `\{` in an f-string's literal part.
/// - INDENT and DEDENT carry the positions `tokenize` shows; CPython's parser
///   sees column -1 for them (it uses the tokenizer's cursor instead when it
///   reports "unexpected indent" and the like).
/// - ENDMARKER, and the DEDENTs at the end of the file, sit at column 0 of the
///   line after the last one, as `tokenize` shows them.
/// - NOTEQUAL is `!=` or `<>` (check the text: `<>` is valid only under
///   `barry_as_FLUFL`).
/// - A NAME whose `non_ascii` is set needs NFKC normalisation
///   ([`normalize_name`]); ASCII names never do.
/// - f-string debug expressions (`f"{x = }"`): the text CPython keeps is the
///   source from after the `{` to the `!`, `:` or `}` that ends the
///   expression, with comments (`#` to the end of their line) cut out; the
///   parser can slice it from the token ranges.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub error: Option<SyntaxError>,
    pub warnings: Vec<TokenWarning>,
    /// What CPython's re-tokenization after a parser error makes of `error`.
    pub after_parse_error: AfterParseError,
    /// `error` is about the end of the input (CPython's `done` is E_EOF,
    /// E_EOFS or E_EOLS: unclosed brackets, a final backslash, a string the
    /// input ends in): under `PyCF_ALLOW_INCOMPLETE_INPUT` (`codeop`) a parse
    /// that fails there is "incomplete input" (`_is_end_of_source`).
    pub error_at_eof: bool,
}

impl Tokens {
    /// The error CPython reports instead of a parser error attached to line
    /// `parse_error_line`, if the tokenizer error found further on takes
    /// precedence; `None` keeps the parser's error.
    pub fn error_after_parse_error(&self, parse_error_line: u32) -> Option<&SyntaxError> {
        match &self.after_parse_error {
            AfterParseError::Keep => None,
            AfterParseError::Replace => self.error.as_ref(),
            AfterParseError::UnclosedParen { line, error } => {
                (parse_error_line > *line).then_some(error)
            }
        }
    }
}

/// The tokens CPython's parser sees (no COMMENT/NL/ENCODING; keywords and
/// soft keywords are NAME; operators have their exact kinds), up to the
/// first tokenizer error, which is returned alongside. `source` is text as
/// [`crate::source::decode_source`] returns it (newlines translated).
pub fn tokenize(source: &str) -> Tokens {
    tokenize_with(
        source,
        Options {
            exec_input: true,
            extra_tokens: false,
            type_comments: false,
        },
    )
}

/// Same, but with the extra tokens the `tokenize` module shows (COMMENT, NL)
/// and its leniency (`_tokenize.TokenizerIter(extra_tokens=True)`): no
/// identifier or number-suffix checks, unmatched closing brackets allowed,
/// `\r\n` line ends as they are, and errors as that module raises them.
pub fn tokenize_extra(source: &str) -> Tokens {
    tokenize_with(
        source,
        Options {
            exec_input: true,
            extra_tokens: true,
            type_comments: false,
        },
    )
}

/// How to tokenize: CPython's `exec_input` and `tok_extra_tokens` flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The source is a module (`compile(..., 'exec')`, a file): a newline is
    /// implied after a last line without one. Off for `'eval'` and
    /// `'single'` input, where the input just ends (so `1 + \` at the end is
    /// "unexpected character after line continuation character"; the
    /// parser itself turns the ENDMARKER of `'single'` input into NEWLINE).
    pub exec_input: bool,
    /// The extra tokens and leniency of the `tokenize` module ([`tokenize_extra`]).
    pub extra_tokens: bool,
    /// TYPE_COMMENT and TYPE_IGNORE tokens for `# type:` comments
    /// (`PyCF_TYPE_COMMENTS`, `ast.parse(type_comments=True)`).
    pub type_comments: bool,
}

/// [`tokenize`] or [`tokenize_extra`] with explicit options.
pub fn tokenize_with(source: &str, options: Options) -> Tokens {
    Lexer::new(source, options).run()
}

/// The name CPython's parser makes of a NAME token's text: NFKC-normalised
/// when it is not ASCII (`_PyPegen_new_identifier`).
pub fn normalize_name(text: &str) -> Cow<'_, str> {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};
    if text.is_ascii() || is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfkc().collect())
    }
}

/// The string prefix letters (either case).
const PREFIX_LETTERS: [u8; 5] = *b"burft";
/// The prefix pairs that cannot be combined, in the order CPython checks them
/// (`maybe_raise_syntax_error_for_string_prefixes`).
const INCOMPATIBLE_PREFIXES: [(u8, u8); 7] = [
    (b'u', b'b'),
    (b'u', b'r'),
    (b'u', b'f'),
    (b'u', b't'),
    (b'b', b'f'),
    (b'b', b't'),
    (b'f', b't'),
];

/// `tok_nextc`'s end-of-input value.
const EOF: i32 = -1;
/// CPython's limits (Parser/lexer/state.h, Parser/tokenizer.h).
const MAX_INDENT: usize = 100;
const MAX_LEVEL: usize = 200;
const MAX_FSTRING_LEVEL: usize = 150;
const MAX_EXPR_NESTING: i32 = 3;
const TAB_SIZE: u32 = 8;

/// Why the lexer stopped early: the error is already stored in `Lexer::error`.
struct Stop;

type Lex<T> = Result<T, Stop>;

/// An open bracket: its character, line and byte column (CPython's
/// `parenstack`, `parenlinenostack`, `parencolstack`).
#[derive(Clone, Copy)]
struct Paren {
    ch: u8,
    line: u32,
    col: u32,
    line_start: usize,
}

/// One entry of CPython's `tok_mode_stack` above the base mode: the state of
/// an f-string or t-string being tokenized.
#[derive(Clone, Copy)]
struct FString {
    /// In the literal part (`TOK_FSTRING_MODE`), else in an expression.
    in_literal: bool,
    tstring: bool,
    raw: bool,
    quote: u8,
    quote_size: u8,
    /// Byte offset of the prefix, its line, and that line's start.
    start: usize,
    start_line: u32,
    start_line_begin: usize,
    curly_bracket_depth: i32,
    curly_bracket_expr_start_depth: i32,
    in_format_spec: bool,
}

impl FString {
    fn in_expr(&self) -> bool {
        self.curly_bracket_expr_start_depth >= 0
    }

    /// 'f' or 't', for error messages.
    fn prefix(&self) -> char {
        if self.tstring { 't' } else { 'f' }
    }
}

struct Lexer<'s> {
    src: &'s [u8],
    /// `src.len()`, plus one for the newline CPython appends to a last line
    /// that has none (`implicit_newline`).
    end: usize,
    /// `tok->cur`.
    pos: usize,
    /// `tok->lineno` and `tok->line_start`: the line of the last character read.
    line: u32,
    line_start: usize,
    /// Where the line after the current one starts (`end` until the
    /// current line's newline is read).
    next_line_start: usize,
    /// `tok->buf`: the start of the first line of the token being read.
    buf: usize,
    /// `tok->start != NULL`: a token is being read, so new lines keep `buf`.
    in_token: bool,
    /// `tok->first_lineno` / `tok->multi_line_start` of string tokens.
    first_lineno: u32,
    multi_line_start: usize,
    extra: bool,
    type_comments: bool,
    atbol: bool,
    /// `tok->pendin`: INDENTs (> 0) or DEDENTs (< 0) still to return.
    pending: i32,
    /// Indentation columns, and the same with tabs counted as one column.
    indents: Vec<(u32, u32)>,
    parens: Vec<Paren>,
    fstrings: Vec<FString>,
    comment_newline: bool,
    /// The source has NUL bytes: lines are checked as they are entered.
    has_nul: bool,
    /// The line with a NUL byte, where the input stopped.
    nul_line: Option<u32>,
    tokens: Vec<Token>,
    warnings: Vec<TokenWarning>,
    error: Option<SyntaxError>,
    after_parse_error: AfterParseError,
    error_at_eof: bool,
}

impl<'s> Lexer<'s> {
    fn new(source: &'s str, options: Options) -> Self {
        let src = source.as_bytes();
        let extra = options.extra_tokens;
        let type_comments = options.type_comments;
        let implicit_newline = options.exec_input && src.last().is_some_and(|&b| b != b'\n');
        Lexer {
            src,
            end: src.len() + usize::from(implicit_newline),
            pos: 0,
            line: 0,
            line_start: 0,
            next_line_start: 0,
            buf: 0,
            in_token: false,
            first_lineno: 0,
            multi_line_start: 0,
            extra,
            type_comments,
            atbol: true,
            pending: 0,
            indents: vec![(0, 0)],
            parens: Vec::new(),
            fstrings: Vec::new(),
            comment_newline: false,
            has_nul: src.contains(&0),
            nul_line: None,
            tokens: Vec::with_capacity(src.len() / 6 + 16),
            warnings: Vec::new(),
            error: None,
            after_parse_error: AfterParseError::Keep,
            error_at_eof: false,
        }
    }

    fn run(mut self) -> Tokens {
        loop {
            match self.next_token() {
                Ok(kind) => {
                    if self.nul_line.is_some() && self.pos >= self.end {
                        self.tokens.pop();
                        self.nul_error();
                        break;
                    }
                    if kind == TokenKind::EndMarker {
                        break;
                    }
                }
                Err(Stop) => {
                    if self.nul_line.is_some() && self.pos >= self.end {
                        self.error = None;
                        self.after_parse_error = AfterParseError::Keep;
                        self.nul_error();
                    }
                    break;
                }
            }
        }
        Tokens {
            tokens: self.tokens,
            error: self.error,
            warnings: self.warnings,
            after_parse_error: self.after_parse_error,
            error_at_eof: self.error_at_eof,
        }
    }

    // ---- characters -------------------------------------------------------

    /// `tok_nextc`: the next byte, or EOF.
    #[inline(always)]
    fn next(&mut self) -> i32 {
        if self.pos >= self.next_line_start {
            if self.pos >= self.end {
                self.at_eof();
                return EOF;
            }
            self.enter_line();
            if self.pos >= self.end {
                return EOF;
            }
        }
        let c = self.src.get(self.pos).copied().unwrap_or(b'\n');
        self.pos += 1;
        // The next line starts after this newline, unless it was entered
        // already and the cursor backed up over the newline since.
        if c == b'\n' && self.pos > self.line_start {
            self.next_line_start = self.pos;
        }
        i32::from(c)
    }

    /// Moves past the bytes of `class` on the current line without reading
    /// them one by one: what repeated `next` calls would do, since none of
    /// them ends the line.
    #[inline(always)]
    fn skip_while(&mut self, class: &[bool; 256]) {
        let limit = self.next_line_start.min(self.src.len());
        while self.pos < limit && class[usize::from(self.src[self.pos])] {
            self.pos += 1;
        }
    }

    /// `tok_backup`.
    #[inline]
    fn backup(&mut self, c: i32) {
        if c != EOF {
            self.pos -= 1;
        }
    }

    /// The byte at `pos` without consuming it (EOF past the end).
    #[inline]
    fn peek_byte(&self, pos: usize) -> i32 {
        if pos >= self.end {
            EOF
        } else {
            i32::from(self.src.get(pos).copied().unwrap_or(b'\n'))
        }
    }

    /// What the tokenizer's underflow does when it reads a new line.
    #[inline(never)]
    fn enter_line(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
        if self.buffer_restarts() {
            self.buf = self.pos;
        }
        if self.has_nul && self.line_text(self.pos).contains(&0) {
            // CPython's tok_nextc: the line is not tokenized at all.
            self.nul_line = Some(self.line);
            self.end = self.pos;
        }
        // Until a newline is read, the line lasts to the end of the input.
        self.next_line_start = self.end;
    }

    /// Whether reading a line starts a new buffer (`tok->buf`): not in the
    /// middle of a token, and for the `tokenize` module's readline input not
    /// in an f-string either (`tok_underflow_readline`).
    fn buffer_restarts(&self) -> bool {
        !self.in_token && (!self.extra || self.fstrings.is_empty())
    }

    /// The failed underflow at the end of input: `tokenize`'s readline
    /// input empties its buffer then.
    #[cold]
    fn at_eof(&mut self) {
        if self.extra && self.buffer_restarts() {
            self.buf = self.end;
        }
    }

    /// `tok->inp`: the end of the current line, newline included.
    fn line_end(&self) -> usize {
        let text = self.line_text(self.line_start);
        (self.line_start + text.len() + usize::from(!text.ends_with(b"\n"))).min(self.end)
    }

    // ---- tokens -----------------------------------------------------------

    /// The position of byte offset `at` on the line starting at `line_start`
    /// (CPython measures from the line the tokenizer is on, even for an
    /// offset just past that line's newline).
    fn pos_on(&self, at: usize, line: u32, line_start: usize) -> Pos {
        Pos {
            line,
            col: at.saturating_sub(line_start) as u32,
        }
    }

    /// MAKE_TOKEN with a text from `p_start` to `p_end`.
    #[inline]
    fn make(&mut self, kind: TokenKind, p_start: usize, p_end: usize) -> TokenKind {
        self.make_name_or(kind, p_start, p_end, false)
    }

    /// MAKE_TOKEN, for a NAME with non-ASCII characters too.
    fn make_name_or(
        &mut self,
        kind: TokenKind,
        p_start: usize,
        p_end: usize,
        non_ascii: bool,
    ) -> TokenKind {
        let is_string = matches!(
            kind,
            TokenKind::String | TokenKind::FstringMiddle | TokenKind::TstringMiddle
        );
        let start = if is_string {
            self.pos_on(p_start, self.first_lineno, self.multi_line_start)
        } else {
            self.pos_on(p_start, self.line, self.line_start)
        };
        let end = self.pos_on(p_end, self.line, self.line_start);
        let (s, e) = (p_start.min(self.src.len()), p_end.min(self.src.len()));
        self.tokens.push(Token {
            kind,
            start,
            end,
            range: s as u32..e.max(s) as u32,
            non_ascii,
        });
        kind
    }

    /// A token at the end of the input: column 0 of the line after the last.
    fn make_trailing(&mut self, kind: TokenKind) -> TokenKind {
        let at = Pos {
            line: self.line + 1,
            col: 0,
        };
        let end = self.src.len() as u32;
        self.tokens.push(Token {
            kind,
            start: at,
            end: at,
            range: end..end,
            non_ascii: false,
        });
        kind
    }

    /// `tok_get`: one token in the current mode.
    fn next_token(&mut self) -> Lex<TokenKind> {
        match self.fstrings.last() {
            Some(f) if f.in_literal => self.fstring_token(),
            _ => self.normal_token(),
        }
    }

    /// `tok_continuation_line`: after a backslash, the newline it must be.
    fn continuation_line(&mut self) -> Lex<()> {
        let mut c = self.next();
        if c == i32::from(b'\r') {
            c = self.next();
        }
        if c != i32::from(b'\n') {
            return Err(self.line_continuation_error());
        }
        let c = self.next();
        if c == EOF {
            return Err(self.eof_error());
        }
        self.backup(c);
        Ok(())
    }

    /// `tok_get_normal_mode`.
    fn normal_token(&mut self) -> Lex<TokenKind> {
        let mut blankline;
        'nextline: loop {
            self.in_token = false;
            blankline = false;
            if self.atbol {
                self.atbol = false;
                blankline = self.indentation()?;
            }
            let start = self.pos;
            self.in_token = true;

            if self.pending != 0 {
                if self.pending < 0 {
                    self.pending += 1;
                    if self.pos >= self.end {
                        return Ok(self.make_trailing(TokenKind::Dedent));
                    }
                    return Ok(self.make(TokenKind::Dedent, start, start));
                }
                self.pending -= 1;
                let (buf, pos) = (self.buf, self.pos);
                return Ok(self.make(TokenKind::Indent, buf, pos));
            }

            // again: the loop CPython re-enters after a line continuation.
            loop {
                self.in_token = false;
                let mut c = self.next();
                if c == i32::from(b' ') || c == i32::from(b'\t') || c == 0x0c {
                    self.skip_while(&SPACE_BYTE);
                    c = self.next();
                }
                let start = if c == EOF { self.pos } else { self.pos - 1 };
                self.in_token = true;

                if c == i32::from(b'#') {
                    self.skip_while(&COMMENT_BYTE);
                    c = self.next();
                    if self.type_comments
                        && let Some(kind) = self.type_comment(start, c, blankline)
                    {
                        return Ok(kind);
                    }
                    if self.extra {
                        self.backup(c);
                        self.comment_newline = blankline;
                        let pos = self.pos;
                        return Ok(self.make(TokenKind::Comment, start, pos));
                    }
                }

                if c == EOF {
                    if !self.parens.is_empty() {
                        return Err(self.eof_error());
                    }
                    return Ok(self.make_trailing(TokenKind::EndMarker));
                }

                if is_potential_identifier_start(c) {
                    return self.name_or_prefixed_string(c, start);
                }

                if c == i32::from(b'\r') {
                    c = self.next();
                    // A lone '\r' (only in text that did not go through
                    // `decode_source`) joins the next character in an OP
                    // token, as in CPython; a non-ASCII one would split a
                    // character, where CPython fails to decode the token.
                    if c >= 0x80 {
                        self.backup(c);
                        return Err(self.invalid_character('\r'));
                    }
                }

                if c == i32::from(b'\n') {
                    self.atbol = true;
                    if blankline || !self.parens.is_empty() {
                        if self.extra {
                            self.comment_newline = false;
                            let pos = self.pos;
                            return Ok(self.make(TokenKind::Nl, start, pos));
                        }
                        continue 'nextline;
                    }
                    if self.comment_newline && self.extra {
                        self.comment_newline = false;
                        let pos = self.pos;
                        return Ok(self.make(TokenKind::Nl, start, pos));
                    }
                    let pos = self.pos;
                    return Ok(self.make(TokenKind::Newline, start, pos - 1));
                }

                if c == i32::from(b'.') {
                    let c2 = self.next();
                    if is_digit(c2) {
                        return self.fraction(start, c2);
                    }
                    if c2 == i32::from(b'.') {
                        let c3 = self.next();
                        if c3 == i32::from(b'.') {
                            let pos = self.pos;
                            return Ok(self.make(TokenKind::Ellipsis, start, pos));
                        }
                        self.backup(c3);
                    }
                    self.backup(c2);
                    let pos = self.pos;
                    return Ok(self.make(TokenKind::Dot, start, pos));
                }

                if is_digit(c) {
                    return self.number(start, c);
                }

                if c == i32::from(b'\'') || c == i32::from(b'"') {
                    return self.string(start, c);
                }

                if c == i32::from(b'\\') {
                    self.continuation_line()?;
                    continue;
                }

                return self.operator(start, c);
            }
        }
    }

    /// A `# type:` comment from `start`, `c` (read) being what ends it:
    /// TYPE_IGNORE for `# type: ignore` (its text is what follows "ignore"),
    /// else TYPE_COMMENT (its text is what follows the prefix). The blanks of
    /// the prefix "# type: " stand for any run of spaces and tabs.
    fn type_comment(&mut self, start: usize, c: i32, blankline: bool) -> Option<TokenKind> {
        let cursor = self.pos;
        let byte = |p: usize| self.src.get(p).copied().unwrap_or(b'\n');
        let mut p = start;
        for &want in b"# type: " {
            if p >= cursor {
                return None;
            }
            if want == b' ' {
                while matches!(byte(p), b' ' | b'\t') {
                    p += 1;
                }
            } else if byte(p) == want {
                p += 1;
            } else {
                return None;
            }
        }
        self.backup(c);
        let end = self.pos;
        let ignore_end = p + 6;
        let is_ignore = end >= ignore_end
            && self.src.get(p..ignore_end) == Some(&b"ignore"[..])
            && !(end > ignore_end
                && (byte(ignore_end) >= 128 || byte(ignore_end).is_ascii_alphanumeric()));
        if !is_ignore {
            return Some(self.make(TokenKind::TypeComment, p, end));
        }
        if blankline {
            // Alone on its line, it takes the newline too (into its text:
            // `TypeIgnore.tag` is "\n" then).
            self.next();
            self.atbol = true;
        }
        let pos = self.pos;
        Some(self.make(TokenKind::TypeIgnore, ignore_end, pos))
    }

    /// The indentation part of `tok_get_normal_mode`; returns `blankline`.
    fn indentation(&mut self) -> Lex<bool> {
        let (mut col, mut altcol) = (0u32, 0u32);
        let mut cont_line_col = 0u32;
        let mut c;
        loop {
            c = self.next();
            if c == i32::from(b' ') {
                col += 1;
                altcol += 1;
            } else if c == i32::from(b'\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol += 1;
            } else if c == 0x0c {
                col = 0;
                altcol = 0;
            } else if c == i32::from(b'\\') {
                // The first backslash fixes the indentation of what follows.
                cont_line_col = if cont_line_col != 0 {
                    cont_line_col
                } else {
                    col
                };
                self.continuation_line()?;
            } else {
                break;
            }
        }
        self.backup(c);
        let blankline = c == i32::from(b'#') || c == i32::from(b'\n') || c == i32::from(b'\r');
        if !blankline && self.parens.is_empty() {
            if cont_line_col != 0 {
                col = cont_line_col;
                altcol = cont_line_col;
            }
            let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
            if col == top {
                if altcol != alttop {
                    return Err(self.tab_error());
                }
            } else if col > top {
                if self.indents.len() >= MAX_INDENT {
                    return Err(self.too_deep_error());
                }
                if altcol <= alttop {
                    return Err(self.tab_error());
                }
                self.pending += 1;
                self.indents.push((col, altcol));
            } else {
                while self.indents.len() > 1
                    && self.indents.last().is_some_and(|&(top, _)| col < top)
                {
                    self.pending -= 1;
                    self.indents.pop();
                }
                let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
                if col != top {
                    return Err(self.dedent_error());
                }
                if altcol != alttop {
                    return Err(self.tab_error());
                }
            }
        }
        Ok(blankline)
    }

    /// An identifier, or the prefix of a string (`b`, `r`, `u`, `f`, `t` and
    /// their allowed combinations).
    fn name_or_prefixed_string(&mut self, first: i32, start: usize) -> Lex<TokenKind> {
        // Each prefix letter at most once, in any order; the incompatible
        // combinations are errors once the quote shows it is a prefix.
        let mut seen = [false; PREFIX_LETTERS.len()];
        let mut c = first;
        while let Some(letter) = PREFIX_LETTERS
            .iter()
            .position(|&l| i32::from(l) == c | 0x20)
        {
            if seen[letter] {
                break;
            }
            seen[letter] = true;
            c = self.next();
            if c == i32::from(b'"') || c == i32::from(b'\'') {
                let saw = |l: u8| {
                    PREFIX_LETTERS
                        .iter()
                        .position(|&p| p == l)
                        .is_some_and(|i| seen[i])
                };
                if let Some((a, b)) = INCOMPATIBLE_PREFIXES
                    .iter()
                    .find(|&&(a, b)| saw(a) && saw(b))
                {
                    let msg = format!(
                        "'{}' and '{}' prefixes are incompatible",
                        *a as char, *b as char
                    );
                    return Err(self.error_known_range(
                        start + 1 - self.line_start,
                        self.pos - self.line_start,
                        &msg,
                    ));
                }
                if saw(b'f') || saw(b't') {
                    return self.fstring_start(start, c, saw(b't'), saw(b'r'));
                }
                return self.string(start, c);
            }
        }
        let mut non_ascii = false;
        if is_potential_identifier_char(c) {
            let rest = self.pos;
            self.skip_while(&IDENTIFIER_BYTE);
            non_ascii = c >= 128 || !self.src[rest..self.pos].is_ascii();
            c = self.next();
        }
        self.backup(c);
        if non_ascii && !self.extra {
            self.verify_identifier(start)?;
        }
        let pos = self.pos;
        Ok(self.make_name_or(TokenKind::Name, start, pos, non_ascii))
    }

    /// `verify_identifier`: PEP 3131's XID_Start XID_Continue*.
    fn verify_identifier(&mut self, start: usize) -> Lex<()> {
        let text = std::str::from_utf8(&self.src[start..self.pos]).unwrap_or("");
        let mut chars = text.char_indices();
        let bad = match chars.next() {
            Some((_, ch)) if !(unicode_ident::is_xid_start(ch) || ch == '_') => Some((0, ch)),
            _ => chars.find(|&(_, ch)| !unicode_ident::is_xid_continue(ch)),
        };
        if let Some((at, ch)) = bad {
            self.pos = start + at + ch.len_utf8();
            return Err(self.invalid_character(ch));
        }
        Ok(())
    }

    /// A plain, bytes or raw string literal (`letter_quote` in lexer.c).
    fn string(&mut self, start: usize, quote: i32) -> Lex<TokenKind> {
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut has_escaped_quote = false;
        self.first_lineno = self.line;
        self.multi_line_start = self.line_start;

        let mut c = self.next();
        if c == quote {
            c = self.next();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != quote {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            if end_quote_size == 0 {
                self.skip_while(&STRING_PLAIN_BYTE);
            }
            c = self.next();
            if c == EOF || (quote_size == 1 && c == i32::from(b'\n')) {
                let at_eof = c == EOF;
                return Err(self.unterminated_string(
                    start,
                    quote,
                    quote_size,
                    has_escaped_quote,
                    at_eof,
                ));
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == i32::from(b'\\') {
                    c = self.next();
                    if c == quote {
                        has_escaped_quote = true;
                    }
                    if c == i32::from(b'\r') {
                        self.next();
                    }
                }
            }
        }
        let pos = self.pos;
        Ok(self.make(TokenKind::String, start, pos))
    }

    /// Operators and brackets, with CPython's bracket bookkeeping.
    fn operator(&mut self, start: usize, c: i32) -> Lex<TokenKind> {
        // In an f-string expression, ':' at the expression's own bracket
        // depth starts the format spec.
        if c == i32::from(b':')
            && let Some(f) = self.fstrings.last_mut()
            && f.in_expr()
            && f.curly_bracket_depth - 1 == f.curly_bracket_expr_start_depth
        {
            f.in_literal = true;
            f.in_format_spec = true;
            let pos = self.pos;
            return Ok(self.make(TokenKind::Colon, start, pos));
        }

        // Only some characters start a longer operator (CPython reads the
        // next character regardless, with the same result).
        let c2 = if OPERATORS.starts_longer[(c & 0x7f) as usize] {
            self.next()
        } else {
            EOF
        };
        if let Some(kind2) = two_char_operator(c, c2) {
            let c3 = self.next();
            let kind = match three_char_operator(c, c2, c3) {
                Some(kind3) => kind3,
                None => {
                    self.backup(c3);
                    kind2
                }
            };
            let pos = self.pos;
            return Ok(self.make(kind, start, pos));
        }
        self.backup(c2);

        let ch = c as u8;
        match ch {
            b'(' | b'[' | b'{' => {
                if self.parens.len() >= MAX_LEVEL {
                    return Err(self.error_here("too many nested parentheses"));
                }
                let col = (start - self.line_start) as u32;
                self.parens.push(Paren {
                    ch,
                    line: self.line,
                    col,
                    line_start: self.line_start,
                });
                if let Some(f) = self.fstrings.last_mut() {
                    f.curly_bracket_depth += 1;
                }
            }
            b')' | b']' | b'}' => {
                if let Some(f) = self.fstrings.last()
                    && f.curly_bracket_depth == 0
                    && ch == b'}'
                {
                    let msg = format!("{}-string: single '}}' is not allowed", f.prefix());
                    return Err(self.error_here(&msg));
                }
                if !self.extra && self.parens.is_empty() {
                    return Err(self.error_here(&format!("unmatched '{}'", ch as char)));
                }
                if let Some(open) = self.parens.pop() {
                    let matching =
                        matches!((open.ch, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !self.extra && !matching {
                        return Err(self.mismatched_paren(open, ch));
                    }
                }
                if let Some(f) = self.fstrings.last_mut() {
                    f.curly_bracket_depth -= 1;
                    if f.curly_bracket_depth < 0 {
                        let msg = format!("{}-string: unmatched '{}'", f.prefix(), ch as char);
                        return Err(self.error_here(&msg));
                    }
                    if ch == b'}' && f.curly_bracket_depth == f.curly_bracket_expr_start_depth {
                        f.curly_bracket_expr_start_depth -= 1;
                        f.in_literal = true;
                        f.in_format_spec = false;
                    }
                }
            }
            _ => {}
        }

        let Some(kind) = one_char_operator(c) else {
            // ASCII control characters and the few printable ASCII
            // characters that are no operator ('$', '?', '`') become
            // OP tokens the parser rejects.
            if c < 0x20 || c == 0x7f {
                return Err(self.error_here(&format!("invalid non-printable character U+{c:04X}")));
            }
            let pos = self.pos;
            return Ok(self.make(TokenKind::Op, start, pos));
        };
        let pos = self.pos;
        Ok(self.make(kind, start, pos))
    }
}

/// A byte class for `Lexer::skip_while`: the name bytes, or all bytes, less `exclude`.
const fn byte_class(exclude: &[u8], identifier: bool) -> [bool; 256] {
    let mut table = [!identifier; 256];
    let mut b = 0;
    while b < 256 {
        if identifier {
            let lower = (b as u8) | 0x20;
            table[b] = b >= 128
                || b == b'_' as usize
                || (lower >= b'a' && lower <= b'z')
                || (b >= b'0' as usize && b <= b'9' as usize);
        }
        b += 1;
    }
    let mut i = 0;
    while i < exclude.len() {
        table[exclude[i] as usize] = false;
        i += 1;
    }
    table
}

/// Bytes that continue a name (`is_potential_identifier_char`).
const IDENTIFIER_BYTE: [bool; 256] = byte_class(&[], true);
/// Blanks between tokens.
const SPACE_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    table[b' ' as usize] = true;
    table[b'\t' as usize] = true;
    table[0x0c] = true;
    table
};
/// Bytes of a comment's text.
const COMMENT_BYTE: [bool; 256] = byte_class(b"\n\r", false);
/// Bytes a string literal's scan has nothing to do for.
const STRING_PLAIN_BYTE: [bool; 256] = byte_class(b"'\"\\\n\r", false);
/// Bytes an f-string's literal part has nothing to do for.
pub(super) const FSTRING_PLAIN_BYTE: [bool; 256] = byte_class(b"'\"\\\n\r{}", false);

#[inline]
fn is_digit(c: i32) -> bool {
    (i32::from(b'0')..=i32::from(b'9')).contains(&c)
}

#[inline]
fn is_potential_identifier_start(c: i32) -> bool {
    c >= 128
        || c == i32::from(b'_')
        || (c | 0x20) >= i32::from(b'a') && (c | 0x20) <= i32::from(b'z')
}

#[inline]
fn is_potential_identifier_char(c: i32) -> bool {
    is_potential_identifier_start(c) || is_digit(c)
}

/// The operator tables of Parser/token.c (`_PyToken_OneChar`,
/// `_PyToken_TwoChars`, `_PyToken_ThreeChars`), derived from the token table.
struct Operators {
    /// The one-character operator of each ASCII character.
    one: [Option<TokenKind>; 128],
    /// The longer operators: their bytes (0-padded) and kinds.
    longer: [([u8; 3], TokenKind); 32],
    longer_count: usize,
    /// The ASCII characters a longer operator starts with.
    starts_longer: [bool; 128],
}

const OPERATORS: Operators = {
    let mut table = Operators {
        one: [None; 128],
        longer: [([0; 3], TokenKind::Op); 32],
        longer_count: 0,
        starts_longer: [false; 128],
    };
    let mut i = 0;
    while i < TokenKind::ALL.len() {
        let kind = TokenKind::ALL[i];
        if let Some(text) = kind.operator_text() {
            let bytes = text.as_bytes();
            if bytes.len() == 1 {
                table.one[bytes[0] as usize] = Some(kind);
            } else {
                let mut key = [0; 3];
                let mut j = 0;
                while j < bytes.len() {
                    key[j] = bytes[j];
                    j += 1;
                }
                table.longer[table.longer_count] = (key, kind);
                table.longer_count += 1;
                table.starts_longer[bytes[0] as usize] = true;
            }
        }
        i += 1;
    }
    // `<>` is NOTEQUAL too, for `from __future__ import barry_as_FLUFL`.
    table.longer[table.longer_count] = (*b"<>\0", TokenKind::NotEqual);
    table.longer_count += 1;
    table
};

/// `_PyToken_OneChar`, for the characters that are tokens.
fn one_char_operator(c: i32) -> Option<TokenKind> {
    OPERATORS
        .one
        .get(usize::try_from(c).ok()?)
        .copied()
        .flatten()
}

/// The two- or three-character operator spelled by these bytes, if any.
fn longer_operator(c1: i32, c2: i32, c3: i32) -> Option<TokenKind> {
    let key = [
        u8::try_from(c1).ok()?,
        u8::try_from(c2).ok()?,
        u8::try_from(c3).unwrap_or(0),
    ];
    OPERATORS.longer[..OPERATORS.longer_count]
        .iter()
        .find(|(k, _)| *k == key)
        .map(|&(_, kind)| kind)
}

/// `_PyToken_TwoChars`.
fn two_char_operator(c1: i32, c2: i32) -> Option<TokenKind> {
    longer_operator(c1, c2, 0)
}

/// `_PyToken_ThreeChars`.
fn three_char_operator(c1: i32, c2: i32, c3: i32) -> Option<TokenKind> {
    if c3 <= 0 {
        None
    } else {
        longer_operator(c1, c2, c3)
    }
}
