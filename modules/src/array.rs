//! `array`: typed arrays of machine numbers and characters stored as native bytes; mirrors Modules/arraymodule.c.

use std::cell::{Cell, RefCell};

use num_traits::ToPrimitive;
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::bytes::{self, as_bytes_like};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, index_error, overflow_error, type_error, value_error};
use ouro_objects::float;
use ouro_objects::genericalias::CLASS_GETITEM_DEF;
use ouro_objects::int::{self, from_usize};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::slice::Slice;
use ouro_objects::str::{self as pystr, PyStr};
use ouro_objects::tuple::{self, Tuple};
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, exceptions};

const TYPECODES: &str = "bBuwhHiIlLqQfd";

/// An array's items, `itemsize(code)` native-endian bytes each.
pub struct Array {
    code: u8,
    data: RefCell<Vec<u8>>,
}

fn this(v: &Value) -> &Array {
    v.downcast::<Array>().expect("array")
}

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'w' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

fn is_unicode(code: u8) -> bool {
    code == b'u' || code == b'w'
}

impl Array {
    fn size(&self) -> usize {
        itemsize(self.code)
    }

    fn len(&self) -> usize {
        self.data.borrow().len() / self.size()
    }

    fn get(&self, i: usize) -> PyResult<Option<Value>> {
        let n = self.size();
        let item = self
            .data
            .borrow()
            .get(i * n..(i + 1) * n)
            .map(<[u8]>::to_vec);
        item.map(|b| decode(self.code, &b)).transpose()
    }

    fn values(&self) -> PyResult<Vec<Value>> {
        let n = self.size();
        let data = self.data.borrow().clone();
        data.chunks_exact(n).map(|b| decode(self.code, b)).collect()
    }
}

fn new_array(ty: &TypeRef, code: u8, data: Vec<u8>) -> Value {
    alloc_typed(
        ty,
        Array {
            code,
            data: RefCell::new(data),
        },
    )
}

fn base_array(code: u8, data: Vec<u8>) -> Value {
    new_array(&TypeRef::from_static(&ARRAY_TYPE), code, data)
}

/// Item bytes as a Python value; a Unicode item outside U+0000..U+10FFFF
/// (from `frombytes`) is a ValueError, as `chr()` would raise.
fn decode(code: u8, b: &[u8]) -> PyResult {
    let word = |n: usize| {
        let mut w = [0u8; 8];
        w[..n].copy_from_slice(&b[..n]);
        u64::from_ne_bytes(w)
    };
    Ok(match code {
        b'b' => int::from_i64(i64::from(b[0] as i8)),
        b'B' => int::from_i64(i64::from(b[0])),
        b'h' => int::from_i64(i64::from(i16::from_ne_bytes([b[0], b[1]]))),
        b'H' => int::from_i64(i64::from(u16::from_ne_bytes([b[0], b[1]]))),
        b'i' => int::from_i64(i64::from(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]))),
        b'I' => int::from_i64(i64::from(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))),
        b'l' | b'q' => int::from_i64(word(8) as i64),
        b'L' | b'Q' => int::from_i128(i128::from(word(8))),
        b'f' => float::new(f64::from(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]))),
        b'd' => float::new(f64::from_bits(word(8))),
        _ => {
            let c = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
            if c > 0x10FFFF {
                return Err(value_error("chr() arg not in range(0x110000)"));
            }
            pystr::char_value(c)
        }
    })
}

/// `v.__index__()` as an i128, or `None` when it does not fit.
fn index_value(v: &Value) -> PyResult<Option<i128>> {
    let i = protocol::index(v)?;
    Ok(int::as_int(&i).and_then(|r| r.to_bigint().to_i128()))
}

fn bounded(v: i128, lo: i128, hi: i128, what: &str) -> PyResult<i128> {
    if v < lo {
        Err(overflow_error(format!("{what} is less than minimum")))
    } else if v > hi {
        Err(overflow_error(format!("{what} is greater than maximum")))
    } else {
        Ok(v)
    }
}

/// `PyArg_Parse(v, "l")`: a C long.
fn c_long(v: &Value) -> PyResult<i128> {
    match index_value(v)? {
        Some(i) if i64::try_from(i).is_ok() => Ok(i),
        _ => Err(overflow_error("Python int too large to convert to C long")),
    }
}

/// `PyLong_AsUnsignedLong` with the array's messages for unsigned codes.
fn c_unsigned(v: &Value, negative: &str, too_big: &str) -> PyResult<i128> {
    let i = protocol::index(v)?;
    if int::is_negative(&i) {
        return Err(overflow_error(negative));
    }
    match int::as_int(&i).and_then(|r| r.to_bigint().to_u64()) {
        Some(u) => Ok(i128::from(u)),
        None => Err(overflow_error(too_big)),
    }
}

/// `*_setitem`: `v` converted to the item bytes of `code`, appended to `out`.
fn encode(code: u8, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    const SHORT: (i128, i128) = (i16::MIN as i128, i16::MAX as i128);
    const INT: (i128, i128) = (i32::MIN as i128, i32::MAX as i128);
    match code {
        b'b' => {
            let i = bounded(c_long(v)?, SHORT.0, SHORT.1, "signed short integer")?;
            let i = bounded(i, -128, 127, "signed char")?;
            out.push(i as i8 as u8);
        }
        b'B' => {
            let i = bounded(c_long(v)?, 0, 255, "unsigned byte integer")?;
            out.push(i as u8);
        }
        b'h' => {
            let i = bounded(c_long(v)?, SHORT.0, SHORT.1, "signed short integer")?;
            out.extend_from_slice(&(i as i16).to_ne_bytes());
        }
        b'H' => {
            let i = bounded(c_long(v)?, INT.0, INT.1, "signed integer")?;
            let i = bounded(i, 0, i128::from(u16::MAX), "unsigned short")?;
            out.extend_from_slice(&(i as u16).to_ne_bytes());
        }
        b'i' => {
            let i = bounded(c_long(v)?, INT.0, INT.1, "signed integer")?;
            out.extend_from_slice(&(i as i32).to_ne_bytes());
        }
        b'I' => {
            let i = c_unsigned(
                v,
                "can't convert negative value to unsigned int",
                "Python int too large to convert to C unsigned long",
            )?;
            let i = bounded(i, 0, i128::from(u32::MAX), "unsigned int")?;
            out.extend_from_slice(&(i as u32).to_ne_bytes());
        }
        b'l' => out.extend_from_slice(&(c_long(v)? as i64).to_ne_bytes()),
        b'L' => {
            let i = c_unsigned(
                v,
                "can't convert negative value to unsigned int",
                "Python int too large to convert to C unsigned long",
            )?;
            out.extend_from_slice(&(i as u64).to_ne_bytes());
        }
        b'q' => match index_value(v)? {
            Some(i) if i64::try_from(i).is_ok() => out.extend_from_slice(&(i as i64).to_ne_bytes()),
            _ => return Err(overflow_error("int too big to convert")),
        },
        b'Q' => {
            let i = c_unsigned(
                v,
                "can't convert negative int to unsigned",
                "int too big to convert",
            )?;
            out.extend_from_slice(&(i as u64).to_ne_bytes());
        }
        b'f' | b'd' => {
            let x = real(v)?;
            if code == b'f' {
                out.extend_from_slice(&(x as f32).to_ne_bytes());
            } else {
                out.extend_from_slice(&x.to_ne_bytes());
            }
        }
        _ => {
            let Some(s) = v.downcast::<PyStr>() else {
                return Err(type_error(format!(
                    "array item must be a unicode character, not {}",
                    protocol::type_name(v)
                )));
            };
            if s.len() != 1 {
                return Err(type_error(format!(
                    "array item must be a unicode character, not a string of length {}",
                    s.len()
                )));
            }
            let c = s.chars().next().unwrap_or(0);
            out.extend_from_slice(&c.to_ne_bytes());
        }
    }
    Ok(())
}

/// `PyArg_Parse(v, "d")`: "must be real number" for non-numbers.
fn real(v: &Value) -> PyResult<f64> {
    if float::as_f64(v).is_none()
        && int::as_int(v).is_none()
        && protocol::getattr_str(&v.type_value(), "__float__").is_err()
        && !protocol::has_index(v)
    {
        return Err(type_error(format!(
            "must be real number, not {}",
            protocol::type_name(v)
        )));
    }
    float::float_of(v)
}

fn encode_all(code: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * itemsize(code));
    for x in items {
        encode(code, x, &mut out)?;
    }
    Ok(out)
}

fn typecode_error() -> PyErr {
    value_error("bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)")
}

fn array_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let args = Args::new(args, kwnames);
    if ty.is_static(&ARRAY_TYPE) && args.kw_count() > 0 {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let pos = args.positional();
    if pos.is_empty() || pos.len() > 2 {
        return Err(type_error(format!(
            "array() takes at {} {} argument{} ({} given)",
            if pos.is_empty() { "least" } else { "most" },
            if pos.is_empty() { 1 } else { 2 },
            if pos.is_empty() { "" } else { "s" },
            pos.len()
        )));
    }
    let code = match pos[0].downcast::<PyStr>() {
        Some(s) if s.len() == 1 => s.chars().next().unwrap_or(0),
        Some(s) => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not a string of length {}",
                s.len()
            )));
        }
        None => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                arg_type_name(&pos[0])
            )));
        }
    };
    let code = match u8::try_from(code) {
        Ok(c) if TYPECODES.as_bytes().contains(&c) => c,
        _ => return Err(typecode_error()),
    };
    if code == b'u' {
        ouro_objects::warnings::deprecation(
            "The 'u' type code is deprecated and will be removed in Python 3.16",
        )?;
    }
    let init = pos.get(1).filter(|v| !is_none(v));
    let data = match init {
        None => Vec::new(),
        Some(v) => initial_data(code, v)?,
    };
    Ok(new_array(ty, code, data))
}

fn initial_data(code: u8, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.downcast::<PyStr>() {
        if !is_unicode(code) {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        return Ok(s.chars().flat_map(u32::to_ne_bytes).collect());
    }
    if let Some(a) = v.downcast::<Array>() {
        if is_unicode(a.code) && !is_unicode(code) {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        return encode_all(code, &a.values()?);
    }
    if v.downcast::<bytes::Bytes>().is_some()
        || v.downcast::<ouro_objects::bytearray::ByteArray>().is_some()
    {
        let raw = as_bytes_like(v).unwrap_or_default();
        check_multiple(code, raw.len())?;
        return Ok(raw);
    }
    let items = protocol::collect(v)?;
    encode_all(code, &items)
}

fn check_multiple(code: u8, n: usize) -> PyResult<()> {
    if !n.is_multiple_of(itemsize(code)) {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    Ok(())
}

fn array_repr(v: &Value) -> PyResult {
    let a = this(v);
    let full = v.type_obj().payload().tp_name().to_string();
    let name = full.rsplit('.').next().unwrap_or_default();
    let code = a.code as char;
    if a.len() == 0 {
        return Ok(PyStr::new(&format!("{name}('{code}')")));
    }
    let body = if is_unicode(a.code) {
        protocol::repr_string(&to_unicode(a)?)?
    } else {
        tuple::repr_items(&a.values()?, "[", "]")?
    };
    Ok(PyStr::new(&format!("{name}('{code}', {body})")))
}

fn to_unicode(a: &Array) -> PyResult {
    let cps: Vec<u32> = a
        .data
        .borrow()
        .chunks_exact(4)
        .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    if cps.iter().any(|&c| c > 0x10FFFF) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    Ok(PyStr::from_cps(&cps))
}

fn array_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn array_getitem(v: &Value, key: &Value) -> PyResult {
    let a = this(v);
    if let Some(sl) = key.downcast::<Slice>() {
        let (start, _, step, n) = sl.indices_for(a.len())?;
        let size = a.size();
        let data = a.data.borrow();
        let mut out = Vec::with_capacity(n * size);
        for k in 0..n {
            let i = (start + k as isize * step) as usize;
            out.extend_from_slice(&data[i * size..(i + 1) * size]);
        }
        return Ok(base_array(a.code, out));
    }
    if !protocol::has_index(key) {
        return Err(type_error("array indices must be integers"));
    }
    let i = item_position(a, key, "array index out of range")?;
    a.get(i)?
        .ok_or_else(|| index_error("array index out of range"))
}

fn item_position(a: &Array, key: &Value, msg: &str) -> PyResult<usize> {
    let i = protocol::index_as_isize_or(key, &exceptions::INDEX_ERROR)?;
    let n = a.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(msg.to_string()));
    }
    Ok(j as usize)
}

fn array_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let a = this(v);
    if let Some(sl) = key.downcast::<Slice>() {
        return assign_slice(a, sl, value);
    }
    if !protocol::has_index(key) {
        return Err(type_error("array indices must be integers"));
    }
    let i = item_position(a, key, "array assignment index out of range")?;
    let size = a.size();
    match value {
        Some(x) => {
            let mut item = Vec::with_capacity(size);
            encode(a.code, x, &mut item)?;
            a.data.borrow_mut()[i * size..(i + 1) * size].copy_from_slice(&item);
        }
        None => {
            a.data.borrow_mut().drain(i * size..(i + 1) * size);
        }
    }
    Ok(())
}

fn bad_argument() -> PyErr {
    type_error("bad argument type for built-in operation")
}

fn assign_slice(a: &Array, sl: &Slice, value: Option<&Value>) -> PyResult<()> {
    let new = match value {
        None => Vec::new(),
        Some(x) => match x.downcast::<Array>() {
            Some(b) if b.code == a.code => b.data.borrow().clone(),
            Some(_) => return Err(bad_argument()),
            None => {
                return Err(type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    protocol::type_name(x)
                )));
            }
        },
    };
    let size = a.size();
    let len = a.len();
    let (start, stop, step, n) = sl.indices_for(len)?;
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as isize) as usize).min(len);
        a.data.borrow_mut().splice(start * size..stop * size, new);
        return Ok(());
    }
    let mut indices: Vec<usize> = (0..n)
        .map(|k| (start + k as isize * step) as usize)
        .collect();
    if value.is_none() {
        indices.sort_unstable();
        let mut data = a.data.borrow_mut();
        for i in indices.into_iter().rev() {
            data.drain(i * size..(i + 1) * size);
        }
        return Ok(());
    }
    if new.len() / size != n {
        return Err(value_error(format!(
            "attempt to assign array of size {} to extended slice of size {n}",
            new.len() / size
        )));
    }
    let mut data = a.data.borrow_mut();
    for (i, item) in indices.iter().zip(new.chunks_exact(size)) {
        data[i * size..(i + 1) * size].copy_from_slice(item);
    }
    Ok(())
}

fn array_contains(v: &Value, x: &Value) -> PyResult<bool> {
    let a = this(v);
    let mut i = 0;
    while let Some(item) = a.get(i)? {
        if protocol::eq(&item, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn array_concat(v: &Value, other: &Value) -> PyResult {
    let a = this(v);
    let Some(b) = other.downcast::<Array>() else {
        return Err(type_error(format!(
            "can only append array (not \"{}\") to array",
            protocol::type_name(other)
        )));
    };
    if a.code != b.code {
        return Err(bad_argument());
    }
    let mut data = a.data.borrow().clone();
    data.extend_from_slice(&b.data.borrow());
    Ok(base_array(a.code, data))
}

/// `array_do_extend`: another array of the same kind, or any iterable.
fn extend(a: &Array, other: &Value, iterable_ok: bool) -> PyResult<()> {
    if let Some(b) = other.downcast::<Array>() {
        if a.code != b.code {
            return Err(type_error("can only extend with array of same kind"));
        }
        let more = b.data.borrow().clone();
        a.data.borrow_mut().extend_from_slice(&more);
        return Ok(());
    }
    if !iterable_ok {
        return Err(type_error(format!(
            "can only extend array with array (not \"{}\")",
            protocol::type_name(other)
        )));
    }
    let it = protocol::iter(other)?;
    while let Some(x) = protocol::next(&it)? {
        let mut item = Vec::new();
        encode(a.code, &x, &mut item)?;
        a.data.borrow_mut().extend_from_slice(&item);
    }
    Ok(())
}

fn array_inplace_concat(v: &Value, other: &Value) -> PyResult {
    extend(this(v), other, false)?;
    Ok(v.clone())
}

fn repeated(data: &[u8], n: isize) -> PyResult<Vec<u8>> {
    let n = n.max(0).unsigned_abs();
    if data
        .len()
        .checked_mul(n)
        .is_none_or(|t| t > isize::MAX.unsigned_abs())
    {
        return Err(PyErr::empty(&exceptions::MEMORY_ERROR));
    }
    Ok(data.repeat(n))
}

fn array_repeat(v: &Value, n: isize) -> PyResult {
    let a = this(v);
    let data = repeated(&a.data.borrow(), n)?;
    Ok(base_array(a.code, data))
}

fn array_inplace_repeat(v: &Value, n: isize) -> PyResult {
    let a = this(v);
    let data = repeated(&a.data.borrow(), n)?;
    *a.data.borrow_mut() = data;
    Ok(v.clone())
}

fn array_richcompare(x: &Value, y: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (x.downcast::<Array>(), y.downcast::<Array>()) else {
        return Ok(not_implemented());
    };
    if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(ouro_objects::bool::py_bool(op == CompareOp::Ne));
    }
    tuple::compare_sequences(&a.values()?, &b.values()?, op)
}

fn array_append(v: &Value, args: Args) -> PyResult {
    let x = args.one("append")?;
    let a = this(v);
    let mut item = Vec::new();
    encode(a.code, x, &mut item)?;
    a.data.borrow_mut().extend_from_slice(&item);
    Ok(none())
}

fn array_buffer_info(v: &Value, args: Args) -> PyResult {
    args.none("buffer_info")?;
    let a = this(v);
    let address = a.data.borrow().as_ptr() as usize;
    Ok(Tuple::new(vec![from_usize(address), from_usize(a.len())]))
}

fn array_byteswap(v: &Value, args: Args) -> PyResult {
    args.none("byteswap")?;
    let a = this(v);
    let size = a.size();
    for item in a.data.borrow_mut().chunks_exact_mut(size) {
        item.reverse();
    }
    Ok(none())
}

fn array_clear(v: &Value, args: Args) -> PyResult {
    args.none("clear")?;
    this(v).data.borrow_mut().clear();
    Ok(none())
}

/// `array_slice(self, 0, len)`: copies of subclass instances are plain arrays.
fn copy_of(v: &Value) -> Value {
    let a = this(v);
    base_array(a.code, a.data.borrow().clone())
}

fn array_copy(v: &Value, args: Args) -> PyResult {
    args.none("__copy__")?;
    Ok(copy_of(v))
}

fn array_deepcopy(v: &Value, args: Args) -> PyResult {
    args.one("__deepcopy__")?;
    Ok(copy_of(v))
}

fn array_count(v: &Value, args: Args) -> PyResult {
    let x = args.one("count")?;
    let mut n = 0;
    for item in this(v).values()? {
        if protocol::eq(&item, x)? {
            n += 1;
        }
    }
    Ok(from_usize(n))
}

fn array_index(v: &Value, args: Args) -> PyResult {
    let pos = args.range("index", "index", 1, 3)?;
    let a = this(v);
    let (start, stop) = tuple::index_bounds(pos, a.len())?;
    let mut i = start;
    while i < stop {
        let Some(item) = a.get(i)? else { break };
        if protocol::eq(&item, &pos[0])? {
            return Ok(from_usize(i));
        }
        i += 1;
    }
    Err(value_error("array.index(x): x not in array"))
}

fn array_remove(v: &Value, args: Args) -> PyResult {
    let x = args.one("remove")?;
    let a = this(v);
    let mut i = 0;
    while let Some(item) = a.get(i)? {
        if protocol::eq(&item, x)? {
            let size = a.size();
            a.data.borrow_mut().drain(i * size..(i + 1) * size);
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("array.remove(x): x not in array"))
}

fn array_extend(v: &Value, args: Args) -> PyResult {
    let x = args.one("extend")?;
    extend(this(v), x, true)?;
    Ok(none())
}

fn array_frombytes(v: &Value, args: Args) -> PyResult {
    let x = args.one("frombytes")?;
    let a = this(v);
    let raw = as_bytes_like(x).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(x)
        ))
    })?;
    check_multiple(a.code, raw.len())?;
    a.data.borrow_mut().extend_from_slice(&raw);
    Ok(none())
}

fn array_fromfile(v: &Value, args: Args) -> PyResult {
    let pos = args.range("fromfile", "fromfile", 2, 2)?;
    let a = this(v);
    let n = protocol::index_as_isize(&pos[1])?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let size = a.size();
    let Some(nbytes) = n.unsigned_abs().checked_mul(size) else {
        return Err(PyErr::empty(&exceptions::MEMORY_ERROR));
    };
    let got = protocol::call_method(&pos[0], "read", &[from_usize(nbytes)])?;
    let Some(b) = got.downcast::<bytes::Bytes>() else {
        return Err(type_error("read() didn't return bytes"));
    };
    let whole = b.0.len() / size * size;
    a.data.borrow_mut().extend_from_slice(&b.0[..whole]);
    if b.0.len() != nbytes {
        return Err(PyErr::new(
            &exceptions::EOF_ERROR,
            "read() didn't return enough bytes",
        ));
    }
    Ok(none())
}

fn array_fromlist(v: &Value, args: Args) -> PyResult {
    let x = args.one("fromlist")?;
    let Some(l) = x.downcast::<List>() else {
        return Err(type_error("arg must be list"));
    };
    let a = this(v);
    let data = encode_all(a.code, &l.to_vec())?;
    a.data.borrow_mut().extend_from_slice(&data);
    Ok(none())
}

fn array_fromunicode(v: &Value, args: Args) -> PyResult {
    let x = args.one("fromunicode")?;
    let Some(s) = x.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "fromunicode() argument must be str, not {}",
            arg_type_name(x)
        )));
    };
    let a = this(v);
    if !is_unicode(a.code) {
        return Err(value_error(
            "fromunicode() may only be called on unicode type arrays ('u' or 'w')",
        ));
    }
    let more: Vec<u8> = s.chars().flat_map(u32::to_ne_bytes).collect();
    a.data.borrow_mut().extend_from_slice(&more);
    Ok(none())
}

fn array_insert(v: &Value, args: Args) -> PyResult {
    let pos = args.range("insert", "insert", 2, 2)?;
    let a = this(v);
    let i = protocol::index_as_isize(&pos[0])?;
    let n = a.len() as isize;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let mut item = Vec::new();
    encode(a.code, &pos[1], &mut item)?;
    let size = a.size();
    a.data.borrow_mut().splice(at * size..at * size, item);
    Ok(none())
}

fn array_pop(v: &Value, args: Args) -> PyResult {
    let pos = args.range("pop", "pop", 0, 1)?;
    let a = this(v);
    let i = match pos.first() {
        Some(x) => protocol::index_as_isize(x)?,
        None => -1,
    };
    let n = a.len() as isize;
    if n == 0 {
        return Err(index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    let j = j as usize;
    let item = a.get(j)?.unwrap_or_else(none);
    let size = a.size();
    a.data.borrow_mut().drain(j * size..(j + 1) * size);
    Ok(item)
}

fn array_reverse(v: &Value, args: Args) -> PyResult {
    args.none("reverse")?;
    let a = this(v);
    let size = a.size();
    let mut data = a.data.borrow_mut();
    let reversed: Vec<u8> = data.chunks_exact(size).rev().flatten().copied().collect();
    *data = reversed;
    Ok(none())
}

fn array_tobytes(v: &Value, args: Args) -> PyResult {
    args.none("tobytes")?;
    Ok(bytes::new(this(v).data.borrow().clone()))
}

fn array_tofile(v: &Value, args: Args) -> PyResult {
    let f = args.one("tofile")?;
    let data = this(v).data.borrow().clone();
    // CPython writes in 64 KiB blocks.
    for block in data.chunks(64 * 1024) {
        protocol::call_method(f, "write", &[bytes::new(block.to_vec())])?;
    }
    Ok(none())
}

fn array_tolist(v: &Value, args: Args) -> PyResult {
    args.none("tolist")?;
    Ok(List::from_vec(this(v).values()?))
}

fn array_tounicode(v: &Value, args: Args) -> PyResult {
    args.none("tounicode")?;
    let a = this(v);
    if !is_unicode(a.code) {
        return Err(value_error(
            "tounicode() may only be called on unicode type arrays ('u' or 'w')",
        ));
    }
    to_unicode(a)
}

fn array_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("__sizeof__")?;
    Ok(from_usize(64 + this(v).data.borrow().capacity()))
}

/// The machine format code (`enum machine_format_code`) of a type code
/// on this little- or big-endian machine.
fn mformat_of(code: u8) -> i64 {
    let big = i64::from(cfg!(target_endian = "big"));
    match code {
        b'b' => 1,
        b'B' => 0,
        b'h' => 4 + big,
        b'H' => 2 + big,
        b'i' => 8 + big,
        b'I' => 6 + big,
        b'l' | b'q' => 12 + big,
        b'L' | b'Q' => 10 + big,
        b'f' => 14 + big,
        b'd' => 16 + big,
        _ => 20 + big,
    }
}

fn array_reduce_ex(v: &Value, args: Args) -> PyResult {
    let proto = args.one("__reduce_ex__").map_err(|_| {
        type_error(format!(
            "__reduce_ex__() takes exactly 1 positional argument ({} given)",
            args.positional().len()
        ))
    })?;
    let Some(proto) = int::to_i64(proto) else {
        return Err(type_error("__reduce_ex__ argument should be an integer"));
    };
    let a = this(v);
    let dict = protocol::instance_dict(v).unwrap_or_else(none);
    let cls = v.type_value();
    let code = PyStr::new(&(a.code as char).to_string());
    if proto < 3 {
        let items = List::from_vec(a.values()?);
        return Ok(Tuple::new(vec![cls, Tuple::new(vec![code, items]), dict]));
    }
    let module = protocol::import_module("array")?;
    let reconstructor = protocol::getattr_str(&module, "_array_reconstructor")?;
    let state = Tuple::new(vec![
        cls,
        code,
        int::from_i64(mformat_of(a.code)),
        bytes::new(a.data.borrow().clone()),
    ]);
    Ok(Tuple::new(vec![reconstructor, state, dict]))
}

fn typecode_get(v: &Value) -> PyResult {
    Ok(PyStr::new(&(this(v).code as char).to_string()))
}

fn itemsize_get(v: &Value) -> PyResult {
    Ok(from_usize(this(v).size()))
}

fn array_iter(v: &Value) -> PyResult {
    Ok(alloc_typed(
        &TypeRef::from_static(&ARRAY_ITER_TYPE),
        ArrayIter {
            array: RefCell::new(Some(v.clone())),
            index: Cell::new(0),
        },
    ))
}

builtin_type!(pub static ARRAY_TYPE: Array = TypeSpec {
    name: "array.array",
    doc: Some("array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring, or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'         signed integer     2\n    'I'         unsigned integer   2\n    'w'         Unicode character  4\n    'l'         signed integer     4\n    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer   8 (see note)\n    'f'         floating-point     4\n    'd'         floating-point     8\n\nNOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in bytes of one array item\n"),
    flags: flags::BASETYPE | flags::SEQUENCE | flags::WEAKREFABLE,
    slots: SlotDefs {
        repr: Some(array_repr),
        unhashable: true,
        richcompare: Some(array_richcompare),
        iter: Some(array_iter),
        len: Some(array_len),
        getitem: Some(array_getitem),
        setitem: Some(array_setitem),
        contains: Some(array_contains),
        concat: Some(array_concat),
        repeat: Some(array_repeat),
        inplace_concat: Some(array_inplace_concat),
        inplace_repeat: Some(array_inplace_repeat),
        new: Some(array_new),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("append", array_append, "append($self, v, /)\n--\n\nAppend new value v to the end of the array."),
        MethodDef::new("buffer_info", array_buffer_info, "buffer_info($self, /)\n--\n\nReturn a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes."),
        MethodDef::new("byteswap", array_byteswap, "byteswap($self, /)\n--\n\nByteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised."),
        MethodDef::new("clear", array_clear, "clear($self, /)\n--\n\nRemove all items from the array."),
        MethodDef::new("__copy__", array_copy, "__copy__($self, /)\n--\n\nReturn a copy of the array."),
        MethodDef::new("count", array_count, "count($self, v, /)\n--\n\nReturn number of occurrences of v in the array."),
        MethodDef::new("__deepcopy__", array_deepcopy, "__deepcopy__($self, unused, /)\n--\n\nReturn a copy of the array."),
        MethodDef::new("extend", array_extend, "extend($self, bb, /)\n--\n\nAppend items to the end of the array."),
        MethodDef::new("frombytes", array_frombytes, "frombytes($self, buffer, /)\n--\n\nAppends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."),
        MethodDef::new("fromfile", array_fromfile, "fromfile($self, f, n, /)\n--\n\nRead n objects from the file object f and append them to the end of the array."),
        MethodDef::new("fromlist", array_fromlist, "fromlist($self, list, /)\n--\n\nAppend items to array from list."),
        MethodDef::new("fromunicode", array_fromunicode, "fromunicode($self, ustr, /)\n--\n\nExtends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\nsome other type."),
        MethodDef::new("index", array_index, "index($self, v, start=0, stop=sys.maxsize, /)\n--\n\nReturn index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present."),
        MethodDef::new("insert", array_insert, "insert($self, i, v, /)\n--\n\nInsert a new item v into the array before position i."),
        MethodDef::new("pop", array_pop, "pop($self, i=-1, /)\n--\n\nReturn the i-th element and delete it from the array.\n\ni defaults to -1."),
        MethodDef::new("__reduce_ex__", array_reduce_ex, "__reduce_ex__($self, value, /)\n--\n\nReturn state information for pickling."),
        MethodDef::new("remove", array_remove, "remove($self, v, /)\n--\n\nRemove the first occurrence of v in the array."),
        MethodDef::new("reverse", array_reverse, "reverse($self, /)\n--\n\nReverse the order of the items in the array."),
        MethodDef::new("tofile", array_tofile, "tofile($self, f, /)\n--\n\nWrite all items (as machine values) to the file object f."),
        MethodDef::new("tolist", array_tolist, "tolist($self, /)\n--\n\nConvert array to an ordinary list with the same items."),
        MethodDef::new("tobytes", array_tobytes, "tobytes($self, /)\n--\n\nConvert the array to an array of machine values and return the bytes representation."),
        MethodDef::new("tounicode", array_tounicode, "tounicode($self, /)\n--\n\nExtends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some other type."),
        MethodDef::new("__sizeof__", array_sizeof, "__sizeof__($self, /)\n--\n\nSize of the array in memory, in bytes."),
        CLASS_GETITEM_DEF,
    ],
    getsets: &[
        GetSetDef::getter("typecode", typecode_get).with_doc("the typecode character used to create the array"),
        GetSetDef::getter("itemsize", itemsize_get).with_doc("the size, in bytes, of one array item"),
    ],
    ..TypeSpec::DEFAULT
});

// ---- iterator ----

/// `array` is dropped once the iterator is exhausted, as CPython's `ao`.
pub struct ArrayIter {
    array: RefCell<Option<Value>>,
    index: Cell<usize>,
}

fn iter_this(v: &Value) -> &ArrayIter {
    v.downcast::<ArrayIter>().expect("array iterator")
}

fn iter_self(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = iter_this(v);
    let Some(array) = it.array.borrow().clone() else {
        return Ok(None);
    };
    let i = it.index.get();
    match this(&array).get(i)? {
        Some(item) => {
            it.index.set(i + 1);
            Ok(Some(item))
        }
        None => {
            *it.array.borrow_mut() = None;
            Ok(None)
        }
    }
}

fn iter_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let it = iter_this(v);
    let builtins = protocol::import_module("builtins")?;
    let iter_fn = protocol::getattr_str(&builtins, "iter")?;
    Ok(match it.array.borrow().clone() {
        Some(a) => Tuple::new(vec![
            iter_fn,
            Tuple::new(vec![a]),
            from_usize(it.index.get()),
        ]),
        None => Tuple::new(vec![iter_fn, Tuple::new(vec![Tuple::empty()])]),
    })
}

fn iter_setstate(v: &Value, args: Args) -> PyResult {
    let x = args.one("__setstate__")?;
    let it = iter_this(v);
    let i = protocol::index_as_isize(x)?;
    let len = it.array.borrow().as_ref().map_or(0, |a| this(a).len());
    it.index.set(i.clamp(0, len as isize) as usize);
    Ok(none())
}

builtin_type!(pub static ARRAY_ITER_TYPE: ArrayIter = TypeSpec {
    name: "array.arrayiterator",
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(iter_next), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__reduce__", iter_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
        MethodDef::new("__setstate__", iter_setstate, "__setstate__($self, state, /)\n--\n\nSet state information for unpickling."),
    ],
    ..TypeSpec::DEFAULT
});

// ---- module ----

/// The items of `data` in machine format `mformat` (pickles from other
/// machines), as Python values.
fn decode_machine(mformat: i64, data: &[u8]) -> Option<Vec<Value>> {
    let (size, signed, big, kind) = match mformat {
        0 | 1 => (1, mformat == 1, false, 'i'),
        2..=13 => {
            let k = mformat - 2;
            (2 << (k / 4), k % 4 >= 2, k % 2 == 1, 'i')
        }
        14 | 15 => (4, true, mformat == 15, 'f'),
        16 | 17 => (8, true, mformat == 17, 'f'),
        18 | 19 => (2, false, mformat == 19, 'u'),
        20 | 21 => (4, false, mformat == 21, 'u'),
        _ => return None,
    };
    let word = |b: &[u8]| {
        let mut v: u64 = 0;
        for k in 0..size {
            let byte = if big { b[k] } else { b[size - 1 - k] };
            v = (v << 8) | u64::from(byte);
        }
        v
    };
    if kind == 'u' {
        let units: Vec<u32> = data.chunks_exact(size).map(|b| word(b) as u32).collect();
        let cps: Vec<u32> = if size == 2 {
            let units16: Vec<u16> = units.iter().map(|&u| u as u16).collect();
            char::decode_utf16(units16)
                .map(|r| r.map_or_else(|e| u32::from(e.unpaired_surrogate()), u32::from))
                .collect()
        } else {
            units
        };
        return Some(cps.into_iter().map(pystr::char_value).collect());
    }
    Some(
        data.chunks_exact(size)
            .map(|b| {
                let w = word(b);
                match (kind, size) {
                    ('f', 4) => float::new(f64::from(f32::from_bits(w as u32))),
                    ('f', _) => float::new(f64::from_bits(w)),
                    _ if signed => {
                        let shift = 64 - 8 * size as u32;
                        int::from_i64(((w << shift) as i64) >> shift)
                    }
                    _ => int::from_i128(i128::from(w)),
                }
            })
            .collect(),
    )
}

/// The native type code for a foreign machine format: CPython takes the
/// last integer code of the same size and signedness, and 'f' or 'd' for
/// floats; Unicode formats keep the requested code.
fn native_code(mformat: i64) -> Option<u8> {
    match mformat {
        14 | 15 => Some(b'f'),
        16 | 17 => Some(b'd'),
        0..=13 => {
            let (size, signed) = match mformat {
                0 | 1 => (1, mformat == 1),
                _ => (2 << ((mformat - 2) / 4), (mformat - 2) % 4 >= 2),
            };
            let unsigned = |c: &u8| c.is_ascii_uppercase();
            TYPECODES.bytes().rfind(|c| {
                !is_unicode(*c)
                    && *c != b'f'
                    && *c != b'd'
                    && itemsize(*c) == size
                    && unsigned(c) != signed
            })
        }
        _ => None,
    }
}

fn array_reconstructor(_m: &Value, args: Args) -> PyResult {
    let pos = args.range("_array_reconstructor", "_array_reconstructor", 4, 4)?;
    let Some(ty) = TypeRef::from_value(&pos[0]) else {
        return Err(type_error(format!(
            "first argument must be a type object, not {}",
            protocol::type_name(&pos[0])
        )));
    };
    if !ty.is_subtype(ARRAY_TYPE.payload()) {
        return Err(type_error(format!(
            "{} is not a subtype of array.array",
            ty.payload().tp_name()
        )));
    }
    let code = pos[1]
        .downcast::<PyStr>()
        .filter(|s| s.len() == 1)
        .and_then(|s| u8::try_from(s.chars().next().unwrap_or(0)).ok())
        .filter(|c| TYPECODES.as_bytes().contains(c));
    let Some(code) = code else {
        return Err(value_error("second argument must be a valid type code"));
    };
    let mformat = protocol::index_as_isize(&pos[2])? as i64;
    if !(0..=21).contains(&mformat) {
        return Err(value_error(
            "third argument must be a valid machine format code.",
        ));
    }
    let Some(raw) = pos[3].downcast::<bytes::Bytes>() else {
        return Err(type_error(format!(
            "fourth argument should be bytes, not {}",
            protocol::type_name(&pos[3])
        )));
    };
    if mformat == mformat_of(code) {
        check_multiple(code, raw.0.len())?;
        return Ok(new_array(&ty, code, raw.0.to_vec()));
    }
    let mformat_size = match mformat {
        0 | 1 => 1,
        2..=13 => 2 << ((mformat - 2) / 4),
        16 | 17 => 8,
        18 | 19 => 2,
        _ => 4,
    };
    if !raw.0.len().is_multiple_of(mformat_size) {
        return Err(value_error("string length not a multiple of item size"));
    }
    let items = decode_machine(mformat, &raw.0).unwrap_or_default();
    let code = native_code(mformat).unwrap_or(code);
    let data = encode_all(code, &items)?;
    Ok(new_array(&ty, code, data))
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    crate::heaptype::list_module_in_dict(&[&ARRAY_TYPE, &ARRAY_ITER_TYPE]);
    m.set("ArrayType", TypeRef::from_static(&ARRAY_TYPE).into_value());
    m.set("typecodes", PyStr::new(TYPECODES));
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "array",
    doc: "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating-point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n",
    functions: &[MethodDef::new(
        "_array_reconstructor",
        array_reconstructor,
        "_array_reconstructor($module, arraytype, typecode, mformat_code, items,\n                      /)\n--\n\nInternal. Used for pickling support.",
    )],
    types: || vec![&ARRAY_TYPE],
    init,
};
