//! `tuple`: immutable sequences with CPython's hash, comparison, slicing and methods; mirrors Objects/tupleobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::{PyResult, index_error, type_error, value_error};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::typeobj::{SlotDefs, flags};

pub struct Tuple(Box<[Value]>);

/// Items are released last to first, as `tuple_dealloc` does (the order
/// their finalizers run in).
impl Drop for Tuple {
    fn drop(&mut self) {
        let mut items = std::mem::take(&mut self.0).into_vec();
        while let Some(item) = items.pop() {
            drop(item);
        }
    }
}

impl Tuple {
    pub fn new(items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Tuple::empty();
        }
        // Born untracked when no item can refer to anything (CPython
        // 3.14's `_PyTuple_FromArray`): such a tuple is never in a cycle.
        let atomic = items.iter().all(|item| !crate::gc::is_gc(item));
        let t = Ref::new(Tuple(items.into_boxed_slice())).into_value();
        if atomic {
            crate::gc::untrack(&t);
        }
        t
    }

    /// The payload of a tuple subclass instance holding `items`.
    pub fn payload(items: Vec<Value>) -> Tuple {
        Tuple(items.into_boxed_slice())
    }

    /// The shared empty tuple.
    pub fn empty() -> Value {
        crate::gil_shared! {
            static EMPTY: Value = {
                let t = Ref::new(Tuple(Box::new([]))).into_value();
                crate::gc::untrack(&t);
                t
            };
        }
        EMPTY.with(Clone::clone)
    }

    pub fn from_slice(items: &[Value]) -> Value {
        Tuple::new(items.to_vec())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Value> {
        self.0.iter()
    }

    pub fn get(&self, i: usize) -> Option<&Value> {
        self.0.get(i)
    }

    pub fn as_slice(&self) -> &[Value] {
        &self.0
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.0.to_vec()
    }
}

/// `items * n` for values (which are not `Copy`).
pub fn repeat_values(items: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    out
}

/// Repr of a sequence's items between delimiters, guarding recursion.
pub fn repr_items(items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut out = String::from(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&protocol::repr_string(x)?);
    }
    out.push_str(close);
    Ok(out)
}

fn tuple_repr(v: &Value) -> PyResult {
    let t = v.downcast::<Tuple>().expect("tuple");
    if t.is_empty() {
        return Ok(PyStr::new("()"));
    }
    let Some(_guard) = crate::reprguard::enter(v) else {
        return Ok(PyStr::new("(...)"));
    };
    let text = if t.len() == 1 {
        format!("({},)", protocol::repr_string(&t.0[0])?)
    } else {
        repr_items(&t.0, "(", ")")?
    };
    Ok(PyStr::new(&text))
}

fn tuple_hash(v: &Value) -> PyResult<i64> {
    let t = v.downcast::<Tuple>().expect("tuple");
    let hashes: Vec<i64> = t.iter().map(protocol::hash).collect::<PyResult<_>>()?;
    Ok(crate::hash::hash_tuple(hashes.into_iter()))
}

/// Lexicographic comparison of two sequences (`tuplerichcompare`): at the
/// first unequal pair the result of comparing those items, as it is.
pub fn compare_sequences(a: &[Value], b: &[Value], op: CompareOp) -> PyResult {
    let n = a.len().min(b.len());
    for i in 0..n {
        if !protocol::richcompare_bool(&a[i], &b[i], CompareOp::Eq)? {
            return match op {
                CompareOp::Eq => Ok(crate::bool::py_bool(false)),
                CompareOp::Ne => Ok(crate::bool::py_bool(true)),
                _ => protocol::richcompare(&a[i], &b[i], op),
            };
        }
    }
    Ok(crate::bool::py_bool(op.test(a.len().cmp(&b.len()))))
}

fn tuple_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Tuple>(), b.downcast::<Tuple>()) else {
        return Ok(not_implemented());
    };
    compare_sequences(&x.0, &y.0, op)
}

fn tuple_len(v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<Tuple>().expect("tuple").len())
}

/// Normalises a sequence index (negative from the end) or raises
/// `IndexError(msg)`.
pub fn seq_index(key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = protocol::index_as_isize_or(key, &crate::exceptions::INDEX_ERROR)?;
    let n = len as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

fn tuple_getitem(v: &Value, key: &Value) -> PyResult {
    let t = v.downcast::<Tuple>().expect("tuple");
    if let Some(sl) = key.downcast::<crate::slice::Slice>() {
        let (start, _, step, n) = sl.indices_for(t.len())?;
        if step == 1 && n == t.len() && v.downcast_exact::<Tuple>().is_some() {
            return Ok(v.clone());
        }
        let items = (0..n)
            .map(|i| t.0[(start + i as isize * step) as usize].clone())
            .collect();
        return Ok(Tuple::new(items));
    }
    if !protocol::has_index(key) {
        return Err(type_error(format!(
            "tuple indices must be integers or slices, not {}",
            protocol::type_name(key)
        )));
    }
    Ok(t.0[seq_index(key, t.len(), "tuple")?].clone())
}

fn tuple_contains(v: &Value, item: &Value) -> PyResult<bool> {
    for x in v.downcast::<Tuple>().expect("tuple").iter() {
        if protocol::eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_concat(a: &Value, b: &Value) -> PyResult {
    let x = a.downcast::<Tuple>().expect("tuple");
    let Some(y) = b.downcast::<Tuple>() else {
        return Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            protocol::type_name(b)
        )));
    };
    let mut items = x.to_vec();
    items.extend_from_slice(&y.0);
    Ok(Tuple::new(items))
}

fn tuple_repeat(v: &Value, n: isize) -> PyResult {
    let t = v.downcast::<Tuple>().expect("tuple");
    if n <= 0 || t.is_empty() {
        return Ok(Tuple::empty());
    }
    if n == 1 && v.downcast_exact::<Tuple>().is_some() {
        return Ok(v.clone());
    }
    if t.len()
        .checked_mul(n as usize)
        .is_none_or(|total| total > (isize::MAX as usize) / 16)
    {
        return Err(crate::err::PyErr::empty(&crate::exceptions::MEMORY_ERROR));
    }
    Ok(Tuple::new(repeat_values(&t.0, n as usize)))
}

fn tuple_iter(v: &Value) -> PyResult {
    Ok(crate::iterators::tuple_iter(v.clone()))
}

fn tuple_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("tuple")?;
    let v = a.range("tuple", "tuple", 0, 1)?;
    let items = match v.first() {
        None => Vec::new(),
        Some(x) => {
            if ty.is_static(&TUPLE_TYPE) && x.downcast_exact::<Tuple>().is_some() {
                return Ok(x.clone());
            }
            protocol::collect(x)?
        }
    };
    if ty.is_static(&TUPLE_TYPE) {
        Ok(Tuple::new(items))
    } else {
        Ok(alloc_typed(ty, Tuple(items.into_boxed_slice())))
    }
}

/// `index(value, start, stop)` argument handling shared by sequences.
pub fn index_bounds(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None => Ok(default),
            Some(x) => {
                let i = crate::slice::slice_index(x)?.unwrap_or(default as isize);
                let n = len as isize;
                Ok(if i < 0 {
                    (i + n).max(0) as usize
                } else {
                    (i as usize).min(len)
                })
            }
        }
    };
    Ok((clamp(args.get(1), 0)?, clamp(args.get(2), len)?))
}

fn tuple_index(this: &Value, args: Args) -> PyResult {
    let a = args.range("tuple.index", "index", 1, 3)?;
    let t = this.downcast::<Tuple>().expect("tuple");
    let (start, stop) = index_bounds(a, t.len())?;
    for i in start..stop.min(t.len()) {
        if protocol::eq(&t.0[i], &a[0])? {
            return Ok(crate::int::from_usize(i));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(this: &Value, args: Args) -> PyResult {
    let x = args.one("tuple.count")?;
    let mut n = 0;
    for item in this.downcast::<Tuple>().expect("tuple").iter() {
        if protocol::eq(item, x)? {
            n += 1;
        }
    }
    Ok(crate::int::from_usize(n))
}

fn tuple_getnewargs(this: &Value, args: Args) -> PyResult {
    args.none("tuple.__getnewargs__")?;
    let t = this.downcast::<Tuple>().expect("tuple");
    Ok(Tuple::new(vec![Tuple::new(t.to_vec())]))
}

/// `tupletraverse`, last item first (tuples have no `tp_clear`: their
/// items are fixed).
fn tuple_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(t) = v.downcast::<Tuple>() {
        for item in t.iter().rev() {
            visit(item);
        }
    }
}

builtin_type!(pub static TUPLE_TYPE: Tuple = TypeSpec {
    name: "tuple",
    doc: Some("tuple(iterable=(), /)\n--\n\nBuilt-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object."),
    flags: flags::BASETYPE | flags::TUPLE_SUBCLASS | flags::IMMUTABLETYPE | flags::MATCH_SELF | flags::SEQUENCE,
    slots: SlotDefs {
        traverse: Some(tuple_traverse),
        repr: Some(tuple_repr),
        hash: Some(tuple_hash),
        richcompare: Some(tuple_richcompare),
        len: Some(tuple_len),
        getitem: Some(tuple_getitem),
        contains: Some(tuple_contains),
        concat: Some(tuple_concat),
        repeat: Some(tuple_repeat),
        iter: Some(tuple_iter),
        new: Some(tuple_new),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__getnewargs__", tuple_getnewargs, "__getnewargs__($self, /)\n--\n\n"),
        MethodDef::new("index", tuple_index, "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value.\n\nRaises ValueError if the value is not present."),
        MethodDef::new("count", tuple_count, "count($self, value, /)\n--\n\nReturn number of occurrences of value."),
        crate::genericalias::CLASS_GETITEM_DEF,
    ],
    ..TypeSpec::DEFAULT
});
