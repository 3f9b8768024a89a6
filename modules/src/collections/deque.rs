//! `collections.deque` and its forward and reverse iterators; mirrors Modules/_collectionsmodule.c's deque_* and dequeiter_* functions.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, index_error, runtime_error, type_error, value_error};
use ouro_objects::genericalias::CLASS_GETITEM_DEF;
use ouro_objects::int::{self, from_usize};
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::{self, Tuple};
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, exceptions, reprguard};

/// `state` counts the mutations that iterators must notice (CPython's
/// `deque->state`): appends, pops, clears, inserts and deletions.
pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

fn this(v: &Value) -> &Deque {
    v.downcast::<Deque>().expect("deque")
}

impl Deque {
    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    fn mutated(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// `deque_append_internal`: at `maxlen` the leftmost item falls off.
    fn push_back(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            match self.maxlen.get() {
                Some(0) => return,
                Some(m) if items.len() >= m => {
                    let old = items.pop_front();
                    items.push_back(v);
                    old
                }
                _ => {
                    items.push_back(v);
                    None
                }
            }
        };
        self.mutated();
        drop(dropped);
    }

    fn push_front(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            match self.maxlen.get() {
                Some(0) => return,
                Some(m) if items.len() >= m => {
                    let old = items.pop_back();
                    items.push_front(v);
                    old
                }
                _ => {
                    items.push_front(v);
                    None
                }
            }
        };
        self.mutated();
        drop(dropped);
    }

    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.mutated();
        drop(old);
    }

    fn rotate(&self, n: isize) {
        let mut items = self.items.borrow_mut();
        let len = items.len();
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as isize).unsigned_abs();
        items.rotate_right(k);
    }

    /// The items, for operations that may run Python code meanwhile.
    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

fn new_deque(ty: &TypeRef, maxlen: Option<usize>) -> Value {
    alloc_typed(
        ty,
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        },
    )
}

fn deque_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(new_deque(ty, None))
}

fn maxlen_arg(v: &Value) -> PyResult<Option<usize>> {
    if is_none(v) {
        return Ok(None);
    }
    if !int::is_int(v) {
        return Err(type_error("an integer is required"));
    }
    let n = protocol::index_as_isize(v)?;
    usize::try_from(n)
        .map(Some)
        .map_err(|_| value_error("maxlen must be non-negative"))
}

fn deque_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [iterable, maxlen] =
        Args::new(args, kwnames).parse("deque", ["iterable", "maxlen"], 0, 0, 2)?;
    let d = this(v);
    d.maxlen.set(match &maxlen {
        Some(m) => maxlen_arg(m)?,
        None => None,
    });
    if d.len() > 0 {
        d.clear();
    }
    if let Some(iterable) = iterable {
        extend(v, &iterable)?;
    }
    Ok(())
}

fn extend(v: &Value, iterable: &Value) -> PyResult<()> {
    let d = this(v);
    if iterable.is(v) {
        for x in d.snapshot() {
            d.push_back(x);
        }
        return Ok(());
    }
    let it = protocol::iter(iterable)?;
    while let Some(x) = protocol::next(&it)? {
        d.push_back(x);
    }
    Ok(())
}

fn extendleft(v: &Value, iterable: &Value) -> PyResult<()> {
    let d = this(v);
    if iterable.is(v) {
        for x in d.snapshot() {
            d.push_front(x);
        }
        return Ok(());
    }
    let it = protocol::iter(iterable)?;
    while let Some(x) = protocol::next(&it)? {
        d.push_front(x);
    }
    Ok(())
}

fn deque_append(v: &Value, args: Args) -> PyResult {
    this(v).push_back(args.one("deque.append")?.clone());
    Ok(none())
}

fn deque_appendleft(v: &Value, args: Args) -> PyResult {
    this(v).push_front(args.one("deque.appendleft")?.clone());
    Ok(none())
}

fn deque_extend(v: &Value, args: Args) -> PyResult {
    extend(v, args.one("deque.extend")?)?;
    Ok(none())
}

fn deque_extendleft(v: &Value, args: Args) -> PyResult {
    extendleft(v, args.one("deque.extendleft")?)?;
    Ok(none())
}

fn empty_pop() -> PyErr {
    index_error("pop from an empty deque")
}

fn deque_pop(v: &Value, args: Args) -> PyResult {
    args.none("deque.pop")?;
    let d = this(v);
    let item = d.items.borrow_mut().pop_back().ok_or_else(empty_pop)?;
    d.mutated();
    Ok(item)
}

fn deque_popleft(v: &Value, args: Args) -> PyResult {
    args.none("deque.popleft")?;
    let d = this(v);
    let item = d.items.borrow_mut().pop_front().ok_or_else(empty_pop)?;
    d.mutated();
    Ok(item)
}

fn deque_clear(v: &Value, args: Args) -> PyResult {
    args.none("deque.clear")?;
    this(v).clear();
    Ok(none())
}

/// `deque_copy`: exact deques copy directly, subclasses are called as
/// `type(d)(d[, maxlen])`.
fn copy_of(v: &Value) -> PyResult {
    let d = this(v);
    if v.downcast_exact::<Deque>().is_some() {
        let copy = new_deque(&TypeRef::from_static(&DEQUE_TYPE), d.maxlen.get());
        let c = this(&copy);
        *c.items.borrow_mut() = d.items.borrow().clone();
        return Ok(copy);
    }
    let ty = v.type_value();
    match d.maxlen.get() {
        None => protocol::call1(&ty, v.clone()),
        Some(m) => protocol::call(&ty, &[v.clone(), from_usize(m)], None),
    }
}

fn deque_copy(v: &Value, args: Args) -> PyResult {
    args.none("deque.copy")?;
    copy_of(v)
}

fn deque_dunder_copy(v: &Value, args: Args) -> PyResult {
    args.none("deque.__copy__")?;
    copy_of(v)
}

fn mutated_error() -> PyErr {
    runtime_error("deque mutated during iteration")
}

fn deque_count(v: &Value, args: Args) -> PyResult {
    let x = args.one("deque.count")?;
    let d = this(v);
    let state = d.state.get();
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = d.get(i) {
        let equal = protocol::richcompare_bool(&item, x, CompareOp::Eq)?;
        if d.state.get() != state {
            return Err(mutated_error());
        }
        n += usize::from(equal);
        i += 1;
    }
    Ok(from_usize(n))
}

fn deque_index(v: &Value, args: Args) -> PyResult {
    let a = args.range("index", "index", 1, 3)?;
    let d = this(v);
    let (start, stop) = tuple::index_bounds(a, d.len())?;
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = d.get(i) else {
            break;
        };
        let equal = protocol::richcompare_bool(&item, &a[0], CompareOp::Eq)?;
        if d.state.get() != state {
            return Err(mutated_error());
        }
        if equal {
            return Ok(from_usize(i));
        }
    }
    Err(value_error("deque.index(x): x not in deque"))
}

fn deque_insert(v: &Value, args: Args) -> PyResult {
    let a = args.range("insert", "insert", 2, 2)?;
    let index = protocol::index_as_isize(&a[0])?;
    let d = this(v);
    let n = d.len();
    if d.maxlen.get() == Some(n) {
        return Err(index_error("deque already at its maximum size"));
    }
    let n = n as isize;
    let at = if index < 0 {
        (index + n).max(0)
    } else {
        index.min(n)
    };
    d.items.borrow_mut().insert(at.unsigned_abs(), a[1].clone());
    d.mutated();
    Ok(none())
}

fn deque_remove(v: &Value, args: Args) -> PyResult {
    let x = args.one("deque.remove")?;
    let d = this(v);
    let state = d.state.get();
    let mut i = 0;
    while let Some(item) = d.get(i) {
        let equal = protocol::richcompare_bool(&item, x, CompareOp::Eq)?;
        if d.state.get() != state {
            return Err(index_error("deque mutated during iteration"));
        }
        if equal {
            let removed = d.items.borrow_mut().remove(i);
            d.mutated();
            drop(removed);
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("deque.remove(x): x not in deque"))
}

fn deque_reverse(v: &Value, args: Args) -> PyResult {
    args.none("deque.reverse")?;
    this(v).items.borrow_mut().make_contiguous().reverse();
    Ok(none())
}

fn deque_rotate(v: &Value, args: Args) -> PyResult {
    let a = args.range("rotate", "rotate", 0, 1)?;
    let n = match a.first() {
        Some(n) => protocol::index_as_isize(n)?,
        None => 1,
    };
    this(v).rotate(n);
    Ok(none())
}

fn deque_reduce(v: &Value, args: Args) -> PyResult {
    args.none("deque.__reduce__")?;
    let d = this(v);
    let state = match protocol::instance_dict(v) {
        Some(dict) if protocol::len(&dict)? > 0 => dict,
        _ => none(),
    };
    let ctor_args = match d.maxlen.get() {
        None => Tuple::empty(),
        Some(m) => Tuple::new(vec![Tuple::empty(), from_usize(m)]),
    };
    let it = protocol::iter(v)?;
    Ok(Tuple::new(vec![v.type_value(), ctor_args, state, it]))
}

fn deque_reversed(v: &Value, args: Args) -> PyResult {
    args.none("deque.__reversed__")?;
    Ok(new_iter(&DEQUE_REVERSE_ITER_TYPE, v, 0))
}

fn deque_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("deque.__sizeof__")?;
    let cap = this(v).items.borrow().capacity();
    Ok(from_usize(
        v.type_obj().payload().basic_size() + cap * std::mem::size_of::<Value>(),
    ))
}

fn maxlen_get(v: &Value) -> PyResult {
    Ok(this(v).maxlen.get().map_or_else(none, from_usize))
}

fn deque_repr(v: &Value) -> PyResult {
    let Some(_guard) = reprguard::enter(v) else {
        return Ok(PyStr::new("[...]"));
    };
    let d = this(v);
    let items = tuple::repr_items(&d.snapshot(), "[", "]")?;
    let name = v.type_obj().payload().name();
    let text = match d.maxlen.get() {
        None => format!("{name}({items})"),
        Some(m) => format!("{name}({items}, maxlen={m})"),
    };
    Ok(PyStr::new(&text))
}

fn deque_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

/// `sq_item`'s index: "sequence index must be integer" for non-ints.
fn item_index(d: &Deque, key: &Value) -> PyResult<usize> {
    if !protocol::has_index(key) {
        return Err(type_error(format!(
            "sequence index must be integer, not '{}'",
            arg_type_name(key)
        )));
    }
    tuple::seq_index(key, d.len(), "deque")
}

fn deque_getitem(v: &Value, key: &Value) -> PyResult {
    let d = this(v);
    let i = item_index(d, key)?;
    d.get(i)
        .ok_or_else(|| index_error("deque index out of range"))
}

fn deque_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = this(v);
    let i = item_index(d, key)?;
    let old = match value {
        Some(x) => d
            .items
            .borrow_mut()
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, x.clone())),
        None => {
            let removed = d.items.borrow_mut().remove(i);
            d.mutated();
            removed
        }
    };
    drop(old);
    Ok(())
}

fn deque_contains(v: &Value, x: &Value) -> PyResult<bool> {
    let d = this(v);
    let state = d.state.get();
    let mut i = 0;
    while let Some(item) = d.get(i) {
        let equal = protocol::richcompare_bool(&item, x, CompareOp::Eq)?;
        if d.state.get() != state {
            return Err(mutated_error());
        }
        if equal {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn deque_concat(v: &Value, other: &Value) -> PyResult {
    if other.downcast::<Deque>().is_none() {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            &*other.type_obj().payload().tp_name()
        )));
    }
    let result = copy_of(v)?;
    extend(&result, other)?;
    Ok(result)
}

fn deque_inplace_concat(v: &Value, other: &Value) -> PyResult {
    extend(v, other)?;
    Ok(v.clone())
}

fn repeat_in_place(v: &Value, n: isize) -> PyResult {
    let d = this(v);
    if n <= 0 || d.len() == 0 {
        if d.len() > 0 {
            d.clear();
        }
        return Ok(v.clone());
    }
    let items = d.snapshot();
    let limit = d.maxlen.get().unwrap_or(usize::MAX);
    let total = items.len().saturating_mul(n.unsigned_abs());
    if d.maxlen.get().is_none() && total > isize::MAX.unsigned_abs() / std::mem::size_of::<Value>()
    {
        return Err(PyErr::empty(&exceptions::MEMORY_ERROR));
    }
    let wanted = total.min(limit);
    let mut out: VecDeque<Value> = VecDeque::with_capacity(wanted);
    let skip = total - wanted;
    for k in skip..total {
        out.push_back(items[k % items.len()].clone());
    }
    let old = std::mem::replace(&mut *d.items.borrow_mut(), out);
    d.mutated();
    drop(old);
    Ok(v.clone())
}

fn deque_repeat(v: &Value, n: isize) -> PyResult {
    let copy = copy_of(v)?;
    repeat_in_place(&copy, n)
}

fn deque_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Deque>(), b.downcast::<Deque>()) else {
        return Ok(not_implemented());
    };
    tuple::compare_sequences(&x.snapshot(), &y.snapshot(), op)
}

fn deque_iter(v: &Value) -> PyResult {
    Ok(new_iter(&DEQUE_ITER_TYPE, v, 0))
}

/// `deque_traverse`.
fn deque_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Ok(items) = this(v).items.try_borrow() {
        for item in items.iter() {
            visit(item);
        }
    }
}

/// `deque_clear`: the deque becomes empty.
fn deque_tp_clear(v: &Value) {
    let d = this(v);
    let old = d
        .items
        .try_borrow_mut()
        .ok()
        .map(|mut items| std::mem::take(&mut *items));
    d.state.set(d.state.get() + 1);
    drop(old);
}

builtin_type!(pub static DEQUE_TYPE: Deque = TypeSpec {
    name: "collections.deque",
    doc: Some("deque([iterable[, maxlen]])\n--\n\nA list-like sequence optimized for data accesses near its endpoints."),
    flags: flags::BASETYPE | flags::SEQUENCE | flags::WEAKREFABLE,
    slots: SlotDefs {
        traverse: Some(deque_traverse),
        clear: Some(deque_tp_clear),
        repr: Some(deque_repr),
        unhashable: true,
        richcompare: Some(deque_richcompare),
        iter: Some(deque_iter),
        len: Some(deque_len),
        getitem: Some(deque_getitem),
        setitem: Some(deque_setitem),
        contains: Some(deque_contains),
        concat: Some(deque_concat),
        repeat: Some(deque_repeat),
        inplace_concat: Some(deque_inplace_concat),
        inplace_repeat: Some(repeat_in_place),
        new: Some(deque_new),
        init: Some(deque_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("append", deque_append, "append($self, item, /)\n--\n\nAdd an element to the right side of the deque."),
        MethodDef::new("appendleft", deque_appendleft, "appendleft($self, item, /)\n--\n\nAdd an element to the left side of the deque."),
        MethodDef::new("clear", deque_clear, "clear($self, /)\n--\n\nRemove all elements from the deque."),
        MethodDef::new("__copy__", deque_dunder_copy, "__copy__($self, /)\n--\n\nReturn a shallow copy of a deque."),
        MethodDef::new("copy", deque_copy, "copy($self, /)\n--\n\nReturn a shallow copy of a deque."),
        MethodDef::new("count", deque_count, "count($self, value, /)\n--\n\nReturn number of occurrences of value."),
        MethodDef::new("extend", deque_extend, "extend($self, iterable, /)\n--\n\nExtend the right side of the deque with elements from the iterable."),
        MethodDef::new("extendleft", deque_extendleft, "extendleft($self, iterable, /)\n--\n\nExtend the left side of the deque with elements from the iterable."),
        MethodDef::new("index", deque_index, "index($self, value, [start, [stop]])\n--\n\nReturn first index of value.\n\nRaises ValueError if the value is not present."),
        MethodDef::new("insert", deque_insert, "insert($self, index, value, /)\n--\n\nInsert value before index."),
        MethodDef::new("pop", deque_pop, "pop($self, /)\n--\n\nRemove and return the rightmost element."),
        MethodDef::new("popleft", deque_popleft, "popleft($self, /)\n--\n\nRemove and return the leftmost element."),
        MethodDef::new("__reduce__", deque_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
        MethodDef::new("remove", deque_remove, "remove($self, value, /)\n--\n\nRemove first occurrence of value."),
        MethodDef::new("__reversed__", deque_reversed, "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the deque."),
        MethodDef::new("reverse", deque_reverse, "reverse($self, /)\n--\n\nReverse *IN PLACE*."),
        MethodDef::new("rotate", deque_rotate, "rotate($self, n=1, /)\n--\n\nRotate the deque n steps to the right.  If n is negative, rotates left."),
        MethodDef::new("__sizeof__", deque_sizeof, "__sizeof__($self, /)\n--\n\nReturn the size of the deque in memory, in bytes."),
        CLASS_GETITEM_DEF,
    ],
    getsets: &[GetSetDef::getter("maxlen", maxlen_get).with_doc("maximum size of a deque or None if unbounded")],
    ..TypeSpec::DEFAULT
});

// ---- iterators ----

/// `index` is the next position (from the right for the reverse
/// iterator), `remaining` the items left, `state` the deque's state when
/// the iterator was made.
pub struct DequeIter {
    deque: Value,
    index: Cell<usize>,
    remaining: Cell<usize>,
    state: u64,
}

fn new_iter(
    ty: &'static ouro_objects::PyObj<ouro_objects::typeobj::TypeObject>,
    deque: &Value,
    start: usize,
) -> Value {
    let d = this(deque);
    let len = d.len();
    let start = start.min(len);
    alloc_typed(
        &TypeRef::from_static(ty),
        DequeIter {
            deque: deque.clone(),
            index: Cell::new(start),
            remaining: Cell::new(len - start),
            state: d.state.get(),
        },
    )
}

fn iter_this(v: &Value) -> &DequeIter {
    v.downcast::<DequeIter>().expect("deque iterator")
}

fn iter_new_with(
    ty: &'static ouro_objects::PyObj<ouro_objects::typeobj::TypeObject>,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult {
    let a = Args::new(args, kwnames);
    let pos = a.positional();
    if pos.is_empty() {
        return Err(type_error(format!(
            "function takes at least 1 argument ({} given)",
            pos.len()
        )));
    }
    if pos.len() > 2 {
        return Err(type_error(format!(
            "function takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    if pos[0].downcast::<Deque>().is_none() {
        return Err(type_error(format!(
            "argument 1 must be collections.deque, not {}",
            arg_type_name(&pos[0])
        )));
    }
    let start = match pos.get(1) {
        Some(i) => usize::try_from(protocol::index_as_isize(i)?).unwrap_or(0),
        None => 0,
    };
    Ok(new_iter(ty, &pos[0], start))
}

fn iter_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    iter_new_with(&DEQUE_ITER_TYPE, args, kwnames)
}

fn reverse_iter_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    iter_new_with(&DEQUE_REVERSE_ITER_TYPE, args, kwnames)
}

fn iter_self(v: &Value) -> PyResult {
    Ok(v.clone())
}

/// The next item, `from_right` for the reverse iterator.
fn iter_step(v: &Value, from_right: bool) -> PyResult<Option<Value>> {
    let it = iter_this(v);
    let d = this(&it.deque);
    if d.state.get() != it.state {
        it.remaining.set(0);
        return Err(mutated_error());
    }
    if it.remaining.get() == 0 {
        return Ok(None);
    }
    let i = it.index.get();
    let pos = if from_right {
        d.len().checked_sub(i + 1)
    } else {
        Some(i)
    };
    let Some(item) = pos.and_then(|p| d.get(p)) else {
        it.remaining.set(0);
        return Ok(None);
    };
    it.index.set(i + 1);
    it.remaining.set(it.remaining.get() - 1);
    Ok(Some(item))
}

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    iter_step(v, false)
}

fn reverse_iter_next(v: &Value) -> PyResult<Option<Value>> {
    iter_step(v, true)
}

fn iter_length_hint(v: &Value, args: Args) -> PyResult {
    args.none("__length_hint__")?;
    Ok(from_usize(iter_this(v).remaining.get()))
}

fn iter_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let it = iter_this(v);
    let done = this(&it.deque).len().saturating_sub(it.remaining.get());
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(vec![it.deque.clone(), from_usize(done)]),
    ]))
}

/// `dequeiter_traverse`.
fn dequeiter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<DequeIter>() {
        visit(&it.deque);
    }
}

builtin_type!(pub static DEQUE_ITER_TYPE: DequeIter = TypeSpec {
    name: "collections._deque_iterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(dequeiter_traverse), iter: Some(iter_self), iternext: Some(iter_next), new: Some(iter_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__length_hint__", iter_length_hint, "__length_hint__($self, /)\n--\n\nPrivate method returning an estimate of len(list(it))."),
        MethodDef::new("__reduce__", iter_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
    ],
    ..TypeSpec::DEFAULT
});

ouro_objects::builtin_subtype!(pub static DEQUE_REVERSE_ITER_TYPE: DequeIter as DEQUE_ITER_TYPE = TypeSpec {
    name: "collections._deque_reverse_iterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(dequeiter_traverse), iter: Some(iter_self), iternext: Some(reverse_iter_next), new: Some(reverse_iter_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__length_hint__", iter_length_hint, "__length_hint__($self, /)\n--\n\nPrivate method returning an estimate of len(list(it))."),
        MethodDef::new("__reduce__", iter_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
    ],
    ..TypeSpec::DEFAULT
});
