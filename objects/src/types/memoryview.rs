//! `memoryview` over `bytes` and `bytearray`: one-dimensional views with slicing, item access in the byte and native integer formats, `cast`, `tobytes`/`tolist`, `release` and the context manager; mirrors Objects/memoryobject.c for the single-dimension case.

use std::cell::Cell;

use crate::args::Args;
use crate::builtin_type;
use crate::bytearray::ByteArray;
use crate::bytes::Bytes;
use crate::core::{TypeRef, Value};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyResult, index_error, type_error, value_error};
use crate::int::from_i64;
use crate::none::{none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::slice::Slice;
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

/// A view of `count` items of `itemsize` bytes, the first at byte `offset`
/// of the exporter, each `stride` bytes after the previous one.
pub struct MemoryView {
    obj: Value,
    offset: usize,
    count: usize,
    stride: isize,
    format: u8,
    itemsize: usize,
    readonly: bool,
    released: Cell<bool>,
}

/// The item size of a supported native format.
fn format_size(f: u8) -> Option<usize> {
    match f {
        b'B' | b'b' | b'c' => Some(1),
        b'H' | b'h' => Some(2),
        b'I' | b'i' => Some(4),
        b'L' | b'l' | b'Q' | b'q' | b'N' | b'n' => Some(8),
        _ => None,
    }
}

fn this(v: &Value) -> PyResult<&MemoryView> {
    let m = v.downcast::<MemoryView>().expect("memoryview");
    if m.released.get() {
        return Err(value_error(
            "operation forbidden on released memoryview object",
        ));
    }
    Ok(m)
}

/// The exporter's whole buffer (a copy: no borrow outlives the call).
fn exporter_bytes(obj: &Value) -> Vec<u8> {
    if let Some(b) = obj.downcast::<Bytes>() {
        return b.0.to_vec();
    }
    obj.downcast::<ByteArray>()
        .map(ByteArray::to_vec)
        .unwrap_or_default()
}

impl MemoryView {
    fn item_start(&self, i: usize) -> usize {
        (self.offset as isize + i as isize * self.stride) as usize
    }

    /// The viewed bytes in logical order (`tobytes`).
    fn bytes(&self) -> Vec<u8> {
        let all = exporter_bytes(&self.obj);
        let mut out = Vec::with_capacity(self.count * self.itemsize);
        for i in 0..self.count {
            let s = self.item_start(i);
            out.extend_from_slice(all.get(s..s + self.itemsize).unwrap_or(&[]));
        }
        out
    }

    fn unpack(&self, raw: &[u8]) -> Value {
        let mut word = [0u8; 8];
        word[..raw.len()].copy_from_slice(raw);
        let unsigned = u64::from_le_bytes(word);
        match self.format {
            b'c' => crate::bytes::new(raw.to_vec()),
            b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                let shift = 64 - 8 * self.itemsize as u32;
                from_i64(((unsigned << shift) as i64) >> shift)
            }
            _ => crate::int::from_i128(i128::from(unsigned)),
        }
    }

    fn pack(&self, x: &Value) -> PyResult<Vec<u8>> {
        let fmt = char::from(self.format);
        if self.format == b'c' {
            return match x.downcast::<Bytes>() {
                Some(b) if b.0.len() == 1 => Ok(b.0.to_vec()),
                Some(_) => Err(value_error(format!(
                    "memoryview: invalid value for format '{fmt}'"
                ))),
                None => Err(type_error(format!(
                    "memoryview: invalid type for format '{fmt}'"
                ))),
            };
        }
        if !crate::int::is_int(x) {
            return Err(type_error(format!(
                "memoryview: invalid type for format '{fmt}'"
            )));
        }
        let bits = 8 * self.itemsize as u32;
        let signed = self.format.is_ascii_lowercase();
        let v = crate::int::as_int(x).and_then(|i| i.to_bigint().to_string().parse::<i128>().ok());
        let (lo, hi) = if signed {
            (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
        } else {
            (0, (1i128 << bits) - 1)
        };
        match v.filter(|v| (lo..=hi).contains(v)) {
            Some(v) => Ok((v as u64).to_le_bytes()[..self.itemsize].to_vec()),
            None => Err(value_error(format!(
                "memoryview: invalid value for format '{fmt}'"
            ))),
        }
    }
}

/// Ends this view's export of a bytearray (once).
fn release(m: &MemoryView) {
    if !m.released.replace(true)
        && let Some(b) = m.obj.downcast::<ByteArray>()
    {
        b.1.set(b.1.get().saturating_sub(1));
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        release(self);
    }
}

fn make(
    obj: Value,
    offset: usize,
    count: usize,
    stride: isize,
    format: u8,
    readonly: bool,
) -> Value {
    if let Some(b) = obj.downcast::<ByteArray>() {
        b.1.set(b.1.get() + 1);
    }
    let itemsize = format_size(format).unwrap_or(1);
    crate::core::Ref::new(MemoryView {
        obj,
        offset,
        count,
        stride,
        format,
        itemsize,
        readonly,
        released: Cell::new(false),
    })
    .into_value()
}

/// `memoryview(obj)` for a bytes-like `obj`.
pub fn from_object(obj: &Value) -> PyResult {
    if let Some(m) = obj.downcast::<MemoryView>() {
        let m = this(obj).map(|_| m)?;
        return Ok(make(
            m.obj.clone(),
            m.offset,
            m.count,
            m.stride,
            m.format,
            m.readonly,
        ));
    }
    if let Some(b) = obj.downcast::<Bytes>() {
        return Ok(make(obj.clone(), 0, b.0.len(), 1, b'B', true));
    }
    if let Some(b) = obj.downcast::<ByteArray>() {
        return Ok(make(obj.clone(), 0, b.0.borrow().len(), 1, b'B', false));
    }
    Err(type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        protocol::type_name(obj)
    )))
}

/// The viewed bytes of a memoryview (`as_bytes_like`'s memoryview case).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let m = v.downcast::<MemoryView>()?;
    (!m.released.get()).then(|| m.bytes())
}

fn memoryview_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [object] = Args::new(args, kwnames).parse("memoryview", ["object"], 0, 1, 1)?;
    from_object(&object.unwrap_or_else(none))
}

fn memoryview_repr(v: &Value) -> PyResult {
    let m = v.downcast::<MemoryView>().expect("memoryview");
    let state = if m.released.get() { "released " } else { "" };
    Ok(PyStr::new(&format!("<{state}memory at {:#x}>", v.word())))
}

fn memoryview_len(v: &Value) -> PyResult<usize> {
    Ok(this(v)?.count)
}

fn item_index(m: &MemoryView, key: &Value) -> PyResult<usize> {
    let i = protocol::index_as_isize_or(key, &crate::exceptions::INDEX_ERROR)?;
    let i = if i < 0 { i + m.count as isize } else { i };
    if i < 0 || i as usize >= m.count {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(i as usize)
}

fn memoryview_getitem(v: &Value, key: &Value) -> PyResult {
    let m = this(v)?;
    if let Some(s) = key.downcast::<Slice>() {
        let (start, _, step, n) = s.indices_for(m.count)?;
        let offset = m.item_start(start.max(0) as usize);
        // With fewer than two items the step never applies (and may be huge).
        let stride = if n < 2 {
            m.itemsize as isize
        } else {
            m.stride * step
        };
        return Ok(make(m.obj.clone(), offset, n, stride, m.format, m.readonly));
    }
    if !protocol::has_index(key) {
        return Err(type_error("memoryview: invalid slice key"));
    }
    let s = m.item_start(item_index(m, key)?);
    let all = exporter_bytes(&m.obj);
    Ok(m.unpack(all.get(s..s + m.itemsize).unwrap_or(&[])))
}

fn memoryview_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let m = this(v)?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(type_error("cannot delete memory"));
    };
    let (positions, data) = if let Some(s) = key.downcast::<Slice>() {
        let (start, _, step, n) = s.indices_for(m.count)?;
        let src = crate::bytes::as_bytes_like(value).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                protocol::type_name(value)
            ))
        })?;
        if src.len() != n * m.itemsize {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let positions: Vec<usize> = (0..n)
            .map(|i| m.item_start((start + i as isize * step) as usize))
            .collect();
        (positions, src)
    } else {
        if !protocol::has_index(key) {
            return Err(type_error("memoryview: invalid slice key"));
        }
        (vec![m.item_start(item_index(m, key)?)], m.pack(value)?)
    };
    if let Some(b) = m.obj.downcast::<ByteArray>() {
        let mut buf = b.0.borrow_mut();
        for (p, chunk) in positions.into_iter().zip(data.chunks(m.itemsize)) {
            if let Some(dst) = buf.get_mut(p..p + m.itemsize) {
                dst.copy_from_slice(chunk);
            }
        }
    }
    Ok(())
}

fn memoryview_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let ma = a.downcast::<MemoryView>().expect("memoryview");
    let released = |v: &Value| v.downcast::<MemoryView>().is_some_and(|m| m.released.get());
    let equal = if a.is(b) {
        true
    } else if released(a) || released(b) {
        false
    } else if let Some(mb) = b.downcast::<MemoryView>() {
        ma.count == mb.count && protocol::eq(&tolist(ma), &tolist(mb))?
    } else if let Some(other) = crate::bytes::as_bytes_like(b) {
        let mine = tolist(ma);
        let theirs: Vec<Value> = other.iter().map(|&x| from_i64(i64::from(x))).collect();
        protocol::eq(&mine, &crate::list::List::from_vec(theirs))?
    } else {
        return Ok(not_implemented());
    };
    Ok(crate::bool::py_bool(equal == (op == CompareOp::Eq)))
}

fn memoryview_hash(v: &Value) -> PyResult<i64> {
    let m = this(v)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    Ok(crate::hash::hash_bytes(&m.bytes()))
}

fn tolist(m: &MemoryView) -> Value {
    let all = exporter_bytes(&m.obj);
    let items = (0..m.count)
        .map(|i| {
            let s = m.item_start(i);
            m.unpack(all.get(s..s + m.itemsize).unwrap_or(&[]))
        })
        .collect();
    crate::list::List::from_vec(items)
}

fn memoryview_tolist(v: &Value, args: Args) -> PyResult {
    args.none("memoryview.tolist")?;
    Ok(tolist(this(v)?))
}

fn memoryview_tobytes(v: &Value, args: Args) -> PyResult {
    args.parse("tobytes", ["order"], 0, 0, 1)?;
    Ok(crate::bytes::new(this(v)?.bytes()))
}

fn memoryview_hex(v: &Value, args: Args) -> PyResult {
    let bytes = crate::bytes::new(this(v)?.bytes());
    let hex = protocol::getattr_str(&bytes, "hex")?;
    protocol::call(&hex, args.values, args.kwnames)
}

fn memoryview_release(v: &Value, args: Args) -> PyResult {
    args.none("memoryview.release")?;
    release(v.downcast::<MemoryView>().expect("memoryview"));
    Ok(none())
}

fn memoryview_enter(v: &Value, args: Args) -> PyResult {
    args.none("memoryview.__enter__")?;
    this(v)?;
    Ok(v.clone())
}

fn memoryview_exit(v: &Value, args: Args) -> PyResult {
    let _ = args.values;
    release(v.downcast::<MemoryView>().expect("memoryview"));
    Ok(none())
}

fn memoryview_toreadonly(v: &Value, args: Args) -> PyResult {
    args.none("memoryview.toreadonly")?;
    let m = this(v)?;
    Ok(make(
        m.obj.clone(),
        m.offset,
        m.count,
        m.stride,
        m.format,
        true,
    ))
}

fn memoryview_cast(v: &Value, args: Args) -> PyResult {
    let [format, shape] = args.parse("cast", ["format", "shape"], 0, 1, 2)?;
    let m = this(v)?;
    let format = format.unwrap_or_else(none);
    let Some(f) = format.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "cast() argument 'format' must be str, not {}",
            protocol::type_name(&format)
        )));
    };
    let text = f.to_string_lossy();
    let code = text.strip_prefix('@').unwrap_or(&text);
    let (Some(target), 1) = (code.bytes().next(), code.len()) else {
        return Err(value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let Some(size) = format_size(target) else {
        return Err(value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if m.stride != m.itemsize as isize {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if format_size(m.format) != Some(1) && size != 1 {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.count * m.itemsize;
    if nbytes % size != 0 {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    if let Some(shape) = shape {
        let dims = protocol::collect(&shape)?;
        let product = dims
            .iter()
            .map(protocol::index_as_isize)
            .collect::<PyResult<Vec<_>>>()?;
        if product.len() != 1 || (product[0] as usize).checked_mul(size) != Some(nbytes) {
            return Err(type_error(
                "memoryview: product(shape) * itemsize != buffer size",
            ));
        }
    }
    Ok(make(
        m.obj.clone(),
        m.offset,
        nbytes / size,
        size as isize,
        target,
        m.readonly,
    ))
}

fn memoryview_iter(v: &Value) -> PyResult {
    this(v)?;
    Ok(crate::iterators::seq_iter(v.clone()))
}

fn memoryview_count(v: &Value, args: Args) -> PyResult {
    let x = args.one("memoryview.count")?;
    let items = tolist(this(v)?);
    let mut n = 0;
    for item in protocol::collect(&items)? {
        if protocol::eq(&item, x)? {
            n += 1;
        }
    }
    Ok(from_i64(n))
}

fn memoryview_index(v: &Value, args: Args) -> PyResult {
    let a = args.range("memoryview.index", "index", 1, 3)?;
    let items = protocol::collect(&tolist(this(v)?))?;
    let (start, stop) = crate::tuple::index_bounds(a, items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if protocol::eq(item, &a[0])? {
            return Ok(crate::int::from_usize(i));
        }
    }
    Err(value_error("memoryview.index(x): x not found"))
}

fn get_format(v: &Value) -> PyResult {
    Ok(PyStr::new(&char::from(this(v)?.format).to_string()))
}

fn get_shape(v: &Value) -> PyResult {
    Ok(Tuple::new(vec![crate::int::from_usize(this(v)?.count)]))
}

fn get_strides(v: &Value) -> PyResult {
    Ok(Tuple::new(vec![from_i64(this(v)?.stride as i64)]))
}

fn get_contiguous(v: &Value) -> PyResult {
    let m = this(v)?;
    Ok(crate::bool::py_bool(
        m.count <= 1 || m.stride == m.itemsize as isize,
    ))
}

builtin_type!(pub static MEMORYVIEW_TYPE: MemoryView = TypeSpec {
    name: "memoryview",
    doc: Some("memoryview(object)\n--\n\nCreate a new memoryview object which references the given object."),
    flags: flags::IMMUTABLETYPE | flags::SEQUENCE,
    slots: SlotDefs {
        repr: Some(memoryview_repr),
        hash: Some(memoryview_hash),
        richcompare: Some(memoryview_richcompare),
        len: Some(memoryview_len),
        getitem: Some(memoryview_getitem),
        setitem: Some(memoryview_setitem),
        iter: Some(memoryview_iter),
        new: Some(memoryview_new),
        ..SlotDefs::NONE
    },
    methods: &[
        crate::genericalias::CLASS_GETITEM_DEF,
        MethodDef::new("count", memoryview_count, "count($self, value, /)\n--\n\nCount the number of occurrences of a value."),
        MethodDef::new("index", memoryview_index, "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn the index of the first occurrence of a value.\n\nRaises ValueError if the value is not present."),
        MethodDef::new("__enter__", memoryview_enter, "__enter__($self, /)\n--\n\n"),
        MethodDef::new("__exit__", memoryview_exit, "__exit__($self, /, *exc_info)\n--\n\nRelease the underlying buffer exposed by the memoryview object."),
        MethodDef::new("release", memoryview_release, "release($self, /)\n--\n\nRelease the underlying buffer exposed by the memoryview object."),
        MethodDef::new("tobytes", memoryview_tobytes, "tobytes($self, /, order='C')\n--\n\nReturn the data in the buffer as a byte string."),
        MethodDef::new("hex", memoryview_hex, "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nReturn the data in the buffer as a str of hexadecimal numbers."),
        MethodDef::new("tolist", memoryview_tolist, "tolist($self, /)\n--\n\nReturn the data in the buffer as a list of elements."),
        MethodDef::new("cast", memoryview_cast, "cast($self, /, format, shape=<unrepresentable>)\n--\n\nCast a memoryview to a new format or shape."),
        MethodDef::new("toreadonly", memoryview_toreadonly, "toreadonly($self, /)\n--\n\nReturn a readonly version of the memoryview."),
    ],
    getsets: &[
        GetSetDef::getter("obj", |v| Ok(this(v)?.obj.clone())),
        GetSetDef::getter("nbytes", |v| { let m = this(v)?; Ok(crate::int::from_usize(m.count * m.itemsize)) }),
        GetSetDef::getter("readonly", |v| Ok(crate::bool::py_bool(this(v)?.readonly))),
        GetSetDef::getter("itemsize", |v| Ok(crate::int::from_usize(this(v)?.itemsize))),
        GetSetDef::getter("format", get_format),
        GetSetDef::getter("ndim", |v| this(v).map(|_| from_i64(1))),
        GetSetDef::getter("shape", get_shape),
        GetSetDef::getter("strides", get_strides),
        GetSetDef::getter("suboffsets", |v| this(v).map(|_| Tuple::empty())),
        GetSetDef::getter("c_contiguous", get_contiguous),
        GetSetDef::getter("f_contiguous", get_contiguous),
        GetSetDef::getter("contiguous", get_contiguous),
    ],
    ..TypeSpec::DEFAULT
});
