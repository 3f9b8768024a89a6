//! The `python -m tokenize -e` listing of a text: what `_tokenize.TokenizerIter(extra_tokens=True)` makes of the tokens (Python/Python-tokenize.c), printed as Lib/tokenize.py prints them.

use std::fmt::Write as _;

use super::errors::is_printable;
use super::tokenize_extra;
use crate::error::ErrorKind;
use crate::token::TokenKind;

/// The listing of `text` (taken as UTF-8 source): ENCODING first, character
/// columns, NEWLINE with its text and one column wider, operators named by
/// their text, and a last `ERROR` line as `tokenize` reports errors.
pub fn tokenize_listing(text: &str) -> String {
    let mut out = String::new();
    line(&mut out, (0, 0), (0, 0), "ENCODING", "utf-8");
    let mut line_starts = vec![0usize];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let char_col = |line: u32, col: u32| -> usize {
        let Some(&start) = (line as usize)
            .checked_sub(1)
            .and_then(|i| line_starts.get(i))
        else {
            return 0;
        };
        let end = (start + col as usize).min(text.len());
        text.get(start..end).map_or(col as usize, |s| {
            s.chars().count() + (start + col as usize - end)
        })
    };
    let tokens = tokenize_extra(text);
    for tok in &tokens.tokens {
        let start = (tok.start.line, char_col(tok.start.line, tok.start.col));
        let mut end = (tok.end.line, char_col(tok.end.line, tok.end.col));
        let mut string = tok.text(text).to_string();
        match tok.kind {
            TokenKind::Newline => {
                end.1 += 1;
                let at = tok.range.start as usize;
                string = match text.as_bytes().get(at) {
                    None => String::new(),
                    Some(b'\r') => "\r\n".into(),
                    Some(_) => "\n".into(),
                };
            }
            TokenKind::Dedent | TokenKind::EndMarker => string.clear(),
            _ => {}
        }
        // `tokenize` names an operator by its text (`exact_type`): `<>` is OP.
        let name = match tok.kind.operator_text() {
            Some(op) if op != string => "OP",
            _ => tok.kind.name(),
        };
        line(&mut out, start, end, name, &string);
    }
    if let Some(e) = tokens.error {
        if e.kind == ErrorKind::SyntaxError {
            // What `tokenize` makes of it (`_transform_msg`).
            let msg = if e.msg.contains("unterminated triple-quoted string literal") {
                "EOF in multi-line string"
            } else {
                &e.msg
            };
            let at = |v: Option<u32>| v.map_or_else(|| "None".to_string(), |n| n.to_string());
            let _ = writeln!(
                out,
                "ERROR TokenError: ({}, ({}, {}))",
                py_repr(msg),
                at(e.lineno),
                at(e.offset)
            );
        } else {
            let line = e.lineno.unwrap_or(0);
            let _ = writeln!(
                out,
                "ERROR {}: {} (<string>, line {line})",
                e.kind.name(),
                e.msg
            );
        }
    }
    out
}

fn line(out: &mut String, start: (u32, usize), end: (u32, usize), kind: &str, text: &str) {
    let range = format!("{},{}-{},{}:", start.0, start.1, end.0, end.1);
    let _ = writeln!(out, "{range:<20}{kind:<15}{:<15}", py_repr(text));
}

/// Python's `repr` of a str.
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let _ = match c as u32 {
                    n @ ..=0xff => write!(out, "\\x{n:02x}"),
                    n @ ..=0xffff => write!(out, "\\u{n:04x}"),
                    n => write!(out, "\\U{n:08x}"),
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
