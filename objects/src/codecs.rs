//! The built-in text codecs (UTF-8, ASCII, Latin-1) with the strict, ignore, replace, backslashreplace and surrogateescape error handlers; what `str.encode`, `bytes.decode` and `str(b, encoding)` use before the `encodings` package is available.

use crate::core::Value;
use crate::err::{PyErr, PyResult, type_error};
use crate::exceptions;
use crate::protocol;
use crate::str::PyStr;
use crate::tuple::Tuple;

/// Canonical codec name (`utf-8`, `ascii`, `latin-1`), or `None` if unknown.
pub fn normalize(encoding: &str) -> Option<&'static str> {
    let e = encoding.to_ascii_lowercase().replace(['-', ' '], "_");
    match e.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Some("utf-8"),
        "ascii" | "us_ascii" | "646" => Some("ascii"),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Some("latin-1"),
        _ => None,
    }
}

fn unknown(encoding: &str) -> PyErr {
    PyErr::new(
        &exceptions::LOOKUP_ERROR,
        format!("unknown encoding: {encoding}"),
    )
}

fn text_arg(v: Option<&Value>, default: &str, what: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(x) => match x.downcast::<PyStr>() {
            Some(s) => Ok(s.to_string_lossy()),
            None => Err(type_error(format!(
                "{what}() argument must be str, not {}",
                protocol::type_name(x)
            ))),
        },
    }
}

fn unicode_error(
    ty: &'static crate::core::PyObj<crate::typeobj::TypeObject>,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    PyErr::from_instance(exceptions::new_exception_args(
        ty,
        Tuple::new(vec![
            PyStr::new(encoding),
            object,
            crate::int::from_usize(start),
            crate::int::from_usize(end),
            PyStr::new(reason),
        ]),
    ))
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str, original: &Value) -> PyResult {
    let Some(codec) = normalize(encoding) else {
        return Err(unknown(encoding));
    };
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let (decoded, bad) = match codec {
            "latin-1" => (Some((u32::from(data[i]), 1)), 1),
            "ascii" => {
                if data[i] < 0x80 {
                    (Some((u32::from(data[i]), 1)), 1)
                } else {
                    (None, 1)
                }
            }
            _ => utf8_step(&data[i..]),
        };
        match decoded {
            Some((c, n)) => {
                out.push(c);
                i += n;
            }
            None => {
                let reason = match codec {
                    "ascii" => "ordinal not in range(128)".to_string(),
                    _ => utf8_reason(&data[i..]),
                };
                match errors {
                    "strict" => {
                        return Err(unicode_error(
                            &exceptions::UNICODE_DECODE_ERROR,
                            codec_display(codec, encoding),
                            original.clone(),
                            i,
                            i + bad,
                            &reason,
                        ));
                    }
                    "ignore" => {}
                    "replace" => out.push(0xfffd),
                    "backslashreplace" => {
                        for b in &data[i..i + bad] {
                            out.extend(format!("\\x{b:02x}").chars().map(u32::from));
                        }
                    }
                    "surrogateescape" => {
                        for b in &data[i..i + bad] {
                            out.push(0xdc00 + u32::from(*b));
                        }
                    }
                    other => {
                        return Err(PyErr::new(
                            &exceptions::LOOKUP_ERROR,
                            format!("unknown error handler name '{other}'"),
                        ));
                    }
                }
                i += bad;
            }
        }
    }
    Ok(PyStr::from_cps(&out))
}

fn codec_display<'a>(codec: &'a str, _given: &str) -> &'a str {
    match codec {
        "utf-8" => "utf-8",
        "ascii" => "ascii",
        _ => "latin-1",
    }
}

/// One UTF-8 character: `(Some((code point, length)), _)` or `(None, bad length)`.
fn utf8_step(b: &[u8]) -> (Option<(u32, usize)>, usize) {
    let b0 = b[0];
    let (n, min, init) = match b0 {
        0x00..=0x7f => return (Some((u32::from(b0), 1)), 1),
        0xc2..=0xdf => (2, 0x80, u32::from(b0 & 0x1f)),
        0xe0..=0xef => (3, 0x800, u32::from(b0 & 0x0f)),
        0xf0..=0xf4 => (4, 0x10000, u32::from(b0 & 0x07)),
        _ => return (None, 1),
    };
    let mut c = init;
    for k in 1..n {
        let Some(&x) = b.get(k) else { return (None, k) };
        let ok = match (k, b0) {
            (1, 0xe0) => (0xa0..=0xbf).contains(&x),
            (1, 0xed) => (0x80..=0x9f).contains(&x),
            (1, 0xf0) => (0x90..=0xbf).contains(&x),
            (1, 0xf4) => (0x80..=0x8f).contains(&x),
            _ => (0x80..=0xbf).contains(&x),
        };
        if !ok {
            return (None, k);
        }
        c = (c << 6) | u32::from(x & 0x3f);
    }
    if c < min {
        return (None, 1);
    }
    (Some((c, n)), n)
}

fn utf8_reason(b: &[u8]) -> String {
    match b[0] {
        0x80..=0xbf | 0xf5..=0xff | 0xc0 | 0xc1 => "invalid start byte".into(),
        _ => {
            let (_, bad) = utf8_step(b);
            let need = match b[0] {
                0xc2..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
            if bad < need && b.len() <= bad {
                "unexpected end of data".into()
            } else {
                "invalid continuation byte".into()
            }
        }
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode(s: &PyStr, original: &Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = normalize(encoding) else {
        return Err(unknown(encoding));
    };
    let limit = match codec {
        "ascii" => 0x80,
        "latin-1" => 0x100,
        _ => 0x110000,
    };
    let mut out = Vec::with_capacity(s.len());
    let cps = s.code_points();
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        let encodable = c < limit && !(codec == "utf-8" && (0xd800..0xe000).contains(&c));
        if encodable {
            if codec == "utf-8" {
                let ch = char::from_u32(c).expect("non-surrogate");
                let mut buf = [0; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            } else {
                out.push(c as u8);
            }
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len()
            && !(cps[end] < limit && !(codec == "utf-8" && (0xd800..0xe000).contains(&cps[end])))
        {
            end += 1;
        }
        match errors {
            "strict" => {
                let reason = match codec {
                    "utf-8" => "surrogates not allowed".to_string(),
                    "ascii" => "ordinal not in range(128)".to_string(),
                    _ => "ordinal not in range(256)".to_string(),
                };
                return Err(unicode_error(
                    &exceptions::UNICODE_ENCODE_ERROR,
                    codec,
                    original.clone(),
                    i,
                    end,
                    &reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &cps[i..end] {
                    let esc = if c < 0x100 {
                        format!("\\x{c:02x}")
                    } else if c < 0x10000 {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &cps[i..end] {
                    out.extend_from_slice(format!("&#{c};").as_bytes());
                }
            }
            "surrogateescape" => {
                for &c in &cps[i..end] {
                    if (0xdc80..0xdd00).contains(&c) {
                        out.push((c - 0xdc00) as u8);
                    } else {
                        return Err(unicode_error(
                            &exceptions::UNICODE_ENCODE_ERROR,
                            codec,
                            original.clone(),
                            i,
                            end,
                            "surrogates not allowed",
                        ));
                    }
                }
            }
            "surrogatepass" if codec == "utf-8" => {
                for &c in &cps[i..end] {
                    out.push(0xe0 | (c >> 12) as u8);
                    out.push(0x80 | ((c >> 6) & 0x3f) as u8);
                    out.push(0x80 | (c & 0x3f) as u8);
                }
            }
            other => {
                return Err(PyErr::new(
                    &exceptions::LOOKUP_ERROR,
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        i = end;
    }
    Ok(out)
}

/// `str(obj, encoding, errors)`.
pub fn decode_object(obj: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult {
    let encoding = text_arg(encoding, "utf-8", "str")?;
    let errors = text_arg(errors, "strict", "str")?;
    if obj.downcast::<PyStr>().is_some() {
        return Err(type_error("decoding str is not supported"));
    }
    let Some(data) = crate::bytes::as_bytes_like(obj) else {
        return Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            protocol::type_name(obj)
        )));
    };
    decode(&data, &encoding, &errors, obj)
}
