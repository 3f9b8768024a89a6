//! The table of built-in (native) modules: each declared once as a `ModuleDef`, created on import (`_imp.create_builtin`), and listed in `sys.builtin_module_names`.

use std::sync::OnceLock;

use ouro_objects::descr::{BuiltinFunction, MethodDef};
use ouro_objects::err::PyResult;
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{TypeObject, ready};
use ouro_objects::{PyObj, TypeRef, Value};

/// One native module: its functions and types, and an `init` for the rest
/// (constants, exception classes made at run time, submodule state).
pub struct ModuleDef {
    pub name: &'static str,
    pub doc: &'static str,
    pub functions: &'static [MethodDef],
    /// The module's static types, bases before subclasses; readied on first
    /// creation and bound under their `__name__`.
    pub types: fn() -> Vec<&'static PyObj<TypeObject>>,
    pub init: fn(&Value) -> PyResult<()>,
}

impl ModuleDef {
    /// For modules without types.
    pub fn no_types() -> Vec<&'static PyObj<TypeObject>> {
        Vec::new()
    }

    /// For modules that need nothing beyond functions and types.
    pub fn no_init(_module: &Value) -> PyResult<()> {
        Ok(())
    }
}

/// The modules of crates above `eval` (`ouro-modules`), given once by the
/// program at start-up, before the first import.
static EXTRA_MODULES: OnceLock<&'static [&'static ModuleDef]> = OnceLock::new();

/// Installs the modules of the crates above `eval`; later calls are ignored.
pub fn register(defs: &'static [&'static ModuleDef]) {
    let _ = EXTRA_MODULES.set(defs);
}

/// The native modules `eval` itself provides: those the import system runs on.
static EVAL_MODULES: &[&ModuleDef] = &[
    &crate::imp::MODULE,
    &crate::marshal::MODULE,
    &crate::thread::MODULE,
    &crate::warnings_module::MODULE,
    &crate::pyast::MODULE,
];

fn all() -> impl Iterator<Item = &'static ModuleDef> {
    EVAL_MODULES.iter().copied().chain(
        EXTRA_MODULES
            .get()
            .into_iter()
            .flat_map(|d| d.iter().copied()),
    )
}

/// The definition of the built-in module `name`, if there is one.
pub fn find(name: &str) -> Option<&'static ModuleDef> {
    all().find(|d| d.name == name)
}

/// Every built-in module name, for `sys.builtin_module_names` (with the
/// modules `eval` makes itself).
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = ["builtins", "sys", "_io"]
        .into_iter()
        .chain(all().map(|d| d.name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// A new module object for `def`: doc, functions, types, then `init`.
pub fn create(def: &'static ModuleDef) -> PyResult<Value> {
    let m = Module::new(def.name);
    let module = m.downcast::<Module>().expect("module");
    if !def.doc.is_empty() {
        module.set("__doc__", PyStr::new(def.doc));
    }
    let name = PyStr::new(def.name);
    for f in def.functions {
        module.set(
            f.name,
            BuiltinFunction::module_function(f, m.clone(), name.clone()),
        );
    }
    for ty in (def.types)() {
        ready(ty);
        module.set(&ty.payload().name(), TypeRef::from_static(ty).into_value());
    }
    (def.init)(&m)?;
    Ok(m)
}

/// A module's exception class (`PyErr_NewException("module.name", base)`):
/// a heap class of `bases` whose `__module__` is `module`.
pub fn exception_class(module: &str, name: &str, bases: &[&'static PyObj<TypeObject>]) -> PyResult {
    let ns = ouro_objects::dict::Dict::new_value();
    if let Some(d) = ns.downcast::<ouro_objects::dict::Dict>() {
        d.set_str("__module__", PyStr::new(module));
    }
    let bases = ouro_objects::tuple::Tuple::new(
        bases
            .iter()
            .map(|b| TypeRef::from_static(b).into_value())
            .collect(),
    );
    ouro_objects::protocol::call(
        &TypeRef::from_static(&ouro_objects::typeobj::TYPE_TYPE).into_value(),
        &[PyStr::new(name), bases, ns],
        None,
    )
}
