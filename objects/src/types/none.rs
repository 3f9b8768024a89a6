//! The singletons `None`, `NotImplemented` and `Ellipsis` and their types; mirrors Objects/object.c and sliceobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{PyObj, TypeRef, Value};
use crate::descr::MethodDef;
use crate::err::{PyResult, type_error};
use crate::str::PyStr;
use crate::typeobj::{SlotDefs, flags};

pub struct NoneData;
pub struct NotImplementedData;
pub struct EllipsisData;

pub static NONE: PyObj<NoneData> = PyObj::immortal(&NONE_TYPE, NoneData);
pub static NOT_IMPLEMENTED: PyObj<NotImplementedData> =
    PyObj::immortal(&NOT_IMPLEMENTED_TYPE, NotImplementedData);
pub static ELLIPSIS: PyObj<EllipsisData> = PyObj::immortal(&ELLIPSIS_TYPE, EllipsisData);

pub fn none() -> Value {
    NONE.value()
}

pub fn is_none(v: &Value) -> bool {
    v.is_static(&NONE)
}

pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.value()
}

pub fn is_not_implemented(v: &Value) -> bool {
    v.is_static(&NOT_IMPLEMENTED)
}

pub fn ellipsis() -> Value {
    ELLIPSIS.value()
}

fn singleton_new(
    name: &'static str,
    value: fn() -> Value,
) -> impl Fn(&TypeRef, &[Value], Option<&Value>) -> PyResult {
    move |_ty, args, kw| {
        if !args.is_empty() || kw.is_some() {
            return Err(type_error(format!("{name} takes no arguments")));
        }
        Ok(value())
    }
}

fn none_new(ty: &TypeRef, args: &[Value], kw: Option<&Value>) -> PyResult {
    singleton_new("NoneType", none)(ty, args, kw)
}

fn ni_new(ty: &TypeRef, args: &[Value], kw: Option<&Value>) -> PyResult {
    singleton_new("NotImplementedType", not_implemented)(ty, args, kw)
}

fn ellipsis_new(ty: &TypeRef, args: &[Value], kw: Option<&Value>) -> PyResult {
    singleton_new("EllipsisType", ellipsis)(ty, args, kw)
}

fn none_repr(_: &Value) -> PyResult {
    Ok(PyStr::new("None"))
}

fn none_bool(_: &Value) -> PyResult<bool> {
    Ok(false)
}

fn ni_repr(_: &Value) -> PyResult {
    Ok(PyStr::new("NotImplemented"))
}

/// Since 3.14 the truth of `NotImplemented` is an error.
fn ni_bool(_: &Value) -> PyResult<bool> {
    Err(crate::err::type_error(
        "NotImplemented should not be used in a boolean context",
    ))
}

fn ellipsis_repr(_: &Value) -> PyResult {
    Ok(PyStr::new("Ellipsis"))
}

fn reduce_to_name(name: &'static str) -> impl Fn(&Value, Args) -> PyResult {
    move |_, args| {
        args.none("__reduce__")?;
        Ok(PyStr::new(name))
    }
}

fn ni_reduce(this: &Value, args: Args) -> PyResult {
    reduce_to_name("NotImplemented")(this, args)
}

fn ellipsis_reduce(this: &Value, args: Args) -> PyResult {
    reduce_to_name("Ellipsis")(this, args)
}

builtin_type!(pub static NONE_TYPE: NoneData = TypeSpec {
    name: "NoneType",
    doc: Some("The type of the None singleton."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(none_repr), bool: Some(none_bool), new: Some(none_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

builtin_type!(pub static NOT_IMPLEMENTED_TYPE: NotImplementedData = TypeSpec {
    name: "NotImplementedType",
    doc: Some("The type of the NotImplemented singleton."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(ni_repr), bool: Some(ni_bool), new: Some(ni_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reduce__", ni_reduce, "")],
    ..TypeSpec::DEFAULT
});

builtin_type!(pub static ELLIPSIS_TYPE: EllipsisData = TypeSpec {
    name: "ellipsis",
    doc: Some("The type of the Ellipsis singleton."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(ellipsis_repr), new: Some(ellipsis_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reduce__", ellipsis_reduce, "")],
    ..TypeSpec::DEFAULT
});
