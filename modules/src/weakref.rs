//! `_weakref`: the weak reference types and `getweakrefcount`, `getweakrefs`, `proxy`, `_remove_dead_weakref`; mirrors Modules/_weakref.c (the types live in `ouro_objects::weakref`).

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::none;
use ouro_objects::weakproxy::{CALLABLE_PROXY_TYPE, PROXY_TYPE};
use ouro_objects::weakref::{self, WEAKREF_TYPE, WeakRef};
use ouro_objects::{TypeRef, Value};

/// `_weakref.getweakrefcount`: 0 for objects that cannot be weakly referenced.
fn getweakrefcount(_m: &Value, args: Args) -> PyResult {
    let obj = args.one("_weakref.getweakrefcount")?;
    Ok(ouro_objects::int::from_i64(
        weakref::weakref_count(obj) as i64
    ))
}

/// `_weakref.getweakrefs`: the live references, in list order.
fn getweakrefs(_m: &Value, args: Args) -> PyResult {
    let obj = args.one("_weakref.getweakrefs")?;
    Ok(List::from_vec(weakref::weakrefs_of(obj)))
}

/// `_weakref.proxy`: a callable proxy for callable referents.
fn proxy(_m: &Value, args: Args) -> PyResult {
    let values = args.range("proxy", "proxy", 1, 2)?;
    let obj = &values[0];
    let ty = if obj.type_obj().payload().slots.call.get().is_some() {
        &CALLABLE_PROXY_TYPE
    } else {
        &PROXY_TYPE
    };
    weakref::get_or_create(&TypeRef::from_static(ty), obj, values.get(1))
}

/// `_weakref._remove_dead_weakref`: deletes `dct[key]` if it is a dead
/// weak reference; a missing key is fine (another thread got there first).
fn remove_dead_weakref(_m: &Value, args: Args) -> PyResult {
    let values = args.range("_remove_dead_weakref", "_remove_dead_weakref", 2, 2)?;
    let Some(dict) = values[0].downcast::<Dict>() else {
        return Err(type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            arg_type_name(&values[0])
        )));
    };
    let key = &values[1];
    if let Some(value) = dict.get_item_opt(key)? {
        let Some(wr) = value.downcast::<WeakRef>() else {
            return Err(type_error("not a weakref"));
        };
        if wr.referent().is_none() {
            dict.del_item_opt(key)?;
        }
    }
    Ok(none())
}

fn types() -> Vec<&'static ouro_objects::PyObj<ouro_objects::typeobj::TypeObject>> {
    vec![&WEAKREF_TYPE, &PROXY_TYPE, &CALLABLE_PROXY_TYPE]
}

/// `ref` is `ReferenceType` under its short name.
fn init(module: &Value) -> PyResult<()> {
    if let Some(m) = module.downcast::<Module>() {
        m.set("ref", TypeRef::from_static(&WEAKREF_TYPE).into_value());
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_weakref",
    doc: "Weak-reference support module.",
    functions: &[
        MethodDef::new(
            "getweakrefcount",
            getweakrefcount,
            "getweakrefcount($module, object, /)\n--\n\nReturn the number of weak references to 'object'.",
        ),
        MethodDef::new(
            "getweakrefs",
            getweakrefs,
            "getweakrefs($module, object, /)\n--\n\nReturn a list of all weak reference objects pointing to 'object'.",
        ),
        MethodDef::new(
            "proxy",
            proxy,
            "proxy($module, object, callback=<unrepresentable>, /)\n--\n\nCreate a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized.",
        ),
        MethodDef::new(
            "_remove_dead_weakref",
            remove_dead_weakref,
            "_remove_dead_weakref($module, dct, key, /)\n--\n\nAtomically remove key from dict if it points to a dead weakref.",
        ),
    ],
    types,
    init,
};
