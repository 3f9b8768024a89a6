//! The `faulthandler` module: Python tracebacks on fatal signals, on demand, after a timeout and on user signals; mirrors Modules/faulthandler.c and the dump format of Python/traceback.c (`_Py_DumpTracebackThreads`).
//!
//! Limits, and why: CPython reads its frame structs from a signal handler or
//! from the watchdog thread without taking the GIL. Ouro's frames live in
//! the interpreter thread's own state (reference counts and `RefCell`s), so:
//! - the fatal handler (SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL) walks the
//!   frames through `sys._getframe` from the signal handler, on a 1 MiB
//!   alternate stack; the process is dying anyway, but a fault inside the
//!   frame bookkeeping or the allocator can stop the dump part-way (a second
//!   fault then gets the previous handler, so the process still dies by the
//!   signal);
//! - `register()`ed user signals and `dump_traceback_later()` do not dump
//!   from the handler or the watchdog thread: they ask the interpreter
//!   (`signals::request_native`) to dump at its next check, the points where
//!   Python signal handlers run. The watchdog also sends the interpreter
//!   thread a signal so a sleep or poll returns EINTR and checks; a call the
//!   kernel restarts (a blocking read) and Rust code that loops without
//!   checking delay the dump until they return.
//! - Only the interpreter thread runs Python code, so "all threads" is that
//!   thread.

mod sys;

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, runtime_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::{Value, bool as pybool, exceptions, int, protocol};

use sys::{FATAL_FD, FATAL_SIGNALS, NSIG, USER_TRIPPED, write_raw};

/// At most this many frames are written per thread (`MAX_FRAME_DEPTH`).
const MAX_FRAME_DEPTH: usize = 100;

static FATAL_ALL_THREADS: AtomicBool = AtomicBool::new(true);
static FATAL_C_STACK: AtomicBool = AtomicBool::new(true);
/// Set while the fatal handler runs, so a fault inside it does not recurse.
static IN_FATAL_HANDLER: AtomicBool = AtomicBool::new(false);
/// Per user signal: call the previous handler too (`chain=True`).
static USER_CHAIN: [AtomicBool; NSIG as usize] = [const { AtomicBool::new(false) }; NSIG as usize];
/// Set by the watchdog thread when its timeout passed.
static WATCHDOG_FIRED: AtomicBool = AtomicBool::new(false);

/// A registered user signal: where its dump goes.
struct UserSignal {
    /// Kept alive so its descriptor stays open.
    _file: Option<Value>,
    fd: i32,
    all_threads: bool,
}

/// A pending `dump_traceback_later`.
struct Later {
    _file: Option<Value>,
    fd: i32,
    header: String,
    repeat: bool,
    exit: bool,
    /// Set to stop the watchdog thread, which waits on the condition.
    cancel: Arc<(Mutex<bool>, Condvar)>,
    thread: Option<std::thread::JoinHandle<()>>,
}

ouro_objects::gil_shared! {
    /// The file `enable()` writes to, kept alive while enabled.
    static FATAL_FILE: RefCell<Option<Value>> = const { RefCell::new(None) };
    static USER_SIGNALS: RefCell<Vec<Option<UserSignal>>> =
        RefCell::new((0..NSIG).map(|_| None).collect());
    static LATER: RefCell<Option<Later>> = const { RefCell::new(None) };
}

/// The signal the watchdog sends the interpreter thread to cut a blocking
/// call short (a real-time signal nothing else here uses).
fn wakeup_signal() -> i32 {
    libc::SIGRTMAX() - 1
}

/// `faulthandler_get_fileno`: None is `sys.stderr`, an int is a descriptor,
/// anything else must have `fileno()` (and is flushed). Returns the
/// descriptor and the object to keep alive.
fn file_arg(file: Option<&Value>) -> PyResult<(i32, Option<Value>)> {
    let file = match file.filter(|f| !is_none(f)) {
        Some(f) if int::is_int(f) => {
            if f.downcast::<pybool::Bool>().is_some() {
                ouro_objects::warnings::warn(
                    &exceptions::RUNTIME_WARNING,
                    "bool is used as a file descriptor",
                    1,
                )?;
            }
            let fd = crate::posix::c_int(f)?;
            if fd < 0 {
                return Err(value_error("file is not a valid file descriptor"));
            }
            return Ok((fd, None));
        }
        Some(f) => f.clone(),
        None => match ouro_eval::sysmod::sys_attr("stderr") {
            Some(e) if !is_none(&e) => e,
            _ => return Err(runtime_error("sys.stderr is None")),
        },
    };
    let result = protocol::call_method(&file, "fileno", &[])?;
    let fd = int::to_i64(&result)
        .filter(|_| int::is_int(&result))
        .and_then(|n| i32::try_from(n).ok())
        .filter(|n| (0..i32::MAX).contains(n))
        .ok_or_else(|| runtime_error("file.fileno() is not a valid file descriptor"))?;
    // A flush error is ignored, as in CPython.
    let _ = protocol::call_method(&file, "flush", &[]);
    Ok((fd, Some(file)))
}

/// Writes the code points `s` with non-ASCII ones escaped (`_Py_DumpASCII`).
fn write_ascii(fd: i32, s: &[u32]) {
    let mut out = String::with_capacity(s.len());
    for &c in s {
        match c {
            0x20..0x7f => out.push(char::from(c as u8)),
            n if n < 0x100 => out.push_str(&format!("\\x{n:02x}")),
            n if n < 0x10000 => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    write_raw(fd, out.as_bytes());
}

/// What an unreadable name or line shows.
const UNKNOWN: [u32; 3] = [b'?' as u32; 3];

/// One `  File "...", line N in name` line per frame, innermost first.
fn dump_frames(fd: i32) {
    let Some(getframe) = ouro_eval::sysmod::sys_attr("_getframe") else {
        return;
    };
    let Ok(mut frame) = protocol::call(&getframe, &[int::from_i64(0)], None) else {
        write_raw(fd, b"  <no Python frame>\n");
        return;
    };
    let text = |v: PyResult| {
        v.ok().and_then(|s| {
            s.downcast::<PyStr>()
                .map(|s| s.chars().collect::<Vec<u32>>())
        })
    };
    for depth in 0.. {
        if is_none(&frame) {
            break;
        }
        if depth >= MAX_FRAME_DEPTH {
            write_raw(fd, b"  ...\n");
            break;
        }
        let code = protocol::getattr_str(&frame, "f_code");
        let filename = code
            .as_ref()
            .ok()
            .and_then(|c| text(protocol::getattr_str(c, "co_filename")));
        let name = code
            .as_ref()
            .ok()
            .and_then(|c| text(protocol::getattr_str(c, "co_name")));
        let line = protocol::getattr_str(&frame, "f_lineno")
            .ok()
            .and_then(|l| int::to_i64(&l));
        write_raw(fd, b"  File \"");
        write_ascii(fd, filename.as_deref().unwrap_or(&UNKNOWN));
        write_raw(fd, b"\", line ");
        match line {
            Some(l) => write_raw(fd, l.to_string().as_bytes()),
            None => write_raw(fd, b"???"),
        }
        write_raw(fd, b" in ");
        write_ascii(fd, name.as_deref().unwrap_or(&UNKNOWN));
        write_raw(fd, b"\n");
        match protocol::getattr_str(&frame, "f_back") {
            Ok(back) => frame = back,
            Err(_) => break,
        }
    }
}

/// `_Py_DumpTracebackThreads` for the one Python thread (`current`: it is
/// the thread doing the dump) or `_Py_DumpTraceback` (`all_threads` false).
fn dump_traceback(fd: i32, all_threads: bool, current: bool) {
    if all_threads {
        let (id, name) = sys::thread_id_and_name();
        write_raw(
            fd,
            if current {
                b"Current thread 0x"
            } else {
                b"Thread 0x"
            },
        );
        sys::write_hex(fd, id, 16);
        if !name.is_empty() {
            write_raw(fd, b" [");
            write_raw(fd, name.as_bytes());
            write_raw(fd, b"]");
        }
        write_raw(fd, b" (most recent call first):\n");
    } else {
        write_raw(fd, b"Stack (most recent call first):\n");
    }
    dump_frames(fd);
}

/// `faulthandler_fatal_error`: report, restore the previous handler and
/// raise the signal again so it does what it did before.
extern "C" fn fatal_handler(signum: libc::c_int) {
    let fd = FATAL_FD.load(Ordering::Acquire);
    sys::restore(signum);
    if fd < 0 || IN_FATAL_HANDLER.swap(true, Ordering::AcqRel) {
        sys::set_default(signum);
        sys::raise(signum);
        return;
    }
    let name = FATAL_SIGNALS
        .iter()
        .find(|(s, _)| *s == signum)
        .map_or("Segmentation fault", |(_, n)| n);
    write_raw(fd, b"Fatal Python error: ");
    write_raw(fd, name.as_bytes());
    write_raw(fd, b"\n\n");
    // A panic must not unwind out of a signal handler.
    let _ = std::panic::catch_unwind(|| {
        dump_traceback(fd, FATAL_ALL_THREADS.load(Ordering::Acquire), true);
    });
    if FATAL_C_STACK.load(Ordering::Acquire) {
        write_raw(fd, b"\n");
        sys::dump_c_stack(fd);
    }
    IN_FATAL_HANDLER.store(false, Ordering::Release);
    sys::raise(signum);
    // The previous handler returned (Rust's stack-overflow handler does for
    // a raised signal): end with the signal's default action.
    sys::set_default(signum);
    sys::raise(signum);
}

/// A registered user signal arrived: the dump waits for the interpreter.
extern "C" fn user_handler(signum: libc::c_int) {
    if let Some(flag) = usize::try_from(signum)
        .ok()
        .and_then(|i| USER_TRIPPED.get(i))
    {
        flag.store(true, Ordering::Release);
    }
    ouro_eval::signals::request_native();
    if USER_CHAIN
        .get(signum as usize)
        .is_some_and(|c| c.load(Ordering::Acquire))
    {
        sys::call_previous(signum);
    }
}

/// The watchdog's wake-up signal: only there to interrupt a system call.
extern "C" fn wakeup_handler(_signum: libc::c_int) {}

/// Runs on the interpreter thread at a check: the dumps user signals and
/// the watchdog asked for.
fn run_pending_dumps() {
    for signum in 1..NSIG {
        if USER_TRIPPED[signum as usize].swap(false, Ordering::AcqRel) {
            let target = USER_SIGNALS.with(|u| {
                u.borrow()[signum as usize]
                    .as_ref()
                    .map(|s| (s.fd, s.all_threads))
            });
            if let Some((fd, all_threads)) = target {
                dump_traceback(fd, all_threads, true);
            }
        }
    }
    if WATCHDOG_FIRED.swap(false, Ordering::AcqRel) {
        let job = LATER.with(|l| {
            l.borrow()
                .as_ref()
                .map(|j| (j.fd, j.header.clone(), j.repeat, j.exit))
        });
        if let Some((fd, header, repeat, exit)) = job {
            write_raw(fd, header.as_bytes());
            dump_traceback(fd, true, false);
            if exit {
                sys::exit_now(1);
            }
            if !repeat {
                cancel_later();
            }
        }
    }
}

fn enable(_m: &Value, args: Args) -> PyResult {
    let [file, all_threads, c_stack] =
        args.parse("enable", ["file", "all_threads", "c_stack"], 0, 0, 3)?;
    let (fd, file) = file_arg(file.as_ref())?;
    let all_threads = all_threads.map_or(Ok(true), |v| protocol::is_true(&v))?;
    let c_stack = c_stack.map_or(Ok(true), |v| protocol::is_true(&v))?;
    FATAL_FILE.with(|f| *f.borrow_mut() = file);
    FATAL_ALL_THREADS.store(all_threads, Ordering::Release);
    FATAL_C_STACK.store(c_stack, Ordering::Release);
    if c_stack {
        sys::preload_backtrace();
    }
    if FATAL_FD.swap(fd, Ordering::AcqRel) < 0 {
        sys::ensure_alt_stack().map_err(|e| crate::posix::os_error(&e))?;
        for (signum, _) in FATAL_SIGNALS {
            sys::install(signum, fatal_handler, false).map_err(|e| {
                PyErr::new(
                    &exceptions::RUNTIME_ERROR,
                    format!("[Errno {}] {e}", e.raw_os_error().unwrap_or(0)),
                )
            })?;
        }
    }
    Ok(none())
}

/// Turns the fatal handler off; whether it was on.
fn disable_fatal() -> bool {
    if FATAL_FD.swap(-1, Ordering::AcqRel) < 0 {
        return false;
    }
    for (signum, _) in FATAL_SIGNALS {
        sys::restore(signum);
    }
    FATAL_FILE.with(|f| f.borrow_mut().take());
    true
}

fn disable(_m: &Value, args: Args) -> PyResult {
    args.none("disable")?;
    Ok(pybool::py_bool(disable_fatal()))
}

fn is_enabled(_m: &Value, args: Args) -> PyResult {
    args.none("is_enabled")?;
    Ok(pybool::py_bool(FATAL_FD.load(Ordering::Acquire) >= 0))
}

fn dump_traceback_py(_m: &Value, args: Args) -> PyResult {
    let [file, all_threads] = args.parse("dump_traceback", ["file", "all_threads"], 0, 0, 2)?;
    let (fd, _keep) = file_arg(file.as_ref())?;
    let all_threads = all_threads.map_or(Ok(true), |v| protocol::is_true(&v))?;
    dump_traceback(fd, all_threads, true);
    ouro_eval::signals::check()?;
    Ok(none())
}

fn dump_c_stack(_m: &Value, args: Args) -> PyResult {
    let [file] = args.parse("dump_c_stack", ["file"], 0, 0, 1)?;
    let (fd, _keep) = file_arg(file.as_ref())?;
    sys::dump_c_stack(fd);
    ouro_eval::signals::check()?;
    Ok(none())
}

/// `format_timeout`: `Timeout (H:MM:SS[.ffffff])!\n`.
fn timeout_header(timeout: Duration) -> String {
    let secs = timeout.as_secs();
    let micros = timeout.subsec_micros();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if micros != 0 {
        format!("Timeout ({h}:{m:02}:{s:02}.{micros:06})!\n")
    } else {
        format!("Timeout ({h}:{m:02}:{s:02})!\n")
    }
}

/// Stops the watchdog thread, if any.
fn cancel_later() {
    let Some(mut job) = LATER.with(|l| l.borrow_mut().take()) else {
        return;
    };
    let (lock, cond) = &*job.cancel;
    *lock.lock().unwrap_or_else(|e| e.into_inner()) = true;
    cond.notify_all();
    if let Some(t) = job.thread.take() {
        let _ = t.join();
    }
    sys::restore(wakeup_signal());
    WATCHDOG_FIRED.store(false, Ordering::Release);
}

fn dump_traceback_later(_m: &Value, args: Args) -> PyResult {
    let [timeout, repeat, file, exit] = args.parse(
        "dump_traceback_later",
        ["timeout", "repeat", "file", "exit"],
        0,
        1,
        4,
    )?;
    let seconds = crate::time::seconds_arg(&timeout.expect("required"))?;
    if seconds <= 0.0 {
        return Err(value_error("timeout must be greater than 0"));
    }
    let timeout = Duration::try_from_secs_f64(seconds)
        .map_err(|_| PyErr::new(&exceptions::OVERFLOW_ERROR, "timeout value is too large"))?;
    if timeout.is_zero() {
        return Err(value_error("timeout must be greater than 0"));
    }
    let repeat = repeat.map_or(Ok(false), |v| protocol::is_true(&v))?;
    let exit = exit.map_or(Ok(false), |v| protocol::is_true(&v))?;
    let (fd, file) = file_arg(file.as_ref())?;
    cancel_later();
    // SA_RESTART: calls the kernel restarts (read, write, waitpid) go on
    // undisturbed; sleeps and polls, which it never restarts, return EINTR
    // and check.
    sys::install(wakeup_signal(), wakeup_handler, true).map_err(|e| crate::posix::os_error(&e))?;
    let cancel = Arc::new((Mutex::new(false), Condvar::new()));
    let interpreter = sys::current_thread();
    let watch = Arc::clone(&cancel);
    let wake = wakeup_signal();
    let thread = std::thread::Builder::new()
        .name("faulthandler".into())
        .spawn(move || {
            let (lock, cond) = &*watch;
            let mut cancelled = lock.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                let (guard, result) = cond
                    .wait_timeout_while(cancelled, timeout, |c| !*c)
                    .unwrap_or_else(|e| e.into_inner());
                cancelled = guard;
                if *cancelled || !result.timed_out() {
                    return;
                }
                WATCHDOG_FIRED.store(true, Ordering::Release);
                ouro_eval::signals::request_native();
                sys::interrupt(interpreter, wake);
                if !repeat {
                    return;
                }
            }
        })
        .map_err(|e| crate::posix::os_error(&e))?;
    LATER.with(|l| {
        *l.borrow_mut() = Some(Later {
            _file: file,
            fd,
            header: timeout_header(timeout),
            repeat,
            exit,
            cancel,
            thread: Some(thread),
        });
    });
    Ok(none())
}

fn cancel_dump_traceback_later(_m: &Value, args: Args) -> PyResult {
    args.none("cancel_dump_traceback_later")?;
    cancel_later();
    Ok(none())
}

/// A signal number argument for register/unregister.
fn signum_arg(v: &Value) -> PyResult<i32> {
    let n = crate::posix::c_int(v)?;
    if !(1..NSIG).contains(&n) {
        return Err(value_error("signal number out of range"));
    }
    Ok(n)
}

fn register(_m: &Value, args: Args) -> PyResult {
    let [signum, file, all_threads, chain] = args.parse(
        "register",
        ["signum", "file", "all_threads", "chain"],
        0,
        1,
        4,
    )?;
    let signum = signum_arg(&signum.expect("required"))?;
    if FATAL_SIGNALS.iter().any(|(s, _)| *s == signum) {
        return Err(runtime_error(format!(
            "signal {signum} cannot be registered, use enable() instead"
        )));
    }
    let (fd, file) = file_arg(file.as_ref())?;
    let all_threads = all_threads.map_or(Ok(true), |v| protocol::is_true(&v))?;
    let chain = chain.map_or(Ok(false), |v| protocol::is_true(&v))?;
    let registered = USER_SIGNALS.with(|u| u.borrow()[signum as usize].is_some());
    if !registered {
        sys::ensure_alt_stack().map_err(|e| crate::posix::os_error(&e))?;
        sys::install(signum, user_handler, true).map_err(|e| crate::posix::os_error(&e))?;
    }
    USER_CHAIN[signum as usize].store(chain, Ordering::Release);
    USER_SIGNALS.with(|u| {
        u.borrow_mut()[signum as usize] = Some(UserSignal {
            _file: file,
            fd,
            all_threads,
        });
    });
    Ok(none())
}

fn unregister(_m: &Value, args: Args) -> PyResult {
    let a = args.range("unregister", "unregister", 1, 1)?;
    let signum = signum_arg(&a[0])?;
    let was = USER_SIGNALS.with(|u| u.borrow_mut()[signum as usize].take());
    if was.is_none() {
        return Ok(pybool::py_bool(false));
    }
    sys::restore(signum);
    USER_TRIPPED[signum as usize].store(false, Ordering::Release);
    Ok(pybool::py_bool(true))
}

fn sigsegv(_m: &Value, args: Args) -> PyResult {
    args.range("_sigsegv", "_sigsegv", 0, 1)?;
    sys::raise_fault(libc::SIGSEGV);
    Ok(none())
}

fn read_null(_m: &Value, args: Args) -> PyResult {
    args.none("_read_null")?;
    // Reading address 0 is undefined behaviour in Rust; the signal it
    // would raise on Linux is raised instead.
    sys::raise_fault(libc::SIGSEGV);
    Ok(none())
}

fn sigfpe(_m: &Value, args: Args) -> PyResult {
    args.none("_sigfpe")?;
    sys::raise_fault(libc::SIGFPE);
    Ok(none())
}

fn sigabrt(_m: &Value, args: Args) -> PyResult {
    args.none("_sigabrt")?;
    sys::abort()
}

fn fatal_error_c_thread(_m: &Value, args: Args) -> PyResult {
    args.none("_fatal_error_c_thread")?;
    let t = std::thread::spawn(|| {
        write_raw(
            2,
            b"Fatal Python error: faulthandler_fatal_error_thread: in new thread\n",
        );
        sys::abort()
    });
    let _ = t.join();
    Ok(none())
}

/// Uses about 4 KiB of stack per level, up to `levels`.
fn recurse(levels: usize) -> usize {
    let pad = std::hint::black_box([0u8; 4096]);
    if levels == 0 {
        return usize::from(pad[0]);
    }
    std::hint::black_box(recurse(levels - 1)) + usize::from(pad[levels % 4096])
}

fn stack_overflow(_m: &Value, args: Args) -> PyResult {
    args.none("_stack_overflow")?;
    // At most 100 MiB, as CPython's STACK_OVERFLOW_MAX_SIZE.
    std::hint::black_box(recurse(100 * 1024 * 1024 / 4096));
    Err(runtime_error("unable to raise a stack overflow"))
}

fn init(_module: &Value) -> PyResult<()> {
    ouro_eval::signals::set_native_runner(run_pending_dumps);
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "faulthandler",
    doc: "faulthandler module.",
    functions: &[
        MethodDef::new(
            "enable",
            enable,
            "enable($module, /, file=sys.stderr, all_threads=True)\n--\n\nEnable the fault handler.",
        ),
        MethodDef::new(
            "disable",
            disable,
            "disable($module, /)\n--\n\nDisable the fault handler.",
        ),
        MethodDef::new(
            "is_enabled",
            is_enabled,
            "is_enabled($module, /)\n--\n\nCheck if the handler is enabled.",
        ),
        MethodDef::new(
            "dump_traceback",
            dump_traceback_py,
            "dump_traceback($module, /, file=sys.stderr, all_threads=True)\n--\n\nDump the traceback of the current thread, or of all threads if all_threads is True, into file.",
        ),
        MethodDef::new(
            "dump_c_stack",
            dump_c_stack,
            "dump_c_stack($module, /, file=sys.stderr)\n--\n\nDump the C stack of the current thread.",
        ),
        MethodDef::new(
            "dump_traceback_later",
            dump_traceback_later,
            "dump_traceback_later($module, /, timeout, repeat=False, file=sys.stderr, exit=False)\n--\n\nDump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe.",
        ),
        MethodDef::new(
            "cancel_dump_traceback_later",
            cancel_dump_traceback_later,
            "cancel_dump_traceback_later($module, /)\n--\n\nCancel the previous call to dump_traceback_later().",
        ),
        MethodDef::new(
            "register",
            register,
            "register($module, /, signum, file=sys.stderr, all_threads=True, chain=False)\n--\n\nRegister a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file.",
        ),
        MethodDef::new(
            "unregister",
            unregister,
            "unregister($module, signum, /)\n--\n\nUnregister the handler of the signal 'signum' registered by register().",
        ),
        MethodDef::new(
            "_sigsegv",
            sigsegv,
            "_sigsegv($module, release_gil=False, /)\n--\n\nRaise a SIGSEGV signal.",
        ),
        MethodDef::new(
            "_read_null",
            read_null,
            "_read_null($module, /)\n--\n\nRead from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform.",
        ),
        MethodDef::new(
            "_sigfpe",
            sigfpe,
            "_sigfpe($module, /)\n--\n\nRaise a SIGFPE signal.",
        ),
        MethodDef::new(
            "_sigabrt",
            sigabrt,
            "_sigabrt($module, /)\n--\n\nRaise a SIGABRT signal.",
        ),
        MethodDef::new(
            "_fatal_error_c_thread",
            fatal_error_c_thread,
            "_fatal_error_c_thread($module, /)\n--\n\nCall Py_FatalError() in a new C thread.",
        ),
        MethodDef::new(
            "_stack_overflow",
            stack_overflow,
            "_stack_overflow($module, /)\n--\n\nRecursive call to raise a stack overflow.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
