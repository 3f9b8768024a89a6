//! `_asyncio.Task`: a coroutine driven step by step as a future, with its step callable `TaskStepMethWrapper`; mirrors TaskObj, `task_step_impl`, `task_wakeup` and `task_eager_start` in Modules/_asynciomodule.c.

use std::cell::Cell;

use ouro_eval::generator::{self, GENERATOR_TYPE, SendResult};
use ouro_objects::args::Args;
use ouro_objects::bool::{TRUE, py_bool};
use ouro_objects::core::{ValueCell, alloc_typed};
use ouro_objects::descr::{GetSetDef, MethodDef, bind_builtin};
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error};
use ouro_objects::exceptions::{self, BaseException};
use ouro_objects::genericalias::CLASS_GETITEM_DEF;
use ouro_objects::int::{from_i64, from_usize};
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol;
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_subtype, builtin_type};

use super::future::{
    self, ADD_DONE_CALLBACK_DEF, AWAIT_DEF, CANCELLED_DEF, DONE_DEF, EXCEPTION_DEF, FUTURE_TYPE,
    FutState, FutureObj, REMOVE_DONE_CALLBACK_DEF, RESULT_DEF, fut, set_cell,
};
use super::{call_soon, enter_task, is_coroutine, leave_task, report_to_loop, repr_of, state};

/// A task's own fields (`TaskObj` after `FutureObj_HEAD`).
#[derive(Default)]
pub(super) struct TaskFields {
    /// The future the coroutine waits on (`_fut_waiter`).
    pub(super) fut_waiter: ValueCell,
    pub(super) coro: ValueCell,
    /// A str, or the counter value of a default name until `get_name`
    /// formats it.
    pub(super) name: ValueCell,
    pub(super) context: ValueCell,
    must_cancel: Cell<bool>,
    log_destroy_pending: Cell<bool>,
    num_cancels_requested: Cell<i64>,
}

ouro_objects::gil_shared! {
    /// Counter for the default names `Task-N`.
    static NAME_COUNTER: Cell<usize> = const { Cell::new(0) };
}

fn task_fields(v: &Value) -> &TaskFields {
    &fut(v).task
}

fn task_loop(v: &Value) -> Value {
    fut(v).loop_.get().unwrap_or_else(none)
}

fn task_init_slot(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [coro, lp, name, context, eager_start] = Args::new(args, kwnames).parse(
        "Task",
        ["coro", "loop", "name", "context", "eager_start"],
        0,
        1,
        1,
    )?;
    let coro = coro.unwrap_or_else(none);
    let lp = lp.unwrap_or_else(none);
    let eager_start = match eager_start {
        Some(e) => protocol::is_true(&e)?,
        None => false,
    };
    future::init_future(v, lp.clone())?;
    let t = task_fields(v);
    if !is_coroutine(&coro)? {
        t.log_destroy_pending.set(false);
        return Err(type_error(format!(
            "a coroutine was expected, got {}",
            repr_of(&coro)?
        )));
    }
    let context = match context.filter(|c| !is_none(c)) {
        Some(c) => c,
        None => crate::contextvars::copy_current(),
    };
    set_cell(&t.context, Some(context));
    set_cell(&t.fut_waiter, None);
    t.must_cancel.set(false);
    t.log_destroy_pending.set(true);
    t.num_cancels_requested.set(0);
    set_cell(&t.coro, Some(coro));
    let name = match name.filter(|n| !is_none(n)) {
        // The default name is formatted only when asked for.
        None => {
            let n = NAME_COUNTER.with(|c| {
                c.set(c.get() + 1);
                c.get()
            });
            from_usize(n)
        }
        Some(n) if is_exact_str(&n) => n,
        Some(n) => protocol::str(&n)?,
    };
    set_cell(&t.name, Some(name));
    if eager_start && protocol::call_method(&lp, "is_running", &[])?.is(&TRUE.value()) {
        return eager_start_task(v);
    }
    call_step_soon(v, None)?;
    super::register_task(v)
}

fn is_exact_str(v: &Value) -> bool {
    std::ptr::eq(v.type_obj(), &ouro_objects::str::STR_TYPE)
}

/// `task_call_step_soon`: the next step, with `exc` thrown in, runs from
/// the loop in the task's context.
fn call_step_soon(task: &Value, exc: Option<Value>) -> PyResult<()> {
    let step = alloc_typed(
        &TypeRef::from_static(&TASK_STEP_WRAPPER_TYPE),
        TaskStepMethWrapper {
            task: task.clone(),
            arg: exc,
        },
    );
    let context = task_fields(task).context.get();
    call_soon(&task_loop(task), step, None, context)
}

/// `task_set_error_soon`: the next step raises `RuntimeError(msg)` in the
/// coroutine.
fn set_error_soon(task: &Value, msg: String) -> PyResult {
    let exc = exceptions::new_exception(&exceptions::RUNTIME_ERROR, &msg);
    call_step_soon(task, Some(exc))?;
    Ok(none())
}

/// `coro.throw(exc)` as a send result: a `StopIteration` is the return.
fn throw_into(coro: &Value, exc: Value) -> PyResult<SendResult> {
    match protocol::call_method(coro, "throw", &[exc]) {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.matches(&exceptions::STOP_ITERATION) => Ok(SendResult::Returned(
            exceptions::stop_iteration_value(e.value()),
        )),
        Err(e) => Err(e),
    }
}

/// `task_step_impl`: resumes the coroutine (throwing `exc` in) and acts on
/// what it did: finished, raised, or yielded something to wait for.
fn step_impl(task: &Value, exc: Option<Value>) -> PyResult {
    let st = state()?;
    let f = fut(task);
    let t = &f.task;
    if f.state.get() != FutState::Pending {
        return Err(st.invalid_state(&format!(
            "__step(): already done: {} {}",
            repr_of(task)?,
            repr_of(&exc.unwrap_or_else(none))?
        )));
    }
    let mut exc = exc;
    if t.must_cancel.get() {
        if !exc.as_ref().is_some_and(|e| st.is_cancelled_error(e)) {
            exc = Some(future::cancelled_error(task)?);
        }
        t.must_cancel.set(false);
    }
    set_cell(&t.fut_waiter, None);
    let Some(coro) = t.coro.get() else {
        return Err(runtime_error("uninitialized Task object"));
    };
    let outcome = match exc {
        None => generator::send(&coro, none()),
        Some(e) => throw_into(&coro, e),
    };
    match outcome {
        Ok(SendResult::Yielded(result)) => handle_result(task, result),
        Ok(SendResult::Returned(result)) => {
            if t.must_cancel.get() {
                // Cancelled right before the coroutine returned.
                t.must_cancel.set(false);
                future::cancel(task, f.cancel_msg.get())?;
            } else {
                future::set_result(task, result)?;
            }
            Ok(none())
        }
        Err(e) if st.is_cancelled_error(e.value()) => {
            set_cell(&f.cancelled_exc, Some(e.into_value()));
            Ok(py_bool(future::cancel(task, None)?))
        }
        Err(e) => {
            let exc = e.into_value();
            future::set_exception(task, exc.clone())?;
            let ty = exc.type_obj().payload();
            if ty.is_subtype(exceptions::KEYBOARD_INTERRUPT.payload())
                || ty.is_subtype(exceptions::SYSTEM_EXIT.payload())
            {
                return Err(PyErr::from_instance(exc));
            }
            Ok(none())
        }
    }
}

/// `task_step_handle_result_impl`: what the coroutine yielded.
fn handle_result(task: &Value, result: Value) -> PyResult {
    if result.is(task) {
        return set_error_soon(
            task,
            format!("Task cannot await on itself: {}", repr_of(task)?),
        );
    }
    let lp = task_loop(task);
    if future::is_exact_future(&result) {
        let rf = fut(&result);
        if !rf.loop_.holds(&lp) {
            return different_loop(task, &result);
        }
        if !rf.blocking.get() {
            return yield_instead_of_yield_from(task, &result);
        }
        future::awaited_by_add(&result, task)?;
        rf.blocking.set(false);
        let wakeup = bind_builtin(&TASK_WAKEUP_DEF, task.clone());
        let context = task_fields(task).context.get().unwrap_or_else(none);
        future::add_done_callback(&result, wakeup, context)?;
        return wait_for(task, result);
    }
    if is_none(&result) {
        // A bare yield gives up one loop iteration.
        call_step_soon(task, None)?;
        return Ok(result);
    }
    let blocking = protocol::getattr_opt(&result, &intern("_asyncio_future_blocking"))?;
    if let Some(blocking) = blocking.filter(|b| !is_none(b)) {
        let blocking = protocol::is_true(&blocking)?;
        if !future::loop_of(&result)?.is(&lp) {
            return different_loop(task, &result);
        }
        if !blocking {
            return yield_instead_of_yield_from(task, &result);
        }
        if future::is_future(&result) {
            future::awaited_by_add(&result, task)?;
        }
        protocol::setattr(
            &result,
            &intern("_asyncio_future_blocking"),
            Some(&py_bool(false)),
        )?;
        let wakeup = bind_builtin(&TASK_WAKEUP_DEF, task.clone());
        let context = task_fields(task).context.get().unwrap_or_else(none);
        let add = protocol::getattr_str(&result, "add_done_callback")?;
        let kwnames = Tuple::new(vec![PyStr::new("context")]);
        protocol::call(&add, &[wakeup, context], Some(&kwnames))?;
        return wait_for(task, result);
    }
    if result
        .type_obj()
        .payload()
        .is_subtype(GENERATOR_TYPE.payload())
    {
        return set_error_soon(
            task,
            format!(
                "yield was used instead of yield from for generator in task {} with {}",
                repr_of(task)?,
                repr_of(&result)?
            ),
        );
    }
    set_error_soon(task, format!("Task got bad yield: {}", repr_of(&result)?))
}

/// The task now waits on `waiter`, passing on a pending cancellation.
fn wait_for(task: &Value, waiter: Value) -> PyResult {
    let f = fut(task);
    set_cell(&f.task.fut_waiter, Some(waiter.clone()));
    if f.task.must_cancel.get() {
        let msg = f.cancel_msg.get().unwrap_or_else(none);
        if protocol::is_true(&protocol::call_method(&waiter, "cancel", &[msg])?)? {
            f.task.must_cancel.set(false);
        }
    }
    Ok(none())
}

fn different_loop(task: &Value, result: &Value) -> PyResult {
    set_error_soon(
        task,
        format!(
            "Task {} got Future {} attached to a different loop",
            repr_of(task)?,
            repr_of(result)?
        ),
    )
}

fn yield_instead_of_yield_from(task: &Value, result: &Value) -> PyResult {
    set_error_soon(
        task,
        format!(
            "yield was used instead of yield from in task {} with {}",
            repr_of(task)?,
            repr_of(result)?
        ),
    )
}

/// `task_step`: one step with the task current on its loop.
fn step(task: &Value, exc: Option<Value>) -> PyResult {
    let lp = task_loop(task);
    enter_task(&lp, task)?;
    let result = step_impl(task, exc);
    let left = leave_task(&lp, task);
    match (result, left) {
        (Ok(r), Ok(())) => Ok(r),
        (Ok(_), Err(e)) => Err(e),
        (Err(e), Ok(())) => Err(e),
        (Err(first), Err(e)) => {
            if let Some(b) = e.value().downcast::<BaseException>() {
                b.set_context(Some(first.into_value()));
            }
            Err(e)
        }
    }
}

/// `task_eager_start`: the first step runs now, in the task's context, with
/// the task current.
fn eager_start_task(task: &Value) -> PyResult<()> {
    let lp = task_loop(task);
    let previous = super::swap_current_task(&lp, task)?;
    super::register_task(task)?;
    let context = task_fields(task).context.get().unwrap_or_else(none);
    let stepped = crate::contextvars::run_in(&context, || step_impl(task, None));
    let swapped = super::swap_current_task(&lp, &previous);
    if fut(task).state.get() != FutState::Pending {
        set_cell(&task_fields(task).coro, None);
    }
    stepped?;
    swapped?;
    Ok(())
}

/// `task_wakeup`: the awaited future is done; step with its outcome.
fn task_wakeup(task: &Value, args: Args) -> PyResult {
    let awaited = args.one("task_wakeup")?;
    if future::is_future(awaited) {
        future::awaited_by_discard(awaited, task)?;
    }
    let outcome = if future::is_exact_future(awaited) {
        match future::get_result(awaited) {
            Ok(Ok(_)) => None,
            Ok(Err(exc)) => Some(exc),
            Err(e) => Some(e.into_value()),
        }
    } else {
        match protocol::call_method(awaited, "result", &[]) {
            Ok(_) => None,
            Err(e) => Some(e.into_value()),
        }
    };
    step(task, outcome)
}

static TASK_WAKEUP_DEF: MethodDef = MethodDef::new("task_wakeup", task_wakeup, "");

// ---- methods ----

fn task_repr(v: &Value) -> PyResult {
    protocol::call1(&state()?.task_repr, v.clone())
}

fn task_make_cancelled_error(v: &Value, args: Args) -> PyResult {
    args.none("_make_cancelled_error")?;
    future::cancelled_error(v)
}

fn task_cancel(v: &Value, args: Args) -> PyResult {
    let [msg] = args.parse("cancel", ["msg"], 0, 0, 1)?;
    let msg = msg.unwrap_or_else(none);
    let f = fut(v);
    let t = &f.task;
    future::clear_log_traceback(v);
    if f.state.get() != FutState::Pending {
        return Ok(py_bool(false));
    }
    t.num_cancels_requested
        .set(t.num_cancels_requested.get() + 1);
    if let Some(waiter) = t.fut_waiter.get()
        && protocol::is_true(&protocol::call_method(
            &waiter,
            "cancel",
            std::slice::from_ref(&msg),
        )?)?
    {
        return Ok(py_bool(true));
    }
    t.must_cancel.set(true);
    set_cell(&f.cancel_msg, Some(msg));
    Ok(py_bool(true))
}

fn task_cancelling(v: &Value, args: Args) -> PyResult {
    args.none("cancelling")?;
    Ok(from_i64(task_fields(v).num_cancels_requested.get()))
}

fn task_uncancel(v: &Value, args: Args) -> PyResult {
    args.none("uncancel")?;
    let t = task_fields(v);
    let n = t.num_cancels_requested.get();
    if n > 0 {
        t.num_cancels_requested.set(n - 1);
        if n == 1 {
            t.must_cancel.set(false);
        }
    }
    Ok(from_i64(t.num_cancels_requested.get()))
}

fn task_get_stack(v: &Value, args: Args) -> PyResult {
    let [limit] = args.parse("get_stack", ["limit"], 0, 0, 0)?;
    protocol::call(
        &state()?.task_get_stack,
        &[v.clone(), limit.unwrap_or_else(none)],
        None,
    )
}

fn task_print_stack(v: &Value, args: Args) -> PyResult {
    let [limit, file] = args.parse("print_stack", ["limit", "file"], 0, 0, 0)?;
    protocol::call(
        &state()?.task_print_stack,
        &[
            v.clone(),
            limit.unwrap_or_else(none),
            file.unwrap_or_else(none),
        ],
        None,
    )
}

fn task_set_result(_v: &Value, args: Args) -> PyResult {
    args.parse("set_result", ["result"], 1, 1, 1)?;
    Err(runtime_error("Task does not support set_result operation"))
}

fn task_set_exception(_v: &Value, args: Args) -> PyResult {
    args.parse("set_exception", ["exception"], 1, 1, 1)?;
    Err(runtime_error(
        "Task does not support set_exception operation",
    ))
}

fn task_get_coro(v: &Value, args: Args) -> PyResult {
    args.none("get_coro")?;
    Ok(task_fields(v).coro.get().unwrap_or_else(none))
}

fn task_get_context(v: &Value, args: Args) -> PyResult {
    args.none("get_context")?;
    Ok(task_fields(v).context.get().unwrap_or_else(none))
}

fn task_get_name(v: &Value, args: Args) -> PyResult {
    args.none("get_name")?;
    let t = task_fields(v);
    let Some(name) = t.name.get() else {
        return Ok(none());
    };
    if let Some(n) = name.as_small_int() {
        let formatted = PyStr::new(&format!("Task-{n}"));
        set_cell(&t.name, Some(formatted.clone()));
        return Ok(formatted);
    }
    Ok(name)
}

fn task_set_name(v: &Value, args: Args) -> PyResult {
    let value = args.one("set_name")?;
    let name = if is_exact_str(value) {
        value.clone()
    } else {
        protocol::str(value)?
    };
    set_cell(&task_fields(v).name, Some(name));
    Ok(none())
}

/// `TaskObj_finalize` (with `TaskObj_dealloc`'s unregistering): a task
/// destroyed while pending is reported to its loop.
fn task_finalize(v: &Value) {
    super::unregister_task(v);
    let f = fut(v);
    if f.state.get() == FutState::Pending
        && f.task.log_destroy_pending.get()
        && ouro_eval::frame::thread_can_run_code()
        && let Some(lp) = f.loop_.get()
    {
        let mut items = vec![
            (
                "message",
                PyStr::new("Task was destroyed but it is pending!"),
            ),
            ("task", v.clone()),
        ];
        if let Some(tb) = future::source_traceback(v) {
            items.push(("source_traceback", tb));
        }
        report_to_loop(&lp, items);
    }
    future::finalize_future(v);
}

fn no_delete() -> PyErr {
    PyErr::new(&exceptions::ATTRIBUTE_ERROR, "cannot delete attribute")
}

fn get_log_destroy_pending(v: &Value) -> PyResult {
    Ok(py_bool(task_fields(v).log_destroy_pending.get()))
}

fn set_log_destroy_pending(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let value = value.ok_or_else(no_delete)?;
    task_fields(v)
        .log_destroy_pending
        .set(protocol::is_true(value)?);
    Ok(())
}

fn get_must_cancel(v: &Value) -> PyResult {
    Ok(py_bool(task_fields(v).must_cancel.get()))
}

fn get_coro_attr(v: &Value) -> PyResult {
    Ok(task_fields(v).coro.get().unwrap_or_else(none))
}

fn get_fut_waiter(v: &Value) -> PyResult {
    Ok(task_fields(v).fut_waiter.get().unwrap_or_else(none))
}

builtin_subtype!(pub static TASK_TYPE: FutureObj as FUTURE_TYPE = TypeSpec {
    name: "_asyncio.Task",
    doc: Some("Task(coro, *, loop=None, name=None, context=None, eager_start=False)\n--\n\nA coroutine wrapped in a Future."),
    base: Some(&FUTURE_TYPE),
    flags: flags::BASETYPE | flags::WEAKREFABLE | flags::IMMUTABLETYPE,
    instance_dict: true,
    slots: SlotDefs {
        traverse: Some(future::future_traverse),
        clear: Some(future::future_clear),
        new: Some(future::future_new),
        init: Some(task_init_slot),
        repr: Some(task_repr),
        iter: Some(future::future_iter),
        finalize: Some(task_finalize),
        ..SlotDefs::NONE
    },
    methods: &[
        RESULT_DEF,
        EXCEPTION_DEF,
        ADD_DONE_CALLBACK_DEF,
        REMOVE_DONE_CALLBACK_DEF,
        CANCELLED_DEF,
        DONE_DEF,
        MethodDef::new("set_result", task_set_result, "set_result($self, result, /)\n--\n\n"),
        MethodDef::new("set_exception", task_set_exception, "set_exception($self, exception, /)\n--\n\n"),
        MethodDef::new("cancel", task_cancel, "cancel($self, /, msg=None)\n--\n\nRequest that this task cancel itself.\n\nThis arranges for a CancelledError to be thrown into the\nwrapped coroutine on the next cycle through the event loop.\nThe coroutine then has a chance to clean up or even deny\nthe request using try/except/finally.\n\nUnlike Future.cancel, this does not guarantee that the\ntask will be cancelled: the exception might be caught and\nacted upon, delaying cancellation of the task or preventing\ncancellation completely.  The task may also return a value or\nraise a different exception.\n\nImmediately after this method is called, Task.cancelled() will\nnot return True (unless the task was already cancelled).  A\ntask will be marked as cancelled when the wrapped coroutine\nterminates with a CancelledError exception (even if cancel()\nwas not called).\n\nThis also increases the task's count of cancellation requests."),
        MethodDef::new("cancelling", task_cancelling, "cancelling($self, /)\n--\n\nReturn the count of the task's cancellation requests.\n\nThis count is incremented when .cancel() is called\nand may be decremented using .uncancel()."),
        MethodDef::new("uncancel", task_uncancel, "uncancel($self, /)\n--\n\nDecrement the task's count of cancellation requests.\n\nThis should be used by tasks that catch CancelledError\nand wish to continue indefinitely until they are cancelled again.\n\nReturns the remaining number of cancellation requests."),
        MethodDef::new("get_stack", task_get_stack, "get_stack($self, /, *, limit=None)\n--\n\nReturn the list of stack frames for this task's coroutine.\n\nIf the coroutine is not done, this returns the stack where it is\nsuspended.  If the coroutine has completed successfully or was\ncancelled, this returns an empty list.  If the coroutine was\nterminated by an exception, this returns the list of traceback\nframes.\n\nThe frames are always ordered from oldest to newest.\n\nThe optional limit gives the maximum number of frames to\nreturn; by default all available frames are returned.  Its\nmeaning differs depending on whether a stack or a traceback is\nreturned: the newest frames of a stack are returned, but the\noldest frames of a traceback are returned.  (This matches the\nbehavior of the traceback module.)\n\nFor reasons beyond our control, only one stack frame is\nreturned for a suspended coroutine."),
        MethodDef::new("print_stack", task_print_stack, "print_stack($self, /, *, limit=None, file=None)\n--\n\nPrint the stack or traceback for this task's coroutine.\n\nThis produces output similar to that of the traceback module,\nfor the frames retrieved by get_stack().  The limit argument\nis passed to get_stack().  The file argument is an I/O stream\nto which the output is written; by default output is written\nto sys.stderr."),
        MethodDef::new("_make_cancelled_error", task_make_cancelled_error, "_make_cancelled_error($self, /)\n--\n\nCreate the CancelledError to raise if the Task is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value."),
        MethodDef::new("get_name", task_get_name, "get_name($self, /)\n--\n\n"),
        MethodDef::new("set_name", task_set_name, "set_name($self, value, /)\n--\n\n"),
        MethodDef::new("get_coro", task_get_coro, "get_coro($self, /)\n--\n\n"),
        MethodDef::new("get_context", task_get_context, "get_context($self, /)\n--\n\n"),
        AWAIT_DEF,
        CLASS_GETITEM_DEF,
    ],
    getsets: &[
        GetSetDef::with_setter("_log_destroy_pending", get_log_destroy_pending, set_log_destroy_pending),
        GetSetDef::getter("_must_cancel", get_must_cancel),
        GetSetDef::getter("_coro", get_coro_attr),
        GetSetDef::getter("_fut_waiter", get_fut_waiter),
    ],
    ..TypeSpec::DEFAULT
});

// ---- TaskStepMethWrapper ----

/// The callable the loop runs for a task's next step (`task.__step`).
pub struct TaskStepMethWrapper {
    task: Value,
    /// The exception to throw into the coroutine, if any.
    arg: Option<Value>,
}

fn step_wrapper_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let kw = kwnames
        .and_then(|k| k.downcast::<Tuple>())
        .map_or(0, Tuple::len);
    if kw > 0 {
        return Err(type_error("function takes no keyword arguments"));
    }
    if !args.is_empty() {
        return Err(type_error("function takes no positional arguments"));
    }
    let w = v
        .downcast::<TaskStepMethWrapper>()
        .expect("TaskStepMethWrapper");
    step(&w.task, w.arg.clone())
}

fn step_wrapper_self(v: &Value) -> PyResult {
    Ok(v.downcast::<TaskStepMethWrapper>()
        .expect("TaskStepMethWrapper")
        .task
        .clone())
}

/// `TaskStepMethWrapper_traverse`.
fn step_wrapper_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(w) = v.downcast::<TaskStepMethWrapper>() {
        visit(&w.task);
        if let Some(arg) = &w.arg {
            visit(arg);
        }
    }
}

builtin_type!(pub static TASK_STEP_WRAPPER_TYPE: TaskStepMethWrapper = TypeSpec {
    name: "_asyncio.TaskStepMethWrapper",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        traverse: Some(step_wrapper_traverse),
        call: Some(step_wrapper_call),
        getattro: Some(protocol::generic_getattr),
        ..SlotDefs::NONE
    },
    getsets: &[GetSetDef::getter("__self__", step_wrapper_self)],
    ..TypeSpec::DEFAULT
});
