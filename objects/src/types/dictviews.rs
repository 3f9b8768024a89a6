//! Dict views (`dict_keys`, `dict_values`, `dict_items`) with the set operations and comparisons of the keys and items views, and dict iterators, forward and reversed; mirrors the view and iterator parts of Objects/dictobject.c.

use std::cell::Cell;

use crate::args::Args;
use crate::builtin_subtype;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::dict::Dict;
use crate::err::{PyResult, runtime_error};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{NbOp, SlotDefs, flags};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Value,
    pub kind: ViewKind,
}

fn dict_of(v: &Value) -> &Dict {
    v.downcast::<Dict>().expect("dict")
}

pub fn view(dict: Value, kind: ViewKind) -> Value {
    let ty = match kind {
        ViewKind::Keys => &DICT_KEYS_TYPE,
        ViewKind::Values => &DICT_VALUES_TYPE,
        ViewKind::Items => &DICT_ITEMS_TYPE,
    };
    alloc_typed(&TypeRef::from_static(ty), DictView { dict, kind })
}

fn this(v: &Value) -> &DictView {
    v.downcast::<DictView>().expect("dict view")
}

fn view_len(v: &Value) -> PyResult<usize> {
    Ok(dict_of(&this(v).dict).len())
}

fn view_iter(v: &Value) -> PyResult {
    let view = this(v);
    Ok(iter(view.dict.clone(), view.kind))
}

fn view_repr(v: &Value) -> PyResult {
    let Some(_guard) = crate::reprguard::enter(v) else {
        return Ok(PyStr::new("..."));
    };
    let items = protocol::collect(&view_iter(v)?)?;
    Ok(PyStr::new(&format!(
        "{}({})",
        protocol::type_name(v),
        crate::tuple::repr_items(&items, "[", "]")?
    )))
}

fn view_contains(v: &Value, item: &Value) -> PyResult<bool> {
    let view = this(v);
    let d = dict_of(&view.dict);
    match view.kind {
        ViewKind::Keys => Ok(d.get_item_opt(item)?.is_some()),
        ViewKind::Items => {
            let Some(t) = item.downcast::<Tuple>().filter(|t| t.len() == 2) else {
                return Ok(false);
            };
            match d.get_item_opt(&t.as_slice()[0])? {
                Some(found) => protocol::eq(&found, &t.as_slice()[1]),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            for x in d.values() {
                if protocol::eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_isdisjoint(v: &Value, args: Args) -> PyResult {
    let other = args.one("isdisjoint")?;
    let it = protocol::iter(other)?;
    while let Some(x) = protocol::next(&it)? {
        if view_contains(v, &x)? {
            return Ok(crate::bool::py_bool(false));
        }
    }
    Ok(crate::bool::py_bool(true))
}

fn view_reversed(v: &Value, args: Args) -> PyResult {
    args.none("__reversed__")?;
    let view = this(v);
    Ok(reverse_iter(view.dict.clone(), view.kind))
}

fn view_mapping(v: &Value) -> PyResult {
    Ok(crate::types::mappingproxy::new(this(v).dict.clone()))
}

/// Whether `v` takes part in view comparisons (`set`, `frozenset`, `dict_keys`, `dict_items`).
fn is_setlike(v: &Value) -> bool {
    v.downcast::<crate::set::Set>().is_some()
        || v.downcast::<DictView>()
            .is_some_and(|d| d.kind != ViewKind::Values)
}

/// `all_contained_in`: every item of `a` is in `b`.
fn all_contained_in(a: &Value, b: &Value) -> PyResult<bool> {
    let it = protocol::iter(a)?;
    while let Some(x) = protocol::next(&it)? {
        if !protocol::contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `dictview_richcompare`: set comparison by length and containment.
fn view_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !is_setlike(b) {
        return Ok(not_implemented());
    }
    let (la, lb) = (protocol::len(a)?, protocol::len(b)?);
    let result = match op {
        CompareOp::Eq | CompareOp::Ne => {
            (la == lb && all_contained_in(a, b)?) == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && all_contained_in(a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(b, a)?,
    };
    Ok(crate::bool::py_bool(result))
}

/// `set(a)` updated in place by `method(b)`: the `-`, `|`, `^` of views
/// (either operand may be the view; `a` is any iterable).
fn set_then(a: &Value, b: &Value, method: &str) -> PyResult {
    let result = crate::set::set_from_iterable(a)?;
    protocol::call_method(&result, method, std::slice::from_ref(b))?;
    Ok(result)
}

fn view_sub(a: &Value, b: &Value) -> PyResult {
    set_then(a, b, "difference_update")
}

fn view_or(a: &Value, b: &Value) -> PyResult {
    set_then(a, b, "update")
}

fn view_xor(a: &Value, b: &Value) -> PyResult {
    set_then(a, b, "symmetric_difference_update")
}

/// `_PyDictView_Intersect`: iterates the other operand (the smaller one
/// when both have a length) and keeps what the view contains.
fn view_and(a: &Value, b: &Value) -> PyResult {
    let (view, other) = if a.downcast::<DictView>().is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let (mut view, mut other) = (view.clone(), other.clone());
    if is_setlike(&other) && protocol::len(&other)? > protocol::len(&view)? {
        std::mem::swap(&mut view, &mut other);
    }
    let result = crate::set::set_from(Vec::new())?;
    let set = result.downcast::<crate::set::Set>().expect("set");
    let it = protocol::iter(&other)?;
    while let Some(x) = protocol::next(&it)? {
        if protocol::contains(&view, &x)? {
            set.add(x)?;
        }
    }
    Ok(result)
}

const SET_VIEW_METHODS: &[MethodDef] = &[
    MethodDef::new(
        "isdisjoint",
        view_isdisjoint,
        "Return True if the view and the given iterable have a null intersection.",
    ),
    MethodDef::new(
        "__reversed__",
        view_reversed,
        "Return a reverse iterator over the dict keys.",
    ),
];

const SET_VIEW_SLOTS: SlotDefs = SlotDefs {
    traverse: Some(dictview_traverse),
    repr: Some(view_repr),
    unhashable: true,
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    richcompare: Some(view_richcompare),
    ..SlotDefs::NONE
}
.with_number(NbOp::Subtract, view_sub)
.with_number(NbOp::And, view_and)
.with_number(NbOp::Or, view_or)
.with_number(NbOp::Xor, view_xor);

const VIEW_GETSETS: &[crate::descr::GetSetDef] =
    &[crate::descr::GetSetDef::getter("mapping", view_mapping)];

/// `dictview_traverse`.
fn dictview_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(view) = v.downcast::<DictView>() {
        visit(&view.dict);
    }
}

builtin_type!(pub static DICT_KEYS_TYPE: DictView = TypeSpec {
    name: "dict_keys",
    flags: flags::IMMUTABLETYPE,
    slots: SET_VIEW_SLOTS,
    methods: SET_VIEW_METHODS,
    getsets: VIEW_GETSETS,
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static DICT_ITEMS_TYPE: DictView as DICT_KEYS_TYPE = TypeSpec {
    name: "dict_items",
    flags: flags::IMMUTABLETYPE,
    slots: SET_VIEW_SLOTS,
    methods: SET_VIEW_METHODS,
    getsets: VIEW_GETSETS,
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static DICT_VALUES_TYPE: DictView as DICT_KEYS_TYPE = TypeSpec {
    name: "dict_values",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(dictview_traverse), repr: Some(view_repr), len: Some(view_len), iter: Some(view_iter), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reversed__", view_reversed, "Return a reverse iterator over the dict values.")],
    getsets: VIEW_GETSETS,
    ..TypeSpec::DEFAULT
});

/// A dict iterator: position in the entries array, expected size.
pub struct DictIter {
    dict: Value,
    kind: ViewKind,
    pos: Cell<usize>,
    len: Cell<usize>,
    /// Items still expected (`di->len`): finding more means the keys
    /// changed under the iterator.
    remaining: Cell<usize>,
    reversed: bool,
    done: Cell<bool>,
}

fn dict_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<DictIter>().expect("dict iterator");
    if it.done.get() {
        return Ok(None);
    }
    let d = dict_of(&it.dict);
    if d.len() != it.len.get() {
        it.len.set(usize::MAX);
        it.done.set(true);
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let entry = if it.reversed {
        d.entry_before(it.pos.get())
    } else {
        d.entry_from(it.pos.get())
    };
    let Some((pos, k, val)) = entry else {
        it.done.set(true);
        return Ok(None);
    };
    if it.remaining.get() == 0 {
        it.done.set(true);
        return Err(runtime_error("dictionary keys changed during iteration"));
    }
    it.remaining.set(it.remaining.get() - 1);
    it.pos.set(pos);
    Ok(Some(match it.kind {
        ViewKind::Keys => k,
        ViewKind::Values => val,
        ViewKind::Items => Tuple::new(vec![k, val]),
    }))
}

fn dict_iter_self(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn dict_iter_length_hint(v: &Value, args: Args) -> PyResult {
    args.none("__length_hint__")?;
    let it = v.downcast::<DictIter>().expect("dict iterator");
    if it.done.get() {
        return Ok(crate::int::from_i64(0));
    }
    let d = dict_of(&it.dict);
    let hint = if d.len() == it.len.get() {
        it.remaining.get()
    } else {
        0
    };
    Ok(crate::int::from_usize(hint))
}

const DICT_ITER_METHODS: &[MethodDef] = &[MethodDef::new(
    "__length_hint__",
    dict_iter_length_hint,
    "Private method returning an estimate of len(list(it)).",
)];

const DICT_ITER_SLOTS: SlotDefs = SlotDefs {
    iter: Some(dict_iter_self),
    iternext: Some(dict_iter_next),
    traverse: Some(dictiter_traverse),
    ..SlotDefs::NONE
};

/// `dictiter_traverse`.
fn dictiter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<DictIter>() {
        visit(&it.dict);
    }
}

builtin_type!(pub static DICT_KEY_ITER_TYPE: DictIter = TypeSpec {
    name: "dict_keyiterator",
    flags: flags::IMMUTABLETYPE,
    slots: DICT_ITER_SLOTS,
    methods: DICT_ITER_METHODS,
    ..TypeSpec::DEFAULT
});

macro_rules! dict_iter_type {
    ($static:ident, $name:literal) => {
        builtin_subtype!(pub static $static: DictIter as DICT_KEY_ITER_TYPE = TypeSpec {
            name: $name,
            flags: flags::IMMUTABLETYPE,
            slots: DICT_ITER_SLOTS,
            methods: DICT_ITER_METHODS,
            ..TypeSpec::DEFAULT
        });
    };
}

dict_iter_type!(DICT_VALUE_ITER_TYPE, "dict_valueiterator");
dict_iter_type!(DICT_ITEM_ITER_TYPE, "dict_itemiterator");
dict_iter_type!(DICT_REV_KEY_ITER_TYPE, "dict_reversekeyiterator");
dict_iter_type!(DICT_REV_VALUE_ITER_TYPE, "dict_reversevalueiterator");
dict_iter_type!(DICT_REV_ITEM_ITER_TYPE, "dict_reverseitemiterator");

fn iter_from(dict: Value, kind: ViewKind, pos: usize, reversed: bool, len: usize) -> Value {
    let ty = match (kind, reversed) {
        (ViewKind::Keys, false) => &DICT_KEY_ITER_TYPE,
        (ViewKind::Values, false) => &DICT_VALUE_ITER_TYPE,
        (ViewKind::Items, false) => &DICT_ITEM_ITER_TYPE,
        (ViewKind::Keys, true) => &DICT_REV_KEY_ITER_TYPE,
        (ViewKind::Values, true) => &DICT_REV_VALUE_ITER_TYPE,
        (ViewKind::Items, true) => &DICT_REV_ITEM_ITER_TYPE,
    };
    alloc_typed(
        &TypeRef::from_static(ty),
        DictIter {
            dict,
            kind,
            pos: Cell::new(pos),
            len: Cell::new(len),
            remaining: Cell::new(len),
            reversed,
            done: Cell::new(false),
        },
    )
}

pub fn iter(dict: Value, kind: ViewKind) -> Value {
    let len = dict_of(&dict).len();
    iter_from(dict, kind, 0, false, len)
}

pub fn dict_key_iter(dict: Value) -> Value {
    iter(dict, ViewKind::Keys)
}

pub fn reverse_iter(dict: Value, kind: ViewKind) -> Value {
    let d = dict_of(&dict);
    let (len, end) = (d.len(), d.entries_len());
    iter_from(dict, kind, end, true, len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::from_i64;

    #[test]
    fn keys_set_operations() {
        let _lock = crate::init_for_test();
        let d = Dict::new_value();
        for i in [1, 2] {
            dict_of(&d).set_item(from_i64(i), from_i64(i * 10)).unwrap();
        }
        let keys = view(d, ViewKind::Keys);
        let other = crate::set::set_from(vec![from_i64(2), from_i64(3)]).unwrap();
        let run = |a: &Value, b: &Value, op| {
            protocol::repr_string(&protocol::binary_op(a, b, op).unwrap()).unwrap()
        };
        assert_eq!(run(&keys, &other, NbOp::And), "{2}");
        assert_eq!(run(&other, &keys, NbOp::And), "{2}");
        assert_eq!(run(&keys, &other, NbOp::Subtract), "{1}");
        assert_eq!(run(&keys, &other, NbOp::Xor), "{1, 3}");
        assert_eq!(run(&keys, &other, NbOp::Or), "{1, 2, 3}");
        let same = crate::set::set_from(vec![from_i64(1), from_i64(2)]).unwrap();
        assert!(protocol::eq(&keys, &same).unwrap());
        assert!(protocol::richcompare_bool(&other, &keys, CompareOp::Ne).unwrap());
        assert!(protocol::richcompare_bool(&keys, &same, CompareOp::Le).unwrap());
        assert!(!protocol::richcompare_bool(&keys, &same, CompareOp::Lt).unwrap());
    }
}
