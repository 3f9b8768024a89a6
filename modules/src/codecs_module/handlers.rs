//! The standard error handlers (`strict_errors`, `replace_errors`, ..., `surrogatepass`) as callables over Unicode errors, and the calls to a handler that `_codecs`' own codecs make; mirrors the handlers of Python/codecs.c and `unicode_*_call_errorhandler` of Objects/unicodeobject.c.

use ouro_objects::args::Args;
use ouro_objects::codecs::{Codec, Order, builtin_codec, unicode_error};
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, index_error, type_error};
use ouro_objects::exceptions::{
    BASE_EXCEPTION_TYPE, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR,
};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{PyObj, Value, bytes, int, protocol};

/// The handlers every registry starts with, by name.
pub static STANDARD: [(&str, MethodDef); 8] = [
    (
        "strict",
        MethodDef::new(
            "strict_errors",
            strict_errors,
            "strict_errors($self, object, /)\n--\n\nImplements the 'strict' error handling, which raises a UnicodeError on coding errors.",
        ),
    ),
    (
        "ignore",
        MethodDef::new(
            "ignore_errors",
            ignore_errors,
            "ignore_errors($self, object, /)\n--\n\nImplements the 'ignore' error handling, which ignores malformed data and continues.",
        ),
    ),
    (
        "replace",
        MethodDef::new(
            "replace_errors",
            replace_errors,
            "replace_errors($self, object, /)\n--\n\nImplements the 'replace' error handling, which replaces malformed data with a replacement marker.",
        ),
    ),
    (
        "backslashreplace",
        MethodDef::new(
            "backslashreplace_errors",
            backslashreplace_errors,
            "backslashreplace_errors($self, object, /)\n--\n\nImplements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence.",
        ),
    ),
    (
        "xmlcharrefreplace",
        MethodDef::new(
            "xmlcharrefreplace_errors",
            xmlcharrefreplace_errors,
            "xmlcharrefreplace_errors($self, object, /)\n--\n\nImplements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference.",
        ),
    ),
    (
        "namereplace",
        MethodDef::new(
            "namereplace_errors",
            namereplace_errors,
            "namereplace_errors($self, object, /)\n--\n\nImplements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence.",
        ),
    ),
    (
        "surrogateescape",
        MethodDef::new("surrogateescape", surrogateescape, ""),
    ),
    (
        "surrogatepass",
        MethodDef::new("surrogatepass", surrogatepass, ""),
    ),
];

/// Which Unicode error a handler was given.
#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

fn is_a(exc: &Value, ty: &'static PyObj<TypeObject>) -> bool {
    exc.type_obj().payload().is_subtype(ty.payload())
}

fn wrong_type(exc: &Value) -> PyErr {
    type_error(format!(
        "don't know how to handle {} in error callback",
        protocol::type_name(exc)
    ))
}

/// The error's kind, or the handler's `TypeError` for anything else.
fn kind(exc: &Value) -> PyResult<Kind> {
    if is_a(exc, &UNICODE_ENCODE_ERROR) {
        Ok(Kind::Encode)
    } else if is_a(exc, &UNICODE_DECODE_ERROR) {
        Ok(Kind::Decode)
    } else if is_a(exc, &UNICODE_TRANSLATE_ERROR) {
        Ok(Kind::Translate)
    } else {
        Err(wrong_type(exc))
    }
}

fn usize_attr(exc: &Value, name: &str) -> PyResult<usize> {
    let v = protocol::getattr_str(exc, name)?;
    Ok(int::to_i64(&v).map_or(0, |n| n.max(0) as usize))
}

/// The error's `(start, end)`.
fn span(exc: &Value) -> PyResult<(usize, usize)> {
    Ok((usize_attr(exc, "start")?, usize_attr(exc, "end")?))
}

/// The code points of an encode/translate error's `object[start:end]`.
fn bad_text(exc: &Value, start: usize, end: usize) -> PyResult<Vec<u32>> {
    let object = protocol::getattr_str(exc, "object")?;
    let cps = object
        .downcast::<PyStr>()
        .map(PyStr::code_points)
        .unwrap_or_default();
    Ok(cps[start.min(cps.len())..end.min(cps.len())].to_vec())
}

/// The bytes of a decode error's `object`.
fn bad_data(exc: &Value) -> PyResult<Vec<u8>> {
    let object = protocol::getattr_str(exc, "object")?;
    Ok(bytes::as_bytes_like(&object).unwrap_or_default())
}

fn text_result(cps: &[u32], end: usize) -> Value {
    Tuple::new(vec![PyStr::from_cps(cps), int::from_usize(end)])
}

fn raise(exc: &Value) -> PyErr {
    PyErr::from_instance(exc.clone())
}

fn handler_arg<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    args.one(name)
}

fn strict_errors(_m: &Value, args: Args) -> PyResult {
    let exc = handler_arg(&args, "strict_errors")?;
    if is_a(exc, &BASE_EXCEPTION_TYPE) {
        Err(raise(exc))
    } else {
        Err(type_error("codec must pass exception instance"))
    }
}

fn ignore_errors(_m: &Value, args: Args) -> PyResult {
    let exc = handler_arg(&args, "ignore_errors")?;
    kind(exc)?;
    let (_, end) = span(exc)?;
    Ok(text_result(&[], end))
}

fn replace_errors(_m: &Value, args: Args) -> PyResult {
    let exc = handler_arg(&args, "replace_errors")?;
    let kind = kind(exc)?;
    let (start, end) = span(exc)?;
    let n = end.saturating_sub(start);
    let replacement = match kind {
        Kind::Encode => vec![u32::from('?'); n],
        Kind::Decode => vec![0xfffd],
        Kind::Translate => vec![0xfffd; n],
    };
    Ok(text_result(&replacement, end))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn push_backslash_escape(c: u32, out: &mut Vec<u32>) {
    let text = if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    };
    out.extend(text.chars().map(u32::from));
}

fn backslashreplace_errors(_m: &Value, args: Args) -> PyResult {
    let exc = handler_arg(&args, "backslashreplace_errors")?;
    let kind = kind(exc)?;
    let (start, end) = span(exc)?;
    let mut out = Vec::new();
    if kind == Kind::Decode {
        let data = bad_data(exc)?;
        for &b in &data[start.min(data.len())..end.min(data.len())] {
            push_backslash_escape(u32::from(b), &mut out);
        }
    } else {
        for c in bad_text(exc, start, end)? {
            push_backslash_escape(c, &mut out);
        }
    }
    Ok(text_result(&out, end))
}

/// The handlers that only know how to replace unencodable text.
fn encode_only(exc: &Value) -> PyResult<(usize, usize)> {
    if kind(exc)? != Kind::Encode {
        return Err(wrong_type(exc));
    }
    span(exc)
}

fn xmlcharrefreplace_errors(_m: &Value, args: Args) -> PyResult {
    let exc = handler_arg(&args, "xmlcharrefreplace_errors")?;
    let (start, end) = encode_only(exc)?;
    let mut out = String::new();
    for c in bad_text(exc, start, end)? {
        out.push_str(&format!("&#{c};"));
    }
    Ok(Tuple::new(vec![PyStr::new(&out), int::from_usize(end)]))
}

fn namereplace_errors(_m: &Value, args: Args) -> PyResult {
    let exc = handler_arg(&args, "namereplace_errors")?;
    let (start, end) = encode_only(exc)?;
    let mut out = Vec::new();
    for c in bad_text(exc, start, end)? {
        match ouro_unicode::ucd::Version::Current.name(c) {
            Some(name) => out.extend(format!("\\N{{{name}}}").chars().map(u32::from)),
            None => push_backslash_escape(c, &mut out),
        }
    }
    Ok(text_result(&out, end))
}

fn surrogateescape(_m: &Value, args: Args) -> PyResult {
    let exc = handler_arg(&args, "surrogateescape")?;
    let kind = kind(exc)?;
    let (start, end) = span(exc)?;
    match kind {
        Kind::Encode => {
            let mut out = Vec::new();
            for c in bad_text(exc, start, end)? {
                if !(0xdc80..0xdd00).contains(&c) {
                    return Err(raise(exc));
                }
                out.push((c - 0xdc00) as u8);
            }
            Ok(Tuple::new(vec![bytes::new(out), int::from_usize(end)]))
        }
        Kind::Decode => {
            let data = bad_data(exc)?;
            let taken: Vec<u32> = data[start.min(data.len())..end.min(data.len())]
                .iter()
                .take(4)
                .take_while(|&&b| b >= 0x80)
                .map(|&b| 0xdc00 + u32::from(b))
                .collect();
            if taken.is_empty() {
                return Err(raise(exc));
            }
            Ok(text_result(&taken, start + taken.len()))
        }
        Kind::Translate => Err(wrong_type(exc)),
    }
}

/// The UTF codec an error's `encoding` names (`get_standard_encoding`).
fn utf_codec(exc: &Value) -> PyResult<Option<Codec>> {
    let encoding = protocol::getattr_str(exc, "encoding")?;
    let name = encoding
        .downcast::<PyStr>()
        .map(PyStr::to_string_lossy)
        .unwrap_or_default();
    Ok(match builtin_codec(&name) {
        Some(Codec::Utf16(Order::Bom)) => Some(Codec::Utf16(Order::Little)),
        Some(Codec::Utf32(Order::Bom)) => Some(Codec::Utf32(Order::Little)),
        Some(c @ (Codec::Utf8 | Codec::Utf16(_) | Codec::Utf32(_))) => Some(c),
        _ => None,
    })
}

fn surrogatepass(_m: &Value, args: Args) -> PyResult {
    let exc = handler_arg(&args, "surrogatepass")?;
    let kind = kind(exc)?;
    if kind == Kind::Translate {
        return Err(wrong_type(exc));
    }
    let (start, end) = span(exc)?;
    let Some(codec) = utf_codec(exc)? else {
        return Err(raise(exc));
    };
    match kind {
        Kind::Encode => {
            let text = bad_text(exc, start, end)?;
            if !text.iter().all(|c| (0xd800..0xe000).contains(c)) {
                return Err(raise(exc));
            }
            let object = PyStr::from_cps(&text);
            let out = ouro_objects::codecs::encode_codec(codec, &text, &object, "surrogatepass")
                .map_err(|_| raise(exc))?;
            Ok(Tuple::new(vec![bytes::new(out), int::from_usize(end)]))
        }
        Kind::Decode => {
            let data = bad_data(exc)?;
            let rest = &data[start.min(data.len())..];
            let width = match codec {
                Codec::Utf8 => 3,
                Codec::Utf16(_) => 2,
                _ => 4,
            };
            let unit = &rest[..width.min(rest.len())];
            let decoded = ouro_objects::codecs::decode_codec(
                codec,
                unit,
                "surrogatepass",
                true,
                &bytes::new(unit.to_vec()),
            );
            match decoded {
                Ok((cps, n)) if cps.len() == 1 && (0xd800..0xe000).contains(&cps[0]) => {
                    Ok(text_result(&cps, start + n))
                }
                _ => Err(raise(exc)),
            }
        }
        Kind::Translate => Err(wrong_type(exc)),
    }
}

/// The `(replacement, next position)` a handler returned, checked as
/// `unicode_*_call_errorhandler` does; `len` is the input's length.
fn checked_result(result: &Value, len: usize, encoding: bool) -> PyResult<(Value, usize)> {
    let bad = || {
        type_error(if encoding {
            "encoding error handler must return (str/bytes, int) tuple"
        } else {
            "decoding error handler must return (str, int) tuple"
        })
    };
    let items = match result.downcast::<Tuple>() {
        Some(t) if t.len() == 2 => t.to_vec(),
        _ => return Err(bad()),
    };
    let is_text = items[0].downcast::<PyStr>().is_some();
    let is_bytes = items[0].downcast::<ouro_objects::bytes::Bytes>().is_some();
    if !(is_text || encoding && is_bytes) || !int::is_int(&items[1]) {
        return Err(bad());
    }
    let pos = int::to_i64(&items[1]).unwrap_or(i64::MAX);
    let len = len as i64;
    let next = if pos < 0 { len + pos } else { pos };
    if !(0..=len).contains(&next) {
        return Err(index_error(format!(
            "position {pos} from error handler out of bounds"
        )));
    }
    Ok((items[0].clone(), next as usize))
}

/// A decoding error in `data[start..end]`: strict raises, other handlers
/// append their replacement to `out`; returns where decoding goes on.
pub fn decode_error(
    errors: &str,
    encoding: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u32>,
) -> PyResult<usize> {
    let exc = unicode_error(
        &UNICODE_DECODE_ERROR,
        encoding,
        bytes::new(data.to_vec()),
        start,
        end,
        reason,
    );
    if errors == "strict" {
        return Err(exc);
    }
    let handler = super::lookup_error_handler(errors)?;
    let result = protocol::call1(&handler, exc.into_value())?;
    let (replacement, next) = checked_result(&result, data.len(), false)?;
    if let Some(text) = replacement.downcast::<PyStr>() {
        out.extend(text.code_points());
    }
    Ok(next)
}

/// An encoding error in `text[start..end]` of the str `object`: strict
/// raises; other handlers give their replacement (str or bytes) and where
/// encoding goes on.
pub fn encode_error(
    errors: &str,
    encoding: &str,
    object: &Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(Value, usize, PyErr)> {
    let make = || {
        unicode_error(
            &UNICODE_ENCODE_ERROR,
            encoding,
            object.clone(),
            start,
            end,
            reason,
        )
    };
    if errors == "strict" {
        return Err(make());
    }
    let handler = super::lookup_error_handler(errors)?;
    let result = protocol::call1(&handler, make().into_value())?;
    let len = object.downcast::<PyStr>().map_or(0, PyStr::len);
    let (replacement, next) = checked_result(&result, len, true)?;
    Ok((replacement, next, make()))
}
