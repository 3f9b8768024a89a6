//! The `_imp` module: built-in and frozen module loading, the import lock, pyc constants and helpers for importlib; mirrors Python/import.c's `_imp` functions (Python/clinic/import.c.h).
//!
//! Ouro freezes the modules CPython 3.14 freezes (Python/frozen.c): the
//! bootstrap modules, always used, and the start-up and `runpy` modules of
//! the stdlib plus the `__hello__`/`__phello__` test modules, used unless
//! `-X frozen_modules=off` (`PYTHON_FROZEN_MODULES=off`). Their "frozen
//! data" is the stdlib source compiled once and kept in
//! `__pycache__/<name>.ouro-314.frozen.pyc` (see `pycache`), so they load as
//! fast as frozen bytecode without being built into the binary. CPython's
//! test modules without shipped source (`__phello__.ham`,
//! `__phello__.ham.eggs`, `__hello_only__`) are left out.

use std::cell::Cell;

use ouro_objects::args::Args;
use ouro_objects::bytes;
use ouro_objects::code::Code;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, bool as pybool, int, protocol};

use crate::native_module::ModuleDef;

/// Which of CPython's frozen-module tables an entry is in.
#[derive(Clone, Copy, PartialEq)]
enum Table {
    /// `_PyImport_FrozenBootstrap`: used whatever `-X frozen_modules` says.
    Bootstrap,
    Stdlib,
    Test,
}

/// One frozen module: its name, the module whose code it runs (its stdlib
/// source file and the `<frozen name>` its code is named by), whether it
/// is a package, and its original name as `find_frozen` reports it (an
/// alias's target; `<pkg` for a package's `__init__`).
struct Frozen {
    name: &'static str,
    code_of: &'static str,
    source: &'static str,
    is_package: bool,
    origname: &'static str,
    table: Table,
}

/// `_PyImport_FrozenBootstrap`, `_PyImport_FrozenStdlib` and
/// `_PyImport_FrozenTest`, in CPython's order.
const FROZEN: &[Frozen] = &[
    Frozen {
        name: "_frozen_importlib",
        code_of: "importlib._bootstrap",
        source: "importlib/_bootstrap.py",
        is_package: false,
        origname: "importlib._bootstrap",
        table: Table::Bootstrap,
    },
    Frozen {
        name: "_frozen_importlib_external",
        code_of: "importlib._bootstrap_external",
        source: "importlib/_bootstrap_external.py",
        is_package: false,
        origname: "importlib._bootstrap_external",
        table: Table::Bootstrap,
    },
    Frozen {
        name: "zipimport",
        code_of: "zipimport",
        source: "zipimport.py",
        is_package: false,
        origname: "zipimport",
        table: Table::Bootstrap,
    },
    Frozen {
        name: "abc",
        code_of: "abc",
        source: "abc.py",
        is_package: false,
        origname: "abc",
        table: Table::Stdlib,
    },
    Frozen {
        name: "codecs",
        code_of: "codecs",
        source: "codecs.py",
        is_package: false,
        origname: "codecs",
        table: Table::Stdlib,
    },
    Frozen {
        name: "io",
        code_of: "io",
        source: "io.py",
        is_package: false,
        origname: "io",
        table: Table::Stdlib,
    },
    Frozen {
        name: "_collections_abc",
        code_of: "_collections_abc",
        source: "_collections_abc.py",
        is_package: false,
        origname: "_collections_abc",
        table: Table::Stdlib,
    },
    Frozen {
        name: "_sitebuiltins",
        code_of: "_sitebuiltins",
        source: "_sitebuiltins.py",
        is_package: false,
        origname: "_sitebuiltins",
        table: Table::Stdlib,
    },
    Frozen {
        name: "genericpath",
        code_of: "genericpath",
        source: "genericpath.py",
        is_package: false,
        origname: "genericpath",
        table: Table::Stdlib,
    },
    Frozen {
        name: "ntpath",
        code_of: "ntpath",
        source: "ntpath.py",
        is_package: false,
        origname: "ntpath",
        table: Table::Stdlib,
    },
    Frozen {
        name: "posixpath",
        code_of: "posixpath",
        source: "posixpath.py",
        is_package: false,
        origname: "posixpath",
        table: Table::Stdlib,
    },
    Frozen {
        name: "os",
        code_of: "os",
        source: "os.py",
        is_package: false,
        origname: "os",
        table: Table::Stdlib,
    },
    Frozen {
        name: "site",
        code_of: "site",
        source: "site.py",
        is_package: false,
        origname: "site",
        table: Table::Stdlib,
    },
    Frozen {
        name: "stat",
        code_of: "stat",
        source: "stat.py",
        is_package: false,
        origname: "stat",
        table: Table::Stdlib,
    },
    Frozen {
        name: "importlib.util",
        code_of: "importlib.util",
        source: "importlib/util.py",
        is_package: false,
        origname: "importlib.util",
        table: Table::Stdlib,
    },
    Frozen {
        name: "importlib.machinery",
        code_of: "importlib.machinery",
        source: "importlib/machinery.py",
        is_package: false,
        origname: "importlib.machinery",
        table: Table::Stdlib,
    },
    Frozen {
        name: "runpy",
        code_of: "runpy",
        source: "runpy.py",
        is_package: false,
        origname: "runpy",
        table: Table::Stdlib,
    },
    Frozen {
        name: "__hello__",
        code_of: "__hello__",
        source: "__hello__.py",
        is_package: false,
        origname: "__hello__",
        table: Table::Test,
    },
    Frozen {
        name: "__hello_alias__",
        code_of: "__hello__",
        source: "__hello__.py",
        is_package: false,
        origname: "__hello__",
        table: Table::Test,
    },
    Frozen {
        name: "__phello_alias__",
        code_of: "__hello__",
        source: "__hello__.py",
        is_package: true,
        origname: "__hello__",
        table: Table::Test,
    },
    Frozen {
        name: "__phello_alias__.spam",
        code_of: "__hello__",
        source: "__hello__.py",
        is_package: false,
        origname: "__hello__",
        table: Table::Test,
    },
    Frozen {
        name: "__phello__",
        code_of: "__phello__",
        source: "__phello__/__init__.py",
        is_package: true,
        origname: "__phello__",
        table: Table::Test,
    },
    Frozen {
        name: "__phello__.__init__",
        code_of: "__phello__",
        source: "__phello__/__init__.py",
        is_package: false,
        origname: "<__phello__",
        table: Table::Test,
    },
    Frozen {
        name: "__phello__.spam",
        code_of: "__phello__.spam",
        source: "__phello__/spam.py",
        is_package: false,
        origname: "__phello__.spam",
        table: Table::Test,
    },
];

ouro_objects::gil_shared! {
    /// Depth of the (re-entrant) import lock; one thread holds it.
    static IMPORT_LOCK: Cell<u32> = const { Cell::new(0) };
    /// `_override_frozen_modules_for_tests`: 1 on, -1 off, 0 as configured.
    static FROZEN_OVERRIDE: Cell<i64> = const { Cell::new(0) };
    static MULTI_INTERP_OVERRIDE: Cell<i64> = const { Cell::new(-1) };
}

/// `use_frozen`: whether the stdlib and test tables are used.
fn use_frozen() -> bool {
    match FROZEN_OVERRIDE.with(Cell::get) {
        o if o > 0 => true,
        o if o < 0 => false,
        _ => crate::config::use_frozen_modules(),
    }
}

/// `look_up_frozen`: the entry for `name` in the tables in use.
fn frozen(name: &str) -> Option<&'static Frozen> {
    let enabled = use_frozen();
    FROZEN
        .iter()
        .find(|f| f.name == name && (enabled || f.table == Table::Bootstrap))
}

fn str_arg<'a>(fname: &str, v: &'a Value) -> PyResult<&'a PyStr> {
    v.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "{fname}() argument must be str, not {}",
            protocol::type_name(v)
        ))
    })
}

fn frozen_not_found(name: &str) -> PyErr {
    import_error(&format!("No such frozen object named '{name}'"), name)
}

fn import_error(msg: &str, name: &str) -> PyErr {
    let e = exceptions::new_exception(&exceptions::IMPORT_ERROR, msg);
    let _ = protocol::setattr(&e, &intern("name"), Some(&PyStr::new(name)));
    PyErr::from_instance(e)
}

/// The code of frozen module `name` (compiled from the stdlib, cached).
pub fn frozen_code(name: &str) -> PyResult<Value> {
    let f = frozen(name).ok_or_else(|| frozen_not_found(name))?;
    let stdlib = crate::config::stdlib_dir().ok_or_else(|| frozen_not_found(name))?;
    crate::pycache::load_code(
        &stdlib.join(f.source),
        ".frozen.pyc",
        &format!("<frozen {}>", f.code_of),
    )
}

fn i_create_builtin(_m: &Value, args: Args) -> PyResult {
    let spec = args.one("create_builtin")?;
    let name = protocol::getattr_str(spec, "name")?;
    let text = name
        .downcast::<PyStr>()
        .ok_or_else(|| {
            type_error(format!(
                "name must be string, not {}",
                protocol::type_name(&name)
            ))
        })?
        .to_string_lossy();
    create_builtin(&text)
}

/// A fresh built-in module `name` (`sys` and `builtins` are the running ones).
pub fn create_builtin(name: &str) -> PyResult {
    match name {
        "sys" => return Ok(crate::sysmod::sys_module()),
        "builtins" => return Ok(crate::state::builtins_module()),
        "_io" => return Ok(crate::io::module()),
        _ => {}
    }
    match crate::native_module::find(name) {
        Some(def) => crate::native_module::create(def),
        None => Err(import_error(
            &format!("no built-in module named {name}"),
            name,
        )),
    }
}

fn i_exec_builtin(_m: &Value, args: Args) -> PyResult {
    args.one("exec_builtin")?;
    Ok(int::from_i64(0))
}

fn i_is_builtin(_m: &Value, args: Args) -> PyResult {
    let name = str_arg("is_builtin", args.one("is_builtin")?)?.to_string_lossy();
    let found = crate::native_module::names().contains(&name.as_str());
    // CPython answers -1 for the modules that cannot be initialised again.
    let answer = match name.as_str() {
        "sys" | "builtins" if found => -1,
        _ => i64::from(found),
    };
    Ok(int::from_i64(answer))
}

fn i_is_frozen(_m: &Value, args: Args) -> PyResult {
    let name = str_arg("is_frozen", args.one("is_frozen")?)?.to_string_lossy();
    Ok(pybool::py_bool(frozen(&name).is_some()))
}

fn i_is_frozen_package(_m: &Value, args: Args) -> PyResult {
    let name = str_arg("is_frozen_package", args.one("is_frozen_package")?)?.to_string_lossy();
    let f = frozen(&name).ok_or_else(|| frozen_not_found(&name))?;
    Ok(pybool::py_bool(f.is_package))
}

fn i_find_frozen(_m: &Value, args: Args) -> PyResult {
    let [name, withdata] = args.parse("find_frozen", ["", "withdata"], 1, 1, 1)?;
    let name = name.expect("required");
    let name = str_arg("find_frozen", &name)?.to_string_lossy();
    let Some(f) = frozen(&name) else {
        return Ok(none());
    };
    let data = match withdata {
        Some(w) if protocol::is_true(&w)? => {
            let code = frozen_code(&name)?;
            let data = crate::marshal::dumps(&code, crate::marshal::VERSION, true)?;
            ouro_objects::memoryview::from_object(&bytes::new(data))?
        }
        _ => none(),
    };
    Ok(Tuple::new(vec![
        data,
        pybool::py_bool(f.is_package),
        PyStr::new(f.origname),
    ]))
}

fn i_get_frozen_object(_m: &Value, args: Args) -> PyResult {
    let a = args.range("get_frozen_object", "get_frozen_object", 1, 2)?;
    let name = str_arg("get_frozen_object", &a[0])?.to_string_lossy();
    match a.get(1).filter(|d| !is_none(d)) {
        Some(data) => {
            let raw = bytes::bytes_from_object(data)?;
            let code = crate::marshal::loads(&raw, true)?;
            if code.downcast::<Code>().is_none() {
                return Err(type_error(format!(
                    "frozen object {} is not a code object",
                    protocol::repr_string(&a[0])?
                )));
            }
            Ok(code)
        }
        None => frozen_code(&name),
    }
}

fn i_init_frozen(_m: &Value, args: Args) -> PyResult {
    let name = str_arg("init_frozen", args.one("init_frozen")?)?.to_string_lossy();
    let Some(f) = frozen(&name) else {
        return Ok(none());
    };
    let code = frozen_code(&name)?;
    let module = Module::new(&name);
    let m = module.downcast::<Module>().expect("module");
    if f.is_package {
        m.set("__path__", List::from_vec(Vec::new()));
    }
    m.set("__origname__", PyStr::new(f.origname));
    crate::import::register(&name, &module)?;
    crate::interp::run_code(&code, m.dict.clone(), Some(m.dict.clone()))?;
    Ok(module)
}

fn i_frozen_module_names(_m: &Value, args: Args) -> PyResult {
    args.none("_frozen_module_names")?;
    let enabled = use_frozen();
    Ok(List::from_vec(
        FROZEN
            .iter()
            .filter(|f| enabled || f.table == Table::Bootstrap)
            .map(|f| PyStr::new(f.name))
            .collect(),
    ))
}

fn i_override_frozen_modules_for_tests(_m: &Value, args: Args) -> PyResult {
    let v = args.one("_override_frozen_modules_for_tests")?;
    let value = i64::from(int::index_as_c_int(v)?);
    FROZEN_OVERRIDE.with(|o| o.set(value));
    Ok(none())
}

fn i_override_multi_interp_extensions_check(_m: &Value, args: Args) -> PyResult {
    let v = args.one("_override_multi_interp_extensions_check")?;
    let new = i64::from(int::index_as_c_int(v)?);
    Ok(int::from_i64(
        MULTI_INTERP_OVERRIDE.with(|o| o.replace(new)),
    ))
}

fn i_acquire_lock(_m: &Value, args: Args) -> PyResult {
    args.none("acquire_lock")?;
    IMPORT_LOCK.with(|l| l.set(l.get().saturating_add(1)));
    Ok(none())
}

fn i_release_lock(_m: &Value, args: Args) -> PyResult {
    args.none("release_lock")?;
    IMPORT_LOCK.with(|l| match l.get() {
        0 => Err(runtime_error("not holding the import lock")),
        n => {
            l.set(n - 1);
            Ok(none())
        }
    })
}

fn i_lock_held(_m: &Value, args: Args) -> PyResult {
    args.none("lock_held")?;
    Ok(pybool::py_bool(IMPORT_LOCK.with(Cell::get) > 0))
}

fn i_extension_suffixes(_m: &Value, args: Args) -> PyResult {
    args.none("extension_suffixes")?;
    // Ouro loads no C extensions (DESIGN.md section 1), so no file is one.
    Ok(List::from_vec(Vec::new()))
}

fn no_extensions(name: &Value) -> PyErr {
    let text = protocol::str_lossy(name);
    import_error(
        &format!("Ouro cannot load C extension modules ('{text}')"),
        &text,
    )
}

fn i_create_dynamic(_m: &Value, args: Args) -> PyResult {
    let a = args.range("create_dynamic", "create_dynamic", 1, 2)?;
    let name = protocol::getattr_str(&a[0], "name")?;
    Err(no_extensions(&name))
}

fn i_exec_dynamic(_m: &Value, args: Args) -> PyResult {
    args.one("exec_dynamic")?;
    Ok(int::from_i64(0))
}

fn i_fix_co_filename(_m: &Value, args: Args) -> PyResult {
    let a = args.range("_fix_co_filename", "_fix_co_filename", 2, 2)?;
    let code = a[0].downcast::<Code>().ok_or_else(|| {
        type_error(format!(
            "_fix_co_filename() argument 1 must be code, not {}",
            protocol::type_name(&a[0])
        ))
    })?;
    str_arg("_fix_co_filename", &a[1])?;
    code.set_filename_recursively(&a[1]);
    Ok(none())
}

fn i_source_hash(_m: &Value, args: Args) -> PyResult {
    let [key, source] = args.parse("source_hash", ["key", "source"], 0, 2, 2)?;
    let key = protocol::index(&key.expect("required"))?;
    // A C `long` in CPython, used as the unsigned SipHash key.
    let key = int::to_i64(&key).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C long",
        )
    })? as u64;
    let data = bytes::bytes_from_object(&source.expect("required"))?;
    let hash = ouro_objects::hash::keyed_hash(key, &data);
    Ok(bytes::new(hash.to_le_bytes().to_vec()))
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    m.set(
        "check_hash_based_pycs",
        PyStr::new(&crate::config::check_hash_based_pycs()),
    );
    m.set(
        "pyc_magic_number_token",
        int::from_i64(i64::from(crate::pycache::MAGIC_TOKEN)),
    );
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_imp",
    doc: "(Extremely) low-level import machinery bits as used by importlib.",
    functions: &[
        MethodDef::new(
            "lock_held",
            i_lock_held,
            "lock_held($module, /)\n--\n\nReturn True if the import lock is currently held, else False.\n\nOn platforms without threads, return False.",
        ),
        MethodDef::new(
            "acquire_lock",
            i_acquire_lock,
            "acquire_lock($module, /)\n--\n\nAcquires the interpreter's import lock for the current thread.\n\nThis lock should be used by import hooks to ensure thread-safety when importing\nmodules. On platforms without threads, this function does nothing.",
        ),
        MethodDef::new(
            "release_lock",
            i_release_lock,
            "release_lock($module, /)\n--\n\nRelease the interpreter's import lock.\n\nOn platforms without threads, this function does nothing.",
        ),
        MethodDef::new(
            "find_frozen",
            i_find_frozen,
            "find_frozen($module, name, /, *, withdata=False)\n--\n\nReturn info about the corresponding frozen module (if there is one) or None.\n\nThe returned info (a 2-tuple):\n\n * data         the raw marshalled bytes\n * is_package   whether or not it is a package\n * origname     the originally frozen module\'s name, or None if not\n                a stdlib module (this will usually be the same as\n                the module\'s current name)",
        ),
        MethodDef::new(
            "get_frozen_object",
            i_get_frozen_object,
            "get_frozen_object($module, name, data=None, /)\n--\n\nCreate a code object for a frozen module.",
        ),
        MethodDef::new(
            "is_frozen_package",
            i_is_frozen_package,
            "is_frozen_package($module, name, /)\n--\n\nReturns True if the module name is of a frozen package.",
        ),
        MethodDef::new(
            "create_builtin",
            i_create_builtin,
            "create_builtin($module, spec, /)\n--\n\nCreate an extension module.",
        ),
        MethodDef::new(
            "init_frozen",
            i_init_frozen,
            "init_frozen($module, name, /)\n--\n\nInitializes a frozen module.",
        ),
        MethodDef::new(
            "is_builtin",
            i_is_builtin,
            "is_builtin($module, name, /)\n--\n\nReturns True if the module name corresponds to a built-in module.",
        ),
        MethodDef::new(
            "is_frozen",
            i_is_frozen,
            "is_frozen($module, name, /)\n--\n\nReturns True if the module name corresponds to a frozen module.",
        ),
        MethodDef::new(
            "_frozen_module_names",
            i_frozen_module_names,
            "_frozen_module_names($module, /)\n--\n\nReturns the list of available frozen modules.",
        ),
        MethodDef::new(
            "_override_frozen_modules_for_tests",
            i_override_frozen_modules_for_tests,
            "_override_frozen_modules_for_tests($module, override, /)\n--\n\n(internal-only) Override PyConfig.use_frozen_modules.\n\n(-1: \"off\", 1: \"on\", 0: no override)\nSee frozen_modules() in Lib/test/support/import_helper.py.",
        ),
        MethodDef::new(
            "_override_multi_interp_extensions_check",
            i_override_multi_interp_extensions_check,
            "_override_multi_interp_extensions_check($module, override, /)\n--\n\n(internal-only) Override PyInterpreterConfig.check_multi_interp_extensions.\n\n(-1: \"never\", 1: \"always\", 0: no override)",
        ),
        MethodDef::new(
            "create_dynamic",
            i_create_dynamic,
            "create_dynamic($module, spec, file=<unrepresentable>, /)\n--\n\nCreate an extension module.",
        ),
        MethodDef::new(
            "exec_dynamic",
            i_exec_dynamic,
            "exec_dynamic($module, mod, /)\n--\n\nInitialize an extension module.",
        ),
        MethodDef::new(
            "exec_builtin",
            i_exec_builtin,
            "exec_builtin($module, mod, /)\n--\n\nInitialize a built-in module.",
        ),
        MethodDef::new(
            "_fix_co_filename",
            i_fix_co_filename,
            "_fix_co_filename($module, code, path, /)\n--\n\nChanges code.co_filename to specify the passed-in file path.\n\n  code\n    Code object to change.\n  path\n    File path to use.",
        ),
        MethodDef::new(
            "extension_suffixes",
            i_extension_suffixes,
            "extension_suffixes($module, /)\n--\n\nReturns the list of file suffixes used to identify extension modules.",
        ),
        MethodDef::new(
            "source_hash",
            i_source_hash,
            "source_hash($module, /, key, source)\n--\n\n",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
