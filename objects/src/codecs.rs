//! The built-in text codecs (UTF-8, UTF-16, UTF-32, ASCII, Latin-1) with the strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and surrogatepass error handlers; what `str.encode`, `bytes.decode` and `str(b, encoding)` use, going to the codec registry (`_codecs`, through a hook) for other encodings and error handlers; mirrors the codecs of Objects/unicodeobject.c and the handlers of Python/codecs.c.

use std::cell::Cell;

use crate::core::Value;
use crate::err::{PyErr, PyResult, type_error};
use crate::exceptions;
use crate::protocol;
use crate::str::PyStr;
use crate::tuple::Tuple;

/// Byte order of a UTF-16/32 codec; `Bom` writes a little-endian byte order
/// mark and reads one if present (little-endian otherwise).
#[derive(Clone, Copy, PartialEq)]
pub enum Order {
    Bom,
    Little,
    Big,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
}

impl Codec {
    /// The name CPython's errors give the codec.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf16(Order::Little) => "utf-16-le",
            Codec::Utf16(Order::Big) => "utf-16-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Utf32(Order::Little) => "utf-32-le",
            Codec::Utf32(Order::Big) => "utf-32-be",
        }
    }

    /// Whether the codec can represent `c`.
    fn encodable(self, c: u32) -> bool {
        match self {
            Codec::Ascii => c < 0x80,
            Codec::Latin1 => c < 0x100,
            _ => !(0xd800..0xe000).contains(&c),
        }
    }

    /// Appends the encoding of an encodable (or, with surrogatepass, a
    /// surrogate) code point.
    fn push(self, c: u32, out: &mut Vec<u8>) {
        match self {
            Codec::Ascii | Codec::Latin1 => out.push(c as u8),
            Codec::Utf8 => push_utf8(c, out),
            Codec::Utf16(order) => {
                let mut unit = |u: u32| {
                    let b = (u as u16).to_le_bytes();
                    if order == Order::Big {
                        out.extend([b[1], b[0]]);
                    } else {
                        out.extend(b);
                    }
                };
                if c >= 0x10000 {
                    let v = c - 0x10000;
                    unit(0xd800 | (v >> 10));
                    unit(0xdc00 | (v & 0x3ff));
                } else {
                    unit(c);
                }
            }
            Codec::Utf32(Order::Big) => out.extend(c.to_be_bytes()),
            Codec::Utf32(_) => out.extend(c.to_le_bytes()),
        }
    }
}

/// UTF-8 of any code point below 0x110000, surrogates included.
fn push_utf8(c: u32, out: &mut Vec<u8>) {
    match c {
        0..0x80 => out.push(c as u8),
        0x80..0x800 => out.extend([0xc0 | (c >> 6) as u8, 0x80 | (c & 0x3f) as u8]),
        0x800..0x10000 => out.extend([
            0xe0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3f) as u8,
            0x80 | (c & 0x3f) as u8,
        ]),
        _ => out.extend([
            0xf0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3f) as u8,
            0x80 | ((c >> 6) & 0x3f) as u8,
            0x80 | (c & 0x3f) as u8,
        ]),
    }
}

/// The built-in codec for `encoding`: `encodings.normalize_encoding` plus
/// the aliases of the built-in codecs.
pub fn builtin_codec(encoding: &str) -> Option<Codec> {
    let e = encoding.to_ascii_lowercase().replace(['-', ' '], "_");
    Some(match e.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Bom),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Order::Little),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Order::Big),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Order::Little),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Order::Big),
        _ => return None,
    })
}

/// Canonical codec name (`utf-8`, `utf-16-le`, ...), or `None` if unknown.
pub fn normalize(encoding: &str) -> Option<&'static str> {
    builtin_codec(encoding).map(Codec::name)
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

pub fn unicode_error(
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

/// One decoding step: a code point and the bytes it took, or the length of
/// the undecodable bytes and why.
type Step = Result<(u32, usize), (usize, &'static str)>;

/// A 16- or 32-bit unit at the front of `b`.
fn unit(b: &[u8], size: usize, order: Order) -> u32 {
    let mut v = 0u32;
    for k in 0..size {
        let byte = if order == Order::Big {
            b[k]
        } else {
            b[size - 1 - k]
        };
        v = (v << 8) | u32::from(byte);
    }
    v
}

fn utf16_step(b: &[u8], order: Order) -> Step {
    if b.len() < 2 {
        return Err((b.len(), "truncated data"));
    }
    let u = unit(b, 2, order);
    match u {
        0xd800..0xdc00 => {
            if b.len() < 4 {
                return Err((b.len(), "unexpected end of data"));
            }
            let low = unit(&b[2..], 2, order);
            if (0xdc00..0xe000).contains(&low) {
                Ok((0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00), 4))
            } else {
                Err((2, "illegal UTF-16 surrogate"))
            }
        }
        0xdc00..0xe000 => Err((2, "illegal encoding")),
        _ => Ok((u, 2)),
    }
}

fn utf32_step(b: &[u8], order: Order) -> Step {
    if b.len() < 4 {
        return Err((b.len(), "truncated data"));
    }
    match unit(b, 4, order) {
        0x110000.. => Err((4, "code point not in range(0x110000)")),
        0xd800..0xe000 => Err((
            4,
            "code point in surrogate code point range(0xd800, 0xe000)",
        )),
        c => Ok((c, 4)),
    }
}

/// One UTF-8 character, with CPython's reasons and lengths for bad input.
fn utf8_step(b: &[u8]) -> Step {
    let b0 = b[0];
    let (n, init) = match b0 {
        0x00..=0x7f => return Ok((u32::from(b0), 1)),
        0xc2..=0xdf => (2, u32::from(b0 & 0x1f)),
        0xe0..=0xef => (3, u32::from(b0 & 0x0f)),
        0xf0..=0xf4 => (4, u32::from(b0 & 0x07)),
        _ => return Err((1, "invalid start byte")),
    };
    let mut c = init;
    for k in 1..n {
        let Some(&x) = b.get(k) else {
            return Err((k, "unexpected end of data"));
        };
        let ok = match (k, b0) {
            (1, 0xe0) => (0xa0..=0xbf).contains(&x),
            (1, 0xed) => (0x80..=0x9f).contains(&x),
            (1, 0xf0) => (0x90..=0xbf).contains(&x),
            (1, 0xf4) => (0x80..=0x8f).contains(&x),
            _ => (0x80..=0xbf).contains(&x),
        };
        if !ok {
            return Err((k, "invalid continuation byte"));
        }
        c = (c << 6) | u32::from(x & 0x3f);
    }
    Ok((c, n))
}

/// The surrogate `surrogatepass` reads at the front of `b`, with its length.
fn passed_surrogate(codec: Codec, b: &[u8]) -> Option<(u32, usize)> {
    let (c, n) = match codec {
        Codec::Utf8 => {
            let [0xed, b1 @ 0xa0..=0xbf, b2 @ 0x80..=0xbf, ..] = *b else {
                return None;
            };
            (
                0xd000 | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f),
                3,
            )
        }
        Codec::Utf16(order) if b.len() >= 2 => (unit(b, 2, order), 2),
        Codec::Utf32(order) if b.len() >= 4 => (unit(b, 4, order), 4),
        _ => return None,
    };
    (0xd800..0xe000).contains(&c).then_some((c, n))
}

/// The byte order a UTF-16/32 byte order mark at the front of `data` gives,
/// and the mark's length; `None` without one.
pub fn detect_bom(codec: Codec, data: &[u8]) -> Option<(Order, usize)> {
    match codec {
        Codec::Utf16(_) => match data {
            [0xff, 0xfe, ..] => Some((Order::Little, 2)),
            [0xfe, 0xff, ..] => Some((Order::Big, 2)),
            _ => None,
        },
        Codec::Utf32(_) => match data {
            [0xff, 0xfe, 0, 0, ..] => Some((Order::Little, 4)),
            [0, 0, 0xfe, 0xff, ..] => Some((Order::Big, 4)),
            _ => None,
        },
        _ => None,
    }
}

/// `codec` with its byte order fixed (`order` in place of `Bom`).
fn with_order(codec: Codec, order: Order) -> Codec {
    match codec {
        Codec::Utf16(_) => Codec::Utf16(order),
        Codec::Utf32(_) => Codec::Utf32(order),
        other => other,
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str, original: &Value) -> PyResult {
    let Some(codec) = builtin_codec(encoding) else {
        return decode_with_registry(original, encoding, errors);
    };
    let (cps, _) = decode_codec(codec, data, errors, true, original)?;
    Ok(PyStr::from_cps(&cps))
}

/// Decodes `data` with `codec`, returning the code points and how many bytes
/// they took: all of them when `final`, otherwise up to an incomplete
/// sequence at the end (what the `_codecs` decoders do for incremental
/// decoders). A `Bom` order is read from a byte order mark if there is one.
pub fn decode_codec(
    mut codec: Codec,
    data: &[u8],
    errors: &str,
    final_: bool,
    original: &Value,
) -> PyResult<(Vec<u32>, usize)> {
    let mut i = 0;
    if let Codec::Utf16(Order::Bom) | Codec::Utf32(Order::Bom) = codec {
        let (order, skip) = detect_bom(codec, data).unwrap_or((Order::Little, 0));
        codec = with_order(codec, order);
        i = skip;
    }
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    while i < data.len() {
        let rest = &data[i..];
        let step = match codec {
            Codec::Latin1 => Ok((u32::from(rest[0]), 1)),
            Codec::Ascii if rest[0] < 0x80 => Ok((u32::from(rest[0]), 1)),
            Codec::Ascii => Err((1, "ordinal not in range(128)")),
            Codec::Utf8 => utf8_step(rest),
            Codec::Utf16(order) => utf16_step(rest, order),
            Codec::Utf32(order) => utf32_step(rest, order),
        };
        let (bad, reason) = match step {
            Ok((c, n)) => {
                out.push(c);
                i += n;
                continue;
            }
            Err(e) => e,
        };
        let incomplete =
            i + bad == data.len() && matches!(reason, "unexpected end of data" | "truncated data");
        if incomplete && !final_ {
            break;
        }
        let error = || {
            unicode_error(
                &exceptions::UNICODE_DECODE_ERROR,
                codec.name(),
                original.clone(),
                i,
                i + bad,
                reason,
            )
        };
        let bad_bytes = &data[i..i + bad];
        match errors {
            "strict" => return Err(error()),
            "ignore" => {}
            "replace" => out.push(0xfffd),
            "backslashreplace" => {
                for b in bad_bytes {
                    out.extend(format!("\\x{b:02x}").chars().map(u32::from));
                }
            }
            "surrogateescape" => {
                // Like CPython's handler: the leading bytes >= 0x80 (up to
                // four) are escaped and decoding resumes after them.
                let taken = bad_bytes.iter().take(4).take_while(|&&b| b >= 0x80).count();
                if taken == 0 {
                    return Err(error());
                }
                out.extend(bad_bytes[..taken].iter().map(|&b| 0xdc00 + u32::from(b)));
                i += taken;
                continue;
            }
            "surrogatepass" => match passed_surrogate(codec, rest) {
                Some((c, n)) => {
                    out.push(c);
                    i += n;
                    continue;
                }
                None => return Err(error()),
            },
            "xmlcharrefreplace" | "namereplace" => {
                return Err(type_error(
                    "don't know how to handle UnicodeDecodeError in error callback",
                ));
            }
            other => {
                let (replacement, next) = call_handler(other, error(), data.len(), false)?;
                // A decoding handler's replacement has been checked to be a str.
                if let Some(text) = replacement.downcast::<PyStr>() {
                    out.extend(text.code_points());
                }
                i = next;
                continue;
            }
        }
        i += bad;
    }
    Ok((out, i.min(data.len())))
}

/// Calls the registered error handler `name` with `exc` (CPython's
/// `unicode_encode_call_errorhandler` / `unicode_decode_call_errorhandler`):
/// the replacement (a str, or for encoding also bytes) and the position to
/// go on from.
fn call_handler(name: &str, exc: PyErr, len: usize, encoding: bool) -> PyResult<(Value, usize)> {
    let handler = registry("lookup_error", &[PyStr::new(name)])?;
    let result = protocol::call1(&handler, exc.into_value())?;
    let bad_result = || {
        type_error(if encoding {
            "encoding error handler must return (str/bytes, int) tuple"
        } else {
            "decoding error handler must return (str, int) tuple"
        })
    };
    let items = match result.downcast::<Tuple>() {
        Some(t) if t.len() == 2 => t.to_vec(),
        _ => return Err(bad_result()),
    };
    let is_bytes = items[0].downcast::<crate::bytes::Bytes>().is_some();
    if items[0].downcast::<PyStr>().is_none() && !(encoding && is_bytes) {
        return Err(bad_result());
    }
    if !crate::int::is_int(&items[1]) {
        return Err(bad_result());
    }
    let pos = crate::int::to_i64(&items[1]).unwrap_or(i64::MAX);
    let len = len as i64;
    let next = if pos < 0 { len + pos } else { pos };
    if !(0..=len).contains(&next) {
        return Err(crate::err::index_error(format!(
            "position {pos} from error handler out of bounds"
        )));
    }
    Ok((items[0].clone(), next as usize))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point.
fn backslash_escape(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode(s: &PyStr, original: &Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match builtin_codec(encoding) {
        Some(codec) => encode_codec(codec, &s.code_points(), original, errors),
        None => encode_with_registry(original, encoding, errors),
    }
}

/// Encodes the code points `cps` of the str `original` with `codec`.
pub fn encode_codec(
    codec: Codec,
    cps: &[u32],
    original: &Value,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(cps.len());
    match codec {
        Codec::Utf16(Order::Bom) => out.extend([0xff, 0xfe]),
        Codec::Utf32(Order::Bom) => out.extend([0xff, 0xfe, 0, 0]),
        _ => {}
    }
    let mut i = 0;
    while i < cps.len() {
        if codec.encodable(cps[i]) {
            codec.push(cps[i], &mut out);
            i += 1;
            continue;
        }
        let end = i + cps[i..]
            .iter()
            .take_while(|&&c| !codec.encodable(c))
            .count();
        let bad = &cps[i..end];
        let error = |start: usize, end: usize| {
            let reason = match codec {
                Codec::Ascii => "ordinal not in range(128)",
                Codec::Latin1 => "ordinal not in range(256)",
                _ => "surrogates not allowed",
            };
            unicode_error(
                &exceptions::UNICODE_ENCODE_ERROR,
                codec.name(),
                original.clone(),
                start,
                end,
                reason,
            )
        };
        // Text replacements are themselves encoded with the codec.
        let mut push_text = |text: &str| {
            for c in text.chars() {
                codec.push(u32::from(c), &mut out);
            }
        };
        match errors {
            "strict" => return Err(error(i, end)),
            "ignore" => {}
            "replace" => push_text(&"?".repeat(bad.len())),
            "backslashreplace" => {
                for &c in bad {
                    push_text(&backslash_escape(c));
                }
            }
            "xmlcharrefreplace" => {
                for &c in bad {
                    push_text(&format!("&#{c};"));
                }
            }
            "namereplace" => {
                for &c in bad {
                    let name = ouro_unicode::ucd::Version::Current.name(c);
                    match name {
                        Some(name) => push_text(&format!("\\N{{{name}}}")),
                        None => push_text(&backslash_escape(c)),
                    }
                }
            }
            "surrogateescape" => {
                for (k, &c) in bad.iter().enumerate() {
                    if !(0xdc80..0xdd00).contains(&c) {
                        return Err(error(i + k, i + k + 1));
                    }
                    out.push((c - 0xdc00) as u8);
                }
            }
            "surrogatepass" => {
                if matches!(codec, Codec::Ascii | Codec::Latin1) {
                    return Err(error(i, end));
                }
                for &c in bad {
                    codec.push(c, &mut out);
                }
            }
            other => {
                let (replacement, next) = call_handler(other, error(i, end), cps.len(), true)?;
                match replacement.downcast::<PyStr>() {
                    Some(text) => {
                        let text = text.code_points();
                        if !text.iter().all(|&c| codec.encodable(c)) {
                            return Err(error(i, end));
                        }
                        for c in text {
                            codec.push(c, &mut out);
                        }
                    }
                    None => {
                        out.extend(crate::bytes::as_bytes_like(&replacement).unwrap_or_default())
                    }
                }
                i = next;
                continue;
            }
        }
        i = end;
    }
    Ok(out)
}

/// Calls a function of the codec registry (`_codecs.lookup`,
/// `_codecs.lookup_error`) with `args`.
pub type RegistryHook = fn(&str, &[Value]) -> PyResult;

crate::gil_shared! {
    static REGISTRY: Cell<Option<RegistryHook>> = const { Cell::new(None) };
}

/// Installs the codec registry; the interpreter does this at start-up.
pub fn set_registry_hook(hook: RegistryHook) {
    REGISTRY.with(|h| h.set(Some(hook)));
}

fn registry(function: &str, args: &[Value]) -> PyResult {
    match REGISTRY.with(Cell::get) {
        Some(hook) => hook(function, args),
        None => Err(PyErr::new(
            &exceptions::LOOKUP_ERROR,
            "no codec search functions registered: can't find encoding",
        )),
    }
}

/// The registered codec's function `index` (0 encoder, 1 decoder), after
/// `_PyCodec_LookupTextEncoding`'s check that the codec is a text encoding.
fn text_codec_function(encoding: &str, index: usize, alternate: &str) -> PyResult {
    let info = registry("lookup", &[PyStr::new(encoding)])?;
    if info.downcast_exact::<Tuple>().is_none()
        && let Some(flag) = protocol::getattr_opt(&info, &crate::str::intern("_is_text_encoding"))?
        && !protocol::is_true(&flag)?
    {
        return Err(PyErr::new(
            &exceptions::LOOKUP_ERROR,
            format!(
                "'{encoding}' is not a text encoding; use {alternate} to handle arbitrary codecs"
            ),
        ));
    }
    protocol::getitem(&info, &crate::int::from_usize(index))
}

/// Calls a registered encoder or decoder (`_PyCodec_EncodeInternal`): the
/// first item of the `(object, length)` it returns, errors noted with the
/// operation and codec.
pub fn call_codec_function(
    function: &Value,
    object: &Value,
    errors: &str,
    operation: &str,
    encoding: &str,
) -> PyResult {
    let result = protocol::call(function, &[object.clone(), PyStr::new(errors)], None)
        .inspect_err(|e| {
            exceptions::add_note(e, &format!("{operation} with '{encoding}' codec failed"));
        })?;
    match result.downcast::<Tuple>() {
        Some(t) if t.len() == 2 => Ok(t.to_vec().swap_remove(0)),
        _ => Err(type_error(if operation == "encoding" {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object,integer)"
        })),
    }
}

/// `PyUnicode_AsEncodedString` for an encoding the built-in codecs do not know.
fn encode_with_registry(text: &Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let encoder = text_codec_function(encoding, 0, "codecs.encode()")?;
    let v = call_codec_function(&encoder, text, errors, "encoding", encoding)?;
    if let Some(b) = v.downcast::<crate::bytes::Bytes>() {
        return Ok(b.0.to_vec());
    }
    if let Some(b) = v.downcast::<crate::bytearray::ByteArray>() {
        crate::warnings::warn(
            &exceptions::RUNTIME_WARNING,
            &format!(
                "encoder {encoding} returned bytearray instead of bytes; use codecs.encode() to encode to arbitrary types"
            ),
            1,
        )?;
        return Ok(b.to_vec());
    }
    Err(type_error(format!(
        "'{encoding}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
        protocol::type_name(&v)
    )))
}

/// `PyUnicode_Decode` for an encoding the built-in codecs do not know.
fn decode_with_registry(data: &Value, encoding: &str, errors: &str) -> PyResult {
    let decoder = text_codec_function(encoding, 1, "codecs.decode()")?;
    // CPython hands the codec a memoryview-free copy for bytes-like input.
    let data = if data.downcast::<crate::bytes::Bytes>().is_some() {
        data.clone()
    } else {
        crate::bytes::new(crate::bytes::as_bytes_like(data).unwrap_or_default())
    };
    let v = call_codec_function(&decoder, &data, errors, "decoding", encoding)?;
    if v.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "'{encoding}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            protocol::type_name(&v)
        )));
    }
    Ok(v)
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
