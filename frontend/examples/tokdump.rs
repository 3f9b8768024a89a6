//! Prints what the tokenizer makes of files, in the formats of the reference tools, for differential checks against CPython.
//!
//! ```text
//! tokdump tokens --out DIR FILE...   # `python -m tokenize -e FILE` output, to DIR/<FILE>.tok
//! tokdump errors FILE...             # refdump.py's `errors` line of the tokenizer's first error
//! tokdump bench FILE...              # decode + tokenize every file 20 times, print the time
//! ```

use std::fmt::Write as _;
use std::path::Path;

use ouro_frontend::error::ErrorKind;
use ouro_frontend::source::decode_source;
use ouro_frontend::token::TokenKind;
use ouro_frontend::tokenizer::{tokenize, tokenize_extra};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("tokens") if args.get(1).map(String::as_str) == Some("--out") && args.len() > 2 => {
            let out = Path::new(&args[2]);
            for file in &args[3..] {
                let dump = dump_tokens(&std::fs::read(file).unwrap_or_default());
                let dest = out.join(format!("{}.tok", file.trim_start_matches('/')));
                if let Some(dir) = dest.parent() {
                    std::fs::create_dir_all(dir).expect("cannot create output folder");
                }
                std::fs::write(&dest, dump).expect("cannot write dump");
            }
        }
        Some("errors") => {
            for file in &args[1..] {
                let bytes = std::fs::read(file).unwrap_or_default();
                let line = match decode_source(&bytes) {
                    Err(e) => e.to_string(),
                    Ok(text) => tokenize(&text)
                        .error
                        .map_or_else(|| "ok".to_string(), |e| e.to_string()),
                };
                println!("=== {file}\n{line}");
            }
        }
        Some("bench") => {
            let sources: Vec<Vec<u8>> = args[1..]
                .iter()
                .map(|f| std::fs::read(f).unwrap_or_default())
                .collect();
            let started = std::time::Instant::now();
            let mut count = 0;
            for _ in 0..20 {
                for bytes in &sources {
                    if let Ok(text) = decode_source(bytes) {
                        count += tokenize(&text).tokens.len();
                    }
                }
            }
            println!("{count} tokens in {:?}", started.elapsed());
        }
        _ => eprintln!("usage: tokdump tokens --out DIR FILE... | errors FILE... | bench FILE..."),
    }
}

/// `python -m tokenize -e` output: ENCODING first, character columns, and
/// the adjustments of `_tokenize.TokenizerIter` (NEWLINE text and end).
fn dump_tokens(bytes: &[u8]) -> String {
    let mut out = String::new();
    line(&mut out, (0, 0), (0, 0), "ENCODING", "utf-8");
    // `tokenize` reads lines as they are, without translating newlines.
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => match decode_source(bytes) {
            Ok(text) => text,
            Err(e) => {
                let _ = writeln!(out, "ERROR {e}");
                return out;
            }
        },
    };
    let mut line_starts = vec![0usize];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let char_col = |line: u32, col: u32| -> usize {
        let Some(&start) = line_starts.get(line as usize - 1) else {
            return 0;
        };
        let end = (start + col as usize).min(text.len());
        text.get(start..end).map_or(col as usize, |s| {
            s.chars().count() + (start + col as usize - end)
        })
    };
    let tokens = tokenize_extra(&text);
    for tok in &tokens.tokens {
        let start = (tok.start.line, char_col(tok.start.line, tok.start.col));
        let mut end = (tok.end.line, char_col(tok.end.line, tok.end.col));
        let mut string = tok.text(&text).to_string();
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

/// Python's `repr` of a str (non-ASCII characters taken as printable).
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
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
