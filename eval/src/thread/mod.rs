//! The `_thread` module: real OS threads that run Python under the GIL, their handles, identities and limits (Modules/_threadmodule.c); locks and thread-local objects are in the submodules.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, mpsc};
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

use ouro_objects::core::gil;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::native_module::ModuleDef;

mod local;
mod locks;

pub use local::LOCAL_TYPE;
use locks::Renewable;
pub use locks::{LOCK_TYPE, RLOCK_TYPE, Waitable, new_lock};

thread_local! {
    /// Its address is this thread's identity (like `pthread_self()`).
    static IDENT_ANCHOR: u8 = const { 0 };
    /// This thread's number, never reused (identities are, once a thread
    /// has ended): what thread-local objects key their dicts by.
    static SERIAL: Cell<u64> = const { Cell::new(0) };
}

static NEXT_SERIAL: AtomicU64 = AtomicU64::new(1);

/// This thread's never-reused number.
fn serial() -> u64 {
    SERIAL.with(|s| {
        if s.get() == 0 {
            s.set(NEXT_SERIAL.fetch_add(1, Ordering::Relaxed));
        }
        s.get()
    })
}

/// At an eval-breaker check: another thread asked for the GIL.
pub fn yield_gil() {
    gil::yield_to_waiter();
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

/// A thread's end, shared by its `_ThreadHandle` and the thread itself.
struct Finished {
    done: Renewable<bool>,
}

impl Default for Finished {
    fn default() -> Self {
        Finished {
            done: Renewable::new(false),
        }
    }
}

impl Finished {
    fn is_done(&self) -> bool {
        self.done.with(|w| w.get(|done| *done))
    }

    fn set_done(&self) {
        self.done.with(|w| w.update(true, |done| *done = true));
    }

    /// Waits for the thread to end, at most `wait`; whether it has.
    fn wait(&self, wait: Option<Duration>) -> PyResult<bool> {
        self.done.wait_for(wait, |done| *done)
    }
}

/// `_thread._ThreadHandle`.
pub struct ThreadHandle {
    ident: Cell<u64>,
    /// `False` for a handle made by `_ThreadHandle()` (threading's
    /// placeholder until a thread starts).
    started: Cell<bool>,
    finished: Arc<Finished>,
}

fn new_handle(ty: &TypeRef, ident: u64, started: bool) -> Value {
    alloc_typed(
        ty,
        ThreadHandle {
            ident: Cell::new(ident),
            started: Cell::new(started),
            finished: Arc::default(),
        },
    )
}

/// `_ThreadHandle()`: a handle of no thread yet (any arguments ignored,
/// as `PyThreadHandleObject_tp_new` does).
fn handle_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(new_handle(ty, 0, false))
}

fn check_started(h: &ThreadHandle) -> PyResult<()> {
    if h.started.get() {
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
    Ok(pybool::py_bool(handle_of(v).finished.is_done()))
}

fn handle_set_done(v: &Value, args: Args) -> PyResult {
    args.none("_set_done")?;
    let h = handle_of(v);
    check_started(h)?;
    h.finished.set_done();
    Ok(none())
}

/// `join(timeout=None)`: waits for the thread to end (`ThreadHandle_join`).
fn handle_join(v: &Value, args: Args) -> PyResult {
    let [timeout] = args.parse("join", ["timeout"], 0, 0, 1)?;
    let wait = match timeout.filter(|t| !is_none(t)) {
        None => None,
        Some(t) => {
            let secs = float::float_from_object(&t)?;
            Some(Duration::try_from_secs_f64(secs.max(0.0)).unwrap_or(Duration::MAX))
        }
    };
    let h = handle_of(v);
    check_started(h)?;
    if h.ident.get() == ident() && !h.finished.is_done() {
        return Err(runtime_error("Cannot join current thread"));
    }
    h.finished.wait(wait)?;
    Ok(none())
}

fn handle_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&format!(
        "<_thread._ThreadHandle object: ident={}>",
        handle_of(v).ident.get()
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
    getsets: &[GetSetDef::getter("ident", |v| Ok(int::from_i128(i128::from(handle_of(v).ident.get()))))],
    ..TypeSpec::DEFAULT
});

/// The stack of every thread that runs Python: calls do not recurse on it,
/// but native re-entry (a `__eq__` called from a dict lookup) does, up to
/// the native depth guard (`protocol::enter_recursion`). Reserved, not
/// committed, so threads cost only what they touch.
pub const THREAD_STACK: usize = 1 << 30;

ouro_objects::gil_shared! {
    static STACK_SIZE: Cell<usize> = const { Cell::new(0) };
    /// Threads started and not yet ended (`_thread._count()`).
    static RUNNING: Cell<usize> = const { Cell::new(0) };
    /// The serial numbers of the threads running Python now, main thread
    /// included.
    static ALIVE: RefCell<FxHashSet<u64>> = RefCell::new(FxHashSet::default());
    /// The non-daemon threads `_shutdown` waits for.
    static NON_DAEMON: RefCell<Vec<(u64, Arc<Finished>)>> = const { RefCell::new(Vec::new()) };
    /// What a module clears of a thread's own state as it ends.
    static EXIT_HOOKS: RefCell<Vec<fn()>> = const { RefCell::new(Vec::new()) };
    /// What a new thread does first, before it takes the GIL (signal masks).
    static START_HOOK: Cell<Option<fn()>> = const { Cell::new(None) };
    /// Each other thread's innermost frame and handled exception as it
    /// last let go of the GIL (`sys._current_frames`, `_current_exceptions`).
    static PUBLISHED: RefCell<FxHashMap<u64, Published>> = RefCell::new(FxHashMap::default());
}

/// What a thread left visible when it last let go of the GIL.
#[derive(Clone)]
struct Published {
    frame: Option<Rc<crate::frame::FrameMeta>>,
    handled: Option<Value>,
}

/// The GIL's release hook: the state other threads may ask about.
fn publish() {
    if !is_alive(serial()) {
        return;
    }
    let now = Published {
        frame: crate::frame::nth_meta(0),
        handled: crate::state::handled(),
    };
    let old = PUBLISHED.with(|p| p.borrow_mut().insert(ident(), now));
    drop(old);
}

/// Every thread's innermost frame or handled exception, by identity
/// (`sys._current_frames()`, `sys._current_exceptions()`).
fn per_thread(pick: impl Fn(&Published) -> Option<Value>) -> PyResult {
    let d = ouro_objects::dict::Dict::new_value();
    let dict = d.downcast::<ouro_objects::dict::Dict>().expect("dict");
    let me = ident();
    let others = PUBLISHED.with(|p| p.borrow().clone());
    for (id, state) in others.iter().filter(|(id, _)| **id != me) {
        dict.set_item(
            int::from_i128(i128::from(*id)),
            pick(state).unwrap_or_else(none),
        )?;
    }
    let mine = Published {
        frame: crate::frame::nth_meta(0),
        handled: crate::state::handled(),
    };
    dict.set_item(
        int::from_i128(i128::from(me)),
        pick(&mine).unwrap_or_else(none),
    )?;
    Ok(d)
}

/// `sys._current_frames()`.
pub fn current_frames() -> PyResult {
    per_thread(|p| p.frame.as_ref().map(|m| m.frame_object()))
}

/// `sys._current_exceptions()`.
pub fn current_exceptions() -> PyResult {
    per_thread(|p| p.handled.clone())
}

static MAIN_IDENT: AtomicU64 = AtomicU64::new(0);

/// Makes the calling thread the main thread (at start-up, and in a forked
/// child, where the forking thread is the only one left).
pub fn become_main() {
    gil::set_release_hook(publish);
    gil::mark_holding();
    MAIN_IDENT.store(ident(), Ordering::Relaxed);
    ALIVE.with(|a| {
        let mut a = a.borrow_mut();
        a.clear();
        a.insert(serial());
    });
}

/// `_thread._get_main_thread_ident()`.
pub fn main_ident() -> u64 {
    MAIN_IDENT.load(Ordering::Relaxed)
}

fn is_alive(thread: u64) -> bool {
    ALIVE.with(|a| a.borrow().contains(&thread))
}

/// Registers what clears a module's per-thread state when a thread ends
/// (it runs with the GIL held, so the values it drops are released safely).
pub fn at_thread_exit(hook: fn()) {
    EXIT_HOOKS.with(|h| h.borrow_mut().push(hook));
}

/// Sets what a new thread runs first (the signal module blocks signals in
/// it, so they reach the main thread).
pub fn set_thread_start_hook(hook: fn()) {
    START_HOOK.set(Some(hook));
}

/// After `fork()` in the child: only the calling thread is left.
pub fn after_fork_child() {
    gil::after_fork_child();
    become_main();
    RUNNING.set(0);
    let others = NON_DAEMON.take();
    for (_, finished) in &others {
        // Not `set_done`: a joiner in the parent may have held the old
        // state's mutex at the fork.
        finished.done.renew(true);
    }
}

/// Starts a thread calling `func(*args, **kwargs)`; its ident once running.
fn spawn(
    func: Value,
    args: Value,
    kwargs: Option<Value>,
    finished: Option<Arc<Finished>>,
) -> PyResult<u64> {
    gil::enable_threads();
    let (tell_ident, ident_told) = mpsc::sync_channel(1);
    let boot = gil::GilBound::new((func, args, kwargs));
    let start_hook = START_HOOK.get();
    let all_threads_functions = crate::monitoring::legacy::all_threads_numbers();
    RUNNING.set(RUNNING.get() + 1);
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK.max(STACK_SIZE.get()))
        .spawn(move || {
            if let Some(hook) = start_hook {
                hook();
            }
            let me = ident();
            // The spawning thread waits for this with the GIL held.
            let _ = tell_ident.send(me);
            gil::acquire();
            crate::monitoring::legacy::thread_started(all_threads_functions);
            let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                ALIVE.with(|a| a.borrow_mut().insert(serial()));
                let (func, args, kwargs) = boot.into_inner();
                run_thread(&func, &args, kwargs.as_ref());
                drop((func, args, kwargs));
                end_thread();
            }));
            if let Err(panic) = ran {
                // The interpreter's state is unknown now: end the process
                // as the main thread's panic does.
                crate::run::report_panic(panic.as_ref());
                std::process::exit(70);
            }
            if let Some(finished) = finished {
                finished.set_done();
            }
            gil::release();
        });
    let Ok(_detached) = spawned else {
        RUNNING.set(RUNNING.get() - 1);
        return Err(runtime_error("can't start new thread"));
    };
    gil::allow_threads(|| ident_told.recv()).map_err(|_| runtime_error("can't start new thread"))
}

/// `thread_run`: the call, with an exception other than `SystemExit`
/// reported as unraisable.
fn run_thread(func: &Value, args: &Value, kwargs: Option<&Value>) {
    let result = protocol::collect(args).and_then(|mut args| match kwargs {
        Some(kw) => {
            let dict = kw
                .downcast::<ouro_objects::dict::Dict>()
                .expect("checked a dict");
            let mut names = Vec::new();
            for (name, value) in dict.items() {
                names.push(name);
                args.push(value);
            }
            protocol::call(func, &args, Some(&Tuple::new(names)))
        }
        None => protocol::call(func, &args, None),
    });
    if let Err(e) = result
        && !e.matches(&exceptions::SYSTEM_EXIT)
    {
        let message = match protocol::repr(func) {
            Ok(r) => format!(
                "Exception ignored in thread started by {}",
                protocol::str_lossy(&r)
            ),
            Err(_) => "Exception ignored in thread started by <object repr() failed>".into(),
        };
        ouro_objects::err::write_unraisable(&e, &message);
    }
}

/// Clears the ending thread's state while it still holds the GIL.
fn end_thread() {
    drop(crate::state::swap_handled(None));
    crate::interp::clear_idle_stacks();
    crate::frame::clear_spare_registers();
    crate::monitoring::legacy::clear_thread_functions();
    let hooks = EXIT_HOOKS.with(|h| h.borrow().clone());
    for hook in hooks {
        hook();
    }
    let gone = PUBLISHED.with(|p| p.borrow_mut().remove(&ident()));
    drop(gone);
    let me = serial();
    local::forget_thread(me);
    ALIVE.with(|a| a.borrow_mut().remove(&me));
    RUNNING.set(RUNNING.get() - 1);
}

/// `wait_for_thread_shutdown`: at exit, `threading._shutdown()` joins the
/// non-daemon threads (if `threading` was imported).
pub fn wait_for_shutdown() {
    let Some(threading) = crate::import::loaded_module("threading") else {
        return;
    };
    let result = protocol::getattr_str(&threading, "_shutdown")
        .and_then(|shutdown| protocol::call(&shutdown, &[], None));
    if let Err(e) = result {
        ouro_objects::err::write_unraisable(&e, "Exception ignored on threading shutdown");
    }
}

/// `thread_PyThread_start_new_thread`.
fn t_start_new_thread(_m: &Value, args: Args) -> PyResult {
    let a = args.range("start_new_thread", "start_new_thread", 2, 3)?;
    if !protocol::is_callable(&a[0]) {
        return Err(type_error("first arg must be callable"));
    }
    if a[1].downcast::<Tuple>().is_none() {
        return Err(type_error("2nd arg must be a tuple"));
    }
    let kwargs = a.get(2).cloned();
    if kwargs
        .as_ref()
        .is_some_and(|k| k.downcast::<ouro_objects::dict::Dict>().is_none())
    {
        return Err(type_error("optional 3rd arg must be a dictionary"));
    }
    let id = spawn(a[0].clone(), a[1].clone(), kwargs, None)?;
    Ok(int::from_i128(i128::from(id)))
}

/// `start_joinable_thread(function, handle=None, daemon=True)`.
fn t_start_joinable_thread(_m: &Value, args: Args) -> PyResult {
    let [function, handle, daemon] = args.parse(
        "start_joinable_thread",
        ["function", "handle", "daemon"],
        0,
        1,
        3,
    )?;
    let function = function.expect("required");
    if !protocol::is_callable(&function) {
        return Err(type_error("thread function must be callable"));
    }
    let handle = match handle.filter(|h| !is_none(h)) {
        None => new_handle(&TypeRef::from_static(&THREAD_HANDLE_TYPE), 0, false),
        Some(h) => {
            let Some(th) = h.downcast::<ThreadHandle>() else {
                return Err(type_error(format!(
                    "'handle' must be a _ThreadHandle, not {}",
                    protocol::type_name(&h)
                )));
            };
            if th.started.get() {
                return Err(runtime_error("thread already started"));
            }
            h
        }
    };
    let daemon = match daemon {
        Some(d) => protocol::is_true(&d)?,
        None => true,
    };
    let h = handle_of(&handle);
    let finished = h.finished.clone();
    let id = spawn(function, Tuple::empty(), None, Some(finished.clone()))?;
    h.ident.set(id);
    h.started.set(true);
    if !daemon {
        NON_DAEMON.with(|n| n.borrow_mut().push((id, finished)));
    }
    Ok(handle)
}

/// `_thread._shutdown()`: waits for every non-daemon thread but this one.
fn t_shutdown(_m: &Value, args: Args) -> PyResult {
    args.none("_shutdown")?;
    let me = ident();
    loop {
        let Some((id, finished)) = NON_DAEMON.with(|n| n.borrow_mut().pop()) else {
            return Ok(none());
        };
        if id != me {
            finished.wait(None)?;
        }
    }
}

/// `_thread._ExceptHookArgs`.
const EXCEPT_HOOK_ARGS: crate::structseq::StructSeqDesc = crate::structseq::StructSeqDesc {
    name: "_thread._ExceptHookArgs",
    doc: "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
    fields: &["exc_type", "exc_value", "exc_traceback", "thread"],
    n_in_sequence: 4,
};

ouro_objects::gil_shared! {
    static EXCEPT_HOOK_ARGS_TYPE: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

/// `_thread._excepthook(args)` (`thread_excepthook`): reports an exception
/// a thread did not catch, ignoring `SystemExit`.
fn t_excepthook(_m: &Value, args: Args) -> PyResult {
    let hook_args = args.one("_excepthook")?;
    let is_hook_args = EXCEPT_HOOK_ARGS_TYPE.with(|t| {
        t.borrow()
            .as_ref()
            .is_some_and(|t| hook_args.type_value().is(&t.clone().into_value()))
    });
    if !is_hook_args {
        return Err(type_error(
            "_thread._excepthook argument type must be ExceptHookArgs",
        ));
    }
    let [exc_type, exc_value, exc_tb, thread]: [Value; 4] = crate::structseq::values(hook_args)?
        .try_into()
        .map_err(|_| type_error("_thread._excepthook argument type must be ExceptHookArgs"))?;
    if exc_type.is(&TypeRef::from_static(&exceptions::SYSTEM_EXIT).into_value()) {
        return Ok(none());
    }
    let mut file = crate::sysmod::sys_attr("stderr").filter(|f| !is_none(f));
    if file.is_none() && !is_none(&thread) {
        file = protocol::getattr_str(&thread, "_stderr")
            .ok()
            .filter(|f| !is_none(f));
    }
    let Some(file) = file else {
        return Ok(none());
    };
    let name = if is_none(&thread) {
        None
    } else {
        protocol::getattr_str(&thread, "name").ok()
    };
    let name = match name {
        Some(n) => protocol::str_lossy(&protocol::str(&n)?),
        None => ident().to_string(),
    };
    let write = |text: &str| protocol::call_method(&file, "write", &[PyStr::new(text)]);
    write(&format!("Exception in thread {name}:\n"))?;
    protocol::call_method(&file, "flush", &[])?;
    crate::traceback::print_exception_to(&exc_type, &exc_value, &exc_tb, &file)?;
    let _ = protocol::call_method(&file, "flush", &[]);
    Ok(none())
}

fn t_interrupt_main(_m: &Value, args: Args) -> PyResult {
    let [signum] = args.parse("interrupt_main", ["signum"], 0, 0, 1)?;
    let signum = match signum {
        Some(s) => protocol::index_as_isize(&s)?,
        None => 2,
    };
    crate::signals::simulate_signal(signum)?;
    Ok(none())
}

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
    Ok(int::from_usize(RUNNING.get()))
}

fn t_stack_size(_m: &Value, args: Args) -> PyResult {
    let a = args.range("stack_size", "stack_size", 0, 1)?;
    let old = STACK_SIZE.get();
    if let Some(size) = a.first() {
        let n = protocol::index_as_isize(size)?;
        if n < 0 {
            return Err(value_error("size must be 0 or a positive value"));
        }
        if n != 0 && n < 32768 {
            return Err(value_error(format!("size not valid: {n} bytes")));
        }
        STACK_SIZE.set(n.max(0) as usize);
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

fn t_get_main_thread_ident(_m: &Value, args: Args) -> PyResult {
    args.none("_get_main_thread_ident")?;
    Ok(int::from_i128(i128::from(main_ident())))
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
    Ok(new_handle(
        &TypeRef::from_static(&THREAD_HANDLE_TYPE),
        id,
        true,
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

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    m.set("TIMEOUT_MAX", float::new(locks::TIMEOUT_MAX));
    m.set(
        "error",
        TypeRef::from_static(&exceptions::RUNTIME_ERROR).into_value(),
    );
    m.set("LockType", TypeRef::from_static(&LOCK_TYPE).into_value());
    let hook_args = crate::structseq::new_builtin_type(&EXCEPT_HOOK_ARGS, true)?;
    m.set("_ExceptHookArgs", hook_args.clone().into_value());
    EXCEPT_HOOK_ARGS_TYPE.with(|t| *t.borrow_mut() = Some(hook_args));
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
            t_start_joinable_thread,
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
        MethodDef::new(
            "_excepthook",
            t_excepthook,
            "_excepthook($module, (exc_type, exc_value, exc_traceback, thread), /)\n--\n\nHandle uncaught Thread.run() exception.",
        ),
        MethodDef::new(
            "interrupt_main",
            t_interrupt_main,
            "interrupt_main($module, /, signum=signal.SIGINT)\n--\n\nSimulate the arrival of the given signal in the main thread,\nwhere the corresponding signal handler will be executed.\nIf *signum* is omitted, SIGINT is assumed.\nA subthread can use this function to interrupt the main thread.\n\nNote: the default signal handler for SIGINT raises ``KeyboardInterrupt``.",
        ),
    ],
    types,
    init,
};
