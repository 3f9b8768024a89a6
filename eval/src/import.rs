//! `import` for this stage: modules already in `sys.modules` and the native modules of `native_module`'s table; the import system proper (importlib on Ouro's objects) is issue 4's.

use ouro_objects::args::Args;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::none::is_none;
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, int, protocol};

use crate::frame::Frame;

fn not_found(name: &str) -> PyErr {
    let e = exceptions::new_exception(
        &exceptions::MODULE_NOT_FOUND_ERROR,
        &format!("No module named '{name}'"),
    );
    let _ = protocol::setattr(&e, &intern("name"), Some(&PyStr::new(name)));
    PyErr::from_instance(e)
}

/// `sys.modules[name]`, the first component for `import a.b` without a fromlist.
fn find_module(name: &str) -> PyResult {
    let modules = crate::sysmod::sys_attr("modules")
        .ok_or_else(|| ouro_objects::err::runtime_error("lost sys.modules"))?;
    match protocol::getitem(&modules, &PyStr::new(name)) {
        Ok(m) => Ok(m),
        Err(e) if e.matches(&exceptions::KEY_ERROR) => match crate::native_module::find(name) {
            Some(def) => {
                let module = crate::native_module::create(def)?;
                register(name, &module)?;
                Ok(module)
            }
            None => Err(not_found(name)),
        },
        Err(e) => Err(e),
    }
}

fn import(name: &str, fromlist: &Value, level: i64) -> PyResult {
    if level > 0 {
        return Err(PyErr::new(
            &exceptions::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ));
    }
    if name.is_empty() {
        return Err(value_error("Empty module name"));
    }
    let module = find_module(name)?;
    let has_fromlist = !is_none(fromlist) && protocol::is_true(fromlist)?;
    if has_fromlist || !name.contains('.') {
        return Ok(module);
    }
    find_module(name.split('.').next().unwrap_or(name))
}

/// `IMPORT_NAME`.
pub fn import_name(_f: &Frame, name: &Value, fromlist: &Value, level: &Value) -> PyResult {
    let level = int::to_i64(level).unwrap_or(0);
    import(&protocol::str_lossy(name), fromlist, level)
}

/// `IMPORT_FROM`: an attribute of the module, or `ImportError`.
pub fn import_from(module: &Value, name: &Value) -> PyResult {
    match protocol::getattr_opt(module, name)? {
        Some(v) => Ok(v),
        None => {
            let module_name = protocol::getattr_opt(module, &intern("__name__"))?;
            let mname = module_name
                .as_ref()
                .map(protocol::str_lossy)
                .unwrap_or_else(|| "<unknown module name>".into());
            let msg = format!(
                "cannot import name '{}' from '{mname}' (unknown location)",
                protocol::str_lossy(name)
            );
            Err(exceptions::import_error_from(&msg, module_name, name))
        }
    }
}

/// `from m import *` into the frame's locals.
pub fn import_star(f: &Frame, module: &Value) -> PyResult<()> {
    let locals = f
        .locals()
        .cloned()
        .ok_or_else(|| ouro_objects::err::system_error("no locals found during 'import *'"))?;
    let names = match protocol::getattr_opt(module, &intern("__all__"))? {
        Some(all) => protocol::collect(&all)?,
        None => {
            let d = protocol::getattr_str(module, "__dict__")?;
            let keys = d.downcast::<Dict>().map(Dict::keys).unwrap_or_default();
            keys.into_iter()
                .filter(|k| !protocol::str_lossy(k).starts_with('_'))
                .collect()
        }
    };
    for n in names {
        let v = protocol::getattr(module, &n)?;
        protocol::setitem(&locals, &n, Some(&v))?;
    }
    Ok(())
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn builtin_import(args: Args) -> PyResult {
    let [name, globals, _locals, fromlist, level] = args.parse(
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        0,
        1,
        5,
    )?;
    let name = name.expect("required");
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error("module name must be a string"));
    }
    let fromlist = fromlist.unwrap_or_else(Tuple::empty);
    let level = level.and_then(|l| int::to_i64(&l)).unwrap_or(0);
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    if level > 0 {
        check_package_globals(globals.as_ref())?;
    }
    import(&protocol::str_lossy(&name), &fromlist, level)
}

/// The checks `resolve_name` makes of a relative import's globals before
/// looking for the parent package.
fn check_package_globals(globals: Option<&Value>) -> PyResult<()> {
    let Some(globals) = globals.and_then(|g| g.downcast::<Dict>()) else {
        return Err(type_error("globals must be a dict"));
    };
    match globals.get_str(&intern("__package__")) {
        Some(p) if !is_none(&p) && p.downcast::<PyStr>().is_none() => {
            Err(type_error("package must be a string"))
        }
        Some(p) if !is_none(&p) => Ok(()),
        _ if globals.get_str(&intern("__spec__")).is_none()
            && globals.get_str(&intern("__name__")).is_none() =>
        {
            Err(PyErr::new(
                &exceptions::KEY_ERROR,
                "'__name__' not in globals",
            ))
        }
        _ => Ok(()),
    }
}

/// Registers a module in `sys.modules`.
pub fn register(name: &str, module: &Value) -> PyResult<()> {
    let modules = crate::sysmod::sys_attr("modules")
        .ok_or_else(|| ouro_objects::err::runtime_error("lost sys.modules"))?;
    protocol::setitem(&modules, &PyStr::new(name), Some(module))
}
