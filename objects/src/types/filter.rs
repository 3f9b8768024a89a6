//! `filter`: the items for which a function (or, with `None`/`bool`, the item itself) is true; mirrors Python/bltinmodule.c's filter.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::PyResult;
use crate::none::is_none;
use crate::protocol;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

pub struct Filter {
    func: Value,
    iter: Value,
}

fn this(v: &Value) -> &Filter {
    v.downcast::<Filter>().expect("filter")
}

fn filter_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("filter")?;
    let v = a.range("filter", "filter", 2, 2)?;
    let iter = protocol::iter(&v[1])?;
    Ok(alloc_typed(
        ty,
        Filter {
            func: v[0].clone(),
            iter,
        },
    ))
}

fn filter_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn filter_next(v: &Value) -> PyResult<Option<Value>> {
    let f = this(v);
    let by_truth = is_none(&f.func) || f.func.is_static(&crate::bool::BOOL_TYPE);
    while let Some(item) = protocol::next(&f.iter)? {
        let keep = if by_truth {
            protocol::is_true(&item)?
        } else {
            protocol::is_true(&protocol::call1(&f.func, item.clone())?)?
        };
        if keep {
            return Ok(Some(item));
        }
    }
    Ok(None)
}

fn filter_reduce(v: &Value, args: Args) -> PyResult {
    args.none("filter.__reduce__")?;
    let f = this(v);
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(vec![f.func.clone(), f.iter.clone()]),
    ]))
}

/// `filter_traverse`.
fn filter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let f = this(v);
    visit(&f.func);
    visit(&f.iter);
}

builtin_type!(pub static FILTER_TYPE: Filter = TypeSpec {
    name: "filter",
    doc: Some("filter(function, iterable, /)\n--\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(filter_traverse), iter: Some(filter_iter), iternext: Some(filter_next), new: Some(filter_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reduce__", filter_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling.")],
    ..TypeSpec::DEFAULT
});
