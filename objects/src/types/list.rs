//! `list`: mutable sequences with slice assignment, a stable sort that tolerates inconsistent comparisons, and CPython's methods and messages; mirrors Objects/listobject.c.

use std::cell::RefCell;

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::{PyErr, PyResult, index_error, type_error, value_error};
use crate::none::{is_none, none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::slice::Slice;
use crate::str::PyStr;
use crate::tuple::{compare_sequences, index_bounds, repeat_values, seq_index};
use crate::typeobj::{SlotDefs, flags};

pub struct List(RefCell<Vec<Value>>);

/// Items are released last to first, as `list_dealloc` does (the order
/// their finalizers run in).
impl Drop for List {
    fn drop(&mut self) {
        let items = self.0.get_mut();
        while let Some(item) = items.pop() {
            drop(item);
        }
    }
}

impl List {
    pub fn from_vec(items: Vec<Value>) -> Value {
        Ref::new(List(RefCell::new(items))).into_value()
    }

    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.0.borrow().get(i).cloned()
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.0.borrow().clone()
    }

    pub fn push(&self, v: Value) {
        self.0.borrow_mut().push(v);
    }

    /// Replaces the contents; the old items are dropped after the list is
    /// consistent again (their `__del__` may look at the list).
    pub fn replace(&self, items: Vec<Value>) {
        let old = std::mem::replace(&mut *self.0.borrow_mut(), items);
        drop(old);
    }

    pub fn extend_from(&self, items: Vec<Value>) {
        self.0.borrow_mut().extend(items);
    }

    /// Replaces item `i`, returning the old one (`None` out of range); the
    /// caller drops it once the list is consistent.
    pub fn set(&self, i: usize, v: Value) -> Option<Value> {
        self.0
            .borrow_mut()
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, v))
    }

    /// Swaps items `i` and `j`; `false` if either is out of range.
    pub fn swap(&self, i: usize, j: usize) -> bool {
        let mut items = self.0.borrow_mut();
        if i.max(j) >= items.len() {
            return false;
        }
        items.swap(i, j);
        true
    }

    /// `list.insert(i, v)` with `i` already clamped to `0..=len`.
    pub fn insert(&self, i: usize, v: Value) {
        let mut items = self.0.borrow_mut();
        let at = i.min(items.len());
        items.insert(at, v);
    }

    pub fn pop_last(&self) -> Option<Value> {
        self.0.borrow_mut().pop()
    }
}

fn this(v: &Value) -> &List {
    v.downcast::<List>().expect("list")
}

fn list_repr(v: &Value) -> PyResult {
    let l = this(v);
    if l.is_empty() {
        return Ok(PyStr::new("[]"));
    }
    let Some(_guard) = crate::reprguard::enter(v) else {
        return Ok(PyStr::new("[...]"));
    };
    let mut out = String::from("[");
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&protocol::repr_string(&x)?);
        i += 1;
    }
    out.push(']');
    Ok(PyStr::new(&out))
}

fn list_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<List>(), b.downcast::<List>()) else {
        return Ok(not_implemented());
    };
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(crate::bool::py_bool(op == CompareOp::Ne));
    }
    let (xs, ys) = (x.to_vec(), y.to_vec());
    compare_sequences(&xs, &ys, op)
}

fn list_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn list_getitem(v: &Value, key: &Value) -> PyResult {
    let l = this(v);
    if let Some(sl) = key.downcast::<Slice>() {
        let (start, _, step, n) = sl.indices_for(l.len())?;
        let items = l.0.borrow();
        let out = (0..n)
            .map(|i| items[(start + i as isize * step) as usize].clone())
            .collect();
        return Ok(List::from_vec(out));
    }
    if !protocol::has_index(key) {
        return Err(type_error(format!(
            "list indices must be integers or slices, not {}",
            protocol::type_name(key)
        )));
    }
    let i = seq_index(key, l.len(), "list")?;
    l.get(i)
        .ok_or_else(|| index_error("list index out of range"))
}

fn list_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let l = this(v);
    if let Some(sl) = key.downcast::<Slice>() {
        return assign_slice(v, l, sl, value);
    }
    if !protocol::has_index(key) {
        return Err(type_error(format!(
            "list indices must be integers or slices, not {}",
            protocol::type_name(key)
        )));
    }
    let i = protocol::index_as_isize_or(key, &crate::exceptions::INDEX_ERROR)?;
    let n = l.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(match value {
            Some(_) => "list assignment index out of range",
            None => "list assignment index out of range",
        }));
    }
    let old = match value {
        Some(x) => std::mem::replace(&mut l.0.borrow_mut()[j as usize], x.clone()),
        None => l.0.borrow_mut().remove(j as usize),
    };
    drop(old);
    Ok(())
}

fn assign_slice(v: &Value, l: &List, sl: &Slice, value: Option<&Value>) -> PyResult<()> {
    let new_items = match value {
        None => None,
        Some(x) if x.is(v) => Some(l.to_vec()),
        Some(x) => Some(protocol::collect(x).map_err(|e| {
            if e.matches(&crate::exceptions::TYPE_ERROR) {
                type_error("must assign iterable to extended slice")
            } else {
                e
            }
        })?),
    };
    let len = l.len();
    let (start, stop, step, n) = sl.indices_for(len)?;
    let removed: Vec<Value>;
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as isize) as usize).min(len).max(start);
        let mut items = l.0.borrow_mut();
        // Released last to first, as `list_ass_slice` does.
        removed = items
            .splice(start..stop, new_items.unwrap_or_default())
            .rev()
            .collect();
    } else {
        let indices: Vec<usize> = (0..n)
            .map(|i| (start + i as isize * step) as usize)
            .collect();
        match new_items {
            None => {
                let mut items = l.0.borrow_mut();
                let mut sorted = indices.clone();
                sorted.sort_unstable();
                let mut out = Vec::new();
                for i in sorted.into_iter().rev() {
                    out.push(items.remove(i));
                }
                removed = out;
            }
            Some(new) => {
                if new.len() != n {
                    return Err(value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {n}",
                        new.len()
                    )));
                }
                let mut items = l.0.borrow_mut();
                removed = indices
                    .iter()
                    .zip(new)
                    .map(|(&i, x)| std::mem::replace(&mut items[i], x))
                    .collect();
            }
        }
    }
    drop(removed);
    Ok(())
}

fn list_contains(v: &Value, item: &Value) -> PyResult<bool> {
    let l = this(v);
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if protocol::eq(&x, item)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_concat(a: &Value, b: &Value) -> PyResult {
    let Some(y) = b.downcast::<List>() else {
        return Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            protocol::type_name(b)
        )));
    };
    let mut items = this(a).to_vec();
    items.extend(y.to_vec());
    Ok(List::from_vec(items))
}

fn check_repeat(len: usize, n: isize) -> PyResult<usize> {
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    match len.checked_mul(n as usize) {
        Some(total) if total <= (isize::MAX as usize) / 16 => Ok(n as usize),
        _ => Err(PyErr::empty(&crate::exceptions::MEMORY_ERROR)),
    }
}

fn list_repeat(v: &Value, n: isize) -> PyResult {
    let items = this(v).to_vec();
    let n = check_repeat(items.len(), n)?;
    Ok(List::from_vec(repeat_values(&items, n)))
}

fn list_inplace_concat(a: &Value, b: &Value) -> PyResult {
    let items = protocol::collect(b)?;
    this(a).extend_from(items);
    Ok(a.clone())
}

fn list_inplace_repeat(v: &Value, n: isize) -> PyResult {
    let l = this(v);
    let items = l.to_vec();
    let n = check_repeat(items.len(), n)?;
    l.replace(repeat_values(&items, n));
    Ok(v.clone())
}

fn list_iter(v: &Value) -> PyResult {
    Ok(crate::iterators::list_iter(v.clone()))
}

fn list_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    if ty.is_static(&LIST_TYPE) {
        return Ok(List::from_vec(Vec::new()));
    }
    Ok(alloc_typed(ty, List(RefCell::new(Vec::new()))))
}

/// `PyObject_LengthHint`: `len(o)`, else `o.__length_hint__()`, else
/// `default`; errors other than `TypeError` propagate.
fn length_hint(o: &Value, default: usize) -> PyResult<usize> {
    if o.type_obj().payload().slots.len.get().is_some() {
        match protocol::len(o) {
            Ok(n) => return Ok(n),
            Err(e) if e.matches(&crate::exceptions::TYPE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    let hint = match protocol::call_dunder(o, "__length_hint__", &[]) {
        Ok(Some(h)) => h,
        Ok(None) => return Ok(default),
        Err(e) if e.matches(&crate::exceptions::TYPE_ERROR) => return Ok(default),
        Err(e) => return Err(e),
    };
    if crate::none::is_not_implemented(&hint) {
        return Ok(default);
    }
    if !crate::int::is_int(&hint) {
        return Err(crate::err::type_error(format!(
            "__length_hint__ must be an integer, not {}",
            protocol::type_name(&hint)
        )));
    }
    usize::try_from(protocol::index_as_isize(&hint)?)
        .map_err(|_| value_error("__length_hint__() should return >= 0"))
}

/// `list_extend`'s items: the iterator is taken first, then the length
/// hint is asked for (so its errors surface as in CPython).
fn extend_items(x: &Value) -> PyResult<Vec<Value>> {
    if x.downcast_exact::<List>().is_some() || x.downcast_exact::<crate::tuple::Tuple>().is_some() {
        return protocol::collect(x);
    }
    let it = protocol::iter(x)?;
    let mut items = Vec::with_capacity(length_hint(x, 8)?.min(1 << 16));
    while let Some(item) = protocol::next(&it)? {
        items.push(item);
    }
    Ok(items)
}

fn list_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    a.no_keywords("list")?;
    let x = a.range("list", "list", 0, 1)?;
    let items = match x.first() {
        Some(it) => extend_items(it)?,
        None => Vec::new(),
    };
    this(v).replace(items);
    Ok(())
}

fn list_append(v: &Value, args: Args) -> PyResult {
    let x = args.one("list.append")?;
    this(v).push(x.clone());
    Ok(none())
}

fn list_extend(v: &Value, args: Args) -> PyResult {
    let x = args.one("list.extend")?;
    let items = extend_items(x)?;
    this(v).extend_from(items);
    Ok(none())
}

fn list_insert(v: &Value, args: Args) -> PyResult {
    let a = args.range("list.insert", "insert", 2, 2)?;
    let i = protocol::index_as_isize_clamped(&a[0])?;
    let l = this(v);
    let n = l.len() as isize;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.0.borrow_mut().insert(pos, a[1].clone());
    Ok(none())
}

fn list_pop(v: &Value, args: Args) -> PyResult {
    let a = args.range("list.pop", "pop", 0, 1)?;
    let i = match a.first() {
        Some(x) => protocol::index_as_isize(x)?,
        None => -1,
    };
    let l = this(v);
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = l.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(l.0.borrow_mut().remove(j as usize))
}

fn list_remove(v: &Value, args: Args) -> PyResult {
    let x = args.one("list.remove")?;
    let l = this(v);
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if protocol::eq(&item, x)? {
            if i < l.len() {
                let old = l.0.borrow_mut().remove(i);
                drop(old);
            }
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn list_index(v: &Value, args: Args) -> PyResult {
    let a = args.range("list.index", "index", 1, 3)?;
    let l = this(v);
    let (start, stop) = index_bounds(a, l.len())?;
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        if protocol::eq(&item, &a[0])? {
            return Ok(crate::int::from_usize(i));
        }
        i += 1;
    }
    Err(value_error("list.index(x): x not in list"))
}

fn list_count(v: &Value, args: Args) -> PyResult {
    let x = args.one("list.count")?;
    let l = this(v);
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if protocol::eq(&item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(crate::int::from_usize(n))
}

fn list_clear(v: &Value, args: Args) -> PyResult {
    args.none("list.clear")?;
    this(v).replace(Vec::new());
    Ok(none())
}

fn list_copy(v: &Value, args: Args) -> PyResult {
    args.none("list.copy")?;
    Ok(List::from_vec(this(v).to_vec()))
}

fn list_reverse(v: &Value, args: Args) -> PyResult {
    args.none("list.reverse")?;
    this(v).0.borrow_mut().reverse();
    Ok(none())
}

fn list_reversed(v: &Value, args: Args) -> PyResult {
    args.none("list.__reversed__")?;
    Ok(crate::iterators::list_reverse_iter(v.clone()))
}

fn list_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("list.__sizeof__")?;
    Ok(crate::int::from_usize(
        40 + 8 * this(v).0.borrow().capacity(),
    ))
}

/// A stable merge sort over fallible `<`: stops comparing at the first
/// error and never panics on inconsistent comparisons.
pub fn sort_values(items: &mut [(Value, Value)], reverse: bool) -> PyResult<()> {
    let mut err: Option<PyErr> = None;
    let mut less = |a: &Value, b: &Value| -> bool {
        if err.is_some() {
            return false;
        }
        match protocol::richcompare_bool(a, b, CompareOp::Lt) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    if reverse {
        items.reverse();
    }
    crate::types::listsort::timsort(items, &mut less);
    if reverse {
        items.reverse();
    }
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn list_sort(v: &Value, args: Args) -> PyResult {
    let [key, reverse] = args.parse("sort", ["key", "reverse"], 0, 0, 0)?;
    let l = this(v);
    let items = std::mem::take(&mut *l.0.borrow_mut());
    let reverse = match reverse {
        Some(r) => protocol::is_true(&r)?,
        None => false,
    };
    let result = (|| {
        let mut keyed = Vec::with_capacity(items.len());
        for x in &items {
            let k = match &key {
                Some(f) if !is_none(f) => protocol::call1(f, x.clone())?,
                _ => x.clone(),
            };
            keyed.push((k, x.clone()));
        }
        sort_values(&mut keyed, reverse)?;
        Ok(keyed.into_iter().map(|(_, x)| x).collect::<Vec<_>>())
    })();
    let modified = !l.is_empty();
    match result {
        Ok(sorted) => {
            l.replace(sorted);
            if modified {
                return Err(value_error("list modified during sort"));
            }
            Ok(none())
        }
        Err(e) => {
            l.replace(items);
            Err(e)
        }
    }
}

/// `list_traverse`: last item first, as CPython visits them.
fn list_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(l) = v.downcast::<List>()
        && let Ok(items) = l.0.try_borrow()
    {
        for item in items.iter().rev() {
            visit(item);
        }
    }
}

/// `list_clear_slot`: the list becomes empty.
fn list_tp_clear(v: &Value) {
    if let Some(l) = v.downcast::<List>() {
        crate::gc::clear_items(&l.0);
    }
}

builtin_type!(pub static LIST_TYPE: List = TypeSpec {
    name: "list",
    doc: Some("list(iterable=(), /)\n--\n\nBuilt-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified."),
    flags: flags::BASETYPE | flags::LIST_SUBCLASS | flags::IMMUTABLETYPE | flags::MATCH_SELF | flags::SEQUENCE,
    slots: SlotDefs {
        traverse: Some(list_traverse),
        clear: Some(list_tp_clear),
        repr: Some(list_repr),
        unhashable: true,
        richcompare: Some(list_richcompare),
        len: Some(list_len),
        getitem: Some(list_getitem),
        setitem: Some(list_setitem),
        contains: Some(list_contains),
        concat: Some(list_concat),
        repeat: Some(list_repeat),
        inplace_concat: Some(list_inplace_concat),
        inplace_repeat: Some(list_inplace_repeat),
        iter: Some(list_iter),
        new: Some(list_new),
        init: Some(list_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__getitem__", |v, a| list_getitem(v, a.one("list.__getitem__")?), "__getitem__($self, index, /)\n--\n\nReturn self[index]."),
        MethodDef::new("__reversed__", list_reversed, "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the list."),
        MethodDef::new("__sizeof__", list_sizeof, "__sizeof__($self, /)\n--\n\nReturn the size of the list in memory, in bytes."),
        MethodDef::new("clear", list_clear, "clear($self, /)\n--\n\nRemove all items from list."),
        MethodDef::new("copy", list_copy, "copy($self, /)\n--\n\nReturn a shallow copy of the list."),
        MethodDef::new("append", list_append, "append($self, object, /)\n--\n\nAppend object to the end of the list."),
        MethodDef::new("insert", list_insert, "insert($self, index, object, /)\n--\n\nInsert object before index."),
        MethodDef::new("extend", list_extend, "extend($self, iterable, /)\n--\n\nExtend list by appending elements from the iterable."),
        MethodDef::new("pop", list_pop, "pop($self, index=-1, /)\n--\n\nRemove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."),
        MethodDef::new("remove", list_remove, "remove($self, value, /)\n--\n\nRemove first occurrence of value.\n\nRaises ValueError if the value is not present."),
        MethodDef::new("index", list_index, "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value.\n\nRaises ValueError if the value is not present."),
        MethodDef::new("count", list_count, "count($self, value, /)\n--\n\nReturn number of occurrences of value."),
        MethodDef::new("reverse", list_reverse, "reverse($self, /)\n--\n\nReverse *IN PLACE*."),
        MethodDef::new("sort", list_sort, "sort($self, /, *, key=None, reverse=False)\n--\n\nSort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order."),
        crate::genericalias::CLASS_GETITEM_DEF,
    ],
    ..TypeSpec::DEFAULT
});
