//! `_contextvars` (PEP 567): `ContextVar`, `Token` and `Context` with `run`, and `copy_context`, over a current context kept per thread; mirrors Python/context.c (a copied-on-write list stands in for its HAMT).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, key_error, runtime_error, type_error, value_error};
use ouro_objects::genericalias::CLASS_GETITEM_DEF;
use ouro_objects::list::List;
use ouro_objects::none::{none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TypeObject, flags};
use ouro_objects::{PyObj, Ref, TypeRef, Value, builtin_type, exceptions};

/// A context's variables and values, shared between copies until one
/// changes.
type Vars = Rc<Vec<(Value, Value)>>;

pub struct Context {
    vars: RefCell<Vars>,
    entered: Cell<bool>,
}

pub struct ContextVar {
    name: Value,
    default: Option<Value>,
}

pub struct Token {
    context: Value,
    var: Value,
    /// The value before `set`; `None` when the variable had none.
    old_value: Option<Value>,
    used: Cell<bool>,
}

/// `Token.MISSING`'s type.
pub struct TokenMissing;

pub static TOKEN_MISSING: PyObj<TokenMissing> = PyObj::immortal(&TOKEN_MISSING_TYPE, TokenMissing);

builtin_type!(pub static TOKEN_MISSING_TYPE: TokenMissing = TypeSpec {
    name: "Token.MISSING",
    slots: SlotDefs { repr: Some(|_| Ok(PyStr::new("<Token.MISSING>"))), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

thread_local! {
    /// The thread's current context, made on first use.
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn new_context(vars: Vars) -> Value {
    Ref::new(Context {
        vars: RefCell::new(vars),
        entered: Cell::new(false),
    })
    .into_value()
}

/// A thread ends: its context goes (with the GIL still held).
pub fn clear_thread_context() {
    let old = CURRENT.with(|c| c.borrow_mut().take());
    drop(old);
}

fn current() -> Value {
    CURRENT.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| new_context(Rc::default()))
            .clone()
    })
}

fn ctx(v: &Value) -> &Context {
    v.downcast::<Context>().expect("Context")
}

fn var(v: &Value) -> &ContextVar {
    v.downcast::<ContextVar>().expect("ContextVar")
}

fn lookup(vars: &Vars, key: &Value) -> Option<Value> {
    vars.iter().find(|(k, _)| k.is(key)).map(|(_, v)| v.clone())
}

/// `vars` with `key` set to `value`, or removed for `None`.
fn with_value(vars: &Vars, key: &Value, value: Option<Value>) -> Vars {
    let mut items: Vec<(Value, Value)> = vars.iter().filter(|(k, _)| !k.is(key)).cloned().collect();
    if let Some(value) = value {
        match vars.iter().position(|(k, _)| k.is(key)) {
            Some(i) => items.insert(i, (key.clone(), value)),
            None => items.push((key.clone(), value)),
        }
    }
    Rc::new(items)
}

// ---- ContextVar ----

fn contextvar_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [name, default] =
        Args::new(args, kwnames).parse("ContextVar", ["name", "default"], 1, 1, 1)?;
    let name = name.expect("required");
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error("context variable name must be a str"));
    }
    Ok(Ref::new(ContextVar { name, default }).into_value())
}

fn contextvar_repr(v: &Value) -> PyResult {
    let cv = var(v);
    let default = match &cv.default {
        Some(d) => format!(" default={}", protocol::str_lossy(&protocol::repr(d)?)),
        None => String::new(),
    };
    Ok(PyStr::new(&format!(
        "<ContextVar name={}{default} at {:#x}>",
        protocol::str_lossy(&protocol::repr(&cv.name)?),
        v.word()
    )))
}

/// The value of the context variable `v` in the current context, else its default
/// (`PyContextVar_Get` for native callers: `decimal` asks for its context on every operation).
pub fn value_of(v: &Value) -> Option<Value> {
    let cv = v.downcast::<ContextVar>()?;
    lookup(&ctx(&current()).vars.borrow(), v).or_else(|| cv.default.clone())
}

fn contextvar_get(v: &Value, args: Args) -> PyResult {
    let args = args.range("get", "get", 0, 1)?;
    if let Some(value) = lookup(&ctx(&current()).vars.borrow(), v) {
        return Ok(value);
    }
    match args.first().or(var(v).default.as_ref()) {
        Some(default) => Ok(default.clone()),
        None => Err(PyErr::from_instance(exceptions::new_exception_args(
            &exceptions::LOOKUP_ERROR,
            Tuple::new(vec![v.clone()]),
        ))),
    }
}

fn contextvar_set(v: &Value, args: Args) -> PyResult {
    let value = args.one("set")?;
    let context = current();
    let c = ctx(&context);
    let old_value = lookup(&c.vars.borrow(), v);
    let vars = with_value(&c.vars.borrow(), v, Some(value.clone()));
    *c.vars.borrow_mut() = vars;
    Ok(Ref::new(Token {
        context,
        var: v.clone(),
        old_value,
        used: Cell::new(false),
    })
    .into_value())
}

fn reset(v: &Value, token: &Value) -> PyResult {
    let Some(t) = token.downcast::<Token>() else {
        return Err(type_error(format!(
            "expected an instance of Token, got {}",
            protocol::str_lossy(&protocol::repr(token)?)
        )));
    };
    let shown = || protocol::repr(token).map(|r| protocol::str_lossy(&r));
    if t.used.get() {
        return Err(runtime_error(format!(
            "{} has already been used once",
            shown()?
        )));
    }
    if !t.var.is(v) {
        return Err(value_error(format!(
            "{} was created by a different ContextVar",
            shown()?
        )));
    }
    let context = current();
    if !t.context.is(&context) {
        return Err(value_error(format!(
            "{} was created in a different Context",
            shown()?
        )));
    }
    t.used.set(true);
    let c = ctx(&context);
    let vars = with_value(&c.vars.borrow(), v, t.old_value.clone());
    *c.vars.borrow_mut() = vars;
    Ok(none())
}

fn contextvar_reset(v: &Value, args: Args) -> PyResult {
    reset(v, args.one("reset")?)
}

builtin_type!(pub static CONTEXTVAR_TYPE: ContextVar = TypeSpec {
    name: "_contextvars.ContextVar",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(contextvar_repr), new: Some(contextvar_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("get", contextvar_get, "get($self, default=<unrepresentable>, /)\n--\n\nReturn a value for the context variable for the current context.\n\nIf there is no value for the variable in the current context, the method will:\n * return the value of the default argument of the method, if provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * raise a LookupError."),
        MethodDef::new("set", contextvar_set, "set($self, value, /)\n--\n\nCall to set a new value for the context variable in the current context.\n\nThe required value argument is the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to its previous\nvalue via the `ContextVar.reset()` method."),
        MethodDef::new("reset", contextvar_reset, "reset($self, token, /)\n--\n\nReset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\ncreated the token was used."),
        CLASS_GETITEM_DEF,
    ],
    getsets: &[GetSetDef::member("name", |v| Ok(var(v).name.clone()), None)],
    ..TypeSpec::DEFAULT
});

// ---- Token ----

fn token(v: &Value) -> &Token {
    v.downcast::<Token>().expect("Token")
}

fn token_new(_ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Err(runtime_error("Tokens can only be created by ContextVars"))
}

fn token_repr(v: &Value) -> PyResult {
    let t = token(v);
    Ok(PyStr::new(&format!(
        "<Token{} var={} at {:#x}>",
        if t.used.get() { " used" } else { "" },
        protocol::str_lossy(&protocol::repr(&t.var)?),
        v.word()
    )))
}

fn token_enter(v: &Value, args: Args) -> PyResult {
    args.none("__enter__")?;
    Ok(v.clone())
}

fn token_exit(v: &Value, args: Args) -> PyResult {
    args.range("__exit__", "__exit__", 3, 3)?;
    reset(&token(v).var.clone(), v)
}

/// `token_tp_traverse`.
fn token_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(t) = v.downcast::<Token>() {
        visit(&t.context);
        visit(&t.var);
        if let Some(old) = &t.old_value {
            visit(old);
        }
    }
}

builtin_type!(pub static TOKEN_TYPE: Token = TypeSpec {
    name: "_contextvars.Token",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(token_traverse), repr: Some(token_repr), new: Some(token_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__enter__", token_enter, "__enter__($self, /)\n--\n\nEnter into Token context manager."),
        MethodDef::new("__exit__", token_exit, "__exit__($self, type, val, tb, /)\n--\n\nExit from Token context manager, restore the linked ContextVar."),
        CLASS_GETITEM_DEF,
    ],
    getsets: &[
        GetSetDef::member("var", |v| Ok(token(v).var.clone()), None),
        GetSetDef::member("old_value", |v| Ok(token(v).old_value.clone().unwrap_or_else(|| TOKEN_MISSING.value())), None),
    ],
    ..TypeSpec::DEFAULT
});

// ---- Context ----

fn context_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    if !args.is_empty() || kwnames.is_some() {
        return Err(type_error("Context() does not accept any arguments"));
    }
    Ok(new_context(Rc::default()))
}

fn context_var_key(key: &Value) -> PyResult<()> {
    if key.downcast::<ContextVar>().is_none() {
        return Err(type_error(format!(
            "a ContextVar key was expected, got {}",
            protocol::str_lossy(&protocol::repr(key)?)
        )));
    }
    Ok(())
}

fn context_getitem(v: &Value, key: &Value) -> PyResult {
    context_var_key(key)?;
    lookup(&ctx(v).vars.borrow(), key).ok_or_else(|| key_error(key.clone()))
}

fn context_contains(v: &Value, key: &Value) -> PyResult<bool> {
    context_var_key(key)?;
    Ok(lookup(&ctx(v).vars.borrow(), key).is_some())
}

fn context_len(v: &Value) -> PyResult<usize> {
    Ok(ctx(v).vars.borrow().len())
}

fn context_keys_list(v: &Value) -> Value {
    List::from_vec(
        ctx(v)
            .vars
            .borrow()
            .iter()
            .map(|(k, _)| k.clone())
            .collect(),
    )
}

fn context_iter(v: &Value) -> PyResult {
    protocol::iter(&context_keys_list(v))
}

fn context_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y), CompareOp::Eq | CompareOp::Ne) =
        (a.downcast::<Context>(), b.downcast::<Context>(), op)
    else {
        return Ok(not_implemented());
    };
    let (xs, ys) = (x.vars.borrow().clone(), y.vars.borrow().clone());
    let mut equal = xs.len() == ys.len();
    for (k, value) in xs.iter() {
        if !equal {
            break;
        }
        equal = match lookup(&ys, k) {
            Some(other) => protocol::eq(value, &other)?,
            None => false,
        };
    }
    Ok(py_bool(equal == (op == CompareOp::Eq)))
}

fn context_get(v: &Value, args: Args) -> PyResult {
    let args = args.range("get", "get", 1, 2)?;
    context_var_key(&args[0])?;
    Ok(lookup(&ctx(v).vars.borrow(), &args[0])
        .or_else(|| args.get(1).cloned())
        .unwrap_or_else(none))
}

fn context_keys(v: &Value, args: Args) -> PyResult {
    args.none("keys")?;
    Ok(context_keys_list(v))
}

fn context_values(v: &Value, args: Args) -> PyResult {
    args.none("values")?;
    Ok(List::from_vec(
        ctx(v)
            .vars
            .borrow()
            .iter()
            .map(|(_, x)| x.clone())
            .collect(),
    ))
}

fn context_items(v: &Value, args: Args) -> PyResult {
    args.none("items")?;
    Ok(List::from_vec(
        ctx(v)
            .vars
            .borrow()
            .iter()
            .map(|(k, x)| Tuple::new(vec![k.clone(), x.clone()]))
            .collect(),
    ))
}

fn context_copy(v: &Value, args: Args) -> PyResult {
    args.none("copy")?;
    Ok(new_context(ctx(v).vars.borrow().clone()))
}

/// `PyContext_CopyCurrent`: a new context holding the current one's variables.
pub(crate) fn copy_current() -> Value {
    new_context(ctx(&current()).vars.borrow().clone())
}

/// Runs `f` with `context` current (`PyContext_Enter`, then
/// `PyContext_Exit`), as `Context.run` and asyncio's eager tasks do.
pub(crate) fn run_in<R>(context: &Value, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    let Some(c) = context.downcast::<Context>() else {
        return Err(type_error(format!(
            "an instance of Context was expected, got {}",
            protocol::type_name(context)
        )));
    };
    if c.entered.get() {
        return Err(runtime_error(format!(
            "cannot enter context: {} is already entered",
            protocol::str_lossy(&protocol::repr(context)?)
        )));
    }
    c.entered.set(true);
    let previous = CURRENT.with(|cur| cur.borrow_mut().replace(context.clone()));
    let result = f();
    let entered = CURRENT.with(|cur| std::mem::replace(&mut *cur.borrow_mut(), previous));
    c.entered.set(false);
    drop(entered);
    result
}

/// `run(callable, *args, **kwargs)`: the call with this context current.
fn context_run(v: &Value, args: Args) -> PyResult {
    if args.positional().is_empty() {
        return Err(type_error("run() missing 1 required positional argument"));
    }
    run_in(v, || {
        protocol::call(&args.values[0], &args.values[1..], args.kwnames)
    })
}

/// `context_tp_traverse`: the variables and their values, when this
/// context alone holds its mapping (copies share it until one changes, and
/// a shared mapping's references must not be counted once per holder).
fn context_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(c) = v.downcast::<Context>()
        && let Ok(vars) = c.vars.try_borrow()
        && Rc::strong_count(&vars) == 1
    {
        for (var, value) in vars.iter() {
            visit(var);
            visit(value);
        }
    }
}

/// `context_tp_clear`: the context becomes empty.
fn context_clear(v: &Value) {
    if let Some(c) = v.downcast::<Context>() {
        let old = c
            .vars
            .try_borrow_mut()
            .ok()
            .map(|mut vars| std::mem::take(&mut *vars));
        drop(old);
    }
}

builtin_type!(pub static CONTEXT_TYPE: Context = TypeSpec {
    name: "_contextvars.Context",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        traverse: Some(context_traverse),
        clear: Some(context_clear),
        new: Some(context_new),
        getitem: Some(context_getitem),
        contains: Some(context_contains),
        len: Some(context_len),
        iter: Some(context_iter),
        richcompare: Some(context_richcompare),
        unhashable: true,
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("run", context_run, ""),
        MethodDef::new("copy", context_copy, "copy($self, /)\n--\n\nReturn a shallow copy of the context object."),
        MethodDef::new("get", context_get, "get($self, key, default=None, /)\n--\n\nReturn the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return `default`. If `default` is not given,\nreturn None."),
        MethodDef::new("items", context_items, "items($self, /)\n--\n\nReturn all variables and their values in the context object.\n\nThe result is returned as a list of 2-tuples (variable, value)."),
        MethodDef::new("keys", context_keys, "keys($self, /)\n--\n\nReturn a list of all variables in the context object."),
        MethodDef::new("values", context_values, "values($self, /)\n--\n\nReturn a list of all variables' values in the context object."),
    ],
    ..TypeSpec::DEFAULT
});

fn copy_context(_m: &Value, args: Args) -> PyResult {
    args.none("copy_context")?;
    Ok(new_context(ctx(&current()).vars.borrow().clone()))
}

fn types() -> Vec<&'static PyObj<TypeObject>> {
    vec![&CONTEXT_TYPE, &CONTEXTVAR_TYPE, &TOKEN_TYPE]
}

/// `Token.MISSING`, a class attribute.
fn init(_module: &Value) -> PyResult<()> {
    ouro_objects::typeobj::ready(&TOKEN_MISSING_TYPE);
    let token_type = TOKEN_TYPE.payload();
    if let Some(d) = token_type.dict().downcast::<Dict>() {
        d.set_str("MISSING", TOKEN_MISSING.value());
        token_type.modified();
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_contextvars",
    doc: "Context Variables",
    functions: &[MethodDef::new(
        "copy_context",
        copy_context,
        "copy_context($module, /)\n--\n\n",
    )],
    types,
    init,
};
