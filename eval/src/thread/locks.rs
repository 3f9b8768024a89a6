//! `_thread.lock` and `_thread.RLock` (Modules/_threadmodule.c): real locks that a thread waits on with the GIL let go, interruptible by signals on the main thread.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::core::gil;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, float, int, protocol};

use super::ident;

/// `_thread.TIMEOUT_MAX` (CPython's `PY_TIMEOUT_MAX` in seconds on Linux).
pub const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// How often the main thread, waiting, looks for signals to handle.
const SIGNAL_POLL: Duration = Duration::from_millis(20);

/// A timeout in seconds as `_PyTime_FromSecondsObject` takes it: an int or
/// a float that fits in a nanosecond count.
fn timeout_seconds(t: &Value) -> PyResult<f64> {
    const NANOS_MAX_SECONDS: f64 = 9.223_372_036_854_776e9;
    if int::is_int(t) {
        let n = protocol::index(t)?;
        return match int::to_i64(&n) {
            Some(secs) if secs.unsigned_abs() as f64 <= NANOS_MAX_SECONDS => Ok(secs as f64),
            _ => Err(PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "timestamp too large to convert to C PyTime_t",
            )),
        };
    }
    let Some(f) = float::as_f64(t) else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer or float",
            protocol::type_name(t)
        )));
    };
    if f.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if !(-NANOS_MAX_SECONDS..NANOS_MAX_SECONDS).contains(&f) {
        return Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(f)
}

/// `acquire(blocking=True, timeout=-1)`'s arguments: `None` to wait
/// forever, else how long to wait.
fn acquire_args(fname: &str, args: &Args) -> PyResult<Option<Duration>> {
    // `acquire()` and `acquire(False)` (`with` and `Condition._is_owned`)
    // are nearly every call.
    if args.kw_count() == 0 {
        match args.positional() {
            [] => return Ok(None),
            [blocking] if blocking.is_static(&pybool::TRUE) => return Ok(None),
            [blocking] if blocking.is_static(&pybool::FALSE) => return Ok(Some(Duration::ZERO)),
            _ => {}
        }
    }
    let [blocking, timeout] = args.parse(fname, ["blocking", "timeout"], 0, 0, 2)?;
    let blocking = match blocking {
        Some(b) => protocol::is_true(&b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => timeout_seconds(&t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    if !blocking {
        return Ok(Some(Duration::ZERO));
    }
    if timeout == -1.0 {
        return Ok(None);
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "timeout value is too large",
        ));
    }
    Ok(Some(Duration::from_secs_f64(timeout)))
}

/// A value threads wait on for a change: the state under a mutex, with a
/// count of its waiters so that an update signals (a system call) only when
/// someone waits.
#[derive(Default)]
pub struct Waitable<T> {
    state: Mutex<Watched<T>>,
    changed: Condvar,
}

#[derive(Default)]
struct Watched<T> {
    value: T,
    waiters: u32,
}

impl<T> Waitable<T> {
    pub const fn new(value: T) -> Self {
        Waitable {
            state: Mutex::new(Watched { value, waiters: 0 }),
            changed: Condvar::new(),
        }
    }

    fn guard(&self) -> MutexGuard<'_, Watched<T>> {
        // The state is a plain value: a panic elsewhere cannot leave it torn.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Reads the value.
    pub fn get<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        read(&self.guard().value)
    }

    /// Changes the value and wakes the waiters (all of them, or one).
    pub fn update<R>(&self, all: bool, change: impl FnOnce(&mut T) -> R) -> R {
        let mut s = self.guard();
        let result = change(&mut s.value);
        let waiters = s.waiters > 0;
        drop(s);
        if waiters {
            if all {
                self.changed.notify_all();
            } else {
                self.changed.notify_one();
            }
        }
        result
    }

    /// Waits with the GIL let go until `ready` says the wait is over (it
    /// updates the value when it succeeds) or `wait` runs out; on the main
    /// thread, pending signal handlers run every `SIGNAL_POLL` and an
    /// exception from one ends the wait (`acquire_timed`'s
    /// `Py_MakePendingCalls`).
    pub fn wait_for(
        &self,
        wait: Option<Duration>,
        mut ready: impl FnMut(&mut T) -> bool,
    ) -> PyResult<bool> {
        if ready(&mut self.guard().value) {
            return Ok(true);
        }
        if wait == Some(Duration::ZERO) {
            return Ok(false);
        }
        let deadline = wait.map(|d| Instant::now() + d);
        let main = crate::signals::is_main_thread();
        loop {
            // The GIL is taken back only to return or to run a signal's
            // handlers: a main thread that woke to poll and found nothing
            // waits on without it.
            let got = gil::allow_threads(|| {
                loop {
                    let until = match (deadline, main) {
                        (Some(d), true) => Some(d.min(Instant::now() + SIGNAL_POLL)),
                        (Some(d), false) => Some(d),
                        (None, true) => Some(Instant::now() + SIGNAL_POLL),
                        (None, false) => None,
                    };
                    if self.wait_until(until, &mut ready) {
                        break Some(true);
                    }
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        break Some(false);
                    }
                    if crate::signals::signal_arrived() {
                        break None;
                    }
                }
            });
            if let Some(got) = got {
                return Ok(got);
            }
            crate::signals::check()?;
        }
    }

    /// The blocking part of `wait_for`, run without the GIL.
    fn wait_until(&self, until: Option<Instant>, ready: &mut impl FnMut(&mut T) -> bool) -> bool {
        let mut s = self.guard();
        s.waiters += 1;
        let got = loop {
            if ready(&mut s.value) {
                break true;
            }
            match until {
                None => s = self.changed.wait(s).unwrap_or_else(PoisonError::into_inner),
                Some(until) => {
                    let now = Instant::now();
                    if now >= until {
                        break false;
                    }
                    s = self
                        .changed
                        .wait_timeout(s, until - now)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0;
                }
            }
        };
        s.waiters -= 1;
        got
    }
}

/// A `Waitable` that can be replaced by a new one (`_at_fork_reinit`,
/// `_PyThread_at_fork_reinit`): in the child of a `fork()`, the old one's
/// mutex may be held by a thread that exists only in the parent, so the
/// child never touches it again. The cell is locked only with the GIL held
/// (so never at a fork) and never across a wait: a waiter holds its own `Arc`.
pub(crate) struct Renewable<T>(Mutex<Arc<Waitable<T>>>);

impl<T> Renewable<T> {
    pub(crate) fn new(value: T) -> Self {
        Renewable(Mutex::new(Arc::new(Waitable::new(value))))
    }

    fn cell(&self) -> MutexGuard<'_, Arc<Waitable<T>>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// `Waitable::wait_for` on the current one, holding an `Arc` of it
    /// only if it has to wait.
    pub(crate) fn wait_for(
        &self,
        wait: Option<Duration>,
        mut ready: impl FnMut(&mut T) -> bool,
    ) -> PyResult<bool> {
        let cell = self.cell();
        if ready(&mut cell.guard().value) {
            return Ok(true);
        }
        if wait == Some(Duration::ZERO) {
            return Ok(false);
        }
        let waitable = Arc::clone(&cell);
        drop(cell);
        waitable.wait_for(wait, ready)
    }

    /// For a call that does not wait (it takes the mutex only briefly).
    pub(crate) fn with<R>(&self, f: impl FnOnce(&Waitable<T>) -> R) -> R {
        f(&self.cell())
    }

    /// Starts over from a new `Waitable` holding `value`; the old one is
    /// dropped without being locked (in a forked child its count may
    /// include the parent's threads, so it is never freed there).
    pub(crate) fn renew(&self, value: T) {
        let old = std::mem::replace(&mut *self.cell(), Arc::new(Waitable::new(value)));
        drop(old);
    }
}

/// `_thread.lock`: a flag other threads wait on.
pub struct Lock {
    locked: Renewable<bool>,
}

impl Lock {
    fn new() -> Lock {
        Lock {
            locked: Renewable::new(false),
        }
    }

    fn is_locked(&self) -> bool {
        self.locked.with(|w| w.get(|locked| *locked))
    }

    /// `acquire_timed`: takes the lock within `wait`.
    pub(crate) fn acquire(&self, wait: Option<Duration>) -> PyResult<bool> {
        self.locked
            .wait_for(wait, |locked| !std::mem::replace(locked, true))
    }

    /// Unlocks; false if it was not locked.
    pub(crate) fn release(&self) -> bool {
        self.locked
            .with(|w| w.update(false, |locked| std::mem::replace(locked, false)))
    }
}

fn lock_of(v: &Value) -> &Lock {
    v.downcast::<Lock>().expect("lock method on a lock")
}

pub fn new_lock() -> Value {
    alloc_typed(&TypeRef::from_static(&LOCK_TYPE), Lock::new())
}

fn lock_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    Args::new(args, kwnames).none("lock")?;
    Ok(new_lock())
}

fn lock_acquire(v: &Value, args: Args) -> PyResult {
    let wait = acquire_args("acquire", &args)?;
    Ok(pybool::py_bool(lock_of(v).acquire(wait)?))
}

fn lock_release(v: &Value, args: Args) -> PyResult {
    args.none("release")?;
    if !lock_of(v).release() {
        return Err(runtime_error("release unlocked lock"));
    }
    Ok(none())
}

fn lock_exit(v: &Value, _args: Args) -> PyResult {
    lock_release(v, Args::new(&[], None))
}

fn lock_locked(v: &Value, args: Args) -> PyResult {
    args.none("locked")?;
    Ok(pybool::py_bool(lock_of(v).is_locked()))
}

fn lock_at_fork_reinit(v: &Value, args: Args) -> PyResult {
    args.none("_at_fork_reinit")?;
    lock_of(v).locked.renew(false);
    Ok(none())
}

fn lock_repr(v: &Value) -> PyResult {
    let state = if lock_of(v).is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(PyStr::new(&format!(
        "<{state} {} object at {:#x}>",
        tp_name(v),
        v.word()
    )))
}

/// CPython's `tp_name`: module-qualified for the static types, the bare
/// class name for subclasses.
fn tp_name(v: &Value) -> String {
    let name = v.type_obj().payload().name();
    let ty = v.type_value();
    if TypeRef::from_value(&ty).is_some_and(|t| t.is_static(&LOCK_TYPE) || t.is_static(&RLOCK_TYPE))
    {
        format!("_thread.{name}")
    } else {
        name
    }
}

builtin_type!(pub static LOCK_TYPE: Lock = TypeSpec {
    name: "_thread.lock",
    doc: Some("A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { new: Some(lock_new), repr: Some(lock_repr), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("acquire_lock", lock_acquire, "acquire_lock($self, /, blocking=True, timeout=-1)\n--\n\nAn obsolete synonym of acquire()."),
        MethodDef::new("acquire", lock_acquire, "acquire($self, /, blocking=True, timeout=-1)\n--\n\nLock the lock.  Without argument, this blocks if the lock is already\nlocked (even by the same thread), waiting for another thread to release\nthe lock, and return True once the lock is acquired.\nWith an argument, this will only block if the argument is true,\nand the return value reflects whether the lock is acquired.\nThe blocking operation is interruptible."),
        MethodDef::new("release_lock", lock_release, "release_lock($self, /)\n--\n\nAn obsolete synonym of release()."),
        MethodDef::new("release", lock_release, "release($self, /)\n--\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nbut it needn't be locked by the same thread that unlocks it."),
        MethodDef::new("locked_lock", lock_locked, "locked_lock($self, /)\n--\n\nAn obsolete synonym of locked()."),
        MethodDef::new("locked", lock_locked, "locked($self, /)\n--\n\nTest whether the lock object is locked."),
        MethodDef::new("__enter__", lock_acquire, "__enter__($self, /, blocking=True, timeout=-1)\n--\n\nLock the lock."),
        MethodDef::new("__exit__", lock_exit, "__exit__($self, /, *exc_info)\n--\n\nRelease the lock."),
        MethodDef::new("_at_fork_reinit", lock_at_fork_reinit, "_at_fork_reinit($self, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});

/// Who holds an `RLock` (0: nobody) and how many times.
#[derive(Clone, Copy, Default)]
struct Ownership {
    owner: u64,
    count: u64,
}

/// `_thread.RLock`: owner thread and recursion count.
pub struct RLock {
    state: Renewable<Ownership>,
}

impl RLock {
    fn ownership(&self) -> Ownership {
        self.state.with(|w| w.get(|s| *s))
    }

    /// Waits until nobody holds it, then makes it `taken`.
    fn take(&self, wait: Option<Duration>, taken: Ownership) -> PyResult<bool> {
        self.state.wait_for(wait, |s| {
            if s.count == 0 {
                *s = taken;
                true
            } else {
                false
            }
        })
    }

    fn set_free(&self) {
        self.state
            .with(|w| w.update(false, |s| *s = Ownership::default()));
    }
}

fn rlock_of(v: &Value) -> &RLock {
    v.downcast::<RLock>().expect("RLock method on an RLock")
}

fn rlock_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        RLock {
            state: Renewable::new(Ownership { owner: 0, count: 0 }),
        },
    ))
}

fn rlock_acquire(v: &Value, args: Args) -> PyResult {
    let wait = acquire_args("acquire", &args)?;
    let me = ident();
    let mut overflowed = false;
    // One look at the state: re-entry by the owner (only the owner changes
    // an owned lock, so it never waits) or a free lock taken.
    let got = rlock_of(v).state.wait_for(wait, |s| {
        if s.count > 0 && s.owner == me {
            match s.count.checked_add(1) {
                Some(count) => s.count = count,
                None => overflowed = true,
            }
            return true;
        }
        if s.count > 0 {
            return false;
        }
        *s = Ownership {
            owner: me,
            count: 1,
        };
        true
    })?;
    if overflowed {
        return Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Internal lock count overflowed",
        ));
    }
    Ok(pybool::py_bool(got))
}

fn rlock_release(v: &Value, args: Args) -> PyResult {
    args.none("release")?;
    let r = rlock_of(v);
    let me = ident();
    let released = r.state.with(|w| {
        w.update(false, |s| {
            if s.count == 0 || s.owner != me {
                return false;
            }
            s.count -= 1;
            if s.count == 0 {
                s.owner = 0;
            }
            true
        })
    });
    if !released {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    Ok(none())
}

fn rlock_exit(v: &Value, _args: Args) -> PyResult {
    rlock_release(v, Args::new(&[], None))
}

fn rlock_locked(v: &Value, args: Args) -> PyResult {
    args.none("locked")?;
    Ok(pybool::py_bool(rlock_of(v).ownership().count > 0))
}

fn rlock_is_owned(v: &Value, args: Args) -> PyResult {
    args.none("_is_owned")?;
    let s = rlock_of(v).ownership();
    Ok(pybool::py_bool(s.count > 0 && s.owner == ident()))
}

fn rlock_recursion_count(v: &Value, args: Args) -> PyResult {
    args.none("_recursion_count")?;
    let s = rlock_of(v).ownership();
    let n = if s.owner == ident() { s.count } else { 0 };
    Ok(int::from_i128(i128::from(n)))
}

fn rlock_release_save(v: &Value, args: Args) -> PyResult {
    args.none("_release_save")?;
    let r = rlock_of(v);
    let s = r.ownership();
    if s.count == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    let state = Tuple::new(vec![
        int::from_i128(i128::from(s.count)),
        int::from_i128(i128::from(s.owner)),
    ]);
    r.set_free();
    Ok(state)
}

fn rlock_acquire_restore(v: &Value, args: Args) -> PyResult {
    let state = args.one("_acquire_restore")?;
    let items = state
        .downcast::<Tuple>()
        .filter(|t| t.len() == 2)
        .ok_or_else(|| type_error("_acquire_restore() argument 1 must be tuple of 2 ints"))?;
    let as_u64 = |x: &Value| -> PyResult<u64> {
        let n = protocol::index(x)?;
        int::as_int(&n)
            .and_then(|i| u64::try_from(i.to_bigint().as_ref()).ok())
            .ok_or_else(|| value_error("bad lock state"))
    };
    let taken = Ownership {
        count: as_u64(&items.as_slice()[0])?,
        owner: as_u64(&items.as_slice()[1])?,
    };
    rlock_of(v).take(None, taken)?;
    Ok(none())
}

fn rlock_at_fork_reinit(v: &Value, args: Args) -> PyResult {
    args.none("_at_fork_reinit")?;
    rlock_of(v).state.renew(Ownership::default());
    Ok(none())
}

fn rlock_repr(v: &Value) -> PyResult {
    let s = rlock_of(v).ownership();
    let state = if s.count > 0 { "locked" } else { "unlocked" };
    Ok(PyStr::new(&format!(
        "<{state} {} object owner={} count={} at {:#x}>",
        tp_name(v),
        s.owner,
        s.count,
        v.word()
    )))
}

builtin_type!(pub static RLOCK_TYPE: RLock = TypeSpec {
    name: "_thread.RLock",
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(rlock_new), repr: Some(rlock_repr), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("acquire", rlock_acquire, "acquire($self, /, blocking=True, timeout=-1)\n--\n\nLock the lock.\n\n`blocking` indicates whether we should wait for the lock to be available or not.\nIf `blocking` is False and another thread holds the lock, the method will return False\nimmediately.\nIf `blocking` is True and another thread holds the lock, the method will wait for the\nlock to be released, take it and then return True.\n(note: the blocking operation is interruptible.)\n\nIn all other cases, the method will return True immediately.\nPrecisely, if the current thread already holds the lock, its\ninternal counter is simply incremented. If nobody holds the lock,\nthe lock is taken and its internal counter initialized to 1."),
        MethodDef::new("release", rlock_release, "release($self, /)\n--\n\nRelease the lock.\n\nAllows another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nand must be locked by the same thread that unlocks it; otherwise a\n`RuntimeError` is raised.\n\nDo note that if the lock was acquire()d several times in a row by the\ncurrent thread, release() needs to be called as many times for the lock\nto be available for other threads."),
        MethodDef::new("locked", rlock_locked, "locked($self, /)\n--\n\nTests whether this RLock is locked."),
        MethodDef::new("_is_owned", rlock_is_owned, "_is_owned($self, /)\n--\n\nFor internal use by `threading.Condition`."),
        MethodDef::new("_recursion_count", rlock_recursion_count, "_recursion_count($self, /)\n--\n\nFor internal use by reentrancy checks."),
        MethodDef::new("_release_save", rlock_release_save, "_release_save($self, /)\n--\n\nFor internal use by `threading.Condition`."),
        MethodDef::new("_acquire_restore", rlock_acquire_restore, "_acquire_restore($self, state, /)\n--\n\nFor internal use by `threading.Condition`."),
        MethodDef::new("_at_fork_reinit", rlock_at_fork_reinit, "_at_fork_reinit($self, /)\n--\n\n"),
        MethodDef::new("__enter__", rlock_acquire, "__enter__($self, /, blocking=True, timeout=-1)\n--\n\nLock the lock."),
        MethodDef::new("__exit__", rlock_exit, "__exit__($self, /, *exc_info)\n--\n\nRelease the lock."),
    ],
    ..TypeSpec::DEFAULT
});
