//! Source bytes to text as CPython's tokenizer decodes them: BOM, PEP 263 coding cookie, UTF-8 check (mirrors `decode_str` and `check_coding_spec` in Parser/tokenizer/helpers.c).

mod codecs;

use crate::error::{ErrorKind, SyntaxError};

/// The text of a source file, decoded as `compile()` decodes bytes: a UTF-8
/// BOM is dropped, a PEP 263 cookie on line 1 or 2 picks the codec (UTF-8,
/// Latin-1, ASCII and the single-byte codecs of Python's `encodings`, by any
/// of their aliases), and the errors are CPython's. Multi-byte codecs other
/// than UTF-8 (UTF-16, the CJK codecs) are not available: "unknown encoding".
///
/// Like CPython's `translate_newlines`, `\r\n` and lone `\r` become `\n`
/// first, so string literals hold `\n` and lone `\r` ends a line.
///
/// Positions CPython reports as `-1` (unknown encodings, codec errors) are
/// `None` here, since `SyntaxError` keeps unsigned columns.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    if bytes.contains(&0) {
        return Err(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            lineno: None,
            offset: None,
            end_lineno: None,
            end_offset: None,
        });
    }
    let translated;
    let bytes = if bytes.contains(&b'\r') {
        translated = translate_newlines(bytes);
        &translated[..]
    } else {
        bytes
    };
    let (has_bom, text) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let codec = match find_cookie(text) {
        None => Codec::Utf8Default,
        Some(cookie) => {
            let normal = normal_name(cookie.name);
            if has_bom {
                if normal != "utf-8" {
                    return Err(bom_mismatch(&cookie, normal));
                }
                Codec::Utf8Default
            } else if normal == "utf-8" {
                Codec::Utf8Default
            } else {
                match lookup_codec(normal) {
                    Some(codec) => codec,
                    None => {
                        return Err(codec_error(format!("unknown encoding: {normal}"), Some(0)));
                    }
                }
            }
        }
    };
    match codec {
        Codec::Utf8Default => match std::str::from_utf8(text) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) => Err(non_utf8_error(text, e.valid_up_to())),
        },
        Codec::Utf8Named => match std::str::from_utf8(text) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) => Err(utf8_codec_error(text, e)),
        },
        Codec::Latin1 => Ok(text.iter().map(|&b| b as char).collect()),
        Codec::SingleByte(table) => decode_single_byte(text, table),
        Codec::Ascii => match text.iter().position(|&b| b >= 0x80) {
            None => Ok(text.iter().map(|&b| b as char).collect()),
            Some(pos) => Err(codec_error(
                format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)",
                    text[pos]
                ),
                Some(0),
            )),
        },
    }
}

/// `\r\n` and lone `\r` to `\n`.
fn translate_newlines(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut iter = bytes.iter().peekable();
    while let Some(&b) = iter.next() {
        if b == b'\r' {
            iter.next_if_eq(&&b'\n');
            out.push(b'\n');
        } else {
            out.push(b);
        }
    }
    out
}

/// How the text is decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    /// No cookie, or one CPython normalises to "utf-8": the tokenizer checks
    /// UTF-8 itself and reports "Non-UTF-8 code starting with ...".
    Utf8Default,
    /// A UTF-8 alias CPython does not normalise (e.g. "utf8"): decoded by the
    /// `utf-8` codec, whose errors are `UnicodeDecodeError` messages.
    Utf8Named,
    Latin1,
    Ascii,
    /// A codec of `codecs::SINGLE_BYTE`: the characters of bytes 0x80-0xFF.
    SingleByte(&'static str),
}

/// A coding cookie found on line 1 or 2.
struct Cookie<'a> {
    name: &'a str,
    /// 1-based line of the cookie and that line's bytes (with its newline).
    line: u32,
    line_text: &'a [u8],
}

/// The cookie of `get_coding_spec`: on line 1, or on line 2 when line 1
/// holds only a comment or whitespace; the cookie must sit in a comment that
/// is the only thing on its line.
fn find_cookie(text: &[u8]) -> Option<Cookie<'_>> {
    let mut rest = text;
    for line in 1..=2u32 {
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        let line_text = &rest[..end];
        if let Some(name) = coding_spec(line_text) {
            return Some(Cookie {
                name,
                line,
                line_text,
            });
        }
        let code_first = line_text
            .iter()
            .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
            .is_some_and(|&b| !matches!(b, b'#' | b'\n' | b'\r'));
        // A line with code (or a backslash continuation) ends the search.
        if code_first || end == rest.len() || line_text.ends_with(b"\\\n") {
            return None;
        }
        rest = &rest[end..];
    }
    None
}

/// The encoding name in a `coding[:=]` comment of one line, if any.
fn coding_spec(line: &[u8]) -> Option<&str> {
    // CPython scans up to `size - 6` bytes, so a cookie needs room after it.
    let limit = line.len().saturating_sub(6);
    let hash = line[..limit]
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let mut i = hash;
    while i < limit {
        if line[i..].starts_with(b"coding") {
            let mut t = i + 6;
            if matches!(line.get(t), Some(b':' | b'=')) {
                t += 1;
                while matches!(line.get(t), Some(b' ' | b'\t')) {
                    t += 1;
                }
                let begin = t;
                while line
                    .get(t)
                    .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                {
                    t += 1;
                }
                if begin < t {
                    return std::str::from_utf8(&line[begin..t]).ok();
                }
            }
        }
        i += 1;
    }
    None
}

/// CPython's `get_normal_name`: the spellings of UTF-8 and Latin-1 it
/// recognises become "utf-8" and "iso-8859-1"; anything else is kept.
fn normal_name(name: &str) -> &str {
    let folded: String = name
        .bytes()
        .take(12)
        .map(|b| {
            if b == b'_' {
                '-'
            } else {
                b.to_ascii_lowercase() as char
            }
        })
        .collect();
    if folded == "utf-8" || folded.starts_with("utf-8-") {
        "utf-8"
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&folded.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| folded.starts_with(p))
    {
        "iso-8859-1"
    } else {
        name
    }
}

/// The codec Python's `codecs.lookup` finds for a name: normalised as
/// `encodings.normalize_encoding` does, then looked up in `encodings.aliases`
/// or taken as a codec module name.
fn lookup_codec(name: &str) -> Option<Codec> {
    let mut key = String::with_capacity(name.len());
    for part in name
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .filter(|p| !p.is_empty())
    {
        if !key.is_empty() {
            key.push('_');
        }
        key.push_str(&part.to_ascii_lowercase());
    }
    let alias = |k: &str| {
        codecs::ALIASES
            .binary_search_by(|&(alias, _)| alias.cmp(k))
            .ok()
            .map(|i| codecs::ALIASES[i].1)
    };
    let codec = alias(&key)
        .or_else(|| alias(&key.replace('.', "_")))
        .unwrap_or(&key);
    match codec {
        "utf_8" => Some(Codec::Utf8Named),
        "latin_1" => Some(Codec::Latin1),
        "ascii" => Some(Codec::Ascii),
        _ => codecs::SINGLE_BYTE
            .iter()
            .find(|&&(name, _)| name == codec)
            .map(|&(_, table)| Codec::SingleByte(table)),
    }
}

/// Decodes with a single-byte table; undefined bytes are the `charmap`
/// codec's error.
fn decode_single_byte(text: &[u8], table: &str) -> Result<String, SyntaxError> {
    let high: Vec<char> = table.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    for (pos, &b) in text.iter().enumerate() {
        let ch = if b < 0x80 {
            char::from(b)
        } else {
            high.get(usize::from(b - 0x80))
                .copied()
                .unwrap_or('\u{fffe}')
        };
        if ch == '\u{fffe}' {
            let msg = format!(
                "'charmap' codec can't decode byte 0x{b:02x} in position {pos}: character maps to <undefined>"
            );
            return Err(codec_error(msg, Some(0)));
        }
        out.push(ch);
    }
    Ok(out)
}

/// An error CPython raises while setting up the decoder: it has no source
/// line, so `lineno` is 0 and the columns are unknown.
fn codec_error(msg: String, lineno: Option<u32>) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        lineno,
        offset: None,
        end_lineno: None,
        end_offset: None,
    }
}

/// "encoding problem: NAME with BOM", located on the cookie's line as
/// CPython 3.14 locates it (the end column counts the newline on line 2 only).
fn bom_mismatch(cookie: &Cookie<'_>, normal: &str) -> SyntaxError {
    let mut line = cookie.line_text;
    if cookie.line == 1 {
        line = line.strip_suffix(b"\n").unwrap_or(line);
        line = line.strip_suffix(b"\r").unwrap_or(line);
    }
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: format!("encoding problem: {normal} with BOM"),
        lineno: Some(cookie.line),
        offset: Some(0),
        end_lineno: Some(cookie.line),
        end_offset: Some(char_count(line)),
    }
}

/// The tokenizer's own UTF-8 check: the first bad byte, its line, and the
/// 1-based column just past the valid text before it.
fn non_utf8_error(text: &[u8], bad: usize) -> SyntaxError {
    let before = &text[..bad];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let lineno = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let col = char_count(&text[line_start..bad]) + 1;
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: format!(
            "Non-UTF-8 code starting with '\\x{:02x}' on line {lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            text[bad]
        ),
        lineno: Some(lineno),
        offset: Some(col),
        end_lineno: Some(lineno),
        end_offset: Some(col),
    }
}

/// The `UnicodeDecodeError` message of Python's `utf-8` codec.
fn utf8_codec_error(text: &[u8], e: std::str::Utf8Error) -> SyntaxError {
    let start = e.valid_up_to();
    let (len, reason) = match e.error_len() {
        None => (text.len() - start, "unexpected end of data"),
        Some(n) => {
            let lead = text[start];
            let reason = if (0x80..0xc2).contains(&lead) || lead > 0xf4 {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            (n, reason)
        }
    };
    let msg = if len == 1 {
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            text[start]
        )
    } else {
        format!(
            "'utf-8' codec can't decode bytes in position {start}-{}: {reason}",
            start + len - 1
        )
    };
    codec_error(msg, Some(0))
}

/// Characters in valid UTF-8 bytes (each non-continuation byte starts one).
fn char_count(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(bytes: &[u8]) -> String {
        decode_source(bytes).unwrap_err().to_string()
    }

    #[test]
    fn plain_and_bom() {
        assert_eq!(decode_source(b"x = 1\n").unwrap(), "x = 1\n");
        assert_eq!(decode_source(b"\xef\xbb\xbfx = 1\n").unwrap(), "x = 1\n");
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: utf-8\nx = 1\n").unwrap(),
            "# coding: utf-8\nx = 1\n"
        );
    }

    #[test]
    fn newlines_translated() {
        assert_eq!(
            decode_source(b"x = 1\r\ny = '''a\r\nb'''\rz\r").unwrap(),
            "x = 1\ny = '''a\nb'''\nz\n"
        );
    }

    #[test]
    fn cookies() {
        assert_eq!(
            decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n").unwrap(),
            "# -*- coding: latin-1 -*-\nx = '\u{e9}'\n"
        );
        assert_eq!(
            decode_source(b"#!python\n#coding:latin-1\nx='\xe9'\n").unwrap(),
            "#!python\n#coding:latin-1\nx='\u{e9}'\n"
        );
        assert_eq!(
            decode_source(b"# coding=utf8\nx = '\xc3\xa9'\n").unwrap(),
            "# coding=utf8\nx = '\u{e9}'\n"
        );
        // A cookie after code, or on line 3, is just a comment.
        assert!(decode_source(b"print(1) # coding: latin-1\nx = '\xe9'\n").is_err());
        assert_eq!(
            decode_source(b"\n\n# coding: latin-1\n").unwrap(),
            "\n\n# coding: latin-1\n"
        );
    }

    #[test]
    fn single_byte_codecs() {
        let decoded = |src: &[u8]| decode_source(src).unwrap();
        assert_eq!(
            decoded(b"# coding: koi8-r\nx = '\xc1\xc2'\n"),
            "# coding: koi8-r\nx = '\u{430}\u{431}'\n"
        );
        assert_eq!(
            decoded(b"# coding: iso_8859_15\nx = '\xa4'\n"),
            "# coding: iso_8859_15\nx = '\u{20ac}'\n"
        );
        assert_eq!(
            decoded(b"# coding: mac-roman\nx = '\x80'\n"),
            "# coding: mac-roman\nx = '\u{c4}'\n"
        );
        assert_eq!(
            decoded(b"# coding: windows-1252\nx = '\x80'\n"),
            "# coding: windows-1252\nx = '\u{20ac}'\n"
        );
        assert_eq!(
            err(b"# coding: cp1252\nx = \"\x81\"\n"),
            "SyntaxError: 'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined> @0:None-None:None"
        );
        // Normalised, "CP-1252" is "cp_1252": no such codec.
        assert_eq!(
            err(b"# coding: CP-1252\nx = 1\n"),
            "SyntaxError: unknown encoding: CP-1252 @0:None-None:None"
        );
    }

    #[test]
    fn errors_as_cpython_reports_them() {
        assert_eq!(
            err(b"x\x00 = 1\n"),
            "SyntaxError: source code string cannot contain null bytes @None:None-None:None"
        );
        assert_eq!(
            err(b"x = \"\xff\"\n"),
            "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details @1:6-1:6"
        );
        assert_eq!(
            err(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"),
            "SyntaxError: encoding problem: iso-8859-1 with BOM @1:0-1:17"
        );
        assert_eq!(
            err(b"\xef\xbb\xbf# hi\n# coding: latin-1\nx = 1\n"),
            "SyntaxError: encoding problem: iso-8859-1 with BOM @2:0-2:18"
        );
        assert_eq!(
            err(b"\xef\xbb\xbf# coding: utf8\nx = 1\n"),
            "SyntaxError: encoding problem: utf8 with BOM @1:0-1:14"
        );
        assert_eq!(
            err(b"# coding: foo\nx = 1\n"),
            "SyntaxError: unknown encoding: foo @0:None-None:None"
        );
        assert_eq!(
            err(b"# coding: ascii\nx = \"\xc3\xa9\"\n"),
            "SyntaxError: 'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in range(128) @0:None-None:None"
        );
        assert_eq!(
            err(b"# coding: utf8\nx = \"\xff\"\n"),
            "SyntaxError: 'utf-8' codec can't decode byte 0xff in position 20: invalid start byte @0:None-None:None"
        );
    }
}
