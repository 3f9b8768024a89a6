//! `types.MappingProxyType`: a read-only view of a mapping (what `type.__dict__` returns); mirrors mappingproxy in Objects/descrobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value};
use crate::descr::MethodDef;
use crate::err::{PyResult, type_error};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::typeobj::{NbOp, SlotDefs, flags};

pub struct MappingProxy {
    pub mapping: Value,
}

pub fn new(mapping: Value) -> Value {
    Ref::new(MappingProxy { mapping }).into_value()
}

fn inner(v: &Value) -> &Value {
    &v.downcast::<MappingProxy>().expect("mappingproxy").mapping
}

fn mp_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [mapping] =
        crate::args::Args::new(args, kwnames).parse("mappingproxy", ["mapping"], 0, 1, 1)?;
    let mapping = mapping.expect("required");
    let is_mapping = mapping.type_obj().payload().flags() & flags::MAPPING != 0
        || (mapping.type_obj().payload().slots.getitem.get().is_some()
            && mapping.type_obj().payload().lookup_str("keys").is_some());
    if !is_mapping
        || mapping.downcast::<crate::list::List>().is_some()
        || mapping.downcast::<crate::tuple::Tuple>().is_some()
    {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            protocol::type_name(&mapping)
        )));
    }
    Ok(new(mapping))
}

fn mp_getitem(v: &Value, key: &Value) -> PyResult {
    protocol::getitem(inner(v), key)
}

/// `mappingproxy_hash`: the hash of the underlying mapping.
fn mp_hash(v: &Value) -> PyResult<i64> {
    protocol::hash(inner(v))
}

fn mp_len(v: &Value) -> PyResult<usize> {
    protocol::len(inner(v))
}

fn mp_contains(v: &Value, key: &Value) -> PyResult<bool> {
    protocol::contains(inner(v), key)
}

fn mp_iter(v: &Value) -> PyResult {
    protocol::iter(inner(v))
}

fn mp_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&format!(
        "mappingproxy({})",
        protocol::repr_string(inner(v))?
    )))
}

fn mp_str(v: &Value) -> PyResult {
    protocol::str(inner(v))
}

fn mp_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    protocol::richcompare(inner(a), b, op)
}

fn mp_or(a: &Value, b: &Value) -> PyResult {
    let l = match a.downcast::<MappingProxy>() {
        Some(p) => p.mapping.clone(),
        None => a.clone(),
    };
    let r = match b.downcast::<MappingProxy>() {
        Some(p) => p.mapping.clone(),
        None => b.clone(),
    };
    if l.downcast::<crate::dict::Dict>().is_none() && r.downcast::<crate::dict::Dict>().is_none() {
        return Ok(not_implemented());
    }
    protocol::binary_op(&l, &r, NbOp::Or)
}

fn mp_ior(a: &Value, _b: &Value) -> PyResult {
    Err(type_error(format!(
        "'|=' is not supported by {}; use '|' instead",
        protocol::type_name(a)
    )))
}

fn delegate(v: &Value, name: &str, args: Args) -> PyResult {
    let f = protocol::getattr_str(inner(v), name)?;
    protocol::call(&f, args.values, args.kwnames)
}

fn mp_get(v: &Value, args: Args) -> PyResult {
    args.range("mappingproxy.get", "get", 1, 2)?;
    delegate(v, "get", args)
}

fn mp_keys(v: &Value, args: Args) -> PyResult {
    args.none("mappingproxy.keys")?;
    delegate(v, "keys", args)
}

fn mp_values(v: &Value, args: Args) -> PyResult {
    args.none("mappingproxy.values")?;
    delegate(v, "values", args)
}

fn mp_items(v: &Value, args: Args) -> PyResult {
    args.none("mappingproxy.items")?;
    delegate(v, "items", args)
}

fn mp_copy(v: &Value, args: Args) -> PyResult {
    args.none("mappingproxy.copy")?;
    delegate(v, "copy", args)
}

fn mp_reversed(v: &Value, args: Args) -> PyResult {
    args.none("mappingproxy.__reversed__")?;
    let f = protocol::getattr_str(inner(v), "__reversed__")?;
    protocol::call0(&f)
}

fn mp_class_getitem(cls: &Value, args: Args) -> PyResult {
    let item = args.one("mappingproxy.__class_getitem__")?;
    crate::types::genericalias::new(cls.clone(), item.clone())
}

/// `mappingproxy_traverse`.
fn mappingproxy_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(p) = v.downcast::<MappingProxy>() {
        visit(&p.mapping);
    }
}

builtin_type!(pub static MAPPINGPROXY_TYPE: MappingProxy = TypeSpec {
    name: "mappingproxy",
    doc: Some("mappingproxy(mapping)\n--\n\nRead-only proxy of a mapping."),
    flags: flags::IMMUTABLETYPE | flags::MAPPING,
    slots: SlotDefs {
        traverse: Some(mappingproxy_traverse),
        repr: Some(mp_repr),
        str: Some(mp_str),
        richcompare: Some(mp_richcompare),
        hash: Some(mp_hash),
        len: Some(mp_len),
        getitem: Some(mp_getitem),
        contains: Some(mp_contains),
        iter: Some(mp_iter),
        new: Some(mp_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Or, mp_or)
    .with_inplace(NbOp::Or, mp_ior),
    methods: &[
        MethodDef::new("get", mp_get, "get($self, key, default=None, /)\n--\n\nReturn the value for key if key is in the mapping, else default."),
        MethodDef::new("keys", mp_keys, "D.keys() -> a set-like object providing a view on D's keys"),
        MethodDef::new("values", mp_values, "D.values() -> an object providing a view on D's values"),
        MethodDef::new("items", mp_items, "D.items() -> a set-like object providing a view on D's items"),
        MethodDef::new("copy", mp_copy, "D.copy() -> a shallow copy of D"),
        MethodDef::class("__class_getitem__", mp_class_getitem, "See PEP 585"),
        MethodDef::new("__reversed__", mp_reversed, "D.__reversed__() -> reverse iterator"),
    ],
    ..TypeSpec::DEFAULT
});
