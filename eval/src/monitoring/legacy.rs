//! `sys.settrace` and `sys.setprofile` built on `sys.monitoring` tools 7 and 6: monitoring events become the legacy 'call'/'line'/'return'/'exception'/'opcode' and 'c_call'/'c_return'/'c_exception' calls with the frame object; mirrors Python/legacy_tracing.c and `trace_trampoline`/`profile_trampoline` of Python/sysmodule.c.

use std::cell::{Cell, RefCell};

use ouro_objects::args::Args;
use ouro_objects::code::Code;
use ouro_objects::err::PyResult;
use ouro_objects::exceptions::BaseException;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Ref, Value, protocol};

use super::{Callback, PROFILE_TOOL, TRACE_TOOL, event};

/// A native monitoring callback: which legacy function it feeds.
#[derive(Clone, Copy)]
pub enum Handler {
    Trace,
    Profile,
}

thread_local! {
    /// The functions `sys.settrace` and `sys.setprofile` installed
    /// (`tstate->c_traceobj`, `c_profileobj`).
    static TRACE_FUNC: RefCell<Option<Value>> = const { RefCell::new(None) };
    static PROFILE_FUNC: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The numbers of the all-threads trace and profile functions this
    /// thread has taken up (`AllThreads`).
    static TAKEN_UP: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// The functions `sys._settraceallthreads` and `_setprofileallthreads`
/// last set, each numbered by its call: every thread takes a newer one up
/// at its next monitoring event (or `gettrace`/`getprofile`), since the
/// others' functions live in their own thread-local state.
#[derive(Default)]
struct AllThreads {
    calls: u64,
    trace: (u64, Option<Value>),
    profile: (u64, Option<Value>),
}

ouro_objects::gil_shared! {
    static ALL_THREADS: RefCell<AllThreads> = RefCell::new(AllThreads {
        calls: 0,
        trace: (0, None),
        profile: (0, None),
    });
}

/// The numbers a thread starting now counts as taken up: the functions set
/// for all threads before it existed are not for it (`threading` gives new
/// threads its own hooks).
pub fn all_threads_numbers() -> (u64, u64) {
    ALL_THREADS.with(|a| {
        let a = a.borrow();
        (a.trace.0, a.profile.0)
    })
}

/// A new thread's first step under the GIL (`numbers` from its spawner).
pub fn thread_started(numbers: (u64, u64)) {
    TAKEN_UP.set(numbers);
}

/// Installs in this thread the all-threads functions set since it last looked.
fn take_up_all_threads_functions() {
    let (trace_seen, profile_seen) = TAKEN_UP.get();
    let (trace, profile) = ALL_THREADS.with(|a| {
        let a = a.borrow();
        (
            (a.trace.0 != trace_seen).then(|| a.trace.clone()),
            (a.profile.0 != profile_seen).then(|| a.profile.clone()),
        )
    });
    if let Some((number, func)) = trace {
        TAKEN_UP.set((number, profile_seen));
        set_trace(func);
    }
    if let Some((number, func)) = profile {
        TAKEN_UP.set((TAKEN_UP.get().0, number));
        set_profile(func);
    }
}

/// Records `func` as the function of every thread, the caller's included.
fn set_for_all_threads(func: Option<Value>, trace: bool) {
    let old = ALL_THREADS.with(|a| {
        let mut a = a.borrow_mut();
        a.calls += 1;
        let entry = (a.calls, func);
        if trace {
            std::mem::replace(&mut a.trace, entry)
        } else {
            std::mem::replace(&mut a.profile, entry)
        }
    });
    drop(old);
    take_up_all_threads_functions();
}

const TRACE_EVENTS: &[usize] = &[
    event::PY_START,
    event::PY_RESUME,
    event::PY_THROW,
    event::PY_RETURN,
    event::PY_YIELD,
    event::RAISE,
    event::STOP_ITERATION,
    event::LINE,
    event::PY_UNWIND,
    event::JUMP,
    event::INSTRUCTION,
];

const PROFILE_EVENTS: &[usize] = &[
    event::PY_START,
    event::PY_RESUME,
    event::PY_THROW,
    event::PY_RETURN,
    event::PY_YIELD,
    event::PY_UNWIND,
    event::CALL,
    event::C_RETURN,
    event::C_RAISE,
];

/// The events set globally while a trace function is installed (the
/// `INSTRUCTION` event is set per code, for frames with `f_trace_opcodes`).
fn trace_event_set() -> u32 {
    TRACE_EVENTS
        .iter()
        .filter(|&&e| e != event::INSTRUCTION)
        .fold(0, |acc, &e| acc | event::bit(e))
}

fn profile_event_set() -> u32 {
    PROFILE_EVENTS
        .iter()
        .filter(|&&e| !matches!(e, event::C_RETURN | event::C_RAISE))
        .fold(0, |acc, &e| acc | event::bit(e))
}

/// The innermost Python frame's `frame` object (`PyEval_GetFrame`).
fn current_frame() -> PyResult<Value> {
    crate::frame::nth_meta(0)
        .map(|m| m.frame_object())
        .ok_or_else(|| {
            ouro_objects::err::system_error("Missing frame when calling trace function.")
        })
}

fn frame_flag(frame: &Value, name: &str) -> PyResult<bool> {
    protocol::is_true(&protocol::getattr(frame, &PyStr::new(name))?)
}

impl Handler {
    /// Runs the legacy function for monitoring event `ev` with the
    /// callback arguments `args` (`code, offset-or-line, ...`).
    pub fn call(self, ev: usize, args: &[Value]) -> PyResult {
        take_up_all_threads_functions();
        match self {
            Handler::Trace => trace_event(ev, args),
            Handler::Profile => profile_event(ev, args),
        }
    }
}

fn trace_event(ev: usize, args: &[Value]) -> PyResult {
    if TRACE_FUNC.with(|t| t.borrow().is_none()) {
        return Ok(none());
    }
    let arg = |i: usize| args.get(i).cloned().unwrap_or_else(none);
    match ev {
        event::PY_START | event::PY_RESUME | event::PY_THROW => call_trace("call", none()),
        event::PY_RETURN | event::PY_YIELD => call_trace("return", arg(2)),
        event::PY_UNWIND => call_trace("return", none()),
        event::RAISE | event::STOP_ITERATION => {
            let exc = arg(2);
            let tb = exc
                .downcast::<BaseException>()
                .and_then(BaseException::traceback)
                .unwrap_or_else(none);
            call_trace(
                "exception",
                Tuple::new(vec![exc.type_value(), exc.clone(), tb]),
            )
        }
        event::LINE => {
            let frame = current_frame()?;
            if !frame_flag(&frame, "f_trace_lines")? {
                return Ok(none());
            }
            trampoline(&frame, "line", none())
        }
        event::JUMP => trace_jump(args),
        event::INSTRUCTION => {
            let frame = current_frame()?;
            let Some(code) = args.first().and_then(|c| c.downcast_ref::<Code>()) else {
                return Ok(none());
            };
            if !frame_flag(&frame, "f_trace_opcodes")? {
                set_opcode_trace(&code, false);
                return Ok(none());
            }
            trampoline(&frame, "opcode", none())
        }
        _ => Ok(none()),
    }
}

/// `sys_trace_jump_func`: a backward jump within one line is a 'line'
/// event; other jumps are left to the target's line event.
fn trace_jump(args: &[Value]) -> PyResult {
    let (Some(code), Some(from), Some(to)) = (
        args.first().and_then(|c| c.downcast_ref::<Code>()),
        args.get(1).and_then(ouro_objects::int::to_i64),
        args.get(2).and_then(ouro_objects::int::to_i64),
    ) else {
        return Ok(none());
    };
    if to > from || code.line_at(to as usize / 2) != code.line_at(from as usize / 2) {
        return Ok(super::disable_sentinel());
    }
    let frame = current_frame()?;
    if !frame_flag(&frame, "f_trace_lines")? {
        return Ok(none());
    }
    trampoline(&frame, "line", none())
}

/// `call_trace_func`: the frame's opcode tracing follows `f_trace_opcodes`.
fn call_trace(what: &str, arg: Value) -> PyResult {
    let frame = current_frame()?;
    if frame_flag(&frame, "f_trace_opcodes")?
        && let Some(meta) = crate::frame::nth_meta(0)
    {
        set_opcode_trace(&meta.code, true);
    }
    trampoline(&frame, what, arg)
}

/// `_PyEval_SetOpcodeTrace`.
fn set_opcode_trace(code: &Ref<Code>, on: bool) {
    let events = super::local_events(TRACE_TOOL, code);
    let bit = event::bit(event::INSTRUCTION);
    let new = if on { events | bit } else { events & !bit };
    if new != events {
        super::set_local_events(TRACE_TOOL, code, new);
    }
}

/// `frame.f_trace_opcodes = x` (`frame_trace_opcodes_set`): setting it on
/// a frame that has an `f_trace` gives its code opcode events; clearing it
/// takes them away.
pub fn trace_opcodes_changed(code: &Ref<Code>, on: bool, has_f_trace: bool) {
    if on && !has_f_trace {
        return;
    }
    set_opcode_trace(code, on);
}

/// `trace_trampoline`: 'call' goes to the global trace function, the rest
/// to the frame's `f_trace`; what a call returns becomes the frame's
/// `f_trace`; an error uninstalls tracing.
fn trampoline(frame: &Value, what: &str, arg: Value) -> PyResult {
    let f_trace = PyStr::new("f_trace");
    let callback = if what == "call" {
        TRACE_FUNC.with(|t| t.borrow().clone())
    } else {
        Some(protocol::getattr(frame, &f_trace)?).filter(|t| !is_none(t))
    };
    let Some(callback) = callback else {
        return Ok(none());
    };
    match protocol::call(&callback, &[frame.clone(), PyStr::new(what), arg], None) {
        Ok(result) => {
            if !is_none(&result) {
                protocol::setattr(frame, &f_trace, Some(&result))?;
            }
            Ok(none())
        }
        Err(e) => {
            set_trace(None);
            protocol::setattr(frame, &f_trace, Some(&none()))?;
            Err(e)
        }
    }
}

fn profile_event(ev: usize, args: &[Value]) -> PyResult {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_else(none);
    match ev {
        event::PY_START | event::PY_RESUME | event::PY_THROW => call_profile("call", none()),
        event::PY_RETURN | event::PY_YIELD => call_profile("return", arg(2)),
        event::PY_UNWIND => call_profile("return", none()),
        event::CALL | event::C_RETURN | event::C_RAISE => {
            let what = match ev {
                event::CALL => "c_call",
                event::C_RETURN => "c_return",
                _ => "c_exception",
            };
            let callable = arg(2);
            if callable
                .downcast_exact::<ouro_objects::descr::BuiltinFunction>()
                .is_some()
            {
                return call_profile(what, callable);
            }
            if callable
                .downcast_exact::<ouro_objects::descr::MethodDescr>()
                .is_some()
            {
                // Reported as the method bound to the first argument.
                let this = arg(3);
                if this.is(&super::missing()) {
                    return Ok(none());
                }
                let bound = protocol::call_method(
                    &callable,
                    "__get__",
                    &[this.clone(), this.type_value()],
                )?;
                return call_profile(what, bound);
            }
            Ok(none())
        }
        _ => Ok(none()),
    }
}

/// `profile_trampoline`: an error uninstalls the profile function.
fn call_profile(what: &str, arg: Value) -> PyResult {
    let Some(func) = PROFILE_FUNC.with(|p| p.borrow().clone()) else {
        return Ok(none());
    };
    let frame = current_frame()?;
    if let Err(e) = protocol::call(&func, &[frame, PyStr::new(what), arg], None) {
        set_profile(None);
        return Err(e);
    }
    Ok(none())
}

fn install(tool: usize, handler: Handler, events: &[usize]) {
    for &e in events {
        super::register(tool, e, Some(Callback::Legacy(handler)));
    }
}

ouro_objects::gil_shared! {
    /// How many threads have a trace or profile function
    /// (`interp->sys_tracing_threads`, `sys_profiling_threads`): the
    /// events stay on while any has.
    static TRACING_THREADS: Cell<usize> = const { Cell::new(0) };
    static PROFILING_THREADS: Cell<usize> = const { Cell::new(0) };
}

/// Stores this thread's function and counts the threads that have one;
/// whether any has.
fn store_function(
    slot: &'static std::thread::LocalKey<RefCell<Option<Value>>>,
    threads: &'static ouro_objects::core::gil::GilShared<Cell<usize>>,
    func: Option<Value>,
) -> bool {
    let on = func.is_some();
    let old = slot.with(|t| std::mem::replace(&mut *t.borrow_mut(), func));
    let n = threads.get() + usize::from(on) - usize::from(old.is_some());
    threads.set(n);
    drop(old);
    n > 0
}

/// `_PyEval_SetTrace`.
pub fn set_trace(func: Option<Value>) {
    let on = func.is_some();
    let any = store_function(&TRACE_FUNC, &TRACING_THREADS, func);
    install(TRACE_TOOL, Handler::Trace, TRACE_EVENTS);
    super::set_events(TRACE_TOOL, if any { trace_event_set() } else { 0 });
    if on
        && let Some(meta) = crate::frame::nth_meta(0)
        && frame_flag(&meta.frame_object(), "f_trace_opcodes").unwrap_or(false)
    {
        set_opcode_trace(&meta.code, true);
    }
}

/// `_PyEval_SetProfile`.
pub fn set_profile(func: Option<Value>) {
    let any = store_function(&PROFILE_FUNC, &PROFILING_THREADS, func);
    install(PROFILE_TOOL, Handler::Profile, PROFILE_EVENTS);
    super::set_events(PROFILE_TOOL, if any { profile_event_set() } else { 0 });
}

/// A thread ends: its trace and profile functions go.
pub fn clear_thread_functions() {
    if TRACE_FUNC.with(|t| t.borrow().is_some()) {
        set_trace(None);
    }
    if PROFILE_FUNC.with(|p| p.borrow().is_some()) {
        set_profile(None);
    }
}

fn audit(event: &str) -> PyResult<()> {
    if let Some(audit) = crate::sysmod::sys_attr("audit") {
        protocol::call(&audit, &[PyStr::new(event)], None)?;
    }
    Ok(())
}

fn func_arg(v: &Value) -> Option<Value> {
    (!is_none(v)).then(|| v.clone())
}

/// `sys.settrace(function, /)`.
pub fn s_settrace(_m: &Value, args: Args) -> PyResult {
    let a = args.one("settrace")?;
    audit("sys.settrace")?;
    set_trace(func_arg(a));
    Ok(none())
}

/// `sys._settraceallthreads(function, /)`: this thread's function now, the
/// other threads' at their next event.
pub fn s_settrace_all_threads(_m: &Value, args: Args) -> PyResult {
    let a = args.one("_settraceallthreads")?;
    audit("sys._settraceallthreads")?;
    set_for_all_threads(func_arg(a), true);
    Ok(none())
}

/// `sys.gettrace()`.
pub fn s_gettrace(_m: &Value, args: Args) -> PyResult {
    args.none("gettrace")?;
    take_up_all_threads_functions();
    Ok(TRACE_FUNC.with(|t| t.borrow().clone()).unwrap_or_else(none))
}

/// `sys.setprofile(function, /)`.
pub fn s_setprofile(_m: &Value, args: Args) -> PyResult {
    let a = args.one("setprofile")?;
    audit("sys.setprofile")?;
    set_profile(func_arg(a));
    Ok(none())
}

/// `sys._setprofileallthreads(function, /)`, as `_settraceallthreads`.
pub fn s_setprofile_all_threads(_m: &Value, args: Args) -> PyResult {
    let a = args.one("_setprofileallthreads")?;
    audit("sys._setprofileallthreads")?;
    set_for_all_threads(func_arg(a), false);
    Ok(none())
}

/// `sys.getprofile()`.
pub fn s_getprofile(_m: &Value, args: Args) -> PyResult {
    args.none("getprofile")?;
    take_up_all_threads_functions();
    Ok(PROFILE_FUNC
        .with(|p| p.borrow().clone())
        .unwrap_or_else(none))
}
