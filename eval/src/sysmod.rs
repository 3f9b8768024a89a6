//! The `sys` module (first part): argv, path, modules, the standard streams, recursion limit, frames, exception state, version and platform facts, hooks; mirrors Python/sysmodule.c.

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::descr::{BuiltinFunction, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{TypeRef, Value, bool as pybool, int, protocol};

ouro_objects::gil_shared! {
    static SYS: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The hooks `sys.addaudithook` added, called in order by `sys.audit`.
    static AUDIT_HOOKS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// `sys.set_asyncgen_hooks`' (firstiter, finalizer).
    static ASYNCGEN_HOOKS: RefCell<(Option<Value>, Option<Value>)> = const { RefCell::new((None, None)) };
    /// The `asyncgen_hooks` struct sequence type, made on first use.
    static ASYNCGEN_HOOKS_TYPE: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

/// `sys.<name>` (None if `sys` is not set up or lacks it).
pub fn sys_attr(name: &str) -> Option<Value> {
    let sys = SYS.with(|s| s.borrow().clone())?;
    sys.downcast::<Module>()?.get(name)
}

/// `sys.flags.thread_inherit_context` and `context_aware_warnings`: 0 by
/// default on a build with the GIL, set by `-X name[=0|1]` or else the
/// environment variable.
fn context_flag(config: &crate::config::Config, xoption: &str, env: &str) -> u32 {
    let from_env = || {
        (!config.ignore_environment)
            .then(|| std::env::var(env).ok())
            .flatten()
    };
    match config.xoption(xoption).map(str::to_owned).or_else(from_env) {
        Some(v) => u32::from(v != "0"),
        None => 0,
    }
}

pub fn sys_module() -> Value {
    SYS.with(|s| s.borrow().clone()).expect("sys initialised")
}

/// Flushes `sys.stdout` and `sys.stderr` (at exit and before tracebacks).
pub fn flush_std_streams() {
    for name in ["stdout", "stderr"] {
        if let Some(s) = sys_attr(name).filter(|s| !is_none(s)) {
            let _ = protocol::call_method(&s, "flush", &[]);
        }
    }
}

/// `input(prompt)`.
pub fn input(prompt: Option<&Value>) -> PyResult {
    if let Some(p) = prompt {
        let out = sys_attr("stdout")
            .ok_or_else(|| ouro_objects::err::runtime_error("input(): lost sys.stdout"))?;
        protocol::call_method(&out, "write", &[protocol::str(p)?])?;
        protocol::call_method(&out, "flush", &[])?;
    }
    flush_std_streams();
    let stdin = sys_attr("stdin")
        .ok_or_else(|| ouro_objects::err::runtime_error("input(): lost sys.stdin"))?;
    let line = protocol::call_method(&stdin, "readline", &[])?;
    let text = protocol::str_lossy(&line);
    if text.is_empty() {
        return Err(PyErr::new(
            &exceptions::EOF_ERROR,
            "EOF when reading a line",
        ));
    }
    Ok(PyStr::new(text.strip_suffix('\n').unwrap_or(&text)))
}

/// `sys.displayhook(value)`.
pub fn displayhook(v: &Value) -> PyResult<()> {
    if is_none(v) {
        return Ok(());
    }
    let builtins = crate::state::builtins_module();
    builtins
        .downcast::<Module>()
        .expect("module")
        .set("_", none());
    let out =
        sys_attr("stdout").ok_or_else(|| ouro_objects::err::runtime_error("lost sys.stdout"))?;
    protocol::call_method(&out, "write", &[protocol::repr(v)?])?;
    protocol::call_method(&out, "write", &[PyStr::new("\n")])?;
    builtins
        .downcast::<Module>()
        .expect("module")
        .set("_", v.clone());
    Ok(())
}

fn s_exit(_m: &Value, args: Args) -> PyResult {
    let a = args.range("exit", "exit", 0, 1)?;
    let e = match a.first() {
        None => exceptions::new_exception_args(&exceptions::SYSTEM_EXIT, Tuple::empty()),
        Some(v) => {
            exceptions::new_exception_args(&exceptions::SYSTEM_EXIT, Tuple::new(vec![v.clone()]))
        }
    };
    Err(PyErr::from_instance(e))
}

fn s_getrecursionlimit(_m: &Value, args: Args) -> PyResult {
    args.none("getrecursionlimit")?;
    Ok(int::from_i64(i64::from(protocol::recursion_limit())))
}

fn s_setrecursionlimit(_m: &Value, args: Args) -> PyResult {
    let v = args.one("setrecursionlimit")?;
    if ouro_objects::float::as_f64(v).is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = protocol::index(v)?;
    let n = int::to_i64(&n).unwrap_or(i64::MAX);
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = crate::frame::depth() as i64;
    if n <= depth {
        return Err(PyErr::new(
            &exceptions::RECURSION_ERROR,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    protocol::set_recursion_limit(n.min(i64::from(u32::MAX)) as u32);
    Ok(none())
}

fn s_getrefcount(_m: &Value, args: Args) -> PyResult {
    let v = args.one("getrefcount")?;
    let n = v.refcount();
    Ok(int::from_usize(
        if n >= ouro_objects::core::IMMORTAL_REFCNT {
            u32::MAX as usize
        } else {
            n
        },
    ))
}

fn s_intern(_m: &Value, args: Args) -> PyResult {
    let v = args.one("intern")?;
    if v.downcast_exact::<PyStr>().is_none() {
        return Err(type_error(format!(
            "intern() argument must be str, not {}",
            protocol::type_name(v)
        )));
    }
    Ok(ouro_objects::str::intern_value(v))
}

/// `sys.audit(event, *args)`: calls each audit hook with `(event, args)`;
/// a hook's exception propagates (PySys_Audit).
fn s_audit(_m: &Value, args: Args) -> PyResult {
    args.no_keywords("sys.audit")?;
    let Some((event, rest)) = args.values.split_first() else {
        return Err(type_error("audit expected at least 1 argument, got 0"));
    };
    if event.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "audit() argument 1 must be str, not {}",
            ouro_objects::args::arg_type_name(event)
        )));
    }
    let hooks = AUDIT_HOOKS.with(|h| h.borrow().clone());
    if !hooks.is_empty() {
        let event_args = Tuple::new(rest.to_vec());
        for hook in hooks {
            protocol::call(&hook, &[event.clone(), event_args.clone()], None)?;
        }
    }
    Ok(none())
}

/// `sys.addaudithook(hook)`: raises the `sys.addaudithook` event first; a
/// hook that raises RuntimeError there vetoes the new hook silently.
fn s_addaudithook(m: &Value, args: Args) -> PyResult {
    let [hook] = args.parse("addaudithook", ["hook"], 0, 1, 1)?;
    let hook = hook.expect("required");
    if let Err(e) = s_audit(m, Args::new(&[PyStr::new("sys.addaudithook")], None)) {
        if e.matches(&exceptions::RUNTIME_ERROR) {
            return Ok(none());
        }
        return Err(e);
    }
    AUDIT_HOOKS.with(|h| h.borrow_mut().push(hook));
    Ok(none())
}

/// `sys._clear_type_descriptors(type)` (3.14, for dataclasses' slots
/// classes): drops the `__dict__` and `__weakref__` descriptors from a
/// mutable type's own dict.
fn s_clear_type_descriptors(_m: &Value, args: Args) -> PyResult {
    let a = args.range("_clear_type_descriptors", "_clear_type_descriptors", 1, 1)?;
    let ty = &a[0];
    let Some(t) = ty.downcast::<ouro_objects::typeobj::TypeObject>() else {
        return Err(type_error(format!(
            "_clear_type_descriptors() argument must be type, not {}",
            ouro_objects::args::arg_type_name(ty)
        )));
    };
    if t.flags() & ouro_objects::typeobj::flags::IMMUTABLETYPE != 0 {
        return Err(type_error("argument is immutable"));
    }
    let own = t.dict();
    let own = own.downcast::<Dict>().expect("a type's dict");
    for name in ["__dict__", "__weakref__"] {
        own.pop_item(&PyStr::new(name))?;
    }
    t.modified();
    Ok(none())
}

/// The hooks `sys.set_asyncgen_hooks` installed: (firstiter, finalizer).
pub fn asyncgen_hooks() -> (Option<Value>, Option<Value>) {
    ASYNCGEN_HOOKS.with(|h| h.borrow().clone())
}

fn s_get_asyncgen_hooks(_m: &Value, args: Args) -> PyResult {
    args.none("get_asyncgen_hooks")?;
    let ty = match ASYNCGEN_HOOKS_TYPE.with(|t| t.borrow().clone()) {
        Some(t) => t,
        None => {
            let desc = crate::structseq::StructSeqDesc {
                name: "asyncgen_hooks",
                doc: "asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.  The attributes are read only.",
                fields: &["firstiter", "finalizer"],
                n_in_sequence: 2,
            };
            let t = crate::structseq::new_builtin_type(&desc, false)?;
            ASYNCGEN_HOOKS_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
            t
        }
    };
    let (first, fin) = asyncgen_hooks();
    crate::structseq::new_instance(
        &ty,
        vec![first.unwrap_or_else(none), fin.unwrap_or_else(none)],
    )
}

/// `sys.set_asyncgen_hooks([firstiter] [, finalizer])`: each given hook
/// must be callable or None; both are checked before either is set.
fn s_set_asyncgen_hooks(_m: &Value, args: Args) -> PyResult {
    let [firstiter, finalizer] =
        args.parse("set_asyncgen_hooks", ["firstiter", "finalizer"], 0, 0, 2)?;
    let check = |v: &Option<Value>, what: &str| -> PyResult<()> {
        match v {
            Some(f) if !is_none(f) && f.type_obj().payload().slots.call.get().is_none() => {
                Err(type_error(format!(
                    "callable {what} expected, got {}",
                    protocol::type_name(f)
                )))
            }
            _ => Ok(()),
        }
    };
    check(&finalizer, "finalizer")?;
    check(&firstiter, "firstiter")?;
    let hook = |v: Value| (!is_none(&v)).then_some(v);
    ASYNCGEN_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(f) = finalizer {
            h.1 = hook(f);
        }
        if let Some(f) = firstiter {
            h.0 = hook(f);
        }
    });
    Ok(none())
}

fn s_is_finalizing(_m: &Value, args: Args) -> PyResult {
    args.none("is_finalizing")?;
    Ok(pybool::py_bool(crate::state::is_finalizing()))
}

fn s_getswitchinterval(_m: &Value, args: Args) -> PyResult {
    args.none("getswitchinterval")?;
    Ok(ouro_objects::float::new(
        ouro_objects::core::gil::switch_interval(),
    ))
}

fn s_setswitchinterval(_m: &Value, args: Args) -> PyResult {
    let a = args.one("setswitchinterval")?;
    let interval = ouro_objects::float::float_of(a)?;
    if interval <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    ouro_objects::core::gil::set_switch_interval(interval);
    Ok(none())
}

fn s_current_frames(_m: &Value, args: Args) -> PyResult {
    args.none("_current_frames")?;
    crate::thread::current_frames()
}

fn s_current_exceptions(_m: &Value, args: Args) -> PyResult {
    args.none("_current_exceptions")?;
    crate::thread::current_exceptions()
}

fn s_is_gil_enabled(_m: &Value, args: Args) -> PyResult {
    args.none("_is_gil_enabled")?;
    Ok(pybool::py_bool(true))
}

fn s_getframe(_m: &Value, args: Args) -> PyResult {
    let a = args.range("_getframe", "_getframe", 0, 1)?;
    let depth = match a.first() {
        Some(d) => int::to_i64(&protocol::index(d)?).unwrap_or(i64::MAX),
        None => 0,
    };
    let meta = usize::try_from(depth).ok().and_then(crate::frame::nth_meta);
    match meta {
        Some(m) => Ok(m.frame_object()),
        None => Err(value_error("call stack is not deep enough")),
    }
}

fn s_exc_info(_m: &Value, args: Args) -> PyResult {
    args.none("exc_info")?;
    Ok(match crate::state::handled() {
        Some(e) => {
            let tb = e
                .downcast::<exceptions::BaseException>()
                .and_then(exceptions::BaseException::traceback)
                .unwrap_or_else(none);
            Tuple::new(vec![e.type_value(), e, tb])
        }
        None => Tuple::new(vec![none(), none(), none()]),
    })
}

fn s_exception(_m: &Value, args: Args) -> PyResult {
    args.none("exception")?;
    Ok(crate::state::handled().unwrap_or_else(none))
}

fn s_displayhook(_m: &Value, args: Args) -> PyResult {
    displayhook(args.one("displayhook")?)?;
    Ok(none())
}

fn s_excepthook(_m: &Value, args: Args) -> PyResult {
    let a = args.range("excepthook", "excepthook", 3, 3)?;
    crate::traceback::print_exception_with_traceback(&a[1], &a[2]);
    Ok(none())
}

fn s_unraisablehook(_m: &Value, args: Args) -> PyResult {
    crate::warnings::default_unraisablehook(args.one("unraisablehook")?)?;
    Ok(none())
}

fn s_get_int_max_str_digits(_m: &Value, args: Args) -> PyResult {
    args.none("get_int_max_str_digits")?;
    Ok(int::from_usize(int::max_str_digits()))
}

fn s_set_int_max_str_digits(_m: &Value, args: Args) -> PyResult {
    let [maxdigits] = args.parse("set_int_max_str_digits", ["maxdigits"], 0, 1, 1)?;
    let n = int::to_i64(&protocol::index(&maxdigits.expect("required"))?).unwrap_or(-1);
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be >= 640 or 0 for unlimited"));
    }
    int::set_max_str_digits(n as usize);
    Ok(none())
}

fn s_getfilesystemencoding(_m: &Value, args: Args) -> PyResult {
    args.none("getfilesystemencoding")?;
    Ok(PyStr::new("utf-8"))
}

fn s_getfilesystemencodeerrors(_m: &Value, args: Args) -> PyResult {
    args.none("getfilesystemencodeerrors")?;
    Ok(PyStr::new("surrogateescape"))
}

/// `sys._get_cpu_count_config()`: `-X cpu_count=N` or `PYTHON_CPU_COUNT`
/// (what `os.cpu_count()` then reports), -1 when unset or "default".
fn s_get_cpu_count_config(_m: &Value, args: Args) -> PyResult {
    args.none("_get_cpu_count_config")?;
    let config = crate::config::get();
    let env = std::env::var("PYTHON_CPU_COUNT").ok();
    let given = config.xoption("cpu_count").or(env.as_deref());
    let n = given
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|&n| n >= 1);
    Ok(int::from_i64(n.unwrap_or(-1)))
}

fn s_getdefaultencoding(_m: &Value, args: Args) -> PyResult {
    args.none("getdefaultencoding")?;
    Ok(PyStr::new("utf-8"))
}

fn s_get_coroutine_origin_tracking_depth(_m: &Value, args: Args) -> PyResult {
    args.none("get_coroutine_origin_tracking_depth")?;
    Ok(int::from_usize(crate::generator::origin_tracking_depth()))
}

fn s_set_coroutine_origin_tracking_depth(_m: &Value, args: Args) -> PyResult {
    let [depth] = args.parse("set_coroutine_origin_tracking_depth", ["depth"], 0, 1, 1)?;
    let depth = protocol::index_as_isize(&depth.expect("required"))?;
    let depth = usize::try_from(depth).map_err(|_| value_error("depth must be >= 0"))?;
    crate::generator::set_origin_tracking_depth(depth);
    Ok(ouro_objects::none::none())
}

static SYS_FUNCTIONS: &[MethodDef] = &[
    MethodDef::new(
        "get_coroutine_origin_tracking_depth",
        s_get_coroutine_origin_tracking_depth,
        "get_coroutine_origin_tracking_depth($module, /)\n--\n\nCheck status of origin tracking for coroutine objects in this thread.",
    ),
    MethodDef::new(
        "set_coroutine_origin_tracking_depth",
        s_set_coroutine_origin_tracking_depth,
        "set_coroutine_origin_tracking_depth($module, /, depth)\n--\n\nEnable or disable origin tracking for coroutine objects in this thread.\n\nCoroutine objects will track \'depth\' frames of traceback information\nabout where they came from, available in their cr_origin attribute.\n\nSet a depth of 0 to disable.",
    ),
    MethodDef::new(
        "exit",
        s_exit,
        "exit($module, status=None, /)\n--\n\nExit the interpreter by raising SystemExit(status).",
    ),
    MethodDef::new(
        "getrecursionlimit",
        s_getrecursionlimit,
        "getrecursionlimit($module, /)\n--\n\nReturn the current value of the recursion limit.",
    ),
    MethodDef::new(
        "setrecursionlimit",
        s_setrecursionlimit,
        "setrecursionlimit($module, limit, /)\n--\n\nSet the maximum depth of the Python interpreter stack to n.",
    ),
    MethodDef::new(
        "getrefcount",
        s_getrefcount,
        "getrefcount($module, object, /)\n--\n\nReturn the reference count of object.",
    ),
    MethodDef::new(
        "intern",
        s_intern,
        "intern($module, string, /)\n--\n\n``Intern'' the given string.",
    ),
    MethodDef::new(
        "audit",
        s_audit,
        "audit($module, event, /, *args)\n--\n\nPasses the event to any audit hooks that are attached.",
    ),
    MethodDef::new(
        "addaudithook",
        s_addaudithook,
        "addaudithook($module, /, hook)\n--\n\nAdds a new audit hook callback.",
    ),
    MethodDef::new(
        "get_asyncgen_hooks",
        s_get_asyncgen_hooks,
        "get_asyncgen_hooks($module, /)\n--\n\nReturn the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form (firstiter, finalizer).",
    ),
    MethodDef::new(
        "set_asyncgen_hooks",
        s_set_asyncgen_hooks,
        "set_asyncgen_hooks([firstiter] [, finalizer])\n\nSet a finalizer for async generators objects.",
    ),
    MethodDef::new(
        "is_finalizing",
        s_is_finalizing,
        "is_finalizing($module, /)\n--\n\nReturn True if Python is exiting.",
    ),
    MethodDef::new(
        "_clear_type_descriptors",
        s_clear_type_descriptors,
        "_clear_type_descriptors($module, type, /)\n--\n\nPrivate function for clearing certain descriptors from a type's dictionary.\n\nSee gh-135228 for context.",
    ),
    MethodDef::new(
        "settrace",
        crate::monitoring::legacy::s_settrace,
        "settrace($module, function, /)\n--\n\nSet the global debug tracing function.\n\nIt will be called on each function call.  See the debugger chapter\nin the library manual.",
    ),
    MethodDef::new(
        "_settraceallthreads",
        crate::monitoring::legacy::s_settrace_all_threads,
        "_settraceallthreads($module, function, /)\n--\n\nSet the global debug tracing function in all running threads belonging to the current interpreter.\n\nIt will be called on each function call. See the debugger chapter\nin the library manual.",
    ),
    MethodDef::new(
        "gettrace",
        crate::monitoring::legacy::s_gettrace,
        "gettrace($module, /)\n--\n\nReturn the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library manual.",
    ),
    MethodDef::new(
        "setprofile",
        crate::monitoring::legacy::s_setprofile,
        "setprofile($module, function, /)\n--\n\nSet the profiling function.\n\nIt will be called on each function call and return.  See the profiler\nchapter in the library manual.",
    ),
    MethodDef::new(
        "_setprofileallthreads",
        crate::monitoring::legacy::s_setprofile_all_threads,
        "_setprofileallthreads($module, function, /)\n--\n\nSet the profiling function in all running threads belonging to the current interpreter.\n\nIt will be called on each function call and return.  See the profiler\nchapter in the library manual.",
    ),
    MethodDef::new(
        "getprofile",
        crate::monitoring::legacy::s_getprofile,
        "getprofile($module, /)\n--\n\nReturn the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual.",
    ),
    MethodDef::new(
        "getswitchinterval",
        s_getswitchinterval,
        "getswitchinterval($module, /)\n--\n\nReturn the current thread switch interval; see sys.setswitchinterval().",
    ),
    MethodDef::new(
        "setswitchinterval",
        s_setswitchinterval,
        "setswitchinterval($module, interval, /)\n--\n\nSet the ideal thread switching delay inside the Python interpreter.\n\nThe actual frequency of switching threads can be lower if the\ninterpreter executes long sequences of uninterruptible code\n(this is implementation-specific and workload-dependent).\n\nThe parameter must represent the desired switching delay in seconds\nA typical value is 0.005 (5 milliseconds).",
    ),
    MethodDef::new(
        "_current_frames",
        s_current_frames,
        "_current_frames($module, /)\n--\n\nReturn a dict mapping each thread's thread id to its current stack frame.\n\nThis function should be used for specialized purposes only.",
    ),
    MethodDef::new(
        "_current_exceptions",
        s_current_exceptions,
        "_current_exceptions($module, /)\n--\n\nReturn a dict mapping each thread's identifier to its current raised exception.\n\nThis function should be used for specialized purposes only.",
    ),
    MethodDef::new(
        "_is_gil_enabled",
        s_is_gil_enabled,
        "_is_gil_enabled($module, /)\n--\n\nReturn True if the GIL is currently enabled and False otherwise.",
    ),
    MethodDef::new(
        "_getframe",
        s_getframe,
        "_getframe($module, depth=0, /)\n--\n\nReturn a frame object from the call stack.",
    ),
    MethodDef::new(
        "exc_info",
        s_exc_info,
        "exc_info($module, /)\n--\n\nReturn current exception information: (type, value, traceback).",
    ),
    MethodDef::new(
        "exception",
        s_exception,
        "exception($module, /)\n--\n\nReturn the current exception.",
    ),
    MethodDef::new(
        "displayhook",
        s_displayhook,
        "displayhook($module, object, /)\n--\n\nPrint an object to sys.stdout and also save it in builtins._",
    ),
    MethodDef::new(
        "excepthook",
        s_excepthook,
        "excepthook($module, exctype, value, traceback, /)\n--\n\nHandle an exception by displaying it with a traceback on sys.stderr.",
    ),
    MethodDef::new(
        "unraisablehook",
        s_unraisablehook,
        "unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.",
    ),
    MethodDef::new(
        "get_int_max_str_digits",
        s_get_int_max_str_digits,
        "get_int_max_str_digits($module, /)\n--\n\nReturn the maximum string digits limit for non-binary int<->str conversions.",
    ),
    MethodDef::new(
        "set_int_max_str_digits",
        s_set_int_max_str_digits,
        "set_int_max_str_digits($module, /, maxdigits)\n--\n\nSet the maximum string digits limit for non-binary int<->str conversions.",
    ),
    MethodDef::new(
        "getfilesystemencoding",
        s_getfilesystemencoding,
        "getfilesystemencoding($module, /)\n--\n\nReturn the encoding used to convert Unicode filenames to OS filenames.",
    ),
    MethodDef::new(
        "getfilesystemencodeerrors",
        s_getfilesystemencodeerrors,
        "getfilesystemencodeerrors($module, /)\n--\n\nReturn the error mode used Unicode to OS filename conversion.",
    ),
    MethodDef::new(
        "_get_cpu_count_config",
        s_get_cpu_count_config,
        "_get_cpu_count_config($module, /)\n--\n\nPrivate function for getting PyConfig.cpu_count",
    ),
    MethodDef::new(
        "getdefaultencoding",
        s_getdefaultencoding,
        "getdefaultencoding($module, /)\n--\n\nReturn the current default encoding used by the Unicode implementation.",
    ),
];

/// A struct sequence instance (`sys.version_info` and friends) of a new
/// built-in-looking type `sys.<type_name>` whose fields are all in the
/// sequence; `sys.flags` and `sys.version_info` cannot be instantiated.
pub fn struct_seq(type_name: &str, module: &str, fields: &[&str], values: Vec<Value>) -> PyResult {
    let name = format!("{module}.{type_name}");
    let desc = crate::structseq::StructSeqDesc {
        name: &name,
        doc: "",
        fields,
        n_in_sequence: fields.len(),
    };
    let instantiable = !matches!(type_name, "flags" | "version_info");
    let ty = crate::structseq::new_builtin_type(&desc, instantiable)?;
    crate::structseq::new_instance(&ty, values)
}

/// Builds the `sys` module for a configuration (`path`: the initial `sys.path`).
pub fn make_module(
    argv: &[String],
    orig_argv: &[String],
    executable: &str,
    config: &crate::config::Config,
    path: &[String],
) -> PyResult {
    let m = Module::new("sys");
    let module = m.downcast::<Module>().expect("module");
    let name = PyStr::new("sys");
    for def in SYS_FUNCTIONS {
        module.set(
            def.name,
            BuiltinFunction::module_function(def, m.clone(), name.clone()),
        );
    }
    let strs = |items: &[String]| List::from_vec(items.iter().map(|s| PyStr::new(s)).collect());
    module.set("monitoring", crate::monitoring::make_module()?);
    module.set("argv", strs(argv));
    module.set("orig_argv", strs(orig_argv));
    module.set("executable", PyStr::new(executable));
    module.set("path", strs(path));
    module.set("meta_path", List::from_vec(Vec::new()));
    module.set("path_hooks", List::from_vec(Vec::new()));
    module.set("path_importer_cache", Dict::new_value());
    module.set("modules", Dict::new_value());
    module.set("platform", PyStr::new("linux"));
    module.set("byteorder", PyStr::new("little"));
    module.set("maxsize", int::from_i64(i64::MAX));
    module.set("maxunicode", int::from_i64(0x10ffff));
    module.set("api_version", int::from_i64(1013));
    module.set("hexversion", int::from_i64(0x030e02f0));
    module.set("version", PyStr::new("3.14.2 (main, Ouro) [Rust]"));
    module.set(
        "copyright",
        PyStr::new("Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved."),
    );
    module.set("float_repr_style", PyStr::new("short"));
    // A default (not free-threaded, not debug) build's ABI flags.
    module.set("abiflags", PyStr::new(""));
    module.set(
        "dont_write_bytecode",
        pybool::py_bool(config.dont_write_bytecode),
    );
    let paths = crate::config::paths();
    let prefix = PyStr::new(&paths.prefix.to_string_lossy());
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        module.set(name, prefix.clone());
    }
    module.set("platlibdir", PyStr::new("lib"));
    module.set(
        "_stdlib_dir",
        paths
            .stdlib
            .as_ref()
            .map_or_else(none, |d| PyStr::new(&d.to_string_lossy())),
    );
    module.set(
        "pycache_prefix",
        config
            .pycache_prefix
            .as_deref()
            .map_or_else(none, PyStr::new),
    );
    module.set(
        "builtin_module_names",
        Tuple::new(
            crate::native_module::names()
                .into_iter()
                .map(PyStr::new)
                .collect(),
        ),
    );
    module.set(
        "stdlib_module_names",
        ouro_objects::set::frozenset_from(
            crate::stdlib_names::STDLIB_MODULE_NAMES
                .iter()
                .map(|n| PyStr::new(n))
                .collect(),
        ),
    );
    module.set("warnoptions", strs(&config.warnoptions));
    let xoptions = Dict::new_value();
    for x in &config.xoptions {
        let (key, value) = match x.split_once('=') {
            Some((k, v)) => (k, PyStr::new(v)),
            None => (x.as_str(), pybool::py_bool(true)),
        };
        protocol::setitem(&xoptions, &PyStr::new(key), Some(&value))?;
    }
    module.set("_xoptions", xoptions);
    module.set(
        "version_info",
        struct_seq(
            "version_info",
            "sys",
            &["major", "minor", "micro", "releaselevel", "serial"],
            vec![
                int::from_i64(3),
                int::from_i64(14),
                int::from_i64(2),
                PyStr::new("final"),
                int::from_i64(0),
            ],
        )?,
    );
    let impl_kwnames = Tuple::new(
        ["name", "cache_tag", "version", "hexversion", "_multiarch"]
            .iter()
            .map(|n| ouro_objects::str::intern(n))
            .collect(),
    );
    let implementation = protocol::call(
        &TypeRef::from_static(&ouro_objects::namespace::NAMESPACE_TYPE).into_value(),
        &[
            PyStr::new("ouro"),
            PyStr::new("ouro-314"),
            module.get("version_info").expect("set above"),
            int::from_i64(0x030e02f0),
            PyStr::new("x86_64-linux-gnu"),
        ],
        Some(&impl_kwnames),
    )?;
    module.set("implementation", implementation);
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
        "gil",
        "thread_inherit_context",
        "context_aware_warnings",
    ];
    // PYTHONHASHSEED=0 turns hash randomization off.
    let randomized = std::env::var("PYTHONHASHSEED").map_or(true, |s| s != "0");
    let n = |v: u32| int::from_i64(i64::from(v));
    let b = |v: bool| int::from_i64(i64::from(v));
    let flag_values = vec![
        n(0),
        b(config.inspect),
        n(0),
        n(config.optimize),
        b(config.dont_write_bytecode),
        b(config.no_user_site),
        b(config.no_site),
        b(config.ignore_environment),
        n(config.verbose),
        n(config.bytes_warning),
        b(config.quiet),
        b(randomized),
        b(config.isolated),
        pybool::py_bool(false),
        n(0),
        n(0),
        pybool::py_bool(config.safe_path),
        int::from_i64(-1),
        n(1),
        n(context_flag(
            config,
            "thread_inherit_context",
            "PYTHON_THREAD_INHERIT_CONTEXT",
        )),
        n(context_flag(
            config,
            "context_aware_warnings",
            "PYTHON_CONTEXT_AWARE_WARNINGS",
        )),
    ];
    module.set(
        "flags",
        struct_seq("flags", "sys", &flag_names, flag_values)?,
    );
    let f = |x: f64| ouro_objects::float::new(x);
    module.set(
        "float_info",
        struct_seq(
            "float_info",
            "sys",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
            vec![
                f(f64::MAX),
                int::from_i64(1024),
                int::from_i64(308),
                f(f64::MIN_POSITIVE),
                int::from_i64(-1021),
                int::from_i64(-307),
                int::from_i64(15),
                int::from_i64(53),
                f(f64::EPSILON),
                int::from_i64(2),
                int::from_i64(1),
            ],
        )?,
    );
    module.set(
        "int_info",
        struct_seq(
            "int_info",
            "sys",
            &[
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
            vec![
                int::from_i64(30),
                int::from_i64(4),
                int::from_i64(4300),
                int::from_i64(640),
            ],
        )?,
    );
    module.set(
        "hash_info",
        struct_seq(
            "hash_info",
            "sys",
            &[
                "width",
                "modulus",
                "inf",
                "nan",
                "imag",
                "algorithm",
                "hash_bits",
                "seed_bits",
                "cutoff",
            ],
            vec![
                int::from_i64(64),
                int::from_i64((1 << 61) - 1),
                int::from_i64(314159),
                int::from_i64(0),
                int::from_i64(1000003),
                PyStr::new("siphash13"),
                int::from_i64(64),
                int::from_i64(128),
                int::from_i64(0),
            ],
        )?,
    );
    let [stdin, stdout, stderr] = crate::io::std_streams();
    module.set("stdin", stdin);
    module.set("stdout", stdout);
    module.set("stderr", stderr);
    for (alias, name) in [
        ("__stdin__", "stdin"),
        ("__stdout__", "stdout"),
        ("__stderr__", "stderr"),
        ("__displayhook__", "displayhook"),
        ("__excepthook__", "excepthook"),
        ("__unraisablehook__", "unraisablehook"),
    ] {
        module.set(alias, module.get(name).expect("set above"));
    }
    SYS.with(|s| *s.borrow_mut() = Some(m.clone()));
    Ok(m)
}
