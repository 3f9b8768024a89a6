//! The `_codecs` functions over the built-in text codecs of `ouro_objects::codecs`: `utf_8_*`, `utf_16_*`, `utf_32_*` (with the `_ex` decoders that report the byte order), `latin_1_*`, `ascii_*` and `readbuffer_encode`.

use ouro_objects::args::Args;
use ouro_objects::codecs::{Codec, Order, decode_codec, detect_bom, encode_codec};
use ouro_objects::err::PyResult;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, bytes, int};

use super::{bool_arg, buffer_arg, errors_arg, pair, str_arg};

/// `name(str, errors=None[, byteorder=0], /)` with `codec`, or with the codec
/// the byte order picks when `with_byteorder`.
fn encode_with(args: Args, name: &str, codec: Codec, with_byteorder: bool) -> PyResult {
    let max = if with_byteorder { 3 } else { 2 };
    let args = args.range(name, name, 1, max)?;
    let text = str_arg(name, 1, &args[0])?;
    let errors = errors_arg(name, 2, args.get(1))?;
    let codec = match args.get(2) {
        Some(order) => {
            let order = int::index_as_c_int(order)?;
            let order = match order {
                0 => Order::Bom,
                o if o < 0 => Order::Little,
                _ => Order::Big,
            };
            match codec {
                Codec::Utf16(_) => Codec::Utf16(order),
                Codec::Utf32(_) => Codec::Utf32(order),
                other => other,
            }
        }
        None => codec,
    };
    let cps = text.code_points();
    let out = encode_codec(codec, &cps, &args[0], &errors)?;
    Ok(pair(bytes::new(out), cps.len()))
}

/// `name(data, errors=None[, final=False], /)` with `codec`.
fn decode_with(args: Args, name: &str, codec: Codec, with_final: bool) -> PyResult {
    let max = if with_final { 3 } else { 2 };
    let args = args.range(name, name, 1, max)?;
    let data = buffer_arg(&args[0], false)?;
    let errors = errors_arg(name, 2, args.get(1))?;
    let final_ = !with_final || bool_arg(args.get(2), false)?;
    let (cps, consumed) = decode_codec(codec, &data, &errors, final_, &bytes::new(data.clone()))?;
    Ok(pair(PyStr::from_cps(&cps), consumed))
}

/// `utf_{16,32}_ex_decode(data, errors=None, byteorder=0, final=False, /)`:
/// `(str, consumed, byteorder)`, the order read from a byte order mark
/// when `byteorder` is 0 (-1 little-endian, 1 big-endian, 0 not known yet).
fn decode_ex(args: Args, name: &str, codec: Codec) -> PyResult {
    let args = args.range(name, name, 1, 4)?;
    let data = buffer_arg(&args[0], false)?;
    let errors = errors_arg(name, 2, args.get(1))?;
    let byteorder = match args.get(2) {
        Some(o) => int::index_as_c_int(o)?,
        None => 0,
    };
    let final_ = bool_arg(args.get(3), false)?;
    // With byteorder 0 the codec reads a byte order mark itself.
    let (order, reported) = match byteorder {
        0 => match detect_bom(codec, &data) {
            Some((Order::Little, _)) => (Order::Bom, -1),
            Some(_) => (Order::Bom, 1),
            None => (Order::Bom, 0),
        },
        o if o < 0 => (Order::Little, o),
        o => (Order::Big, o),
    };
    let codec = match codec {
        Codec::Utf16(_) => Codec::Utf16(order),
        _ => Codec::Utf32(order),
    };
    let original = bytes::new(data.clone());
    let (cps, consumed) = decode_codec(codec, &data, &errors, final_, &original)?;
    Ok(Tuple::new(vec![
        PyStr::from_cps(&cps),
        int::from_usize(consumed),
        int::from_i64(i64::from(reported)),
    ]))
}

pub fn utf_8_encode(_m: &Value, args: Args) -> PyResult {
    encode_with(args, "utf_8_encode", Codec::Utf8, false)
}

pub fn utf_8_decode(_m: &Value, args: Args) -> PyResult {
    decode_with(args, "utf_8_decode", Codec::Utf8, true)
}

pub fn utf_16_encode(_m: &Value, args: Args) -> PyResult {
    encode_with(args, "utf_16_encode", Codec::Utf16(Order::Bom), true)
}

pub fn utf_16_le_encode(_m: &Value, args: Args) -> PyResult {
    encode_with(args, "utf_16_le_encode", Codec::Utf16(Order::Little), false)
}

pub fn utf_16_be_encode(_m: &Value, args: Args) -> PyResult {
    encode_with(args, "utf_16_be_encode", Codec::Utf16(Order::Big), false)
}

pub fn utf_16_decode(_m: &Value, args: Args) -> PyResult {
    decode_with(args, "utf_16_decode", Codec::Utf16(Order::Bom), true)
}

pub fn utf_16_le_decode(_m: &Value, args: Args) -> PyResult {
    decode_with(args, "utf_16_le_decode", Codec::Utf16(Order::Little), true)
}

pub fn utf_16_be_decode(_m: &Value, args: Args) -> PyResult {
    decode_with(args, "utf_16_be_decode", Codec::Utf16(Order::Big), true)
}

pub fn utf_16_ex_decode(_m: &Value, args: Args) -> PyResult {
    decode_ex(args, "utf_16_ex_decode", Codec::Utf16(Order::Bom))
}

pub fn utf_32_encode(_m: &Value, args: Args) -> PyResult {
    encode_with(args, "utf_32_encode", Codec::Utf32(Order::Bom), true)
}

pub fn utf_32_le_encode(_m: &Value, args: Args) -> PyResult {
    encode_with(args, "utf_32_le_encode", Codec::Utf32(Order::Little), false)
}

pub fn utf_32_be_encode(_m: &Value, args: Args) -> PyResult {
    encode_with(args, "utf_32_be_encode", Codec::Utf32(Order::Big), false)
}

pub fn utf_32_decode(_m: &Value, args: Args) -> PyResult {
    decode_with(args, "utf_32_decode", Codec::Utf32(Order::Bom), true)
}

pub fn utf_32_le_decode(_m: &Value, args: Args) -> PyResult {
    decode_with(args, "utf_32_le_decode", Codec::Utf32(Order::Little), true)
}

pub fn utf_32_be_decode(_m: &Value, args: Args) -> PyResult {
    decode_with(args, "utf_32_be_decode", Codec::Utf32(Order::Big), true)
}

pub fn utf_32_ex_decode(_m: &Value, args: Args) -> PyResult {
    decode_ex(args, "utf_32_ex_decode", Codec::Utf32(Order::Bom))
}

pub fn latin_1_encode(_m: &Value, args: Args) -> PyResult {
    encode_with(args, "latin_1_encode", Codec::Latin1, false)
}

pub fn latin_1_decode(_m: &Value, args: Args) -> PyResult {
    decode_with(args, "latin_1_decode", Codec::Latin1, false)
}

pub fn ascii_encode(_m: &Value, args: Args) -> PyResult {
    encode_with(args, "ascii_encode", Codec::Ascii, false)
}

pub fn ascii_decode(_m: &Value, args: Args) -> PyResult {
    decode_with(args, "ascii_decode", Codec::Ascii, false)
}

/// `readbuffer_encode(data, errors=None, /)`: the buffer's bytes (a str's
/// UTF-8).
pub fn readbuffer_encode(_m: &Value, args: Args) -> PyResult {
    let args = args.range("readbuffer_encode", "readbuffer_encode", 1, 2)?;
    let data = buffer_arg(&args[0], true)?;
    errors_arg("readbuffer_encode", 2, args.get(1))?;
    let n = data.len();
    Ok(pair(bytes::new(data), n))
}
