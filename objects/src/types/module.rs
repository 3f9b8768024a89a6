//! `module` objects: a namespace dict with `__name__`, `__doc__`, `__spec__`, module `__getattr__` and `__dir__`; mirrors Objects/moduleobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::dict::Dict;
use crate::err::{PyErr, PyResult, type_error};
use crate::exceptions;
use crate::none::{is_none, none};
use crate::protocol;
use crate::str::{PyStr, intern};
use crate::typeobj::{SlotDefs, flags};

crate::gil_shared! {
    /// The `builtins` module, registered by the interpreter at start-up.
    static BUILTINS: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

pub fn set_builtins_module(module: Value) {
    BUILTINS.with(|b| *b.borrow_mut() = Some(module));
}

/// The `builtins` module's dict, once registered.
pub fn builtins_dict() -> Option<Value> {
    BUILTINS.with(|b| {
        b.borrow()
            .as_ref()
            .and_then(|m| m.downcast::<Module>())
            .map(|m| m.dict.clone())
    })
}

/// A built-in by name (`_PyEval_GetBuiltin`), for the `__reduce__` methods
/// that name `iter`, `reversed` or `getattr`.
pub fn builtin(name: &str) -> PyResult {
    let module = BUILTINS
        .with(|b| b.borrow().clone())
        .ok_or_else(|| crate::err::runtime_error("builtins not initialised"))?;
    protocol::getattr_str(&module, name)
}

pub struct Module {
    pub dict: Value,
}

impl Module {
    /// A new module named `name` with the standard attributes set.
    pub fn new(name: &str) -> Value {
        let m = Ref::new(Module {
            dict: Dict::new_value(),
        })
        .into_value();
        init_dict(&m, PyStr::new(name), none());
        m
    }

    pub fn dict(&self) -> &Dict {
        self.dict.downcast::<Dict>().expect("module dict")
    }

    /// `module.name` if set.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.dict().get_str(&intern(name))
    }

    pub fn set(&self, name: &str, v: Value) {
        self.dict().set_str(name, v);
    }
}

fn init_dict(m: &Value, name: Value, doc: Value) {
    let d = m.downcast::<Module>().expect("module").dict();
    d.set_str("__name__", name);
    d.set_str("__doc__", doc);
    d.set_str("__package__", none());
    d.set_str("__loader__", none());
    d.set_str("__spec__", none());
}

fn module_name(v: &Value) -> Option<String> {
    v.downcast::<Module>()?
        .get("__name__")
        .filter(|n| n.downcast::<PyStr>().is_some())
        .map(|n| protocol::str_lossy(&n))
}

/// `getattr(v, name, None)`, except that only `AttributeError` is
/// swallowed.
fn attr_or_none(v: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(protocol::getattr_opt(v, &intern(name))?.filter(|x| !is_none(x)))
}

/// `module_repr`: importlib's `_module_repr`, from the spec when there is
/// one, else from `__name__`, `__file__` and `__loader__`.
fn module_repr(v: &Value) -> PyResult {
    let loader = attr_or_none(v, "__loader__")?;
    if let Some(spec) = attr_or_none(v, "__spec__")?
        && protocol::is_true(&spec)?
    {
        return spec_repr(&spec);
    }
    let name = match attr_or_none(v, "__name__")? {
        Some(n) => protocol::repr_string(&n)?,
        None => "'?'".to_string(),
    };
    let text = match (protocol::getattr_opt(v, &intern("__file__"))?, loader) {
        (Some(file), _) => format!("<module {name} from {}>", protocol::repr_string(&file)?),
        (None, None) => format!("<module {name}>"),
        (None, Some(loader)) => format!("<module {name} ({})>", protocol::repr_string(&loader)?),
    };
    Ok(PyStr::new(&text))
}

/// `_module_repr_from_spec`.
fn spec_repr(spec: &Value) -> PyResult {
    let name = match attr_or_none(spec, "name")? {
        Some(n) => protocol::repr_string(&n)?,
        None => "'?'".to_string(),
    };
    let text = match attr_or_none(spec, "origin")? {
        None => match attr_or_none(spec, "loader")? {
            None => format!("<module {name}>"),
            Some(loader) => format!("<module {name} ({})>", protocol::repr_string(&loader)?),
        },
        Some(origin) => {
            let has_location = protocol::getattr_str(spec, "has_location")?;
            if protocol::is_true(&has_location)? {
                format!("<module {name} from {}>", protocol::repr_string(&origin)?)
            } else {
                let spec_name = protocol::getattr_str(spec, "name")?;
                format!(
                    "<module {} ({})>",
                    protocol::repr_string(&spec_name)?,
                    protocol::str_lossy(&protocol::str(&origin)?)
                )
            }
        }
    };
    Ok(PyStr::new(&text))
}

/// Module attribute lookup with module-level `__getattr__` (PEP 562).
fn module_getattro(v: &Value, name: &Value) -> PyResult {
    if let Some(x) = protocol::generic_getattr_opt(v, name)? {
        return Ok(x);
    }
    let m = v.downcast::<Module>().expect("module");
    if let Some(getattr) = m.get("__getattr__") {
        return protocol::call1(&getattr, name.clone());
    }
    let attr = protocol::str_lossy(name);
    let Some(n) = module_name(v) else {
        let msg = format!("module has no attribute '{attr}'");
        return Err(exceptions::attribute_error(msg, v, name));
    };
    let spec = m.get("__spec__").filter(|s| !is_none(s));
    let msg = match &spec {
        Some(spec) if spec_flag(spec, "_initializing")? => match file_origin(spec)? {
            Some(origin) => format!(
                "partially initialized module '{n}' from '{origin}' has no attribute '{attr}' (most likely due to a circular import)"
            ),
            None => format!(
                "partially initialized module '{n}' has no attribute '{attr}' (most likely due to a circular import)"
            ),
        },
        Some(spec) if is_uninitialized_submodule(spec, name)? => format!(
            "cannot access submodule '{attr}' of module '{n}' (most likely due to a circular import)"
        ),
        _ => format!("module '{n}' has no attribute '{attr}'"),
    };
    Err(exceptions::attribute_error(msg, v, name))
}

/// A true `spec.<flag>` (`_PyModuleSpec_IsInitializing`).
fn spec_flag(spec: &Value, flag: &str) -> PyResult<bool> {
    match protocol::getattr_opt(spec, &intern(flag))? {
        Some(v) => protocol::is_true(&v),
        None => Ok(false),
    }
}

/// `_PyModuleSpec_GetFileOrigin`: the origin of a spec with a location.
fn file_origin(spec: &Value) -> PyResult<Option<String>> {
    if !spec_flag(spec, "has_location")? {
        return Ok(None);
    }
    Ok(protocol::getattr_opt(spec, &intern("origin"))?
        .filter(|o| o.downcast::<PyStr>().is_some())
        .map(|o| protocol::str_lossy(&o)))
}

/// `_PyModuleSpec_IsUninitializedSubmodule`: importlib lists the
/// submodules still being imported in `spec._uninitialized_submodules`.
fn is_uninitialized_submodule(spec: &Value, name: &Value) -> PyResult<bool> {
    match protocol::getattr_opt(spec, &intern("_uninitialized_submodules"))? {
        Some(list) => protocol::contains(&list, name),
        None => Ok(false),
    }
}

fn module_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        Module {
            dict: Dict::new_value(),
        },
    ))
}

fn module_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [name, doc] = Args::new(args, kwnames).parse("module", ["name", "doc"], 0, 1, 2)?;
    let name = name.expect("required");
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "module() argument 'name' must be str, not {}",
            protocol::type_name(&name)
        )));
    }
    init_dict(v, name, doc.unwrap_or_else(none));
    Ok(())
}

fn module_dir(v: &Value, args: Args) -> PyResult {
    args.none("module.__dir__")?;
    let m = v.downcast::<Module>().expect("module");
    if let Some(f) = m.get("__dir__") {
        return protocol::call0(&f);
    }
    Ok(crate::list::List::from_vec(m.dict().keys()))
}

fn get_dict(v: &Value) -> PyResult {
    Ok(v.downcast::<Module>().expect("module").dict.clone())
}

fn module_dict(v: &Value) -> &Dict {
    v.downcast::<Module>().expect("module").dict()
}

/// `module.__annotations__`: the dict's, else computed by `__annotate__(1)`
/// and cached unless the module is still initializing.
fn get_annotations(v: &Value) -> PyResult {
    let d = module_dict(v);
    if let Some(a) = d.get_str(&intern("__annotations__")) {
        return Ok(a);
    }
    let initializing = match d.get_str(&intern("__spec__")) {
        Some(spec) => match protocol::getattr_opt(&spec, &intern("_initializing"))? {
            Some(flag) => protocol::is_true(&flag)?,
            None => false,
        },
        None => false,
    };
    let annotations = match d.get_str(&intern("__annotate__")) {
        Some(f) if f.type_obj().payload().slots.call.get().is_some() => {
            let a = protocol::call1(&f, crate::int::from_i64(1))?;
            if a.downcast::<Dict>().is_none() {
                return Err(type_error(format!(
                    "__annotate__ returned non-dict of type '{}'",
                    protocol::type_name(&a)
                )));
            }
            a
        }
        _ => Dict::new_value(),
    };
    if !initializing {
        d.set_str("__annotations__", annotations.clone());
    }
    Ok(annotations)
}

fn set_annotations(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = module_dict(v);
    let key = intern("__annotations__");
    match value {
        Some(x) => d.set_item(key, x.clone())?,
        None => {
            if d.pop_item(&key)?.is_none() {
                return Err(PyErr::from_instance(exceptions::new_exception_args(
                    &exceptions::ATTRIBUTE_ERROR,
                    crate::tuple::Tuple::new(vec![key]),
                )));
            }
        }
    }
    d.pop_item(&intern("__annotate__"))?;
    Ok(())
}

fn get_annotate(v: &Value) -> PyResult {
    let d = module_dict(v);
    if let Some(f) = d.get_str(&intern("__annotate__")) {
        return Ok(f);
    }
    d.set_str("__annotate__", none());
    Ok(none())
}

fn set_annotate(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("cannot delete __annotate__ attribute"));
    };
    if !is_none(value) && value.type_obj().payload().slots.call.get().is_none() {
        return Err(type_error("__annotate__ must be callable or None"));
    }
    let d = module_dict(v);
    d.set_str("__annotate__", value.clone());
    if !is_none(value) {
        d.pop_item(&intern("__annotations__"))?;
    }
    Ok(())
}

/// `module_traverse`: the module's dict (which `dict`'s clear empties).
fn module_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(m) = v.downcast::<Module>() {
        visit(&m.dict);
    }
}

builtin_type!(pub static MODULE_TYPE: Module = TypeSpec {
    name: "module",
    doc: Some("module(name, doc=None)\n--\n\nCreate a module object.\n\nThe name must be a string; the optional doc argument can have any type."),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    slots: SlotDefs {
        traverse: Some(module_traverse),
        repr: Some(module_repr),
        getattro: Some(module_getattro),
        new: Some(module_new),
        init: Some(module_init),
        ..SlotDefs::NONE
    },
    methods: &[MethodDef::new("__dir__", module_dir, "__dir__($self, /)\n--\n\nSpecialized dir() implementation")],
    getsets: &[
        GetSetDef::member("__dict__", get_dict, None),
        GetSetDef::with_setter("__annotations__", get_annotations, set_annotations),
        GetSetDef::with_setter("__annotate__", get_annotate, set_annotate),
    ],
    ..TypeSpec::DEFAULT
});
