//! `decimal.Context`, the flags/traps `SignalDict`, `localcontext`'s manager and the per-thread
//! current context kept in a ContextVar; mirrors _decimal.c's context_*, signaldict_* and ctxmanager_*.

use std::cell::RefCell;
use std::rc::Rc;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, exceptions, int};

use super::number::{
    CLAMPED, Ctx, DIVISION_BY_ZERO, MAX_EMAX, MAX_PREC, MIN_EMIN, OVERFLOW, Round, UNDERFLOW,
};
use super::{CONDITIONS, SIGNALS, internal, state};

pub const IEEE_CONTEXT_MAX_BITS: i64 = 512;

pub fn default_ctx() -> Ctx {
    Ctx {
        prec: 28,
        round: Round::HalfEven,
        emax: 999_999,
        emin: -999_999,
        capitals: true,
        clamp: false,
        flags: 0,
        traps: super::number::IEEE_INVALID | DIVISION_BY_ZERO | OVERFLOW,
    }
}

pub fn basic_ctx() -> Ctx {
    Ctx {
        prec: 9,
        round: Round::HalfUp,
        traps: super::number::IEEE_INVALID | DIVISION_BY_ZERO | OVERFLOW | UNDERFLOW | CLAMPED,
        ..default_ctx()
    }
}

pub fn extended_ctx() -> Ctx {
    Ctx {
        prec: 9,
        traps: 0,
        ..default_ctx()
    }
}

/// A context object: its parameters are shared with the SignalDicts it hands out, which are made
/// on first use and then kept, so `ctx.flags is ctx.flags` as in CPython.
pub struct PyContext {
    pub ctx: Rc<RefCell<Ctx>>,
    signal_dicts: RefCell<Option<(Value, Value)>>,
}

impl PyContext {
    fn new(ctx: Ctx) -> PyContext {
        PyContext {
            ctx: Rc::new(RefCell::new(ctx)),
            signal_dicts: RefCell::new(None),
        }
    }
}

builtin_type!(pub static CONTEXT_TYPE: PyContext = TypeSpec {
    name: "decimal.Context",
    doc: Some("Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None)\n--\n\nThe context affects almost all operations and controls rounding,\nOver/Underflow, raising of exceptions and much more.  A new context\ncan be constructed as follows:\n\n    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,\n    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,\n    ...             traps=[InvalidOperation, DivisionByZero, Overflow],\n    ...             flags=[])\n    >>>\n\n"),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(context_new),
        init: Some(context_init),
        repr: Some(context_repr),
        getattro: Some(context_getattr),
        setattro: Some(context_setattr),
        ..SlotDefs::NONE
    },
    methods: super::methods::CONTEXT_METHODS,
    getsets: &[
        GetSetDef::with_setter("prec", |v| Ok(int::from_i64(this(v).borrow().prec)), |v, x| set_field(v, x, "prec")),
        GetSetDef::with_setter("rounding", |v| Ok(PyStr::new(this(v).borrow().round.name())), |v, x| set_field(v, x, "rounding")),
        GetSetDef::with_setter("Emin", |v| Ok(int::from_i64(this(v).borrow().emin)), |v, x| set_field(v, x, "Emin")),
        GetSetDef::with_setter("Emax", |v| Ok(int::from_i64(this(v).borrow().emax)), |v, x| set_field(v, x, "Emax")),
        GetSetDef::with_setter("capitals", |v| Ok(int::from_i64(i64::from(this(v).borrow().capitals))), |v, x| set_field(v, x, "capitals")),
        GetSetDef::with_setter("clamp", |v| Ok(int::from_i64(i64::from(this(v).borrow().clamp))), |v, x| set_field(v, x, "clamp")),
    ],
    ..TypeSpec::DEFAULT
});

/// `flags` and `traps` are looked up by name, outside the type's dict, as context_getattr does.
fn context_getattr(v: &Value, name: &Value) -> PyResult {
    match name
        .downcast::<PyStr>()
        .map(|s| s.to_string_lossy())
        .as_deref()
    {
        Some("flags") => signal_dict(v, false),
        Some("traps") => signal_dict(v, true),
        _ => protocol::generic_getattr(v, name),
    }
}

fn context_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    match name
        .downcast::<PyStr>()
        .map(|s| s.to_string_lossy())
        .as_deref()
    {
        Some(field @ ("flags" | "traps")) => set_field(v, value, field),
        _ => protocol::generic_setattr(v, name, value).map_err(|e| {
            let on_type = protocol::getattr_opt(&v.type_obj().value(), name)
                .ok()
                .flatten()
                .is_some();
            if e.matches(&exceptions::ATTRIBUTE_ERROR) && !on_type {
                let msg = format!(
                    "'{}' object has no attribute '{}'",
                    protocol::type_name(v),
                    protocol::str_lossy(name)
                );
                PyErr::new(&exceptions::ATTRIBUTE_ERROR, msg)
            } else {
                e
            }
        }),
    }
}

pub fn this(v: &Value) -> &Rc<RefCell<Ctx>> {
    &v.downcast::<PyContext>()
        .expect("Context method on a Context")
        .ctx
}

/// The context parameters of `v`, if it is a Context.
pub fn ctx_of(v: &Value) -> Option<Ctx> {
    v.downcast::<PyContext>().map(|c| c.ctx.borrow().clone())
}

pub fn new_context(ctx: Ctx) -> PyResult {
    Ok(alloc_typed(
        &TypeRef::from_static(&CONTEXT_TYPE),
        PyContext::new(ctx),
    ))
}

fn context_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    // A new context starts from DefaultContext's current parameters (context_new).
    let base = state()
        .ok()
        .and_then(|s| ctx_of(&s.default_context))
        .unwrap_or_else(default_ctx);
    Ok(alloc_typed(ty, PyContext::new(Ctx { flags: 0, ..base })))
}

const CONTEXT_ARGS: [&str; 8] = [
    "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps",
];

fn context_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let values = Args::new(args, kwnames).parse("Context", CONTEXT_ARGS, 0, 0, 8)?;
    for (name, value) in CONTEXT_ARGS.iter().zip(values) {
        if let Some(value) = value.filter(|x| !is_none(x)) {
            set_field(v, Some(&value), name)?;
        }
    }
    Ok(())
}

fn int_field(x: &Value, lo: i64, hi: i64, msg: &str) -> PyResult<i64> {
    if !int::is_int(x) {
        return Err(type_error("an integer is required"));
    }
    let n = int::to_i64(x).unwrap_or(i64::MAX);
    if n < lo || n > hi {
        return Err(value_error(msg));
    }
    Ok(n)
}

pub fn round_arg(x: &Value) -> PyResult<Round> {
    x.downcast::<PyStr>()
        .and_then(|s| Round::from_name(&s.to_string_lossy()))
        .ok_or_else(|| type_error(INVALID_ROUNDING))
}

const INVALID_ROUNDING: &str = "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]";
const INVALID_SIGNALS: &str = "valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]";

/// The flag bits of one signal class.
fn signal_flag(key: &Value) -> PyResult<u32> {
    let st = state()?;
    st.signals
        .iter()
        .zip(SIGNALS)
        .find(|(s, _)| s.is(key))
        .map(|(_, (_, flag))| flag)
        .ok_or_else(|| PyErr::new(&exceptions::KEY_ERROR, INVALID_SIGNALS))
}

/// Flags from a list of signals or a dict of all nine.
fn signals_arg(x: &Value) -> PyResult<u32> {
    if let Some(list) = x.downcast::<List>() {
        let mut bits = 0;
        for item in list.to_vec() {
            bits |= signal_flag(&item)?;
        }
        return Ok(bits);
    }
    if x.downcast::<SignalDictData>().is_some() {
        let d = x
            .downcast::<SignalDictData>()
            .ok_or_else(|| internal("signals_arg"))?;
        let ctx = d.ctx.borrow();
        return Ok(if d.traps { ctx.traps } else { ctx.flags });
    }
    dict_as_flags(x)
}

fn dict_as_flags(x: &Value) -> PyResult<u32> {
    let Some(d) = x.downcast::<Dict>() else {
        return Err(type_error("argument must be a signal dict"));
    };
    let st = state()?;
    if d.len() != SIGNALS.len() {
        return Err(PyErr::new(&exceptions::KEY_ERROR, "invalid signal dict"));
    }
    let mut bits = 0;
    for (sig, (_, flag)) in st.signals.iter().zip(SIGNALS) {
        let Some(b) = d.get_item_opt(sig)? else {
            return Err(PyErr::new(&exceptions::KEY_ERROR, "invalid signal dict"));
        };
        if protocol::is_true(&b)? {
            bits |= flag;
        }
    }
    Ok(bits)
}

fn set_field(v: &Value, x: Option<&Value>, name: &str) -> PyResult<()> {
    let Some(x) = x else {
        return Err(PyErr::new(
            &exceptions::ATTRIBUTE_ERROR,
            "context attributes cannot be deleted",
        ));
    };
    let cell = this(v);
    match name {
        "prec" => {
            let n = int_field(x, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")?;
            cell.borrow_mut().prec = n;
        }
        "Emin" => {
            let n = int_field(x, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")?;
            cell.borrow_mut().emin = n;
        }
        "Emax" => {
            let n = int_field(x, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")?;
            cell.borrow_mut().emax = n;
        }
        "capitals" => {
            let n = int_field(x, 0, 1, "valid values for capitals are 0 or 1")?;
            cell.borrow_mut().capitals = n == 1;
        }
        "clamp" => {
            let n = int_field(x, 0, 1, "valid values for clamp are 0 or 1")?;
            cell.borrow_mut().clamp = n == 1;
        }
        "rounding" => {
            let r = round_arg(x)?;
            cell.borrow_mut().round = r;
        }
        "flags" => {
            let bits = signals_arg(x)?;
            cell.borrow_mut().flags = bits;
        }
        _ => {
            let bits = signals_arg(x)?;
            cell.borrow_mut().traps = bits;
        }
    }
    Ok(())
}

/// The signals set in `bits`, by bit order as libmpdec prints them (`mpd_lsnprint_signals`).
fn signal_names(bits: u32) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for bit in 0..15 {
        let flag = bits & (1 << bit);
        if let Some((name, _)) = SIGNALS.iter().find(|(_, f)| flag & f != 0)
            && !names.contains(name)
        {
            names.push(name);
        }
    }
    names
}

pub fn context_repr(v: &Value) -> PyResult {
    let c = this(v).borrow().clone();
    Ok(PyStr::new(&format!(
        "Context(prec={}, rounding={}, Emin={}, Emax={}, capitals={}, clamp={}, flags=[{}], traps=[{}])",
        c.prec,
        c.round.name(),
        c.emin,
        c.emax,
        i64::from(c.capitals),
        i64::from(c.clamp),
        signal_names(c.flags).join(", "),
        signal_names(c.traps).join(", ")
    )))
}

fn signal_list(bits: u32) -> PyResult {
    let st = state()?;
    Ok(List::from_vec(
        st.signals
            .iter()
            .zip(SIGNALS)
            .filter(|(_, (_, f))| bits & f != 0)
            .map(|(s, _)| s.clone())
            .collect(),
    ))
}

pub fn context_reduce(v: &Value, _a: Args) -> PyResult {
    let c = this(v).borrow().clone();
    let args = Tuple::new(vec![
        int::from_i64(c.prec),
        PyStr::new(c.round.name()),
        int::from_i64(c.emin),
        int::from_i64(c.emax),
        int::from_i64(i64::from(c.capitals)),
        int::from_i64(i64::from(c.clamp)),
        signal_list(c.flags)?,
        signal_list(c.traps)?,
    ]);
    Ok(Tuple::new(vec![v.type_obj().value(), args]))
}

pub fn context_copy(v: &Value, _a: Args) -> PyResult {
    let c = this(v).borrow().clone();
    Ok(alloc_typed(
        &TypeRef::from_static(&CONTEXT_TYPE),
        PyContext::new(c),
    ))
}

// ---- status and traps ----

/// The exception for trapped conditions: the first trapped signal's class with the list of the
/// conditions and signals (`dec_addstatus`).
fn trap_error(trapped: u32) -> PyErr {
    let st = match state() {
        Ok(s) => s,
        Err(e) => return e,
    };
    let Some(cls) = st
        .signals
        .iter()
        .zip(SIGNALS)
        .find(|(_, (_, f))| trapped & f != 0)
        .map(|(c, _)| c.clone())
    else {
        return internal("flags_as_exception");
    };
    let mut items = Vec::new();
    for (c, (_, f)) in st.conditions.iter().zip(CONDITIONS) {
        if trapped & f != 0 {
            items.push(c.clone());
        }
    }
    for (c, (_, f)) in st.signals.iter().zip(SIGNALS).skip(1) {
        if trapped & f != 0 {
            items.push(c.clone());
        }
    }
    match protocol::call1(&cls, List::from_vec(items)) {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

/// Records `status` in the context's flags and raises if any of it is trapped.
pub fn add_status(cv: &Value, status: u32) -> PyResult<()> {
    let trapped = {
        let mut c = this(cv).borrow_mut();
        c.flags |= status;
        status & c.traps
    };
    if trapped != 0 {
        return Err(trap_error(trapped));
    }
    Ok(())
}

/// Runs an operation under the context object `cv`, then records its status.
pub fn run<T>(cv: &Value, f: impl FnOnce(&Ctx, &mut u32) -> T) -> PyResult<T> {
    let ctx = this(cv).borrow().clone();
    let mut status = 0;
    let r = f(&ctx, &mut status);
    add_status(cv, status)?;
    Ok(r)
}

// ---- the current context ----

pub fn current() -> PyResult {
    let st = state()?;
    if let Some(v) = crate::contextvars::value_of(&st.context_var)
        && v.downcast::<PyContext>().is_some()
    {
        return Ok(v);
    }
    let fresh = context_copy(&st.default_context, Args::new(&[], None))?;
    this(&fresh).borrow_mut().flags = 0;
    protocol::call_method(&st.context_var, "set", std::slice::from_ref(&fresh))?;
    Ok(fresh)
}

/// A `context=` argument: None means the current context.
pub fn context_arg(v: Option<Value>) -> PyResult {
    match v {
        None => current(),
        Some(v) if is_none(&v) => current(),
        Some(v) if v.downcast::<PyContext>().is_some() => Ok(v),
        Some(_) => Err(type_error("optional argument must be a context")),
    }
}

pub fn getcontext(_m: &Value, a: Args) -> PyResult {
    a.none("getcontext")?;
    current()
}

fn set_current(v: Value) -> PyResult<()> {
    let st = state()?;
    let v = if st.templates.iter().any(|t| t.is(&v)) {
        let copy = context_copy(&v, Args::new(&[], None))?;
        this(&copy).borrow_mut().flags = 0;
        copy
    } else {
        v
    };
    protocol::call_method(&st.context_var, "set", &[v])?;
    Ok(())
}

pub fn setcontext(_m: &Value, a: Args) -> PyResult {
    let v = a.one("setcontext")?;
    if v.downcast::<PyContext>().is_none() {
        return Err(type_error("argument must be a context"));
    }
    set_current(v.clone())?;
    Ok(none())
}

pub fn ieee_context(_m: &Value, a: Args) -> PyResult {
    let v = a.one("IEEEContext")?;
    if !int::is_int(v) {
        return Err(type_error("an integer is required"));
    }
    let bits = int::to_i64(v).unwrap_or(i64::MAX);
    if bits <= 0 || bits > IEEE_CONTEXT_MAX_BITS || bits % 32 != 0 {
        return Err(value_error(format!(
            "argument must be a multiple of 32, with a maximum of {IEEE_CONTEXT_MAX_BITS}"
        )));
    }
    let emax = 3 * (1i64 << (bits / 16 + 3));
    new_context(Ctx {
        prec: 9 * (bits / 32) - 2,
        round: Round::HalfEven,
        emax,
        emin: 1 - emax,
        capitals: true,
        clamp: true,
        flags: 0,
        traps: 0,
    })
}

// ---- localcontext ----

pub struct ContextManager {
    local: Value,
    global: RefCell<Option<Value>>,
}

builtin_type!(pub static CONTEXT_MANAGER_TYPE: ContextManager = TypeSpec {
    name: "decimal.ContextManager",
    doc: Some("Context manager class to support localcontext()."),
    methods: &[
        MethodDef::new("__enter__", manager_enter, "__enter__($self, /)\n--\n\n"),
        MethodDef::new("__exit__", manager_exit, "__exit__($self, type, value, traceback, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});

pub fn localcontext(_m: &Value, a: Args) -> PyResult {
    let positional = a.positional();
    if positional.len() > 1 {
        return Err(type_error(format!(
            "localcontext() takes at most 1 positional argument ({} given)",
            positional.len()
        )));
    }
    let mut ctx_value = positional.first().cloned();
    let mut settings = Vec::new();
    for (k, v) in a.keywords() {
        let name = protocol::str_lossy(&k);
        if name == "ctx" {
            ctx_value = Some(v);
        } else if CONTEXT_ARGS.contains(&name.as_str()) {
            settings.push((name, v));
        } else {
            return Err(type_error(format!(
                "this function got an unexpected keyword argument '{name}'"
            )));
        }
    }
    let global = context_arg(ctx_value)?;
    let local = context_copy(&global, Args::new(&[], None))?;
    for (name, v) in settings {
        if is_none(&v) {
            continue;
        }
        set_field(&local, Some(&v), &name)?;
    }
    Ok(alloc_typed(
        &TypeRef::from_static(&CONTEXT_MANAGER_TYPE),
        ContextManager {
            local,
            global: RefCell::new(None),
        },
    ))
}

fn manager(v: &Value) -> &ContextManager {
    v.downcast::<ContextManager>()
        .expect("ContextManager method")
}

fn manager_enter(v: &Value, a: Args) -> PyResult {
    a.none("__enter__")?;
    let m = manager(v);
    *m.global.borrow_mut() = Some(current()?);
    set_current(m.local.clone())?;
    current()
}

fn manager_exit(v: &Value, _a: Args) -> PyResult {
    let m = manager(v);
    if let Some(g) = m.global.borrow_mut().take() {
        set_current(g)?;
    }
    Ok(none())
}

// ---- SignalDict ----

/// `context.flags` / `context.traps`: a live view of one bit set of a context.
pub struct SignalDictData {
    ctx: Rc<RefCell<Ctx>>,
    traps: bool,
}

builtin_type!(pub static SIGNAL_DICT_MIXIN_TYPE: SignalDictData = TypeSpec {
    name: "decimal.SignalDictMixin",
    flags: flags::BASETYPE,
    slots: SlotDefs {
        getitem: Some(sd_getitem),
        setitem: Some(sd_setitem),
        len: Some(|_| Ok(SIGNALS.len())),
        iter: Some(sd_iter),
        repr: Some(sd_repr),
        richcompare: Some(sd_richcompare),
        ..SlotDefs::NONE
    },
    methods: &[MethodDef::new("copy", sd_copy, "")],
    ..TypeSpec::DEFAULT
});

fn signal_dict(v: &Value, traps: bool) -> PyResult {
    let context = v
        .downcast::<PyContext>()
        .ok_or_else(|| internal("signal_dict"))?;
    if let Some((flags, trap_dict)) = context.signal_dicts.borrow().clone() {
        return Ok(if traps { trap_dict } else { flags });
    }
    let st = state()?;
    let cls = TypeRef::from_value(&st.signal_dict).ok_or_else(|| internal("SignalDict"))?;
    let make = |traps| {
        alloc_typed(
            &cls,
            SignalDictData {
                ctx: context.ctx.clone(),
                traps,
            },
        )
    };
    let (flags, trap_dict) = (make(false), make(true));
    *context.signal_dicts.borrow_mut() = Some((flags.clone(), trap_dict.clone()));
    Ok(if traps { trap_dict } else { flags })
}

fn sd(v: &Value) -> PyResult<&SignalDictData> {
    v.downcast::<SignalDictData>()
        .ok_or_else(|| value_error("invalid signal dict"))
}

fn sd_bits(d: &SignalDictData) -> u32 {
    let c = d.ctx.borrow();
    if d.traps { c.traps } else { c.flags }
}

fn sd_getitem(v: &Value, key: &Value) -> PyResult {
    let d = sd(v)?;
    let flag = signal_flag(key)?;
    Ok(pybool::py_bool(sd_bits(d) & flag != 0))
}

fn sd_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = sd(v)?;
    let Some(value) = value else {
        return Err(value_error("signal keys cannot be deleted"));
    };
    let flag = signal_flag(key)?;
    let on = protocol::is_true(value)?;
    let mut c = d.ctx.borrow_mut();
    let bits = if d.traps { &mut c.traps } else { &mut c.flags };
    if on {
        *bits |= flag;
    } else {
        *bits &= !flag;
    }
    Ok(())
}

fn sd_iter(_v: &Value) -> PyResult {
    let st = state()?;
    protocol::iter(&Tuple::new(st.signals.clone()))
}

fn sd_repr(v: &Value) -> PyResult {
    let bits = sd_bits(sd(v)?);
    let parts: Vec<String> = SIGNALS
        .iter()
        .map(|(name, f)| {
            format!(
                "<class 'decimal.{name}'>:{}",
                if bits & f != 0 { "True" } else { "False" }
            )
        })
        .collect();
    Ok(PyStr::new(&format!("{{{}}}", parts.join(", "))))
}

fn sd_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let mine = sd_bits(sd(a)?);
    let theirs = if let Some(other) = b.downcast::<SignalDictData>() {
        sd_bits(other)
    } else if b.downcast::<Dict>().is_some() {
        match dict_as_flags(b) {
            Ok(bits) => bits,
            Err(e) if e.matches(&exceptions::KEY_ERROR) => return Ok(not_implemented()),
            Err(e) => return Err(e),
        }
    } else {
        return Ok(not_implemented());
    };
    Ok(pybool::py_bool((mine == theirs) == (op == CompareOp::Eq)))
}

fn sd_copy(v: &Value, _a: Args) -> PyResult {
    let bits = sd_bits(sd(v)?);
    let st = state()?;
    let d = Dict::new_value();
    let dict = d
        .downcast::<Dict>()
        .ok_or_else(|| internal("signaldict_copy"))?;
    for (sig, (_, f)) in st.signals.iter().zip(SIGNALS) {
        dict.set_item(sig.clone(), pybool::py_bool(bits & f != 0))?;
    }
    Ok(d)
}

/// `Context.clear_flags()` / `clear_traps()`.
pub fn clear_bits(v: &Value, traps: bool) -> PyResult {
    let mut c = this(v).borrow_mut();
    if traps {
        c.traps = 0;
    } else {
        c.flags = 0;
    }
    Ok(none())
}

/// Records a flag without the trap check: FloatOperation for `==` with a float (convert_op_cmp).
pub fn add_flag_quietly(cv: &Value, status: u32) {
    this(cv).borrow_mut().flags |= status;
}
