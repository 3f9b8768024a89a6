//! The `_thread` module for Ouro's single-threaded interpreter: locks, re-entrant locks, thread-local objects, identities and limits; mirrors Modules/_threadmodule.c.
//!
//! Only the main thread exists until real threads arrive (issue 6), so a
//! lock is a flag: nothing else can release a lock this thread holds, and a
//! blocking acquire of it waits out its timeout (or forever, as CPython would
//! deadlock). `start_new_thread` and friends raise `RuntimeError("can't start
//! new thread")` until then.

use std::cell::Cell;
use std::time::Duration;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{PyObj, TypeRef, Value, bool as pybool, builtin_type, float, int, protocol};

use crate::native_module::ModuleDef;

/// `_thread.TIMEOUT_MAX` (CPython's `PY_TIMEOUT_MAX` in seconds on Linux).
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

thread_local! {
    /// Its address is this thread's identity (like `pthread_self()`).
    static IDENT_ANCHOR: u8 = const { 0 };
}

ouro_objects::gil_shared! {
    static STACK_SIZE: Cell<usize> = const { Cell::new(0) };
}

/// `_thread.get_ident()`.
pub fn ident() -> u64 {
    IDENT_ANCHOR.with(|a| std::ptr::from_ref(a) as usize as u64)
}

/// The kernel's id of this thread (`gettid`), from `/proc/thread-self`.
fn native_id() -> u64 {
    std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| p.file_name()?.to_str()?.parse().ok())
        .unwrap_or_else(|| u64::from(std::process::id()))
}

/// `acquire(blocking=True, timeout=-1)`'s arguments: `None` to wait
/// forever, else how long to wait.
fn acquire_args(fname: &str, args: &Args) -> PyResult<Option<Duration>> {
    let [blocking, timeout] = args.parse(fname, ["blocking", "timeout"], 0, 0, 2)?;
    let blocking = match blocking {
        Some(b) => protocol::is_true(&b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => float::float_from_object(&t)?,
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

/// Waits for a lock no other thread can release: the whole timeout.
fn wait_out(wait: Option<Duration>) -> bool {
    match wait {
        Some(d) => {
            std::thread::sleep(d);
            false
        }
        None => loop {
            std::thread::sleep(Duration::from_secs(3600));
        },
    }
}

/// `_thread.lock`.
pub struct Lock {
    locked: Cell<bool>,
}

fn lock_of(v: &Value) -> &Lock {
    v.downcast::<Lock>().expect("lock method on a lock")
}

fn new_lock() -> Value {
    alloc_typed(
        &TypeRef::from_static(&LOCK_TYPE),
        Lock {
            locked: Cell::new(false),
        },
    )
}

fn lock_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    Args::new(args, kwnames).none("lock")?;
    Ok(new_lock())
}

fn lock_acquire(v: &Value, args: Args) -> PyResult {
    let wait = acquire_args("acquire", &args)?;
    let lock = lock_of(v);
    if !lock.locked.get() {
        lock.locked.set(true);
        return Ok(pybool::py_bool(true));
    }
    Ok(pybool::py_bool(wait_out(wait)))
}

fn lock_release(v: &Value, args: Args) -> PyResult {
    args.none("release")?;
    let lock = lock_of(v);
    if !lock.locked.get() {
        return Err(runtime_error("release unlocked lock"));
    }
    lock.locked.set(false);
    Ok(none())
}

fn lock_exit(v: &Value, _args: Args) -> PyResult {
    lock_release(v, Args::new(&[], None))
}

fn lock_locked(v: &Value, args: Args) -> PyResult {
    args.none("locked")?;
    Ok(pybool::py_bool(lock_of(v).locked.get()))
}

fn lock_at_fork_reinit(v: &Value, args: Args) -> PyResult {
    args.none("_at_fork_reinit")?;
    lock_of(v).locked.set(false);
    Ok(none())
}

fn lock_repr(v: &Value) -> PyResult {
    let state = if lock_of(v).locked.get() {
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

/// `_thread.RLock`: owner thread and recursion count.
pub struct RLock {
    owner: Cell<u64>,
    count: Cell<u64>,
}

fn rlock_of(v: &Value) -> &RLock {
    v.downcast::<RLock>().expect("RLock method on an RLock")
}

fn rlock_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        RLock {
            owner: Cell::new(0),
            count: Cell::new(0),
        },
    ))
}

fn rlock_acquire(v: &Value, args: Args) -> PyResult {
    let wait = acquire_args("acquire", &args)?;
    let r = rlock_of(v);
    let me = ident();
    if r.count.get() > 0 && r.owner.get() == me {
        let n = r.count.get().checked_add(1).ok_or_else(|| {
            PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "Internal lock count overflowed",
            )
        })?;
        r.count.set(n);
        return Ok(pybool::py_bool(true));
    }
    if r.count.get() == 0 {
        r.owner.set(me);
        r.count.set(1);
        return Ok(pybool::py_bool(true));
    }
    Ok(pybool::py_bool(wait_out(wait)))
}

fn rlock_release(v: &Value, args: Args) -> PyResult {
    args.none("release")?;
    let r = rlock_of(v);
    if r.count.get() == 0 || r.owner.get() != ident() {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
    }
    Ok(none())
}

fn rlock_exit(v: &Value, _args: Args) -> PyResult {
    rlock_release(v, Args::new(&[], None))
}

fn rlock_locked(v: &Value, args: Args) -> PyResult {
    args.none("locked")?;
    Ok(pybool::py_bool(rlock_of(v).count.get() > 0))
}

fn rlock_is_owned(v: &Value, args: Args) -> PyResult {
    args.none("_is_owned")?;
    let r = rlock_of(v);
    Ok(pybool::py_bool(
        r.count.get() > 0 && r.owner.get() == ident(),
    ))
}

fn rlock_recursion_count(v: &Value, args: Args) -> PyResult {
    args.none("_recursion_count")?;
    let r = rlock_of(v);
    let n = if r.owner.get() == ident() {
        r.count.get()
    } else {
        0
    };
    Ok(int::from_i128(i128::from(n)))
}

fn rlock_release_save(v: &Value, args: Args) -> PyResult {
    args.none("_release_save")?;
    let r = rlock_of(v);
    if r.count.get() == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    let state = Tuple::new(vec![
        int::from_i128(i128::from(r.count.get())),
        int::from_i128(i128::from(r.owner.get())),
    ]);
    r.count.set(0);
    r.owner.set(0);
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
    let r = rlock_of(v);
    r.count.set(as_u64(&items.as_slice()[0])?);
    r.owner.set(as_u64(&items.as_slice()[1])?);
    Ok(none())
}

fn rlock_at_fork_reinit(v: &Value, args: Args) -> PyResult {
    args.none("_at_fork_reinit")?;
    let r = rlock_of(v);
    r.count.set(0);
    r.owner.set(0);
    Ok(none())
}

fn rlock_repr(v: &Value) -> PyResult {
    let r = rlock_of(v);
    let state = if r.count.get() > 0 {
        "locked"
    } else {
        "unlocked"
    };
    Ok(PyStr::new(&format!(
        "<{state} {} object owner={} count={} at {:#x}>",
        tp_name(v),
        r.owner.get(),
        r.count.get(),
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

/// `_thread._local`: with one thread, its attributes are simply its own.
pub struct Local;

fn local_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let has_args = !args.is_empty() || kwnames.is_some_and(|k| protocol::len(k).unwrap_or(0) > 0);
    if has_args {
        let own_init = protocol::getattr_str(&ty.clone().into_value(), "__init__")?;
        let object_init = protocol::getattr_str(
            &TypeRef::from_static(&ouro_objects::types::object::OBJECT_TYPE).into_value(),
            "__init__",
        )?;
        if own_init.is(&object_init) {
            return Err(type_error("Initialization arguments are not supported"));
        }
    }
    Ok(alloc_typed(ty, Local))
}

builtin_type!(pub static LOCAL_TYPE: Local = TypeSpec {
    name: "_thread._local",
    doc: Some("Thread-local data"),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs { new: Some(local_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

/// `_thread._ThreadHandle`: the main thread's (the only one there is).
pub struct ThreadHandle {
    ident: u64,
    /// `False` for a handle made by `_ThreadHandle()` (threading's
    /// placeholder until a thread starts).
    started: bool,
    done: Cell<bool>,
}

/// `_ThreadHandle()`: a handle of no thread yet (any arguments ignored,
/// as `PyThreadHandleObject_tp_new` does).
fn handle_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        ThreadHandle {
            ident: 0,
            started: false,
            done: Cell::new(false),
        },
    ))
}

fn check_started(h: &ThreadHandle) -> PyResult<()> {
    if h.started {
        Ok(())
    } else {
        Err(runtime_error("thread not started"))
    }
}

fn handle_of(v: &Value) -> &ThreadHandle {
    v.downcast::<ThreadHandle>().expect("_ThreadHandle method")
}

fn handle_is_done(v: &Value, args: Args) -> PyResult {
    args.none("is_done")?;
    Ok(pybool::py_bool(handle_of(v).done.get()))
}

fn handle_set_done(v: &Value, args: Args) -> PyResult {
    args.none("_set_done")?;
    let h = handle_of(v);
    check_started(h)?;
    h.done.set(true);
    Ok(none())
}

fn handle_join(v: &Value, args: Args) -> PyResult {
    args.range("join", "join", 0, 1)?;
    let h = handle_of(v);
    check_started(h)?;
    if !h.done.get() && h.ident == ident() {
        return Err(runtime_error("Cannot join current thread"));
    }
    Ok(none())
}

fn handle_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&format!(
        "<_thread._ThreadHandle object: ident={}>",
        handle_of(v).ident
    )))
}

builtin_type!(pub static THREAD_HANDLE_TYPE: ThreadHandle = TypeSpec {
    name: "_thread._ThreadHandle",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(handle_repr), new: Some(handle_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("is_done", handle_is_done, "is_done($self, /)\n--\n\n"),
        MethodDef::new("_set_done", handle_set_done, "_set_done($self, /)\n--\n\n"),
        MethodDef::new("join", handle_join, "join($self, /, timeout=None)\n--\n\n"),
    ],
    getsets: &[GetSetDef::getter("ident", |v| Ok(int::from_i128(i128::from(handle_of(v).ident))))],
    ..TypeSpec::DEFAULT
});

fn t_allocate_lock(_m: &Value, args: Args) -> PyResult {
    args.none("allocate_lock")?;
    Ok(new_lock())
}

fn t_get_ident(_m: &Value, args: Args) -> PyResult {
    args.none("get_ident")?;
    Ok(int::from_i128(i128::from(ident())))
}

fn t_get_native_id(_m: &Value, args: Args) -> PyResult {
    args.none("get_native_id")?;
    Ok(int::from_i128(i128::from(native_id())))
}

fn t_count(_m: &Value, args: Args) -> PyResult {
    args.none("_count")?;
    Ok(int::from_i64(0))
}

fn t_stack_size(_m: &Value, args: Args) -> PyResult {
    let a = args.range("stack_size", "stack_size", 0, 1)?;
    let old = STACK_SIZE.with(Cell::get);
    if let Some(size) = a.first() {
        let n = protocol::index_as_isize(size)?;
        if n != 0 && n < 32768 {
            return Err(value_error(format!("size not valid: {n} bytes")));
        }
        STACK_SIZE.with(|s| s.set(n.max(0) as usize));
    }
    Ok(int::from_usize(old))
}

fn t_daemon_threads_allowed(_m: &Value, args: Args) -> PyResult {
    args.none("daemon_threads_allowed")?;
    Ok(pybool::py_bool(true))
}

fn t_exit(_m: &Value, args: Args) -> PyResult {
    args.none("exit")?;
    Err(PyErr::from_instance(exceptions::new_exception_args(
        &exceptions::SYSTEM_EXIT,
        Tuple::empty(),
    )))
}

/// Threads arrive with issue 6; until then none can be started.
fn t_start_new_thread(_m: &Value, _args: Args) -> PyResult {
    Err(runtime_error("can't start new thread"))
}

fn t_get_main_thread_ident(_m: &Value, args: Args) -> PyResult {
    args.none("_get_main_thread_ident")?;
    Ok(int::from_i128(i128::from(ident())))
}

fn t_is_main_interpreter(_m: &Value, args: Args) -> PyResult {
    args.none("_is_main_interpreter")?;
    Ok(pybool::py_bool(true))
}

fn t_make_thread_handle(_m: &Value, args: Args) -> PyResult {
    let id = protocol::index(args.one("_make_thread_handle")?)?;
    let id = int::as_int(&id)
        .and_then(|i| u64::try_from(i.to_bigint().as_ref()).ok())
        .ok_or_else(|| value_error("bad thread ident"))?;
    Ok(alloc_typed(
        &TypeRef::from_static(&THREAD_HANDLE_TYPE),
        ThreadHandle {
            ident: id,
            started: true,
            done: Cell::new(false),
        },
    ))
}

/// The kernel's name of this thread (`/proc/thread-self/comm`, what
/// `pthread_setname_np` sets).
const THREAD_NAME: &str = "/proc/thread-self/comm";

/// Linux's limit on a thread name, in bytes, without the final NUL.
const THREAD_NAME_MAX: usize = 15;

fn t_set_name(_m: &Value, args: Args) -> PyResult {
    let [name] = args.parse("set_name", ["name"], 0, 1, 1)?;
    let name = name.expect("required");
    let text = name
        .downcast::<PyStr>()
        .ok_or_else(|| {
            type_error(format!(
                "set_name() argument 'name' must be str, not {}",
                protocol::type_name(&name)
            ))
        })?
        .to_string_lossy();
    let mut end = text.len().min(THREAD_NAME_MAX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    std::fs::write(THREAD_NAME, &text.as_bytes()[..end])
        .map_err(|e| crate::io::os_error(&e, None))?;
    Ok(none())
}

fn t_get_name(_m: &Value, args: Args) -> PyResult {
    args.none("_get_name")?;
    let name = std::fs::read(THREAD_NAME).map_err(|e| crate::io::os_error(&e, None))?;
    let name = name.strip_suffix(b"\n").unwrap_or(&name);
    Ok(PyStr::new(&String::from_utf8_lossy(name)))
}

fn t_shutdown(_m: &Value, args: Args) -> PyResult {
    args.none("_shutdown")?;
    Ok(none())
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    m.set("TIMEOUT_MAX", float::new(TIMEOUT_MAX));
    m.set(
        "error",
        TypeRef::from_static(&exceptions::RUNTIME_ERROR).into_value(),
    );
    m.set("LockType", TypeRef::from_static(&LOCK_TYPE).into_value());
    if is_none(&m.get("lock").unwrap_or_else(none)) {
        m.set("lock", TypeRef::from_static(&LOCK_TYPE).into_value());
    }
    Ok(())
}

fn types() -> Vec<&'static PyObj<ouro_objects::typeobj::TypeObject>> {
    vec![&LOCK_TYPE, &RLOCK_TYPE, &LOCAL_TYPE, &THREAD_HANDLE_TYPE]
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_thread",
    doc: "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.",
    functions: &[
        MethodDef::new(
            "allocate_lock",
            t_allocate_lock,
            "allocate_lock($module, /)\n--\n\nCreate a new lock object. See help(type(threading.Lock())) for\ninformation about locks.",
        ),
        MethodDef::new(
            "allocate",
            t_allocate_lock,
            "allocate($module, /)\n--\n\nAn obsolete synonym of allocate_lock().",
        ),
        MethodDef::new(
            "get_ident",
            t_get_ident,
            "get_ident($module, /)\n--\n\nReturn a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously.\nThis may be used to identify per-thread resources.\nEven though on some platforms threads identities may appear to be\nallocated consecutive numbers starting at 1, this behavior should not\nbe relied upon, and the number should be seen purely as a magic cookie.\nA thread\'s identity may be reused for another thread after it exits.",
        ),
        MethodDef::new(
            "get_native_id",
            t_get_native_id,
            "get_native_id($module, /)\n--\n\nReturn a non-negative integer identifying the thread as reported\nby the OS (kernel). This may be used to uniquely identify a\nparticular thread within a system.",
        ),
        MethodDef::new(
            "_count",
            t_count,
            "_count($module, /)\n--\n\nReturn the number of currently running Python threads, excluding\nthe main thread. The returned number comprises all threads created\nthrough `start_new_thread()` as well as `threading.Thread`, and not\nyet finished.\n\nThis function is meant for internal and specialized purposes only.\nIn most applications `threading.enumerate()` should be used instead.",
        ),
        MethodDef::new(
            "stack_size",
            t_stack_size,
            "stack_size($module, size=0, /)\n--\n\nReturn the thread stack size used when creating new threads.  The\noptional size argument specifies the stack size (in bytes) to be used\nfor subsequently created threads, and must be 0 (use platform or\nconfigured default) or a positive integer value of at least 32,768 (32k).",
        ),
        MethodDef::new(
            "daemon_threads_allowed",
            t_daemon_threads_allowed,
            "daemon_threads_allowed($module, /)\n--\n\nCheck if daemon threads are allowed.",
        ),
        MethodDef::new(
            "exit",
            t_exit,
            "exit($module, /)\n--\n\nThis is synonymous to ``raise SystemExit\'\'.  It will cause the current\nthread to exit silently unless the exception is caught.",
        ),
        MethodDef::new(
            "exit_thread",
            t_exit,
            "exit_thread($module, /)\n--\n\nAn obsolete synonym of exit().",
        ),
        MethodDef::new(
            "start_new_thread",
            t_start_new_thread,
            "start_new_thread($module, function, args, kwargs={}, /)\n--\n\nStart a new thread and return its identifier.",
        ),
        MethodDef::new(
            "start_new",
            t_start_new_thread,
            "start_new($module, function, args, kwargs={}, /)\n--\n\nAn obsolete synonym of start_new_thread().",
        ),
        MethodDef::new(
            "start_joinable_thread",
            t_start_new_thread,
            "start_joinable_thread($module, /, function, handle=None, daemon=True)\n--\n\n*For internal use only*: start a new thread.\n\nLike start_new_thread(), this starts a new thread calling the given function.\nUnlike start_new_thread(), this returns a handle object with methods to join\nor detach the given thread.\nThis function is not for third-party code, please use the\n`threading` module instead. During finalization the daemon parameter is\nignored and non-daemon threads are not joined.",
        ),
        MethodDef::new(
            "_get_main_thread_ident",
            t_get_main_thread_ident,
            "_get_main_thread_ident($module, /)\n--\n\nInternal only. Return a non-zero integer that uniquely identifies the main thread\nof the main interpreter.",
        ),
        MethodDef::new(
            "_is_main_interpreter",
            t_is_main_interpreter,
            "_is_main_interpreter($module, /)\n--\n\nReturn True if the current interpreter is the main Python interpreter.",
        ),
        MethodDef::new(
            "_make_thread_handle",
            t_make_thread_handle,
            "_make_thread_handle($module, ident, /)\n--\n\nInternal only. Make a thread handle for threads not spawned\nby the _thread or threading module.",
        ),
        MethodDef::new(
            "set_name",
            t_set_name,
            "set_name($module, /, name)\n--\n\nSet the name of the current thread.",
        ),
        MethodDef::new(
            "_get_name",
            t_get_name,
            "_get_name($module, /)\n--\n\nGet the name of the current thread.",
        ),
        MethodDef::new(
            "_shutdown",
            t_shutdown,
            "_shutdown($module, /)\n--\n\nWait for all non-daemon threads (other than the calling thread) to stop.",
        ),
    ],
    types,
    init,
};
