//! The eval breaker's check: a flag the C-level signal handler sets and the loop tests at `RESUME` and `JUMP_BACKWARD`, running the `_signal` module's Python handlers on the main thread (CPython's `_PyEval_SignalReceived` / `_PyErr_CheckSignalsTstate`), and the cycle collector's scheduled collections (`_Py_RunGC`).

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use ouro_objects::core::gil;
use ouro_objects::err::PyResult;

/// The eval breaker: set (async-signal-safely, or by a thread waiting for
/// the GIL) when the running thread must stop at its next check.
static PENDING: AtomicBool = AtomicBool::new(false);

/// Set while the breaker must stay set after a check (see [`hold_breaker`]).
static HELD: AtomicBool = AtomicBool::new(false);

/// Set when a signal arrived whose handler has not run yet; only the main
/// thread runs them.
static SIGNALED: AtomicBool = AtomicBool::new(false);

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
    /// The `_signal` module's `PyErr_SetInterruptEx`.
    static INTERRUPTER: Cell<Option<fn(isize) -> PyResult<()>>> = const { Cell::new(None) };
}

/// Whether this is the interpreter's main thread, the one that runs signal
/// handlers.
pub fn is_main_thread() -> bool {
    crate::thread::ident() == crate::thread::main_ident()
}

/// Called from a C signal handler: only atomic stores, so async-signal-safe.
pub fn set_pending() {
    SIGNALED.store(true, Ordering::Release);
    PENDING.store(true, Ordering::Release);
}

/// Whether a signal arrived whose handlers have not run; readable without
/// the GIL (a main thread waiting on a lock polls it).
pub fn signal_arrived() -> bool {
    SIGNALED.load(Ordering::Acquire)
}

/// Sets the eval breaker (a thread wants the GIL, or a collection is due).
pub fn set_breaker() {
    PENDING.store(true, Ordering::Release);
}

/// Keeps the breaker set across checks while `on` (running frames have
/// `f_locals` writes to take at their checks, see `frame::check_breaker`);
/// held from before a check clears it, so a thread the check hands the GIL
/// to sees it set.
pub fn hold_breaker(on: bool) {
    HELD.store(on, Ordering::Release);
    if on {
        PENDING.store(true, Ordering::Release);
    }
}

/// Installs `_thread.interrupt_main`'s way to trip a signal.
pub fn set_interrupter(interrupt: fn(isize) -> PyResult<()>) {
    INTERRUPTER.with(|i| i.set(Some(interrupt)));
}

/// `PyErr_SetInterruptEx(signum)`: as if `signum` had arrived.
pub fn simulate_signal(signum: isize) -> PyResult<()> {
    match INTERRUPTER.with(Cell::get) {
        Some(interrupt) => interrupt(signum),
        None => Ok(()),
    }
}

/// Installs the function that runs queued native work (once per process).
pub fn set_native_runner(run: fn()) {
    let _ = NATIVE_RUNNER.set(run);
}

/// Asks for the native runner at the next check on the main thread; only
/// atomic stores, so callable from a signal handler or another thread.
pub fn request_native() {
    NATIVE_PENDING.store(true, Ordering::Release);
    set_pending();
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

/// Whether the eval breaker is set (a [`check`] would do work).
#[inline(always)]
pub fn breaker_set() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// `PyErr_CheckSignals`: runs the pending handlers if any and this is the
/// main thread; a handler's exception is returned to be raised.
#[inline(always)]
pub fn check() -> PyResult<()> {
    if breaker_set() { run_pending() } else { Ok(()) }
}

#[cold]
fn run_pending() -> PyResult<()> {
    PENDING.store(HELD.load(Ordering::Acquire), Ordering::Release);
    if gil::drop_requested() {
        crate::thread::yield_gil();
    }
    // The cycle collector's request (`_Py_RunGC` at the eval breaker).
    ouro_objects::gc::run_scheduled();
    if !is_main_thread() {
        // Signals wait for the main thread: keep the breaker set for it.
        if SIGNALED.load(Ordering::Acquire) {
            PENDING.store(true, Ordering::Release);
        }
        return Ok(());
    }
    if !SIGNALED.swap(false, Ordering::AcqRel) {
        return Ok(());
    }
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
