//! XML 1.0 lexical pieces over decoded characters: names, character classes, references, attribute values,
//! literals and the markup tokens of content (tags, comments, PIs, CDATA); each either completes, needs more
//! input, or fails at a position, as expat's xmltok.c does.

/// Why a token could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fail {
    /// The input ends inside the token.
    Partial,
    /// An error `code` at offset `at` of the slice (errors.codes numbering).
    At(u32, usize),
}

pub const E_SYNTAX: u32 = 2;
pub const E_NO_ELEMENTS: u32 = 3;
pub const E_INVALID_TOKEN: u32 = 4;
pub const E_UNCLOSED_TOKEN: u32 = 5;
pub const E_TAG_MISMATCH: u32 = 7;
pub const E_DUPLICATE_ATTRIBUTE: u32 = 8;
pub const E_JUNK_AFTER_DOC_ELEMENT: u32 = 9;
pub const E_UNDEFINED_ENTITY: u32 = 11;
pub const E_RECURSIVE_ENTITY_REF: u32 = 12;
pub const E_ASYNC_ENTITY: u32 = 13;
pub const E_BAD_CHAR_REF: u32 = 14;
pub const E_BINARY_ENTITY_REF: u32 = 15;
pub const E_ATTRIBUTE_EXTERNAL_ENTITY_REF: u32 = 16;
pub const E_PARTIAL_CHAR: u32 = 6;
pub const E_MISPLACED_XML_PI: u32 = 17;
pub const E_UNKNOWN_ENCODING: u32 = 18;
pub const E_INCORRECT_ENCODING: u32 = 19;
pub const E_UNCLOSED_CDATA_SECTION: u32 = 20;
pub const E_EXTERNAL_ENTITY_HANDLING: u32 = 21;
pub const E_NOT_STANDALONE: u32 = 22;
pub const E_UNBOUND_PREFIX: u32 = 27;
pub const E_UNDECLARING_PREFIX: u32 = 28;
pub const E_XML_DECL: u32 = 30;
pub const E_FINISHED: u32 = 36;
pub const E_AMPLIFICATION: u32 = 43;

pub type TokResult<T> = Result<T, Fail>;

pub fn is_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

pub fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

pub fn is_name_start(c: char) -> bool {
    matches!(c, ':' | 'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}'
        | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

pub fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// A name starting at `i`: its end, Partial at the end of input, or the offending position.
pub fn name_end(s: &[char], i: usize) -> TokResult<usize> {
    match s.get(i) {
        None => return Err(Fail::Partial),
        Some(&c) if !is_name_start(c) => return Err(Fail::At(E_INVALID_TOKEN, i)),
        _ => {}
    }
    let mut j = i + 1;
    while let Some(&c) = s.get(j) {
        if !is_name_char(c) {
            return Ok(j);
        }
        j += 1;
    }
    Err(Fail::Partial)
}

pub fn skip_space(s: &[char], mut i: usize) -> usize {
    while s.get(i).is_some_and(|&c| is_space(c)) {
        i += 1;
    }
    i
}

pub fn text(s: &[char], a: usize, b: usize) -> String {
    s[a..b].iter().collect()
}

pub fn starts_with(s: &[char], i: usize, lit: &str) -> TokResult<bool> {
    for (k, c) in lit.chars().enumerate() {
        match s.get(i + k) {
            None => return Err(Fail::Partial),
            Some(&d) if d != c => return Ok(false),
            _ => {}
        }
    }
    Ok(true)
}

/// A reference after `&` at `i`: `Ok((end, Ref))` with `end` past the `;`.
pub enum Ref {
    Char(char),
    Entity(String),
}

pub fn reference(s: &[char], amp: usize) -> TokResult<(usize, Ref)> {
    let i = amp + 1;
    if s.get(i) == Some(&'#') {
        let (hex, mut j) = if s.get(i + 1) == Some(&'x') {
            (true, i + 2)
        } else {
            (false, i + 1)
        };
        let start = j;
        let mut value: u32 = 0;
        loop {
            let Some(&c) = s.get(j) else {
                return Err(Fail::Partial);
            };
            if c == ';' && j > start {
                break;
            }
            let digit = if hex { c.to_digit(16) } else { c.to_digit(10) };
            let Some(d) = digit else {
                return Err(Fail::At(E_INVALID_TOKEN, j));
            };
            value = value
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d);
            j += 1;
        }
        return match char::from_u32(value).filter(|&c| is_char(c)) {
            Some(c) => Ok((j + 1, Ref::Char(c))),
            None => Err(Fail::At(E_BAD_CHAR_REF, amp)),
        };
    }
    let end = name_end(s, i)?;
    match s.get(end) {
        Some(';') => Ok((end + 1, Ref::Entity(text(s, i, end)))),
        None => Err(Fail::Partial),
        Some(_) => Err(Fail::At(E_INVALID_TOKEN, end)),
    }
}

pub fn predefined(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => None,
    }
}

/// A quoted literal at `i`: its end (past the closing quote) and content.
pub fn literal(s: &[char], i: usize) -> TokResult<(usize, String)> {
    let q = match s.get(i) {
        None => return Err(Fail::Partial),
        Some(&q @ ('"' | '\'')) => q,
        Some(_) => return Err(Fail::At(E_INVALID_TOKEN, i)),
    };
    let mut j = i + 1;
    loop {
        match s.get(j) {
            None => return Err(Fail::Partial),
            Some(&c) if c == q => return Ok((j + 1, text(s, i + 1, j))),
            Some(&c) if !is_char(c) => return Err(Fail::At(E_INVALID_TOKEN, j)),
            _ => j += 1,
        }
    }
}

/// One attribute as written: name, the raw value between the quotes, and where each starts.
pub struct RawAttr {
    pub name: String,
    pub name_at: usize,
    pub value: Vec<char>,
    pub value_at: usize,
}

pub struct Tag {
    pub name: String,
    pub attrs: Vec<RawAttr>,
    pub empty: bool,
    pub end: usize,
}

/// A start tag at `lt` (the `<`).
pub fn start_tag(s: &[char], lt: usize) -> TokResult<Tag> {
    let name_end_at = name_end(s, lt + 1)?;
    let name = text(s, lt + 1, name_end_at);
    let mut attrs = Vec::new();
    let mut i = name_end_at;
    loop {
        let had_space = s.get(i).is_some_and(|&c| is_space(c));
        i = skip_space(s, i);
        match s.get(i) {
            None => return Err(Fail::Partial),
            Some('>') => {
                return Ok(Tag {
                    name,
                    attrs,
                    empty: false,
                    end: i + 1,
                });
            }
            Some('/') => {
                return match s.get(i + 1) {
                    None => Err(Fail::Partial),
                    Some('>') => Ok(Tag {
                        name,
                        attrs,
                        empty: true,
                        end: i + 2,
                    }),
                    Some(_) => Err(Fail::At(E_INVALID_TOKEN, i + 1)),
                };
            }
            Some(_) if !had_space => return Err(Fail::At(E_INVALID_TOKEN, i)),
            Some(_) => {}
        }
        let an_end = name_end(s, i)?;
        let an = text(s, i, an_end);
        let mut j = skip_space(s, an_end);
        match s.get(j) {
            None => return Err(Fail::Partial),
            Some('=') => j += 1,
            Some(_) => return Err(Fail::At(E_INVALID_TOKEN, j)),
        }
        j = skip_space(s, j);
        let q = match s.get(j) {
            None => return Err(Fail::Partial),
            Some(&q @ ('"' | '\'')) => q,
            Some(_) => return Err(Fail::At(E_INVALID_TOKEN, j)),
        };
        let mut k = j + 1;
        loop {
            match s.get(k) {
                None => return Err(Fail::Partial),
                Some(&c) if c == q => break,
                Some('<') => return Err(Fail::At(E_INVALID_TOKEN, k)),
                Some(&c) if !is_char(c) => return Err(Fail::At(E_INVALID_TOKEN, k)),
                _ => k += 1,
            }
        }
        attrs.push(RawAttr {
            name: an,
            name_at: i,
            value: s[j + 1..k].to_vec(),
            value_at: j + 1,
        });
        i = k + 1;
        if let Some(&c) = s.get(i)
            && !is_space(c)
            && c != '>'
            && c != '/'
        {
            return Err(Fail::At(E_INVALID_TOKEN, i));
        }
    }
}

/// An end tag at `lt`: the name, where it starts, and the end of the token.
pub fn end_tag(s: &[char], lt: usize) -> TokResult<(String, usize, usize)> {
    let e = name_end(s, lt + 2)?;
    let j = skip_space(s, e);
    match s.get(j) {
        None => Err(Fail::Partial),
        Some('>') => Ok((text(s, lt + 2, e), lt + 2, j + 1)),
        Some(_) => Err(Fail::At(E_INVALID_TOKEN, j)),
    }
}

/// A comment at `lt` (`<!--` already checked): its end and text.
pub fn comment(s: &[char], lt: usize) -> TokResult<(usize, String)> {
    let mut j = lt + 4;
    loop {
        match s.get(j) {
            None => return Err(Fail::Partial),
            Some('-') => match s.get(j + 1) {
                None => return Err(Fail::Partial),
                Some('-') => {
                    return match s.get(j + 2) {
                        None => Err(Fail::Partial),
                        Some('>') => Ok((j + 3, text(s, lt + 4, j))),
                        Some(_) => Err(Fail::At(E_INVALID_TOKEN, j + 2)),
                    };
                }
                Some(_) => j += 1,
            },
            Some(&c) if !is_char(c) => return Err(Fail::At(E_INVALID_TOKEN, j)),
            _ => j += 1,
        }
    }
}

/// A processing instruction at `lt`: its end, target and data.
pub fn pi(s: &[char], lt: usize) -> TokResult<(usize, String, String)> {
    let te = name_end(s, lt + 2)?;
    let target = text(s, lt + 2, te);
    match s.get(te) {
        None => return Err(Fail::Partial),
        Some('?') => {
            return match s.get(te + 1) {
                None => Err(Fail::Partial),
                Some('>') => Ok((te + 2, target, String::new())),
                Some(_) => Err(Fail::At(E_INVALID_TOKEN, te + 1)),
            };
        }
        Some(&c) if !is_space(c) => return Err(Fail::At(E_INVALID_TOKEN, te)),
        _ => {}
    }
    let ds = skip_space(s, te);
    let mut j = ds;
    loop {
        match s.get(j) {
            None => return Err(Fail::Partial),
            Some('?') if s.get(j + 1) == Some(&'>') => return Ok((j + 2, target, text(s, ds, j))),
            Some('?') if j + 1 == s.len() => return Err(Fail::Partial),
            Some(&c) if !is_char(c) => return Err(Fail::At(E_INVALID_TOKEN, j)),
            _ => j += 1,
        }
    }
}

/// CDATA content after `<![CDATA[` at `start`: the end (past `]]>`) and the content.
pub fn cdata(s: &[char], start: usize) -> TokResult<(usize, String)> {
    let mut j = start;
    loop {
        match s.get(j) {
            None => return Err(Fail::Partial),
            Some(']') => match (s.get(j + 1), s.get(j + 2)) {
                (Some(']'), Some('>')) => return Ok((j + 3, text(s, start, j))),
                (None, _) | (Some(']'), None) => return Err(Fail::Partial),
                _ => j += 1,
            },
            Some(&c) if !is_char(c) => return Err(Fail::At(E_INVALID_TOKEN, j)),
            _ => j += 1,
        }
    }
}

/// Splits character data the way expat reports it: each line break (`\r\n`, `\r` or `\n`, reported as
/// `\n`) on its own, the text between as one piece.
pub fn split_lines(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' || c == '\n' {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push("\n".to_string());
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Splits CDATA section content as expat reports it: a `]` that could start the closing `]]>` is a piece
/// of its own, then each piece is split at line breaks.
pub fn split_cdata(t: &str) -> Vec<String> {
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (k, &c) in chars.iter().enumerate() {
        if c == ']' && chars.get(k + 1).is_none_or(|&n| n == ']') {
            if !cur.is_empty() {
                out.extend(split_lines(&std::mem::take(&mut cur)));
            }
            out.push("]".to_string());
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.extend(split_lines(&cur));
    }
    out
}
