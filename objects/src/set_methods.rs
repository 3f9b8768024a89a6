//! The methods of `set` and `frozenset` and the set iterator; mirrors the method tables of Objects/setobject.c.

use std::cell::Cell;

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::{PyResult, runtime_error};
use crate::none::none;
use crate::protocol;
use crate::set::{self, Set, is_subset, same_kind};
use crate::typeobj::{SlotDefs, flags};

fn this(v: &Value) -> &Set {
    v.downcast::<Set>().expect("set")
}

/// A temporary set of any iterable's elements (the argument of set methods).
fn as_set(v: &Value) -> PyResult<Value> {
    if v.downcast::<Set>().is_some() {
        return Ok(v.clone());
    }
    set::set_from_iterable(v)
}

fn set_add(v: &Value, args: Args) -> PyResult {
    this(v).add(args.one("set.add")?.clone())?;
    Ok(none())
}

/// Removes `key`; an unhashable set key is looked up as the frozenset with
/// the same elements (`set_discard_key`).
fn discard_key(v: &Value, key: &Value) -> PyResult<bool> {
    match this(v).discard(key) {
        Err(e) if e.matches(&crate::exceptions::TYPE_ERROR) && key.downcast::<Set>().is_some() => {
            let frozen = set::with_entries(true, this(key).entries())?;
            this(v).discard(&frozen)
        }
        other => other,
    }
}

fn set_discard(v: &Value, args: Args) -> PyResult {
    discard_key(v, args.one("set.discard")?)?;
    Ok(none())
}

fn set_remove(v: &Value, args: Args) -> PyResult {
    let key = args.one("set.remove")?;
    if !discard_key(v, key)? {
        return Err(set::missing(key));
    }
    Ok(none())
}

fn set_pop(v: &Value, args: Args) -> PyResult {
    args.none("set.pop")?;
    this(v).pop().ok_or_else(|| {
        crate::err::PyErr::from_instance(crate::exceptions::new_exception(
            &crate::exceptions::KEY_ERROR,
            "pop from an empty set",
        ))
    })
}

fn set_clear(v: &Value, args: Args) -> PyResult {
    args.none("set.clear")?;
    this(v).clear();
    Ok(none())
}

fn set_copy(v: &Value, args: Args) -> PyResult {
    args.none("set.copy")?;
    // An exact frozenset is its own copy.
    if std::ptr::eq(v.type_obj().payload(), set::FROZENSET_TYPE.payload()) {
        return Ok(v.clone());
    }
    same_kind(v, this(v).entries())
}

fn fold(v: &Value, args: Args, name: &str, f: set::EntriesOp) -> PyResult {
    args.no_keywords(name)?;
    let mut acc = same_kind(v, this(v).entries())?;
    for other in args.values {
        let o = as_set(other)?;
        acc = same_kind(v, f(this(&acc), this(&o))?)?;
    }
    Ok(acc)
}

fn set_union(v: &Value, args: Args) -> PyResult {
    fold(v, args, "set.union", set::union_entries)
}

fn set_intersection(v: &Value, args: Args) -> PyResult {
    fold(v, args, "set.intersection", set::intersection_entries)
}

fn set_difference(v: &Value, args: Args) -> PyResult {
    fold(v, args, "set.difference", set::difference_entries)
}

fn set_symmetric_difference(v: &Value, args: Args) -> PyResult {
    let o = as_set(args.one("set.symmetric_difference")?)?;
    same_kind(v, set::symmetric_difference_entries(this(v), this(&o))?)
}

fn update_in_place(v: &Value, args: Args, name: &str, f: set::EntriesOp) -> PyResult {
    args.no_keywords(name)?;
    for other in args.values {
        let o = as_set(other)?;
        let entries = f(this(v), this(&o))?;
        let s = this(v);
        s.clear();
        for (_, k) in entries {
            s.add(k)?;
        }
    }
    Ok(none())
}

fn set_update(v: &Value, args: Args) -> PyResult {
    args.no_keywords("set.update")?;
    for other in args.values {
        this(v).update_from(other)?;
    }
    Ok(none())
}

fn set_intersection_update(v: &Value, args: Args) -> PyResult {
    update_in_place(
        v,
        args,
        "set.intersection_update",
        set::intersection_entries,
    )
}

fn set_difference_update(v: &Value, args: Args) -> PyResult {
    update_in_place(v, args, "set.difference_update", set::difference_entries)
}

fn set_symmetric_difference_update(v: &Value, args: Args) -> PyResult {
    let o = as_set(args.one("set.symmetric_difference_update")?)?;
    let entries = set::symmetric_difference_entries(this(v), this(&o))?;
    let s = this(v);
    s.clear();
    for (_, k) in entries {
        s.add(k)?;
    }
    Ok(none())
}

fn set_issubset(v: &Value, args: Args) -> PyResult {
    let o = as_set(args.one("set.issubset")?)?;
    Ok(crate::bool::py_bool(is_subset(this(v), this(&o))?))
}

fn set_issuperset(v: &Value, args: Args) -> PyResult {
    let o = as_set(args.one("set.issuperset")?)?;
    Ok(crate::bool::py_bool(is_subset(this(&o), this(v))?))
}

fn set_isdisjoint(v: &Value, args: Args) -> PyResult {
    let other = args.one("set.isdisjoint")?;
    let it = protocol::iter(other)?;
    while let Some(x) = protocol::next(&it)? {
        if this(v).contains(&x)? {
            return Ok(crate::bool::py_bool(false));
        }
    }
    Ok(crate::bool::py_bool(true))
}

fn set_contains_method(v: &Value, args: Args) -> PyResult {
    let key = args.one("set.__contains__")?;
    Ok(crate::bool::py_bool(protocol::contains(v, key)?))
}

fn set_reduce(v: &Value, args: Args) -> PyResult {
    args.none("set.__reduce__")?;
    let state = protocol::instance_dict(v).unwrap_or_else(none);
    Ok(crate::tuple::Tuple::new(vec![
        v.type_value(),
        crate::tuple::Tuple::new(vec![crate::list::List::from_vec(this(v).items())]),
        state,
    ]))
}

fn set_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("set.__sizeof__")?;
    let n = this(v).len().max(5).next_power_of_two() * 16;
    Ok(crate::int::from_usize(200 + n))
}

macro_rules! common_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            MethodDef::new("__contains__", set_contains_method, "__contains__($self, object, /)\n--\n\nx.__contains__(y) <==> y in x."),
            MethodDef::new("copy", set_copy, "copy($self, /)\n--\n\nReturn a shallow copy of a set."),
            MethodDef::new("difference", set_difference, "difference($self, /, *others)\n--\n\nReturn a new set with elements in the set that are not in the others."),
            MethodDef::new("intersection", set_intersection, "intersection($self, /, *others)\n--\n\nReturn a new set with elements common to the set and all others."),
            MethodDef::new("isdisjoint", set_isdisjoint, "isdisjoint($self, other, /)\n--\n\nReturn True if two sets have a null intersection."),
            MethodDef::new("issubset", set_issubset, "issubset($self, other, /)\n--\n\nReport whether another set contains this set."),
            MethodDef::new("issuperset", set_issuperset, "issuperset($self, other, /)\n--\n\nReport whether this set contains another set."),
            MethodDef::new("__reduce__", set_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
            MethodDef::new("__sizeof__", set_sizeof, "__sizeof__($self, /)\n--\n\nS.__sizeof__() -> size of S in memory, in bytes."),
            MethodDef::new("symmetric_difference", set_symmetric_difference, "symmetric_difference($self, other, /)\n--\n\nReturn a new set with elements in either the set or other but not both."),
            MethodDef::new("union", set_union, "union($self, /, *others)\n--\n\nReturn a new set with elements from the set and all others."),
            crate::genericalias::CLASS_GETITEM_DEF,
            $($extra,)*
        ]
    };
}

pub const SET_METHODS: &[MethodDef] = common_methods![
    MethodDef::new(
        "add",
        set_add,
        "add($self, object, /)\n--\n\nAdd an element to a set.\n\nThis has no effect if the element is already present."
    ),
    MethodDef::new(
        "clear",
        set_clear,
        "clear($self, /)\n--\n\nRemove all elements from this set."
    ),
    MethodDef::new(
        "difference_update",
        set_difference_update,
        "difference_update($self, /, *others)\n--\n\nUpdate the set, removing elements found in others."
    ),
    MethodDef::new(
        "discard",
        set_discard,
        "discard($self, object, /)\n--\n\nRemove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."
    ),
    MethodDef::new(
        "intersection_update",
        set_intersection_update,
        "intersection_update($self, /, *others)\n--\n\nUpdate the set, keeping only elements found in it and all others."
    ),
    MethodDef::new(
        "pop",
        set_pop,
        "pop($self, /)\n--\n\nRemove and return an arbitrary set element.\n\nRaises KeyError if the set is empty."
    ),
    MethodDef::new(
        "remove",
        set_remove,
        "remove($self, object, /)\n--\n\nRemove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."
    ),
    MethodDef::new(
        "symmetric_difference_update",
        set_symmetric_difference_update,
        "symmetric_difference_update($self, other, /)\n--\n\nUpdate the set, keeping only elements found in either set, but not in both."
    ),
    MethodDef::new(
        "update",
        set_update,
        "update($self, /, *others)\n--\n\nUpdate the set, adding elements from all others."
    ),
];

pub const FROZENSET_METHODS: &[MethodDef] = common_methods![];

/// The set iterator: table position and the size it expects.
pub struct SetIter {
    set: Value,
    pos: Cell<usize>,
    len: Cell<usize>,
    done: Cell<bool>,
}

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<SetIter>().expect("set iterator");
    if it.done.get() {
        return Ok(None);
    }
    let s = this(&it.set);
    if s.len() != it.len.get() {
        it.done.set(true);
        return Err(runtime_error("Set changed size during iteration"));
    }
    match s.next_from(it.pos.get()) {
        Some((pos, k)) => {
            it.pos.set(pos);
            Ok(Some(k))
        }
        None => {
            it.done.set(true);
            Ok(None)
        }
    }
}

fn iter_self(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn iter_length_hint(v: &Value, args: Args) -> PyResult {
    args.none("__length_hint__")?;
    let it = v.downcast::<SetIter>().expect("set iterator");
    if it.done.get() {
        return Ok(crate::int::from_i64(0));
    }
    let s = this(&it.set);
    let mut n = 0;
    let mut pos = it.pos.get();
    while let Some((p, _)) = s.next_from(pos) {
        n += 1;
        pos = p;
    }
    Ok(crate::int::from_usize(n))
}

builtin_type!(pub static SET_ITER_TYPE: SetIter = TypeSpec {
    name: "set_iterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(iter_next), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__length_hint__", iter_length_hint, "Private method returning an estimate of len(list(it)).")],
    ..TypeSpec::DEFAULT
});

pub fn iter(set: Value) -> Value {
    let len = this(&set).len();
    alloc_typed(
        &TypeRef::from_static(&SET_ITER_TYPE),
        SetIter {
            set,
            pos: Cell::new(0),
            len: Cell::new(len),
            done: Cell::new(false),
        },
    )
}
