//! Installing the import system at start-up: `_frozen_importlib._install(sys, _imp)`, the path-based importers and the zipimport hook, and CPython's fatal-error report when that fails; mirrors `init_importlib`, `init_importlib_external` and `_PyImportZip_Init` (Python/pylifecycle.c, Python/import.c).

use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult};
use ouro_objects::module::Module;
use ouro_objects::str::intern;
use ouro_objects::{Value, protocol};

fn verbose(message: &str) {
    if crate::config::get().verbose > 0 {
        eprintln!("{message}");
    }
}

/// Runs the frozen `_frozen_importlib` and installs it with `_imp`, so
/// `sys.meta_path` is `[BuiltinImporter, FrozenImporter]`.
pub fn init_importlib(sys: &Value, builtins: &Value) -> PyResult<()> {
    verbose("import _frozen_importlib # frozen");
    let code = crate::imp::frozen_code("_frozen_importlib")?;
    let importlib = Module::new("_frozen_importlib");
    crate::import::register("_frozen_importlib", &importlib)?;
    let m = importlib.downcast::<Module>().expect("module");
    // PyImport_ImportFrozenModuleObject's mark, which FrozenImporter's
    // `_fix_up_module` turns into the spec's loader state.
    m.set(
        "__origname__",
        ouro_objects::str::PyStr::new("importlib._bootstrap"),
    );
    let globals = m.dict.clone();
    crate::interp::run_code(&code, globals.clone(), Some(globals))?;
    verbose("import _imp # builtin");
    let imp = crate::imp::create_builtin("_imp")?;
    crate::import::register("_imp", &imp)?;
    protocol::call_method(&importlib, "_install", &[sys.clone(), imp])?;
    let import_func = builtins
        .downcast::<Module>()
        .and_then(|b| b.dict.downcast::<Dict>()?.get_str(&intern("__import__")))
        .ok_or_else(|| ouro_objects::err::runtime_error("lost builtins.__import__"))?;
    crate::import::set_importlib(importlib, import_func);
    Ok(())
}

/// `_install_external_importers()` (PathFinder and the FileFinder hook),
/// then zipimport's hook in front. Like CPython, a missing zipimport is
/// only reported with `-v`; so is a failure of the path-based importers,
/// which leaves built-in and frozen imports working.
pub fn init_importlib_external() {
    let Some(importlib) = crate::sysmod::sys_attr("modules")
        .and_then(|m| m.downcast::<Dict>()?.get_str(&intern("_frozen_importlib")))
    else {
        return;
    };
    if let Err(e) = protocol::call_method(&importlib, "_install_external_importers", &[]) {
        verbose(&format!(
            "# can't install the path-based importers: {}",
            describe(&e)
        ));
        return;
    }
    match crate::import::import_module("zipimport") {
        Ok(zipimport) => {
            verbose("# installing zipimport hook");
            let installed = protocol::getattr_str(&zipimport, "zipimporter").and_then(|hook| {
                let hooks = crate::sysmod::sys_attr("path_hooks")
                    .ok_or_else(|| ouro_objects::err::runtime_error("lost sys.path_hooks"))?;
                protocol::call_method(&hooks, "insert", &[ouro_objects::int::from_i64(0), hook])
                    .map(drop)
            });
            match installed {
                Ok(()) => verbose("# installed zipimport hook"),
                Err(e) => verbose(&format!("# can't install zipimport hook: {}", describe(&e))),
            }
        }
        Err(_) => verbose("# can't import zipimport"),
    }
}

fn describe(e: &PyErr) -> String {
    protocol::str(e.value()).map_or_else(|_| String::new(), |s| protocol::str_lossy(&s))
}

/// `Py_ExitStatusException` for a failed start-up step: CPython's fatal
/// error report (message, runtime state, the exception, the empty Python
/// stack), then abort.
pub fn fatal_error(func: &str, message: &str, e: PyErr) -> ! {
    crate::sysmod::flush_std_streams();
    eprintln!("Fatal Python error: {func}: {message}");
    eprintln!("Python runtime state: initialized");
    crate::traceback::print_exception_natively(e.value());
    eprintln!(
        "\nCurrent thread {:#018x} (most recent call first):\n  <no Python frame>",
        crate::thread::ident()
    );
    std::process::abort()
}
