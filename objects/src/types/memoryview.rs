//! `memoryview` over `bytes`, `bytearray` and registered `buffer` exporters: N-dimensional views with slicing of the first dimension, item access (multi-indices too) in the byte and native integer formats, `cast` to a shape, `tobytes`/`tolist`, `release` and the context manager; mirrors Objects/memoryobject.c.

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

/// A view of items of `itemsize` bytes laid out in `shape.len()` dimensions:
/// item `[i, j, ...]` starts at byte `offset + i * strides[0] + j *
/// strides[1] + ...` of the exporter.
pub struct MemoryView {
    obj: Value,
    offset: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    format: u8,
    itemsize: usize,
    readonly: bool,
    released: Cell<bool>,
}

/// What a contiguous view shows: its exporter, the byte offset and length
/// of the view in it, and whether it is read-only (ctypes' `from_buffer`);
/// `None` for anything but a live, C-contiguous memoryview.
pub fn source(v: &Value) -> Option<(Value, usize, usize, bool)> {
    let m = v.downcast::<MemoryView>()?;
    if m.released.get() || c_strides(&m.shape, m.itemsize) != m.strides {
        return None;
    }
    let len = m.shape.iter().product::<usize>() * m.itemsize;
    Some((m.obj.clone(), m.offset, len, m.readonly))
}

/// The item size of a supported native format.
fn format_size(f: u8) -> Option<usize> {
    match f {
        b'B' | b'b' | b'c' | b'?' => Some(1),
        b'H' | b'h' | b'e' => Some(2),
        b'I' | b'i' | b'f' => Some(4),
        b'L' | b'l' | b'Q' | b'q' | b'N' | b'n' | b'P' | b'd' => Some(8),
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
    if let Some(b) = obj.downcast::<ByteArray>() {
        return b.to_vec();
    }
    crate::buffer::read(obj).unwrap_or_default()
}

/// The strides of a C-contiguous array of `shape` with items of `itemsize`.
fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for (stride, &n) in strides.iter_mut().zip(shape).rev() {
        *stride = step;
        step *= n as isize;
    }
    strides
}

impl MemoryView {
    /// Items along the first dimension (`len()`).
    fn count(&self) -> usize {
        self.shape[0]
    }

    fn item_start(&self, i: usize) -> usize {
        (self.offset as isize + i as isize * self.strides[0]) as usize
    }

    /// Whether the items lie in C order without gaps.
    fn is_c_contiguous(&self) -> bool {
        let expected = c_strides(&self.shape, self.itemsize);
        self.shape
            .iter()
            .zip(self.strides.iter().zip(&expected))
            .all(|(&n, (s, e))| n <= 1 || s == e)
            || self.shape.contains(&0)
    }

    /// Byte offsets of every item in C order.
    fn item_starts(&self) -> Vec<usize> {
        let mut starts = vec![self.offset as isize];
        for (&n, &stride) in self.shape.iter().zip(&self.strides) {
            starts = starts
                .iter()
                .flat_map(|&s| (0..n).map(move |i| s + i as isize * stride))
                .collect();
        }
        starts.into_iter().map(|s| s as usize).collect()
    }

    fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    /// The viewed bytes in logical order (`tobytes`).
    fn bytes(&self) -> Vec<u8> {
        // A contiguous view (every slice `m[a:b]` of bytes) is one range,
        // read straight from a `bytes` exporter.
        if self.is_c_contiguous() {
            let range = self.offset..self.offset + self.nbytes();
            if let Some(b) = self.obj.downcast::<Bytes>() {
                return b.0.get(range).unwrap_or(&[]).to_vec();
            }
            return exporter_bytes(&self.obj).get(range).unwrap_or(&[]).to_vec();
        }
        let all = exporter_bytes(&self.obj);
        let mut out = Vec::with_capacity(self.nbytes());
        for s in self.item_starts() {
            out.extend_from_slice(all.get(s..s + self.itemsize).unwrap_or(&[]));
        }
        out
    }

    /// A view of the same exporter with another layout.
    fn reshaped(&self, offset: usize, shape: Vec<usize>, strides: Vec<isize>) -> Value {
        make(
            self.obj.clone(),
            offset,
            shape,
            strides,
            self.format,
            self.readonly,
        )
    }

    fn unpack(&self, raw: &[u8]) -> Value {
        let mut word = [0u8; 8];
        word[..raw.len()].copy_from_slice(raw);
        let unsigned = u64::from_le_bytes(word);
        match self.format {
            b'c' => crate::bytes::new(raw.to_vec()),
            b'?' => crate::bool::py_bool(unsigned != 0),
            b'e' => crate::float::new(half_to_f64(unsigned as u16)),
            b'f' => crate::float::new(f64::from(f32::from_bits(unsigned as u32))),
            b'd' => crate::float::new(f64::from_bits(unsigned)),
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
        let invalid_type = || type_error(format!("memoryview: invalid type for format '{fmt}'"));
        match self.format {
            b'?' => return Ok(vec![u8::from(protocol::is_true(x)?)]),
            b'e' | b'f' | b'd' => {
                let f = crate::float::float_of(x).map_err(|e| {
                    if e.matches(&crate::exceptions::TYPE_ERROR) {
                        invalid_type()
                    } else {
                        e
                    }
                })?;
                return Ok(match self.format {
                    b'd' => f.to_le_bytes().to_vec(),
                    b'f' => (f as f32).to_le_bytes().to_vec(),
                    _ => f64_to_half(f)
                        .map_err(|_| {
                            value_error(format!("memoryview: invalid value for format '{fmt}'"))
                        })?
                        .to_le_bytes()
                        .to_vec(),
                });
            }
            _ => {}
        }
        if !crate::int::is_int(x) {
            return Err(invalid_type());
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

/// An IEEE 754 half-precision value (format `e`).
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// `PyFloat_Pack2`: the nearest half (ties to even), or OverflowError.
fn f64_to_half(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    // Scale to units of the smallest subnormal, round, then renormalize.
    let (mut exp, mut scaled) = (0i32, a / 2f64.powi(-24));
    while scaled >= 2048.0 {
        scaled /= 2.0;
        exp += 1;
    }
    let mut mant = round_half_even(scaled) as u32;
    if mant >= 2048 {
        mant /= 2;
        exp += 1;
    }
    let bits = if exp == 0 {
        // Subnormal or the smallest normal (mantissa reaching 1024 sets the exponent bit).
        mant
    } else {
        ((exp as u32 + 1) << 10) | (mant & 0x3ff)
    };
    if bits >= 0x7c00 {
        return Err(crate::err::overflow_error(
            "float too large to pack with e format",
        ));
    }
    Ok(sign | bits as u16)
}

fn round_half_even(x: f64) -> f64 {
    crate::float::round_half_even(x)
}

/// Ends this view's export of a bytearray (once).
fn release(m: &MemoryView) {
    if m.released.replace(true) {
        return;
    }
    if let Some(b) = m.obj.downcast::<ByteArray>() {
        b.1.set(b.1.get().saturating_sub(1));
    } else if let Some(e) = crate::buffer::exporter(&m.obj) {
        (e.exports)(&m.obj, -1);
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
    shape: Vec<usize>,
    strides: Vec<isize>,
    format: u8,
    readonly: bool,
) -> Value {
    if let Some(b) = obj.downcast::<ByteArray>() {
        b.1.set(b.1.get() + 1);
    } else if let Some(e) = crate::buffer::exporter(&obj) {
        (e.exports)(&obj, 1);
    }
    let itemsize = format_size(format).unwrap_or(1);
    crate::core::Ref::new(MemoryView {
        obj,
        offset,
        shape,
        strides,
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
        return Ok(m.reshaped(m.offset, m.shape.clone(), m.strides.clone()));
    }
    if let Some(b) = obj.downcast::<Bytes>() {
        return Ok(make(obj.clone(), 0, vec![b.0.len()], vec![1], b'B', true));
    }
    if let Some(b) = obj.downcast::<ByteArray>() {
        let len = b.0.borrow().len();
        return Ok(make(obj.clone(), 0, vec![len], vec![1], b'B', false));
    }
    if let Some(e) = crate::buffer::exporter(obj) {
        let data = (e.read)(obj)?;
        let readonly = (e.readonly)(obj);
        return Ok(make(
            obj.clone(),
            0,
            vec![data.len()],
            vec![1],
            b'B',
            readonly,
        ));
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
    Ok(this(v)?.count())
}

/// An index along dimension `dim` (0-based), normalized.
fn dim_index(m: &MemoryView, key: &Value, dim: usize) -> PyResult<usize> {
    let i = protocol::index_as_isize(key)?;
    let n = m.shape[dim] as isize;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(index_error(format!(
            "index out of bounds on dimension {}",
            dim + 1
        )));
    }
    Ok(i as usize)
}

/// The byte offset of the item a key names: an index into a 1-D view or a
/// tuple of one index per dimension (`memory_subscript`'s errors otherwise).
fn item_offset(m: &MemoryView, key: &Value) -> PyResult<usize> {
    if let Some(t) = key.downcast::<Tuple>() {
        let parts = t.as_slice();
        if parts.iter().all(|k| k.downcast::<Slice>().is_some()) && !parts.is_empty() {
            return Err(crate::err::PyErr::new(
                &crate::exceptions::NOT_IMPLEMENTED_ERROR,
                "multi-dimensional slicing is not implemented",
            ));
        }
        if !parts.iter().all(protocol::has_index) {
            return Err(type_error("memoryview: invalid slice key"));
        }
        if parts.len() < m.shape.len() {
            return Err(crate::err::PyErr::new(
                &crate::exceptions::NOT_IMPLEMENTED_ERROR,
                "sub-views are not implemented",
            ));
        }
        if parts.len() > m.shape.len() {
            return Err(type_error(format!(
                "cannot index {}-dimension view with {}-element tuple",
                m.shape.len(),
                parts.len()
            )));
        }
        let mut offset = m.offset as isize;
        for (dim, k) in parts.iter().enumerate() {
            offset += dim_index(m, k, dim)? as isize * m.strides[dim];
        }
        return Ok(offset as usize);
    }
    if !protocol::has_index(key) {
        return Err(type_error("memoryview: invalid slice key"));
    }
    if m.shape.len() > 1 {
        return Err(crate::err::PyErr::new(
            &crate::exceptions::NOT_IMPLEMENTED_ERROR,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    Ok(m.item_start(dim_index(m, key, 0)?))
}

fn memoryview_getitem(v: &Value, key: &Value) -> PyResult {
    let m = this(v)?;
    if let Some(s) = key.downcast::<Slice>() {
        let (start, _, step, n) = s.indices_for(m.count())?;
        let offset = m.item_start(start.max(0) as usize);
        let mut shape = m.shape.clone();
        let mut strides = m.strides.clone();
        shape[0] = n;
        // With fewer than two items the step never applies (and may be huge).
        if n >= 2 || m.shape.len() > 1 {
            strides[0] = m.strides[0] * step;
        } else {
            strides[0] = m.itemsize as isize;
        }
        return Ok(m.reshaped(offset, shape, strides));
    }
    let s = item_offset(m, key)?;
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
        if m.shape.len() > 1 {
            return Err(crate::err::PyErr::new(
                &crate::exceptions::NOT_IMPLEMENTED_ERROR,
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        let (start, _, step, n) = s.indices_for(m.count())?;
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
        (vec![item_offset(m, key)?], m.pack(value)?)
    };
    if let Some(b) = m.obj.downcast::<ByteArray>() {
        let mut buf = b.0.borrow_mut();
        for (p, chunk) in positions.into_iter().zip(data.chunks(m.itemsize)) {
            if let Some(dst) = buf.get_mut(p..p + m.itemsize) {
                dst.copy_from_slice(chunk);
            }
        }
    } else if let Some(e) = crate::buffer::exporter(&m.obj) {
        for (p, chunk) in positions.into_iter().zip(data.chunks(m.itemsize)) {
            (e.write)(&m.obj, p, chunk)?;
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
        ma.shape == mb.shape && protocol::eq(&tolist(ma), &tolist(mb))?
    } else if let Some(other) = crate::bytes::as_bytes_like(b) {
        if ma.shape.len() != 1 {
            return Ok(crate::bool::py_bool(op == CompareOp::Ne));
        }
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

/// The items as nested lists, one level per dimension.
fn tolist(m: &MemoryView) -> Value {
    let all = exporter_bytes(&m.obj);
    let mut items: Vec<Value> = m
        .item_starts()
        .into_iter()
        .map(|s| m.unpack(all.get(s..s + m.itemsize).unwrap_or(&[])))
        .collect();
    for &n in m.shape[1..].iter().rev() {
        items = items
            .chunks(n.max(1))
            .map(|c| crate::list::List::from_vec(c.to_vec()))
            .collect();
    }
    crate::list::List::from_vec(items)
}

fn memoryview_tolist(v: &Value, args: Args) -> PyResult {
    args.none("memoryview.tolist")?;
    Ok(tolist(this(v)?))
}

fn memoryview_tobytes(v: &Value, args: Args) -> PyResult {
    let [order] = args.parse("tobytes", ["order"], 0, 0, 1)?;
    if let Some(order) = order.filter(|o| !crate::none::is_none(o)) {
        let text = order.downcast::<PyStr>().map(PyStr::to_string_lossy);
        if !matches!(text.as_deref(), Some("C" | "F" | "A")) {
            return Err(value_error("order must be 'C', 'F' or 'A'"));
        }
    }
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
        m.shape.clone(),
        m.strides.clone(),
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
    if !m.is_c_contiguous() {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if format_size(m.format) != Some(1) && size != 1 {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.nbytes();
    let shape = match shape {
        Some(shape) => {
            if m.shape.len() > 1 {
                return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            if shape.downcast::<Tuple>().is_none()
                && shape.downcast::<crate::list::List>().is_none()
            {
                return Err(type_error("shape must be a list or a tuple"));
            }
            let mut dims = Vec::new();
            for d in protocol::collect(&shape)? {
                let n = protocol::index_as_isize(&d).ok().filter(|&n| n > 0);
                let Some(n) = n else {
                    return Err(value_error(
                        "memoryview.cast(): elements of shape must be integers > 0",
                    ));
                };
                dims.push(n as usize);
            }
            let total = dims.iter().try_fold(size, |acc, &n| acc.checked_mul(n));
            if dims.is_empty() || total != Some(nbytes) {
                return Err(type_error(
                    "memoryview: product(shape) * itemsize != buffer size",
                ));
            }
            dims
        }
        None => {
            if nbytes % size != 0 {
                return Err(type_error(
                    "memoryview: length is not a multiple of itemsize",
                ));
            }
            vec![nbytes / size]
        }
    };
    let strides = c_strides(&shape, size);
    Ok(make(
        m.obj.clone(),
        m.offset,
        shape,
        strides,
        target,
        m.readonly,
    ))
}

fn memoryview_iter(v: &Value) -> PyResult {
    this(v)?;
    Ok(crate::iterators::memory_iter(v.clone()))
}

/// The items of a 1-D view, with CPython's error for more dimensions.
fn items_1d(m: &MemoryView, what: &str) -> PyResult<Vec<Value>> {
    if m.shape.len() > 1 {
        return Err(crate::err::PyErr::new(
            &crate::exceptions::NOT_IMPLEMENTED_ERROR,
            format!("multi-dimensional {what}"),
        ));
    }
    protocol::collect(&tolist(m))
}

fn memoryview_count(v: &Value, args: Args) -> PyResult {
    let x = args.one("memoryview.count")?;
    let items = items_1d(this(v)?, "sub-views are not implemented")?;
    let mut n = 0;
    for item in items {
        if protocol::eq(&item, x)? {
            n += 1;
        }
    }
    Ok(from_i64(n))
}

fn memoryview_index(v: &Value, args: Args) -> PyResult {
    let a = args.range("memoryview.index", "index", 1, 3)?;
    let items = items_1d(this(v)?, "lookup is not implemented")?;
    let (start, stop) = crate::tuple::index_bounds(a, items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if protocol::eq(item, &a[0])? {
            return Ok(crate::int::from_usize(i));
        }
    }
    Err(value_error("memoryview.index(x): x not found"))
}

fn memoryview_from_flags(_cls: &Value, args: Args) -> PyResult {
    let [object, flags] = args.parse("_from_flags", ["object", "flags"], 0, 2, 2)?;
    protocol::index(flags.as_ref().expect("required"))?;
    from_object(object.as_ref().expect("required"))
}

/// `__release_buffer__(view)` of memoryview and bytearray: releases `view`.
pub fn release_buffer(_v: &Value, args: Args) -> PyResult {
    let view = args.one("__release_buffer__")?;
    match view.downcast::<MemoryView>() {
        Some(m) => {
            release(m);
            Ok(none())
        }
        None => Err(type_error(format!(
            "__release_buffer__() argument must be memoryview, not {}",
            protocol::type_name(view)
        ))),
    }
}

fn get_format(v: &Value) -> PyResult {
    Ok(PyStr::new(&char::from(this(v)?.format).to_string()))
}

fn get_shape(v: &Value) -> PyResult {
    let shape = this(v)?.shape.iter().map(|&n| crate::int::from_usize(n));
    Ok(Tuple::new(shape.collect()))
}

fn get_strides(v: &Value) -> PyResult {
    let strides = this(v)?.strides.iter().map(|&s| from_i64(s as i64));
    Ok(Tuple::new(strides.collect()))
}

fn get_c_contiguous(v: &Value) -> PyResult {
    Ok(crate::bool::py_bool(this(v)?.is_c_contiguous()))
}

/// Fortran order: the reverse layout (the same as C order in one dimension).
fn get_f_contiguous(v: &Value) -> PyResult {
    let m = this(v)?;
    let mut strides = c_strides(
        &m.shape.iter().rev().copied().collect::<Vec<_>>(),
        m.itemsize,
    );
    strides.reverse();
    let f = m
        .shape
        .iter()
        .zip(m.strides.iter().zip(&strides))
        .all(|(&n, (s, e))| n <= 1 || s == e)
        || m.shape.contains(&0);
    Ok(crate::bool::py_bool(f))
}

fn get_contiguous(v: &Value) -> PyResult {
    let m = this(v)?;
    if m.is_c_contiguous() {
        return Ok(crate::bool::py_bool(true));
    }
    get_f_contiguous(v)
}

builtin_type!(pub static MEMORYVIEW_TYPE: MemoryView = TypeSpec {
    name: "memoryview",
    doc: Some("memoryview(object)\n--\n\nCreate a new memoryview object which references the given object."),
    flags: flags::IMMUTABLETYPE | flags::SEQUENCE | flags::WEAKREFABLE,
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
        MethodDef::class("_from_flags", memoryview_from_flags, "_from_flags($type, /, object, flags)\n--\n\nCreate a new memoryview object which references the given object."),
        MethodDef::new("__buffer__", crate::bytes_methods::dunder_buffer, "__buffer__($self, flags, /)\n--\n\nReturn a buffer object that exposes the underlying memory of the object."),
        MethodDef::new("__release_buffer__", release_buffer, "__release_buffer__($self, buffer, /)\n--\n\nRelease the buffer object that exposes the underlying memory of the object."),
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
        GetSetDef::getter("nbytes", |v| Ok(crate::int::from_usize(this(v)?.nbytes()))),
        GetSetDef::getter("readonly", |v| Ok(crate::bool::py_bool(this(v)?.readonly))),
        GetSetDef::getter("itemsize", |v| Ok(crate::int::from_usize(this(v)?.itemsize))),
        GetSetDef::getter("format", get_format),
        GetSetDef::getter("ndim", |v| Ok(crate::int::from_usize(this(v)?.shape.len()))),
        GetSetDef::getter("shape", get_shape),
        GetSetDef::getter("strides", get_strides),
        GetSetDef::getter("suboffsets", |v| this(v).map(|_| Tuple::empty())),
        GetSetDef::getter("c_contiguous", get_c_contiguous),
        GetSetDef::getter("f_contiguous", get_f_contiguous),
        GetSetDef::getter("contiguous", get_contiguous),
    ],
    ..TypeSpec::DEFAULT
});
