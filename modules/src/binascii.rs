//! `binascii`: hex, base64 (with strict mode), uu, quoted-printable and CRC conversions between binary and ASCII; mirrors Modules/binascii.c.

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::int::{self, as_int};
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, bytes, exceptions, protocol};

ouro_objects::gil_shared! {
    /// `binascii.Error`, made when the module is first created.
    static BINASCII_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `binascii.Error(msg)`.
fn error(msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    match BINASCII_ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match protocol::call1(&cls, PyStr::new(&msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => value_error(msg),
    }
}

/// A binary argument (any bytes-like object).
fn binary(v: &Value) -> PyResult<Vec<u8>> {
    bytes::as_bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(v)
        ))
    })
}

/// An ASCII argument of the a2b functions: bytes-like, or an ASCII str.
fn ascii_data(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.downcast::<PyStr>() {
        let text = s.to_string_lossy();
        if !text.is_ascii() {
            return Err(value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(text.into_bytes());
    }
    bytes::as_bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            protocol::type_name(v)
        ))
    })
}

/// Hex digits with a separator every `bytes_per_sep` bytes (counted from
/// the right when positive, from the left when negative).
fn hexlify_with(data: &[u8], sep: Option<u8>, bytes_per_sep: isize) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = bytes_per_sep.unsigned_abs();
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| group > 0 && i > 0) {
            let boundary = if bytes_per_sep > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
    out
}

fn hexlify_args(args: Args, fname: &str) -> PyResult {
    let [data, sep, bytes_per_sep] =
        args.parse(fname, ["data", "sep", "bytes_per_sep"], 0, 1, 3)?;
    let data = binary(data.as_ref().expect("required"))?;
    let sep = match sep {
        None => None,
        Some(s) => {
            let raw = match s.downcast::<PyStr>() {
                Some(t) => t
                    .code_points()
                    .iter()
                    .map(|&c| c as u8)
                    .collect::<Vec<u8>>(),
                None => binary(&s)?,
            };
            if raw.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            Some(raw[0])
        }
    };
    let per = bytes_per_sep.map_or(Ok(1), |b| protocol::index_as_isize(&b))?;
    Ok(bytes::new(hexlify_with(&data, sep, per)))
}

fn b2a_hex(_m: &Value, args: Args) -> PyResult {
    hexlify_args(args, "b2a_hex")
}

fn hexlify(_m: &Value, args: Args) -> PyResult {
    hexlify_args(args, "hexlify")
}

fn unhex(data: &[u8]) -> PyResult {
    if !data.len().is_multiple_of(2) {
        return Err(error("Odd-length string"));
    }
    let digit = |c: u8| {
        (c as char)
            .to_digit(16)
            .ok_or_else(|| error("Non-hexadecimal digit found"))
    };
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        out.push((digit(pair[0])? * 16 + digit(pair[1])?) as u8);
    }
    Ok(bytes::new(out))
}

fn a2b_hex(_m: &Value, args: Args) -> PyResult {
    let a = args.range("a2b_hex", "a2b_hex", 1, 1)?;
    unhex(&ascii_data(&a[0])?)
}

fn unhexlify(_m: &Value, args: Args) -> PyResult {
    let a = args.range("unhexlify", "unhexlify", 1, 1)?;
    unhex(&ascii_data(&a[0])?)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&b| b == c).map(|p| p as u32)
}

/// `binascii_a2b_base64_impl`: lenient by default, every irregularity an
/// error in strict mode.
fn decode_base64(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    if strict && data.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let (mut quad_pos, mut left, mut pads) = (0u32, 0u32, 0u32);
    let mut padding_started = false;
    let mut data_chars = 0usize;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        data_chars += 1;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(((left << 6) | v) as u8);
                left = 0;
            }
        }
    }
    if quad_pos == 1 {
        return Err(error(format!(
            "Invalid base64-encoded string: number of data characters ({data_chars}) cannot be 1 more than a multiple of 4"
        )));
    }
    if quad_pos != 0 {
        return Err(error("Incorrect padding"));
    }
    Ok(out)
}

fn a2b_base64(_m: &Value, args: Args) -> PyResult {
    let [data, strict] = args.parse("a2b_base64", ["data", "strict_mode"], 1, 1, 1)?;
    let data = ascii_data(data.as_ref().expect("required"))?;
    let strict = strict.map_or(Ok(false), |s| protocol::is_true(&s))?;
    Ok(bytes::new(decode_base64(&data, strict)?))
}

fn b2a_base64(_m: &Value, args: Args) -> PyResult {
    let [data, newline] = args.parse("b2a_base64", ["data", "newline"], 1, 1, 1)?;
    let data = binary(data.as_ref().expect("required"))?;
    let newline = newline.map_or(Ok(true), |n| protocol::is_true(&n))?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes::new(out))
}

/// CRC-32 (the zlib polynomial), continuing from `crc`.
pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// An unsigned int argument taken modulo 2**32 (`crc` of crc32).
pub fn crc_arg(v: &Value) -> PyResult<u32> {
    let i = protocol::index(v)?;
    let big = as_int(&i).expect("int").to_bigint().into_owned();
    let m: num_bigint::BigInt = big & num_bigint::BigInt::from(u32::MAX);
    Ok(u32::try_from(m).unwrap_or(0))
}

fn crc32(_m: &Value, args: Args) -> PyResult {
    let a = args.range("crc32", "crc32", 1, 2)?;
    let data = binary(&a[0])?;
    let crc = a.get(1).map_or(Ok(0), crc_arg)?;
    Ok(int::from_i64(i64::from(crc32_update(crc, &data))))
}

fn crc_hqx(_m: &Value, args: Args) -> PyResult {
    let a = args.range("crc_hqx", "crc_hqx", 2, 2)?;
    let data = binary(&a[0])?;
    let mut crc = (crc_arg(&a[1])? & 0xffff) as u16;
    for &b in &data {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(int::from_i64(i64::from(crc)))
}

fn a2b_uu(_m: &Value, args: Args) -> PyResult {
    let a = args.range("a2b_uu", "a2b_uu", 1, 1)?;
    let data = ascii_data(&a[0])?;
    // The first character gives the line's binary length.
    let bin_len = usize::from(data.first().copied().unwrap_or(0).wrapping_sub(b' ') & 0o77);
    let mut out = Vec::with_capacity(bin_len);
    let mut rest = data.iter().skip(1).copied().peekable();
    let (mut left, mut bits) = (0u32, 0u32);
    while out.len() < bin_len {
        let c = match rest.peek().copied() {
            None | Some(b'\n' | b'\r') => 0,
            Some(c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                }
                (c - b' ') & 0o77
            }
        };
        if matches!(rest.peek(), Some(c) if *c != b'\n' && *c != b'\r') {
            rest.next();
        }
        left = (left << 6) | u32::from(c);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((left >> bits) as u8);
            left &= (1 << bits) - 1;
        }
    }
    if rest.any(|c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err(error("Trailing garbage"));
    }
    Ok(bytes::new(out))
}

fn b2a_uu(_m: &Value, args: Args) -> PyResult {
    let [data, backtick] = args.parse("b2a_uu", ["data", "backtick"], 1, 1, 1)?;
    let data = binary(data.as_ref().expect("required"))?;
    let backtick = backtick.map_or(Ok(false), |b| protocol::is_true(&b))?;
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let sym = |v: u8| if backtick && v == 0 { b'`' } else { b' ' + v };
    let mut out = vec![sym(data.len() as u8)];
    for chunk in data.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for k in 0..4 {
            out.push(sym(((n >> (18 - 6 * k)) & 63) as u8));
        }
    }
    out.push(b'\n');
    Ok(bytes::new(out))
}

fn a2b_qp(_m: &Value, args: Args) -> PyResult {
    let [data, header] = args.parse("a2b_qp", ["data", "header"], 0, 1, 2)?;
    let data = ascii_data(data.as_ref().expect("required"))?;
    let header = header.map_or(Ok(false), |h| protocol::is_true(&h))?;
    let hex = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'=' {
            i += 1;
            if i >= data.len() {
                break;
            }
            if data[i] == b'\n' || data[i] == b'\r' {
                // A soft line break.
                while data[i] != b'\n' && i + 1 < data.len() {
                    i += 1;
                }
                i += 1;
            } else if data[i] == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) = (hex(data[i]), data.get(i + 1).and_then(|&c| hex(c)))
            {
                out.push((h * 16 + l) as u8);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && data[i] == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok(bytes::new(out))
}

/// `b2a_qp`: quoted-printable, lines at most 76 characters, keeping the
/// input's CRLF line ends.
fn b2a_qp(_m: &Value, args: Args) -> PyResult {
    const MAX_LINE: usize = 76;
    let [data, quotetabs, istext, header] =
        args.parse("b2a_qp", ["data", "quotetabs", "istext", "header"], 0, 1, 4)?;
    let data = binary(data.as_ref().expect("required"))?;
    let flag = |v: Option<Value>, default: bool| v.map_or(Ok(default), |v| protocol::is_true(&v));
    let (quotetabs, istext, header) = (
        flag(quotetabs, false)?,
        flag(istext, true)?,
        flag(header, false)?,
    );
    let crlf = data
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out: Vec<u8> = Vec::with_capacity(data.len() * 2);
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let (mut i, mut line_len) = (0usize, 0usize);
    let n = data.len();
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && line_len == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if line_len + 3 >= MAX_LINE {
                soft_break(&mut out);
                line_len = 0;
            }
            out.extend_from_slice(&[b'=', HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
            i += 1;
            line_len += 3;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            line_len = 0;
            // Whitespace before a line end would be lost: quote it.
            if let Some(&last) = out.last().filter(|&&l| l == b' ' || l == b'\t') {
                out.pop();
                out.extend_from_slice(&[
                    b'=',
                    HEX[usize::from(last >> 4)],
                    HEX[usize::from(last & 15)],
                ]);
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && next != Some(b'\n') && line_len + 1 >= MAX_LINE {
                soft_break(&mut out);
                line_len = 0;
            }
            line_len += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    Ok(bytes::new(out))
}

/// A new exception class `binascii.<name>` deriving from `base`.
fn exception_class(
    name: &str,
    base: &'static ouro_objects::PyObj<ouro_objects::typeobj::TypeObject>,
) -> PyResult {
    ouro_eval::native_module::exception_class("binascii", name, &[base])
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let err = exception_class("Error", &exceptions::VALUE_ERROR)?;
    BINASCII_ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    m.set("Error", err);
    m.set(
        "Incomplete",
        exception_class("Incomplete", &exceptions::EXCEPTION)?,
    );
    Ok(())
}

pub static BINASCII: ModuleDef = ModuleDef {
    name: "binascii",
    doc: "Conversion between binary data and ASCII",
    functions: &[
        MethodDef::new(
            "a2b_base64",
            a2b_base64,
            "a2b_base64($module, data, /, *, strict_mode=False)\n--\n\nDecode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n    The same applies to excess data after padding (= / ==).",
        ),
        MethodDef::new(
            "a2b_qp",
            a2b_qp,
            "a2b_qp($module, /, data, header=False)\n--\n\nDecode a string of qp-encoded data.",
        ),
        MethodDef::new(
            "a2b_uu",
            a2b_uu,
            "a2b_uu($module, data, /)\n--\n\nDecode a line of uuencoded data.",
        ),
        MethodDef::new(
            "a2b_hex",
            a2b_hex,
            "a2b_hex($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as \"unhexlify()\".",
        ),
        MethodDef::new(
            "b2a_base64",
            b2a_base64,
            "b2a_base64($module, data, /, *, newline=True)\n--\n\nBase64-code line of data.",
        ),
        MethodDef::new(
            "b2a_qp",
            b2a_qp,
            "b2a_qp($module, /, data, quotetabs=False, istext=True, header=False)\n--\n\nEncode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, newlines are not encoded, and white\nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\nare both encoded.  When quotetabs is set, space and tabs are encoded.",
        ),
        MethodDef::new(
            "b2a_uu",
            b2a_uu,
            "b2a_uu($module, data, /, *, backtick=False)\n--\n\nUuencode line of data.",
        ),
        MethodDef::new(
            "b2a_hex",
            b2a_hex,
            "b2a_hex($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.",
        ),
        MethodDef::new(
            "crc32",
            crc32,
            "crc32($module, data, crc=0, /)\n--\n\nCompute CRC-32 incrementally.",
        ),
        MethodDef::new(
            "crc_hqx",
            crc_hqx,
            "crc_hqx($module, data, crc, /)\n--\n\nCompute CRC-CCITT incrementally.",
        ),
        MethodDef::new(
            "hexlify",
            hexlify,
            "hexlify($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.",
        ),
        MethodDef::new(
            "unhexlify",
            unhexlify,
            "unhexlify($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
