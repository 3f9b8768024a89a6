//! The infinite iterators `count`, `repeat` and `cycle`; mirrors itertoolsmodule.c's count_*, repeat_* and cycle_* functions.

use std::cell::{Cell, RefCell};

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::int::{self, from_i64};
use ouro_objects::list::List;
use ouro_objects::typeobj::{NbOp, SlotDefs, UnaryOp, flags};
use ouro_objects::{TypeRef, Value, builtin_type, complex, protocol};

use super::{iter_self, next_nested};

/// `PyNumber_Check`: the type converts to int or float, or is complex.
fn is_number(v: &Value) -> bool {
    let slots = &v.type_obj().payload().slots;
    [UnaryOp::Int, UnaryOp::Float, UnaryOp::Index]
        .iter()
        .any(|op| slots.unary[*op as usize].get().is_some())
        || v.downcast::<complex::Complex>().is_some()
}

pub struct Count {
    cnt: RefCell<Value>,
    step: Value,
}

fn count_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [start, step] = Args::new(args, kwnames).parse("count", ["start", "step"], 0, 0, 2)?;
    if start.as_ref().is_some_and(|v| !is_number(v)) || step.as_ref().is_some_and(|v| !is_number(v))
    {
        return Err(type_error("a number is required"));
    }
    Ok(alloc_typed(
        ty,
        Count {
            cnt: RefCell::new(start.unwrap_or_else(|| from_i64(0))),
            step: step.unwrap_or_else(|| from_i64(1)),
        },
    ))
}

fn count(v: &Value) -> &Count {
    v.downcast::<Count>().expect("count")
}

fn count_next(v: &Value) -> PyResult<Option<Value>> {
    let c = count(v);
    let current = c.cnt.borrow().clone();
    let next = protocol::binary_op(&current, &c.step, NbOp::Add)?;
    *c.cnt.borrow_mut() = next;
    Ok(Some(current))
}

fn count_repr(v: &Value) -> PyResult {
    let c = count(v);
    let name = v.type_obj().payload().name();
    let current = c.cnt.borrow().clone();
    let cnt = protocol::repr_string(&current)?;
    let step_is_one = int::is_int(&c.step) && int::to_i64(&c.step) == Some(1);
    let text = if step_is_one {
        format!("{name}({cnt})")
    } else {
        format!("{name}({cnt}, {})", protocol::repr_string(&c.step)?)
    };
    Ok(ouro_objects::str::PyStr::new(&text))
}

/// `count_traverse`.
fn count_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(c) = v.downcast::<Count>() {
        ouro_objects::gc::visit_field(&c.cnt, visit);
        visit(&c.step);
    }
}

builtin_type!(pub static COUNT_TYPE: Count = TypeSpec {
    name: "itertools.count",
    doc: Some("count(start=0, step=1)\n--\n\nReturn a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step"),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(count_traverse), repr: Some(count_repr), iter: Some(iter_self), iternext: Some(count_next), new: Some(count_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

/// `times` counts down; `None` repeats for ever.
pub struct Repeat {
    element: Value,
    remaining: Cell<Option<usize>>,
}

fn repeat_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [element, times] =
        Args::new(args, kwnames).parse("repeat", ["object", "times"], 0, 1, 2)?;
    let remaining = match times {
        Some(t) => Some(usize::try_from(protocol::index_as_isize(&t)?).unwrap_or(0)),
        None => None,
    };
    Ok(alloc_typed(
        ty,
        Repeat {
            element: element.expect("required"),
            remaining: Cell::new(remaining),
        },
    ))
}

fn repeat(v: &Value) -> &Repeat {
    v.downcast::<Repeat>().expect("repeat")
}

fn repeat_next(v: &Value) -> PyResult<Option<Value>> {
    let r = repeat(v);
    match r.remaining.get() {
        None => Ok(Some(r.element.clone())),
        Some(0) => Ok(None),
        Some(n) => {
            r.remaining.set(Some(n - 1));
            Ok(Some(r.element.clone()))
        }
    }
}

fn repeat_repr(v: &Value) -> PyResult {
    let r = repeat(v);
    let name = v.type_obj().payload().name();
    let element = protocol::repr_string(&r.element)?;
    let text = match r.remaining.get() {
        None => format!("{name}({element})"),
        Some(n) => format!("{name}({element}, {n})"),
    };
    Ok(ouro_objects::str::PyStr::new(&text))
}

fn repeat_length_hint(v: &Value, args: Args) -> PyResult {
    args.none("__length_hint__")?;
    match repeat(v).remaining.get() {
        None => Err(type_error("len() of unsized object")),
        Some(n) => Ok(int::from_usize(n)),
    }
}

/// `repeat_traverse`.
fn repeat_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(r) = v.downcast::<Repeat>() {
        visit(&r.element);
    }
}

builtin_type!(pub static REPEAT_TYPE: Repeat = TypeSpec {
    name: "itertools.repeat",
    doc: Some("repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(repeat_traverse), repr: Some(repeat_repr), iter: Some(iter_self), iternext: Some(repeat_next), new: Some(repeat_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__length_hint__", repeat_length_hint, "__length_hint__($self, /)\n--\n\nPrivate method returning an estimate of len(list(it)).")],
    ..TypeSpec::DEFAULT
});

/// The first pass saves every item; later passes replay them.
pub struct Cycle {
    it: RefCell<Option<Value>>,
    saved: Value,
    index: Cell<usize>,
}

fn cycle_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let iterable = &Args::new(args, kwnames).range("cycle", "cycle", 1, 1)?[0];
    let it = protocol::iter(iterable)?;
    Ok(alloc_typed(
        ty,
        Cycle {
            it: RefCell::new(Some(it)),
            saved: List::from_vec(Vec::new()),
            index: Cell::new(0),
        },
    ))
}

fn cycle_next(v: &Value) -> PyResult<Option<Value>> {
    let c = v.downcast::<Cycle>().expect("cycle");
    let saved = c.saved.downcast::<List>().expect("list");
    let it = c.it.borrow().clone();
    if let Some(it) = it {
        if let Some(item) = next_nested(&it)? {
            saved.push(item.clone());
            return Ok(Some(item));
        }
        *c.it.borrow_mut() = None;
    }
    if saved.is_empty() {
        return Ok(None);
    }
    let i = c.index.get() % saved.len();
    c.index.set(i + 1);
    Ok(saved.get(i))
}

/// `cycle_traverse`.
fn cycle_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(c) = v.downcast::<Cycle>() {
        ouro_objects::gc::visit_optional(&c.it, visit);
        visit(&c.saved);
    }
}

builtin_type!(pub static CYCLE_TYPE: Cycle = TypeSpec {
    name: "itertools.cycle",
    doc: Some("cycle(iterable, /)\n--\n\nReturn elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(cycle_traverse), iter: Some(iter_self), iternext: Some(cycle_next), new: Some(cycle_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});
