//! `slice` objects and index normalisation (`PySlice_Unpack`/`AdjustIndices`); mirrors Objects/sliceobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyResult, type_error, value_error};
use crate::none::{is_none, none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::tuple::{Tuple, compare_sequences};
use crate::typeobj::{SlotDefs, flags};

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Slice {
    pub fn new(start: Value, stop: Value, step: Value) -> Value {
        Ref::new(Slice { start, stop, step }).into_value()
    }

    /// `(start, stop, step, length)` for a sequence of `len` items.
    pub fn indices_for(&self, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        let step = match slice_index(&self.step)? {
            None => 1,
            Some(0) => return Err(value_error("slice step cannot be zero")),
            Some(s) => s.max(-isize::MAX),
        };
        let len = len as isize;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: Option<isize>, default: isize| match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        };
        let start = clamp(
            slice_index(&self.start)?,
            if step < 0 { upper } else { lower },
        );
        let stop = clamp(
            slice_index(&self.stop)?,
            if step < 0 { lower } else { upper },
        );
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }
}

/// A slice bound: `None` or an index, clamped to `isize`.
pub fn slice_index(v: &Value) -> PyResult<Option<isize>> {
    if is_none(v) {
        return Ok(None);
    }
    if !protocol::has_index(v) {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    protocol::index_as_isize_clamped(v).map(Some)
}

fn this(v: &Value) -> &Slice {
    v.downcast::<Slice>().expect("slice")
}

fn slice_repr(v: &Value) -> PyResult {
    let s = this(v);
    Ok(PyStr::new(&format!(
        "slice({}, {}, {})",
        protocol::repr_string(&s.start)?,
        protocol::repr_string(&s.stop)?,
        protocol::repr_string(&s.step)?
    )))
}

fn slice_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("slice")?;
    let v = a.range("slice", "slice", 1, 3)?;
    Ok(match v.len() {
        1 => Slice::new(none(), v[0].clone(), none()),
        2 => Slice::new(v[0].clone(), v[1].clone(), none()),
        _ => Slice::new(v[0].clone(), v[1].clone(), v[2].clone()),
    })
}

fn as_tuple(s: &Slice) -> [Value; 3] {
    [s.start.clone(), s.stop.clone(), s.step.clone()]
}

fn slice_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Slice>(), b.downcast::<Slice>()) else {
        return Ok(not_implemented());
    };
    compare_sequences(&as_tuple(x), &as_tuple(y), op)
}

fn slice_hash(v: &Value) -> PyResult<i64> {
    let s = this(v);
    let hashes: Vec<i64> = as_tuple(s)
        .iter()
        .map(protocol::hash)
        .collect::<PyResult<_>>()?;
    Ok(crate::hash::hash_tuple(hashes.into_iter()))
}

/// An index as an unbounded integer (`PyNumber_Index`).
fn big_index(v: &Value) -> PyResult<num_bigint::BigInt> {
    let i = protocol::index(v)?;
    Ok(crate::int::as_int(&i)
        .map(|x| x.to_bigint().into_owned())
        .unwrap_or_default())
}

/// A slice member as an unbounded integer (`evaluate_slice_index`).
fn big_slice_index(v: &Value) -> PyResult<num_bigint::BigInt> {
    if !protocol::has_index(v) {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    big_index(v)
}

/// `slice.indices(len)`: `_PySlice_GetLongIndices`, exact for any size.
fn slice_indices(v: &Value, args: Args) -> PyResult {
    use num_bigint::BigInt;
    let length = big_index(args.one("slice.indices")?)?;
    if length < BigInt::from(0) {
        return Err(value_error("length should not be negative"));
    }
    let s = this(v);
    let step = if is_none(&s.step) {
        BigInt::from(1)
    } else {
        big_slice_index(&s.step)?
    };
    if step == BigInt::from(0) {
        return Err(value_error("slice step cannot be zero"));
    }
    let negative = step < BigInt::from(0);
    let (lower, upper) = if negative {
        (BigInt::from(-1), &length - 1)
    } else {
        (BigInt::from(0), length.clone())
    };
    let bound = |x: &Value, default: &BigInt| -> PyResult<BigInt> {
        if is_none(x) {
            return Ok(default.clone());
        }
        let mut i = big_slice_index(x)?;
        if i < BigInt::from(0) {
            i += &length;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = bound(&s.start, if negative { &upper } else { &lower })?;
    let stop = bound(&s.stop, if negative { &lower } else { &upper })?;
    Ok(Tuple::new(vec![
        crate::int::from_bigint(start),
        crate::int::from_bigint(stop),
        crate::int::from_bigint(step),
    ]))
}

fn slice_reduce(v: &Value, args: Args) -> PyResult {
    args.none("slice.__reduce__")?;
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(as_tuple(this(v)).to_vec()),
    ]))
}

builtin_type!(pub static SLICE_TYPE: Slice = TypeSpec {
    name: "slice",
    doc: Some("slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.\n\nThis is used for extended slicing (e.g. a[0:10:2])."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(slice_repr),
        hash: Some(slice_hash),
        richcompare: Some(slice_richcompare),
        new: Some(slice_new),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("indices", slice_indices, "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices."),
        MethodDef::new("__reduce__", slice_reduce, "Return state information for pickling."),
    ],
    getsets: &[
        GetSetDef::member("start", |v| Ok(this(v).start.clone()), None),
        GetSetDef::member("stop", |v| Ok(this(v).stop.clone()), None),
        GetSetDef::member("step", |v| Ok(this(v).step.clone()), None),
    ],
    ..TypeSpec::DEFAULT
});
