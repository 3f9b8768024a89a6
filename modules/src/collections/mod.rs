//! `_collections`: `deque`, `defaultdict`, `_tuplegetter` and `_count_elements` (the C half of `collections`); mirrors Modules/_collectionsmodule.c. `OrderedDict` is not here: `collections/__init__.py` then uses its pure-Python one.

mod defaultdict;
mod deque;

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, index_error, type_error};
use ouro_objects::exceptions;
use ouro_objects::int::{from_i64, from_usize};
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, TypeObject, flags};
use ouro_objects::{PyObj, TypeRef, Value, builtin_type, protocol};

pub static MODULE: ModuleDef = ModuleDef {
    name: "_collections",
    doc: "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n",
    functions: &[MethodDef::new(
        "_count_elements",
        count_elements,
        "_count_elements($module, mapping, iterable, /)\n--\n\nCount elements in the iterable, updating the mapping",
    )],
    types,
    init,
};

fn init(_module: &Value) -> PyResult<()> {
    crate::heaptype::list_module_in_dict(&types());
    Ok(())
}

fn types() -> Vec<&'static PyObj<TypeObject>> {
    vec![
        &deque::DEQUE_TYPE,
        &deque::DEQUE_ITER_TYPE,
        &deque::DEQUE_REVERSE_ITER_TYPE,
        &defaultdict::DEFAULTDICT_TYPE,
        &TUPLEGETTER_TYPE,
    ]
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
/// for each item (exact dicts directly, other mappings through `get`).
fn count_elements(_module: &Value, args: Args) -> PyResult {
    let a = args.range("_count_elements", "_count_elements", 2, 2)?;
    let (mapping, it) = (&a[0], protocol::iter(&a[1])?);
    let one = from_i64(1);
    let exact = mapping.downcast_exact::<Dict>();
    while let Some(key) = protocol::next(&it)? {
        let old = match exact {
            Some(d) => d.get_item_opt(&key)?.unwrap_or_else(|| from_i64(0)),
            None => protocol::call_method(mapping, "get", &[key.clone(), from_i64(0)])?,
        };
        let new = protocol::binary_op(&old, &one, NbOp::Add)?;
        match exact {
            Some(d) => d.set_item(key, new)?,
            None => protocol::setitem(mapping, &key, Some(&new))?,
        }
    }
    Ok(none())
}

// ---- _tuplegetter ----

/// The field descriptor of `namedtuple` classes: `self[index]` of a tuple.
pub struct TupleGetter {
    index: usize,
    doc: RefCell<Value>,
}

fn getter(v: &Value) -> &TupleGetter {
    v.downcast::<TupleGetter>().expect("_tuplegetter")
}

fn tuplegetter_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames).range("_tuplegetter", "_tuplegetter", 2, 2)?;
    let index = protocol::index_as_isize(&a[0])?;
    Ok(alloc_typed(
        ty,
        TupleGetter {
            index: index.unsigned_abs(),
            doc: RefCell::new(a[1].clone()),
        },
    ))
}

fn tuplegetter_get(v: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let Some(obj) = obj.filter(|o| !ouro_objects::none::is_none(o)) else {
        return Ok(v.clone());
    };
    let g = getter(v);
    let Some(t) = obj.downcast::<Tuple>() else {
        return Err(type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            arg_type_name(obj)
        )));
    };
    t.get(g.index)
        .cloned()
        .ok_or_else(|| index_error("tuple index out of range"))
}

fn tuplegetter_set(_v: &Value, _obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let msg = if value.is_some() {
        "can't set attribute"
    } else {
        "can't delete attribute"
    };
    Err(PyErr::new(&exceptions::ATTRIBUTE_ERROR, msg))
}

fn tuplegetter_reduce(v: &Value, args: Args) -> PyResult {
    args.none("_tuplegetter.__reduce__")?;
    let g = getter(v);
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(vec![from_usize(g.index), g.doc.borrow().clone()]),
    ]))
}

fn tuplegetter_repr(v: &Value) -> PyResult {
    let g = getter(v);
    let doc = g.doc.borrow().clone();
    let doc = protocol::repr_string(&doc)?;
    Ok(PyStr::new(&format!(
        "{}({}, {doc})",
        v.type_obj().payload().name(),
        g.index
    )))
}

fn doc_get(v: &Value) -> PyResult {
    Ok(getter(v).doc.borrow().clone())
}

fn doc_set(v: &Value, doc: Option<&Value>) -> PyResult<()> {
    let old = getter(v).doc.replace(doc.cloned().unwrap_or_else(none));
    drop(old);
    Ok(())
}

builtin_type!(pub static TUPLEGETTER_TYPE: TupleGetter = TypeSpec {
    name: "collections._tuplegetter",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(tuplegetter_repr), descr_get: Some(tuplegetter_get), descr_set: Some(tuplegetter_set), new: Some(tuplegetter_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reduce__", tuplegetter_reduce, "__reduce__($self, /)\n--\n\n")],
    getsets: &[GetSetDef::member("__doc__", doc_get, Some(doc_set))],
    ..TypeSpec::DEFAULT
});
