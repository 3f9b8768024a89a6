//! `sys.monitoring` (PEP 669): tool ids, global and per-code event sets, callbacks, `DISABLE`, and firing events to the tools; mirrors the API half of Python/instrumentation.c (the bytecode rewriting is in `instrument`, `sys.settrace`/`sys.setprofile` in `legacy`).

pub mod instrument;
pub mod legacy;

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use ouro_objects::args::Args;
use ouro_objects::code::Code;
use ouro_objects::descr::{BuiltinFunction, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::{Ref, TypeRef, Value, int, protocol};

use crate::frame::Frame;

/// Tools 0-5 are for Python code; 6 and 7 are `sys.setprofile` and
/// `sys.settrace` (`PY_MONITORING_SYS_PROFILE_ID`, `..._TRACE_ID`).
pub const TOOLS: usize = 8;
pub const PROFILE_TOOL: usize = 6;
pub const TRACE_TOOL: usize = 7;

/// Event numbers (bit positions in an event set), as
/// `PY_MONITORING_EVENT_*`.
pub mod event {
    pub const PY_START: usize = 0;
    pub const PY_RESUME: usize = 1;
    pub const PY_RETURN: usize = 2;
    pub const PY_YIELD: usize = 3;
    pub const CALL: usize = 4;
    pub const LINE: usize = 5;
    pub const INSTRUCTION: usize = 6;
    pub const JUMP: usize = 7;
    pub const BRANCH_LEFT: usize = 8;
    pub const BRANCH_RIGHT: usize = 9;
    pub const STOP_ITERATION: usize = 10;
    pub const RAISE: usize = 11;
    pub const EXCEPTION_HANDLED: usize = 12;
    pub const PY_UNWIND: usize = 13;
    pub const PY_THROW: usize = 14;
    pub const RERAISE: usize = 15;
    pub const C_RETURN: usize = 16;
    pub const C_RAISE: usize = 17;
    pub const BRANCH: usize = 18;
    /// Events with a callback slot (all but the `BRANCH` alias).
    pub const COUNT: usize = 18;
    /// Events that can be set per code object: those the bytecode
    /// rewriting produces (`PY_MONITORING_INSTRUMENTED_EVENTS`).
    pub const LOCAL_COUNT: usize = 11;

    /// The names `sys.monitoring.events` binds, by event number.
    pub const NAMES: [&str; 19] = [
        "PY_START",
        "PY_RESUME",
        "PY_RETURN",
        "PY_YIELD",
        "CALL",
        "LINE",
        "INSTRUCTION",
        "JUMP",
        "BRANCH_LEFT",
        "BRANCH_RIGHT",
        "STOP_ITERATION",
        "RAISE",
        "EXCEPTION_HANDLED",
        "PY_UNWIND",
        "PY_THROW",
        "RERAISE",
        "C_RETURN",
        "C_RAISE",
        "BRANCH",
    ];

    pub const fn bit(e: usize) -> u32 {
        1 << e
    }
}

const C_EVENTS: u32 = event::bit(event::C_RETURN) | event::bit(event::C_RAISE);
const ALL_EVENTS: u32 = (1 << 19) - 1;
const LOCAL_EVENTS: u32 = (1 << event::LOCAL_COUNT) - 1;

/// What a tool registered for an event: a Python callable, or one of the
/// native handlers `sys.settrace`/`sys.setprofile` install.
#[derive(Clone)]
pub enum Callback {
    Python(Value),
    Legacy(legacy::Handler),
}

/// The interpreter-wide monitoring state (CPython keeps it on the
/// interpreter; Ouro's objects are per thread, so it is per thread too).
struct State {
    names: [Option<Value>; TOOLS],
    global: [u32; TOOLS],
    callbacks: [[Option<Callback>; event::COUNT]; TOOLS],
    /// Per-code local events and instrumentation, keyed by code address.
    codes: HashMap<usize, instrument::CodeMon>,
    /// Locations a callback turned off with `DISABLE`: (code address,
    /// instruction index, tool, event), until `restart_events()`.
    disabled: HashSet<(usize, u32, u8, u8)>,
}

impl State {
    fn new() -> State {
        State {
            names: Default::default(),
            global: [0; TOOLS],
            callbacks: Default::default(),
            codes: HashMap::new(),
            disabled: HashSet::new(),
        }
    }
}

thread_local! {
    /// Set while a callback runs: events do not fire from inside a tool
    /// (`tstate->tracing`).
    static IN_CALLBACK: Cell<bool> = const { Cell::new(false) };
}

ouro_objects::gil_shared! {
    static STATE: RefCell<State> = RefCell::new(State::new());
    static DISABLE: Value = sentinel();
    static MISSING: Value = sentinel();
}

/// Bumped whenever what is instrumented changes; a code object
/// instrumented at an older version is brought up to date at its next
/// `RESUME`. Zero until monitoring is first used.
static VERSION: AtomicU64 = AtomicU64::new(0);
/// Whether any tool has any event set (globally or for some code): the one
/// check the eval loop's exception and frame hooks make.
static ACTIVE: AtomicBool = AtomicBool::new(false);

fn sentinel() -> Value {
    ouro_objects::types::object::object_new(
        &TypeRef::from_static(&ouro_objects::types::object::OBJECT_TYPE),
        &[],
        None,
    )
    .expect("object() never fails")
}

/// `sys.monitoring.DISABLE`.
pub fn disable_sentinel() -> Value {
    DISABLE.with(Clone::clone)
}

/// `sys.monitoring.MISSING`.
pub fn missing() -> Value {
    MISSING.with(Clone::clone)
}

/// Whether any tool has any event set: what the frame and exception hooks
/// in the eval loop check before calling in here.
#[inline(always)]
pub fn active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

pub(crate) fn version() -> u64 {
    VERSION.load(Ordering::Relaxed)
}

fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

fn code_key(code: &Code) -> usize {
    code as *const Code as usize
}

/// The events tool `tool` has for `code` (global and local).
fn tool_events(s: &State, tool: usize, key: usize) -> u32 {
    s.global[tool] | s.codes.get(&key).map_or(0, |c| c.local[tool])
}

/// The union over tools of the events set for `code`: what its
/// instructions are instrumented for.
fn code_events(s: &State, key: usize) -> u32 {
    (0..TOOLS).fold(0, |acc, t| acc | tool_events(s, t, key))
}

/// Recomputes [`ACTIVE`] and makes every code object re-check its
/// instrumentation: code on this thread's frame chain now, the rest at its
/// next `RESUME`.
fn events_changed() {
    let any = with_state(|s| {
        s.global.iter().any(|&e| e != 0)
            || s.codes.values().any(|c| c.local.iter().any(|&e| e != 0))
    });
    ACTIVE.store(any, Ordering::Relaxed);
    VERSION.fetch_add(1, Ordering::Relaxed);
    instrument::refresh_all();
}

/// Calls the tools' callbacks for `event` at instruction `index` of
/// `code`, with `(code, offset, *args)` (`LINE` passes the line instead of
/// the offset: see [`fire_line`]).
pub fn fire(f: &Frame, index: u32, event: usize, args: &[Value]) -> PyResult<()> {
    let offset = int::from_usize(index as usize * 2);
    fire_with(f, index, event, offset, args)
}

/// `LINE(code, line)`.
pub fn fire_line(f: &Frame, index: u32, line: i32) -> PyResult<()> {
    fire_with(f, index, event::LINE, int::from_i64(i64::from(line)), &[])
}

fn fire_with(f: &Frame, index: u32, event: usize, second: Value, rest: &[Value]) -> PyResult<()> {
    if IN_CALLBACK.with(Cell::get) {
        return Ok(());
    }
    let code = &f.code;
    let key = code_key(code);
    // C_RETURN and C_RAISE go to the tools that have CALL.
    let enabling = if matches!(event, event::C_RETURN | event::C_RAISE) {
        event::CALL
    } else {
        event
    };
    let targets: Vec<(usize, Callback)> = with_state(|s| {
        (0..TOOLS)
            .rev()
            .filter(|&t| tool_events(s, t, key) & event::bit(enabling) != 0)
            .filter(|&t| !s.disabled.contains(&(key, index, t as u8, event as u8)))
            .filter_map(|t| s.callbacks[t][event].clone().map(|cb| (t, cb)))
            .collect()
    });
    if targets.is_empty() {
        return Ok(());
    }
    // The tool may read the frame's `f_locals`.
    crate::frame::publish_fast_locals(f);
    let mut args = Vec::with_capacity(2 + rest.len());
    args.push(code.value().clone());
    args.push(second);
    args.extend_from_slice(rest);
    for (tool, cb) in targets {
        IN_CALLBACK.with(|c| c.set(true));
        let result = match &cb {
            Callback::Python(f) => protocol::call(f, &args, None),
            Callback::Legacy(h) => h.call(event, &args),
        };
        IN_CALLBACK.with(|c| c.set(false));
        let result = result?;
        if !result.is(&disable_sentinel()) {
            continue;
        }
        if event >= event::LOCAL_COUNT {
            with_state(|s| s.callbacks[tool][event] = None);
            return Err(value_error(format!(
                "Cannot disable {} events. Callback removed.",
                event::NAMES[event]
            )));
        }
        with_state(|s| s.disabled.insert((key, index, tool as u8, event as u8)));
        instrument::instrument_code(code);
    }
    Ok(())
}

/// Whether a tool's callback is running (events do not fire then).
pub(crate) fn in_callback() -> bool {
    IN_CALLBACK.with(Cell::get)
}

// ---- The `sys.monitoring` functions ----

fn tool_arg(v: &Value) -> PyResult<usize> {
    let t = int::index_as_c_int(v)?;
    if !(0..6).contains(&t) {
        return Err(value_error(format!(
            "invalid tool {t} (must be between 0 and 5)"
        )));
    }
    Ok(t as usize)
}

fn check_in_use(s: &State, tool: usize) -> PyResult<()> {
    if s.names[tool].is_none() {
        return Err(value_error(format!("tool {tool} is not in use")));
    }
    Ok(())
}

/// An event set argument: a C int taken as unsigned, `BRANCH` meaning both
/// branch events, `C_RETURN`/`C_RAISE` only with `CALL` (and then implied).
fn event_set_arg(v: &Value) -> PyResult<u32> {
    let mut events = int::index_as_c_int(v)? as u32;
    if events & !ALL_EVENTS != 0 {
        return Err(value_error(format!("invalid event set 0x{events:x}")));
    }
    if events & C_EVENTS != 0 && events & event::bit(event::CALL) == 0 {
        return Err(value_error(
            "cannot set C_RETURN or C_RAISE events independently",
        ));
    }
    events &= !C_EVENTS;
    if events & event::bit(event::BRANCH) != 0 {
        events &= !event::bit(event::BRANCH);
        events |= event::bit(event::BRANCH_LEFT) | event::bit(event::BRANCH_RIGHT);
    }
    Ok(events)
}

fn code_arg(v: &Value) -> PyResult<Ref<Code>> {
    v.downcast_ref::<Code>()
        .ok_or_else(|| type_error("code must be a code object"))
}

fn m_use_tool_id(_m: &Value, args: Args) -> PyResult {
    let a = args.range("use_tool_id", "use_tool_id", 2, 2)?;
    let tool = tool_arg(&a[0])?;
    if a[1].downcast::<PyStr>().is_none() {
        return Err(value_error("tool name must be a str"));
    }
    with_state(|s| {
        if s.names[tool].is_some() {
            return Err(value_error(format!("tool {tool} is already in use")));
        }
        s.names[tool] = Some(a[1].clone());
        Ok(none())
    })
}

fn clear_tool(tool: usize) {
    with_state(|s| {
        s.global[tool] = 0;
        for c in s.codes.values_mut() {
            c.local[tool] = 0;
        }
        s.callbacks[tool] = Default::default();
        s.disabled.retain(|&(_, _, t, _)| t as usize != tool);
    });
    events_changed();
}

fn m_clear_tool_id(_m: &Value, args: Args) -> PyResult {
    let a = args.range("clear_tool_id", "clear_tool_id", 1, 1)?;
    let tool = tool_arg(&a[0])?;
    if with_state(|s| s.names[tool].is_some()) {
        clear_tool(tool);
    }
    Ok(none())
}

fn m_free_tool_id(_m: &Value, args: Args) -> PyResult {
    let a = args.range("free_tool_id", "free_tool_id", 1, 1)?;
    let tool = tool_arg(&a[0])?;
    if with_state(|s| s.names[tool].is_some()) {
        clear_tool(tool);
        with_state(|s| s.names[tool] = None);
    }
    Ok(none())
}

fn m_get_tool(_m: &Value, args: Args) -> PyResult {
    let a = args.range("get_tool", "get_tool", 1, 1)?;
    let tool = tool_arg(&a[0])?;
    Ok(with_state(|s| s.names[tool].clone()).unwrap_or_else(none))
}

fn m_register_callback(_m: &Value, args: Args) -> PyResult {
    let a = args.range("register_callback", "register_callback", 3, 3)?;
    let tool = tool_arg(&a[0])?;
    let events = int::index_as_c_int(&a[1])?;
    if events.count_ones() != 1 {
        return Err(value_error(
            "The callback can only be set for one event at a time",
        ));
    }
    let e = events.trailing_zeros() as usize;
    if e > event::BRANCH {
        return Err(value_error(format!("invalid event {events}")));
    }
    let func = (!ouro_objects::none::is_none(&a[2])).then(|| Callback::Python(a[2].clone()));
    let old = if e == event::BRANCH {
        register(tool, event::BRANCH_LEFT, func.clone());
        register(tool, event::BRANCH_RIGHT, func)
    } else {
        register(tool, e, func)
    };
    Ok(match old {
        Some(Callback::Python(f)) => f,
        _ => none(),
    })
}

/// Sets tool `tool`'s callback for `event`, returning the old one.
pub fn register(tool: usize, event: usize, cb: Option<Callback>) -> Option<Callback> {
    with_state(|s| std::mem::replace(&mut s.callbacks[tool][event], cb))
}

fn m_get_events(_m: &Value, args: Args) -> PyResult {
    let a = args.range("get_events", "get_events", 1, 1)?;
    let tool = tool_arg(&a[0])?;
    Ok(int::from_i64(i64::from(with_state(|s| s.global[tool]))))
}

fn m_set_events(_m: &Value, args: Args) -> PyResult {
    let a = args.range("set_events", "set_events", 2, 2)?;
    let tool = tool_arg(&a[0])?;
    let events = event_set_arg(&a[1])?;
    with_state(|s| check_in_use(s, tool))?;
    set_events(tool, events);
    Ok(none())
}

/// `_PyMonitoring_SetEvents`.
pub fn set_events(tool: usize, events: u32) {
    if with_state(|s| std::mem::replace(&mut s.global[tool], events)) != events {
        events_changed();
    }
}

fn m_get_local_events(_m: &Value, args: Args) -> PyResult {
    let a = args.range("get_local_events", "get_local_events", 2, 2)?;
    let tool = tool_arg(&a[0])?;
    let code = code_arg(&a[1])?;
    Ok(int::from_i64(i64::from(local_events(tool, &code))))
}

pub fn local_events(tool: usize, code: &Code) -> u32 {
    with_state(|s| s.codes.get(&code_key(code)).map_or(0, |c| c.local[tool]))
}

fn m_set_local_events(_m: &Value, args: Args) -> PyResult {
    let a = args.range("set_local_events", "set_local_events", 3, 3)?;
    let tool = tool_arg(&a[0])?;
    let code = code_arg(&a[1])?;
    let events = event_set_arg(&a[2])?;
    if events & !LOCAL_EVENTS != 0 {
        return Err(value_error(format!("invalid local event set 0x{events:x}")));
    }
    with_state(|s| check_in_use(s, tool))?;
    set_local_events(tool, &code, events);
    Ok(none())
}

/// `_PyMonitoring_SetLocalEvents`: instruments `code` at once.
pub fn set_local_events(tool: usize, code: &Ref<Code>, events: u32) {
    let changed = with_state(|s| {
        let entry = instrument::entry(s, code);
        std::mem::replace(&mut entry.local[tool], events) != events
    });
    if changed {
        let any = with_state(|s| {
            s.global.iter().any(|&e| e != 0)
                || s.codes.values().any(|c| c.local.iter().any(|&e| e != 0))
        });
        ACTIVE.store(any, Ordering::Relaxed);
        instrument::instrument_code(code);
    }
}

fn m_restart_events(_m: &Value, args: Args) -> PyResult {
    args.range("restart_events", "restart_events", 0, 0)?;
    with_state(|s| s.disabled.clear());
    events_changed();
    Ok(none())
}

fn m_all_events(_m: &Value, args: Args) -> PyResult {
    args.range("_all_events", "_all_events", 0, 0)?;
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    let global = with_state(|s| s.global);
    for (e, name) in event::NAMES.iter().enumerate().take(event::COUNT) {
        let tools = (0..TOOLS)
            .filter(|&t| global[t] & event::bit(e) != 0)
            .fold(0u32, |acc, t| acc | 1 << t);
        if tools != 0 {
            dict.set_item(PyStr::new(name), int::from_i64(i64::from(tools)))?;
        }
    }
    Ok(d)
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("use_tool_id", m_use_tool_id, ""),
    MethodDef::new("clear_tool_id", m_clear_tool_id, ""),
    MethodDef::new("free_tool_id", m_free_tool_id, ""),
    MethodDef::new("get_tool", m_get_tool, ""),
    MethodDef::new("register_callback", m_register_callback, ""),
    MethodDef::new("get_events", m_get_events, ""),
    MethodDef::new("set_events", m_set_events, ""),
    MethodDef::new("get_local_events", m_get_local_events, ""),
    MethodDef::new("set_local_events", m_set_local_events, ""),
    MethodDef::new("restart_events", m_restart_events, ""),
    MethodDef::new("_all_events", m_all_events, ""),
];

/// The `sys.monitoring` namespace module (`_Py_CreateMonitoringObject`).
pub fn make_module() -> PyResult {
    let m = Module::new("sys.monitoring");
    let module = m.downcast::<Module>().expect("module");
    let name = PyStr::new("sys.monitoring");
    for def in FUNCTIONS {
        module.set(
            def.name,
            BuiltinFunction::module_function(def, m.clone(), name.clone()),
        );
    }
    let events = protocol::call(
        &TypeRef::from_static(&ouro_objects::namespace::NAMESPACE_TYPE).into_value(),
        &[],
        None,
    )?;
    for (e, name) in event::NAMES.iter().enumerate() {
        protocol::setattr(&events, &PyStr::new(name), Some(&int::from_i64(1 << e)))?;
    }
    protocol::setattr(&events, &PyStr::new("NO_EVENTS"), Some(&int::from_i64(0)))?;
    module.set("events", events);
    for (name, id) in [
        ("DEBUGGER_ID", 0),
        ("COVERAGE_ID", 1),
        ("PROFILER_ID", 2),
        ("OPTIMIZER_ID", 5),
    ] {
        module.set(name, int::from_i64(id));
    }
    module.set("DISABLE", disable_sentinel());
    module.set("MISSING", missing());
    for attr in ["__spec__", "__loader__", "__package__"] {
        module.set(attr, none());
    }
    Ok(m)
}

// ---- The eval loop's hooks for events no instruction carries ----

/// Where CPython reports an error in a frame: a re-raise at its
/// instruction, an error from a callee frame one unit before the call, any
/// other error at the last unit of the failing instruction (`next_instr - 1`).
fn error_index(f: &Frame, reraise: bool, from_callee: bool) -> u32 {
    let i = f.meta.lasti.get();
    let index = if reraise {
        f.reraise_at
    } else if from_callee {
        i.saturating_sub(1)
    } else {
        f.adaptive
            .instrs
            .get(i)
            .map_or(i, |d| (d.next as usize).saturating_sub(1))
    };
    index as u32
}

/// `RAISE` (or `RERAISE` for a re-raise) in the frame handling an error;
/// an error from a callback replaces the exception.
pub fn raised(
    f: &Frame,
    reraise: bool,
    from_callee: bool,
    e: ouro_objects::PyErr,
) -> ouro_objects::PyErr {
    let ev = if reraise {
        event::RERAISE
    } else {
        event::RAISE
    };
    let index = error_index(f, reraise, from_callee);
    match fire(f, index, ev, &[e.value().clone()]) {
        Ok(()) => e,
        Err(new) => new,
    }
}

/// `EXCEPTION_HANDLED` at the handler the exception raised at `from`
/// jumps to.
pub fn handled(f: &Frame, from: usize, target: u32, exc: &Value) -> PyResult<()> {
    // An exception "raised" at a YIELD_VALUE was thrown into the suspended
    // generator: CPython's last instruction there is the RESUME after it.
    let source = match f.adaptive.instrs.get(from) {
        Some(d)
            if f.code.code.get(2 * from).copied()
                == Some(ouro_bytecode::Opcode::YIELD_VALUE.number()) =>
        {
            d.next as usize
        }
        _ => from,
    };
    instrument::record_handler(&f.code, source, target);
    fire(
        f,
        target,
        event::EXCEPTION_HANDLED,
        std::slice::from_ref(exc),
    )
}

/// `PY_UNWIND`: the frame ends with the exception.
pub fn unwound(
    f: &Frame,
    reraise: bool,
    from_callee: bool,
    e: ouro_objects::PyErr,
) -> ouro_objects::PyErr {
    let index = error_index(f, reraise, from_callee);
    match fire(f, index, event::PY_UNWIND, &[e.value().clone()]) {
        Ok(()) => e,
        Err(new) => new,
    }
}

/// `PY_THROW`: an exception thrown into a suspended generator.
pub fn thrown(f: &Frame, e: ouro_objects::PyErr) -> ouro_objects::PyErr {
    if !active() {
        return e;
    }
    // Reported at the instruction the generator would resume at.
    match fire(f, f.ip as u32, event::PY_THROW, &[e.value().clone()]) {
        Ok(()) => e,
        Err(new) => new,
    }
}
