//! Values of number and string literals: mirrors `parsenumber` (Parser/pegen.c) and `decode_unicode_with_escapes` / `_PyBytes_DecodeEscape` (Parser/string_parser.c).

use crate::ast::{Constant, PyStr};
use num_bigint::BigInt;

/// The value of a NUMBER token's text (already checked by the tokenizer).
/// `None` for text the tokenizer should never have produced.
pub fn parse_number(text: &str) -> Option<Constant> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(imag) = lower.strip_suffix('j') {
        return imag.parse::<f64>().ok().map(Constant::Complex);
    }
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(digits) = lower.strip_prefix(prefix) {
            return parse_int(digits, radix);
        }
    }
    if lower.contains(['.', 'e']) {
        return lower.parse::<f64>().ok().map(Constant::Float);
    }
    parse_int(&lower, 10)
}

fn parse_int(digits: &str, radix: u32) -> Option<Constant> {
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Some(Constant::Int(v));
    }
    BigInt::parse_bytes(digits.as_bytes(), radix).map(|v| Constant::BigInt(Box::new(v)))
}

/// A string literal's prefix letters, lower-cased.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub unicode: bool,
}

impl Prefix {
    pub fn of(text: &str) -> Prefix {
        let mut p = Prefix::default();
        for c in text.chars().take_while(|c| c.is_ascii_alphabetic()) {
            match c.to_ascii_lowercase() {
                'r' => p.raw = true,
                'b' => p.bytes = true,
                'u' => p.unicode = true,
                _ => {}
            }
        }
        p
    }
}

/// Why an escape sequence could not be decoded, with the byte offsets of the
/// escape in the literal's body (what CPython's codec error message reports).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub msg: String,
}

/// A backslash escape that Python does not know: kept verbatim, but a
/// `SyntaxWarning` is due. `offset` is the byte offset of the backslash in
/// the decoded body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidEscape {
    pub offset: usize,
    /// The escape's text after the backslash: one character, or three octal digits.
    pub text: String,
    pub octal: bool,
}

/// The body of a STRING token: prefix and quotes removed.
pub fn string_body(text: &str) -> &str {
    let start = text.find(['\'', '"']).unwrap_or(0);
    let rest = &text[start..];
    let quote_len = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let end = rest.len().saturating_sub(quote_len).max(quote_len);
    rest.get(quote_len..end).unwrap_or("")
}

/// Decodes the escapes of a `str` literal body (not raw).
pub fn decode_str(body: &str, warnings: &mut Vec<InvalidEscape>) -> Result<PyStr, DecodeError> {
    let mut out = PyStr::default();
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(rel) = body[i..].find('\\') else {
            out.push_str(&body[i..]);
            break;
        };
        out.push_str(&body[i..i + rel]);
        let esc_start = i + rel;
        i = esc_start + 1;
        let Some(c) = body[i..].chars().next() else {
            return Err(DecodeError {
                msg: "\\ at end of string".to_string(),
            });
        };
        i += c.len_utf8();
        match c {
            '\n' => {}
            '\\' => out.push_code_point(u32::from('\\')),
            '\'' => out.push_code_point(u32::from('\'')),
            '"' => out.push_code_point(u32::from('"')),
            'a' => out.push_code_point(u32::from('\x07')),
            'b' => out.push_code_point(u32::from('\x08')),
            'f' => out.push_code_point(u32::from('\x0c')),
            'n' => out.push_code_point(u32::from('\n')),
            'r' => out.push_code_point(u32::from('\r')),
            't' => out.push_code_point(u32::from('\t')),
            'v' => out.push_code_point(u32::from('\x0b')),
            '0'..='7' => {
                let (value, len) = octal(&bytes[i - 1..]);
                i += len - 1;
                if value > 0o377 {
                    warnings.push(InvalidEscape {
                        offset: esc_start,
                        text: body[esc_start + 1..i].to_string(),
                        octal: true,
                    });
                }
                out.push_code_point(value);
            }
            'x' | 'u' | 'U' => {
                let n = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex = body
                    .get(i..i + n)
                    .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    let what = match c {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    let digits = body[i..]
                        .bytes()
                        .take(n)
                        .take_while(u8::is_ascii_hexdigit)
                        .count();
                    return Err(codec_error(esc_start, body, i + digits, what));
                };
                let value = u32::from_str_radix(hex, 16).unwrap_or(0);
                i += n;
                if value > 0x10ffff {
                    return Err(codec_error(esc_start, body, i, "illegal Unicode character"));
                }
                out.push_code_point(value);
            }
            'N' => {
                // `\N{name}`; CPython's error positions where it is not one.
                let named = body[i..].strip_prefix('{').and_then(|rest| {
                    rest.find('}')
                        .filter(|&n| n > 0)
                        .map(|n| (&rest[..n], i + 1 + n + 1))
                });
                match named {
                    Some((name, end)) => match lookup_name(name) {
                        Some(c) => {
                            out.push_code_point(u32::from(c));
                            i = end;
                        }
                        None => {
                            return Err(codec_error(
                                esc_start,
                                body,
                                end,
                                "unknown Unicode character name",
                            ));
                        }
                    },
                    None => {
                        // Where CPython's scan stopped: at an empty name's `}`, or at the end.
                        let end = match body[i..].strip_prefix('{') {
                            Some(rest) if rest.starts_with('}') => i + 1,
                            Some(_) => body.len(),
                            None => i,
                        };
                        return Err(codec_error(
                            esc_start,
                            body,
                            end,
                            "malformed \\N character escape",
                        ));
                    }
                }
            }
            other => {
                warnings.push(InvalidEscape {
                    offset: esc_start,
                    text: other.to_string(),
                    octal: false,
                });
                out.push_code_point(u32::from('\\'));
                out.push_code_point(u32::from(other));
            }
        }
    }
    Ok(out)
}

fn codec_error(start: usize, body: &str, end: usize, what: &str) -> DecodeError {
    let end = end.min(body.len()).max(start + 1);
    DecodeError {
        msg: format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            start,
            end - 1,
            what
        ),
    }
}

/// Up to three octal digits at the start of `digits`: (value, digits used).
fn octal(digits: &[u8]) -> (u32, usize) {
    let mut value = 0;
    let mut len = 0;
    while len < 3 && len < digits.len() && (b'0'..=b'7').contains(&digits[len]) {
        value = value * 8 + u32::from(digits[len] - b'0');
        len += 1;
    }
    (value, len)
}

/// Decodes the escapes of a `bytes` literal body (not raw). The body is
/// ASCII-only (the parser checks that first).
pub fn decode_bytes(body: &str, warnings: &mut Vec<InvalidEscape>) -> Result<Vec<u8>, DecodeError> {
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let esc_start = i - 1;
        let Some(&c) = bytes.get(i) else {
            return Err(DecodeError {
                msg: "\\ at end of string".to_string(),
            });
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let (value, len) = octal(&bytes[i - 1..]);
                i += len - 1;
                if value > 0o377 {
                    warnings.push(InvalidEscape {
                        offset: esc_start,
                        text: body[esc_start + 1..i].to_string(),
                        octal: true,
                    });
                }
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let hex = body
                    .get(i..i + 2)
                    .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    return Err(DecodeError {
                        msg: format!("(value error) invalid \\x escape at position {esc_start}"),
                    });
                };
                out.push(u8::from_str_radix(hex, 16).unwrap_or(0));
                i += 2;
            }
            other => {
                let text = body[esc_start + 1..]
                    .chars()
                    .next()
                    .map(String::from)
                    .unwrap_or_default();
                warnings.push(InvalidEscape {
                    offset: esc_start,
                    text,
                    octal: false,
                });
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// CPython's `\N{...}` lookup (`_getcode` without named sequences): a
/// character's name or alias in any ASCII letter case, Hangul syllable and
/// CJK unified ideograph names in upper case, all as Unicode 16.0 has them.
pub fn lookup_name(name: &str) -> Option<char> {
    match ouro_unicode::ucd::Version::Current.lookup(name.as_bytes())? {
        ouro_unicode::ucd::Named::Char(c) => char::from_u32(c),
        ouro_unicode::ucd::Named::Sequence(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_number("0x_ff"), Some(Constant::Int(255)));
        assert_eq!(parse_number("1_000"), Some(Constant::Int(1000)));
        assert_eq!(parse_number("1e3"), Some(Constant::Float(1000.0)));
        assert_eq!(parse_number("2J"), Some(Constant::Complex(2.0)));
        assert_eq!(parse_number("0o17"), Some(Constant::Int(15)));
        let big = parse_number("100000000000000000000").map(|c| matches!(c, Constant::BigInt(_)));
        assert_eq!(big, Some(true));
    }

    #[test]
    fn escapes() {
        let mut w = Vec::new();
        assert_eq!(
            decode_str(r"a\n\x41\u00e9\101\d", &mut w),
            Ok(PyStr::from("a\nAéA\\d"))
        );
        let surrogate = decode_str(r"\udc80x", &mut w).map(|s| s.code_points().collect::<Vec<_>>());
        assert_eq!(surrogate, Ok(vec![0xdc80, u32::from('x')]));
        assert_eq!(
            decode_str(r"\N{EM DASH}\N{line feed}", &mut w),
            Ok(PyStr::from("\u{2014}\n"))
        );
        assert_eq!(w.len(), 1);
        assert_eq!(
            decode_bytes(r"\xff\0\q", &mut w),
            Ok(vec![0xff, 0, b'\\', b'q'])
        );
        assert_eq!(string_body("rb'''x'''"), "x");
    }
}
