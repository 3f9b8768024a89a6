//! The eval breaker's check: a flag the C-level signal handler sets and the loop tests at `RESUME` and `JUMP_BACKWARD`, running the `_signal` module's Python handlers on the main thread (CPython's `_PyEval_SignalReceived` / `_PyErr_CheckSignalsTstate`), and the cycle collector's scheduled collections (`_Py_RunGC`).

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::ThreadId;

use ouro_objects::err::PyResult;

/// Set (async-signal-safely) when a signal arrived whose handler has not run yet.
static PENDING: AtomicBool = AtomicBool::new(false);

/// The thread that runs Python signal handlers: the first to ask.
static MAIN_THREAD: OnceLock<ThreadId> = OnceLock::new();

/// The `_signal` module's function that runs the tripped signals' handlers.
type Runner = fn() -> PyResult<()>;

/// Set (async-signal-safely, from any thread) when native work asked to run
/// at the next check: faulthandler's user signals and its watchdog, which
/// cannot walk Python frames from a signal handler or another thread.
static NATIVE_PENDING: AtomicBool = AtomicBool::new(false);

/// Where modules put the native work that `request_native` announces.
static NATIVE_RUNNER: OnceLock<fn()> = OnceLock::new();

ouro_objects::gil_shared! {
    /// The `_signal` module's function that runs the handlers of the tripped signals.
    static RUNNER: Cell<Option<Runner>> = const { Cell::new(None) };
    /// The `_signal` module's `exit_sigint`: SIGINT back to SIG_DFL, then raised.
    static KILL_BY_SIGINT: Cell<Option<fn()>> = const { Cell::new(None) };
    /// `_PyRuntime.signals.unhandled_keyboard_interrupt`.
    static UNHANDLED_INTERRUPT: Cell<bool> = const { Cell::new(false) };
}

/// Whether this is the main thread of the interpreter; the first caller
/// (the interpreter thread at start-up) becomes it.
pub fn is_main_thread() -> bool {
    let me = std::thread::current().id();
    *MAIN_THREAD.get_or_init(|| me) == me
}

/// Called from a C signal handler: only an atomic store, so async-signal-safe.
pub fn set_pending() {
    PENDING.store(true, Ordering::Release);
}

/// Installs the function that runs queued native work (once per process).
pub fn set_native_runner(run: fn()) {
    let _ = NATIVE_RUNNER.set(run);
}

/// Asks for the native runner at the next check on the main thread; only
/// atomic stores, so callable from a signal handler or another thread.
pub fn request_native() {
    NATIVE_PENDING.store(true, Ordering::Release);
    PENDING.store(true, Ordering::Release);
}

/// Installs the function that runs the pending Python handlers.
pub fn set_runner(run: Runner) {
    RUNNER.with(|r| r.set(Some(run)));
}

/// Installs the function that kills the process by SIGINT.
pub fn set_sigint_killer(kill: fn()) {
    KILL_BY_SIGINT.with(|k| k.set(Some(kill)));
}

/// Records that the program ended with an uncaught KeyboardInterrupt.
pub fn note_unhandled_interrupt() {
    UNHANDLED_INTERRUPT.with(|u| u.set(true));
}

/// `exit_sigint` (Modules/main.c): after finalisation, a program that ended
/// with an uncaught KeyboardInterrupt dies by SIGINT so its parent sees why.
pub fn exit_if_interrupted() {
    if UNHANDLED_INTERRUPT.with(Cell::get)
        && let Some(kill) = KILL_BY_SIGINT.with(Cell::get)
    {
        kill();
    }
}

/// `PyErr_CheckSignals`: runs the pending handlers if any and this is the
/// main thread; a handler's exception is returned to be raised.
#[inline(always)]
pub fn check() -> PyResult<()> {
    if PENDING.load(Ordering::Relaxed) {
        run_pending()
    } else {
        Ok(())
    }
}

#[cold]
fn run_pending() -> PyResult<()> {
    if !is_main_thread() {
        return Ok(());
    }
    if !PENDING.swap(false, Ordering::AcqRel) {
        return Ok(());
    }
    // The cycle collector's request (`_Py_RunGC` at the eval breaker).
    ouro_objects::gc::run_scheduled();
    if NATIVE_PENDING.swap(false, Ordering::AcqRel)
        && let Some(run) = NATIVE_RUNNER.get()
    {
        run();
    }
    match RUNNER.with(Cell::get) {
        Some(run) => run(),
        None => Ok(()),
    }
}
