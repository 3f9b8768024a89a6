//! `_asyncio`: the accelerator behind asyncio's `Future` and `Task`, the running loop, and the current and registered tasks; mirrors Modules/_asynciomodule.c.
//!
//! CPython's module imports `asyncio` while it is created. A native module
//! here is created before it is in `sys.modules`, and asyncio's own modules
//! import `_asyncio`, so the names it needs from asyncio's Python modules are
//! looked up on first use instead (`state`).

mod future;
mod task;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ouro_eval::import::import_module;
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, runtime_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::set::{Set, set_from};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::weakref::{WEAKREF_TYPE, WeakRef, get_or_create};
use ouro_objects::{PyObj, TypeRef, Value, protocol};

pub use future::{FUTURE_ITER_TYPE, FUTURE_TYPE};
pub use task::{TASK_STEP_WRAPPER_TYPE, TASK_TYPE};

/// What the module takes from asyncio's Python modules (`asyncio_state`).
pub(crate) struct State {
    get_event_loop_policy: Value,
    future_repr: Value,
    invalid_state_error: Value,
    cancelled_error: Value,
    task_repr: Value,
    task_get_stack: Value,
    task_print_stack: Value,
    iscoroutine: Value,
    extract_stack: Value,
    /// Scheduled tasks that are not `Task` instances: a `weakref.WeakSet`.
    non_asyncio_tasks: Value,
    /// Eagerly running tasks that are not `Task` instances: a set.
    non_asyncio_eager_tasks: Value,
}

thread_local! {
    /// The thread's running loop and the task it is running
    /// (`asyncio_running_loop`, `asyncio_running_task`).
    static RUNNING_LOOP: RefCell<Option<Value>> = const { RefCell::new(None) };
    static RUNNING_TASK: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// A thread ends: its running loop and task go (with the GIL still held).
pub fn clear_thread_state() {
    let old = (
        RUNNING_LOOP.with(|l| l.borrow_mut().take()),
        RUNNING_TASK.with(|t| t.borrow_mut().take()),
    );
    drop(old);
}

ouro_objects::gil_shared! {
    static STATE: RefCell<Option<Rc<State>>> = const { RefCell::new(None) };
    /// Pending `Task`s (`asyncio_tasks_head`): address -> weak reference, so
    /// the registry does not keep a forgotten task alive.
    static TASKS: RefCell<HashMap<usize, Value>> = RefCell::new(HashMap::new());
    /// Types `asyncio.iscoroutine` accepted (`iscoroutine_typecache`).
    static COROUTINE_TYPES: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// The module state, looked up on the first call that needs it.
pub(crate) fn state() -> PyResult<Rc<State>> {
    if let Some(s) = STATE.with(|s| s.borrow().clone()) {
        return Ok(s);
    }
    let attr = |module: &str, name: &str| protocol::getattr_str(&import_module(module)?, name);
    let s = Rc::new(State {
        get_event_loop_policy: attr("asyncio.events", "_get_event_loop_policy")?,
        future_repr: attr("asyncio.base_futures", "_future_repr")?,
        invalid_state_error: attr("asyncio.exceptions", "InvalidStateError")?,
        cancelled_error: attr("asyncio.exceptions", "CancelledError")?,
        task_repr: attr("asyncio.base_tasks", "_task_repr")?,
        task_get_stack: attr("asyncio.base_tasks", "_task_get_stack")?,
        task_print_stack: attr("asyncio.base_tasks", "_task_print_stack")?,
        iscoroutine: attr("asyncio.coroutines", "iscoroutine")?,
        extract_stack: attr("traceback", "extract_stack")?,
        non_asyncio_tasks: protocol::call0(&attr("weakref", "WeakSet")?)?,
        non_asyncio_eager_tasks: set_from(Vec::new())?,
    });
    STATE.with(|st| *st.borrow_mut() = Some(s.clone()));
    Ok(s)
}

impl State {
    /// `InvalidStateError(msg)` to raise.
    pub(crate) fn invalid_state(&self, msg: &str) -> PyErr {
        match protocol::call1(&self.invalid_state_error, PyStr::new(msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        }
    }

    /// Whether `exc` is a `CancelledError`.
    pub(crate) fn is_cancelled_error(&self, exc: &Value) -> bool {
        is_instance(exc, &self.cancelled_error)
    }
}

/// `isinstance(v, cls)` for a class without `__instancecheck__` tricks.
fn is_instance(v: &Value, cls: &Value) -> bool {
    cls.downcast::<TypeObject>()
        .is_some_and(|t| v.type_obj().payload().is_subtype(t))
}

fn is_static_type(v: &Value, ty: &'static PyObj<TypeObject>) -> bool {
    std::ptr::eq(v.type_obj(), ty)
}

/// `repr(v)` for an error message.
fn repr_of(v: &Value) -> PyResult<String> {
    protocol::repr_string(v)
}

// ---- the running loop ----

fn running_loop() -> Option<Value> {
    RUNNING_LOOP.with(|l| l.borrow().clone())
}

fn is_running_loop(lp: &Value) -> bool {
    RUNNING_LOOP.with(|l| l.borrow().as_ref().is_some_and(|r| r.is(lp)))
}

/// `get_event_loop`: the running loop, else the policy's loop.
fn event_loop() -> PyResult {
    if let Some(lp) = running_loop() {
        return Ok(lp);
    }
    let policy = protocol::call0(&state()?.get_event_loop_policy)?;
    protocol::call_method(&policy, "get_event_loop", &[])
}

fn asyncio_get_running_loop_fn(_m: &Value, args: Args) -> PyResult {
    args.none("_get_running_loop")?;
    Ok(running_loop().unwrap_or_else(none))
}

fn asyncio_set_running_loop(_m: &Value, args: Args) -> PyResult {
    let lp = args.one("_set_running_loop")?;
    let new = (!is_none(lp)).then(|| lp.clone());
    let old = RUNNING_LOOP.with(|l| std::mem::replace(&mut *l.borrow_mut(), new));
    drop(old);
    Ok(none())
}

fn asyncio_get_event_loop(_m: &Value, args: Args) -> PyResult {
    args.none("get_event_loop")?;
    event_loop()
}

fn get_running_loop_or_raise() -> PyResult {
    running_loop().ok_or_else(|| runtime_error("no running event loop"))
}

fn asyncio_get_running_loop(_m: &Value, args: Args) -> PyResult {
    args.none("get_running_loop")?;
    get_running_loop_or_raise()
}

// ---- the current task ----

fn not_running_loop(lp: &Value) -> PyResult<PyErr> {
    Ok(runtime_error(format!(
        "loop {} is not the running loop",
        repr_of(lp)?
    )))
}

/// `enter_task`: `task` becomes the loop's current task.
pub(crate) fn enter_task(lp: &Value, task: &Value) -> PyResult<()> {
    if !is_running_loop(lp) {
        return Err(not_running_loop(lp)?);
    }
    if let Some(current) = RUNNING_TASK.with(|t| t.borrow().clone()) {
        return Err(runtime_error(format!(
            "Cannot enter into task {} while another task {} is being executed.",
            repr_of(task)?,
            repr_of(&current)?
        )));
    }
    RUNNING_TASK.with(|t| *t.borrow_mut() = Some(task.clone()));
    Ok(())
}

/// `leave_task`: `task`, the current task, stops being current.
pub(crate) fn leave_task(lp: &Value, task: &Value) -> PyResult<()> {
    if !is_running_loop(lp) {
        return Err(not_running_loop(lp)?);
    }
    let current = RUNNING_TASK.with(|t| t.borrow().clone());
    if !current.as_ref().is_some_and(|c| c.is(task)) {
        return Err(runtime_error(format!(
            "Invalid attempt to leave task {} while task {} is entered.",
            repr_of(task)?,
            repr_of(&current.unwrap_or_else(none))?
        )));
    }
    let old = RUNNING_TASK.with(|t| t.borrow_mut().take());
    drop(old);
    Ok(())
}

/// `swap_current_task`: makes `task` (None: no task) current and returns
/// the one it replaces, or None.
pub(crate) fn swap_current_task(lp: &Value, task: &Value) -> PyResult {
    if !is_running_loop(lp) {
        return Err(not_running_loop(lp)?);
    }
    let new = (!is_none(task)).then(|| task.clone());
    let old = RUNNING_TASK.with(|t| std::mem::replace(&mut *t.borrow_mut(), new));
    Ok(old.unwrap_or_else(none))
}

fn loop_task_args<'a>(args: &Args<'a>, fname: &str) -> PyResult<(Value, Value)> {
    let [lp, task] = args.parse(fname, ["loop", "task"], 0, 2, 2)?;
    Ok((lp.unwrap_or_else(none), task.unwrap_or_else(none)))
}

fn asyncio_enter_task(_m: &Value, args: Args) -> PyResult {
    let (lp, task) = loop_task_args(&args, "_enter_task")?;
    enter_task(&lp, &task)?;
    Ok(none())
}

fn asyncio_leave_task(_m: &Value, args: Args) -> PyResult {
    let (lp, task) = loop_task_args(&args, "_leave_task")?;
    leave_task(&lp, &task)?;
    Ok(none())
}

fn asyncio_swap_current_task(_m: &Value, args: Args) -> PyResult {
    let (lp, task) = loop_task_args(&args, "_swap_current_task")?;
    swap_current_task(&lp, &task)
}

/// The `loop` argument, or the running loop for None.
fn loop_arg(args: &Args, fname: &str) -> PyResult {
    let [lp] = args.parse(fname, ["loop"], 0, 0, 1)?;
    match lp.filter(|l| !is_none(l)) {
        Some(l) => Ok(l),
        None => get_running_loop_or_raise(),
    }
}

fn asyncio_current_task(_m: &Value, args: Args) -> PyResult {
    let lp = loop_arg(&args, "current_task")?;
    if is_running_loop(&lp) {
        return Ok(RUNNING_TASK
            .with(|t| t.borrow().clone())
            .unwrap_or_else(none));
    }
    Ok(none())
}

// ---- registered tasks ----

/// `register_task`: records a pending `Task` for `all_tasks`.
pub(crate) fn register_task(task: &Value) -> PyResult<()> {
    let key = task.word();
    if TASKS.with(|t| t.borrow().contains_key(&key)) {
        return Ok(());
    }
    let weak = get_or_create(&TypeRef::from_static(&WEAKREF_TYPE), task, None)?;
    let old = TASKS.with(|t| t.borrow_mut().insert(key, weak));
    drop(old);
    Ok(())
}

/// `unregister_task`: the task is done or dying.
pub(crate) fn unregister_task(task: &Value) {
    let old = TASKS.with(|t| t.borrow_mut().remove(&task.word()));
    drop(old);
}

/// The registered tasks still alive.
fn registered_tasks() -> Vec<Value> {
    let weak: Vec<Value> = TASKS.with(|t| t.borrow().values().cloned().collect());
    weak.iter()
        .filter_map(|w| w.downcast::<WeakRef>().and_then(WeakRef::referent))
        .collect()
}

fn task_arg(args: &Args, fname: &str) -> PyResult {
    let [task] = args.parse(fname, ["task"], 0, 1, 1)?;
    Ok(task.unwrap_or_else(none))
}

fn is_task(v: &Value) -> bool {
    v.type_obj().payload().is_subtype(TASK_TYPE.payload())
}

fn asyncio_register_task(_m: &Value, args: Args) -> PyResult {
    let task = task_arg(&args, "_register_task")?;
    if is_task(&task) {
        register_task(&task)?;
    } else {
        protocol::call_method(&state()?.non_asyncio_tasks, "add", &[task])?;
    }
    Ok(none())
}

fn asyncio_register_eager_task(_m: &Value, args: Args) -> PyResult {
    let task = task_arg(&args, "_register_eager_task")?;
    if is_task(&task) {
        register_task(&task)?;
    } else if let Some(s) = state()?.non_asyncio_eager_tasks.downcast::<Set>() {
        s.add(task)?;
    }
    Ok(none())
}

fn asyncio_unregister_task(_m: &Value, args: Args) -> PyResult {
    let task = task_arg(&args, "_unregister_task")?;
    if is_task(&task) {
        unregister_task(&task);
    } else {
        protocol::call_method(&state()?.non_asyncio_tasks, "discard", &[task])?;
    }
    Ok(none())
}

fn asyncio_unregister_eager_task(_m: &Value, args: Args) -> PyResult {
    let task = task_arg(&args, "_unregister_eager_task")?;
    if is_task(&task) {
        unregister_task(&task);
    } else if let Some(s) = state()?.non_asyncio_eager_tasks.downcast::<Set>() {
        s.discard(&task)?;
    }
    Ok(none())
}

/// `add_one_task`: whether `task` is pending and runs on `lp`.
fn pending_on(task: &Value, lp: &Value) -> PyResult<bool> {
    if is_static_type(task, &TASK_TYPE) {
        return Ok(future::is_pending_on(task, lp));
    }
    if protocol::is_true(&protocol::call_method(task, "done", &[])?)? {
        return Ok(false);
    }
    Ok(future::loop_of(task)?.is(lp))
}

fn asyncio_all_tasks(_m: &Value, args: Args) -> PyResult {
    let lp = loop_arg(&args, "all_tasks")?;
    let st = state()?;
    // Eager tasks first, so that none is missed as it turns into a regular one.
    let mut tasks = protocol::collect(&st.non_asyncio_eager_tasks)?;
    tasks.extend(protocol::collect(&st.non_asyncio_tasks)?);
    tasks.extend(registered_tasks());
    let mut pending = Vec::new();
    for task in tasks {
        if pending_on(&task, &lp)? {
            pending.push(task);
        }
    }
    set_from(pending)
}

// ---- awaited-by bookkeeping ----

fn fut_waiter_args(args: &Args, fname: &str) -> PyResult<(Value, Value)> {
    let a = args.range(fname, fname, 2, 2)?;
    Ok((a[0].clone(), a[1].clone()))
}

fn asyncio_future_add_to_awaited_by(_m: &Value, args: Args) -> PyResult {
    let (fut, waiter) = fut_waiter_args(&args, "future_add_to_awaited_by")?;
    if future::is_future(&fut) && future::is_future(&waiter) {
        future::awaited_by_add(&fut, &waiter)?;
    }
    Ok(none())
}

fn asyncio_future_discard_from_awaited_by(_m: &Value, args: Args) -> PyResult {
    let (fut, waiter) = fut_waiter_args(&args, "future_discard_from_awaited_by")?;
    if future::is_future(&fut) && future::is_future(&waiter) {
        future::awaited_by_discard(&fut, &waiter)?;
    }
    Ok(none())
}

// ---- coroutine check ----

/// `is_coroutine`: a native coroutine, or what `asyncio.iscoroutine`
/// accepts (its type is remembered, up to 100 of them).
fn is_coroutine(coro: &Value) -> PyResult<bool> {
    if ouro_eval::generator::is_coroutine(coro) {
        return Ok(true);
    }
    let ty = coro.type_value();
    if COROUTINE_TYPES.with(|c| c.borrow().iter().any(|t| t.is(&ty))) {
        return Ok(true);
    }
    let yes = protocol::is_true(&protocol::call1(&state()?.iscoroutine, coro.clone())?)?;
    if yes {
        COROUTINE_TYPES.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() < 100 {
                c.push(ty);
            }
        });
    }
    Ok(yes)
}

/// `call_soon(loop, func, arg, context=ctx)`.
fn call_soon(lp: &Value, func: Value, arg: Option<Value>, context: Option<Value>) -> PyResult<()> {
    let method = protocol::getattr_str(lp, "call_soon")?;
    let mut args = vec![func];
    args.extend(arg);
    match context {
        Some(ctx) => {
            args.push(ctx);
            let kwnames = Tuple::new(vec![PyStr::new("context")]);
            protocol::call(&method, &args, Some(&kwnames))?;
        }
        None => {
            protocol::call(&method, &args, None)?;
        }
    }
    Ok(())
}

/// `loop.call_exception_handler(context)` from a finalizer: errors are
/// reported as unraisable.
fn report_to_loop(lp: &Value, items: Vec<(&str, Value)>) {
    let context = ouro_objects::dict::Dict::new_value();
    if let Some(d) = context.downcast::<ouro_objects::dict::Dict>() {
        for (k, v) in items {
            d.set_str(k, v);
        }
    }
    let Ok(func) = protocol::getattr_str(lp, "call_exception_handler") else {
        return;
    };
    if let Err(e) = protocol::call1(&func, context) {
        let shown = repr_of(&func).unwrap_or_else(|_| "<object repr() failed>".into());
        ouro_objects::err::write_unraisable(
            &e,
            &format!("Exception ignored while calling asyncio function {shown}"),
        );
    }
}

fn types() -> Vec<&'static PyObj<TypeObject>> {
    vec![&FUTURE_TYPE, &TASK_TYPE]
}

fn init(_module: &Value) -> PyResult<()> {
    crate::heaptype::list_module_in_dict(&[
        &FUTURE_TYPE,
        &TASK_TYPE,
        &FUTURE_ITER_TYPE,
        &TASK_STEP_WRAPPER_TYPE,
    ]);
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_asyncio",
    doc: "Accelerator module for asyncio",
    functions: &[
        MethodDef::new(
            "current_task",
            asyncio_current_task,
            "current_task($module, /, loop=None)\n--\n\nReturn a currently executed task.",
        ),
        MethodDef::new(
            "get_event_loop",
            asyncio_get_event_loop,
            "get_event_loop($module, /)\n--\n\nReturn an asyncio event loop.\n\nWhen called from a coroutine or a callback (e.g. scheduled with\ncall_soon or similar API), this function will always return the\nrunning event loop.\n\nIf there is no running event loop set, the function will return\nthe result of `get_event_loop_policy().get_event_loop()` call.",
        ),
        MethodDef::new(
            "get_running_loop",
            asyncio_get_running_loop,
            "get_running_loop($module, /)\n--\n\nReturn the running event loop.  Raise a RuntimeError if there is none.\n\nThis function is thread-specific.",
        ),
        MethodDef::new(
            "_get_running_loop",
            asyncio_get_running_loop_fn,
            "_get_running_loop($module, /)\n--\n\nReturn the running event loop or None.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific.",
        ),
        MethodDef::new(
            "_set_running_loop",
            asyncio_set_running_loop,
            "_set_running_loop($module, loop, /)\n--\n\nSet the running event loop.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific.",
        ),
        MethodDef::new(
            "_register_task",
            asyncio_register_task,
            "_register_task($module, /, task)\n--\n\nRegister a new task in asyncio as executed by loop.\n\nReturns None.",
        ),
        MethodDef::new(
            "_register_eager_task",
            asyncio_register_eager_task,
            "_register_eager_task($module, /, task)\n--\n\nRegister a new task in asyncio as executed by loop.\n\nReturns None.",
        ),
        MethodDef::new(
            "_unregister_task",
            asyncio_unregister_task,
            "_unregister_task($module, /, task)\n--\n\nUnregister a task.\n\nReturns None.",
        ),
        MethodDef::new(
            "_unregister_eager_task",
            asyncio_unregister_eager_task,
            "_unregister_eager_task($module, /, task)\n--\n\nUnregister a task.\n\nReturns None.",
        ),
        MethodDef::new(
            "_enter_task",
            asyncio_enter_task,
            "_enter_task($module, /, loop, task)\n--\n\nEnter into task execution or resume suspended task.\n\nTask belongs to loop.\n\nReturns None.",
        ),
        MethodDef::new(
            "_leave_task",
            asyncio_leave_task,
            "_leave_task($module, /, loop, task)\n--\n\nLeave task execution or suspend a task.\n\nTask belongs to loop.\n\nReturns None.",
        ),
        MethodDef::new(
            "_swap_current_task",
            asyncio_swap_current_task,
            "_swap_current_task($module, /, loop, task)\n--\n\nTemporarily swap in the supplied task and return the original one (or None).\n\nThis is intended for use during eager coroutine execution.",
        ),
        MethodDef::new(
            "all_tasks",
            asyncio_all_tasks,
            "all_tasks($module, /, loop=None)\n--\n\nReturn a set of all tasks for the loop.",
        ),
        MethodDef::new(
            "future_add_to_awaited_by",
            asyncio_future_add_to_awaited_by,
            "future_add_to_awaited_by($module, fut, waiter, /)\n--\n\nRecord that `fut` is awaited on by `waiter`.",
        ),
        MethodDef::new(
            "future_discard_from_awaited_by",
            asyncio_future_discard_from_awaited_by,
            "future_discard_from_awaited_by($module, fut, waiter, /)\n--\n\n",
        ),
    ],
    types,
    init,
};
