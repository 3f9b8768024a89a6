//! The abstract object protocols: attribute access, calls, repr/str/hash, rich comparison, number operators with reflected fallbacks, truth, length, items, iteration; mirrors CPython's Objects/abstract.c and object.c.

use std::cell::Cell;

use crate::core::{TypeRef, Value};
use crate::dict::Dict;
use crate::err::{PyErr, PyResult, type_error};
use crate::exceptions;
use crate::none::{is_none, is_not_implemented, none};
use crate::str::{PyStr, intern};
use crate::tuple::Tuple;
use crate::typeobj::{INPLACE_OFFSET, NB_OPS, NbOp, TypeObject, UnaryOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    /// From `COMPARE_OP`'s oparg (`oparg >> 5`).
    pub fn from_index(i: u32) -> Option<CompareOp> {
        [
            CompareOp::Lt,
            CompareOp::Le,
            CompareOp::Eq,
            CompareOp::Ne,
            CompareOp::Gt,
            CompareOp::Ge,
        ]
        .get(i as usize)
        .copied()
    }

    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }

    /// Applies the operator to a partial ordering (`None`: unordered, as
    /// a NaN is with everything: only `!=` holds).
    pub fn test_partial(self, ord: Option<std::cmp::Ordering>) -> bool {
        ord.map_or(self == CompareOp::Ne, |o| self.test(o))
    }

    /// Applies the operator to an ordering.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}

/// The interpreter's "globals of the running frame" function.
pub type GlobalsHook = fn() -> Option<Value>;

/// The interpreter's `PyImport_ImportModule`.
pub type ImportHook = fn(&str) -> PyResult;

thread_local! {
    static NATIVE_DEPTH: Cell<u32> = const { Cell::new(0) };
}

crate::gil_shared! {
    static RECURSION_LIMIT: Cell<u32> = const { Cell::new(1000) };
    static GLOBALS_HOOK: Cell<Option<GlobalsHook>> = const { Cell::new(None) };
    static IMPORT_HOOK: Cell<Option<ImportHook>> = const { Cell::new(None) };
}

/// Installs the interpreter's import function.
pub fn set_import_hook(hook: ImportHook) {
    IMPORT_HOOK.with(|h| h.set(Some(hook)));
}

/// `import name` for the few object operations that use a Python module
/// (`object.__reduce_ex__` and copyreg).
pub fn import_module(name: &str) -> PyResult {
    match IMPORT_HOOK.with(|h| h.get()) {
        Some(hook) => hook(name),
        None => Err(crate::err::system_error("no import system")),
    }
}

/// Installs the interpreter's "globals of the running frame" function.
pub fn set_current_globals_hook(hook: GlobalsHook) {
    GLOBALS_HOOK.with(|h| h.set(Some(hook)));
}

/// The globals of the innermost running Python frame (`PyEval_GetGlobals`),
/// for `type()`'s `__module__`.
pub fn current_globals() -> Option<Value> {
    GLOBALS_HOOK.with(|h| h.get()).and_then(|hook| hook())
}

/// `PyCallable_Check`.
pub fn is_callable(v: &Value) -> bool {
    v.type_obj().payload().slots.call.get().is_some()
}

/// Native re-entry bound: far below what the interpreter thread's stack
/// holds. Like CPython 3.14's stack-based C recursion check it does not
/// follow `sys.setrecursionlimit` (a 10,000-deep nested list has a repr).
const NATIVE_DEPTH_LIMIT: u32 = 20_000;

/// `sys.setrecursionlimit`'s value, the bound on Python frames.
pub fn recursion_limit() -> u32 {
    RECURSION_LIMIT.with(|l| l.get())
}

pub fn set_recursion_limit(limit: u32) {
    RECURSION_LIMIT.with(|l| l.set(limit));
}

/// A level of native recursion (`Py_EnterRecursiveCall`); dropping it leaves.
pub struct RecursionGuard(());

impl Drop for RecursionGuard {
    fn drop(&mut self) {
        NATIVE_DEPTH.with(|d| d.set(d.get() - 1));
    }
}

/// Enters a native recursion level, or raises `RecursionError` with
/// "maximum recursion depth exceeded{context}".
pub fn enter_recursion(context: &str) -> PyResult<RecursionGuard> {
    let depth = NATIVE_DEPTH.with(|d| d.get());
    if depth >= NATIVE_DEPTH_LIMIT {
        return Err(PyErr::new(
            &exceptions::RECURSION_ERROR,
            format!("maximum recursion depth exceeded{context}"),
        ));
    }
    NATIVE_DEPTH.with(|d| d.set(depth + 1));
    Ok(RecursionGuard(()))
}

/// Lossy text of a str object for messages (non-str values: empty).
pub fn str_lossy(v: &Value) -> String {
    v.downcast::<PyStr>()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default()
}

/// The type name of a value, for messages: `tp_name`, so dotted for
/// built-in types outside `builtins` (`'_io.FileIO' object ...`).
pub fn type_name(v: &Value) -> String {
    v.type_obj().payload().tp_name().to_string()
}

// ---- attributes ----

/// `getattr(obj, name)`.
pub fn getattr(obj: &Value, name: &Value) -> PyResult {
    let ty = obj.type_obj().payload();
    match ty.slots.getattro.get() {
        Some(f) => f(obj, name),
        None => generic_getattr(obj, name),
    }
}

/// `getattr(obj, "name")` with a Rust name (interned).
pub fn getattr_str(obj: &Value, name: &str) -> PyResult {
    getattr(obj, &intern(name))
}

/// `getattr` returning `None` on `AttributeError` (`PyObject_GetOptionalAttr`:
/// with the generic lookup a missing attribute makes no exception).
pub fn getattr_opt(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let generic = match obj.type_obj().payload().slots.getattro.get() {
        None => true,
        Some(f) => std::ptr::fn_addr_eq(f, generic_getattr as crate::typeobj::GetAttrFn),
    };
    let found = if generic {
        generic_getattr_opt(obj, name)
    } else {
        getattr(obj, name).map(Some)
    };
    match found {
        Ok(v) => Ok(v),
        // A descriptor's `AttributeError` counts as missing too.
        Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn setattr(obj: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let ty = obj.type_obj().payload();
    match ty.slots.setattro.get() {
        Some(f) => f(obj, name, value),
        None => Err(type_error(format!(
            "'{}' object has no attributes ({} .{})",
            ty.name(),
            if value.is_some() { "assign to" } else { "del" },
            str_lossy(name)
        ))),
    }
}

/// `AttributeError: 'T' object has no attribute 'name'`, with `name` and
/// `obj` set as CPython does.
pub fn no_attribute(obj: &Value, name: &Value) -> PyErr {
    let msg = format!(
        "'{}' object has no attribute '{}'",
        &*obj.type_obj().payload().tp_name(),
        str_lossy(name)
    );
    exceptions::attribute_error(msg, obj, name)
}

/// The descriptor `__get__` of `descr` for `obj` of type `ty`, if any.
pub fn descr_get(descr: &Value, obj: Option<&Value>, ty: &Value) -> PyResult {
    match descr.type_obj().payload().slots.descr_get.get() {
        Some(f) => f(descr, obj, ty),
        None => Ok(descr.clone()),
    }
}

/// `PyObject_GenericGetAttr`: data descriptors, then the instance dict,
/// then other descriptors and class attributes.
pub fn generic_getattr(obj: &Value, name: &Value) -> PyResult {
    match generic_getattr_opt(obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(obj, name)),
    }
}

/// `generic_getattr` without raising for a missing attribute.
pub fn generic_getattr_opt(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(name)
        )));
    }
    let ty = obj.type_obj().payload();
    let class_attr = ty.lookup(name);
    if let Some(attr) = &class_attr {
        let at = attr.type_obj().payload();
        if let Some(get) = at.slots.descr_get.get()
            && at.slots.descr_set.get().is_some()
        {
            return get(attr, Some(obj), &obj.type_value()).map(Some);
        }
    }
    if let Some(dict) = lookup_dict(obj)
        && let Some(d) = dict.downcast::<Dict>()
        && let Some(v) = d.get_item_opt(name)?
    {
        return Ok(Some(v));
    }
    if let Some(attr) = class_attr {
        return match attr.type_obj().payload().slots.descr_get.get() {
            Some(get) => get(&attr, Some(obj), &obj.type_value()).map(Some),
            None => Ok(Some(attr)),
        };
    }
    Ok(None)
}

/// The `__dict__` slot's dict of an instance of a class with one, if it is
/// made yet (never makes it).
pub fn made_instance_dict(obj: &Value) -> Option<Value> {
    let index = obj.type_obj().payload().dict_index()?;
    obj.get_extra(index)
}

/// The dict an attribute lookup on `obj` reads: [`instance_dict`], except
/// that an instance whose dict is not made yet has nothing to find (as
/// CPython's inline values, it gets one when something is stored).
pub fn lookup_dict(obj: &Value) -> Option<Value> {
    if obj.type_obj().payload().has_instance_dict()
        && obj.downcast::<crate::module::Module>().is_none()
    {
        return made_instance_dict(obj);
    }
    instance_dict(obj)
}

/// The instance `__dict__` of an object that has one.
pub fn instance_dict(obj: &Value) -> Option<Value> {
    // A module's namespace is its `__dict__`, in subclasses too.
    if let Some(m) = obj.downcast::<crate::module::Module>() {
        return Some(m.dict.clone());
    }
    if !obj.type_obj().payload().has_instance_dict() {
        if let Some(t) = obj.downcast::<TypeObject>() {
            return Some(t.dict());
        }
        if let Some(f) = obj.downcast::<crate::functype::Function>() {
            return Some(f.dict());
        }
        return None;
    }
    match made_instance_dict(obj) {
        Some(d) => Some(d),
        None => {
            let index = obj.type_obj().payload().dict_index()?;
            let d = Dict::new_instance_dict();
            obj.set_extra(index, Some(d.clone()));
            Some(d)
        }
    }
}

/// `PyObject_GenericSetAttr`.
pub fn generic_setattr(obj: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(name)
        )));
    }
    let ty = obj.type_obj().payload();
    if let Some(attr) = ty.lookup(name)
        && let Some(set) = attr.type_obj().payload().slots.descr_set.get()
    {
        return set(&attr, obj, value);
    }
    match instance_dict(obj) {
        Some(dict) => match (dict.downcast::<Dict>(), value) {
            (Some(d), Some(v)) => d.set_item(name.clone(), v.clone()),
            (Some(d), None) => match d.del_item_opt(name)? {
                true => Ok(()),
                false => Err(no_attribute(obj, name)),
            },
            (None, _) => setitem(&dict, name, value).map_err(|e| {
                if value.is_none() && e.matches(&exceptions::KEY_ERROR) {
                    no_attribute(obj, name)
                } else {
                    e
                }
            }),
        },
        None => {
            let has = ty.lookup(name).is_some();
            let msg = if has {
                format!(
                    "'{}' object attribute '{}' is read-only",
                    ty.name(),
                    str_lossy(name)
                )
            } else {
                format!(
                    "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                    &*ty.tp_name(),
                    str_lossy(name)
                )
            };
            Err(exceptions::attribute_error(msg, obj, name))
        }
    }
}

// ---- calls ----

/// `callable(args..., **kwnames)` in vectorcall form.
pub fn call(callable: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let ty = callable.type_obj().payload();
    match ty.slots.call.get() {
        Some(f) => {
            let _guard = enter_recursion(" while calling a Python object")?;
            f(callable, args, kwnames)
        }
        None => Err(type_error(format!(
            "'{}' object is not callable",
            &*ty.tp_name()
        ))),
    }
}

/// `callable(*args)`.
pub fn call0(callable: &Value) -> PyResult {
    call(callable, &[], None)
}

pub fn call1(callable: &Value, a: Value) -> PyResult {
    call(callable, &[a], None)
}

/// `obj.name(*args)`.
pub fn call_method(obj: &Value, name: &str, args: &[Value]) -> PyResult {
    let f = getattr_str(obj, name)?;
    call(&f, args, None)
}

/// Looks up a dunder on the type (not the instance) and calls it bound to
/// `obj` (`lookup_maybe_method` + call); `Ok(None)` when the type has none.
pub fn call_dunder(obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(attr) = obj.type_obj().payload().lookup_str(name) else {
        return Ok(None);
    };
    let bound = descr_get(&attr, Some(obj), &obj.type_value())?;
    call(&bound, args, None).map(Some)
}

// ---- repr, str, hash ----

pub fn repr(v: &Value) -> PyResult {
    let _guard = enter_recursion(" while getting the repr of an object")?;
    let ty = v.type_obj().payload();
    let r = match ty.slots.repr.get() {
        Some(f) => f(v)?,
        None => return Ok(PyStr::new(&default_repr(v))),
    };
    if r.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "__repr__ returned non-string (type {})",
            type_name(&r)
        )));
    }
    Ok(r)
}

/// `<module.Name object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let ty = v.type_obj().payload();
    let module = crate::types::typetype::type_module_name(&v.type_value());
    let qual = str_lossy(&ty.qualname());
    if module == "builtins" {
        format!("<{qual} object at {:#x}>", v.word())
    } else {
        format!("<{module}.{qual} object at {:#x}>", v.word())
    }
}

/// `repr(v)` as a Rust string.
pub fn repr_string(v: &Value) -> PyResult<String> {
    Ok(str_lossy(&repr(v)?))
}

pub fn str(v: &Value) -> PyResult {
    if v.downcast_exact::<PyStr>().is_some() {
        return Ok(v.clone());
    }
    let ty = v.type_obj().payload();
    let r = match ty.slots.str.get() {
        Some(f) => {
            let _guard = enter_recursion(" while getting the str of an object")?;
            f(v)?
        }
        None => return repr(v),
    };
    if r.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "__str__ returned non-string (type {})",
            type_name(&r)
        )));
    }
    Ok(r)
}

pub fn str_string(v: &Value) -> PyResult<String> {
    Ok(str_lossy(&str(v)?))
}

pub fn hash(v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::hash::hash_i64(i));
    }
    let ty = v.type_obj().payload();
    match ty.slots.hash.get() {
        Some(f) => f(v),
        None => Err(type_error(format!("unhashable type: '{}'", &*ty.tp_name()))),
    }
}

// ---- comparison ----

/// `PyObject_RichCompare`: the reflected method first when the right
/// operand's type is a proper subtype; `==`/`!=` fall back to identity.
pub fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let _guard = enter_recursion(" in comparison")?;
    let ta = a.type_obj().payload();
    let tb = b.type_obj().payload();
    let mut checked_reverse = false;
    if !std::ptr::eq(ta, tb)
        && tb.is_subtype(ta)
        && let Some(f) = tb.slots.richcompare.get()
    {
        checked_reverse = true;
        let r = f(b, a, op.swapped())?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(f) = ta.slots.richcompare.get() {
        let r = f(a, b, op)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reverse && let Some(f) = tb.slots.richcompare.get() {
        let r = f(b, a, op.swapped())?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    match op {
        CompareOp::Eq => Ok(crate::bool::py_bool(a.is(b))),
        CompareOp::Ne => Ok(crate::bool::py_bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            &*ta.tp_name(),
            &*tb.tp_name()
        ))),
    }
}

/// `PyObject_RichCompareBool`: identity implies equality.
pub fn richcompare_bool(a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    if a.is(b) {
        match op {
            CompareOp::Eq => return Ok(true),
            CompareOp::Ne => return Ok(false),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(op.test(x.cmp(&y)));
    }
    is_true(&richcompare(a, b, op)?)
}

pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    richcompare_bool(a, b, CompareOp::Eq)
}

// ---- numbers ----

fn nb_slot(ty: &TypeObject, index: usize) -> Option<crate::typeobj::BinaryFn> {
    ty.slots.number[index].get()
}

/// `binary_op1`: the left operand's slot, then the right's; a right
/// operand of a proper subtype with its own slot goes first.
fn binary_op1(a: &Value, b: &Value, index: usize) -> PyResult {
    let ta = a.type_obj().payload();
    let tb = b.type_obj().payload();
    let slota = nb_slot(ta, index);
    let mut slotb = if std::ptr::eq(ta, tb) {
        None
    } else {
        nb_slot(tb, index)
    };
    if slotb.is_some() && slota.is_some() && slotb.map(|f| f as usize) == slota.map(|f| f as usize)
    {
        slotb = None;
    }
    if let Some(fa) = slota {
        if let Some(fb) = slotb
            && tb.is_subtype(ta)
        {
            let r = fb(a, b)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
            slotb = None;
        }
        let r = fa(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(fb) = slotb {
        return fb(a, b);
    }
    Ok(crate::none::not_implemented())
}

fn unsupported(a: &Value, b: &Value, symbol: &str) -> PyErr {
    type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        &*a.type_obj().payload().tp_name(),
        &*b.type_obj().payload().tp_name()
    ))
}

/// `a op b` for `BINARY_OP`'s operators, with sequence concatenation and
/// repetition fallbacks.
pub fn binary_op(a: &Value, b: &Value, op: NbOp) -> PyResult {
    let r = binary_op1(a, b, op as usize)?;
    if !is_not_implemented(&r) {
        return Ok(r);
    }
    match op {
        NbOp::Add => {
            if let Some(f) = a.type_obj().payload().slots.concat.get() {
                return f(a, b);
            }
        }
        NbOp::Multiply => {
            if let Some(r) = sequence_repeat(a, b, false)? {
                return Ok(r);
            }
        }
        _ => {}
    }
    Err(unsupported_for(a, b, op))
}

fn unsupported_for(a: &Value, b: &Value, op: NbOp) -> PyErr {
    let symbol = NB_OPS[op as usize].symbol;
    if op == NbOp::Power {
        return unsupported(a, b, "** or pow()");
    }
    unsupported(a, b, symbol)
}

fn sequence_repeat(a: &Value, b: &Value, inplace: bool) -> PyResult<Option<Value>> {
    let pick = |v: &Value| {
        let s = &v.type_obj().payload().slots;
        if inplace {
            s.inplace_repeat.get().or(s.repeat.get())
        } else {
            s.repeat.get()
        }
    };
    // The right operand of `*=` is never mutated: its plain repeat is used.
    let (seq, count, f) = if let Some(f) = pick(a) {
        (a, b, f)
    } else if let Some(f) = b.type_obj().payload().slots.repeat.get() {
        (b, a, f)
    } else {
        return Ok(None);
    };
    if !has_index(count) {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(count)
        )));
    }
    let n = index_as_isize_or(count, &exceptions::OVERFLOW_ERROR)?;
    f(seq, n).map(Some)
}

/// `a op= b`: the in-place slot, then the binary operator.
pub fn inplace_op(a: &Value, b: &Value, op: NbOp) -> PyResult {
    let ta = a.type_obj().payload();
    if let Some(f) = nb_slot(ta, op as usize + INPLACE_OFFSET) {
        let r = f(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let r = binary_op1(a, b, op as usize)?;
    if !is_not_implemented(&r) {
        return Ok(r);
    }
    match op {
        NbOp::Add => {
            let s = &ta.slots;
            if let Some(f) = s.inplace_concat.get().or(s.concat.get()) {
                return f(a, b);
            }
        }
        NbOp::Multiply => {
            if let Some(r) = sequence_repeat(a, b, true)? {
                return Ok(r);
            }
        }
        _ => {}
    }
    let symbol = NB_OPS[op as usize].symbol;
    if op == NbOp::Power {
        return Err(unsupported(a, b, "**="));
    }
    Err(unsupported(a, b, &format!("{symbol}=")))
}

/// `pow(a, b, m)` with a modulus: `ternary_op`, trying the slots of `a`, `b`
/// (first when its type is a subclass of `a`'s) and then `m`.
pub fn ternary_pow(a: &Value, b: &Value, m: &Value) -> PyResult {
    if is_none(m) {
        return binary_op(a, b, NbOp::Power);
    }
    // `ternary_op`: the left operand's slot (after a subclass right
    // operand's), the right operand's, then the modulus's.
    let slot = |v: &Value| v.type_obj().payload().slots.pow3.get();
    let addr = |f: Option<crate::typeobj::TernaryFn>| f.map(|f| f as usize);
    let (ta, tb) = (a.type_obj().payload(), b.type_obj().payload());
    let slotv = slot(a);
    let mut slotw = if std::ptr::eq(ta, tb) { None } else { slot(b) };
    if addr(slotw) == addr(slotv) {
        slotw = None;
    }
    if let Some(fv) = slotv {
        if let Some(fw) = slotw
            && tb.is_subtype(ta)
        {
            let r = fw(a, b, m)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
            slotw = None;
        }
        let r = fv(a, b, m)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(fw) = slotw {
        let r = fw(a, b, m)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let slotz = slot(m).filter(|f| {
        let z = Some(*f as usize);
        z != addr(slotv) && z != addr(slotw)
    });
    if let Some(fz) = slotz {
        let r = fz(a, b, m)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(a),
        type_name(b),
        type_name(m)
    )))
}

/// Unary `-`, `+`, `~`, `abs()`.
pub fn unary_op(v: &Value, op: UnaryOp) -> PyResult {
    if let Some(f) = v.type_obj().payload().slots.unary[op as usize].get() {
        return f(v);
    }
    let msg = match op {
        UnaryOp::Negative => format!("bad operand type for unary -: '{}'", type_name(v)),
        UnaryOp::Positive => format!("bad operand type for unary +: '{}'", type_name(v)),
        UnaryOp::Invert => format!("bad operand type for unary ~: '{}'", type_name(v)),
        UnaryOp::Absolute => format!("bad operand type for abs(): '{}'", type_name(v)),
        _ => format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ),
    };
    Err(type_error(msg))
}

/// Whether `v` has `__index__`.
pub fn has_index(v: &Value) -> bool {
    v.is_small_int()
        || v.type_obj().payload().slots.unary[UnaryOp::Index as usize]
            .get()
            .is_some()
}

/// `operator.index(v)`: an exact int.
pub fn index(v: &Value) -> PyResult {
    if v.is_small_int() || v.downcast_exact::<crate::int::Int>().is_some() {
        return Ok(v.clone());
    }
    // An int subclass is its own index (`_PyNumber_Index` calls no
    // `__index__` then).
    if v.downcast::<crate::int::Int>().is_some() || v.downcast::<crate::bool::Bool>().is_some() {
        return Ok(crate::int::exact(v));
    }
    match v.type_obj().payload().slots.unary[UnaryOp::Index as usize].get() {
        Some(f) => {
            let r = f(v)?;
            if r.is_small_int() || r.downcast_exact::<crate::int::Int>().is_some() {
                Ok(r)
            } else if r.downcast::<crate::int::Int>().is_some()
                || r.downcast::<crate::bool::Bool>().is_some()
            {
                crate::warnings::deprecation(&format!(
                    "__index__ returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.",
                    type_name(&r)
                ))?;
                Ok(crate::int::exact(&r))
            } else {
                Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(&r)
                )))
            }
        }
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// `PyNumber_AsSsize_t(v, OverflowError)`.
pub fn index_as_isize(v: &Value) -> PyResult<isize> {
    let i = index(v)?;
    crate::int::to_isize(&i).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `PyNumber_AsSsize_t(v, err)`: an index too big for `isize` raises `err`
/// ("cannot fit 'T' into an index-sized integer", `T` the type of `v`).
pub fn index_as_isize_or(
    v: &Value,
    err: &'static crate::core::PyObj<TypeObject>,
) -> PyResult<isize> {
    let i = index(v)?;
    crate::int::to_isize(&i).ok_or_else(|| {
        PyErr::new(
            err,
            format!("cannot fit '{}' into an index-sized integer", type_name(v)),
        )
    })
}

/// `PyNumber_AsSsize_t(v, NULL)`: clamps instead of raising.
pub fn index_as_isize_clamped(v: &Value) -> PyResult<isize> {
    let i = index(v)?;
    Ok(crate::int::to_isize(&i).unwrap_or_else(|| {
        if crate::int::is_negative(&i) {
            isize::MIN
        } else {
            isize::MAX
        }
    }))
}

// ---- truth, length, items ----

/// `PyObject_IsTrue`.
pub fn is_true(v: &Value) -> PyResult<bool> {
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if v.is_static(&crate::bool::TRUE) {
        return Ok(true);
    }
    if v.is_static(&crate::bool::FALSE) || is_none(v) {
        return Ok(false);
    }
    let ty = v.type_obj().payload();
    if let Some(f) = ty.slots.bool.get() {
        return f(v);
    }
    if let Some(f) = ty.slots.len.get() {
        return Ok(f(v)? != 0);
    }
    Ok(true)
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<usize> {
    match v.type_obj().payload().slots.len.get() {
        Some(f) => f(v),
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            &*v.type_obj().payload().tp_name()
        ))),
    }
}

/// `v[key]`, with `__class_getitem__` for types.
pub fn getitem(v: &Value, key: &Value) -> PyResult {
    if let Some(f) = v.type_obj().payload().slots.getitem.get() {
        return f(v, key);
    }
    if let Some(t) = v.downcast::<TypeObject>() {
        if v.is_static(&crate::typeobj::TYPE_TYPE) {
            return crate::genericalias::new(v.clone(), key.clone());
        }
        if let Some(cg) = t.lookup_str("__class_getitem__") {
            let bound = descr_get(&cg, None, v)?;
            return call1(&bound, key.clone());
        }
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            &*t.tp_name()
        )));
    }
    Err(type_error(format!(
        "'{}' object is not subscriptable",
        &*v.type_obj().payload().tp_name()
    )))
}

/// `v[key] = value` (or `del v[key]` when `value` is `None`).
pub fn setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    match v.type_obj().payload().slots.setitem.get() {
        Some(f) => f(v, key, value),
        None if value.is_some() => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(v)
        ))),
        None => {
            // `PySequence_DelItem`'s wording for a sequence-like type and an
            // index key, `PyObject_DelItem`'s otherwise.
            let s = &v.type_obj().payload().slots;
            let sequence_like = v.type_obj().payload().is_heap()
                || s.contains.get().is_some()
                || s.concat.get().is_some()
                || s.repeat.get().is_some();
            let verb = if sequence_like && has_index(key) {
                "doesn't"
            } else {
                "does not"
            };
            Err(type_error(format!(
                "'{}' object {verb} support item deletion",
                type_name(v)
            )))
        }
    }
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(f) = container.type_obj().payload().slots.contains.get() {
        return f(container, item);
    }
    let it = match iter(container) {
        Ok(it) => it,
        Err(e) if e.matches(&exceptions::TYPE_ERROR) => {
            return Err(type_error(format!(
                "argument of type '{}' is not a container or iterable",
                type_name(container)
            )));
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = next(&it)? {
        if richcompare_bool(&x, item, CompareOp::Eq)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---- iteration ----

/// `iter(v)`, with the `__getitem__` sequence-iterator fallback.
pub fn iter(v: &Value) -> PyResult {
    let ty = v.type_obj().payload();
    if let Some(f) = ty.slots.iter.get() {
        let it = f(v)?;
        if it.type_obj().payload().slots.iternext.get().is_none() {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(&it)
            )));
        }
        return Ok(it);
    }
    if ty.slots.getitem.get().is_some() && v.downcast::<crate::dict::Dict>().is_none() {
        return Ok(crate::iterators::seq_iter(v.clone()));
    }
    Err(type_error(format!(
        "'{}' object is not iterable",
        &*ty.tp_name()
    )))
}

/// `tp_iternext` itself: `Ok(None)` or a `StopIteration` (which may carry
/// a value) at exhaustion.
pub fn iternext(it: &Value) -> PyResult<Option<Value>> {
    match it.type_obj().payload().slots.iternext.get() {
        // Like `PyIter_Next`, a `StopIteration` raised inside (a Python
        // `__next__`, or `next()` called by `map`) means exhaustion.
        Some(f) => match f(it) {
            Err(e) if e.matches(&exceptions::STOP_ITERATION) => Ok(None),
            r => r,
        },
        None => Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        ))),
    }
}

/// One step of iteration as CPython's consumers take it; `Ok(None)` at
/// exhaustion, a `StopIteration` from the iterator included.
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    match iternext(it) {
        Err(e) if e.matches(&exceptions::STOP_ITERATION) => Ok(None),
        r => r,
    }
}

/// Collects an iterable into a vector.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = v.downcast_exact::<Tuple>() {
        return Ok(t.to_vec());
    }
    if let Some(l) = v.downcast_exact::<crate::list::List>() {
        return Ok(l.to_vec());
    }
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `isinstance(obj, ty)` for a single type, without `__instancecheck__`.
pub fn is_instance_of(obj: &Value, ty: &TypeRef) -> bool {
    obj.type_obj().payload().is_subtype(ty.payload())
}

/// The `__class__`-aware name used in "X() argument must be ..." messages.
pub fn none_or(v: Option<Value>) -> Value {
    v.unwrap_or_else(none)
}
