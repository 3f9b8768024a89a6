//! The charmap codec behind the stdlib's 8-bit encodings (`cp1252`, `koi8_r`, ...): `charmap_decode` through a decoding table or mapping, `charmap_encode` through an `EncodingMap` or mapping, and `charmap_build`; mirrors the charmap functions of Objects/unicodeobject.c.

use std::collections::HashMap;

use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::none::is_none;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{PyObj, Ref, Value, builtin_type, bytes, exceptions, int, protocol};

use super::handlers::{decode_error, encode_error};
use super::{buffer_arg, errors_arg, pair, str_arg};

const UNDEFINED: &str = "character maps to <undefined>";

/// The reverse of a 256-character decoding table (`charmap_build`'s fast
/// form); `count2`/`count3` are CPython's table-block counts, for `size()`.
pub struct EncodingMap {
    bytes: HashMap<u32, u8>,
    count2: usize,
    count3: usize,
}

fn encoding_map_size(v: &Value, args: Args) -> PyResult {
    args.none("size")?;
    let map = v.downcast::<EncodingMap>().expect("EncodingMap");
    // `sizeof(struct encoding_map) - 1` on a 64-bit build, plus the blocks.
    Ok(int::from_usize(63 + 16 * map.count2 + 128 * map.count3))
}

builtin_type!(pub static ENCODING_MAP_TYPE: EncodingMap = TypeSpec {
    name: "EncodingMap",
    methods: &[MethodDef::new("size", encoding_map_size, "size($self, /)\n--\n\nReturn the size (in bytes) of this object.")],
    ..TypeSpec::DEFAULT
});

/// `EncodingMap` is not bound in the module, only readied.
pub fn types() -> Vec<&'static PyObj<TypeObject>> {
    ouro_objects::typeobj::ready(&ENCODING_MAP_TYPE);
    Vec::new()
}

/// `charmap_build(map, /)` over the first 256 characters: an `EncodingMap`
/// for a table that starts with NUL and stays in the BMP, otherwise a dict
/// `{ord(c): i}`.
pub fn charmap_build(_m: &Value, args: Args) -> PyResult {
    let mut table = str_arg("charmap_build", 1, args.one("charmap_build")?)?.code_points();
    if table.is_empty() {
        return Err(type_error("bad argument type for built-in operation"));
    }
    table.truncate(256);
    let mut level1 = std::collections::HashSet::new();
    let mut level2 = std::collections::HashSet::new();
    let mut fast = table[0] == 0;
    if fast {
        for &c in &table[1..] {
            if c == 0 || c > 0xffff {
                fast = false;
                break;
            }
            if c != 0xfffe {
                level1.insert(c >> 11);
                level2.insert(c >> 7);
            }
        }
    }
    if fast && level1.len() < 0xff && level2.len() < 0xff {
        let mut bytes = HashMap::new();
        bytes.insert(0, 0);
        for (i, &c) in table.iter().enumerate().skip(1) {
            if c != 0xfffe {
                bytes.insert(c, i as u8);
            }
        }
        return Ok(Ref::new(EncodingMap {
            bytes,
            count2: level1.len(),
            count3: level2.len(),
        })
        .into_value());
    }
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    for (i, &c) in table.iter().enumerate() {
        dict.set_item(int::from_i64(i64::from(c)), int::from_usize(i))?;
    }
    Ok(d)
}

/// `mapping[key]`, `None` when the mapping has no entry (a `LookupError`).
fn mapped(mapping: &Value, key: u32) -> PyResult<Option<Value>> {
    match protocol::getitem(mapping, &int::from_i64(i64::from(key))) {
        Ok(v) if is_none(&v) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&exceptions::LOOKUP_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// What byte `b` decodes to through `mapping`: code points, or `None` for
/// undefined.
fn decode_byte(mapping: &Value, table: Option<&[u32]>, b: u8) -> PyResult<Option<Vec<u32>>> {
    if let Some(table) = table {
        return Ok(table
            .get(usize::from(b))
            .filter(|&&c| c != 0xfffe)
            .map(|&c| vec![c]));
    }
    let Some(item) = mapped(mapping, u32::from(b))? else {
        return Ok(None);
    };
    if int::is_int(&item) {
        return match int::to_i64(&item) {
            Some(0xfffe) => Ok(None),
            Some(c @ 0..0x110000) => Ok(Some(vec![c as u32])),
            _ => Err(type_error("character mapping must be in range(0x110000)")),
        };
    }
    match item.downcast::<PyStr>() {
        Some(s) if s.len() == 1 && s.code_points()[0] == 0xfffe => Ok(None),
        Some(s) => Ok(Some(s.code_points())),
        None => Err(type_error(
            "character mapping must return integer, None or str",
        )),
    }
}

/// `charmap_decode(data, errors=None, mapping=None, /)`.
pub fn charmap_decode(_m: &Value, args: Args) -> PyResult {
    let args = args.range("charmap_decode", "charmap_decode", 1, 3)?;
    let data = buffer_arg(&args[0], false)?;
    let errors = errors_arg("charmap_decode", 2, args.get(1))?;
    let mapping = args.get(2).filter(|m| !is_none(m));
    let Some(mapping) = mapping else {
        let cps: Vec<u32> = data.iter().map(|&b| u32::from(b)).collect();
        return Ok(pair(PyStr::from_cps(&cps), data.len()));
    };
    let table = mapping.downcast_exact::<PyStr>().map(PyStr::code_points);
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match decode_byte(mapping, table.as_deref(), data[i])? {
            Some(cps) => {
                out.extend(cps);
                i += 1;
            }
            None => i = decode_error(&errors, "charmap", &data, i, i + 1, UNDEFINED, &mut out)?,
        }
    }
    Ok(pair(PyStr::from_cps(&out), data.len()))
}

/// How `charmap_encode` maps characters.
enum Encoder<'a> {
    Latin1,
    Map(&'a EncodingMap),
    Mapping(&'a Value),
}

impl Encoder<'_> {
    /// The bytes for `c`, `None` when it maps to nothing.
    fn encode(&self, c: u32) -> PyResult<Option<Vec<u8>>> {
        match self {
            Encoder::Latin1 => Ok((c < 0x100).then(|| vec![c as u8])),
            Encoder::Map(map) => Ok(map.bytes.get(&c).map(|&b| vec![b])),
            Encoder::Mapping(mapping) => {
                let Some(item) = mapped(mapping, c)? else {
                    return Ok(None);
                };
                if int::is_int(&item) {
                    return match int::to_i64(&item) {
                        Some(b @ 0..0x100) => Ok(Some(vec![b as u8])),
                        _ => Err(type_error("character mapping must be in range(256)")),
                    };
                }
                match item.downcast::<ouro_objects::bytes::Bytes>() {
                    Some(b) => Ok(Some(b.0.to_vec())),
                    None => Err(type_error(format!(
                        "character mapping must return integer, bytes or None, not {}",
                        protocol::type_name(&item)
                    ))),
                }
            }
        }
    }
}

/// `charmap_encode(str, errors=None, mapping=None, /)`.
pub fn charmap_encode(_m: &Value, args: Args) -> PyResult {
    let args = args.range("charmap_encode", "charmap_encode", 1, 3)?;
    let text = str_arg("charmap_encode", 1, &args[0])?.code_points();
    let errors = errors_arg("charmap_encode", 2, args.get(1))?;
    let encoder = match args.get(2).filter(|m| !is_none(m)) {
        None => Encoder::Latin1,
        Some(m) => match m.downcast::<EncodingMap>() {
            Some(map) => Encoder::Map(map),
            None => Encoder::Mapping(m),
        },
    };
    let encoding = if matches!(encoder, Encoder::Latin1) {
        "latin-1"
    } else {
        "charmap"
    };
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if let Some(b) = encoder.encode(text[i])? {
            out.extend(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < text.len() && encoder.encode(text[end])?.is_none() {
            end += 1;
        }
        let reason = if encoding == "latin-1" {
            "ordinal not in range(256)"
        } else {
            UNDEFINED
        };
        let (replacement, next, exc) = encode_error(&errors, encoding, &args[0], i, end, reason)?;
        match replacement.downcast::<PyStr>() {
            Some(s) => {
                for c in s.code_points() {
                    match encoder.encode(c)? {
                        Some(b) => out.extend(b),
                        None => return Err(exc),
                    }
                }
            }
            None => out.extend(bytes::as_bytes_like(&replacement).unwrap_or_default()),
        }
        i = next;
    }
    Ok(pair(bytes::new(out), text.len()))
}
