//! `_lsprof`: the `Profiler` behind `cProfile`, timing Python calls and built-in calls through `sys.monitoring` (tool `PROFILER_ID`), with per-caller subcall statistics; mirrors Modules/_lsprof.c.

use std::cell::RefCell;
use std::collections::HashMap;

use ouro_eval::native_module::ModuleDef;
use ouro_eval::structseq::{self, StructSeqDesc};
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{BuiltinFunction, MethodDef, MethodDescr};
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, int, protocol};

const ENTRY: StructSeqDesc<'static> = StructSeqDesc {
    name: "_lsprof.profiler_entry",
    doc: "",
    fields: &[
        "code",
        "callcount",
        "reccallcount",
        "totaltime",
        "inlinetime",
        "calls",
    ],
    n_in_sequence: 6,
};

const SUBENTRY: StructSeqDesc<'static> = StructSeqDesc {
    name: "_lsprof.profiler_subentry",
    doc: "",
    fields: &[
        "code",
        "callcount",
        "reccallcount",
        "totaltime",
        "inlinetime",
    ],
    n_in_sequence: 5,
};

ouro_objects::gil_shared! {
    /// `profiler_entry` and `profiler_subentry`, made with the module.
    static TYPES: RefCell<Option<(TypeRef, TypeRef)>> = const { RefCell::new(None) };
    /// The origin of the default timer.
    static EPOCH: std::time::Instant = std::time::Instant::now();
}

/// `sys.monitoring.PROFILER_ID`.
const TOOL: i64 = 2;

/// Statistics of one function (`ProfilerEntry`), times in seconds.
struct Entry {
    /// What the entry is keyed on, kept alive: the code object or the
    /// built-in function first seen.
    _key: Value,
    /// What `getstats` reports: the code object or a built-in's name.
    userobj: Value,
    tt: f64,
    it: f64,
    callcount: i64,
    reccallcount: i64,
    recursionlevel: i64,
    /// Callees' statistics as called from this entry (`ProfilerSubEntry`).
    calls: HashMap<usize, SubEntry>,
}

#[derive(Default)]
struct SubEntry {
    tt: f64,
    it: f64,
    callcount: i64,
    reccallcount: i64,
    recursionlevel: i64,
}

/// A running call (`ProfilerContext`).
struct Context {
    t0: f64,
    subt: f64,
    entry: usize,
}

#[derive(Default)]
struct State {
    timer: Option<Value>,
    timeunit: f64,
    subcalls: bool,
    builtins: bool,
    entries: Vec<Entry>,
    by_key: HashMap<usize, usize>,
    stack: Vec<Context>,
}

pub struct Profiler {
    state: RefCell<State>,
}

fn this(v: &Value) -> &Profiler {
    v.downcast::<Profiler>().expect("Profiler")
}

fn profiler_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        Profiler {
            state: RefCell::new(State {
                subcalls: true,
                builtins: true,
                ..State::default()
            }),
        },
    ))
}

fn profiler_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    if a.values.len() > 4 {
        return Err(type_error(format!(
            "Profiler() takes at most 4 arguments ({} given)",
            a.values.len()
        )));
    }
    let [timer, timeunit, subcalls, builtins] = a.parse(
        "Profiler",
        ["timer", "timeunit", "subcalls", "builtins"],
        0,
        0,
        4,
    )?;
    let mut s = this(v).state.borrow_mut();
    s.timer = timer.filter(|t| !is_none(t));
    s.timeunit = match timeunit {
        Some(u) => ouro_objects::float::float_of(&u)?,
        None => 0.0,
    };
    s.subcalls = subcalls.map_or(Ok(true), |b| protocol::is_true(&b))?;
    s.builtins = builtins.map_or(Ok(true), |b| protocol::is_true(&b))?;
    Ok(())
}

/// The time now, in seconds: the default clock, or the user's timer (its
/// value times `timeunit` when that is set).
fn now(v: &Value) -> PyResult<f64> {
    let (timer, unit) = {
        let s = this(v).state.borrow();
        (s.timer.clone(), s.timeunit)
    };
    match timer {
        None => Ok(EPOCH.with(|e| e.elapsed().as_secs_f64())),
        Some(t) => {
            let value = ouro_objects::float::float_of(&protocol::call(&t, &[], None)?)?;
            Ok(if unit > 0.0 { value * unit } else { value })
        }
    }
}

/// `normalizeUserObj`: how a built-in function is named in the stats.
fn builtin_name(cfunc: &Value) -> PyResult<Value> {
    let Some(b) = cfunc.downcast::<BuiltinFunction>() else {
        return Ok(cfunc.clone());
    };
    let name = b.def.name;
    let module_name = b
        .module
        .as_ref()
        .filter(|m| m.downcast::<PyStr>().is_some());
    let Some(bound) = &b.bound else {
        return Ok(PyStr::new(&match module_name.map(protocol::str_lossy) {
            Some(m) if m != "builtins" => format!("<{m}.{name}>"),
            _ => format!("<{name}>"),
        }));
    };
    if let Some(found) = bound.type_obj().payload().lookup_str(name) {
        return protocol::repr(&found);
    }
    Ok(PyStr::new(&match module_name.map(protocol::str_lossy) {
        Some(m) => format!("<built-in method {m}.{name}>"),
        None => format!("<built-in method {name}>"),
    }))
}

/// `ptrace_enter_call`: starts a context for the entry of `key`.
fn enter(
    v: &Value,
    key: usize,
    keep: &Value,
    userobj: impl FnOnce() -> PyResult<Value>,
) -> PyResult<()> {
    let found = this(v).state.borrow().by_key.get(&key).copied();
    let entry = match found {
        Some(e) => e,
        None => {
            let userobj = userobj()?;
            let mut s = this(v).state.borrow_mut();
            s.entries.push(Entry {
                _key: keep.clone(),
                userobj,
                tt: 0.0,
                it: 0.0,
                callcount: 0,
                reccallcount: 0,
                recursionlevel: 0,
                calls: HashMap::new(),
            });
            let e = s.entries.len() - 1;
            s.by_key.insert(key, e);
            e
        }
    };
    let t0 = now(v)?;
    let mut s = this(v).state.borrow_mut();
    s.entries[entry].recursionlevel += 1;
    if s.subcalls
        && let Some(caller) = s.stack.last().map(|c| c.entry)
    {
        s.entries[caller]
            .calls
            .entry(entry)
            .or_default()
            .recursionlevel += 1;
    }
    s.stack.push(Context {
        t0,
        subt: 0.0,
        entry,
    });
    Ok(())
}

/// `ptrace_leave_call`: ends the innermost context if it is `key`'s.
fn leave(v: &Value, key: usize) -> PyResult<()> {
    let t = now(v)?;
    let mut s = this(v).state.borrow_mut();
    let Some(&entry) = s.by_key.get(&key) else {
        return Ok(());
    };
    if s.stack.last().is_none_or(|c| c.entry != entry) {
        return Ok(());
    }
    stop(&mut s, t);
    Ok(())
}

/// `Stop`: books the innermost context's times to its entry and to the
/// caller's subentry.
fn stop(s: &mut State, t: f64) {
    let Some(ctx) = s.stack.pop() else { return };
    let tt = t - ctx.t0;
    let it = tt - ctx.subt;
    let caller = s.stack.last_mut().map(|c| {
        c.subt += tt;
        c.entry
    });
    let e = &mut s.entries[ctx.entry];
    e.recursionlevel -= 1;
    if e.recursionlevel == 0 {
        e.tt += tt;
    } else {
        e.reccallcount += 1;
    }
    e.it += it;
    e.callcount += 1;
    if s.subcalls
        && let Some(caller) = caller
    {
        let sub = s.entries[caller].calls.entry(ctx.entry).or_default();
        sub.recursionlevel -= 1;
        if sub.recursionlevel == 0 {
            sub.tt += tt;
        } else {
            sub.reccallcount += 1;
        }
        sub.it += it;
        sub.callcount += 1;
    }
}

fn code_key(code: &Value) -> usize {
    code.word()
}

/// `_pystart_callback(code, instruction_offset)`.
fn pystart(v: &Value, args: Args) -> PyResult {
    let a = args.range("_pystart_callback", "_pystart_callback", 2, 2)?;
    enter(v, code_key(&a[0]), &a[0], || Ok(a[0].clone()))?;
    Ok(none())
}

/// `_pythrow_callback(code, instruction_offset, exception)`.
fn pythrow(v: &Value, args: Args) -> PyResult {
    let a = args.range("_pythrow_callback", "_pythrow_callback", 3, 3)?;
    enter(v, code_key(&a[0]), &a[0], || Ok(a[0].clone()))?;
    Ok(none())
}

/// `_pyreturn_callback(code, instruction_offset, retval)`.
fn pyreturn(v: &Value, args: Args) -> PyResult {
    let a = args.range("_pyreturn_callback", "_pyreturn_callback", 3, 3)?;
    leave(v, code_key(&a[0]))?;
    Ok(none())
}

/// The built-in function a call runs (`get_cfunc_from_callable`): a
/// built-in function, or a method descriptor bound to its first argument.
fn cfunc_of(callable: &Value, self_arg: &Value) -> PyResult<Option<Value>> {
    if callable.downcast_exact::<BuiltinFunction>().is_some() {
        return Ok(Some(callable.clone()));
    }
    if callable.downcast_exact::<MethodDescr>().is_some() {
        if self_arg.is(&ouro_eval::monitoring::missing()) {
            return Ok(None);
        }
        let meth = protocol::call_method(
            callable,
            "__get__",
            &[self_arg.clone(), self_arg.type_value()],
        )?;
        return Ok(meth
            .downcast_exact::<BuiltinFunction>()
            .is_some()
            .then_some(meth));
    }
    Ok(None)
}

fn def_key(cfunc: &Value) -> usize {
    cfunc
        .downcast::<BuiltinFunction>()
        .map_or(0, |b| b.def as *const MethodDef as usize)
}

/// `_ccall_callback(code, instruction_offset, callable, self_arg)`.
fn ccall(v: &Value, args: Args) -> PyResult {
    let a = args.range("_ccall_callback", "_ccall_callback", 4, 4)?;
    if this(v).state.borrow().builtins
        && let Some(cfunc) = cfunc_of(&a[2], &a[3])?
    {
        enter(v, def_key(&cfunc), &cfunc, || builtin_name(&cfunc))?;
    }
    Ok(none())
}

/// `_creturn_callback(code, instruction_offset, callable, self_arg)`.
fn creturn(v: &Value, args: Args) -> PyResult {
    let a = args.range("_creturn_callback", "_creturn_callback", 4, 4)?;
    if this(v).state.borrow().builtins
        && let Some(cfunc) = cfunc_of(&a[2], &a[3])?
    {
        leave(v, def_key(&cfunc))?;
    }
    Ok(none())
}

fn monitoring() -> PyResult<Value> {
    ouro_eval::sysmod::sys_attr("monitoring")
        .ok_or_else(|| value_error("sys.monitoring is missing"))
}

/// The monitoring events and the methods they go to.
const CALLBACKS: &[(&str, &str)] = &[
    ("PY_START", "_pystart_callback"),
    ("PY_RESUME", "_pystart_callback"),
    ("PY_THROW", "_pythrow_callback"),
    ("PY_RETURN", "_pyreturn_callback"),
    ("PY_YIELD", "_pyreturn_callback"),
    ("PY_UNWIND", "_pyreturn_callback"),
    ("CALL", "_ccall_callback"),
    ("C_RETURN", "_creturn_callback"),
    ("C_RAISE", "_creturn_callback"),
];

/// `enable(subcalls=True, builtins=True)`.
fn profiler_enable(v: &Value, args: Args) -> PyResult {
    let [subcalls, builtins] = args.parse("enable", ["subcalls", "builtins"], 0, 0, 2)?;
    let subcalls = subcalls.map_or(Ok(true), |b| protocol::is_true(&b))?;
    let builtins = builtins.map_or(Ok(true), |b| protocol::is_true(&b))?;
    {
        let mut s = this(v).state.borrow_mut();
        s.subcalls = subcalls;
        s.builtins = builtins;
    }
    let m = monitoring()?;
    let tool = int::from_i64(TOOL);
    if protocol::call_method(&m, "use_tool_id", &[tool.clone(), PyStr::new("cProfile")]).is_err() {
        return Err(value_error("Another profiling tool is already active"));
    }
    let events = protocol::getattr(&m, &PyStr::new("events"))?;
    let mut all = 0i64;
    for &(event, method) in CALLBACKS {
        let bit = int::to_i64(&protocol::getattr(&events, &PyStr::new(event))?).unwrap_or(0);
        let callback = protocol::getattr(v, &PyStr::new(method))?;
        protocol::call_method(
            &m,
            "register_callback",
            &[tool.clone(), int::from_i64(bit), callback],
        )?;
        all |= bit;
    }
    protocol::call_method(&m, "set_events", &[tool, int::from_i64(all)])?;
    Ok(none())
}

/// Ends every running context (`flush_unmatched`).
fn flush(v: &Value) -> PyResult<()> {
    while !this(v).state.borrow().stack.is_empty() {
        let t = now(v)?;
        stop(&mut this(v).state.borrow_mut(), t);
    }
    Ok(())
}

/// `disable()`.
fn profiler_disable(v: &Value, args: Args) -> PyResult {
    args.none("disable")?;
    let m = monitoring()?;
    let tool = int::from_i64(TOOL);
    let in_use = !is_none(&protocol::call_method(
        &m,
        "get_tool",
        std::slice::from_ref(&tool),
    )?);
    if in_use {
        protocol::call_method(&m, "set_events", &[tool.clone(), int::from_i64(0)])?;
        for &(event, _) in CALLBACKS {
            let events = protocol::getattr(&m, &PyStr::new("events"))?;
            let bit = protocol::getattr(&events, &PyStr::new(event))?;
            protocol::call_method(&m, "register_callback", &[tool.clone(), bit, none()])?;
        }
        protocol::call_method(&m, "free_tool_id", &[tool])?;
    }
    flush(v)?;
    Ok(none())
}

/// `clear()`.
fn profiler_clear(v: &Value, args: Args) -> PyResult {
    args.none("clear")?;
    let mut s = this(v).state.borrow_mut();
    s.entries.clear();
    s.by_key.clear();
    s.stack.clear();
    Ok(none())
}

/// `getstats()`.
fn profiler_getstats(v: &Value, args: Args) -> PyResult {
    args.none("getstats")?;
    let (entry_ty, sub_ty) = TYPES
        .with(|t| t.borrow().clone())
        .ok_or_else(|| value_error("_lsprof is not initialized"))?;
    let s = this(v).state.borrow();
    let float = |x: f64| ouro_objects::float::new(x);
    let mut out = Vec::new();
    for e in s.entries.iter().filter(|e| e.callcount > 0) {
        // `None` for an entry that called nothing (CPython's empty tree).
        let calls = if e.calls.values().any(|sub| sub.callcount > 0) {
            let mut subs = Vec::new();
            for (&callee, sub) in e.calls.iter().filter(|(_, sub)| sub.callcount > 0) {
                subs.push(structseq::new_instance(
                    &sub_ty,
                    vec![
                        s.entries[callee].userobj.clone(),
                        int::from_i64(sub.callcount),
                        int::from_i64(sub.reccallcount),
                        float(sub.tt),
                        float(sub.it),
                    ],
                )?);
            }
            List::from_vec(subs)
        } else {
            none()
        };
        out.push(structseq::new_instance(
            &entry_ty,
            vec![
                e.userobj.clone(),
                int::from_i64(e.callcount),
                int::from_i64(e.reccallcount),
                float(e.tt),
                float(e.it),
                calls,
            ],
        )?);
    }
    Ok(List::from_vec(out))
}

builtin_type!(pub static PROFILER_TYPE: Profiler = TypeSpec {
    name: "_lsprof.Profiler",
    doc: Some("Build a profiler object using the specified timer function.\n\nThe default timer is a fast built-in one based on real time.\nFor custom timer functions returning integers, 'timeunit' can\nbe a float specifying a scale (that is, how long each integer unit\nis, in seconds)."),
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(profiler_new), init: Some(profiler_init), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("getstats", profiler_getstats, "getstats($self, /)\n--\n\nlist of profiler_entry objects.\n\ngetstats() -> list of profiler_entry objects\n\nReturn all information collected by the profiler.\nEach profiler_entry is a tuple-like object with the\nfollowing attributes:\n\n    code          code object\n    callcount     how many times this was called\n    reccallcount  how many times called recursively\n    totaltime     total time in this entry\n    inlinetime    inline time in this entry (not in subcalls)\n    calls         details of the calls\n\nThe calls attribute is either None or a list of\nprofiler_subentry objects:\n\n    code          called code object\n    callcount     how many times this is called\n    reccallcount  how many times this is called recursively\n    totaltime     total time spent in this call\n    inlinetime    inline time (not in further subcalls)"),
        MethodDef::new("enable", profiler_enable, "enable($self, /, subcalls=True, builtins=True)\n--\n\nStart collecting profiling information.\n\n  subcalls\n    If True, also records for each function\n    statistics separated according to its current caller.\n  builtins\n    If True, records the time spent in\n    built-in functions separately from their caller."),
        MethodDef::new("disable", profiler_disable, "disable($self, /)\n--\n\nStop collecting profiling information."),
        MethodDef::new("clear", profiler_clear, "clear($self, /)\n--\n\nClear all profiling information collected so far."),
        MethodDef::new("_pystart_callback", pystart, "_pystart_callback($self, code, instruction_offset, /)\n--\n\n"),
        MethodDef::new("_pythrow_callback", pythrow, "_pythrow_callback($self, code, instruction_offset, exception, /)\n--\n\n"),
        MethodDef::new("_pyreturn_callback", pyreturn, "_pyreturn_callback($self, code, instruction_offset, retval, /)\n--\n\n"),
        MethodDef::new("_ccall_callback", ccall, "_ccall_callback($self, code, instruction_offset, callable, self_arg, /)\n--\n\n"),
        MethodDef::new("_creturn_callback", creturn, "_creturn_callback($self, code, instruction_offset, callable, self_arg, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let types = match TYPES.with(|t| t.borrow().clone()) {
        Some(t) => t,
        None => {
            let t = (
                structseq::new_type(&ENTRY)?,
                structseq::new_type(&SUBENTRY)?,
            );
            TYPES.with(|slot| *slot.borrow_mut() = Some(t.clone()));
            t
        }
    };
    m.set("profiler_entry", types.0.into_value());
    m.set("profiler_subentry", types.1.into_value());
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_lsprof",
    doc: "Fast profiler",
    functions: &[],
    types: || vec![&PROFILER_TYPE],
    init,
};
