//! `bytearray`: a mutable byte string with item and slice assignment, the list-like mutators and bytes-like comparison and concatenation; mirrors Objects/bytearrayobject.c. The byte-string algorithms shared with `bytes` live in `bytes_methods`.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::builtin_type;
use crate::bytes::{as_bytes_like, repr_bytes};
use crate::bytes_algo::Kind;
use crate::bytes_methods::{ByteString, byte_string_methods};
use crate::core::{PyObj, TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::{PyResult, index_error, type_error, value_error};
use crate::int::from_i64;
use crate::none::{none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::slice::Slice;
use crate::str::PyStr;
use crate::typeobj::{NbOp, SlotDefs, TypeObject, flags};

/// The bytes and the count of live memoryviews exporting them (while any
/// exist the size may not change).
pub struct ByteArray(pub RefCell<Vec<u8>>, pub Cell<usize>);

impl ByteArray {
    /// The contents for an operation that may change the size.
    fn resizable(&self) -> PyResult<std::cell::RefMut<'_, Vec<u8>>> {
        if self.1.get() > 0 {
            return Err(crate::err::PyErr::new(
                &crate::exceptions::BUFFER_ERROR,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(self.0.borrow_mut())
    }

    /// A copy of the contents (no borrow is held afterwards).
    pub fn to_vec(&self) -> Vec<u8> {
        self.0.borrow().clone()
    }
}

/// A new exact `bytearray`.
pub fn new(data: Vec<u8>) -> Value {
    crate::core::Ref::new(ByteArray(RefCell::new(data), Cell::new(0))).into_value()
}

fn this(v: &Value) -> &ByteArray {
    v.downcast::<ByteArray>().expect("bytearray")
}

/// One byte from an int-like, with CPython's messages.
fn byte_value(x: &Value) -> PyResult<u8> {
    let i = protocol::index(x)?;
    crate::int::to_i64(&i)
        .filter(|b| (0..256).contains(b))
        .map(|b| b as u8)
        .ok_or_else(|| value_error("byte must be in range(0, 256)"))
}

/// The bytes an assignment or `extend` takes: a buffer or an iterable of ints.
fn bytes_of_iterable(x: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes_like(x) {
        return Ok(b);
    }
    if x.downcast::<PyStr>().is_some() {
        return Err(type_error(what.to_string()));
    }
    let it = protocol::iter(x).map_err(|_| type_error(what.to_string()))?;
    let mut out = Vec::new();
    while let Some(item) = protocol::next(&it)? {
        out.push(byte_value(&item)?);
    }
    Ok(out)
}

fn bytearray_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        ByteArray(RefCell::new(Vec::new()), Cell::new(0)),
    ))
}

fn bytearray_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [source, encoding, errors] =
        Args::new(args, kwnames).parse("bytearray", ["source", "encoding", "errors"], 0, 0, 3)?;
    let iterable_of_ints = source.as_ref().is_some_and(|x| {
        encoding.is_none()
            && errors.is_none()
            && x.downcast::<PyStr>().is_none()
            && as_bytes_like(x).is_none()
            && !protocol::has_index(x)
    });
    let data = match source {
        Some(x) if iterable_of_ints => bytes_of_iterable(
            &x,
            &format!(
                "cannot convert '{}' object to bytearray",
                protocol::type_name(&x)
            ),
        )?,
        source => crate::bytes_methods::bytes_from_constructor_args(
            source,
            encoding,
            errors,
            "bytearray",
        )?,
    };
    *this(v).resizable()? = data;
    Ok(())
}

fn bytearray_repr(v: &Value) -> PyResult {
    let name = v.type_obj().payload().name();
    Ok(PyStr::new(&format!(
        "{name}({})",
        repr_bytes(&this(v).to_vec(), "b")
    )))
}

fn bytearray_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).0.borrow().len())
}

/// Positions `start + i * step` of a slice over `len` items.
fn slice_positions(s: &Slice, len: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, n) = s.indices_for(len)?;
    Ok((0..n)
        .map(|i| (start + i as isize * step) as usize)
        .collect())
}

fn bytearray_getitem(v: &Value, key: &Value) -> PyResult {
    let data = this(v).to_vec();
    if let Some(s) = key.downcast::<Slice>() {
        return Ok(new(slice_positions(s, data.len())?
            .into_iter()
            .map(|i| data[i])
            .collect()));
    }
    let i = item_index(key, data.len())?;
    Ok(from_i64(i64::from(data[i])))
}

/// A normalized item index, with bytearray's messages.
fn item_index(key: &Value, len: usize) -> PyResult<usize> {
    if !protocol::has_index(key) {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            protocol::type_name(key)
        )));
    }
    let i = protocol::index_as_isize_or(key, &crate::exceptions::INDEX_ERROR)?;
    let i = if i < 0 { i + len as isize } else { i };
    if i < 0 || i as usize >= len {
        return Err(index_error("bytearray index out of range"));
    }
    Ok(i as usize)
}

fn bytearray_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let b = this(v);
    let Some(s) = key.downcast::<Slice>() else {
        let i = item_index(key, b.0.borrow().len())?;
        match value {
            Some(x) => {
                let byte = byte_value(x)?;
                b.0.borrow_mut()[i] = byte;
            }
            None => {
                b.resizable()?.remove(i);
            }
        }
        return Ok(());
    };
    let new_bytes = match value {
        Some(x) if x.is(v) => Some(b.to_vec()),
        Some(x) if protocol::has_index(x) && as_bytes_like(x).is_none() => {
            return Err(type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        Some(x) => Some(bytes_of_iterable(
            x,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        )?),
        None => None,
    };
    let len = b.0.borrow().len();
    let (start, stop, step, n) = s.indices_for(len)?;
    let resizes = match &new_bytes {
        None => n > 0,
        Some(src) => step == 1 && src.len() != n,
    };
    let mut data = if resizes {
        b.resizable()?
    } else {
        b.0.borrow_mut()
    };
    if step == 1 {
        let stop = (stop.max(start)) as usize;
        data.splice(start as usize..stop, new_bytes.unwrap_or_default());
        return Ok(());
    }
    let positions: Vec<usize> = (0..n)
        .map(|i| (start + i as isize * step) as usize)
        .collect();
    match new_bytes {
        None => {
            let mut drop_at = vec![false; data.len()];
            for p in positions {
                drop_at[p] = true;
            }
            let mut k = 0;
            data.retain(|_| {
                k += 1;
                !drop_at[k - 1]
            });
        }
        Some(src) if src.len() != n => {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                src.len()
            )));
        }
        Some(src) => {
            for (p, byte) in positions.into_iter().zip(src) {
                data[p] = byte;
            }
        }
    }
    Ok(())
}

fn bytearray_contains(v: &Value, item: &Value) -> PyResult<bool> {
    crate::bytes::contains_in(&this(v).to_vec(), item)
}

fn bytearray_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (as_bytes_like(a), as_bytes_like(b)) else {
        return Ok(not_implemented());
    };
    Ok(crate::bool::py_bool(op.test(x.cmp(&y))))
}

fn concat_operand(a: &Value, b: &Value) -> PyResult<Vec<u8>> {
    as_bytes_like(b).ok_or_else(|| {
        type_error(format!(
            "can't concat {} to {}",
            protocol::type_name(b),
            protocol::type_name(a)
        ))
    })
}

fn bytearray_concat(a: &Value, b: &Value) -> PyResult {
    let mut out = this(a).to_vec();
    out.extend(concat_operand(a, b)?);
    Ok(new(out))
}

fn bytearray_inplace_concat(a: &Value, b: &Value) -> PyResult {
    let more = concat_operand(a, b)?;
    this(a).resizable()?.extend(more);
    Ok(a.clone())
}

fn repeated(data: &[u8], n: isize) -> PyResult<Vec<u8>> {
    let n = n.max(0) as usize;
    if n > 0
        && data
            .len()
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(crate::err::PyErr::empty(&crate::exceptions::MEMORY_ERROR));
    }
    Ok(data.repeat(n))
}

fn bytearray_repeat(v: &Value, n: isize) -> PyResult {
    Ok(new(repeated(&this(v).to_vec(), n)?))
}

fn bytearray_inplace_repeat(v: &Value, n: isize) -> PyResult {
    let out = repeated(&this(v).to_vec(), n)?;
    *this(v).resizable()? = out;
    Ok(v.clone())
}

fn bytearray_iter(v: &Value) -> PyResult {
    Ok(crate::iterators::bytes_iter(v.clone()))
}

fn bytearray_append(v: &Value, args: Args) -> PyResult {
    let byte = byte_value(args.one("bytearray.append")?)?;
    this(v).resizable()?.push(byte);
    Ok(none())
}

fn bytearray_extend(v: &Value, args: Args) -> PyResult {
    let x = args.one("bytearray.extend")?;
    let more = if x.is(v) {
        this(v).to_vec()
    } else if x.downcast::<PyStr>().is_some() {
        return Err(type_error("expected iterable of integers; got: 'str'"));
    } else {
        let what = format!("can't extend bytearray with {}", protocol::type_name(x));
        bytes_of_iterable(x, &what)?
    };
    this(v).resizable()?.extend(more);
    Ok(none())
}

fn bytearray_insert(v: &Value, args: Args) -> PyResult {
    let a = args.range("bytearray.insert", "insert", 2, 2)?;
    let i = protocol::index_as_isize(&a[0])?;
    let byte = byte_value(&a[1])?;
    let mut data = this(v).resizable()?;
    let len = data.len() as isize;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    data.insert(at as usize, byte);
    Ok(none())
}

fn bytearray_pop(v: &Value, args: Args) -> PyResult {
    let a = args.range("bytearray.pop", "pop", 0, 1)?;
    let i = match a.first() {
        Some(x) => protocol::index_as_isize(x)?,
        None => -1,
    };
    let mut data = this(v).resizable()?;
    if data.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let len = data.len() as isize;
    let at = if i < 0 { i + len } else { i };
    if at < 0 || at >= len {
        return Err(index_error("pop index out of range"));
    }
    Ok(from_i64(i64::from(data.remove(at as usize))))
}

fn bytearray_remove(v: &Value, args: Args) -> PyResult {
    let byte = byte_value(args.one("bytearray.remove")?)?;
    let mut data = this(v).resizable()?;
    match data.iter().position(|&b| b == byte) {
        Some(at) => {
            data.remove(at);
            Ok(none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn bytearray_clear(v: &Value, args: Args) -> PyResult {
    args.none("bytearray.clear")?;
    this(v).resizable()?.clear();
    Ok(none())
}

fn bytearray_copy(v: &Value, args: Args) -> PyResult {
    args.none("bytearray.copy")?;
    Ok(new(this(v).to_vec()))
}

fn bytearray_reverse(v: &Value, args: Args) -> PyResult {
    args.none("bytearray.reverse")?;
    this(v).0.borrow_mut().reverse();
    Ok(none())
}

fn bytearray_resize(v: &Value, args: Args) -> PyResult {
    let size = protocol::index_as_isize(args.one("bytearray.resize")?)?;
    if size < 0 {
        return Err(value_error(format!(
            "Can only resize to positive sizes, got {size}"
        )));
    }
    this(v).resizable()?.resize(size as usize, 0);
    Ok(none())
}

fn bytearray_mod(a: &Value, b: &Value) -> PyResult {
    let Some(fmt) = a.downcast::<ByteArray>() else {
        return Ok(not_implemented());
    };
    Ok(new(crate::format::percent_format_bytes(&fmt.to_vec(), b)?))
}

pub struct ByteArrayReceiver;

impl ByteString for ByteArrayReceiver {
    const KIND: Kind = Kind {
        name: "bytearray",
        make: new,
    };
    fn exact_type() -> &'static PyObj<TypeObject> {
        &BYTEARRAY_TYPE
    }
    fn data(v: &Value) -> Cow<'_, [u8]> {
        Cow::Owned(this(v).to_vec())
    }
}

/// `_common_reduce`: text with its encoding before protocol 3, bytes after.
fn common_reduce(v: &Value, proto: i64) -> PyResult {
    let data = this(v).to_vec();
    let state = protocol::instance_dict(v).unwrap_or_else(none);
    let args = if proto < 3 {
        let latin1: String = data.iter().map(|&b| char::from(b)).collect();
        vec![PyStr::new(&latin1), PyStr::new("latin-1")]
    } else if data.is_empty() {
        Vec::new()
    } else {
        vec![crate::bytes::new(data)]
    };
    Ok(crate::tuple::Tuple::new(vec![
        v.type_value(),
        crate::tuple::Tuple::new(args),
        state,
    ]))
}

fn bytearray_reduce(v: &Value, args: Args) -> PyResult {
    args.none("bytearray.__reduce__")?;
    common_reduce(v, 2)
}

fn bytearray_reduce_ex(v: &Value, args: Args) -> PyResult {
    let a = args.range("bytearray.__reduce_ex__", "__reduce_ex__", 0, 1)?;
    let proto = match a.first() {
        Some(p) => crate::int::to_i64(&protocol::index(p)?).unwrap_or(i64::MAX),
        None => 0,
    };
    common_reduce(v, proto)
}

fn bytearray_alloc(v: &Value, args: Args) -> PyResult {
    args.none("bytearray.__alloc__")?;
    let data = this(v).0.borrow();
    Ok(crate::int::from_usize(data.capacity().max(data.len() + 1)))
}

builtin_type!(pub static BYTEARRAY_TYPE: ByteArray = TypeSpec {
    name: "bytearray",
    doc: Some("bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer"),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE | flags::MATCH_SELF,
    slots: SlotDefs {
        repr: Some(bytearray_repr),
        str: Some(bytearray_repr),
        unhashable: true,
        richcompare: Some(bytearray_richcompare),
        len: Some(bytearray_len),
        getitem: Some(bytearray_getitem),
        setitem: Some(bytearray_setitem),
        contains: Some(bytearray_contains),
        concat: Some(bytearray_concat),
        inplace_concat: Some(bytearray_inplace_concat),
        repeat: Some(bytearray_repeat),
        inplace_repeat: Some(bytearray_inplace_repeat),
        iter: Some(bytearray_iter),
        new: Some(bytearray_new),
        init: Some(bytearray_init),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Remainder, bytearray_mod),
    methods: byte_string_methods!(ByteArrayReceiver, [
        MethodDef::new("__release_buffer__", crate::memoryview::release_buffer, "__release_buffer__($self, buffer, /)\n--\n\nRelease the buffer object that exposes the underlying memory of the object."),
        MethodDef::new("resize", bytearray_resize, "resize($self, size, /)\n--\n\nResize the internal buffer of bytearray to len.\n\n  size\n    New size to resize to."),
        MethodDef::new("__alloc__", bytearray_alloc, "__alloc__($self, /)\n--\n\nB.__alloc__() -> int\n\nReturn the number of bytes actually allocated."),
        MethodDef::new("__reduce__", bytearray_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
        MethodDef::new("__reduce_ex__", bytearray_reduce_ex, "__reduce_ex__($self, proto=0, /)\n--\n\nReturn state information for pickling."),
        MethodDef::new("append", bytearray_append, "append($self, item, /)\n--\n\nAppend a single item to the end of the bytearray.\n\n  item\n    The item to be appended."),
        MethodDef::new("clear", bytearray_clear, "clear($self, /)\n--\n\nRemove all items from the bytearray."),
        MethodDef::new("copy", bytearray_copy, "copy($self, /)\n--\n\nReturn a copy of B."),
        MethodDef::new("extend", bytearray_extend, "extend($self, iterable_of_ints, /)\n--\n\nAppend all the items from the iterator or sequence to the end of the bytearray.\n\n  iterable_of_ints\n    The iterable of items to append."),
        MethodDef::new("insert", bytearray_insert, "insert($self, index, item, /)\n--\n\nInsert a single item into the bytearray before the given index.\n\n  index\n    The index where the value is to be inserted.\n  item\n    The item to be inserted."),
        MethodDef::new("pop", bytearray_pop, "pop($self, index=-1, /)\n--\n\nRemove and return a single item from B.\n\n  index\n    The index from where to remove the item.\n    -1 (the default value) means remove the last item.\n\nIf no index argument is given, will pop the last item."),
        MethodDef::new("remove", bytearray_remove, "remove($self, value, /)\n--\n\nRemove the first occurrence of a value in the bytearray.\n\n  value\n    The value to remove."),
        MethodDef::new("reverse", bytearray_reverse, "reverse($self, /)\n--\n\nReverse the order of the values in B in place."),
    ]),
    ..TypeSpec::DEFAULT
});
