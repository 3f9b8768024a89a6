//! The global interpreter lock and the interpreter-wide statics it guards (CPython's `Python/ceval_gil.c`): one thread runs Python at a time, hands over at eval-breaker checks on `sys.setswitchinterval`'s schedule, and lets go around blocking calls.
//!
//! Objects are reference counted without atomics and the interpreter's
//! state lives in plain statics, so everything that touches either must
//! hold the GIL. The lock is a mutex-protected flag rather than a mutex
//! guard: a thread holds it across arbitrary native code and returns, and
//! the main thread holds it from start-up without ever asking.

use std::cell::{Cell, LazyCell, RefCell};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// A static of the interpreter shared by all its threads: only the thread
/// holding the GIL touches it. Has `thread_local!`'s `with` interface.
pub struct GilShared<T>(T);

// SAFETY: every access happens with the GIL held (see the module doc), so
// no two threads touch the value at once, and the GIL's mutex orders one
// holder's writes before the next holder's reads.
unsafe impl<T> Sync for GilShared<T> {}

impl<T> GilShared<T> {
    pub const fn new(value: T) -> Self {
        GilShared(value)
    }

    #[inline(always)]
    pub fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0)
    }
}

/// A shared static whose first use computes it (`thread_local!`'s
/// non-`const` initializers).
pub struct GilLazy<T>(LazyCell<T>);

// SAFETY: as for `GilShared`: only the GIL's holder touches it.
unsafe impl<T> Sync for GilLazy<T> {}

impl<T> GilLazy<T> {
    pub const fn new(init: fn() -> T) -> Self {
        GilLazy(LazyCell::new(init))
    }

    #[inline(always)]
    pub fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0)
    }
}

impl<T> GilLazy<RefCell<T>> {
    pub fn with_borrow<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0.borrow())
    }

    pub fn with_borrow_mut<R>(&'static self, f: impl FnOnce(&mut T) -> R) -> R {
        f(&mut self.0.borrow_mut())
    }
}

impl<T: Copy> GilShared<Cell<T>> {
    #[inline(always)]
    pub fn get(&'static self) -> T {
        self.0.get()
    }

    #[inline(always)]
    pub fn set(&'static self, value: T) {
        self.0.set(value);
    }
}

impl<T> GilShared<RefCell<T>> {
    pub fn with_borrow<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0.borrow())
    }

    pub fn with_borrow_mut<R>(&'static self, f: impl FnOnce(&mut T) -> R) -> R {
        f(&mut self.0.borrow_mut())
    }

    pub fn replace(&'static self, value: T) -> T {
        self.0.replace(value)
    }

    pub fn take(&'static self) -> T
    where
        T: Default,
    {
        self.0.take()
    }
}

/// Declares interpreter-wide statics with `thread_local!`'s syntax: a
/// `const { .. }` initializer is evaluated at compile time, any other on
/// first use.
#[macro_export]
macro_rules! gil_shared {
    () => {};
    ($(#[$attr:meta])* $vis:vis static $name:ident: $ty:ty = const { $init:expr }; $($rest:tt)*) => {
        $(#[$attr])* $vis static $name: $crate::core::gil::GilShared<$ty> =
            $crate::core::gil::GilShared::new($init);
        $crate::gil_shared!($($rest)*);
    };
    ($(#[$attr:meta])* $vis:vis static $name:ident: $ty:ty = $init:expr; $($rest:tt)*) => {
        $(#[$attr])* $vis static $name: $crate::core::gil::GilLazy<$ty> =
            $crate::core::gil::GilLazy::new(|| $init);
        $crate::gil_shared!($($rest)*);
    };
}

/// The lock itself: whether some thread holds it, and how many times it has
/// changed hands (so a waiter can tell whether its wait saw a switch).
struct GilState {
    held: bool,
    switches: u64,
    /// Threads waiting in `acquire` and in `yield_to_waiter`: a condition
    /// variable is signalled only when someone waits on it (each signal is
    /// a system call).
    waiting: u32,
    yielding: u32,
}

static GIL: Mutex<GilState> = Mutex::new(GilState {
    held: true,
    switches: 0,
    waiting: 0,
    yielding: 0,
});
/// Signalled when the GIL is let go.
static RELEASED: Condvar = Condvar::new();
/// Signalled when the GIL is taken (a thread that yielded waits for it, so
/// the one that asked really gets a turn: CPython's `FORCE_SWITCHING`).
static TAKEN: Condvar = Condvar::new();

/// Set once a second thread has existed: until then taking and letting go
/// of the GIL is skipped, so single-threaded programs pay nothing.
static THREADED: AtomicBool = AtomicBool::new(false);

/// A waiting thread asks the holder to let go at its next eval-breaker check.
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);

/// `sys.setswitchinterval`, in microseconds.
static SWITCH_INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

crate::gil_shared! {
    /// Runs just before the holder lets go (the interpreter publishes the
    /// thread's innermost frame for `sys._current_frames`).
    static RELEASE_HOOK: Cell<Option<fn()>> = const { Cell::new(None) };
}

/// Installs what runs just before a thread lets go of the GIL.
pub fn set_release_hook(hook: fn()) {
    RELEASE_HOOK.set(Some(hook));
}

fn before_release() {
    if let Some(hook) = RELEASE_HOOK.get() {
        hook();
    }
}

/// Called when a thread asks the holder to let go; sets the eval breaker.
static BREAKER: Mutex<Option<fn()>> = Mutex::new(None);

fn state() -> MutexGuard<'static, GilState> {
    // A panic while the mutex was held cannot leave the flag inconsistent.
    GIL.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Installs what sets the eval breaker when a thread wants the GIL.
pub fn set_breaker(set: fn()) {
    *BREAKER
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(set);
}

/// Notes that a second thread is about to exist; from now on the GIL is
/// really taken and let go.
pub fn enable_threads() {
    THREADED.store(true, Ordering::Release);
}

/// `sys.getswitchinterval()`, in seconds.
pub fn switch_interval() -> f64 {
    SWITCH_INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// `sys.setswitchinterval(seconds)`; the caller checked it is positive.
pub fn set_switch_interval(seconds: f64) {
    let us = (seconds * 1e6).clamp(1.0, u64::MAX as f64) as u64;
    SWITCH_INTERVAL_US.store(us, Ordering::Relaxed);
}

/// Whether a waiting thread asked for the GIL.
#[inline(always)]
pub fn drop_requested() -> bool {
    DROP_REQUEST.load(Ordering::Relaxed)
}

/// Takes the GIL, waiting for it; after each switch interval without a
/// hand-over the holder is asked to let go.
pub fn acquire() {
    if finalizing_elsewhere() {
        park_forever();
    }
    let interval = Duration::from_micros(SWITCH_INTERVAL_US.load(Ordering::Relaxed));
    let mut gil = state();
    while gil.held {
        let seen = gil.switches;
        gil.waiting += 1;
        let (next, wait) = RELEASED
            .wait_timeout(gil, interval)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        gil = next;
        gil.waiting -= 1;
        if wait.timed_out() && gil.held && gil.switches == seen {
            DROP_REQUEST.store(true, Ordering::Release);
            let breaker = *BREAKER
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(set) = breaker {
                set();
            }
        }
    }
    if finalizing_elsewhere() {
        drop(gil);
        park_forever();
    }
    gil.held = true;
    gil.switches = gil.switches.wrapping_add(1);
    DROP_REQUEST.store(false, Ordering::Release);
    HOLDING.with(|h| h.set(true));
    let yielding = gil.yielding > 0;
    drop(gil);
    if yielding {
        TAKEN.notify_all();
    }
}

/// Lets go of the GIL.
pub fn release() {
    before_release();
    HOLDING.with(|h| h.set(false));
    let mut gil = state();
    gil.held = false;
    let waiting = gil.waiting > 0;
    drop(gil);
    if waiting {
        RELEASED.notify_one();
    }
}

/// How many milliseconds a yielding thread waits for a waiter to take the GIL.
const YIELD_WAITS: u32 = 50;

/// At an eval-breaker check that found a drop request: lets another thread
/// run, waits until one has taken the GIL, then takes it back.
pub fn yield_to_waiter() {
    before_release();
    let mut gil = state();
    gil.held = false;
    let before = gil.switches;
    if gil.waiting == 0 {
        // The thread that asked stopped waiting (it took the GIL while
        // this one was on its way here, or gave up): keep going.
        gil.held = true;
        HOLDING.with(|h| h.set(true));
        DROP_REQUEST.store(false, Ordering::Release);
        return;
    }
    RELEASED.notify_one();
    gil.yielding += 1;
    // Bounded, so a lost wake-up cannot stop this thread for good.
    for _ in 0..YIELD_WAITS {
        if gil.switches != before {
            break;
        }
        gil = TAKEN
            .wait_timeout(gil, Duration::from_millis(1))
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .0;
    }
    gil.yielding -= 1;
    drop(gil);
    acquire();
}

/// Runs `blocking` with the GIL let go (`Py_BEGIN_ALLOW_THREADS`): it must
/// not touch objects or interpreter state.
#[inline]
pub fn allow_threads<R>(blocking: impl FnOnce() -> R) -> R {
    if !THREADED.load(Ordering::Acquire) {
        return blocking();
    }
    release();
    let result = blocking();
    acquire();
    result
}

/// Values handed to a new thread, which uses them only once it holds the GIL.
pub struct GilBound<T>(T);

// SAFETY: the receiving thread touches the value only with the GIL held,
// like every other object access (see the module doc).
unsafe impl<T> Send for GilBound<T> {}

impl<T> GilBound<T> {
    pub fn new(value: T) -> Self {
        GilBound(value)
    }

    /// The value, once the receiving thread holds the GIL.
    pub fn into_inner(self) -> T {
        self.0
    }
}

/// Set once the interpreter finalizes: from then on only the finalizing
/// thread runs Python, and any other that asks for the GIL stops for good
/// (CPython's daemon threads at exit).
static FINALIZING: AtomicBool = AtomicBool::new(false);

thread_local! {
    static IS_FINALIZER: Cell<bool> = const { Cell::new(false) };
    /// Whether this thread holds the GIL (the main thread from start-up).
    static HOLDING: Cell<bool> = const { Cell::new(false) };
}

/// Marks the calling thread as the one holding the GIL (the interpreter's
/// main thread at start-up, which holds it without asking).
pub fn mark_holding() {
    HOLDING.with(|h| h.set(true));
}

/// Runs `f` holding the GIL, taking it first if this thread does not hold
/// it (`PyGILState_Ensure`: C code calling a ctypes callback, possibly
/// from inside a foreign call that let the GIL go).
pub fn with_gil<R>(f: impl FnOnce() -> R) -> R {
    if HOLDING.with(Cell::get) {
        return f();
    }
    acquire();
    let result = f();
    release();
    result
}

/// The calling thread (holding the GIL) finalizes the interpreter.
pub fn start_finalizing() {
    IS_FINALIZER.with(|f| f.set(true));
    FINALIZING.store(true, Ordering::Release);
}

/// Whether finalization began on another thread: this one must not run
/// Python again.
fn finalizing_elsewhere() -> bool {
    FINALIZING.load(Ordering::Acquire) && !IS_FINALIZER.with(Cell::get)
}

fn park_forever() -> ! {
    loop {
        std::thread::park();
    }
}

/// Whether more than one thread has ever run Python.
pub fn is_threaded() -> bool {
    THREADED.load(Ordering::Acquire)
}

/// Runs `fork` with the GIL's mutex held, so no other thread is inside it
/// when the process is copied and the child finds it unlocked.
pub fn hold_for_fork<R>(fork: impl FnOnce() -> R) -> R {
    let gil = state();
    let result = fork();
    drop(gil);
    result
}

/// After `fork()` in the child: the calling thread is the only one and
/// holds the GIL; nobody waits for it.
pub fn after_fork_child() {
    state().held = true;
    DROP_REQUEST.store(false, Ordering::Release);
}
