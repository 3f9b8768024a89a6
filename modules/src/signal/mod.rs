//! `_signal`: Python-level signal handlers run by the eval breaker on the main thread, plus the POSIX signal calls (alarm, itimers, masks, sigwait); mirrors Modules/signalmodule.c.

mod sys;

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TYPE_TYPE;
use ouro_objects::{TypeRef, Value, exceptions, float, int, protocol};

use crate::posix::c_int;
use sys::{Disposition, NSIG};

/// Linux's signal names and numbers, as `signal_add_constants` adds them.
const SIGNALS: &[(&str, i64)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGIOT", 6),
    ("SIGABRT", 6),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGBUS", 7),
    ("SIGSEGV", 11),
    ("SIGSYS", 31),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGUSR1", 10),
    ("SIGUSR2", 12),
    ("SIGCLD", 17),
    ("SIGCHLD", 17),
    ("SIGPWR", 30),
    ("SIGIO", 29),
    ("SIGURG", 23),
    ("SIGWINCH", 28),
    ("SIGPOLL", 29),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGCONT", 18),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
    ("SIGSTKFLT", 16),
];

const SIGINT: i32 = libc::SIGINT;

ouro_objects::gil_shared! {
    /// `Handlers[signum].func`: the Python-level handler of each signal
    /// (SIG_DFL/SIG_IGN as ints, a callable, or None when set from C).
    static HANDLERS: RefCell<Vec<Option<Value>>> = RefCell::new(vec![None; NSIG as usize]);
    /// `ItimerError` and `struct_siginfo` once the module exists.
    static STATE: RefCell<Option<(Value, TypeRef)>> = const { RefCell::new(None) };
}

/// Sleeps for `d` with PEP 475's retry: a signal runs the Python handlers,
/// whose exception ends the sleep; otherwise it goes on to the deadline.
pub fn sleep(d: std::time::Duration) -> PyResult<()> {
    let deadline = std::time::Instant::now() + d;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() || sys::nanosleep(left) {
            return Ok(());
        }
        ouro_eval::signals::check()?;
    }
}

/// Called by the process's first thread once it has started the
/// interpreter thread: signals then interrupt the interpreter's system calls.
pub fn leave_signals_to_interpreter() {
    sys::block_all_signals();
}

fn handler(signum: i32) -> Option<Value> {
    HANDLERS.with(|h| h.borrow()[signum as usize].clone())
}

fn set_handler(signum: i32, v: Value) -> Option<Value> {
    HANDLERS.with(|h| h.borrow_mut()[signum as usize].replace(v))
}

fn not_main_thread(what: &str) -> PyErr {
    value_error(format!(
        "{what} only works in main thread of the main interpreter"
    ))
}

/// A signal number argument in 1..NSIG.
fn signum_arg(v: &Value) -> PyResult<i32> {
    let n = c_int(v)?;
    if !(1..NSIG).contains(&n) {
        return Err(value_error("signal number out of range"));
    }
    Ok(n)
}

fn os_error(e: &std::io::Error) -> PyErr {
    crate::posix::os_error(e)
}

/// `_PyErr_CheckSignalsTstate`: runs each tripped signal's Python handler
/// with `(signum, frame)`; the first exception stops the others, which stay
/// pending.
fn run_handlers() -> PyResult<()> {
    for signum in 1..NSIG {
        if !sys::take_tripped(signum) {
            continue;
        }
        let Some(func) = handler(signum) else {
            continue;
        };
        if !is_callable(&func) {
            continue;
        }
        let frame = ouro_eval::frame::nth_meta(0).map_or_else(none, |m| m.frame_object());
        if let Err(e) = protocol::call(&func, &[int::from_i64(i64::from(signum)), frame], None) {
            // Signals after this one run at the next check.
            ouro_eval::signals::set_pending();
            return Err(e);
        }
    }
    Ok(())
}

fn is_callable(v: &Value) -> bool {
    protocol::is_callable(v)
}

/// `PyErr_SetInterruptEx`: `signum` as if it had arrived, unless Python
/// does not handle it (its handler is SIG_DFL or SIG_IGN).
fn interrupt(signum: isize) -> PyResult<()> {
    let signum = i32::try_from(signum)
        .ok()
        .filter(|n| (1..NSIG).contains(n))
        .ok_or_else(|| value_error("signal number out of range"))?;
    let handled = handler(signum).is_some_and(|h| !is_exact_int(&h, 0) && !is_exact_int(&h, 1));
    if handled {
        sys::trip(signum);
    }
    Ok(())
}

/// `compare_handler`: an exact int equal to SIG_DFL/SIG_IGN's value.
fn is_exact_int(v: &Value, n: i64) -> bool {
    std::ptr::eq(v.type_obj(), &ouro_objects::int::INT_TYPE) && int::to_i64(v) == Some(n)
}

fn signal(_m: &Value, args: Args) -> PyResult {
    let a = args.range("signal", "signal", 2, 2)?;
    let signum = c_int(&a[0])?;
    if !ouro_eval::signals::is_main_thread() {
        return Err(not_main_thread("signal"));
    }
    if !(1..NSIG).contains(&signum) {
        return Err(value_error("signal number out of range"));
    }
    let func = &a[1];
    let disposition = if is_callable(func) {
        Disposition::Handler
    } else if is_exact_int(func, 1) {
        Disposition::Ignore
    } else if is_exact_int(func, 0) {
        Disposition::Default
    } else {
        return Err(type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    };
    ouro_eval::signals::check()?;
    sys::set_disposition(signum, disposition).map_err(|e| os_error(&e))?;
    Ok(set_handler(signum, func.clone()).unwrap_or_else(none))
}

fn getsignal(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getsignal", "getsignal", 1, 1)?;
    let signum = signum_arg(&a[0])?;
    Ok(handler(signum).unwrap_or_else(none))
}

fn default_int_handler(_m: &Value, args: Args) -> PyResult {
    args.range("default_int_handler", "default_int_handler", 2, 2)?;
    Err(PyErr::from_instance(exceptions::new_exception_args(
        &exceptions::KEYBOARD_INTERRUPT,
        Tuple::empty(),
    )))
}

fn alarm(_m: &Value, args: Args) -> PyResult {
    let a = args.range("alarm", "alarm", 1, 1)?;
    let secs = c_int(&a[0])?;
    Ok(int::from_i64(i64::from(sys::alarm(secs as u32))))
}

fn pause(_m: &Value, args: Args) -> PyResult {
    args.none("pause")?;
    sys::pause();
    ouro_eval::signals::check()?;
    Ok(none())
}

fn raise_signal(_m: &Value, args: Args) -> PyResult {
    let a = args.range("raise_signal", "raise_signal", 1, 1)?;
    let signum = c_int(&a[0])?;
    // Other threads block signals (so the process's reach the main
    // thread): one raised there goes to the process instead.
    let raised = if ouro_eval::signals::is_main_thread() {
        sys::raise(signum)
    } else {
        sys::raise_in_process(signum)
    };
    raised.map_err(|e| os_error(&e))?;
    ouro_eval::signals::check()?;
    Ok(none())
}

fn strsignal(_m: &Value, args: Args) -> PyResult {
    let a = args.range("strsignal", "strsignal", 1, 1)?;
    let signum = signum_arg(&a[0])?;
    Ok(match sys::strsignal(signum) {
        Some(s) if !s.contains("Unknown signal") => PyStr::new(&s),
        _ => none(),
    })
}

fn int_set(signals: &[i32]) -> PyResult {
    ouro_objects::set::set_from(
        signals
            .iter()
            .map(|&s| int::from_i64(i64::from(s)))
            .collect(),
    )
}

/// `iterable_to_sigset`: every item a signal number in 1..NSIG.
fn sigset_arg(v: &Value) -> PyResult<Vec<i32>> {
    let mut out = Vec::new();
    for item in protocol::collect(v)? {
        let n = c_int(&item)?;
        if !(1..NSIG).contains(&n) {
            return Err(value_error(format!(
                "signal number {n} out of range [1; {}]",
                NSIG - 1
            )));
        }
        out.push(n);
    }
    Ok(out)
}

fn valid_signals(_m: &Value, args: Args) -> PyResult {
    args.none("valid_signals")?;
    int_set(&sys::valid_signals())
}

fn set_wakeup_fd(_m: &Value, args: Args) -> PyResult {
    let [fd, _warn] = args.parse("set_wakeup_fd", ["fd", "warn_on_full_buffer"], 1, 1, 1)?;
    let fd = c_int(fd.as_ref().expect("required"))?;
    if !ouro_eval::signals::is_main_thread() {
        return Err(not_main_thread("set_wakeup_fd"));
    }
    if fd != -1 && !sys::is_nonblocking(fd).map_err(|e| os_error(&e))? {
        return Err(value_error(format!(
            "the fd {fd} must be in non-blocking mode"
        )));
    }
    let old = sys::WAKEUP_FD.swap(fd, std::sync::atomic::Ordering::AcqRel);
    Ok(int::from_i64(i64::from(old)))
}

fn siginterrupt(_m: &Value, args: Args) -> PyResult {
    let a = args.range("siginterrupt", "siginterrupt", 2, 2)?;
    let signum = signum_arg(&a[0])?;
    let flag = c_int(&a[1])?;
    sys::siginterrupt(signum, flag != 0).map_err(|e| os_error(&e))?;
    Ok(none())
}

fn itimer_error(e: &std::io::Error) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let Some(cls) = STATE.with(|s| s.borrow().as_ref().map(|(c, _)| c.clone())) else {
        return os_error(e);
    };
    let msg = crate::posix::strerror(errno);
    match protocol::call(
        &cls,
        &[int::from_i64(i64::from(errno)), PyStr::new(&msg)],
        None,
    ) {
        Ok(exc) => PyErr::from_instance(exc),
        Err(err) => err,
    }
}

fn pair(p: (f64, f64)) -> Value {
    Tuple::new(vec![float::new(p.0), float::new(p.1)])
}

fn setitimer(_m: &Value, args: Args) -> PyResult {
    let a = args.range("setitimer", "setitimer", 2, 3)?;
    let which = c_int(&a[0])?;
    let value = float::float_of(&a[1])?;
    let interval = a.get(2).map(float::float_of).transpose()?.unwrap_or(0.0);
    Ok(pair(
        sys::setitimer(which, value, interval).map_err(|e| itimer_error(&e))?,
    ))
}

fn getitimer(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getitimer", "getitimer", 1, 1)?;
    let which = c_int(&a[0])?;
    Ok(pair(sys::getitimer(which).map_err(|e| itimer_error(&e))?))
}

fn pthread_sigmask(_m: &Value, args: Args) -> PyResult {
    let a = args.range("pthread_sigmask", "pthread_sigmask", 2, 2)?;
    let how = c_int(&a[0])?;
    let signals = sigset_arg(&a[1])?;
    let old = sys::pthread_sigmask(how, &signals).map_err(|e| os_error(&e))?;
    ouro_eval::signals::check()?;
    int_set(&old)
}

/// `pthread_kill(thread_id, signum)`; Ouro runs one Python thread, so the
/// only id that names a live thread is this one's.
fn pthread_kill(_m: &Value, args: Args) -> PyResult {
    let a = args.range("pthread_kill", "pthread_kill", 2, 2)?;
    let id = protocol::index(&a[0])?;
    let signum = c_int(&a[1])?;
    if int::to_i64(&id).map(|n| n as u64) != Some(ouro_eval::thread::ident()) {
        return Err(os_error(&std::io::Error::from_raw_os_error(libc::ESRCH)));
    }
    sys::kill_self_thread(signum).map_err(|e| os_error(&e))?;
    ouro_eval::signals::check()?;
    Ok(none())
}

fn sigpending(_m: &Value, args: Args) -> PyResult {
    args.none("sigpending")?;
    int_set(&sys::sigpending().map_err(|e| os_error(&e))?)
}

fn sigwait(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sigwait", "sigwait", 1, 1)?;
    let signals = sigset_arg(&a[0])?;
    Ok(int::from_i64(i64::from(
        sys::sigwait(&signals).map_err(|e| os_error(&e))?,
    )))
}

/// `signal.struct_siginfo`, made when the module is.
const STRUCT_SIGINFO: ouro_eval::structseq::StructSeqDesc<'static> =
    ouro_eval::structseq::StructSeqDesc {
        name: "signal.struct_siginfo",
        doc: "struct_siginfo: Result from sigwaitinfo or sigtimedwait.\n\nThis object may be accessed either as a tuple of\n(si_signo, si_code, si_errno, si_pid, si_uid, si_status, si_band),\nor via the attributes si_signo, si_code, and so on.",
        fields: &[
            "si_signo",
            "si_code",
            "si_errno",
            "si_pid",
            "si_uid",
            "si_status",
            "si_band",
        ],
        n_in_sequence: 7,
    };

fn siginfo_value(info: sys::SigInfo) -> PyResult {
    let Some(ty) = STATE.with(|s| s.borrow().as_ref().map(|(_, t)| t.clone())) else {
        return Ok(none());
    };
    ouro_eval::structseq::new_instance(&ty, info.iter().map(|&f| int::from_i64(f)).collect())
}

/// PEP 475: EINTR runs the handlers and retries unless one raised.
fn wait_info(signals: &[i32], timeout: Option<(i64, i64)>) -> PyResult {
    loop {
        match sys::sigtimedwait(signals, timeout) {
            Ok(Some(info)) => return siginfo_value(info),
            Ok(None) => return Ok(none()),
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => ouro_eval::signals::check()?,
            Err(e) => return Err(os_error(&e)),
        }
    }
}

fn sigwaitinfo(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sigwaitinfo", "sigwaitinfo", 1, 1)?;
    wait_info(&sigset_arg(&a[0])?, None)
}

fn sigtimedwait(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sigtimedwait", "sigtimedwait", 2, 2)?;
    let signals = sigset_arg(&a[0])?;
    let secs = float::float_of(&a[1])?;
    if secs < 0.0 {
        return Err(value_error("timeout must be non-negative"));
    }
    let whole = secs.trunc();
    wait_info(
        &signals,
        Some((whole as i64, ((secs - whole) * 1e9) as i64)),
    )
}

fn pidfd_send_signal(_m: &Value, args: Args) -> PyResult {
    let a = args.range("pidfd_send_signal", "pidfd_send_signal", 2, 4)?;
    let pidfd = c_int(&a[0])?;
    let signum = c_int(&a[1])?;
    if a.get(2).is_some_and(|v| !is_none(v)) {
        return Err(type_error("siginfo must be None"));
    }
    let flags = a.get(3).map(c_int).transpose()?.unwrap_or(0);
    sys::pidfd_send_signal(pidfd, signum, flags as u32).map_err(|e| os_error(&e))?;
    Ok(none())
}

fn itimer_error_class() -> PyResult {
    let ns = Dict::new_value();
    ns.downcast::<Dict>()
        .expect("dict")
        .set_str("__module__", PyStr::new("signal"));
    protocol::call(
        &TypeRef::from_static(&TYPE_TYPE).into_value(),
        &[
            PyStr::new("ItimerError"),
            Tuple::new(vec![
                TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
            ]),
            ns,
        ],
        None,
    )
}

/// `signal_module_exec`: constants, the handlers table read from the C
/// dispositions, and SIGINT's `default_int_handler` when SIGINT is SIG_DFL
/// (the interpreter imports `_signal` at start-up, as `_PySignal_Init` does).
fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let set_int = |name: &str, n: i64| m.set(name, int::from_i64(n));
    set_int("SIG_DFL", 0);
    set_int("SIG_IGN", 1);
    set_int("NSIG", i64::from(NSIG));
    set_int("SIG_BLOCK", i64::from(libc::SIG_BLOCK));
    set_int("SIG_UNBLOCK", i64::from(libc::SIG_UNBLOCK));
    set_int("SIG_SETMASK", i64::from(libc::SIG_SETMASK));
    set_int("ITIMER_REAL", i64::from(libc::ITIMER_REAL));
    set_int("ITIMER_VIRTUAL", i64::from(libc::ITIMER_VIRTUAL));
    set_int("ITIMER_PROF", i64::from(libc::ITIMER_PROF));
    for &(name, n) in SIGNALS {
        set_int(name, n);
    }
    let err = itimer_error_class()?;
    m.set("ItimerError", err.clone());
    let siginfo = ouro_eval::structseq::new_type(&STRUCT_SIGINFO)?;
    m.set("struct_siginfo", siginfo.clone().into_value());
    let int_handler = protocol::getattr_str(module, "default_int_handler")?;
    STATE.with(|s| *s.borrow_mut() = Some((err, siginfo)));
    for signum in 1..NSIG {
        let value = match sys::disposition(signum) {
            Ok(Disposition::Default) => Some(int::from_i64(0)),
            Ok(Disposition::Ignore) => Some(int::from_i64(1)),
            _ => None,
        };
        HANDLERS.with(|h| h.borrow_mut()[signum as usize] = value);
    }
    ouro_eval::signals::set_runner(run_handlers);
    ouro_eval::signals::set_interrupter(interrupt);
    ouro_eval::thread::set_thread_start_hook(sys::block_all_signals);
    ouro_eval::signals::set_sigint_killer(sys::kill_by_sigint);
    if ouro_eval::signals::is_main_thread()
        && sys::disposition(SIGINT).ok() == Some(Disposition::Default)
    {
        sys::set_disposition(SIGINT, Disposition::Handler).map_err(|e| os_error(&e))?;
        set_handler(SIGINT, int_handler);
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_signal",
    doc: "This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\nsetitimer() -- cause a signal (described below) after a specified\n               float time and the timer may restart then [Unix only]\ngetitimer() -- get current value of timer [Unix only]\nsignal() -- set the action for a given signal\ngetsignal() -- get the signal action for a given signal\npause() -- wait until a signal arrives [Unix only]\ndefault_int_handler() -- default SIGINT handler\n\nsignal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\nITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\nITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\nITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n               Coupled with ITIMER_VIRTUAL, this timer is usually\n               used to profile the time spent by the application\n               in user and kernel space. SIGPROF is delivered upon\n               expiration.\n\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.",
    functions: &[
        MethodDef::new(
            "default_int_handler",
            default_int_handler,
            "default_int_handler($module, signalnum, frame, /)\n--\n\nThe default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.",
        ),
        MethodDef::new(
            "alarm",
            alarm,
            "alarm($module, seconds, /)\n--\n\nArrange for SIGALRM to arrive after the given number of seconds.",
        ),
        MethodDef::new(
            "setitimer",
            setitimer,
            "setitimer($module, which, seconds, interval=0.0, /)\n--\n\nSets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF).\n\nThe timer will fire after value seconds and after that every interval seconds.\nThe itimer can be cleared by setting seconds to zero.\n\nReturns old values as a tuple: (delay, interval).",
        ),
        MethodDef::new(
            "getitimer",
            getitimer,
            "getitimer($module, which, /)\n--\n\nReturns current value of given itimer.",
        ),
        MethodDef::new(
            "signal",
            signal,
            "signal($module, signalnum, handler, /)\n--\n\nSet the action for the given signal.\n\nThe action can be SIG_DFL, SIG_IGN, or a callable Python object.\nThe previous action is returned.  See getsignal() for possible return values.\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.",
        ),
        MethodDef::new(
            "raise_signal",
            raise_signal,
            "raise_signal($module, signalnum, /)\n--\n\nSend a signal to the executing process.",
        ),
        MethodDef::new(
            "strsignal",
            strsignal,
            "strsignal($module, signalnum, /)\n--\n\nReturn the system description of the given signal.\n\nReturns the description of signal *signalnum*, such as \"Interrupt\"\nfor :const:`SIGINT`. Returns :const:`None` if *signalnum* has no\ndescription. Raises :exc:`ValueError` if *signalnum* is invalid.",
        ),
        MethodDef::new(
            "getsignal",
            getsignal,
            "getsignal($module, signalnum, /)\n--\n\nReturn the current action for the given signal.\n\nThe return value can be:\n  SIG_IGN -- if the signal is being ignored\n  SIG_DFL -- if the default action for the signal is in effect\n  None    -- if an unknown handler is in effect\n  anything else -- the callable Python object used as a handler",
        ),
        MethodDef::new(
            "set_wakeup_fd",
            set_wakeup_fd,
            "set_wakeup_fd(fd, *, warn_on_full_buffer=True) -> fd\n\nSets the fd to be written to (with the signal number) when a signal\ncomes in.  A library can use this to wakeup select or poll.\nThe previous fd or -1 is returned.\n\nThe fd must be non-blocking.",
        ),
        MethodDef::new(
            "siginterrupt",
            siginterrupt,
            "siginterrupt($module, signalnum, flag, /)\n--\n\nChange system call restart behaviour.\n\nIf flag is False, system calls will be restarted when interrupted by\nsignal sig, else system calls will be interrupted.",
        ),
        MethodDef::new(
            "pause",
            pause,
            "pause($module, /)\n--\n\nWait until a signal arrives.",
        ),
        MethodDef::new(
            "pidfd_send_signal",
            pidfd_send_signal,
            "pidfd_send_signal($module, pidfd, signalnum, siginfo=None, flags=0, /)\n--\n\nSend a signal to a process referred to by a pid file descriptor.",
        ),
        MethodDef::new(
            "pthread_kill",
            pthread_kill,
            "pthread_kill($module, thread_id, signalnum, /)\n--\n\nSend a signal to a thread.",
        ),
        MethodDef::new(
            "pthread_sigmask",
            pthread_sigmask,
            "pthread_sigmask($module, how, mask, /)\n--\n\nFetch and/or change the signal mask of the calling thread.",
        ),
        MethodDef::new(
            "sigpending",
            sigpending,
            "sigpending($module, /)\n--\n\nExamine pending signals.\n\nReturns a set of signal numbers that are pending for delivery to\nthe calling thread.",
        ),
        MethodDef::new(
            "sigwait",
            sigwait,
            "sigwait($module, sigset, /)\n--\n\nWait for a signal.\n\nSuspend execution of the calling thread until the delivery of one of the\nsignals specified in the signal set sigset.  The function accepts the signal\nand returns the signal number.",
        ),
        MethodDef::new(
            "sigwaitinfo",
            sigwaitinfo,
            "sigwaitinfo($module, sigset, /)\n--\n\nWait synchronously until one of the signals in *sigset* is delivered.\n\nReturns a struct_siginfo containing information about the signal.",
        ),
        MethodDef::new(
            "sigtimedwait",
            sigtimedwait,
            "sigtimedwait($module, sigset, timeout, /)\n--\n\nLike sigwaitinfo(), but with a timeout.\n\nThe timeout is specified in seconds, with floating-point numbers allowed.",
        ),
        MethodDef::new(
            "valid_signals",
            valid_signals,
            "valid_signals($module, /)\n--\n\nReturn a set of valid signal numbers on this platform.\n\nThe signal numbers returned by this function can be safely passed to\nfunctions like `pthread_sigmask`.",
        ),
    ],
    types: Vec::new,
    init,
};
