//! `_asyncio.Future` and the iterator `await` drives, `_asyncio.FutureIter`; mirrors FutureObj and futureiterobject in Modules/_asynciomodule.c.

use std::cell::{Cell, RefCell};

use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::core::{ValueCell, alloc_typed};
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error, value_error};
use ouro_objects::exceptions::{self, BaseException};
use ouro_objects::genericalias::CLASS_GETITEM_DEF;
use ouro_objects::int::from_usize;
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::set::{Set, frozenset_from, set_from};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type};

use super::task::{TASK_TYPE, TaskFields};
use super::{call_soon, event_loop, is_static_type, report_to_loop, state};

#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum FutState {
    #[default]
    Pending,
    Cancelled,
    Finished,
}

/// A future's fields (`FutureObj`); a `Task` has the same layout, with its
/// own fields in `task`.
#[derive(Default)]
pub struct FutureObj {
    /// The loop; empty until `__init__` ran ("not initialized").
    pub(super) loop_: ValueCell,
    /// `(callback, context)` pairs in the order they were added (CPython
    /// keeps the first apart from the list; the order is the same).
    callbacks: RefCell<Vec<(Value, Value)>>,
    result: ValueCell,
    exception: ValueCell,
    /// The exception's traceback when it was set, restored on each raise.
    exception_tb: ValueCell,
    source_tb: ValueCell,
    pub(super) cancel_msg: ValueCell,
    /// The `CancelledError` a task's coroutine raised, raised again once.
    pub(super) cancelled_exc: ValueCell,
    /// The future or task awaiting this one, or a set of them.
    awaited_by: ValueCell,
    awaited_by_is_set: Cell<bool>,
    pub(super) state: Cell<FutState>,
    log_tb: Cell<bool>,
    pub(super) blocking: Cell<bool>,
    pub(super) task: TaskFields,
}

pub(super) fn fut(v: &Value) -> &FutureObj {
    v.downcast::<FutureObj>().expect("Future")
}

/// `TaskOrFuture_Check`: a `Future` or `Task` instance (or of a subclass).
pub(super) fn is_future(v: &Value) -> bool {
    v.downcast::<FutureObj>().is_some()
}

/// Exactly `_asyncio.Future` or `_asyncio.Task`, whose fields the fast
/// paths read without looking for overridden methods.
pub(super) fn is_exact_future(v: &Value) -> bool {
    is_static_type(v, &FUTURE_TYPE) || is_static_type(v, &TASK_TYPE)
}

pub(super) fn set_cell(cell: &ValueCell, v: Option<Value>) {
    drop(cell.replace(v));
}

fn is_alive(f: &FutureObj) -> bool {
    f.loop_.get().is_some()
}

fn ensure_alive(f: &FutureObj) -> PyResult<()> {
    if is_alive(f) {
        Ok(())
    } else {
        Err(runtime_error("Future object is not initialized."))
    }
}

/// `get_future_loop` (`asyncio.futures._get_loop`).
pub(super) fn loop_of(v: &Value) -> PyResult {
    if is_exact_future(v) {
        return Ok(fut(v).loop_.get().unwrap_or_else(none));
    }
    if let Some(get_loop) = protocol::getattr_opt(v, &intern("get_loop"))? {
        return protocol::call0(&get_loop);
    }
    protocol::getattr_str(v, "_loop")
}

/// Whether a task is pending on loop `lp` (`add_one_task`'s fast path).
pub(super) fn is_pending_on(v: &Value, lp: &Value) -> bool {
    let f = fut(v);
    f.state.get() == FutState::Pending && f.loop_.holds(lp)
}

/// `future_schedule_callbacks`: the callbacks go to `loop.call_soon`; a
/// finished task leaves the registry.
fn schedule_callbacks(v: &Value) -> PyResult<()> {
    let f = fut(v);
    if super::is_task(v) {
        super::unregister_task(v);
    }
    let callbacks = std::mem::take(&mut *f.callbacks.borrow_mut());
    let lp = f.loop_.get().unwrap_or_else(none);
    for (cb, ctx) in callbacks {
        call_soon(&lp, cb, Some(v.clone()), Some(ctx))?;
    }
    Ok(())
}

/// `future_init`: resets every field and binds the future to `lp` (None:
/// the current event loop).
pub(super) fn init_future(v: &Value, lp: Value) -> PyResult<()> {
    let f = fut(v);
    for cell in [
        &f.loop_,
        &f.result,
        &f.exception,
        &f.exception_tb,
        &f.source_tb,
        &f.cancel_msg,
        &f.cancelled_exc,
        &f.awaited_by,
    ] {
        set_cell(cell, None);
    }
    drop(std::mem::take(&mut *f.callbacks.borrow_mut()));
    f.state.set(FutState::Pending);
    f.log_tb.set(false);
    f.blocking.set(false);
    f.awaited_by_is_set.set(false);
    let lp = if is_none(&lp) { event_loop()? } else { lp };
    set_cell(&f.loop_, Some(lp.clone()));
    if protocol::is_true(&protocol::call_method(&lp, "get_debug", &[])?)? {
        let tb = protocol::call0(&state()?.extract_stack)?;
        set_cell(&f.source_tb, Some(tb));
    }
    Ok(())
}

/// `future_set_result`.
pub(super) fn set_result(v: &Value, result: Value) -> PyResult<()> {
    let f = fut(v);
    ensure_alive(f)?;
    if f.state.get() != FutState::Pending {
        return Err(state()?.invalid_state("invalid state"));
    }
    set_cell(&f.result, Some(result));
    f.state.set(FutState::Finished);
    schedule_callbacks(v)
}

/// `future_set_exception`: an exception class is instantiated; a
/// `StopIteration` is wrapped in a `RuntimeError`.
pub(super) fn set_exception(v: &Value, exc: Value) -> PyResult<()> {
    let f = fut(v);
    let pending = || -> PyResult<()> {
        if f.state.get() == FutState::Pending {
            Ok(())
        } else {
            Err(state()?.invalid_state("invalid state"))
        }
    };
    pending()?;
    let mut exc_val = if exceptions::is_exception_type(&exc) {
        let e = protocol::call0(&exc)?;
        pending()?;
        e
    } else {
        exc
    };
    if !exceptions::is_exception(&exc_val) {
        return Err(type_error("invalid exception object"));
    }
    if exc_val
        .type_obj()
        .payload()
        .is_subtype(exceptions::STOP_ITERATION.payload())
    {
        let err = exceptions::new_exception(
            &exceptions::RUNTIME_ERROR,
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        );
        if let Some(b) = err.downcast::<BaseException>() {
            b.set_cause(Some(exc_val.clone()));
            b.set_context(Some(exc_val.clone()));
        }
        exc_val = err;
    }
    let tb = exc_val
        .downcast::<BaseException>()
        .and_then(BaseException::traceback);
    set_cell(&f.exception, Some(exc_val));
    set_cell(&f.exception_tb, tb);
    f.state.set(FutState::Finished);
    schedule_callbacks(v)?;
    f.log_tb.set(true);
    Ok(())
}

/// `create_cancelled_error`: the saved `CancelledError` (once), else a new
/// one carrying the cancel message.
pub(super) fn cancelled_error(v: &Value) -> PyResult {
    let f = fut(v);
    if let Some(exc) = f.cancelled_exc.replace(None) {
        return Ok(exc);
    }
    let cls = state()?.cancelled_error.clone();
    match f.cancel_msg.get().filter(|m| !is_none(m)) {
        Some(msg) => protocol::call1(&cls, msg),
        None => protocol::call0(&cls),
    }
}

/// `future_get_result`: `Ok(Ok(result))`, `Ok(Err(exception))` for a
/// future that failed (with its traceback restored), or the error to raise
/// for a cancelled or unfinished future.
pub(super) fn get_result(v: &Value) -> PyResult<Result<Value, Value>> {
    let f = fut(v);
    match f.state.get() {
        FutState::Cancelled => return Err(PyErr::from_instance(cancelled_error(v)?)),
        FutState::Pending => return Err(state()?.invalid_state("Result is not set.")),
        FutState::Finished => {}
    }
    f.log_tb.set(false);
    if let Some(exc) = f.exception.get() {
        if let Some(b) = exc.downcast::<BaseException>() {
            b.set_traceback(f.exception_tb.replace(None));
        }
        return Ok(Err(exc));
    }
    Ok(Ok(f.result.get().unwrap_or_else(none)))
}

/// `future_add_done_callback`.
pub(super) fn add_done_callback(v: &Value, func: Value, context: Value) -> PyResult<()> {
    let f = fut(v);
    let Some(lp) = f.loop_.get() else {
        return Err(runtime_error("uninitialized Future object"));
    };
    if f.state.get() != FutState::Pending {
        call_soon(&lp, func, Some(v.clone()), Some(context))
    } else {
        f.callbacks.borrow_mut().push((func, context));
        Ok(())
    }
}

/// `future_cancel`: `msg` None clears the message.
pub(super) fn cancel(v: &Value, msg: Option<Value>) -> PyResult<bool> {
    let f = fut(v);
    f.log_tb.set(false);
    if f.state.get() != FutState::Pending {
        return Ok(false);
    }
    f.state.set(FutState::Cancelled);
    set_cell(&f.cancel_msg, msg);
    schedule_callbacks(v)?;
    Ok(true)
}

pub(super) fn clear_log_traceback(v: &Value) {
    fut(v).log_tb.set(false);
}

pub(super) fn source_traceback(v: &Value) -> Option<Value> {
    fut(v).source_tb.get()
}

/// `future_awaited_by_add`: one waiter is kept as is, more in a set.
pub(super) fn awaited_by_add(v: &Value, waiter: &Value) -> PyResult<()> {
    let f = fut(v);
    match f.awaited_by.get() {
        None => set_cell(&f.awaited_by, Some(waiter.clone())),
        Some(set) if f.awaited_by_is_set.get() => {
            if let Some(s) = set.downcast::<Set>() {
                s.add(waiter.clone())?;
            }
        }
        Some(one) => {
            let set = set_from(vec![waiter.clone(), one])?;
            set_cell(&f.awaited_by, Some(set));
            f.awaited_by_is_set.set(true);
        }
    }
    Ok(())
}

/// `future_awaited_by_discard`, as `set.discard` (no error when absent).
pub(super) fn awaited_by_discard(v: &Value, waiter: &Value) -> PyResult<()> {
    let f = fut(v);
    match f.awaited_by.get() {
        None => {}
        Some(one) if one.is(waiter) => set_cell(&f.awaited_by, None),
        Some(set) if f.awaited_by_is_set.get() => {
            if let Some(s) = set.downcast::<Set>() {
                s.discard(waiter)?;
            }
        }
        Some(_) => {}
    }
    Ok(())
}

// ---- the type ----

pub(super) fn future_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(ty, FutureObj::default()))
}

fn future_init_slot(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [lp] = Args::new(args, kwnames).parse("Future", ["loop"], 0, 0, 0)?;
    init_future(v, lp.unwrap_or_else(none))
}

/// `Future.result()` (`_asyncio_Future_result_impl`).
pub(super) fn result_of(v: &Value) -> PyResult {
    if !is_alive(fut(v)) {
        return Err(state()?.invalid_state("Future object is not initialized."));
    }
    match get_result(v)? {
        Ok(result) => Ok(result),
        Err(exc) => Err(PyErr::from_instance(exc)),
    }
}

fn future_result(v: &Value, args: Args) -> PyResult {
    args.none("result")?;
    result_of(v)
}

fn future_exception(v: &Value, args: Args) -> PyResult {
    if !args.values.is_empty() {
        return Err(type_error("exception() takes no arguments"));
    }
    let f = fut(v);
    if !is_alive(f) {
        return Err(state()?.invalid_state("Future object is not initialized."));
    }
    match f.state.get() {
        FutState::Cancelled => Err(PyErr::from_instance(cancelled_error(v)?)),
        FutState::Pending => Err(state()?.invalid_state("Exception is not set.")),
        FutState::Finished => match f.exception.get() {
            Some(exc) => {
                f.log_tb.set(false);
                Ok(exc)
            }
            None => Ok(none()),
        },
    }
}

fn future_set_result(v: &Value, args: Args) -> PyResult {
    let [result] = args.parse("set_result", ["result"], 1, 1, 1)?;
    set_result(v, result.unwrap_or_else(none))?;
    Ok(none())
}

fn future_set_exception(v: &Value, args: Args) -> PyResult {
    let [exc] = args.parse("set_exception", ["exception"], 1, 1, 1)?;
    ensure_alive(fut(v))?;
    set_exception(v, exc.unwrap_or_else(none))?;
    Ok(none())
}

fn future_add_done_callback(v: &Value, args: Args) -> PyResult {
    let [func, context] = args.parse("add_done_callback", ["fn", "context"], 1, 1, 1)?;
    let context = context.unwrap_or_else(crate::contextvars::copy_current);
    add_done_callback(v, func.unwrap_or_else(none), context)?;
    Ok(none())
}

fn future_remove_done_callback(v: &Value, args: Args) -> PyResult {
    let [func] = args.parse("remove_done_callback", ["fn"], 1, 1, 1)?;
    let func = func.unwrap_or_else(none);
    let f = fut(v);
    ensure_alive(f)?;
    let before = f.callbacks.borrow().clone();
    let mut kept = Vec::with_capacity(before.len());
    for (cb, ctx) in &before {
        if !protocol::richcompare_bool(cb, &func, CompareOp::Eq)? {
            kept.push((cb.clone(), ctx.clone()));
        }
    }
    let removed = before.len() - kept.len();
    if removed > 0 {
        let old = std::mem::replace(&mut *f.callbacks.borrow_mut(), kept);
        drop(old);
    }
    Ok(from_usize(removed))
}

fn future_cancel(v: &Value, args: Args) -> PyResult {
    let [msg] = args.parse("cancel", ["msg"], 0, 0, 1)?;
    ensure_alive(fut(v))?;
    Ok(py_bool(cancel(v, Some(msg.unwrap_or_else(none)))?))
}

fn future_cancelled(v: &Value, args: Args) -> PyResult {
    args.none("cancelled")?;
    let f = fut(v);
    Ok(py_bool(is_alive(f) && f.state.get() == FutState::Cancelled))
}

fn future_done(v: &Value, args: Args) -> PyResult {
    args.none("done")?;
    let f = fut(v);
    Ok(py_bool(is_alive(f) && f.state.get() != FutState::Pending))
}

fn future_get_loop(v: &Value, args: Args) -> PyResult {
    if !args.values.is_empty() {
        return Err(type_error("get_loop() takes no arguments"));
    }
    let f = fut(v);
    ensure_alive(f)?;
    Ok(f.loop_.get().unwrap_or_else(none))
}

fn future_make_cancelled_error(v: &Value, args: Args) -> PyResult {
    args.none("_make_cancelled_error")?;
    cancelled_error(v)
}

/// `future_new_iter`: what `__await__` and `__iter__` return.
pub(super) fn future_iter(v: &Value) -> PyResult {
    ensure_alive(fut(v))?;
    let future = ValueCell::default();
    set_cell(&future, Some(v.clone()));
    Ok(alloc_typed(
        &TypeRef::from_static(&FUTURE_ITER_TYPE),
        FutureIter { future },
    ))
}

fn future_await(v: &Value, args: Args) -> PyResult {
    args.none("__await__")?;
    future_iter(v)
}

fn future_repr(v: &Value) -> PyResult {
    ensure_alive(fut(v))?;
    protocol::call1(&state()?.future_repr, v.clone())
}

/// `FutureObj_finalize`: an exception nobody retrieved goes to the loop's
/// exception handler.
pub(super) fn finalize_future(v: &Value) {
    let f = fut(v);
    if !f.log_tb.get() || !ouro_eval::frame::thread_can_run_code() {
        return;
    }
    f.log_tb.set(false);
    let (Some(lp), Some(exc)) = (f.loop_.get(), f.exception.get()) else {
        return;
    };
    let ty = v.type_obj().payload();
    let name = ty.tp_name();
    let short = name.rsplit('.').next().unwrap_or(&name);
    let mut items = vec![
        (
            "message",
            PyStr::new(&format!("{short} exception was never retrieved")),
        ),
        ("exception", exc),
        ("future", v.clone()),
    ];
    if let Some(tb) = f.source_tb.get() {
        items.push(("source_traceback", tb));
    }
    report_to_loop(&lp, items);
}

fn no_delete() -> PyErr {
    PyErr::new(&exceptions::ATTRIBUTE_ERROR, "cannot delete attribute")
}

fn get_state(v: &Value) -> PyResult {
    let f = fut(v);
    ensure_alive(f)?;
    Ok(intern(match f.state.get() {
        FutState::Pending => "PENDING",
        FutState::Cancelled => "CANCELLED",
        FutState::Finished => "FINISHED",
    }))
}

fn get_blocking(v: &Value) -> PyResult {
    let f = fut(v);
    Ok(py_bool(is_alive(f) && f.blocking.get()))
}

fn set_blocking(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let f = fut(v);
    ensure_alive(f)?;
    let value = value.ok_or_else(no_delete)?;
    f.blocking.set(protocol::is_true(value)?);
    Ok(())
}

fn get_log_traceback(v: &Value) -> PyResult {
    let f = fut(v);
    ensure_alive(f)?;
    Ok(py_bool(f.log_tb.get()))
}

fn set_log_traceback(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let value = value.ok_or_else(no_delete)?;
    if protocol::is_true(value)? {
        return Err(value_error("_log_traceback can only be set to False"));
    }
    fut(v).log_tb.set(false);
    Ok(())
}

fn get_loop_attr(v: &Value) -> PyResult {
    Ok(fut(v).loop_.get().unwrap_or_else(none))
}

fn get_callbacks(v: &Value) -> PyResult {
    let f = fut(v);
    ensure_alive(f)?;
    let callbacks = f.callbacks.borrow();
    if callbacks.is_empty() {
        return Ok(none());
    }
    Ok(List::from_vec(
        callbacks
            .iter()
            .map(|(cb, ctx)| Tuple::new(vec![cb.clone(), ctx.clone()]))
            .collect(),
    ))
}

fn get_result_attr(v: &Value) -> PyResult {
    let f = fut(v);
    ensure_alive(f)?;
    Ok(f.result.get().unwrap_or_else(none))
}

fn get_exception_attr(v: &Value) -> PyResult {
    let f = fut(v);
    ensure_alive(f)?;
    Ok(f.exception.get().unwrap_or_else(none))
}

fn get_source_traceback(v: &Value) -> PyResult {
    let f = fut(v);
    Ok(f.source_tb
        .get()
        .filter(|_| is_alive(f))
        .unwrap_or_else(none))
}

fn get_cancel_message(v: &Value) -> PyResult {
    Ok(fut(v).cancel_msg.get().unwrap_or_else(none))
}

fn set_cancel_message(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let value = value.ok_or_else(no_delete)?;
    set_cell(&fut(v).cancel_msg, Some(value.clone()));
    Ok(())
}

fn get_awaited_by(v: &Value) -> PyResult {
    let f = fut(v);
    match f.awaited_by.get() {
        None => Ok(none()),
        Some(set) if f.awaited_by_is_set.get() => Ok(frozenset_from(
            set.downcast::<Set>().map(Set::items).unwrap_or_default(),
        )),
        Some(one) => Ok(frozenset_from(vec![one])),
    }
}

// Methods `Task` lists again in its own dict, as CPython's does.
pub(super) const RESULT_DEF: MethodDef = MethodDef::new(
    "result",
    future_result,
    "result($self, /)\n--\n\nReturn the result this future represents.\n\nIf the future has been cancelled, raises CancelledError.  If the\nfuture's result isn't yet available, raises InvalidStateError.  If\nthe future is done and has an exception set, this exception is raised.",
);
pub(super) const EXCEPTION_DEF: MethodDef = MethodDef::new(
    "exception",
    future_exception,
    "exception($self, /)\n--\n\nReturn the exception that was set on this future.\n\nThe exception (or None if no exception was set) is returned only if\nthe future is done.  If the future has been cancelled, raises\nCancelledError.  If the future isn't done yet, raises\nInvalidStateError.",
);
pub(super) const ADD_DONE_CALLBACK_DEF: MethodDef = MethodDef::new(
    "add_done_callback",
    future_add_done_callback,
    "add_done_callback($self, fn, /, *, context=<unrepresentable>)\n--\n\nAdd a callback to be run when the future becomes done.\n\nThe callback is called with a single argument - the future object. If\nthe future is already done when this is called, the callback is\nscheduled with call_soon.",
);
pub(super) const REMOVE_DONE_CALLBACK_DEF: MethodDef = MethodDef::new(
    "remove_done_callback",
    future_remove_done_callback,
    "remove_done_callback($self, fn, /)\n--\n\nRemove all instances of a callback from the \"call when done\" list.\n\nReturns the number of callbacks removed.",
);
pub(super) const CANCELLED_DEF: MethodDef = MethodDef::new(
    "cancelled",
    future_cancelled,
    "cancelled($self, /)\n--\n\nReturn True if the future was cancelled.",
);
pub(super) const DONE_DEF: MethodDef = MethodDef::new(
    "done",
    future_done,
    "done($self, /)\n--\n\nReturn True if the future is done.\n\nDone means either that a result / exception are available, or that the\nfuture was cancelled.",
);
pub(super) const AWAIT_DEF: MethodDef = MethodDef::new(
    "__await__",
    future_await,
    "__await__($self, /)\n--\n\nReturn an iterator to be used in await expression.",
);

/// `FutureObj_traverse` (and `TaskObj_traverse`: a task's fields live in
/// the same payload). A field is read by cloning, which the collector's
/// visit tolerates.
pub(super) fn future_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let f = fut(v);
    let t = &f.task;
    for cell in [
        &f.loop_,
        &f.result,
        &f.exception,
        &f.exception_tb,
        &f.source_tb,
        &f.cancel_msg,
        &f.cancelled_exc,
        &f.awaited_by,
        &t.fut_waiter,
        &t.coro,
        &t.name,
        &t.context,
    ] {
        if let Some(x) = cell.get() {
            visit(&x);
        }
    }
    if let Ok(callbacks) = f.callbacks.try_borrow() {
        for (callback, context) in callbacks.iter() {
            visit(callback);
            visit(context);
        }
    }
}

/// `FutureObj_clear` / `TaskObj_clear`.
pub(super) fn future_clear(v: &Value) {
    let f = fut(v);
    let t = &f.task;
    for cell in [
        &f.loop_,
        &f.result,
        &f.exception,
        &f.exception_tb,
        &f.source_tb,
        &f.cancel_msg,
        &f.cancelled_exc,
        &f.awaited_by,
        &t.fut_waiter,
        &t.coro,
        &t.context,
    ] {
        set_cell(cell, None);
    }
    let old = f
        .callbacks
        .try_borrow_mut()
        .ok()
        .map(|mut c| std::mem::take(&mut *c));
    drop(old);
}

builtin_type!(pub static FUTURE_TYPE: FutureObj = TypeSpec {
    name: "_asyncio.Future",
    doc: Some("Future(*, loop=None)\n--\n\nThis class is *almost* compatible with concurrent.futures.Future.\n\n    Differences:\n\n    - result() and exception() do not take a timeout argument and\n      raise an exception when the future isn't done yet.\n\n    - Callbacks registered with add_done_callback() are always called\n      via the event loop's call_soon_threadsafe().\n\n    - This class is not compatible with the wait() and as_completed()\n      methods in the concurrent.futures package."),
    flags: flags::BASETYPE | flags::WEAKREFABLE | flags::IMMUTABLETYPE,
    instance_dict: true,
    slots: SlotDefs {
        traverse: Some(future_traverse),
        clear: Some(future_clear),
        new: Some(future_new),
        init: Some(future_init_slot),
        repr: Some(future_repr),
        iter: Some(future_iter),
        finalize: Some(finalize_future),
        ..SlotDefs::NONE
    },
    methods: &[
        RESULT_DEF,
        EXCEPTION_DEF,
        MethodDef::new("set_result", future_set_result, "set_result($self, result, /)\n--\n\nMark the future done and set its result.\n\nIf the future is already done when this method is called, raises\nInvalidStateError."),
        MethodDef::new("set_exception", future_set_exception, "set_exception($self, exception, /)\n--\n\nMark the future done and set an exception.\n\nIf the future is already done when this method is called, raises\nInvalidStateError."),
        ADD_DONE_CALLBACK_DEF,
        REMOVE_DONE_CALLBACK_DEF,
        MethodDef::new("cancel", future_cancel, "cancel($self, /, msg=None)\n--\n\nCancel the future and schedule callbacks.\n\nIf the future is already done or cancelled, return False.  Otherwise,\nchange the future's state to cancelled, schedule the callbacks and\nreturn True."),
        CANCELLED_DEF,
        DONE_DEF,
        MethodDef::new("get_loop", future_get_loop, "get_loop($self, /)\n--\n\nReturn the event loop the Future is bound to."),
        MethodDef::new("_make_cancelled_error", future_make_cancelled_error, "_make_cancelled_error($self, /)\n--\n\nCreate the CancelledError to raise if the Future is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value."),
        AWAIT_DEF,
        CLASS_GETITEM_DEF,
    ],
    getsets: &[
        GetSetDef::getter("_state", get_state),
        GetSetDef::with_setter("_asyncio_future_blocking", get_blocking, set_blocking),
        GetSetDef::getter("_loop", get_loop_attr),
        GetSetDef::getter("_callbacks", get_callbacks),
        GetSetDef::getter("_result", get_result_attr),
        GetSetDef::getter("_exception", get_exception_attr),
        GetSetDef::with_setter("_log_traceback", get_log_traceback, set_log_traceback),
        GetSetDef::getter("_source_traceback", get_source_traceback),
        GetSetDef::with_setter("_cancel_message", get_cancel_message, set_cancel_message),
        GetSetDef::getter("_asyncio_awaited_by", get_awaited_by),
    ],
    ..TypeSpec::DEFAULT
});

// ---- FutureIter ----

/// The iterator of `await future`: yields the future once (the task then
/// waits for it), and returns its result when resumed.
pub struct FutureIter {
    /// Empty after `throw` or `close`.
    future: ValueCell,
}

fn iter_of(v: &Value) -> &FutureIter {
    v.downcast::<FutureIter>().expect("FutureIter")
}

/// `FutureIter_am_send`: `Ok(Some(future))` to wait, `Ok(None)` for a
/// `None` result, else the result in a `StopIteration`.
fn future_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let Some(v) = iter_of(it).future.get() else {
        return Ok(None);
    };
    let f = fut(&v);
    if f.state.get() == FutState::Pending {
        if f.blocking.get() {
            return Err(runtime_error("await wasn't used with future"));
        }
        f.blocking.set(true);
        return Ok(Some(v));
    }
    let result = result_of(&v)?;
    if is_none(&result) {
        Ok(None)
    } else {
        Err(exceptions::stop_iteration(result))
    }
}

/// `send(value)`: the value is ignored (`Future.__iter__` only returns
/// `self.result()`).
fn future_iter_send(it: &Value, args: Args) -> PyResult {
    args.one("send")?;
    match future_iter_next(it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::empty(&exceptions::STOP_ITERATION)),
    }
}

/// `throw(typ[, val[, tb]])`: forgets the future and raises.
fn future_iter_throw(it: &Value, args: Args) -> PyResult {
    let args = args.range("throw", "throw", 1, 3)?;
    if args.len() > 1 {
        ouro_eval::warnings::warn(
            &exceptions::DEPRECATION_WARNING,
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
            1,
        )?;
    }
    let typ = &args[0];
    let val = args.get(1).filter(|v| !is_none(v));
    let tb = args.get(2).filter(|v| !is_none(v));
    if let Some(tb) = tb
        && protocol::type_name(tb) != "traceback"
    {
        return Err(type_error("throw() third argument must be a traceback"));
    }
    let exc = if exceptions::is_exception_type(typ) {
        match val {
            Some(v) if super::is_instance(v, typ) => v.clone(),
            Some(v) => match v.downcast::<Tuple>() {
                Some(t) => protocol::call(typ, t.as_slice(), None)?,
                None => protocol::call1(typ, v.clone())?,
            },
            None => protocol::call0(typ)?,
        }
    } else if exceptions::is_exception(typ) {
        if val.is_some() {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        typ.clone()
    } else {
        return Err(type_error(
            "exceptions must be classes deriving BaseException or instances of such a class",
        ));
    };
    if let (Some(tb), Some(b)) = (tb, exc.downcast::<BaseException>()) {
        b.set_traceback(Some(tb.clone()));
    }
    set_cell(&iter_of(it).future, None);
    Err(PyErr::from_instance(exc))
}

fn future_iter_close(it: &Value, args: Args) -> PyResult {
    args.none("close")?;
    set_cell(&iter_of(it).future, None);
    Ok(none())
}

fn self_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

/// `FutureIter_traverse`.
fn future_iter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(f) = iter_of(v).future.get() {
        visit(&f);
    }
}

builtin_type!(pub static FUTURE_ITER_TYPE: FutureIter = TypeSpec {
    name: "_asyncio.FutureIter",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        traverse: Some(future_iter_traverse),
        iter: Some(self_iter),
        iternext: Some(future_iter_next),
        getattro: Some(protocol::generic_getattr),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("send", future_iter_send, "send($self, object, /)\n--\n\n"),
        MethodDef::new("throw", future_iter_throw, ""),
        MethodDef::new("close", future_iter_close, "close($self, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});
