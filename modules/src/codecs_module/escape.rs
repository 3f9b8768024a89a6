//! The escape codecs: `unicode_escape` and `raw_unicode_escape` (str <-> Python-literal escapes in Latin-1 bytes) and `escape_encode`/`escape_decode` (bytes-literal escapes); mirrors their codecs in Objects/unicodeobject.c and `_PyBytes_DecodeEscape2` in Objects/bytesobject.c.

use ouro_objects::args::Args;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, bytes};

use super::handlers::{decode_error, push_backslash_escape};
use super::{bool_arg, buffer_arg, errors_arg, pair, str_arg};

/// The value of a hex digit.
fn hex_digit(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// `"\q" is an invalid escape sequence` (octal values above 0o377 get
/// their own wording); `prefix` is `b` for bytes.
fn warn_invalid_escape(prefix: &str, first_invalid: Option<u32>) -> PyResult<()> {
    let Some(c) = first_invalid else {
        return Ok(());
    };
    let msg = if c > 0xff {
        format!(
            "{prefix}\"\\{c:o}\" is an invalid octal escape sequence. Such sequences will not work in the future. "
        )
    } else {
        format!(
            "{prefix}\"\\{}\" is an invalid escape sequence. Such sequences will not work in the future. ",
            char::from(c as u8)
        )
    };
    ouro_objects::warnings::warn(&exceptions::DEPRECATION_WARNING, &msg, 1)
}

/// The character a one-letter escape stands for (`\n`, `\t`, ...).
fn simple_escape(c: u8) -> Option<u8> {
    Some(match c {
        b'\\' => b'\\',
        b'\'' => b'\'',
        b'"' => b'"',
        b'b' => 0x08,
        b'f' => 0x0c,
        b't' => b'\t',
        b'n' => b'\n',
        b'r' => b'\r',
        b'v' => 0x0b,
        b'a' => 0x07,
        _ => return None,
    })
}

/// Up to three octal digits starting with `first` (already read) at `*i`.
fn octal(first: u8, data: &[u8], i: &mut usize) -> u32 {
    let mut v = u32::from(first - b'0');
    for _ in 0..2 {
        match data.get(*i) {
            Some(&d @ b'0'..=b'7') => {
                v = (v << 3) + u32::from(d - b'0');
                *i += 1;
            }
            _ => break,
        }
    }
    v
}

/// Why an escape could not be decoded, and whether it only ran out of input.
struct EscapeError {
    reason: &'static str,
    incomplete: bool,
}

/// `count` hex digits at `*i` (`\x`, `\u`, `\U`), `*i` left at the first
/// non-digit on failure.
fn hex_escape(
    data: &[u8],
    i: &mut usize,
    count: usize,
    reason: &'static str,
) -> Result<u32, EscapeError> {
    let mut v = 0u32;
    for _ in 0..count {
        let Some(&b) = data.get(*i) else {
            return Err(EscapeError {
                reason,
                incomplete: true,
            });
        };
        let Some(d) = hex_digit(b) else {
            return Err(EscapeError {
                reason,
                incomplete: false,
            });
        };
        v = (v << 4) | d;
        *i += 1;
    }
    Ok(v)
}

/// The shared loop of the two Unicode escape decoders; `raw` knows only
/// `\u` and `\U`.
fn decode_escapes(
    data: &[u8],
    errors: &str,
    final_: bool,
    raw: bool,
) -> PyResult<(Vec<u32>, usize, Option<u32>)> {
    let name = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let mut out = Vec::with_capacity(data.len());
    let mut first_invalid = None;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        i += 1;
        if c != b'\\' {
            out.push(u32::from(c));
            continue;
        }
        let start = i - 1;
        let Some(&c) = data.get(i) else {
            if raw && final_ {
                out.push(u32::from(b'\\'));
                continue;
            }
            if !final_ {
                return Ok((out, start, first_invalid));
            }
            i = decode_error(
                errors,
                name,
                data,
                start,
                i,
                "\\ at end of string",
                &mut out,
            )?;
            continue;
        };
        i += 1;
        let escaped = match c {
            b'u' => hex_escape(data, &mut i, 4, "truncated \\uXXXX escape"),
            b'U' => hex_escape(data, &mut i, 8, "truncated \\UXXXXXXXX escape"),
            _ if raw => {
                out.extend([u32::from(b'\\'), u32::from(c)]);
                continue;
            }
            b'\n' => continue,
            b'0'..=b'7' => {
                let v = octal(c, data, &mut i);
                if v > 0o377 && first_invalid.is_none() {
                    first_invalid = Some(v);
                }
                Ok(v)
            }
            b'x' => hex_escape(data, &mut i, 2, "truncated \\xXX escape"),
            b'N' => named_escape(data, &mut i),
            _ => match simple_escape(c) {
                Some(e) => Ok(u32::from(e)),
                None => {
                    first_invalid.get_or_insert(u32::from(c));
                    out.extend([u32::from(b'\\'), u32::from(c)]);
                    continue;
                }
            },
        };
        let error = match escaped {
            Ok(v) if v < 0x110000 => {
                out.push(v);
                continue;
            }
            Ok(_) => EscapeError {
                reason: if raw {
                    "\\Uxxxxxxxx out of range"
                } else {
                    "illegal Unicode character"
                },
                incomplete: false,
            },
            Err(e) => e,
        };
        if error.incomplete && !final_ {
            return Ok((out, start, first_invalid));
        }
        i = decode_error(errors, name, data, start, i, error.reason, &mut out)?;
    }
    Ok((out, data.len(), first_invalid))
}

/// `\N{name}` after the `N` at `*i`.
fn named_escape(data: &[u8], i: &mut usize) -> Result<u32, EscapeError> {
    let malformed = |incomplete| EscapeError {
        reason: "malformed \\N character escape",
        incomplete,
    };
    match data.get(*i) {
        None => return Err(malformed(true)),
        Some(b'{') => *i += 1,
        Some(_) => return Err(malformed(false)),
    }
    let start = *i;
    let Some(len) = data[start..].iter().position(|&b| b == b'}') else {
        *i = data.len();
        return Err(malformed(true));
    };
    if len == 0 {
        return Err(malformed(false));
    }
    *i = start + len + 1;
    std::str::from_utf8(&data[start..start + len])
        .ok()
        .and_then(ouro_frontend::literal::lookup_name)
        .map(u32::from)
        .ok_or(EscapeError {
            reason: "unknown Unicode character name",
            incomplete: false,
        })
}

fn decode_function(args: Args, name: &str, raw: bool) -> PyResult {
    let args = args.range(name, name, 1, 3)?;
    let data = buffer_arg(&args[0], true)?;
    let errors = errors_arg(name, 2, args.get(1))?;
    let final_ = bool_arg(args.get(2), true)?;
    let (cps, consumed, first_invalid) = decode_escapes(&data, &errors, final_, raw)?;
    if !raw {
        warn_invalid_escape("", first_invalid)?;
    }
    Ok(pair(PyStr::from_cps(&cps), consumed))
}

pub fn unicode_escape_decode(_m: &Value, args: Args) -> PyResult {
    decode_function(args, "unicode_escape_decode", false)
}

pub fn raw_unicode_escape_decode(_m: &Value, args: Args) -> PyResult {
    decode_function(args, "raw_unicode_escape_decode", true)
}

fn push_ascii(text: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(text.as_bytes());
}

pub fn unicode_escape_encode(_m: &Value, args: Args) -> PyResult {
    let args = args.range("unicode_escape_encode", "unicode_escape_encode", 1, 2)?;
    let text = str_arg("unicode_escape_encode", 1, &args[0])?;
    errors_arg("unicode_escape_encode", 2, args.get(1))?;
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            0x5c => push_ascii("\\\\", &mut out),
            0x20..0x7f => out.push(c as u8),
            0x09 => push_ascii("\\t", &mut out),
            0x0a => push_ascii("\\n", &mut out),
            0x0d => push_ascii("\\r", &mut out),
            _ => {
                let mut escaped = Vec::new();
                push_backslash_escape(c, &mut escaped);
                out.extend(escaped.iter().map(|&e| e as u8));
            }
        }
    }
    Ok(pair(bytes::new(out), text.len()))
}

pub fn raw_unicode_escape_encode(_m: &Value, args: Args) -> PyResult {
    let args = args.range(
        "raw_unicode_escape_encode",
        "raw_unicode_escape_encode",
        1,
        2,
    )?;
    let text = str_arg("raw_unicode_escape_encode", 1, &args[0])?;
    errors_arg("raw_unicode_escape_encode", 2, args.get(1))?;
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c < 0x100 {
            out.push(c as u8);
        } else {
            let mut escaped = Vec::new();
            push_backslash_escape(c, &mut escaped);
            out.extend(escaped.iter().map(|&e| e as u8));
        }
    }
    Ok(pair(bytes::new(out), text.len()))
}

/// `escape_encode(data, errors=None, /)`: bytes as a bytes literal's body.
pub fn escape_encode(_m: &Value, args: Args) -> PyResult {
    let args = args.range("escape_encode", "escape_encode", 1, 2)?;
    let Some(data) = args[0].downcast::<ouro_objects::bytes::Bytes>() else {
        return Err(type_error(format!(
            "escape_encode() argument 1 must be bytes, not {}",
            ouro_objects::args::arg_type_name(&args[0])
        )));
    };
    errors_arg("escape_encode", 2, args.get(1))?;
    let mut out = Vec::with_capacity(data.0.len());
    for &b in data.0.iter() {
        match b {
            b'\'' | b'\\' => out.extend([b'\\', b]),
            b'\t' => push_ascii("\\t", &mut out),
            b'\n' => push_ascii("\\n", &mut out),
            b'\r' => push_ascii("\\r", &mut out),
            0x20..0x7f => out.push(b),
            _ => push_ascii(&format!("\\x{b:02x}"), &mut out),
        }
    }
    Ok(pair(bytes::new(out), data.0.len()))
}

/// `escape_decode(data, errors=None, /)`: a bytes literal's escapes
/// decoded; `errors` only decides what a bad `\x` does.
pub fn escape_decode(_m: &Value, args: Args) -> PyResult {
    let args = args.range("escape_decode", "escape_decode", 1, 2)?;
    let data = buffer_arg(&args[0], true)?;
    let errors = errors_arg("escape_decode", 2, args.get(1))?;
    let mut out = Vec::with_capacity(data.len());
    let mut first_invalid = None;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = data.get(i) else {
            return Err(value_error("Trailing \\ in string"));
        };
        i += 1;
        match e {
            b'\n' => {}
            b'0'..=b'7' => {
                let v = octal(e, &data, &mut i);
                if v > 0o377 && first_invalid.is_none() {
                    first_invalid = Some(v);
                }
                out.push(v as u8);
            }
            b'x' => {
                let digits = (data.get(i).copied().and_then(hex_digit))
                    .zip(data.get(i + 1).copied().and_then(hex_digit));
                if let Some((hi, lo)) = digits {
                    out.push((hi << 4 | lo) as u8);
                    i += 2;
                    continue;
                }
                match errors.as_str() {
                    "strict" => {
                        return Err(value_error(format!(
                            "invalid \\x escape at position {}",
                            i - 2
                        )));
                    }
                    "replace" => out.push(b'?'),
                    "ignore" => {}
                    other => {
                        return Err(value_error(format!(
                            "decoding error; unknown error handling code: {other}"
                        )));
                    }
                }
                if data.get(i).copied().and_then(hex_digit).is_some() {
                    i += 1;
                }
            }
            _ => match simple_escape(e) {
                Some(v) => out.push(v),
                None => {
                    first_invalid.get_or_insert(u32::from(e));
                    out.push(b'\\');
                    i -= 1;
                }
            },
        }
    }
    warn_invalid_escape("b", first_invalid)?;
    Ok(pair(bytes::new(out), data.len()))
}
