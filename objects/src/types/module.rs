//! `module` objects: a namespace dict with `__name__`, `__doc__`, `__spec__`, module `__getattr__` and `__dir__`; mirrors Objects/moduleobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::dict::Dict;
use crate::err::{PyResult, type_error};
use crate::exceptions;
use crate::none::{is_none, none};
use crate::protocol;
use crate::str::{PyStr, intern};
use crate::typeobj::{SlotDefs, flags};

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

fn module_repr(v: &Value) -> PyResult {
    let m = v.downcast::<Module>().expect("module");
    let name = module_name(v).unwrap_or_else(|| "?".into());
    if let Some(file) = m
        .get("__file__")
        .filter(|f| f.downcast::<PyStr>().is_some())
    {
        return Ok(PyStr::new(&format!(
            "<module '{name}' from '{}'>",
            protocol::str_lossy(&file)
        )));
    }
    if let Some(spec) = m.get("__spec__").filter(|s| !is_none(s))
        && let Some(origin) = protocol::getattr_opt(&spec, &intern("origin"))?
        && !is_none(&origin)
    {
        return Ok(PyStr::new(&format!(
            "<module '{name}' ({})>",
            protocol::str_lossy(&origin)
        )));
    }
    Ok(PyStr::new(&format!("<module '{name}'>")))
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
    let msg = match module_name(v) {
        Some(n) => format!(
            "module '{n}' has no attribute '{}'",
            protocol::str_lossy(name)
        ),
        None => format!("module has no attribute '{}'", protocol::str_lossy(name)),
    };
    Err(exceptions::attribute_error(msg, v, name))
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
            "module.__init__() argument 'name' must be str, not {}",
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

builtin_type!(pub static MODULE_TYPE: Module = TypeSpec {
    name: "module",
    doc: Some("module(name, doc=None)\n--\n\nCreate a module object.\n\nThe name must be a string; the optional doc argument can have any type."),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        repr: Some(module_repr),
        getattro: Some(module_getattro),
        new: Some(module_new),
        init: Some(module_init),
        ..SlotDefs::NONE
    },
    methods: &[MethodDef::new("__dir__", module_dir, "__dir__($self, /)\n--\n\nSpecialized dir() implementation")],
    getsets: &[GetSetDef::member("__dict__", get_dict, None)],
    ..TypeSpec::DEFAULT
});
