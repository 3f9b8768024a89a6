//! The methods of `bytes` and the `bytes(...)` constructor's argument forms; mirrors Objects/bytesobject.c and bytes_methods.c.

use crate::args::Args;
use crate::core::Value;
use crate::descr::MethodDef;
use crate::err::{PyResult, type_error, value_error};
use crate::protocol;
use crate::str::PyStr;

fn this(v: &Value) -> &[u8] {
    &v.downcast::<crate::bytes::Bytes>().expect("bytes").0
}

/// `bytes(source, encoding, errors)`: the byte string each form builds.
pub fn bytes_from_constructor_args(
    source: Option<Value>,
    encoding: Option<Value>,
    errors: Option<Value>,
    name: &str,
) -> PyResult<Vec<u8>> {
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = source.downcast::<PyStr>() {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = protocol::str_lossy(&enc);
        let errors = errors.map_or("strict".to_string(), |e| protocol::str_lossy(&e));
        return crate::codecs::encode(s, &source, &enc, &errors);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if let Some(data) = crate::bytes::as_bytes_like(&source) {
        return Ok(data);
    }
    if protocol::has_index(&source) {
        let n = protocol::index_as_isize(&source)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let it = protocol::iter(&source).map_err(|_| {
        type_error(format!(
            "cannot convert '{}' object to {name}",
            protocol::type_name(&source)
        ))
    })?;
    let mut out = Vec::new();
    while let Some(x) = protocol::next(&it)? {
        let i = protocol::index(&x).map_err(|_| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                protocol::type_name(&x)
            ))
        })?;
        match crate::int::to_i64(&i).filter(|b| (0..256).contains(b)) {
            Some(b) => out.push(b as u8),
            None => return Err(value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn bytes_decode(v: &Value, args: Args) -> PyResult {
    let [encoding, errors] = args.parse("decode", ["encoding", "errors"], 0, 0, 2)?;
    let encoding = encoding.map_or("utf-8".to_string(), |e| protocol::str_lossy(&e));
    let errors = errors.map_or("strict".to_string(), |e| protocol::str_lossy(&e));
    crate::codecs::decode(this(v), &encoding, &errors, v)
}

fn bytes_getnewargs(v: &Value, args: Args) -> PyResult {
    args.none("bytes.__getnewargs__")?;
    Ok(crate::tuple::Tuple::new(vec![crate::bytes::new(
        this(v).to_vec(),
    )]))
}

fn bytes_hex(v: &Value, args: Args) -> PyResult {
    args.none("bytes.hex")?;
    let text: String = this(v).iter().map(|b| format!("{b:02x}")).collect();
    Ok(PyStr::new_ascii(&text))
}

pub const BYTES_METHODS: &[MethodDef] = &[
    MethodDef::new(
        "decode",
        bytes_decode,
        "decode($self, /, encoding='utf-8', errors='strict')\n--\n\nDecode the bytes using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytes.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors.",
    ),
    MethodDef::new(
        "hex",
        bytes_hex,
        "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nCreate a string of hexadecimal numbers from a bytes object.",
    ),
    MethodDef::new(
        "__getnewargs__",
        bytes_getnewargs,
        "__getnewargs__($self, /)\n--\n\n",
    ),
];
