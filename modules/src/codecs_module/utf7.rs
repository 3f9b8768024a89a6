//! The UTF-7 codec (RFC 2152): `utf_7_encode` and the incremental `utf_7_decode`; mirrors `_PyUnicode_EncodeUTF7` and `PyUnicode_DecodeUTF7Stateful` in Objects/unicodeobject.c.

use ouro_objects::args::Args;
use ouro_objects::err::PyResult;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, bytes};

use super::handlers::decode_error;
use super::{bool_arg, buffer_arg, errors_arg, pair, str_arg};

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn is_base64(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_alphanumeric() || c == u32::from(b'+') || c == u32::from(b'/')
}

fn from_base64(c: u8) -> u32 {
    BASE64.iter().position(|&b| b == c).unwrap_or(0) as u32
}

/// Characters written as themselves: RFC 2152's direct and optional direct
/// sets and whitespace (`+`, `\`, `~` and controls are base64-encoded).
fn encode_direct(c: u32) -> bool {
    c > 0 && c < 0x80 && {
        let b = c as u8;
        b.is_ascii_alphanumeric() || b" \t\r\n'(),-./:?!\"#$%&*;<=>@[]^_`{|}".contains(&b)
    }
}

pub fn utf_7_encode(_m: &Value, args: Args) -> PyResult {
    let args = args.range("utf_7_encode", "utf_7_encode", 1, 2)?;
    let text = str_arg("utf_7_encode", 1, &args[0])?.code_points();
    errors_arg("utf_7_encode", 2, args.get(1))?;
    let mut out = Vec::with_capacity(text.len());
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buffer = 0u64;
    let push_bits = |unit: u32, bits: &mut u32, buffer: &mut u64, out: &mut Vec<u8>| {
        *bits += 16;
        *buffer = (*buffer << 16) | u64::from(unit);
        while *bits >= 6 {
            out.push(BASE64[((*buffer >> (*bits - 6)) & 0x3f) as usize]);
            *bits -= 6;
        }
    };
    for &c in &text {
        if in_shift {
            if encode_direct(c) {
                if bits > 0 {
                    out.push(BASE64[((buffer << (6 - bits)) & 0x3f) as usize]);
                    buffer = 0;
                    bits = 0;
                }
                in_shift = false;
                // Only a base64 character or '-' needs the explicit end.
                if is_base64(c) || c == u32::from(b'-') {
                    out.push(b'-');
                }
                out.push(c as u8);
                continue;
            }
        } else if c == u32::from(b'+') {
            out.extend(b"+-");
            continue;
        } else if encode_direct(c) {
            out.push(c as u8);
            continue;
        } else {
            out.push(b'+');
            in_shift = true;
        }
        if c >= 0x10000 {
            let v = c - 0x10000;
            push_bits(0xd800 | (v >> 10), &mut bits, &mut buffer, &mut out);
            push_bits(0xdc00 | (v & 0x3ff), &mut bits, &mut buffer, &mut out);
        } else {
            push_bits(c, &mut bits, &mut buffer, &mut out);
        }
    }
    if bits > 0 {
        out.push(BASE64[((buffer << (6 - bits)) & 0x3f) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    Ok(pair(bytes::new(out), text.len()))
}

pub fn utf_7_decode(_m: &Value, args: Args) -> PyResult {
    let args = args.range("utf_7_decode", "utf_7_decode", 1, 3)?;
    let data = buffer_arg(&args[0], false)?;
    let errors = errors_arg("utf_7_decode", 2, args.get(1))?;
    let final_ = bool_arg(args.get(2), false)?;
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buffer = 0u32;
    let mut surrogate = 0u32;
    // Where the current shift sequence started, in the input and the output.
    let mut shift_start = 0;
    let mut shift_out = 0;
    let mut i = 0;
    let error = |start: usize, end: usize, reason: &str, out: &mut Vec<u32>| {
        decode_error(&errors, "utf7", &data, start, end, reason, out)
    };
    while i < data.len() {
        let c = data[i];
        if in_shift {
            if is_base64(u32::from(c)) {
                buffer = (buffer << 6) | from_base64(c);
                bits += 6;
                i += 1;
                if bits >= 16 {
                    let unit = buffer >> (bits - 16);
                    bits -= 16;
                    buffer &= (1 << bits) - 1;
                    if surrogate != 0 {
                        if (0xdc00..0xe000).contains(&unit) {
                            out.push(0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00));
                            surrogate = 0;
                            continue;
                        }
                        out.push(surrogate);
                        surrogate = 0;
                    }
                    if (0xd800..0xdc00).contains(&unit) {
                        surrogate = unit;
                    } else {
                        out.push(unit);
                    }
                }
                continue;
            }
            in_shift = false;
            if bits > 6 {
                i = error(
                    shift_start,
                    i + 1,
                    "partial character in shift sequence",
                    &mut out,
                )?;
                continue;
            }
            if buffer != 0 {
                i = error(
                    shift_start,
                    i + 1,
                    "non-zero padding bits in shift sequence",
                    &mut out,
                )?;
                continue;
            }
            if surrogate != 0 && c < 0x80 && c != b'+' {
                out.push(surrogate);
            }
            surrogate = 0;
            if c == b'-' {
                i += 1;
            }
        } else if c == b'+' {
            shift_start = i;
            i += 1;
            match data.get(i) {
                Some(b'-') => {
                    i += 1;
                    out.push(u32::from(b'+'));
                }
                Some(&n) if !is_base64(u32::from(n)) => {
                    i = error(shift_start, i + 1, "ill-formed sequence", &mut out)?;
                }
                _ => {
                    in_shift = true;
                    surrogate = 0;
                    shift_out = out.len();
                    bits = 0;
                    buffer = 0;
                }
            }
        } else if c < 0x80 {
            out.push(u32::from(c));
            i += 1;
        } else {
            i = error(i, i + 1, "unexpected special character", &mut out)?;
        }
    }
    if in_shift && final_ && (surrogate != 0 || bits >= 6 || bits > 0 && buffer != 0) {
        error(
            shift_start,
            data.len(),
            "unterminated shift sequence",
            &mut out,
        )?;
        in_shift = false;
    }
    let consumed = if in_shift && !final_ {
        out.truncate(shift_out);
        shift_start
    } else {
        data.len()
    };
    Ok(pair(PyStr::from_cps(&out), consumed))
}
