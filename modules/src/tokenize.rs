//! `_tokenize.TokenizerIter`: the token tuples `Lib/tokenize.py` builds `TokenInfo`s from, over Ouro's tokenizer (`tokenize_extra` for `extra_tokens=True`, the parser's view otherwise); mirrors Python/Python-tokenize.c.

use std::cell::{Cell, RefCell};

use ouro_eval::compilefn::syntax_error;
use ouro_eval::native_module::ModuleDef;
use ouro_frontend::token::{Token, TokenKind};
use ouro_frontend::tokenizer::{Tokens, tokenize, tokenize_extra};
use ouro_objects::args::Args;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::none::is_none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TypeObject};
use ouro_objects::{PyObj, Ref, TypeRef, Value, builtin_type, exceptions, int, protocol};

/// The source, read from `readline` on the first `next`, and its tokens.
struct Tokenized {
    text: String,
    tokens: Tokens,
    /// Byte offset of each line's start.
    line_starts: Vec<usize>,
}

pub struct TokenizerIter {
    readline: Value,
    extra_tokens: bool,
    encoding: Option<String>,
    state: RefCell<Option<Tokenized>>,
    next: Cell<usize>,
}

fn tokenizer_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [readline, extra_tokens, encoding] = Args::new(args, kwnames).parse(
        "tokenizeriter",
        ["readline", "extra_tokens", "encoding"],
        1,
        2,
        1,
    )?;
    let encoding = match encoding.filter(|e| !is_none(e)) {
        None => None,
        Some(e) => Some(
            e.downcast::<PyStr>()
                .map(PyStr::to_string_lossy)
                .ok_or_else(|| {
                    ouro_objects::args::bad_argument("tokenizeriter", "encoding", "str", &e)
                })?,
        ),
    };
    Ok(Ref::new(TokenizerIter {
        readline: readline.expect("required"),
        extra_tokens: protocol::is_true(&extra_tokens.expect("required"))?,
        encoding,
        state: RefCell::new(None),
        next: Cell::new(0),
    })
    .into_value())
}

/// Every line `readline` gives, until it returns an empty line or raises
/// `StopIteration`.
fn read_all(it: &TokenizerIter) -> PyResult<String> {
    let mut text = String::new();
    loop {
        let line = match protocol::call0(&it.readline) {
            Ok(l) => l,
            Err(e) if e.matches(&exceptions::STOP_ITERATION) => break,
            Err(e) => return Err(e),
        };
        let line = match &it.encoding {
            Some(encoding) => {
                let Some(data) = ouro_objects::bytes::as_bytes_like(&line) else {
                    return Err(type_error(format!(
                        "readline() returned a non-bytes object: {}",
                        protocol::type_name(&line)
                    )));
                };
                protocol::str_lossy(&ouro_objects::codecs::decode(
                    &data, encoding, "strict", &line,
                )?)
            }
            None => match line.downcast::<PyStr>() {
                Some(s) => s.to_string_lossy(),
                None => {
                    return Err(type_error(format!(
                        "readline() returned a non-string object: {}",
                        protocol::type_name(&line)
                    )));
                }
            },
        };
        if line.is_empty() {
            break;
        }
        text.push_str(&line);
    }
    Ok(text)
}

impl Tokenized {
    /// The character column of byte column `col` on line `line`.
    fn char_col(&self, line: u32, col: u32) -> i64 {
        let Some(&start) = (line as usize)
            .checked_sub(1)
            .and_then(|i| self.line_starts.get(i))
        else {
            return 0;
        };
        let end = (start + col as usize).min(self.text.len());
        self.text.get(start..end).map_or(i64::from(col), |s| {
            (s.chars().count() + (start + col as usize - end)) as i64
        })
    }

    /// The physical lines `first..=last` (empty past the end).
    fn lines(&self, first: u32, last: u32) -> &str {
        let start = (first as usize)
            .checked_sub(1)
            .and_then(|i| self.line_starts.get(i).copied());
        let Some(start) = start else { return "" };
        let end = self
            .line_starts
            .get(last as usize)
            .copied()
            .unwrap_or(self.text.len());
        self.text.get(start..end.max(start)).unwrap_or("")
    }

    /// The last line of the text, where the parser's view puts DEDENT and
    /// ENDMARKER.
    fn last_line(&self) -> u32 {
        let trimmed = self.text.strip_suffix('\n').unwrap_or(&self.text);
        (trimmed.matches('\n').count() + 1) as u32
    }

    /// `(type, string, (line, col), (end_line, end_col), line)`.
    fn tuple(&self, tok: &Token, extra: bool) -> Value {
        let mut start = (tok.start.line, self.char_col(tok.start.line, tok.start.col));
        let mut end = (tok.end.line, self.char_col(tok.end.line, tok.end.col));
        let mut string = tok.text(&self.text).to_string();
        let mut kind = tok.kind as i64;
        let mut line = self.lines(tok.start.line, tok.end.line).to_string();
        if extra {
            match tok.kind {
                TokenKind::Newline => {
                    end.1 += 1;
                    string = match self.text.as_bytes().get(tok.range.start as usize) {
                        None => String::new(),
                        Some(b'\r') => "\r\n".into(),
                        Some(_) => "\n".into(),
                    };
                }
                TokenKind::Dedent | TokenKind::EndMarker => string.clear(),
                _ => {}
            }
            if tok.kind.operator_text().is_some() {
                kind = TokenKind::Op as i64;
            }
        } else {
            match tok.kind {
                TokenKind::Indent => {
                    start.1 = -1;
                    end.1 = -1;
                    string.clear();
                }
                TokenKind::Dedent | TokenKind::EndMarker => {
                    let last = self.last_line();
                    start = (last, -1);
                    end = (last, -1);
                    string.clear();
                    line = self.lines(last, last).to_string();
                }
                _ => {}
            }
        }
        let pos =
            |(l, c): (u32, i64)| Tuple::new(vec![int::from_i64(i64::from(l)), int::from_i64(c)]);
        Tuple::new(vec![
            int::from_i64(kind),
            PyStr::new(&string),
            pos(start),
            pos(end),
            PyStr::new(&line),
        ])
    }
}

fn tokenizer_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn tokenizer_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<TokenizerIter>().expect("TokenizerIter");
    if it.state.borrow().is_none() {
        let text = read_all(it)?;
        let tokens = if it.extra_tokens {
            tokenize_extra(&text)
        } else {
            tokenize(&text)
        };
        let mut line_starts = vec![0usize];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        *it.state.borrow_mut() = Some(Tokenized {
            text,
            tokens,
            line_starts,
        });
    }
    let state = it.state.borrow();
    let Some(t) = state.as_ref() else {
        return Ok(None);
    };
    let i = it.next.get();
    if let Some(tok) = t.tokens.tokens.get(i) {
        it.next.set(i + 1);
        return Ok(Some(t.tuple(tok, it.extra_tokens)));
    }
    match &t.tokens.error {
        Some(e) if i == t.tokens.tokens.len() => {
            it.next.set(i + 1);
            Err(syntax_error(e, "<string>", None))
        }
        _ => Ok(None),
    }
}

builtin_type!(pub static TOKENIZER_ITER_TYPE: TokenizerIter = TypeSpec {
    name: "_tokenize.TokenizerIter",
    slots: SlotDefs {
        new: Some(tokenizer_new),
        iter: Some(tokenizer_iter),
        iternext: Some(tokenizer_next),
        ..SlotDefs::NONE
    },
    ..TypeSpec::DEFAULT
});

fn types() -> Vec<&'static PyObj<TypeObject>> {
    vec![&TOKENIZER_ITER_TYPE]
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_tokenize",
    doc: "",
    functions: &[],
    types,
    init: ModuleDef::no_init,
};
