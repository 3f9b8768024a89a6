//! The import statement's native side: `IMPORT_NAME`/`IMPORT_FROM`/`import *` and `__import__`, with a fast path for modules already in `sys.modules` and everything else handed to importlib's `_bootstrap` exactly as CPython does; mirrors `PyImport_ImportModuleLevelObject` and friends in Python/import.c and `import_name`/`_PyEval_ImportFrom` in Python/ceval.c.

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, int, protocol};

use crate::frame::Frame;

ouro_objects::gil_shared! {
    /// `_frozen_importlib`, once installed (CPython's `interp->importlib`).
    static IMPORTLIB: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The original `builtins.__import__` (`interp->import_func`): while it
    /// is in place, `IMPORT_NAME` skips the call.
    static IMPORT_FUNC: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Records the import machinery once start-up has installed it.
pub fn set_importlib(importlib: Value, import_func: Value) {
    IMPORTLIB.with(|i| *i.borrow_mut() = Some(importlib));
    IMPORT_FUNC.with(|i| *i.borrow_mut() = Some(import_func));
}

fn importlib() -> Option<Value> {
    IMPORTLIB.with(|i| i.borrow().clone())
}

fn import_func() -> Value {
    IMPORT_FUNC
        .with(|i| i.borrow().clone())
        .unwrap_or_else(none)
}

fn modules() -> PyResult<Value> {
    crate::sysmod::sys_attr("modules")
        .ok_or_else(|| ouro_objects::err::runtime_error("unable to get sys.modules"))
}

/// `sys.modules.get(name)` for a module already imported, if any.
pub fn loaded_module(name: &str) -> Option<Value> {
    get_module(&PyStr::new(name)).ok().flatten()
}

/// `sys.modules.get(name)`.
fn get_module(name: &Value) -> PyResult<Option<Value>> {
    let modules = modules()?;
    if let Some(d) = modules.downcast::<Dict>() {
        return d.get_item_opt(name);
    }
    match protocol::getitem(&modules, name) {
        Ok(m) => Ok(Some(m)),
        Err(e) if e.matches(&exceptions::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Registers a module in `sys.modules`.
pub fn register(name: &str, module: &Value) -> PyResult<()> {
    protocol::setitem(&modules()?, &PyStr::new(name), Some(module))
}

/// `_PyModuleSpec_IsInitializing`: `spec._initializing` is true.
fn spec_is_initializing(spec: &Value) -> PyResult<bool> {
    match protocol::getattr_opt(spec, &intern("_initializing"))? {
        Some(v) => protocol::is_true(&v),
        None => Ok(false),
    }
}

/// `import_ensure_initialized`: waits (takes and drops the module lock)
/// while another import of `name` is still running it.
fn ensure_initialized(module: &Value, name: &Value) -> PyResult<()> {
    let Some(spec) = protocol::getattr_opt(module, &intern("__spec__"))? else {
        return Ok(());
    };
    if spec_is_initializing(&spec)?
        && let Some(importlib) = importlib()
    {
        protocol::call_method(
            &importlib,
            "_lock_unlock_module",
            std::slice::from_ref(name),
        )?;
    }
    Ok(())
}

fn not_found(name: &str) -> PyErr {
    let e = exceptions::new_exception(
        &exceptions::MODULE_NOT_FOUND_ERROR,
        &format!("No module named '{name}'"),
    );
    let _ = protocol::setattr(&e, &intern("name"), Some(&PyStr::new(name)));
    PyErr::from_instance(e)
}

/// `import_find_and_load`: `_bootstrap._find_and_load(name, __import__)`,
/// timed for `-X importtime`. Before importlib is installed (early
/// start-up) only built-in modules can be imported.
fn find_and_load(abs_name: &Value) -> PyResult {
    let Some(importlib) = importlib() else {
        let name = protocol::str_lossy(abs_name);
        if crate::native_module::names().contains(&name.as_str()) {
            let module = crate::imp::create_builtin(&name)?;
            register(&name, &module)?;
            return Ok(module);
        }
        return Err(not_found(&name));
    };
    crate::importtime::timed(abs_name, || {
        protocol::call_method(
            &importlib,
            "_find_and_load",
            &[abs_name.clone(), import_func()],
        )
    })
}

/// `resolve_name`: the absolute name of a relative import from `globals`.
fn resolve_name(name: &Value, globals: Option<&Value>, level: i64) -> PyResult {
    let Some(globals) = globals.and_then(|g| g.downcast::<Dict>()) else {
        return Err(type_error("globals must be a dict"));
    };
    let package = globals
        .get_str(&intern("__package__"))
        .filter(|p| !is_none(p));
    let spec = globals.get_str(&intern("__spec__")).filter(|s| !is_none(s));
    let package = match (package, spec) {
        (Some(package), spec) => {
            if package.downcast::<PyStr>().is_none() {
                return Err(type_error("package must be a string"));
            }
            if let Some(spec) = spec {
                let parent = protocol::getattr_str(&spec, "parent")?;
                if !protocol::eq(&package, &parent)? {
                    crate::warnings::warn(
                        &exceptions::IMPORT_WARNING,
                        "__package__ != __spec__.parent",
                        1,
                    )?;
                }
            }
            package
        }
        (None, Some(spec)) => {
            let parent = protocol::getattr_str(&spec, "parent")?;
            if parent.downcast::<PyStr>().is_none() {
                return Err(type_error("__spec__.parent must be a string"));
            }
            parent
        }
        (None, None) => {
            crate::warnings::warn(
                &exceptions::IMPORT_WARNING,
                "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
                1,
            )?;
            let Some(module_name) = globals.get_str(&intern("__name__")) else {
                return Err(PyErr::new(
                    &exceptions::KEY_ERROR,
                    "'__name__' not in globals",
                ));
            };
            let Some(text) = module_name.downcast::<PyStr>() else {
                return Err(type_error("__name__ must be a string"));
            };
            if globals.get_str(&intern("__path__")).is_some() {
                module_name.clone()
            } else {
                let text = text.to_string_lossy();
                match text.rfind('.') {
                    Some(dot) => PyStr::new(&text[..dot]),
                    None => return Err(no_parent()),
                }
            }
        }
    };
    let package = protocol::str_lossy(&package);
    if package.is_empty() {
        return Err(no_parent());
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(dot) => base = &base[..dot],
            None => {
                return Err(PyErr::new(
                    &exceptions::IMPORT_ERROR,
                    "attempted relative import beyond top-level package",
                ));
            }
        }
    }
    let name = protocol::str_lossy(name);
    if name.is_empty() {
        return Ok(PyStr::new(base));
    }
    Ok(PyStr::new(&format!("{base}.{name}")))
}

fn no_parent() -> PyErr {
    PyErr::new(
        &exceptions::IMPORT_ERROR,
        "attempted relative import with no known parent package",
    )
}

/// Which link of a traceback chain to rewrite: the exception's own or a
/// traceback entry's `tb_next`.
#[derive(Clone)]
enum Link {
    Base,
    Next(Value),
}

/// `remove_importlib_frames`: drops the chunks of importlib frames that end
/// in `_call_with_frames_removed` from an import's traceback, and every
/// importlib frame from an `ImportError`'s (not with `-v`).
fn remove_importlib_frames(e: &PyErr) {
    if crate::config::get().verbose > 0 {
        return;
    }
    let Some(exc) = e.value().downcast::<exceptions::BaseException>() else {
        return;
    };
    let always_trim = e.matches(&exceptions::IMPORT_ERROR);
    let mut base = exc.traceback();
    let mut prev = Link::Base;
    let mut outer = Link::Base;
    let mut in_importlib = false;
    let mut tb = base.clone();
    while let Some(entry) = tb {
        let Some(t) = entry.downcast::<crate::frame::Traceback>() else {
            break;
        };
        let next = t.next.borrow().clone();
        let (filename, name) = match t.frame.downcast::<crate::frame::FrameObj>() {
            Some(f) => (
                protocol::str_lossy(&f.meta.code.filename()),
                protocol::str_lossy(&f.meta.code.name),
            ),
            None => (String::new(), String::new()),
        };
        let now_in_importlib = filename == "<frozen importlib._bootstrap>"
            || filename == "<frozen importlib._bootstrap_external>";
        if now_in_importlib && !in_importlib {
            outer = prev.clone();
        }
        in_importlib = now_in_importlib;
        if in_importlib && (always_trim || name == "_call_with_frames_removed") {
            match &outer {
                Link::Base => base = next.clone(),
                Link::Next(owner) => {
                    if let Some(o) = owner.downcast::<crate::frame::Traceback>() {
                        *o.next.borrow_mut() = next.clone();
                    }
                }
            }
            prev = outer.clone();
        } else {
            prev = Link::Next(entry.clone());
        }
        tb = next;
    }
    exc.set_traceback(base);
}

/// `PyImport_ImportModuleLevelObject`.
pub fn import_module_level(
    name: &Value,
    globals: Option<&Value>,
    fromlist: &Value,
    level: i64,
) -> PyResult {
    let result = import_module_level_inner(name, globals, fromlist, level);
    if let Err(e) = &result {
        remove_importlib_frames(e);
    }
    result
}

fn import_module_level_inner(
    name: &Value,
    globals: Option<&Value>,
    fromlist: &Value,
    level: i64,
) -> PyResult {
    let Some(name_str) = name.downcast::<PyStr>() else {
        return Err(type_error("module name must be a string"));
    };
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    let abs_name = if level > 0 {
        resolve_name(name, globals, level)?
    } else {
        if name_str.is_empty() {
            return Err(value_error("Empty module name"));
        }
        name.clone()
    };
    let module = match get_module(&abs_name)? {
        Some(m) if !is_none(&m) => {
            ensure_initialized(&m, &abs_name)?;
            m
        }
        _ => find_and_load(&abs_name)?,
    };
    let has_from = !is_none(fromlist) && protocol::is_true(fromlist)?;
    if !has_from {
        let text = name_str.to_string_lossy();
        if level == 0 || !text.is_empty() {
            let Some(dot) = text.find('.') else {
                return Ok(module);
            };
            if level == 0 {
                return import_module_level(&PyStr::new(&text[..dot]), None, &none(), 0);
            }
            let cut_off = text.chars().count() - text[..dot].chars().count();
            let abs = protocol::str_lossy(&abs_name);
            let keep = abs.chars().count() - cut_off;
            let to_return: String = abs.chars().take(keep).collect();
            let key = PyStr::new(&to_return);
            return match get_module(&key)? {
                Some(m) => Ok(m),
                None => Err(PyErr::new(
                    &exceptions::KEY_ERROR,
                    format!(
                        "{} not in sys.modules as expected",
                        protocol::repr_string(&key)?
                    ),
                )),
            };
        }
        return Ok(module);
    }
    let has_path = protocol::getattr_opt(&module, &intern("__path__"))?.is_some();
    match importlib() {
        Some(importlib) if has_path => protocol::call_method(
            &importlib,
            "_handle_fromlist",
            &[module, fromlist.clone(), import_func()],
        ),
        _ => Ok(module),
    }
}

/// `PyImport_ImportModule`: the module `name` itself (not its top package).
pub fn import_module(name: &str) -> PyResult {
    let key = intern(name);
    // A module already imported is only looked up, as `PyImport_GetModule`
    // does (object.__reduce_ex__ imports copyreg for every object pickled).
    if let Some(m) = get_module(&key)?
        && !is_none(&m)
    {
        ensure_initialized(&m, &key)?;
        return Ok(m);
    }
    import_module_level(&key, None, &none(), 0)?;
    get_module(&key)?.ok_or_else(|| not_found(name))
}

/// `PyImport_GetImporter`: the path entry finder for `path` from
/// `sys.path_importer_cache`, else from the first of `sys.path_hooks` that
/// accepts it (cached, like a refusal: `None`).
pub fn get_importer(path: &str) -> PyResult<Option<Value>> {
    let sys_list = |name: &str| {
        crate::sysmod::sys_attr(name)
            .ok_or_else(|| PyErr::new(&exceptions::RUNTIME_ERROR, format!("lost sys.{name}")))
    };
    let cache = sys_list("path_importer_cache")?;
    let hooks = sys_list("path_hooks")?;
    let key = PyStr::new(path);
    let cached = match protocol::getitem(&cache, &key) {
        Ok(found) => Some(found),
        Err(e) if e.matches(&exceptions::KEY_ERROR) => None,
        Err(e) => return Err(e),
    };
    let importer = match cached {
        Some(found) => found,
        None => {
            // None first, so a hook that looks the path up does not recurse.
            protocol::setitem(&cache, &key, Some(&none()))?;
            let mut found = none();
            for hook in protocol::collect(&hooks)? {
                match protocol::call(&hook, std::slice::from_ref(&key), None) {
                    Ok(importer) => {
                        found = importer;
                        break;
                    }
                    Err(e) if e.matches(&exceptions::IMPORT_ERROR) => {}
                    Err(e) => return Err(e),
                }
            }
            if !is_none(&found) {
                protocol::setitem(&cache, &key, Some(&found))?;
            }
            found
        }
    };
    Ok((!is_none(&importer)).then_some(importer))
}

/// `IMPORT_NAME`: straight to the import machinery while `__import__` is
/// the original, else through the replacement.
pub fn import_name(f: &Frame, name: &Value, fromlist: &Value, level: &Value) -> PyResult {
    let builtins = f.builtins().downcast::<Dict>();
    let Some(func) = builtins.and_then(|b| b.get_str(&intern("__import__"))) else {
        return Err(PyErr::new(
            &exceptions::IMPORT_ERROR,
            "__import__ not found",
        ));
    };
    if func.is(&import_func()) {
        let level = int::index_as_c_int(level)?;
        return import_module_level(name, Some(f.globals()), fromlist, i64::from(level));
    }
    let locals = f.locals().cloned().unwrap_or_else(none);
    protocol::call(
        &func,
        &[
            name.clone(),
            f.globals().clone(),
            locals,
            fromlist.clone(),
            level.clone(),
        ],
        None,
    )
}

/// `IMPORT_FROM`: an attribute of the module, else the submodule in
/// `sys.modules` (a circular relative import), else CPython's `ImportError`.
pub fn import_from(module: &Value, name: &Value) -> PyResult {
    if let Some(v) = protocol::getattr_opt(module, name)? {
        return Ok(v);
    }
    let pkgname = protocol::getattr_opt(module, &intern("__name__"))
        .ok()
        .flatten()
        .filter(|n| n.downcast::<PyStr>().is_some());
    if let Some(pkg) = &pkgname {
        let full = PyStr::new(&format!(
            "{}.{}",
            protocol::str_lossy(pkg),
            protocol::str_lossy(name)
        ));
        if let Some(m) = get_module(&full)? {
            return Ok(m);
        }
    }
    let shown = pkgname
        .clone()
        .unwrap_or_else(|| PyStr::new("<unknown module name>"));
    let name_repr = protocol::repr_string(name)?;
    let pkg_repr = protocol::repr_string(&shown)?;
    let Some(spec) = protocol::getattr_opt(module, &intern("__spec__"))? else {
        let msg = format!("cannot import name {name_repr} from {pkg_repr} (unknown location)");
        return Err(exceptions::import_error_from(&msg, pkgname, name));
    };
    let spec_origin = file_origin(&spec)?;
    let shadowing = spec_origin.as_deref().is_some_and(possibly_shadowing);
    let shadowing_stdlib = shadowing
        && crate::sysmod::sys_attr("stdlib_module_names")
            .is_some_and(|names| protocol::contains(&names, &shown).unwrap_or(false));
    // Without a location in the spec, `__file__` names the module in the message.
    let origin = match spec_origin {
        Some(o) => Some(o),
        None => protocol::getattr_opt(module, &intern("__file__"))
            .ok()
            .flatten()
            .filter(|p| p.downcast::<PyStr>().is_some())
            .map(|p| protocol::str_lossy(&p)),
    };
    let origin_repr = match &origin {
        Some(o) => protocol::repr_string(&PyStr::new(o))?,
        None => String::new(),
    };
    let msg = if shadowing_stdlib {
        format!(
            "cannot import name {name_repr} from {pkg_repr} (consider renaming {origin_repr} since it has the same name as the standard library module named {pkg_repr} and prevents importing that standard library module)"
        )
    } else if spec_is_initializing(&spec)? {
        match &origin {
            Some(_) if shadowing => format!(
                "cannot import name {name_repr} from {pkg_repr} (consider renaming {origin_repr} if it has the same name as a library you intended to import)"
            ),
            Some(o) => format!(
                "cannot import name {name_repr} from partially initialized module {pkg_repr} (most likely due to a circular import) ({o})"
            ),
            None => format!(
                "cannot import name {name_repr} from partially initialized module {pkg_repr} (most likely due to a circular import)"
            ),
        }
    } else {
        match &origin {
            Some(o) => format!("cannot import name {name_repr} from {pkg_repr} ({o})"),
            None => format!("cannot import name {name_repr} from {pkg_repr} (unknown location)"),
        }
    };
    let e = exceptions::import_error_from(&msg, pkgname, name);
    if let Some(o) = origin {
        protocol::setattr(e.value(), &intern("path"), Some(&PyStr::new(&o)))?;
    }
    Err(e)
}

/// `_PyModuleSpec_GetFileOrigin`: a spec's origin when it is a location.
fn file_origin(spec: &Value) -> PyResult<Option<String>> {
    match protocol::getattr_opt(spec, &intern("has_location"))? {
        Some(flag) if protocol::is_true(&flag)? => {}
        _ => return Ok(None),
    }
    Ok(protocol::getattr_opt(spec, &intern("origin"))?
        .filter(|o| o.downcast::<PyStr>().is_some())
        .map(|o| protocol::str_lossy(&o)))
}

/// `_PyModule_IsPossiblyShadowing`: the module's file sits in the script's
/// directory (start-up's `sys.path[0]`, the current directory for `''`), so
/// it may hide a module of the same name further down the path.
fn possibly_shadowing(origin: &str) -> bool {
    let file = origin.strip_suffix("/__init__.py").unwrap_or(origin);
    let Some((root, _)) = file.rsplit_once('/') else {
        return false;
    };
    let Some(first) = crate::config::get().sys_path_0 else {
        return false;
    };
    if first.is_empty() {
        return std::env::current_dir().is_ok_and(|d| d.to_string_lossy() == root);
    }
    root == first
}

/// `from m import *` into the frame's locals (`import_all_from`): the names
/// of `__all__`, else the module dict's keys that do not start with `_`.
pub fn import_star(f: &Frame, module: &Value) -> PyResult<()> {
    let locals = f
        .locals()
        .cloned()
        .ok_or_else(|| ouro_objects::err::system_error("no locals found during 'import *'"))?;
    let (names, from_dict) = match protocol::getattr_opt(module, &intern("__all__"))? {
        Some(all) => (protocol::collect(&all)?, false),
        None => {
            let d = protocol::getattr_str(module, "__dict__")?;
            let keys = d.downcast::<Dict>().map(Dict::keys).unwrap_or_default();
            (keys, true)
        }
    };
    for n in names {
        let Some(name) = n.downcast::<PyStr>() else {
            let modname = protocol::getattr_str(module, "__name__")?;
            return Err(match modname.downcast::<PyStr>() {
                Some(modname) => type_error(format!(
                    "{} in {}.{} must be str, not {}",
                    if from_dict { "Key" } else { "Item" },
                    modname.to_string_lossy(),
                    if from_dict { "__dict__" } else { "__all__" },
                    protocol::type_name(&n)
                )),
                None => type_error(format!(
                    "module __name__ must be a string, not {}",
                    protocol::type_name(&modname)
                )),
            });
        };
        if from_dict && name.to_string_lossy().starts_with('_') {
            continue;
        }
        let v = protocol::getattr(module, &n)?;
        protocol::setitem(&locals, &n, Some(&v))?;
    }
    Ok(())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(args: Args) -> PyResult {
    let [name, globals, _locals, fromlist, level] = args.parse(
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        0,
        1,
        5,
    )?;
    let name = name.expect("required");
    let fromlist = fromlist.unwrap_or_else(Tuple::empty);
    let level = match level {
        Some(l) => i64::from(int::index_as_c_int(&l)?),
        None => 0,
    };
    let globals = globals.filter(|g| !is_none(g));
    import_module_level(&name, globals.as_ref(), &fromlist, level)
}
