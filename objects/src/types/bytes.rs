//! `bytes`: immutable byte strings with CPython's repr, hashing, comparison, indexing and methods (see `bytes_methods`); mirrors Objects/bytesobject.c.

use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::err::{PyResult, index_error, type_error, value_error};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::typeobj::{NbOp, SlotDefs, flags};

pub struct Bytes(pub Box<[u8]>);

pub fn new(data: Vec<u8>) -> Value {
    Ref::new(Bytes(data.into_boxed_slice())).into_value()
}

/// The bytes of a bytes-like object (`bytes`, `bytearray`, `memoryview`,
/// a registered `buffer` exporter).
pub fn as_bytes_like(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<Bytes>() {
        return Some(b.0.to_vec());
    }
    if let Some(b) = v.downcast::<crate::bytearray::ByteArray>() {
        return Some(b.to_vec());
    }
    crate::memoryview::view_bytes(v).or_else(|| crate::buffer::read(v))
}

/// The bytes of a bytes-like object, or `TypeError`.
pub fn bytes_from_object(v: &Value) -> PyResult<Vec<u8>> {
    as_bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(v)
        ))
    })
}

/// `repr(b)`: `b'...'` with CPython's quoting.
pub fn repr_bytes(data: &[u8], prefix: &str) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("{prefix}{quote}");
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b == quote as u8 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..0x7f => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

fn this(v: &Value) -> &[u8] {
    &v.downcast::<Bytes>().expect("bytes").0
}

fn bytes_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&repr_bytes(this(v), "b")))
}

fn bytes_hash(v: &Value) -> PyResult<i64> {
    Ok(crate::hash::hash_bytes(this(v)))
}

fn bytes_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Bytes>(), b.downcast::<Bytes>()) else {
        return Ok(not_implemented());
    };
    Ok(crate::bool::py_bool(op.test(x.0.cmp(&y.0))))
}

fn bytes_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn bytes_getitem(v: &Value, key: &Value) -> PyResult {
    let data = this(v);
    if let Some(sl) = key.downcast::<crate::slice::Slice>() {
        let (start, _, step, n) = sl.indices_for(data.len())?;
        let out = (0..n)
            .map(|i| data[(start + i as isize * step) as usize])
            .collect();
        return Ok(new(out));
    }
    if !protocol::has_index(key) {
        return Err(type_error(format!(
            "byte indices must be integers or slices, not {}",
            protocol::type_name(key)
        )));
    }
    let i = protocol::index_as_isize_or(key, &crate::exceptions::INDEX_ERROR)?;
    let n = data.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("index out of range"));
    }
    Ok(crate::int::from_i64(i64::from(data[j as usize])))
}

fn bytes_concat(a: &Value, b: &Value) -> PyResult {
    let Some(other) = as_bytes_like(b) else {
        return Err(type_error(format!(
            "can't concat {} to {}",
            protocol::type_name(b),
            protocol::type_name(a)
        )));
    };
    let mut out = this(a).to_vec();
    out.extend_from_slice(&other);
    Ok(new(out))
}

fn bytes_repeat(v: &Value, n: isize) -> PyResult {
    Ok(new(this(v).repeat(n.max(0) as usize)))
}

/// `x in data` for bytes-like containers: an int byte or a subsequence.
pub fn contains_in(data: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = as_bytes_like(item) {
        return Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == sub.as_slice()));
    }
    let i = protocol::index(item).map_err(|_| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(item)
        ))
    })?;
    match crate::int::to_i64(&i).filter(|b| (0..256).contains(b)) {
        Some(b) => Ok(data.contains(&(b as u8))),
        None => Err(value_error("byte must be in range(0, 256)")),
    }
}

fn bytes_contains(v: &Value, item: &Value) -> PyResult<bool> {
    contains_in(this(v), item)
}

fn bytes_iter(v: &Value) -> PyResult {
    Ok(crate::iterators::bytes_iter(v.clone()))
}

fn bytes_mod(a: &Value, b: &Value) -> PyResult {
    let Some(fmt) = a.downcast::<Bytes>() else {
        return Ok(not_implemented());
    };
    Ok(new(crate::format::percent_format_bytes(&fmt.0, b)?))
}

fn bytes_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [source, encoding, errors] = crate::args::Args::new(args, kwnames).parse(
        "bytes",
        ["source", "encoding", "errors"],
        0,
        0,
        3,
    )?;
    let data =
        crate::bytes_methods::bytes_from_constructor_args(source, encoding, errors, "bytes")?;
    if ty.is_static(&BYTES_TYPE) {
        return Ok(new(data));
    }
    Ok(alloc_typed(ty, Bytes(data.into_boxed_slice())))
}

builtin_type!(pub static BYTES_TYPE: Bytes = TypeSpec {
    name: "bytes",
    doc: Some("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer"),
    flags: flags::BASETYPE | flags::BYTES_SUBCLASS | flags::IMMUTABLETYPE | flags::MATCH_SELF,
    slots: SlotDefs {
        repr: Some(bytes_repr),
        str: Some(bytes_repr),
        hash: Some(bytes_hash),
        richcompare: Some(bytes_richcompare),
        len: Some(bytes_len),
        getitem: Some(bytes_getitem),
        concat: Some(bytes_concat),
        repeat: Some(bytes_repeat),
        contains: Some(bytes_contains),
        iter: Some(bytes_iter),
        new: Some(bytes_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Remainder, bytes_mod),
    methods: crate::bytes_methods::BYTES_METHODS,
    ..TypeSpec::DEFAULT
});
