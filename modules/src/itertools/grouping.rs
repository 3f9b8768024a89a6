//! `groupby` with its `_grouper`, and `tee` with `_tee` and `_tee_dataobject`; mirrors itertoolsmodule.c's groupby_*, _grouper_*, teedataobject_* and tee_* functions.

use std::cell::{Cell, RefCell};

use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::is_none;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, protocol};

use super::{iter_self, next_nested};

/// `_PyArg_BadArgument` for a positional-only argument: `f() argument 1 must be T, not U`.
fn positional_type(fname: &str, index: usize, expected: &str, arg: &Value) -> PyErr {
    type_error(format!(
        "{fname}() argument {index} must be {expected}, not {}",
        arg_type_name(arg)
    ))
}

// ---- groupby ----

/// `tgtkey` is the key of the group being handed out, `currkey`/`currvalue`
/// the item read ahead; `grouper` is the identity (word) of the only
/// `_grouper` that may still yield.
pub struct GroupBy {
    it: Value,
    keyfunc: Option<Value>,
    tgtkey: RefCell<Option<Value>>,
    currkey: RefCell<Option<Value>>,
    currvalue: RefCell<Option<Value>>,
    grouper: Cell<usize>,
}

fn groupby_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [iterable, key] =
        Args::new(args, kwnames).parse("groupby", ["iterable", "key"], 0, 1, 2)?;
    let it = protocol::iter(&iterable.expect("required"))?;
    Ok(alloc_typed(
        ty,
        GroupBy {
            it,
            keyfunc: key.filter(|k| !is_none(k)),
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            grouper: Cell::new(0),
        },
    ))
}

fn groupby(v: &Value) -> &GroupBy {
    v.downcast::<GroupBy>().expect("groupby")
}

/// Reads the next item and its key; `false` at exhaustion.
fn groupby_step(g: &GroupBy) -> PyResult<bool> {
    let Some(value) = next_nested(&g.it)? else {
        return Ok(false);
    };
    let key = match &g.keyfunc {
        None => value.clone(),
        Some(f) => protocol::call1(f, value.clone())?,
    };
    *g.currvalue.borrow_mut() = Some(value);
    *g.currkey.borrow_mut() = Some(key);
    Ok(true)
}

fn groupby_next(v: &Value) -> PyResult<Option<Value>> {
    let g = groupby(v);
    g.grouper.set(0);
    loop {
        let currkey = g.currkey.borrow().clone();
        if let Some(currkey) = currkey {
            let Some(tgtkey) = g.tgtkey.borrow().clone() else {
                break;
            };
            if !protocol::richcompare_bool(&tgtkey, &currkey, protocol::CompareOp::Eq)? {
                break;
            }
        }
        if !groupby_step(g)? {
            return Ok(None);
        }
    }
    // A key function or `__eq__` may have advanced the groupby meanwhile.
    let Some(key) = g.currkey.borrow().clone() else {
        return Ok(None);
    };
    *g.tgtkey.borrow_mut() = Some(key.clone());
    let grouper = new_grouper(&TypeRef::from_static(&GROUPER_TYPE), v.clone(), key.clone());
    Ok(Some(Tuple::new(vec![key, grouper])))
}

/// `groupby_traverse`.
fn groupby_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    use ouro_objects::gc::visit_optional;
    if let Some(g) = v.downcast::<GroupBy>() {
        visit(&g.it);
        if let Some(k) = &g.keyfunc {
            visit(k);
        }
        visit_optional(&g.tgtkey, visit);
        visit_optional(&g.currkey, visit);
        visit_optional(&g.currvalue, visit);
    }
}

builtin_type!(pub static GROUPBY_TYPE: GroupBy = TypeSpec {
    name: "itertools.groupby",
    doc: Some("groupby(iterable, key=None)\n--\n\nmake an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(groupby_traverse), iter: Some(iter_self), iternext: Some(groupby_next), new: Some(groupby_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

pub struct Grouper {
    parent: Value,
    tgtkey: Value,
}

fn new_grouper(ty: &TypeRef, parent: Value, tgtkey: Value) -> Value {
    let g = alloc_typed(ty, Grouper { parent, tgtkey });
    let word = g.word();
    groupby(&g.downcast::<Grouper>().expect("grouper").parent)
        .grouper
        .set(word);
    g
}

fn grouper_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames).range("_grouper", "_grouper", 2, 2)?;
    if a[0].downcast::<GroupBy>().is_none() {
        return Err(positional_type("_grouper", 1, "itertools.groupby", &a[0]));
    }
    Ok(new_grouper(ty, a[0].clone(), a[1].clone()))
}

fn grouper_next(v: &Value) -> PyResult<Option<Value>> {
    let me = v.downcast::<Grouper>().expect("_grouper");
    let g = groupby(&me.parent);
    if g.grouper.get() != v.word() {
        return Ok(None);
    }
    if g.currvalue.borrow().is_none() && !groupby_step(g)? {
        return Ok(None);
    }
    let Some(currkey) = g.currkey.borrow().clone() else {
        return Ok(None);
    };
    if !protocol::richcompare_bool(&me.tgtkey, &currkey, protocol::CompareOp::Eq)? {
        return Ok(None);
    }
    let value = g.currvalue.borrow_mut().take();
    *g.currkey.borrow_mut() = None;
    Ok(value)
}

/// `_grouper_traverse`.
fn grouper_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(g) = v.downcast::<Grouper>() {
        visit(&g.parent);
        visit(&g.tgtkey);
    }
}

builtin_type!(pub static GROUPER_TYPE: Grouper = TypeSpec {
    name: "itertools._grouper",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(grouper_traverse), iter: Some(iter_self), iternext: Some(grouper_next), new: Some(grouper_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

// ---- tee ----

/// How many values one `_tee_dataobject` link holds (CPython's LINKCELLS).
const LINK_CELLS: usize = 57;

/// One link of the buffer that the tees of one iterator share: up to
/// `LINK_CELLS` values read from `it`, then the next link.
pub struct TeeData {
    it: Value,
    values: RefCell<Vec<Value>>,
    next: RefCell<Option<Value>>,
    running: Cell<bool>,
}

impl Drop for TeeData {
    /// Unlinks the chain iteratively: a long lagging tee must not free its
    /// links by recursion.
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some(link) = next {
            if link.refcount() != 1 {
                break;
            }
            next = link
                .downcast::<TeeData>()
                .and_then(|d| d.next.borrow_mut().take());
        }
    }
}

fn new_data(it: Value) -> Value {
    alloc_typed(
        &TypeRef::from_static(&TEE_DATA_TYPE),
        TeeData {
            it,
            values: RefCell::new(Vec::new()),
            next: RefCell::new(None),
            running: Cell::new(false),
        },
    )
}

fn data(v: &Value) -> &TeeData {
    v.downcast::<TeeData>().expect("_tee_dataobject")
}

/// The value at `i` of this link, reading it from the iterator if no tee
/// has yet.
fn data_get(d: &TeeData, i: usize) -> PyResult<Option<Value>> {
    if let Some(v) = d.values.borrow().get(i) {
        return Ok(Some(v.clone()));
    }
    if d.running.get() {
        return Err(runtime_error("cannot re-enter the tee iterator"));
    }
    d.running.set(true);
    let item = next_nested(&d.it);
    d.running.set(false);
    let item = item?;
    if let Some(x) = &item {
        d.values.borrow_mut().push(x.clone());
    }
    Ok(item)
}

fn data_next_link(d: &TeeData) -> Value {
    d.next
        .borrow_mut()
        .get_or_insert_with(|| new_data(d.it.clone()))
        .clone()
}

fn tee_data_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames).range("teedataobject", "teedataobject", 3, 3)?;
    let Some(values) = a[1].downcast::<List>() else {
        return Err(positional_type("teedataobject", 2, "list", &a[1]));
    };
    let values = values.to_vec();
    let next_ok = if values.len() == LINK_CELLS {
        is_none(&a[2]) || a[2].downcast_exact::<TeeData>().is_some()
    } else {
        is_none(&a[2])
    };
    if values.len() > LINK_CELLS || !next_ok {
        return Err(value_error("Invalid arguments"));
    }
    Ok(alloc_typed(
        ty,
        TeeData {
            it: a[0].clone(),
            values: RefCell::new(values),
            next: RefCell::new(Some(a[2].clone()).filter(|n| !is_none(n))),
            running: Cell::new(false),
        },
    ))
}

builtin_type!(pub static TEE_DATA_TYPE: TeeData = TypeSpec {
    name: "itertools._tee_dataobject",
    doc: Some("teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { new: Some(tee_data_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

/// One of the independent iterators: a link of the shared buffer and the
/// position in it.
pub struct Tee {
    data: RefCell<Value>,
    index: Cell<usize>,
}

fn tee_obj(v: &Value) -> &Tee {
    v.downcast::<Tee>().expect("_tee")
}

fn tee_copy_value(v: &Value) -> Value {
    let t = tee_obj(v);
    alloc_typed(
        &TypeRef::from_static(&TEE_TYPE),
        Tee {
            data: RefCell::new(t.data.borrow().clone()),
            index: Cell::new(t.index.get()),
        },
    )
}

/// `tee_fromiterable`: a tee over `iterable`'s iterator, or a copy when
/// that iterator is itself a tee.
fn tee_from_iterable(iterable: &Value) -> PyResult {
    let it = protocol::iter(iterable)?;
    if it.downcast::<Tee>().is_some() {
        return Ok(tee_copy_value(&it));
    }
    Ok(alloc_typed(
        &TypeRef::from_static(&TEE_TYPE),
        Tee {
            data: RefCell::new(new_data(it)),
            index: Cell::new(0),
        },
    ))
}

fn tee_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames).range("_tee", "_tee", 1, 1)?;
    tee_from_iterable(&a[0])
}

fn tee_next(v: &Value) -> PyResult<Option<Value>> {
    let t = tee_obj(v);
    if t.index.get() >= LINK_CELLS {
        let link = data_next_link(data(&t.data.borrow()));
        *t.data.borrow_mut() = link;
        t.index.set(0);
    }
    let link = t.data.borrow().clone();
    let item = data_get(data(&link), t.index.get())?;
    if item.is_some() {
        t.index.set(t.index.get() + 1);
    }
    Ok(item)
}

fn tee_copy(v: &Value, args: Args) -> PyResult {
    args.none("__copy__")?;
    Ok(tee_copy_value(v))
}

builtin_type!(pub static TEE_TYPE: Tee = TypeSpec {
    name: "itertools._tee",
    doc: Some("_tee(iterable, /)\n--\n\nIterator wrapped to make it copyable."),
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(tee_next), new: Some(tee_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__copy__", tee_copy, "__copy__($self, /)\n--\n\nReturns an independent iterator.")],
    ..TypeSpec::DEFAULT
});

/// `itertools.tee(iterable, n=2, /)`.
pub fn tee(_module: &Value, args: Args) -> PyResult {
    let a = args.range("tee", "tee", 1, 2)?;
    let n = match a.get(1) {
        Some(n) => protocol::index_as_isize(n)?,
        None => 2,
    };
    let Ok(n) = usize::try_from(n) else {
        return Err(value_error("n must be >= 0"));
    };
    if n == 0 {
        return Ok(Tuple::empty());
    }
    let first = tee_from_iterable(&a[0])?;
    let mut tees = Vec::with_capacity(n);
    for _ in 1..n {
        tees.push(tee_copy_value(&first));
    }
    tees.insert(0, first);
    Ok(Tuple::new(tees))
}
