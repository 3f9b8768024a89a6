//! `map`: a function applied to items of one or more iterators, with 3.14's `strict=`; mirrors Python/bltinmodule.c's map.

use std::cell::Cell;

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::{PyResult, type_error};
use crate::none::none;
use crate::protocol;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};
use crate::zip::{next_all, strict_keyword};

pub struct Map {
    func: Value,
    iters: Vec<Value>,
    strict: Cell<bool>,
}

fn this(v: &Value) -> &Map {
    v.downcast::<Map>().expect("map")
}

fn map_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let strict = strict_keyword(&a, "map")?;
    let pos = a.positional();
    if pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let iters = pos[1..]
        .iter()
        .map(protocol::iter)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(alloc_typed(
        ty,
        Map {
            func: pos[0].clone(),
            iters,
            strict: Cell::new(strict),
        },
    ))
}

fn map_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn map_next(v: &Value) -> PyResult<Option<Value>> {
    let m = this(v);
    let Some(items) = next_all(&m.iters, m.strict.get(), "map")? else {
        return Ok(None);
    };
    protocol::call(&m.func, &items, None).map(Some)
}

fn map_reduce(v: &Value, args: Args) -> PyResult {
    args.none("map.__reduce__")?;
    let m = this(v);
    let mut fargs = vec![m.func.clone()];
    fargs.extend(m.iters.iter().cloned());
    let mut parts = vec![v.type_value(), Tuple::new(fargs)];
    if m.strict.get() {
        parts.push(Tuple::new(vec![crate::bool::py_bool(true)]));
    }
    Ok(Tuple::new(parts))
}

fn map_setstate(v: &Value, args: Args) -> PyResult {
    let flag = args.one("map.__setstate__")?;
    this(v).strict.set(protocol::is_true(flag)?);
    Ok(none())
}

/// `map_traverse`.
fn map_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let m = this(v);
    visit(&m.func);
    for it in &m.iters {
        visit(it);
    }
}

builtin_type!(pub static MAP_TYPE: Map = TypeSpec {
    name: "map",
    doc: Some("map(function, iterable, /, *iterables, strict=False)\n--\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(map_traverse), iter: Some(map_iter), iternext: Some(map_next), new: Some(map_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__reduce__", map_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
        MethodDef::new("__setstate__", map_setstate, "__setstate__($self, object, /)\n--\n\nSet state information for unpickling."),
    ],
    ..TypeSpec::DEFAULT
});
