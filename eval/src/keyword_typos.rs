//! "invalid syntax. Did you mean 'for'?": a misspelt keyword found by trying the closest keywords in place of the names near a `SyntaxError`; mirrors `TracebackException._find_keyword_typos` in CPython 3.14's Lib/traceback.py (with `difflib.get_close_matches`' ratio).

use std::collections::HashMap;

use ouro_frontend::parser::{self, Mode};
use ouro_frontend::token::TokenKind;
use ouro_frontend::tokenizer;

use crate::tb_stack::{dedent, splitlines};

/// `keyword.kwlist`.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Names tried before giving up.
const TOKENS_TO_PROCESS: usize = 10;
const MAX_MATCHES: usize = 3;
const MAX_SOURCE_CHARS: usize = 1024;

/// Where the corrected error points and its new message.
pub struct KeywordTypo {
    pub text: String,
    pub lineno: usize,
    pub end_lineno: usize,
    pub offset: usize,
    pub end_offset: usize,
    pub msg: String,
}

/// `SequenceMatcher(None, a, b).ratio()`: twice the matched characters over
/// the total length.
fn similarity_ratio(a: &[char], b: &[char]) -> f64 {
    let mut b2j: HashMap<char, Vec<usize>> = HashMap::new();
    for (j, c) in b.iter().enumerate() {
        b2j.entry(*c).or_default().push(j);
    }
    let longest = |alo: usize, ahi: usize, blo: usize, bhi: usize| {
        let (mut best_i, mut best_j, mut best_size) = (alo, blo, 0);
        let mut j2len: HashMap<usize, usize> = HashMap::new();
        for (i, c) in a.iter().enumerate().take(ahi).skip(alo) {
            let mut next: HashMap<usize, usize> = HashMap::new();
            for &j in b2j.get(c).map_or(&[][..], Vec::as_slice) {
                if j < blo {
                    continue;
                }
                if j >= bhi {
                    break;
                }
                let k = j
                    .checked_sub(1)
                    .and_then(|p| j2len.get(&p))
                    .copied()
                    .unwrap_or(0)
                    + 1;
                next.insert(j, k);
                if k > best_size {
                    (best_i, best_j, best_size) = (i + 1 - k, j + 1 - k, k);
                }
            }
            j2len = next;
        }
        (best_i, best_j, best_size)
    };
    let mut matched = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest(alo, ahi, blo, bhi);
        if k == 0 {
            continue;
        }
        matched += k;
        if alo < i && blo < j {
            queue.push((alo, i, blo, j));
        }
        if i + k < ahi && j + k < bhi {
            queue.push((i + k, ahi, j + k, bhi));
        }
    }
    let total = a.len() + b.len();
    if total == 0 {
        1.0
    } else {
        2.0 * matched as f64 / total as f64
    }
}

/// `difflib.get_close_matches(word, KEYWORDS, n=3, cutoff=0.5)`.
fn close_keywords(word: &str) -> Vec<&'static str> {
    let w: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = KEYWORDS
        .iter()
        .map(|k| (similarity_ratio(&k.chars().collect::<Vec<_>>(), &w), *k))
        .filter(|(score, _)| *score >= 0.5)
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(y.1.cmp(x.1)));
    scored
        .into_iter()
        .take(MAX_MATCHES)
        .map(|(_, k)| k)
        .collect()
}

/// Whether a parse failed at the end of the input (CPython's
/// `_is_end_of_source`, where `codeop` sees "incomplete input"): a tokenizer
/// error there, or an error placed past the last character.
pub fn fails_at_end(code: &str, error: &ouro_frontend::error::SyntaxError) -> bool {
    let tokens = tokenizer::tokenize(code);
    if tokens.error_at_eof
        && tokens
            .error
            .as_ref()
            .is_some_and(|t| t.msg == error.msg && t.lineno == error.lineno)
    {
        return true;
    }
    let lines: Vec<&str> = code.lines().collect();
    let Some(lineno) = error.lineno.map(|l| l as usize) else {
        return false;
    };
    if lineno == 0 {
        return lines.is_empty();
    }
    match lineno.cmp(&lines.len()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => error
            .offset
            .is_some_and(|o| o as usize > lines[lineno - 1].chars().count()),
        std::cmp::Ordering::Less => false,
    }
}

/// What `codeop.compile_command(code, "exec")` accepts: valid code, or code
/// that only needs more input.
fn compiles(code: &str) -> bool {
    [code.to_string(), format!("{code}\n")]
        .iter()
        .any(|source| match parser::parse(source, Mode::Exec) {
            Ok(_) => true,
            Err(e) => fails_at_end(source, &e),
        })
}

/// The first misspelt keyword among the names of the error's lines
/// (`lines`: the source up to the error line), with the error moved onto it.
pub fn find(lines: &[String], end_line: usize, only_error_line: bool) -> Option<KeywordTypo> {
    let error_code = dedent(&lines[..end_line.min(lines.len())].join("\n"));
    if error_code.chars().count() > MAX_SOURCE_CHARS {
        return None;
    }
    let error_lines = splitlines(&error_code, false);
    let tokens = tokenizer::tokenize_extra(&error_code);
    let mut left = TOKENS_TO_PROCESS;
    for token in &tokens.tokens {
        if token.kind != TokenKind::Name {
            continue;
        }
        let (start_line, end_line_of_token) = (token.start.line as usize, token.end.line as usize);
        if only_error_line && start_line != end_line {
            continue;
        }
        let wrong = token.text(&error_code);
        if KEYWORDS.contains(&wrong) {
            continue;
        }
        if left == 0 {
            break;
        }
        left -= 1;
        let line = error_lines.get(start_line.checked_sub(1)?)?;
        let line_chars: Vec<char> = line.chars().collect();
        let to_chars = |byte_col: u32| {
            line.char_indices()
                .take_while(|(at, _)| *at < byte_col as usize)
                .count()
        };
        let (start_col, end_col) = (to_chars(token.start.col), to_chars(token.end.col));
        let mut matches: Vec<&str> = Vec::new();
        let keywords: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
        let closest = crate::suggestions::closest(&keywords, wrong);
        if let Some(c) = &closest {
            matches.push(c);
        }
        matches.extend(close_keywords(wrong));
        matches.truncate(MAX_MATCHES);
        for suggestion in matches {
            if suggestion.is_empty() || suggestion == wrong {
                continue;
            }
            let mut fixed = error_lines.clone();
            let mut chars = line_chars.clone();
            chars.splice(start_col..end_col.max(start_col), suggestion.chars());
            fixed[start_line - 1] = chars.into_iter().collect();
            if !compiles(&fixed.join("\n")) {
                continue;
            }
            let physical_line = error_code
                .split_inclusive('\n')
                .nth(start_line - 1)
                .unwrap_or(line)
                .to_string();
            return Some(KeywordTypo {
                text: physical_line,
                lineno: start_line,
                end_lineno: end_line_of_token,
                offset: start_col + 1,
                end_offset: end_col + 1,
                msg: format!("invalid syntax. Did you mean '{suggestion}'?"),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_counts_matching_blocks() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(similarity_ratio(&chars("abcd"), &chars("abcd")), 1.0);
        assert_eq!(similarity_ratio(&chars("for"), &chars("forr")), 6.0 / 7.0);
        assert_eq!(close_keywords("whille"), vec!["while"]);
    }
}
