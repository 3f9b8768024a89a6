//! `range` and its iterators (`range_iterator` over machine ints, `longrange_iterator` over big ints); mirrors Objects/rangeobject.c.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyResult, index_error, overflow_error, type_error, value_error};
use crate::int::{as_int, from_bigint, from_i64};
use crate::none::{is_none, none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::slice::Slice;
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

/// A range: the three arguments and the computed length, all exact ints.
pub struct Range {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// `compute_range_length`.
fn range_length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / step + 1u32
    }
}

/// A new `range(start, stop, step)`; `step` is non-zero.
pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = range_length(&start, &stop, &step);
    Ref::new(Range {
        start,
        stop,
        step,
        len,
    })
    .into_value()
}

impl Range {
    /// `compute_item`: `start + i * step`.
    fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// Whether the exact int `x` is one of the range's values.
    fn contains_int(&self, x: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        inside && (x - &self.start).mod_floor(&self.step).is_zero()
    }
}

fn this(v: &Value) -> &Range {
    v.downcast::<Range>().expect("range")
}

fn big(v: &Value) -> BigInt {
    as_int(v)
        .map(|i| i.to_bigint().into_owned())
        .unwrap_or_default()
}

/// An int argument through `__index__`, as a big int.
fn index_big(v: &Value) -> PyResult<BigInt> {
    Ok(big(&protocol::index(v)?))
}

fn range_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("range")?;
    let v = a.range("range", "range", 1, 3)?;
    let (start, stop, step) = match v {
        [stop] => (BigInt::zero(), index_big(stop)?, BigInt::one()),
        [start, stop] => (index_big(start)?, index_big(stop)?, BigInt::one()),
        [start, stop, step] => {
            let (start, stop, step) = (index_big(start)?, index_big(stop)?, index_big(step)?);
            if step.is_zero() {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            (start, stop, step)
        }
        _ => unreachable!("Args::range checked the count"),
    };
    Ok(new(start, stop, step))
}

fn range_repr(v: &Value) -> PyResult {
    let r = this(v);
    Ok(PyStr::new(&if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn range_len(v: &Value) -> PyResult<usize> {
    this(v)
        .len
        .to_i64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_bool(v: &Value) -> PyResult<bool> {
    Ok(!this(v).len.is_zero())
}

/// A slice bound as a big int (`None` is `None`).
fn slice_bound(v: &Value) -> PyResult<Option<BigInt>> {
    if is_none(v) {
        return Ok(None);
    }
    if !protocol::has_index(v) {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    index_big(v).map(Some)
}

/// `_PySlice_GetLongIndices`: start, stop, step of a slice over `len` items.
fn slice_indices(s: &Slice, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = match slice_bound(&s.step)? {
        None => BigInt::one(),
        Some(z) if z.is_zero() => return Err(value_error("slice step cannot be zero")),
        Some(z) => z,
    };
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| match v {
        None => default.clone(),
        Some(i) if i.is_negative() => (i + len).max(lower.clone()),
        Some(i) => i.min(upper.clone()),
    };
    let neg = step.is_negative();
    let start = clamp(slice_bound(&s.start)?, if neg { &upper } else { &lower });
    let stop = clamp(slice_bound(&s.stop)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

fn range_getitem(v: &Value, key: &Value) -> PyResult {
    let r = this(v);
    if let Some(s) = key.downcast::<Slice>() {
        let (start, stop, step) = slice_indices(s, &r.len)?;
        return Ok(new(r.item(&start), r.item(&stop), step * &r.step));
    }
    if !protocol::has_index(key) {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            protocol::type_name(key)
        )));
    }
    let mut i = index_big(key)?;
    if i.is_negative() {
        i += &r.len;
    }
    if i.is_negative() || i >= r.len {
        return Err(index_error("range object index out of range"));
    }
    Ok(from_bigint(r.item(&i)))
}

/// The value of `x` when the fast integer paths apply (exact `int` or `bool`).
fn exact_int(x: &Value) -> Option<BigInt> {
    let exact = x.is_small_int()
        || x.downcast_exact::<crate::int::Int>().is_some()
        || x.downcast::<crate::bool::Bool>().is_some();
    if exact { Some(big(x)) } else { None }
}

fn range_contains(v: &Value, x: &Value) -> PyResult<bool> {
    if let Some(i) = exact_int(x) {
        return Ok(this(v).contains_int(&i));
    }
    let it = range_iter(v)?;
    while let Some(item) = protocol::next(&it)? {
        if protocol::eq(&item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_count(v: &Value, args: Args) -> PyResult {
    let x = args.one("range.count")?;
    if let Some(i) = exact_int(x) {
        return Ok(from_i64(i64::from(this(v).contains_int(&i))));
    }
    let it = range_iter(v)?;
    let mut n: i64 = 0;
    while let Some(item) = protocol::next(&it)? {
        if protocol::eq(&item, x)? {
            n += 1;
        }
    }
    Ok(from_i64(n))
}

fn range_index(v: &Value, args: Args) -> PyResult {
    let x = args.one("range.index")?;
    let r = this(v);
    if let Some(i) = exact_int(x) {
        if r.contains_int(&i) {
            return Ok(from_bigint((i - &r.start) / &r.step));
        }
        return Err(value_error("range.index(x): x not in range"));
    }
    let it = range_iter(v)?;
    let mut n: i64 = 0;
    while let Some(item) = protocol::next(&it)? {
        if protocol::eq(&item, x)? {
            return Ok(from_i64(n));
        }
        n += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

/// `range_equals`: equal as sequences (length, first item, step when it matters).
fn ranges_equal(a: &Range, b: &Range) -> bool {
    a.len == b.len
        && (a.len.is_zero() || (a.start == b.start && (a.len.is_one() || a.step == b.step)))
}

fn range_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Range>(), b.downcast::<Range>()) else {
        return Ok(not_implemented());
    };
    match op {
        CompareOp::Eq => Ok(crate::bool::py_bool(a.is(b) || ranges_equal(x, y))),
        CompareOp::Ne => Ok(crate::bool::py_bool(!(a.is(b) || ranges_equal(x, y)))),
        _ => Ok(not_implemented()),
    }
}

/// `hash((len, start, step))` with `None` for the parts equality ignores.
fn range_hash(v: &Value) -> PyResult<i64> {
    let r = this(v);
    let (start, step) = if r.len.is_zero() {
        (none(), none())
    } else if r.len.is_one() {
        (from_bigint(r.start.clone()), none())
    } else {
        (from_bigint(r.start.clone()), from_bigint(r.step.clone()))
    };
    protocol::hash(&Tuple::new(vec![from_bigint(r.len.clone()), start, step]))
}

fn range_reduce(v: &Value, args: Args) -> PyResult {
    args.none("range.__reduce__")?;
    let r = this(v);
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(vec![
            from_bigint(r.start.clone()),
            from_bigint(r.stop.clone()),
            from_bigint(r.step.clone()),
        ]),
    ]))
}

/// An iterator yielding `start + i * step` for `i` in `0..len`.
fn make_iter(start: BigInt, step: BigInt, len: BigInt) -> Value {
    // CPython's test: the last value and the step must fit a C long too.
    let last: BigInt = &start + (&len - 1u32) * &step;
    match (start.to_i64(), step.to_i64(), len.to_i64(), last.to_i64()) {
        (Some(start), Some(step), Some(len), Some(_)) => Ref::new(RangeIter {
            start: Cell::new(start),
            step,
            len: Cell::new(len),
        })
        .into_value(),
        _ => Ref::new(LongRangeIter {
            state: RefCell::new((start, step, len)),
        })
        .into_value(),
    }
}

fn range_iter(v: &Value) -> PyResult {
    let r = this(v);
    Ok(make_iter(r.start.clone(), r.step.clone(), r.len.clone()))
}

fn range_reversed(v: &Value, args: Args) -> PyResult {
    args.none("range.__reversed__")?;
    let r = this(v);
    let last = r.item(&(&r.len - 1u32));
    Ok(make_iter(last, -&r.step, r.len.clone()))
}

builtin_type!(pub static RANGE_TYPE: Range = TypeSpec {
    name: "range",
    doc: Some("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement)."),
    flags: flags::IMMUTABLETYPE | flags::SEQUENCE,
    slots: SlotDefs {
        repr: Some(range_repr),
        hash: Some(range_hash),
        richcompare: Some(range_richcompare),
        len: Some(range_len),
        bool: Some(range_bool),
        getitem: Some(range_getitem),
        contains: Some(range_contains),
        iter: Some(range_iter),
        new: Some(range_new),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__reversed__", range_reversed, "__reversed__($self, /)\n--\n\nReturn a reverse iterator."),
        MethodDef::new("__reduce__", range_reduce, "__reduce__($self, /)\n--\n\nHelper for pickle."),
        MethodDef::new("count", range_count, "count($self, object, /)\n--\n\nrangeobject.count(value) -> integer -- return number of occurrences of value"),
        MethodDef::new("index", range_index, "index($self, object, /)\n--\n\nrangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."),
    ],
    getsets: &[
        GetSetDef::member("start", |v| Ok(from_bigint(this(v).start.clone())), None),
        GetSetDef::member("stop", |v| Ok(from_bigint(this(v).stop.clone())), None),
        GetSetDef::member("step", |v| Ok(from_bigint(this(v).step.clone())), None),
    ],
    ..TypeSpec::DEFAULT
});

/// `range_iterator`: the next value and the count left, as machine ints.
pub struct RangeIter {
    start: Cell<i64>,
    step: i64,
    len: Cell<i64>,
}

fn iter_self(v: &Value) -> PyResult {
    Ok(v.clone())
}

impl RangeIter {
    /// The next value, `None` when exhausted.
    #[inline]
    pub fn next_value(&self) -> Option<Value> {
        let len = self.len.get();
        if len <= 0 {
            return None;
        }
        let x = self.start.get();
        // The value after the last one may not fit; it is never yielded.
        self.start.set(x.wrapping_add(self.step));
        self.len.set(len - 1);
        Some(from_i64(x))
    }
}

fn range_iter_next(v: &Value) -> PyResult<Option<Value>> {
    Ok(v.downcast::<RangeIter>()
        .expect("range_iterator")
        .next_value())
}

fn range_iter_length_hint(v: &Value, args: Args) -> PyResult {
    args.none("range_iterator.__length_hint__")?;
    Ok(from_i64(
        v.downcast::<RangeIter>()
            .expect("range_iterator")
            .len
            .get()
            .max(0),
    ))
}

/// `__setstate__(n)`: skips to position `n` (clamped to the remaining count).
fn range_iter_setstate(v: &Value, args: Args) -> PyResult {
    let n = protocol::index(args.one("range_iterator.__setstate__")?)?;
    let it = v.downcast::<RangeIter>().expect("range_iterator");
    let n = crate::int::to_i64(&n)
        .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?
        .clamp(0, it.len.get());
    it.start
        .set(it.start.get().wrapping_add(n.wrapping_mul(it.step)));
    it.len.set(it.len.get() - n);
    Ok(none())
}

builtin_type!(pub static RANGE_ITER_TYPE: RangeIter = TypeSpec {
    name: "range_iterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(range_iter_next), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__length_hint__", range_iter_length_hint, "__length_hint__($self, /)\n--\n\nPrivate method returning an estimate of len(list(it))."),
        MethodDef::new("__setstate__", range_iter_setstate, "__setstate__($self, object, /)\n--\n\nSet state information for unpickling."),
    ],
    ..TypeSpec::DEFAULT
});

/// `longrange_iterator`: (next value, step, count left) as big ints.
pub struct LongRangeIter {
    state: RefCell<(BigInt, BigInt, BigInt)>,
}

fn long_iter(v: &Value) -> &LongRangeIter {
    v.downcast::<LongRangeIter>().expect("longrange_iterator")
}

fn long_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let mut s = long_iter(v).state.borrow_mut();
    if !s.2.is_positive() {
        return Ok(None);
    }
    let x = s.0.clone();
    s.0 = &x + &s.1;
    s.2 -= 1;
    drop(s);
    Ok(Some(from_bigint(x)))
}

fn long_iter_length_hint(v: &Value, args: Args) -> PyResult {
    args.none("longrange_iterator.__length_hint__")?;
    let left = long_iter(v).state.borrow().2.clone();
    Ok(from_bigint(left.max(BigInt::zero())))
}

fn long_iter_setstate(v: &Value, args: Args) -> PyResult {
    let n = index_big(args.one("longrange_iterator.__setstate__")?)?;
    let mut s = long_iter(v).state.borrow_mut();
    let n: BigInt = n.clamp(BigInt::zero(), s.2.clone());
    s.0 = &s.0 + &n * &s.1;
    s.2 = &s.2 - &n;
    Ok(none())
}

builtin_type!(pub static LONG_RANGE_ITER_TYPE: LongRangeIter = TypeSpec {
    name: "longrange_iterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(long_iter_next), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__length_hint__", long_iter_length_hint, "__length_hint__($self, /)\n--\n\nPrivate method returning an estimate of len(list(it))."),
        MethodDef::new("__setstate__", long_iter_setstate, "__setstate__($self, object, /)\n--\n\nSet state information for unpickling."),
    ],
    ..TypeSpec::DEFAULT
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exceptions;

    fn run(src: &[Value]) -> PyResult {
        protocol::call(&RANGE_TYPE.value(), src, None)
    }

    #[test]
    fn basics() {
        let _lock = crate::init_for_test();
        let r = run(&[from_i64(0), from_i64(10), from_i64(3)]).unwrap();
        assert_eq!(protocol::repr_string(&r).unwrap(), "range(0, 10, 3)");
        assert_eq!(protocol::len(&r).unwrap(), 4);
        let items: Vec<i64> = protocol::collect(&r)
            .unwrap()
            .iter()
            .map(|v| crate::int::to_i64(v).unwrap())
            .collect();
        assert_eq!(items, [0, 3, 6, 9]);
        assert!(protocol::contains(&r, &from_i64(6)).unwrap());
        assert!(!protocol::contains(&r, &from_i64(7)).unwrap());
        let rev = protocol::getitem(&r, &Slice::new(none(), none(), from_i64(-1))).unwrap();
        assert_eq!(protocol::repr_string(&rev).unwrap(), "range(9, -3, -3)");
        let e = run(&[from_i64(1), from_i64(2), from_i64(0)]).unwrap_err();
        assert_eq!(
            protocol::str_string(e.value()).unwrap(),
            "range() arg 3 must not be zero"
        );
        let e = protocol::getitem(&r, &from_i64(4)).unwrap_err();
        assert!(e.matches(&exceptions::INDEX_ERROR));
    }

    #[test]
    fn huge() {
        let _lock = crate::init_for_test();
        let big = from_bigint(BigInt::one() << 70);
        let r = run(&[big]).unwrap();
        assert!(protocol::len(&r).is_err());
        let it = protocol::iter(&r).unwrap();
        assert_eq!(protocol::type_name(&it), "longrange_iterator");
        assert!(protocol::eq(&protocol::next(&it).unwrap().unwrap(), &from_i64(0)).unwrap());
    }
}
