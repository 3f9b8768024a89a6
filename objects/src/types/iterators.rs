//! The built-in sequence iterators (`list_iterator`, `list_reverseiterator`, `tuple_iterator`, `str_ascii_iterator`, `str_iterator`, `bytes_iterator`, `bytearray_iterator`, `memory_iterator`, the `__getitem__` protocol `iterator`); mirrors Objects/iterobject.c and the iterators of listobject.c, tupleobject.c, unicodeobject.c, bytesobject.c, bytearrayobject.c and memoryobject.c.

use std::cell::Cell;

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, Value};
use crate::descr::MethodDef;
use crate::err::PyResult;
use crate::exceptions;
use crate::list::List;
use crate::protocol;
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

/// An index-based iterator over a sequence; `seq` is dropped at exhaustion.
pub struct SeqIter {
    seq: std::cell::RefCell<Option<Value>>,
    index: Cell<usize>,
}

impl SeqIter {
    fn new(seq: Value) -> SeqIter {
        SeqIter {
            seq: std::cell::RefCell::new(Some(seq)),
            index: Cell::new(0),
        }
    }

    fn seq(&self) -> Option<Value> {
        self.seq.borrow().clone()
    }

    fn finish(&self) {
        let old = self.seq.borrow_mut().take();
        drop(old);
    }
}

fn self_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn seq_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<SeqIter>().expect("iterator");
    let Some(seq) = it.seq() else { return Ok(None) };
    let i = it.index.get();
    match protocol::getitem(&seq, &crate::int::from_usize(i)) {
        Ok(x) => {
            it.index.set(i + 1);
            Ok(Some(x))
        }
        Err(e) if e.matches(&exceptions::INDEX_ERROR) || e.matches(&exceptions::STOP_ITERATION) => {
            it.finish();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn list_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<SeqIter>().expect("iterator");
    let Some(seq) = it.seq() else { return Ok(None) };
    let i = it.index.get();
    match seq.downcast::<List>().expect("list").get(i) {
        Some(x) => {
            it.index.set(i + 1);
            Ok(Some(x))
        }
        None => {
            it.finish();
            Ok(None)
        }
    }
}

fn tuple_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<SeqIter>().expect("iterator");
    let Some(seq) = it.seq() else { return Ok(None) };
    let i = it.index.get();
    match seq.downcast::<Tuple>().expect("tuple").get(i) {
        Some(x) => {
            it.index.set(i + 1);
            Ok(Some(x.clone()))
        }
        None => {
            it.finish();
            Ok(None)
        }
    }
}

/// The next byte of a `bytes` or `bytearray` (whose length may change
/// between steps), as an int.
fn byte_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<SeqIter>().expect("iterator");
    let Some(seq) = it.seq() else { return Ok(None) };
    let i = it.index.get();
    let byte = match seq.downcast::<crate::bytes::Bytes>() {
        Some(b) => b.0.get(i).copied(),
        None => seq
            .downcast::<crate::bytearray::ByteArray>()
            .and_then(|b| b.0.borrow().get(i).copied()),
    };
    match byte {
        Some(b) => {
            it.index.set(i + 1);
            Ok(Some(crate::int::from_i64(i64::from(b))))
        }
        None => {
            it.finish();
            Ok(None)
        }
    }
}

fn str_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<SeqIter>().expect("iterator");
    let Some(seq) = it.seq() else { return Ok(None) };
    let i = it.index.get();
    let s = seq.downcast::<PyStr>().expect("str");
    if i < s.len() {
        it.index.set(i + 1);
        Ok(Some(crate::str::char_value(s.char_at(i))))
    } else {
        it.finish();
        Ok(None)
    }
}

/// Reverse list iteration counts down; `index` holds the next index + 1.
fn list_reverse_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<SeqIter>().expect("iterator");
    let Some(seq) = it.seq() else { return Ok(None) };
    let i = it.index.get();
    let l = seq.downcast::<List>().expect("list");
    if i > 0 && i <= l.len() {
        it.index.set(i - 1);
        return Ok(l.get(i - 1));
    }
    it.finish();
    Ok(None)
}

fn length_hint(v: &Value, args: Args) -> PyResult {
    args.none("__length_hint__")?;
    let it = v.downcast::<SeqIter>().expect("iterator");
    let Some(seq) = it.seq() else {
        return Ok(crate::int::from_i64(0));
    };
    let i = it.index.get();
    let n = if v
        .type_obj()
        .payload()
        .is_subtype(LIST_REVERSE_ITER_TYPE.payload())
    {
        i.min(protocol::len(&seq)?)
    } else {
        protocol::len(&seq)?.saturating_sub(i)
    };
    Ok(crate::int::from_usize(n))
}

/// The state argument of `__setstate__` (`PyLong_AsSsize_t`).
fn state_index(args: Args) -> PyResult<isize> {
    let n = args.one("__setstate__")?;
    if !crate::int::is_int(n) {
        return Err(crate::err::type_error("an integer is required"));
    }
    protocol::index_as_isize(n)
}

/// `__setstate__(i)`: the next index. A list iterator given a negative one
/// is exhausted; the others start over; past the end means exhausted at
/// the next step. A reverse list iterator keeps next index + 1.
fn set_state(v: &Value, args: Args) -> PyResult {
    let n = state_index(args)?;
    let it = v.downcast::<SeqIter>().expect("iterator");
    let Some(seq) = it.seq() else {
        return Ok(crate::none::none());
    };
    let ty = v.type_obj().payload();
    let is_list = ty.is_subtype(LIST_ITER_TYPE.payload());
    let is_reversed = ty.is_subtype(LIST_REVERSE_ITER_TYPE.payload());
    if n < 0 && (is_list || is_reversed) {
        it.finish();
        return Ok(crate::none::none());
    }
    let n = n.max(0) as usize;
    // The `__getitem__` iterator's sequence may have no length.
    let index = if std::ptr::eq(ty, SEQ_ITER_TYPE.payload()) {
        n
    } else if is_reversed {
        (n + 1).min(protocol::len(&seq)?)
    } else {
        n.min(protocol::len(&seq)?)
    };
    it.index.set(index);
    Ok(crate::none::none())
}

/// `(iter, (seq,), index)` (`(reversed, ...)` backwards), or the builtin
/// applied to an empty sequence once exhausted.
fn reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let it = v.downcast::<SeqIter>().expect("iterator");
    let ty = v.type_obj().payload();
    let reversed = ty.is_subtype(LIST_REVERSE_ITER_TYPE.payload());
    let builtin = crate::module::builtin(if reversed { "reversed" } else { "iter" })?;
    let index = it.index.get();
    match it.seq() {
        Some(seq) if !reversed || index > 0 => {
            let position = if reversed { index - 1 } else { index };
            Ok(Tuple::new(vec![
                builtin,
                Tuple::new(vec![seq]),
                crate::int::from_usize(position),
            ]))
        }
        _ => {
            let empty = if ty.is_subtype(LIST_ITER_TYPE.payload()) || reversed {
                List::from_vec(Vec::new())
            } else if ty.is_subtype(STR_ITER_TYPE.payload())
                || ty.is_subtype(STR_ASCII_ITER_TYPE.payload())
            {
                PyStr::new("")
            } else {
                Tuple::empty()
            };
            Ok(Tuple::new(vec![builtin, Tuple::new(vec![empty])]))
        }
    }
}

const REDUCE: MethodDef = MethodDef::new(
    "__reduce__",
    reduce,
    "Return state information for pickling.",
);

const SET_STATE: MethodDef = MethodDef::new(
    "__setstate__",
    set_state,
    "Set state information for unpickling.",
);

/// `__setstate__(index)` of the str, bytes and bytearray iterators: the
/// next position, clamped to the sequence (a bytearray iterator given a
/// negative one is spent, as CPython's is).
fn setstate(v: &Value, args: Args) -> PyResult {
    let state = args.one("__setstate__")?;
    if !crate::int::is_int(state) {
        return Err(crate::err::type_error("an integer is required"));
    }
    let index = protocol::index_as_isize(state)?;
    let it = v.downcast::<SeqIter>().expect("iterator");
    if let Some(seq) = it.seq() {
        let len = protocol::len(&seq)?;
        let index = if index < 0 {
            if seq.downcast::<crate::bytearray::ByteArray>().is_some() {
                len
            } else {
                0
            }
        } else {
            (index as usize).min(len)
        };
        it.index.set(index);
    }
    Ok(crate::none::none())
}

const LENGTH_HINT: MethodDef = MethodDef::new(
    "__length_hint__",
    length_hint,
    "Private method returning an estimate of len(list(it)).",
);

const SETSTATE: MethodDef = MethodDef::new(
    "__setstate__",
    setstate,
    "Set state information for unpickling.",
);

macro_rules! seq_iterator_type {
    ($static:ident, $name:literal, $next:ident) => {
        seq_iterator_type!($static, $name, $next, [LENGTH_HINT, REDUCE, SET_STATE]);
    };
    ($static:ident, $name:literal, $next:ident, $methods:expr) => {
        crate::builtin_subtype!(pub static $static: SeqIter as SEQ_ITER_TYPE = TypeSpec {
            name: $name,
            flags: flags::IMMUTABLETYPE,
            slots: SlotDefs { traverse: Some(seq_traverse), clear: Some(seq_clear), iter: Some(self_iter), iternext: Some($next), ..SlotDefs::NONE },
            methods: &$methods,
            ..TypeSpec::DEFAULT
        });
    };
}

/// `iter_traverse`: the sequence, until exhausted.
fn seq_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<SeqIter>() {
        crate::gc::visit_optional(&it.seq, visit);
    }
}

/// The iterator is exhausted once cleared.
fn seq_clear(v: &Value) {
    if let Some(it) = v.downcast::<SeqIter>() {
        crate::gc::clear_optional(&it.seq);
    }
}

builtin_type!(pub static SEQ_ITER_TYPE: SeqIter = TypeSpec {
    name: "iterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(seq_traverse), clear: Some(seq_clear), iter: Some(self_iter), iternext: Some(seq_next), ..SlotDefs::NONE },
    methods: &[LENGTH_HINT, REDUCE, SET_STATE],
    ..TypeSpec::DEFAULT
});
seq_iterator_type!(LIST_ITER_TYPE, "list_iterator", list_next);
seq_iterator_type!(
    LIST_REVERSE_ITER_TYPE,
    "list_reverseiterator",
    list_reverse_next
);
seq_iterator_type!(TUPLE_ITER_TYPE, "tuple_iterator", tuple_next);
seq_iterator_type!(
    STR_ASCII_ITER_TYPE,
    "str_ascii_iterator",
    str_next,
    [LENGTH_HINT, REDUCE, SETSTATE]
);
seq_iterator_type!(
    STR_ITER_TYPE,
    "str_iterator",
    str_next,
    [LENGTH_HINT, REDUCE, SETSTATE]
);
seq_iterator_type!(
    BYTES_ITER_TYPE,
    "bytes_iterator",
    byte_next,
    [LENGTH_HINT, SETSTATE]
);
seq_iterator_type!(
    BYTEARRAY_ITER_TYPE,
    "bytearray_iterator",
    byte_next,
    [LENGTH_HINT, SETSTATE]
);
seq_iterator_type!(MEMORY_ITER_TYPE, "memory_iterator", seq_next, []);

fn alloc_iter(
    ty: &'static crate::core::PyObj<crate::typeobj::TypeObject>,
    seq: Value,
    index: usize,
) -> Value {
    let it = SeqIter::new(seq);
    it.index.set(index);
    crate::core::alloc_typed(&crate::core::TypeRef::from_static(ty), it)
}

/// `iter(obj)` via `__getitem__`.
pub fn seq_iter(seq: Value) -> Value {
    Ref::new(SeqIter::new(seq)).into_value()
}

pub fn list_iter(list: Value) -> Value {
    alloc_iter(&LIST_ITER_TYPE, list, 0)
}

pub fn list_reverse_iter(list: Value) -> Value {
    let n = list.downcast::<List>().map_or(0, List::len);
    alloc_iter(&LIST_REVERSE_ITER_TYPE, list, n)
}

pub fn tuple_iter(tuple: Value) -> Value {
    alloc_iter(&TUPLE_ITER_TYPE, tuple, 0)
}

/// `iter(str)`: CPython's iterator type differs for ASCII strings.
pub fn str_iter(s: Value) -> Value {
    let ascii = s.downcast::<PyStr>().is_some_and(PyStr::is_ascii);
    let ty = if ascii {
        &STR_ASCII_ITER_TYPE
    } else {
        &STR_ITER_TYPE
    };
    alloc_iter(ty, s, 0)
}

/// `iter(bytes)` and `iter(bytearray)`.
pub fn bytes_iter(b: Value) -> Value {
    let ty = if b.downcast::<crate::bytearray::ByteArray>().is_some() {
        &BYTEARRAY_ITER_TYPE
    } else {
        &BYTES_ITER_TYPE
    };
    alloc_iter(ty, b, 0)
}

/// `iter(memoryview)`.
pub fn memory_iter(view: Value) -> Value {
    alloc_iter(&MEMORY_ITER_TYPE, view, 0)
}
