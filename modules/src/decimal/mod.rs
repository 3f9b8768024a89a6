//! `_decimal`: decimal floating point arithmetic (the General Decimal Arithmetic Specification);
//! mirrors Modules/_decimal/_decimal.c, with the arithmetic written over num-bigint coefficients.

mod arith;
mod context;
mod dectype;
mod format;
mod methods;
mod number;
mod ops;
mod transcend;

use std::cell::RefCell;
use std::rc::Rc;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, runtime_error};
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TYPE_TYPE;
use ouro_objects::{TypeRef, Value, bool as pybool, exceptions, int, protocol};

use number::{
    CLAMPED, CONVERSION_SYNTAX, DIVISION_BY_ZERO, DIVISION_IMPOSSIBLE, DIVISION_UNDEFINED,
    FLOAT_OPERATION, IEEE_INVALID, INEXACT, INVALID_CONTEXT, INVALID_OPERATION, OVERFLOW, ROUNDED,
    SUBNORMAL, UNDERFLOW,
};

/// The signals in `signal_map` order (which also orders flag lists and picks the raised class).
pub const SIGNALS: [(&str, u32); 9] = [
    ("InvalidOperation", IEEE_INVALID),
    ("FloatOperation", FLOAT_OPERATION),
    ("DivisionByZero", DIVISION_BY_ZERO),
    ("Overflow", OVERFLOW),
    ("Underflow", UNDERFLOW),
    ("Subnormal", SUBNORMAL),
    ("Inexact", INEXACT),
    ("Rounded", ROUNDED),
    ("Clamped", CLAMPED),
];

/// The conditions behind InvalidOperation (`cond_map`).
pub const CONDITIONS: [(&str, u32); 5] = [
    ("InvalidOperation", INVALID_OPERATION),
    ("ConversionSyntax", CONVERSION_SYNTAX),
    ("DivisionImpossible", DIVISION_IMPOSSIBLE),
    ("DivisionUndefined", DIVISION_UNDEFINED),
    ("InvalidContext", INVALID_CONTEXT),
];

/// The module's Python-level objects that the Rust code needs.
pub struct State {
    /// Signal classes in `SIGNALS` order.
    pub signals: Vec<Value>,
    /// Condition classes in `CONDITIONS` order.
    pub conditions: Vec<Value>,
    pub signal_dict: Value,
    pub decimal_tuple: Value,
    pub context_var: Value,
    pub default_context: Value,
    pub templates: Vec<Value>,
}

ouro_objects::gil_shared! {
    static STATE: RefCell<Option<Rc<State>>> = const { RefCell::new(None) };
}

/// The module state; a thread that did not create the module rebuilds it from the module's
/// attributes with a ContextVar of its own (each thread starts from an empty context anyway).
pub fn state() -> PyResult<Rc<State>> {
    if let Some(s) = STATE.with(|s| s.borrow().clone()) {
        return Ok(s);
    }
    let module = protocol::import_module("_decimal")?;
    let get = |name: &str| protocol::getattr_str(&module, name);
    let signals = SIGNALS
        .iter()
        .map(|(n, _)| get(n))
        .collect::<PyResult<Vec<_>>>()?;
    let conditions = CONDITIONS
        .iter()
        .map(|(n, _)| get(n))
        .collect::<PyResult<Vec<_>>>()?;
    let flags = protocol::getattr_str(&get("DefaultContext")?, "flags")?;
    let state = Rc::new(State {
        signals,
        conditions,
        signal_dict: flags.type_obj().value(),
        decimal_tuple: get("DecimalTuple")?,
        context_var: new_context_var()?,
        default_context: get("DefaultContext")?,
        templates: vec![
            get("DefaultContext")?,
            get("BasicContext")?,
            get("ExtendedContext")?,
        ],
    });
    STATE.with(|s| *s.borrow_mut() = Some(state.clone()));
    Ok(state)
}

fn new_context_var() -> PyResult {
    let contextvars = protocol::import_module("_contextvars")?;
    let cls = protocol::getattr_str(&contextvars, "ContextVar")?;
    protocol::call1(&cls, PyStr::new("decimal_context"))
}

/// `type(name, bases, {'__module__': 'decimal'})`.
fn new_class(name: &str, bases: Vec<Value>, module: &str) -> PyResult {
    let ns = Dict::new_value();
    if let Some(d) = ns.downcast::<Dict>() {
        d.set_str("__module__", PyStr::new(module));
    }
    protocol::call(
        &TYPE_TYPE.value(),
        &[PyStr::new(name), Tuple::new(bases), ns],
        None,
    )
}

fn static_class(t: &'static ouro_objects::PyObj<ouro_objects::typeobj::TypeObject>) -> Value {
    TypeRef::from_static(t).into_value()
}

/// The exception classes of `decimal`, with CPython's hierarchy.
fn make_signals(m: &Module) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let base = new_class(
        "DecimalException",
        vec![static_class(&exceptions::ARITHMETIC_ERROR)],
        "decimal",
    )?;
    let sub = |name: &str, bases: Vec<Value>| -> PyResult {
        let c = new_class(name, bases, "decimal")?;
        m.set(name, c.clone());
        Ok(c)
    };
    m.set("DecimalException", base.clone());
    let clamped = sub("Clamped", vec![base.clone()])?;
    let invalid = sub("InvalidOperation", vec![base.clone()])?;
    let zerodiv = static_class(&exceptions::ZERO_DIVISION_ERROR);
    let div_by_zero = sub("DivisionByZero", vec![base.clone(), zerodiv.clone()])?;
    let inexact = sub("Inexact", vec![base.clone()])?;
    let rounded = sub("Rounded", vec![base.clone()])?;
    let subnormal = sub("Subnormal", vec![base.clone()])?;
    let overflow = sub("Overflow", vec![inexact.clone(), rounded.clone()])?;
    let underflow = sub(
        "Underflow",
        vec![inexact.clone(), rounded.clone(), subnormal.clone()],
    )?;
    let float_op = sub(
        "FloatOperation",
        vec![base.clone(), static_class(&exceptions::TYPE_ERROR)],
    )?;
    let conversion = sub("ConversionSyntax", vec![invalid.clone()])?;
    let impossible = sub("DivisionImpossible", vec![invalid.clone()])?;
    let undefined = sub("DivisionUndefined", vec![invalid.clone(), zerodiv])?;
    let invalid_context = sub("InvalidContext", vec![invalid.clone()])?;
    let signals = vec![
        invalid.clone(),
        float_op,
        div_by_zero,
        overflow,
        underflow,
        subnormal,
        inexact,
        rounded,
        clamped,
    ];
    let conditions = vec![invalid, conversion, impossible, undefined, invalid_context];
    Ok((signals, conditions))
}

fn decimal_tuple() -> PyResult {
    let collections = protocol::import_module("collections")?;
    let namedtuple = protocol::getattr_str(&collections, "namedtuple")?;
    let kw = Tuple::new(vec![PyStr::new("module")]);
    protocol::call(
        &namedtuple,
        &[
            PyStr::new("DecimalTuple"),
            PyStr::new("sign digits exponent"),
            PyStr::new("decimal"),
        ],
        Some(&kw),
    )
}

fn init(module: &Value) -> PyResult<()> {
    let m = module
        .downcast::<Module>()
        .ok_or_else(|| runtime_error("_decimal: not a module"))?;
    ouro_objects::typeobj::ready(&context::SIGNAL_DICT_MIXIN_TYPE);
    crate::heaptype::list_module_in_dict(&[
        &dectype::DECIMAL_TYPE,
        &context::CONTEXT_TYPE,
        &context::CONTEXT_MANAGER_TYPE,
    ]);
    let (signals, conditions) = make_signals(m)?;
    let abc = protocol::import_module("collections.abc")?;
    let mutable_mapping = protocol::getattr_str(&abc, "MutableMapping")?;
    // CPython builds it by calling type() from C, so its __module__ is the caller's: 'abc'.
    let signal_dict = new_class(
        "SignalDict",
        vec![
            static_class(&context::SIGNAL_DICT_MIXIN_TYPE),
            mutable_mapping,
        ],
        "abc",
    )?;
    let dt = decimal_tuple()?;
    m.set("DecimalTuple", dt.clone());
    let default = context::new_context(context::default_ctx())?;
    let basic = context::new_context(context::basic_ctx())?;
    let extended = context::new_context(context::extended_ctx())?;
    let state = Rc::new(State {
        signals,
        conditions,
        signal_dict,
        decimal_tuple: dt,
        context_var: new_context_var()?,
        default_context: default.clone(),
        templates: vec![default.clone(), basic.clone(), extended.clone()],
    });
    STATE.with(|s| *s.borrow_mut() = Some(state));
    m.set("DefaultContext", default);
    m.set("BasicContext", basic);
    m.set("ExtendedContext", extended);
    for r in number::Round::ALL {
        m.set(r.name(), PyStr::new(r.name()));
    }
    for (name, v) in [
        ("MAX_PREC", number::MAX_PREC),
        ("MAX_EMAX", number::MAX_EMAX),
        ("MIN_EMIN", number::MIN_EMIN),
        ("MIN_ETINY", number::MIN_ETINY),
        ("IEEE_CONTEXT_MAX_BITS", context::IEEE_CONTEXT_MAX_BITS),
    ] {
        m.set(name, int::from_i64(v));
    }
    m.set("HAVE_THREADS", pybool::py_bool(true));
    m.set("HAVE_CONTEXTVAR", pybool::py_bool(true));
    m.set("__version__", PyStr::new("1.70"));
    m.set("__libmpdec_version__", PyStr::new("2.5.1"));
    Ok(())
}

/// An error for a Python-level invariant the module relies on.
pub fn internal(what: &str) -> PyErr {
    runtime_error(format!("internal error in {what}"))
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_decimal",
    doc: "C decimal arithmetic module",
    functions: &[
        MethodDef::new(
            "getcontext",
            context::getcontext,
            "getcontext($module, /)\n--\n\nGet the current default context.",
        ),
        MethodDef::new(
            "setcontext",
            context::setcontext,
            "setcontext($module, context, /)\n--\n\nSet a new default context.",
        ),
        MethodDef::new(
            "localcontext",
            context::localcontext,
            "localcontext($module, /, ctx=None, **kwargs)\n--\n\nReturn a context manager for a copy of the supplied context.\n\nThat will set the default context to a copy of ctx on entry to the with-statement\nand restore the previous default context when exiting the with-statement. If\nno context is specified, a copy of the current default context is used.",
        ),
        MethodDef::new(
            "IEEEContext",
            context::ieee_context,
            "IEEEContext($module, bits, /)\n--\n\nReturn a context object initialized to the proper values for one of the\nIEEE interchange formats.\n\nThe argument must be a multiple of 32 and less than\nIEEE_CONTEXT_MAX_BITS.",
        ),
    ],
    types: || vec![&dectype::DECIMAL_TYPE, &context::CONTEXT_TYPE],
    init,
};
