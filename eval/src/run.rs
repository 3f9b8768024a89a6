//! Running a program: interpreter start-up (types, hooks, hash key, `builtins`, `sys`, `__main__`), the script, `-c` command or stdin, and the exit status with CPython's handling of uncaught exceptions and `SystemExit`; mirrors Modules/main.c and Python/pythonrun.c.

use ouro_frontend::codegen::CompileOptions;
use ouro_frontend::parser::Mode;
use ouro_objects::err::{PyErr, PyResult};
use ouro_objects::exceptions::{self, BaseException};
use ouro_objects::module::Module;
use ouro_objects::none::is_none;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, int, protocol};

/// Reports a Rust panic (always a bug) as CPython reports a fatal error;
/// the process then exits with status 70.
pub fn report_panic(payload: &(dyn std::any::Any + Send)) {
    let msg = payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default();
    eprintln!("Fatal Python error: Ouro panicked: {msg}");
}

/// What to run.
pub enum Program {
    Script(String),
    Command(String),
    /// `-m module`: run through `runpy._run_module_as_main`.
    Module(String),
    Stdin,
}

/// Readies every type and installs the hooks `objects` needs from the interpreter.
pub fn init_runtime() {
    // The key first: readying the types hashes (and caches the hashes of)
    // every interned method name.
    let key = match std::env::var("PYTHONHASHSEED")
        .ok()
        .and_then(|s| s.parse::<u32>().ok())
    {
        Some(seed) => ouro_objects::hash::key_from_seed(seed),
        None => random_key(),
    };
    ouro_objects::hash::set_hash_key(key.0, key.1);
    ouro_objects::init();
    for ty in [
        &crate::frame::FRAME_TYPE,
        &crate::frame::TRACEBACK_TYPE,
        &crate::framelocals::FRAME_LOCALS_PROXY_TYPE,
        &crate::generator::GENERATOR_TYPE,
        &crate::generator::COROUTINE_TYPE,
        &crate::generator::ASYNC_GENERATOR_TYPE,
        &crate::generator::CORO_WRAPPER_TYPE,
        &crate::generator::ASYNC_GEN_ASEND_TYPE,
        &crate::generator::ASYNC_GEN_WRAPPED_TYPE,
        &crate::generator::ASYNC_GEN_ATHROW_TYPE,
        &crate::generator::ANEXT_AWAITABLE_TYPE,
        &crate::superobj::SUPER_TYPE,
        &crate::structseq::STRUCT_FIELD_TYPE,
        &crate::templates::TEMPLATE_TYPE,
        &crate::templates::INTERPOLATION_TYPE,
    ] {
        ouro_objects::typeobj::ready(ty);
    }
    crate::typing::ready_types();
    crate::templates::ready_types();
    for ty in crate::io::types() {
        ouro_objects::typeobj::ready(ty);
    }
    ouro_objects::functype::FUNCTION_TYPE
        .payload()
        .slots
        .call
        .set(Some(crate::interp::call_function));
    if let Some(d) = ouro_objects::functype::FUNCTION_TYPE
        .payload()
        .dict()
        .downcast::<ouro_objects::dict::Dict>()
    {
        let call = ouro_objects::typeobj::SlotDefs {
            call: Some(crate::interp::call_function),
            ..ouro_objects::typeobj::SlotDefs::NONE
        };
        let function_type =
            ouro_objects::TypeRef::from_static(&ouro_objects::functype::FUNCTION_TYPE);
        ouro_objects::descr::add_slot_wrappers(&function_type, &call, d);
    }
    ouro_objects::warnings::set_hook(crate::warnings::warn);
    ouro_objects::gc::set_breaker(crate::signals::set_breaker);
    ouro_objects::core::gil::set_breaker(crate::signals::set_breaker);
    crate::thread::become_main();
    protocol::set_current_globals_hook(crate::frame::current_globals);
    protocol::set_import_hook(crate::import::import_module);
    ouro_objects::err::set_unraisable_hook(crate::warnings::unraisable_with_message);
    ouro_objects::codecs::set_registry_hook(call_codec_registry);
}

/// `_codecs.<function>(*args)`: the codec registry lives in the `_codecs`
/// module, which object code reaches through this hook.
fn call_codec_registry(function: &str, args: &[Value]) -> PyResult {
    let import = crate::builtins::builtin_value("__import__")?;
    let codecs = protocol::call(&import, &[PyStr::new("_codecs")], None)?;
    protocol::call(&protocol::getattr_str(&codecs, function)?, args, None)
}

fn random_key() -> (u64, u64) {
    let mut bytes = [0u8; 16];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        use std::io::Read;
        let _ = f.read_exact(&mut bytes);
    }
    (
        u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
        u64::from_le_bytes(bytes[8..].try_into().expect("8 bytes")),
    )
}

/// The exit status for an uncaught exception (printing it, or handling
/// `SystemExit` as CPython does).
pub fn handle_uncaught(e: PyErr) -> i32 {
    let exc = e.into_value();
    if exc
        .type_obj()
        .payload()
        .is_subtype(exceptions::SYSTEM_EXIT.payload())
    {
        let code = exc.downcast::<BaseException>().and_then(|b| b.field(0));
        crate::sysmod::flush_std_streams();
        return match code {
            None => 0,
            Some(c) if is_none(&c) => 0,
            Some(c) => match int::to_i64(&c) {
                Some(n) => n as i32,
                None => {
                    let text = protocol::str(&c)
                        .map(|s| protocol::str_lossy(&s))
                        .unwrap_or_default();
                    match crate::sysmod::sys_attr("stderr") {
                        Some(err) if !is_none(&err) => {
                            let _ = protocol::call_method(
                                &err,
                                "write",
                                &[PyStr::new(&format!("{text}\n"))],
                            );
                            let _ = protocol::call_method(&err, "flush", &[]);
                        }
                        _ => eprintln!("{text}"),
                    }
                    1
                }
            },
        };
    }
    match crate::sysmod::sys_attr("excepthook") {
        Some(hook) if !is_none(&hook) => {
            let tb = exc
                .downcast::<BaseException>()
                .and_then(BaseException::traceback)
                .unwrap_or_else(ouro_objects::none::none);
            if let Err(e2) = protocol::call(&hook, &[exc.type_value(), exc.clone(), tb], None) {
                eprintln!("Error in sys.excepthook:");
                crate::traceback::print_exception(e2.value());
                eprintln!("\nOriginal exception was:");
                crate::traceback::print_exception(&exc);
            }
        }
        _ => crate::traceback::print_exception(&exc),
    }
    if exc
        .type_obj()
        .payload()
        .is_subtype(exceptions::KEYBOARD_INTERRUPT.payload())
    {
        crate::signals::note_unhandled_interrupt();
        return 130;
    }
    1
}

/// Runs a program and returns the process exit status.
pub fn run_program(
    program: Program,
    args: &[String],
    orig_argv: &[String],
    mut config: crate::config::Config,
) -> i32 {
    // Read before any code object is decoded: counters start from these.
    if config.xoption("specialize") == Some("0") {
        ouro_objects::code::SPECIALIZE.store(false, std::sync::atomic::Ordering::Relaxed);
    }
    if config.xoption("specstats").is_some() {
        crate::specialize::SPECSTATS.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    init_runtime();
    if !config.safe_path {
        config.sys_path_0 = Some(path0(&program));
    }
    let exe_path = std::env::current_exe()
        .or_else(|_| std::path::absolute(orig_argv.first().map_or("ouro", String::as_str)))
        .unwrap_or_default();
    let executable = exe_path.to_string_lossy().into_owned();
    let paths = crate::config::find_paths(config.home.as_deref(), &exe_path);
    let sys_path = crate::config::module_search_path(&config, &paths);
    crate::config::install(config.clone(), paths);
    if config.import_time {
        crate::importtime::enable();
    }
    let shown_name = orig_argv.first().cloned().unwrap_or_else(|| "ouro".into());
    let (argv0, filename, source) = match &program {
        // A directory runs its __main__.py (through runpy, below).
        Program::Script(path) if std::path::Path::new(path).is_dir() => {
            (path.clone(), run_filename_abspath(path), Ok(Vec::new()))
        }
        Program::Script(path) => match std::fs::read(path) {
            Ok(bytes) => (path.clone(), run_filename_abspath(path), Ok(bytes)),
            Err(e) => {
                let abs = std::path::absolute(path)
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| path.clone());
                eprintln!(
                    "{}: can't open file {}: [Errno {}] {}",
                    shown_name,
                    ouro_objects::str::repr_str(&PyStr::from_rust(&abs)),
                    e.raw_os_error().unwrap_or(2),
                    os_error_text(&e)
                );
                return 2;
            }
        },
        Program::Command(code) => (
            "-c".to_string(),
            "<string>".to_string(),
            Ok(code.clone().into_bytes()),
        ),
        Program::Module(_) => ("-m".to_string(), String::new(), Ok(Vec::new())),
        Program::Stdin => {
            let mut buf = Vec::new();
            use std::io::Read;
            let r = std::io::stdin().read_to_end(&mut buf).map(|_| buf);
            ("-".to_string(), "<stdin>".to_string(), r)
        }
    };
    let mut argv = vec![argv0];
    argv.extend_from_slice(args);
    let sys = match crate::sysmod::make_module(&argv, orig_argv, &executable, &config, &sys_path) {
        Ok(s) => s,
        Err(e) => return handle_uncaught(e),
    };
    let builtins = crate::builtins::make_module();
    crate::state::set_builtins(builtins.clone());
    let main = Module::new("__main__");
    let m = main.downcast::<Module>().expect("module");
    m.set("__builtins__", builtins.clone());
    if let Program::Script(_) = &program {
        m.set("__file__", PyStr::new(&filename));
        m.set("__cached__", ouro_objects::none::none());
    }
    let io = crate::io::module();
    for (name, module) in [
        ("sys", &sys),
        ("builtins", &builtins),
        ("_io", &io),
        ("__main__", &main),
    ] {
        if let Err(e) = crate::import::register(name, module) {
            return handle_uncaught(e);
        }
    }
    if let Err(e) = crate::startup::init_importlib(&sys, &builtins) {
        crate::startup::fatal_error("init_importlib", "failed to initialize importlib", e);
    }
    crate::startup::init_importlib_external();
    // Like init_sys_streams, which makes the streams with `io`: the stdlib's
    // `io` is imported before `sys.path[0]` exists, so a script's own io.py
    // cannot shadow it.
    if let Err(e) = crate::import::import_module("io") {
        crate::startup::fatal_error(
            "init_sys_streams",
            "can't initialize sys standard streams",
            e,
        );
    }
    // _PySignal_Init: importing `_signal` makes SIGINT raise KeyboardInterrupt.
    if let Err(e) = crate::import::import_module("_signal") {
        crate::startup::fatal_error("_PySignal_Init", "can't initialize signals", e);
    }
    // init_interp_main: `-W` options take effect as `warnings` applies
    // `sys.warnoptions` on import.
    if !config.warnoptions.is_empty()
        && let Err(e) = crate::import::import_module("warnings")
    {
        eprintln!("'import warnings' failed; traceback:");
        crate::traceback::print_exception(e.value());
    }
    if !config.no_site
        && let Err(e) = crate::import::import_module("site")
    {
        crate::startup::fatal_error("init_import_site", "Failed to import the site module", e);
    }
    // Like pymain_run_python: a directory or zip file with a path entry
    // finder (pymain_get_importer) is run as `-m __main__` from itself;
    // otherwise the script's directory goes first, once `site` has run.
    let main_importer_path = match &program {
        Program::Script(_) => match crate::import::get_importer(&filename) {
            Ok(importer) => importer.map(|_| filename.clone()),
            Err(e) => return handle_uncaught(e),
        },
        _ => None,
    };
    if let Some(path0) = main_importer_path.as_ref().or(config.sys_path_0.as_ref())
        && let Some(path) = crate::sysmod::sys_attr("path")
        && let Err(e) =
            protocol::call_method(&path, "insert", &[int::from_i64(0), PyStr::new(path0)])
    {
        return handle_uncaught(e);
    }
    let status = match (&program, source) {
        (Program::Module(name), _) => run_module(name, true),
        (Program::Script(_), _) if main_importer_path.is_some() => run_module("__main__", false),
        (_, Ok(bytes)) => run_source(&bytes, &filename, m, matches!(program, Program::Script(_))),
        (_, Err(e)) => {
            eprintln!("{shown_name}: can't read stdin: {e}");
            2
        }
    };
    crate::thread::wait_for_shutdown();
    crate::state::run_exit_hook();
    ouro_objects::core::gil::start_finalizing();
    crate::sysmod::flush_std_streams();
    // Like CPython's module teardown: dropping `__main__`'s globals closes
    // (and so flushes) files the program left open.
    let globals = m.dict.downcast::<ouro_objects::dict::Dict>().map(|d| {
        let items = d.items();
        d.clear();
        items
    });
    drop(globals);
    crate::sysmod::flush_std_streams();
    crate::specialize::print_stats();
    // What this thread's thread-locals hold goes now, while it holds the
    // GIL, not in their destructors.
    crate::interp::clear_idle_stacks();
    crate::frame::clear_spare_registers();
    crate::signals::exit_if_interrupted();
    status
}

/// `sys.path[0]` as `_PyPathConfig_ComputeSysPath0` computes it: the
/// script's directory, the current directory for `-m`, else `''`.
fn path0(program: &Program) -> String {
    match program {
        Program::Script(path) => {
            let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
            abs.parent()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default()
        }
        Program::Module(_) => std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default(),
        Program::Command(_) | Program::Stdin => String::new(),
    }
}

/// `-m name`: `runpy._run_module_as_main(name, alter_argv)` (pymain_run_module).
fn run_module(name: &str, alter_argv: bool) -> i32 {
    let runpy = match crate::import::import_module("runpy") {
        Ok(r) => r,
        Err(e) => {
            eprintln!("Could not import runpy module");
            return handle_uncaught(e);
        }
    };
    let result = protocol::getattr_str(&runpy, "_run_module_as_main").and_then(|run| {
        protocol::call(
            &run,
            &[PyStr::new(name), ouro_objects::bool::py_bool(alter_argv)],
            None,
        )
    });
    match result {
        Ok(_) => 0,
        Err(e) => handle_uncaught(e),
    }
}

/// `config_run_filename_abspath`: the script's name as `__file__` and
/// `co_filename` see it, the working directory joined to a relative one as
/// `_Py_abspath` does (no normalisation).
fn run_filename_abspath(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) if path.is_empty() || path == "." => cwd.to_string_lossy().into_owned(),
        Ok(cwd) => format!("{}/{path}", cwd.to_string_lossy()),
        Err(_) => path.to_string(),
    }
}

fn os_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        std::io::ErrorKind::IsADirectory => "Is a directory".into(),
        _ => e.to_string(),
    }
}

/// Runs the main program's bytes; a script file may be compiled code
/// (`_PyRun_SimpleFileObject`'s `maybe_pyc_file`).
fn run_source(bytes: &[u8], filename: &str, main: &Module, is_file: bool) -> i32 {
    let code = if is_file && crate::pycache::is_pyc_script(filename, bytes) {
        crate::pycache::script_code(bytes)
    } else {
        match ouro_frontend::source::decode_source(bytes) {
            Ok(text) => crate::compilefn::compile_source(
                &text,
                filename,
                Mode::Exec,
                &CompileOptions::default(),
            ),
            Err(e) => Err(crate::compilefn::script_decode_error(&e, filename)),
        }
    };
    let code = match code {
        Ok(c) => c,
        Err(e) => return handle_uncaught(e),
    };
    if is_file && let Err(e) = set_main_loader(main, filename, bytes) {
        return handle_uncaught(e);
    }
    let globals: Value = main.dict.clone();
    match crate::interp::run_code(&code, globals.clone(), Some(globals)) {
        Ok(_) => 0,
        Err(e) => handle_uncaught(e),
    }
}

/// `set_main_loader`: `__main__.__loader__` for a script file, importlib's
/// SourceFileLoader (or SourcelessFileLoader for compiled code).
fn set_main_loader(main: &Module, filename: &str, bytes: &[u8]) -> PyResult<()> {
    let class = if crate::pycache::is_pyc_script(filename, bytes) {
        "SourcelessFileLoader"
    } else {
        "SourceFileLoader"
    };
    let external = crate::import::import_module("_frozen_importlib_external")?;
    let loader = protocol::call(
        &protocol::getattr_str(&external, class)?,
        &[PyStr::new("__main__"), PyStr::new(filename)],
        None,
    )?;
    main.set("__loader__", loader);
    Ok(())
}

/// Starts the runtime (once) for a unit test and holds the lock that
/// serialises such tests, standing in for the GIL: each test runs on its
/// own thread, which becomes the main thread while it holds the lock.
#[cfg(test)]
pub fn init_for_test() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    static INIT: std::sync::Once = std::sync::Once::new();
    let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    INIT.call_once(init_runtime);
    crate::thread::become_main();
    guard
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names interned while the types are readied hash with the key in use
    /// afterwards, so a string built at run time finds them.
    #[test]
    fn interned_names_hash_with_the_final_key() {
        let _runtime = init_for_test();
        let interned = ouro_objects::str::intern("append");
        let built = PyStr::new(&["app", "end"].concat());
        assert_eq!(
            protocol::hash(&interned).unwrap(),
            protocol::hash(&built).unwrap()
        );
    }
}
