//! The instructions' work that is more than a few lines: name lookup, calls, unpacking, pattern matching, function creation, raising and matching exceptions; mirrors the corresponding parts of Python/bytecodes.c and Python/ceval.c.

use ouro_bytecode::oparg::Intrinsic1;
use ouro_objects::code::{Code, co};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions::{self, BaseException};
use ouro_objects::functype::{Cell, Function};
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol;
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, TypeObject};
use ouro_objects::{TypeRef, Value, bool as pybool, int};

use crate::frame::Frame;
use crate::interp::{Flow, dict_of, function_frame, is_generator_code, pop, pop_n, pop_opt};

pub fn common_constant(arg: u32) -> PyResult {
    Ok(match arg {
        0 => TypeRef::from_static(&exceptions::ASSERTION_ERROR).into_value(),
        1 => TypeRef::from_static(&exceptions::NOT_IMPLEMENTED_ERROR).into_value(),
        2 => crate::builtins::builtin_value("tuple")?,
        3 => crate::builtins::builtin_value("all")?,
        4 => crate::builtins::builtin_value("any")?,
        5 => crate::builtins::builtin_value("list")?,
        6 => crate::builtins::builtin_value("set")?,
        _ => return Err(ouro_objects::err::system_error("bad LOAD_COMMON_CONSTANT")),
    })
}

pub fn load_deref(f: &Frame, i: usize) -> PyResult {
    let cell = f
        .fast
        .get(i)
        .and_then(|v| v.as_ref())
        .and_then(|v| v.downcast::<Cell>());
    match cell.and_then(Cell::get) {
        Some(v) => Ok(v),
        None => Err(unbound_deref(f, i)),
    }
}

pub fn unbound_deref(f: &Frame, i: usize) -> PyErr {
    let name = f
        .code
        .localsplus_names
        .get(i)
        .cloned()
        .unwrap_or_else(|| PyStr::new("?"));
    let kind = f.code.localsplus_kinds.get(i).copied().unwrap_or(0);
    if kind & ouro_objects::code::fast::LOCAL != 0 {
        // Only a plain NameError carries `name` (`format_exc_check_arg`).
        return PyErr::new(
            &exceptions::UNBOUND_LOCAL_ERROR,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                protocol::str_lossy(&name)
            ),
        );
    }
    exceptions::name_error(
        &exceptions::NAME_ERROR,
        format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            protocol::str_lossy(&name)
        ),
        &name,
    )
}

/// `mapping[name]` or `None` on `KeyError`.
pub fn mapping_get(mapping: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = mapping.downcast_exact::<Dict>() {
        return Ok(d.get_str(name));
    }
    match protocol::getitem(mapping, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&exceptions::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn name_error(name: &Value) -> PyErr {
    exceptions::name_error(
        &exceptions::NAME_ERROR,
        format!("name '{}' is not defined", protocol::str_lossy(name)),
        name,
    )
}

pub fn load_global(f: &Frame, name: &Value) -> PyResult {
    // A dict subclass as globals (annotationlib's fake globals) is read
    // through its `__getitem__`, so `__missing__` applies.
    if let Some(v) = mapping_get(f.globals(), name)? {
        return Ok(v);
    }
    match mapping_get(f.builtins(), name)? {
        Some(v) => Ok(v),
        None => Err(name_error(name)),
    }
}

pub fn load_name(f: &Frame, name: &Value) -> PyResult {
    if let Some(locals) = f.locals()
        && let Some(v) = mapping_get(locals, name)?
    {
        return Ok(v);
    }
    load_global(f, name)
}

pub fn builtin(f: &Frame, name: &str) -> PyResult {
    match mapping_get(f.builtins(), &intern(name))? {
        Some(v) => Ok(v),
        None => Err(ouro_objects::err::PyErr::new(
            &exceptions::NAME_ERROR,
            format!("{name} not found"),
        )),
    }
}

/// `LOAD_ATTR` with the method bit: an unbound method plus `self` when
/// the attribute is a plain function or method descriptor on the type.
pub fn load_method(owner: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
    let ty = owner.type_obj().payload();
    let generic = ty.slots.getattro.get().map(|g| g as usize)
        == Some((protocol::generic_getattr as ouro_objects::typeobj::GetAttrFn) as usize);
    if generic
        && let Some(attr) = ty.lookup(name)
        && (attr.downcast_exact::<Function>().is_some()
            || attr
                .downcast_exact::<ouro_objects::descr::MethodDescr>()
                .is_some())
    {
        let in_dict = match protocol::lookup_dict(owner) {
            Some(d) => dict_of(&d).get_str(name).is_some(),
            None => false,
        };
        if !in_dict {
            return Ok((attr, Some(owner.clone())));
        }
    }
    Ok((protocol::getattr(owner, name)?, None))
}

/// `LOAD_SUPER_ATTR`: `super().name` without building the super object
/// when `super` is the builtin.
pub fn load_super_attr(
    global_super: &Value,
    class: &Value,
    this: &Value,
    name: &Value,
    method: bool,
    two_args: bool,
) -> PyResult<(Value, Option<Value>)> {
    // With the builtin `super`, the zero-argument form is the two-argument
    // one with the frame's `__class__` and first argument (which the
    // compiler loaded for us).
    let sup = if two_args || global_super.is_static(&crate::superobj::SUPER_TYPE) {
        if global_super.is_static(&crate::superobj::SUPER_TYPE) {
            crate::superobj::new_super(class.clone(), Some(this.clone()))?
        } else {
            protocol::call(global_super, &[class.clone(), this.clone()], None)?
        }
    } else {
        protocol::call(global_super, &[], None)?
    };
    if method
        && let Some(s) = sup.downcast::<crate::superobj::Super>()
        && let Some(attr) = s.lookup_in_mro(name)
        && (attr.downcast_exact::<Function>().is_some()
            || attr
                .downcast_exact::<ouro_objects::descr::MethodDescr>()
                .is_some())
        && s.obj.as_ref().is_some_and(|o| !o.is(&s.obj_type))
    {
        return Ok((attr, s.obj.clone()));
    }
    Ok((protocol::getattr(&sup, name)?, None))
}

/// `LOAD_SPECIAL`: `__enter__`/`__exit__`/`__aenter__`/`__aexit__` looked
/// up on the type, with CPython's errors when missing.
const SPECIAL_NAMES: [&str; 4] = ["__enter__", "__exit__", "__aenter__", "__aexit__"];

ouro_objects::gil_shared! {
    /// `LOAD_SPECIAL`'s names interned once: every `with` looks two up.
    static SPECIAL_NAME_VALUES: [Value; 4] = SPECIAL_NAMES.map(intern);
}

pub fn load_special(owner: &Value, which: u32) -> PyResult<(Value, Option<Value>)> {
    let which = which as usize;
    let (Some(name), Some(key)) = (
        SPECIAL_NAMES.get(which),
        SPECIAL_NAME_VALUES.with(|names| names.get(which).cloned()),
    ) else {
        return Err(ouro_objects::err::system_error("bad LOAD_SPECIAL"));
    };
    let ty = owner.type_obj().payload();
    match ty.lookup(&key) {
        Some(attr) => {
            if attr.downcast::<Function>().is_some()
                || attr
                    .downcast::<ouro_objects::descr::MethodDescr>()
                    .is_some()
            {
                Ok((attr, Some(owner.clone())))
            } else {
                Ok((
                    protocol::descr_get(&attr, Some(owner), &owner.type_value())?,
                    None,
                ))
            }
        }
        None => {
            // `_Py_SpecialMethods` errors and `_PyEval_SpecialMethodCanSuggest`.
            let (protocol_name, other, hint) = if which < 2 {
                (
                    "context manager",
                    ["__aenter__", "__aexit__"],
                    "asynchronous context manager protocol. Did you mean to use 'async with'?",
                )
            } else {
                (
                    "asynchronous context manager",
                    ["__enter__", "__exit__"],
                    "context manager protocol. Did you mean to use 'with'?",
                )
            };
            let mut msg = format!(
                "'{}' object does not support the {protocol_name} protocol (missed {name} method)",
                ty.name()
            );
            if other.iter().all(|n| ty.lookup_str(n).is_some()) {
                msg.push_str(&format!(" but it supports the {hint}"));
            }
            Err(type_error(msg))
        }
    }
}

/// `BINARY_OP` by oparg (26 is subscription).
pub fn binary_op(lhs: &Value, rhs: &Value, arg: u32) -> PyResult {
    let arg = arg as usize;
    if arg == 26 {
        return protocol::getitem(lhs, rhs);
    }
    if let Some(r) = binary_op_fast(lhs, rhs, arg % 13) {
        return Ok(r);
    }
    if arg < 13 {
        protocol::binary_op(lhs, rhs, NbOp::ALL[arg])
    } else if arg < 26 {
        protocol::inplace_op(lhs, rhs, NbOp::ALL[arg - 13])
    } else {
        Err(ouro_objects::err::system_error("bad BINARY_OP"))
    }
}

/// `BINARY_OP` (in-place or not: the same for these immutable types) on two
/// small ints, two exact floats or an exact float and a small int, where
/// the result needs no number protocol: exactly what `int`'s and `float`'s
/// slots would compute. `None` for anything else, including the error
/// cases (division by zero), which the slots report.
#[inline]
fn binary_op_fast(lhs: &Value, rhs: &Value, op: usize) -> Option<Value> {
    use ouro_objects::float::{self, Float};
    if let (Some(a), Some(b)) = (lhs.as_small_int(), rhs.as_small_int()) {
        // Small ints are 62-bit: sums, differences and quotients of two of
        // them fit an i64.
        let r = match op {
            0 => a + b,
            10 => a - b,
            5 => a.checked_mul(b)?,
            1 => a & b,
            7 => a | b,
            12 => a ^ b,
            2 if b != 0 => a.div_euclid(b) - i64::from(b < 0 && a.rem_euclid(b) != 0),
            6 if b != 0 => {
                let r = a.rem_euclid(b);
                if b < 0 && r != 0 { r + b } else { r }
            }
            _ => return None,
        };
        return Some(int::from_i64(r));
    }
    let as_double = |v: &Value| match v.downcast_exact::<Float>() {
        Some(x) => Some(x.0),
        // Exact for |i| < 2**53; beyond, `as` rounds half-even like
        // CPython's int-to-float conversion.
        None => v.as_small_int().map(|i| i as f64),
    };
    if lhs.downcast_exact::<Float>().is_none() && rhs.downcast_exact::<Float>().is_none() {
        return None;
    }
    let (a, b) = (as_double(lhs)?, as_double(rhs)?);
    let r = match op {
        0 => a + b,
        10 => a - b,
        5 => a * b,
        11 if b != 0.0 => a / b,
        _ => return None,
    };
    Some(float::new(r))
}

/// `a <op> b` for two small ints or two exact floats, where the answer
/// needs no rich-comparison protocol; `None` for anything else.
#[inline]
pub fn compare_fast(a: &Value, b: &Value, op: protocol::CompareOp) -> Option<bool> {
    use ouro_objects::float::Float;
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(op.test(x.cmp(&y)));
    }
    let x = a.downcast_exact::<Float>()?.0;
    let y = b.downcast_exact::<Float>()?.0;
    Some(op.test_partial(x.partial_cmp(&y)))
}

/// Truth for conditional jumps (the compiler puts `TO_BOOL` before them,
/// so this is nearly always an exact bool).
pub fn truth(v: &Value) -> PyResult<bool> {
    if v.is_static(&pybool::TRUE) {
        return Ok(true);
    }
    if v.is_static(&pybool::FALSE) {
        return Ok(false);
    }
    protocol::is_true(v)
}

pub fn list_extend(list: &Value, iterable: &Value) -> PyResult<()> {
    let items = match protocol::collect(iterable) {
        Ok(items) => items,
        Err(e) if e.matches(&exceptions::TYPE_ERROR) && protocol::iter(iterable).is_err() => {
            return Err(type_error(format!(
                "Value after * must be an iterable, not {}",
                protocol::type_name(iterable)
            )));
        }
        Err(e) => return Err(e),
    };
    list.downcast::<List>()
        .ok_or_else(|| ouro_objects::err::system_error("LIST_EXTEND to a non-list"))?
        .extend_from(items);
    Ok(())
}

pub fn dict_update(d: &Value, update: &Value) -> PyResult<()> {
    if protocol::getattr_opt(update, &intern("keys"))?.is_none() {
        return Err(type_error(format!(
            "'{}' object is not a mapping",
            protocol::type_name(update)
        )));
    }
    dict_of(d).update_from(update)
}

/// `DICT_MERGE` for `f(**m)`: duplicate keys are an error.
pub fn dict_merge(d: &Value, update: &Value, callable: &Value) -> PyResult<()> {
    // The callable's name only goes into an error message: formatting it
    // looks attributes up, so it is done only on failure.
    let fname = || crate::callargs::function_str(callable);
    let fast = Dict::merge_items(update);
    if fast.is_none() && protocol::getattr_opt(update, &intern("keys"))?.is_none() {
        return Err(type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            fname(),
            protocol::type_name(update)
        )));
    }
    let keys = match &fast {
        Some(items) => items.iter().map(|(k, _)| k.clone()).collect(),
        None => protocol::collect(&protocol::call_method(update, "keys", &[])?)?,
    };
    let target = dict_of(d);
    for (i, k) in keys.into_iter().enumerate() {
        if target.get_item_opt(&k)?.is_some() {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                fname(),
                protocol::str_lossy(&k)
            )));
        }
        let v = match &fast {
            Some(items) => items[i].1.clone(),
            None => protocol::getitem(update, &k)?,
        };
        target.set_item(k, v)?;
    }
    Ok(())
}

/// `UNPACK_SEQUENCE`: exactly `n` items.
pub fn unpack(seq: &Value, n: usize) -> PyResult<Vec<Value>> {
    if let Some(t) = seq.downcast_exact::<Tuple>()
        && t.len() == n
    {
        return Ok(t.to_vec());
    }
    if let Some(l) = seq.downcast_exact::<List>()
        && l.len() == n
    {
        return Ok(l.to_vec());
    }
    let it = protocol::iter(seq).map_err(|e| {
        if e.matches(&exceptions::TYPE_ERROR) {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                protocol::type_name(seq)
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match protocol::next(&it)? {
            Some(v) => out.push(v),
            None => {
                return Err(value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    out.len()
                )));
            }
        }
    }
    if protocol::next(&it)?.is_some() {
        let total = protocol::len(seq).ok();
        return Err(value_error(match total {
            Some(t)
                if seq.downcast::<List>().is_some()
                    || seq.downcast::<Tuple>().is_some()
                    || seq.downcast::<Dict>().is_some() =>
            {
                format!("too many values to unpack (expected {n}, got {t})")
            }
            _ => format!("too many values to unpack (expected {n})"),
        }));
    }
    Ok(out)
}

/// `UNPACK_EX`: `before` items, a list of the rest, `after` items.
pub fn unpack_ex(seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let items = protocol::collect(seq).map_err(|e| {
        if e.matches(&exceptions::TYPE_ERROR) && protocol::iter(seq).is_err() {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                protocol::type_name(seq)
            ))
        } else {
            e
        }
    })?;
    if items.len() < before + after {
        return Err(value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = items[..before].to_vec();
    out.push(List::from_vec(items[before..items.len() - after].to_vec()));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(out)
}

pub fn is_mapping(v: &Value) -> bool {
    v.type_obj().payload().flags() & ouro_objects::typeobj::flags::MAPPING != 0
}

pub fn is_sequence(v: &Value) -> bool {
    v.type_obj().payload().flags() & ouro_objects::typeobj::flags::SEQUENCE != 0
}

/// `MATCH_KEYS`: the values for `keys` as a tuple, or `None` if any is missing.
pub fn match_keys(subject: &Value, keys: &Value) -> PyResult {
    let keys = protocol::collect(keys)?;
    if keys.is_empty() {
        return Ok(Tuple::empty());
    }
    let get = protocol::getattr_str(subject, "get")?;
    let dummy = ouro_objects::Ref::new(ouro_objects::types::object::ObjectData).into_value();
    let mut seen: Vec<Value> = Vec::new();
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        for s in &seen {
            if protocol::eq(s, &k)? {
                return Err(value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    protocol::repr_string(&k)?
                )));
            }
        }
        let v = protocol::call(&get, &[k.clone(), dummy.clone()], None)?;
        if v.is(&dummy) {
            return Ok(none());
        }
        seen.push(k);
        values.push(v);
    }
    Ok(Tuple::new(values))
}

/// `MATCH_CLASS`: the attributes for a class pattern, or `None`.
pub fn match_class(subject: &Value, class: &Value, nargs: usize, names: &Value) -> PyResult {
    let Some(cls) = class.downcast::<TypeObject>() else {
        return Err(type_error("called match pattern must be a class"));
    };
    if !protocol::is_true(&crate::builtins::isinstance(subject, class)?)? {
        return Ok(none());
    }
    let mut attrs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if nargs > 0 {
        let match_self = cls.flags() & ouro_objects::typeobj::flags::MATCH_SELF != 0;
        let match_args = protocol::getattr_opt(class, &intern("__match_args__"))?;
        match match_args {
            Some(ma) => {
                let Some(t) = ma.downcast::<Tuple>() else {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls.name(),
                        protocol::type_name(&ma)
                    )));
                };
                if nargs > t.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({nargs} given)",
                        cls.name(),
                        t.len(),
                        if t.len() == 1 { "" } else { "s" }
                    )));
                }
                for name in t.iter().take(nargs) {
                    if name.downcast::<PyStr>().is_none() {
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            protocol::type_name(name)
                        )));
                    }
                    let n = protocol::str_lossy(name);
                    if seen.contains(&n) {
                        return Err(type_error(format!(
                            "{}() got multiple sub-patterns for attribute '{n}'",
                            cls.name()
                        )));
                    }
                    match protocol::getattr_opt(subject, name)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(none()),
                    }
                    seen.push(n);
                }
            }
            None if match_self => {
                if nargs > 1 {
                    return Err(type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({nargs} given)",
                        cls.name()
                    )));
                }
                attrs.push(subject.clone());
            }
            None => {
                return Err(type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({nargs} given)",
                    cls.name()
                )));
            }
        }
    }
    for name in protocol::collect(names)? {
        let n = protocol::str_lossy(&name);
        if seen.contains(&n) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute '{n}'",
                cls.name()
            )));
        }
        match protocol::getattr_opt(subject, &name)? {
            Some(v) => attrs.push(v),
            None => return Ok(none()),
        }
        seen.push(n);
    }
    Ok(Tuple::new(attrs))
}

/// `BUILD_INTERPOLATION` and `BUILD_TEMPLATE` (t-strings).
pub fn template_op(f: &mut Frame, op: ouro_bytecode::Opcode, arg: u32) -> PyResult<()> {
    if op == ouro_bytecode::Opcode::BUILD_INTERPOLATION {
        let spec = if arg & 1 == 1 { Some(pop(f)?) } else { None };
        let text = pop(f)?;
        let value = pop(f)?;
        let conversion = match arg >> 2 {
            1 => Some('s'),
            2 => Some('r'),
            3 => Some('a'),
            _ => None,
        };
        crate::interp::push(
            f,
            crate::templates::interpolation(value, text, conversion, spec),
        );
    } else {
        let interpolations = pop(f)?;
        let strings = pop(f)?;
        crate::interp::push(f, crate::templates::template(&strings, &interpolations)?);
    }
    Ok(())
}

pub fn make_function(f: &Frame, code: Value) -> PyResult {
    let c = code
        .downcast::<Code>()
        .ok_or_else(|| ouro_objects::err::system_error("MAKE_FUNCTION without code"))?;
    let qualname = c.qualname.clone();
    let func = Function::new(
        code.clone(),
        f.globals().clone(),
        qualname,
        f.builtins().clone(),
    );
    Ok(ouro_objects::Ref::new(func).into_value())
}

/// `SET_FUNCTION_ATTRIBUTE`: defaults, kwdefaults, annotations, closure, annotate.
pub fn set_function_attribute(func: &Value, attr: &Value, which: u32) -> PyResult<()> {
    let fu = func.downcast::<Function>().ok_or_else(|| {
        ouro_objects::err::system_error("SET_FUNCTION_ATTRIBUTE on a non-function")
    })?;
    match which {
        1 => *fu.defaults.borrow_mut() = Some(attr.clone()),
        2 => *fu.kwdefaults.borrow_mut() = Some(attr.clone()),
        4 => *fu.annotations.borrow_mut() = Some(attr.clone()),
        8 => *fu.closure.borrow_mut() = Some(attr.clone()),
        16 => *fu.annotate.borrow_mut() = Some(attr.clone()),
        _ => {
            return Err(ouro_objects::err::system_error(
                "bad SET_FUNCTION_ATTRIBUTE",
            ));
        }
    }
    Ok(())
}

pub fn setup_annotations(f: &Frame) -> PyResult<()> {
    let locals = f.locals().cloned().ok_or_else(|| {
        ouro_objects::err::system_error("no locals found when setting up annotations")
    })?;
    let key = intern("__annotations__");
    if mapping_get(&locals, &key)?.is_none() {
        protocol::setitem(&locals, &key, Some(&Dict::new_value()))?;
    }
    Ok(())
}

/// `CALL argc`: stack is callable, self_or_null, args... (and kwnames for
/// `CALL_KW`). Python functions get a new frame in the same loop.
pub fn call(
    f: &mut Frame,
    argc: usize,
    kwnames: Option<Value>,
    callee: &mut Frame,
) -> PyResult<Flow> {
    if kwnames.is_none()
        && let Some(flow) = call_exact_positional(f, argc, callee)?
    {
        return Ok(flow);
    }
    let kw = kwnames
        .as_ref()
        .filter(|k| k.downcast::<Tuple>().is_some_and(|t| !t.is_empty()));
    let base = f
        .stack
        .len()
        .checked_sub(argc + 2)
        .ok_or_else(|| ouro_objects::err::system_error("bad bytecode: stack underflow"))?;
    let callable = f.stack[base]
        .clone()
        .ok_or_else(|| ouro_objects::err::system_error("bad bytecode: NULL callable"))?;
    let python = callable.downcast_exact::<Function>().is_some()
        || callable
            .downcast_exact::<ouro_objects::functype::Method>()
            .is_some_and(|m| m.func.downcast_exact::<Function>().is_some());
    if !python {
        return call_native(f, &callable, base, kw);
    }
    let mut args = pop_n(f, argc)?;
    let self_or_null = pop_opt(f)?;
    pop_opt(f)?;
    if let Some(this) = self_or_null {
        args.insert(0, this);
    }
    invoke(f, &callable, &args, kw, callee)
}

/// A call of anything but a Python function: the arguments are passed
/// straight from the value stack (`callable, self_or_null, args...` from
/// `base`), without collecting them.
fn call_native(f: &mut Frame, callable: &Value, base: usize, kw: Option<&Value>) -> PyResult<Flow> {
    let first = if f.stack[base + 1].is_some() {
        base + 1
    } else {
        base + 2
    };
    if first == f.stack.len() && kw.is_none() && callable.is_static(&crate::superobj::SUPER_TYPE) {
        f.stack.truncate(base);
        let sup = crate::superobj::zero_arg_super(f)?;
        crate::interp::push(f, sup);
        return Ok(Flow::Next);
    }
    if crate::frame::publishes_caller_locals(callable) {
        crate::frame::publish_fast_locals(f);
    }
    let result = match ouro_objects::core::as_value_slice(&f.stack[first..]) {
        Some(args) => protocol::call(callable, args, kw),
        None => Err(ouro_objects::err::system_error(
            "bad bytecode: NULL argument",
        )),
    };
    f.stack.truncate(base);
    crate::interp::push(f, result?);
    Ok(Flow::Next)
}

/// `CALL` of a Python function (or a method bound to one) whose parameters
/// are all positional and are given positionally, the last ones possibly
/// by their defaults, the arguments beyond them going to `*args` (CPython's
/// `CALL_PY_EXACT_ARGS` shape, and the calls of `queue.Queue.put(item)`,
/// `Condition.notify()` and `Condition.__exit__(self, *args)`): the
/// arguments move from the caller's stack straight into the new frame's
/// locals. `None` when the call is not of that shape.
pub fn call_exact_positional(
    f: &mut Frame,
    argc: usize,
    callee: &mut Frame,
) -> PyResult<Option<Flow>> {
    let Some(base) = f.stack.len().checked_sub(argc + 2) else {
        return Ok(None);
    };
    let has_self = f.stack[base + 1].is_some();
    let Some(callable) = &f.stack[base] else {
        return Ok(None);
    };
    let (func, bound_self) = if callable.downcast_exact::<Function>().is_some() {
        (callable.clone(), None)
    } else if let Some(m) = callable.downcast_exact::<ouro_objects::functype::Method>()
        && !has_self
        && m.func.downcast_exact::<Function>().is_some()
    {
        (m.func.clone(), Some(m.this.clone()))
    } else {
        return Ok(None);
    };
    let fu = func.downcast::<Function>().expect("function");
    let Some(code) = fu.code().downcast_ref::<Code>() else {
        return Ok(None);
    };
    let nargs = argc + usize::from(has_self) + usize::from(bound_self.is_some());
    let argcount = code.argcount as usize;
    let varargs = code.flags & co::VARARGS != 0;
    if (nargs > argcount && !varargs)
        || code.kwonlyargcount != 0
        || code.flags & co::VARKEYWORDS != 0
    {
        return Ok(None);
    }
    let missing = argcount.saturating_sub(nargs);
    let defaults = match missing {
        0 => None,
        _ => match fu.defaults.borrow().as_ref() {
            Some(d) if d.downcast::<Tuple>().is_some_and(|t| t.len() >= missing) => Some(d.clone()),
            _ => return Ok(None),
        },
    };
    let extra = varargs.then(|| {
        let first_extra = f.stack.len() - nargs.saturating_sub(argcount);
        Tuple::new(f.stack.drain(first_extra..).flatten().collect())
    });
    let (globals, builtins) = (fu.globals.clone(), fu.builtins.clone());
    let mut generator_frame = None;
    let frame = if is_generator_code(&code) {
        generator_frame.insert(Frame::new(code, globals, builtins, None, Some(func)))
    } else {
        callee.start_call(code, globals, builtins, func);
        callee
    };
    move_arguments(f, base, bound_self, frame);
    if let Some(extra) = extra {
        frame.fast[argcount] = Some(extra);
    }
    if let Some(defaults) = defaults {
        let defaults = defaults.downcast::<Tuple>().expect("checked a tuple");
        let used = &defaults.as_slice()[defaults.len() - missing..];
        for (slot, v) in frame.fast[nargs..argcount].iter_mut().zip(used) {
            *slot = Some(v.clone());
        }
    }
    match generator_frame {
        Some(frame) => {
            crate::interp::push(f, crate::generator::new_from_frame(frame)?);
            Ok(Some(Flow::Next))
        }
        None => Ok(Some(Flow::Call)),
    }
}

/// Moves a call's arguments from `f`'s stack (`base` is the callable's
/// slot, then self-or-NULL and the arguments) into the first fast locals of
/// the frame just started for it, `bound_self` first when the callable was
/// a bound method; the call's slots leave the stack.
#[inline(always)]
pub fn move_arguments(f: &mut Frame, base: usize, bound_self: Option<Value>, frame: &mut Frame) {
    let offset = usize::from(bound_self.is_some());
    if let Some(this) = bound_self
        && let Some(slot) = frame.fast.first_mut()
    {
        *slot = Some(this);
    }
    let first = if f.stack.get(base + 1).is_some_and(Option::is_some) {
        base + 1
    } else {
        base + 2
    };
    // Popped from the top, so no emptied slot is left for `truncate` to
    // walk (a call per Python call).
    for i in (0..f.stack.len().saturating_sub(first)).rev() {
        let v = f.stack.pop().flatten();
        if let Some(slot) = frame.fast.get_mut(offset + i) {
            // `start_call` left every local unbound: nothing to release.
            debug_assert!(slot.is_none());
            std::mem::forget(std::mem::replace(slot, v));
        }
    }
    while f.stack.len() > base {
        if let Some(Some(v)) = f.stack.pop() {
            v.release();
        }
    }
}

pub fn invoke(
    f: &mut Frame,
    callable: &Value,
    args: &[Value],
    kwnames: Option<&Value>,
    callee: &mut Frame,
) -> PyResult<Flow> {
    if let Some(fu) = callable.downcast_exact::<Function>() {
        let code: ouro_objects::Ref<Code> = fu.code().downcast_ref::<Code>().expect("code");
        if is_generator_code(&code) {
            let frame = function_frame(callable, args, kwnames)?;
            crate::interp::push(f, crate::generator::new_from_frame(frame)?);
            return Ok(Flow::Next);
        }
        callee.start_call(
            code.clone(),
            fu.globals.clone(),
            fu.builtins.clone(),
            callable.clone(),
        );
        if let Err(e) = crate::callargs::bind(fu, &code, &mut callee.fast, args, kwnames) {
            callee.end();
            return Err(e);
        }
        return Ok(Flow::Call);
    }
    if let Some(m) = callable.downcast_exact::<ouro_objects::functype::Method>()
        && m.func.downcast_exact::<Function>().is_some()
    {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(m.this.clone());
        full.extend_from_slice(args);
        let func = m.func.clone();
        return invoke(f, &func, &full, kwnames, callee);
    }
    if crate::frame::publishes_caller_locals(callable) {
        crate::frame::publish_fast_locals(f);
    }
    let r = protocol::call(callable, args, kwnames)?;
    crate::interp::push(f, r);
    Ok(Flow::Next)
}

/// `CALL_FUNCTION_EX`: func, null, args tuple, kwargs dict or NULL.
pub fn call_function_ex(f: &mut Frame, callee: &mut Frame) -> PyResult<Flow> {
    let kwargs = pop_opt(f)?;
    let args = pop(f)?;
    let self_or_null = pop_opt(f)?;
    let callable = pop(f)?;
    // `f(*args)` of a native callable (`Condition.__exit__`'s
    // `self._lock.__exit__(*args)`): the tuple's items are the arguments.
    if self_or_null.is_none()
        && kwargs.as_ref().is_none_or(is_none)
        && let Some(t) = args.downcast_exact::<Tuple>()
        && callable.downcast_exact::<Function>().is_none()
        && callable
            .downcast_exact::<ouro_objects::functype::Method>()
            .is_none()
    {
        if crate::frame::publishes_caller_locals(&callable) {
            crate::frame::publish_fast_locals(f);
        }
        let r = protocol::call(&callable, t.as_slice(), None)?;
        crate::interp::push(f, r);
        return Ok(Flow::Next);
    }
    let mut positional = match args.downcast_exact::<Tuple>() {
        Some(t) => t.to_vec(),
        None => {
            if protocol::iter(&args).is_err() {
                return Err(type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    crate::callargs::function_str(&callable),
                    protocol::type_name(&args)
                )));
            }
            protocol::collect(&args)?
        }
    };
    if let Some(this) = self_or_null {
        positional.insert(0, this);
    }
    let mut names = Vec::new();
    if let Some(kw) = kwargs.filter(|k| !is_none(k)) {
        let d = match kw.downcast::<Dict>() {
            Some(_) => kw.clone(),
            None => {
                let d = Dict::new_value();
                dict_merge(&d, &kw, &callable)?;
                d
            }
        };
        for (k, v) in dict_of(&d).items() {
            if k.downcast::<PyStr>().is_none() {
                return Err(type_error("keywords must be strings"));
            }
            names.push(k);
            positional.push(v);
        }
    }
    let kwnames = (!names.is_empty()).then(|| Tuple::new(names));
    invoke(f, &callable, &positional, kwnames.as_ref(), callee)
}

pub fn intrinsic1(f: &Frame, which: Intrinsic1, v: Value) -> PyResult {
    match which {
        Intrinsic1::Print => {
            crate::sysmod::displayhook(&v)?;
            Ok(none())
        }
        Intrinsic1::ImportStar => {
            crate::import::import_star(f, &v)?;
            Ok(none())
        }
        Intrinsic1::StopIterationError => Ok(crate::generator::stop_iteration_error(f, v)),
        Intrinsic1::AsyncGenWrap => Ok(crate::generator::async_gen_wrap(v)),
        Intrinsic1::UnaryPositive => {
            protocol::unary_op(&v, ouro_objects::typeobj::UnaryOp::Positive)
        }
        Intrinsic1::ListToTuple => Ok(Tuple::new(
            v.downcast::<List>().map(List::to_vec).unwrap_or_default(),
        )),
        Intrinsic1::TypeVar
        | Intrinsic1::ParamSpec
        | Intrinsic1::TypeVarTuple
        | Intrinsic1::SubscriptGeneric
        | Intrinsic1::TypeAlias => crate::typing::intrinsic1(which, v),
        Intrinsic1::Invalid => Err(ouro_objects::err::system_error("invalid intrinsic")),
    }
}

pub fn intrinsic2(which: u32, v1: Value, v2: Value) -> PyResult {
    match which {
        1 => prep_reraise_star(&v1, &v2),
        _ => crate::typing::intrinsic2(which, v1, v2),
    }
}

/// `GET_YIELD_FROM_ITER`.
pub fn yield_from_iter(f: &Frame, v: Value) -> PyResult {
    if v.downcast::<crate::generator::Generator>().is_some() {
        let is_coro = crate::generator::is_coroutine(&v);
        if is_coro && f.code.flags & (co::COROUTINE | co::ITERABLE_COROUTINE) == 0 {
            return Err(type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        return Ok(v);
    }
    protocol::iter(&v)
}

/// `CHECK_EXC_MATCH`'s validation of the `except` clause's types.
pub fn check_except_type(types: &Value) -> PyResult<()> {
    let ok = match types.downcast::<Tuple>() {
        Some(t) => t.iter().all(exceptions::is_exception_type),
        None => exceptions::is_exception_type(types),
    };
    if !ok {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(())
}

pub fn check_except_star_type(types: &Value) -> PyResult<()> {
    check_except_type(types)?;
    let group = |v: &Value| {
        v.downcast::<TypeObject>()
            .is_some_and(|t| t.is_subtype(exceptions::BASE_EXCEPTION_GROUP.payload()))
    };
    let bad = match types.downcast::<Tuple>() {
        Some(t) => t.iter().any(group),
        None => group(types),
    };
    if bad {
        return Err(type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

pub fn exception_matches(exc: &Value, types: &Value) -> PyResult<bool> {
    let ty = exc.type_obj().payload();
    let check = |t: &Value| t.downcast::<TypeObject>().is_some_and(|t| ty.is_subtype(t));
    Ok(match types.downcast::<Tuple>() {
        Some(t) => t.iter().any(check),
        None => check(types),
    })
}

/// `CHECK_EG_MATCH`: (rest, match) for an `except*` clause.
pub fn exception_group_match(exc: &Value, types: &Value) -> PyResult<(Value, Value)> {
    if is_none(exc) {
        return Ok((none(), none()));
    }
    if exception_matches(exc, types)? {
        let is_group = exc
            .type_obj()
            .payload()
            .is_subtype(exceptions::BASE_EXCEPTION_GROUP.payload());
        let matched = if is_group {
            exc.clone()
        } else {
            let g = protocol::call(
                &TypeRef::from_static(&exceptions::BASE_EXCEPTION_GROUP).into_value(),
                &[PyStr::new(""), Tuple::new(vec![exc.clone()])],
                None,
            )?;
            if let (Some(src), Some(dst)) = (
                exc.downcast::<BaseException>(),
                g.downcast::<BaseException>(),
            ) {
                dst.set_traceback(src.traceback());
            }
            g
        };
        return Ok((none(), matched));
    }
    if exc
        .type_obj()
        .payload()
        .is_subtype(exceptions::BASE_EXCEPTION_GROUP.payload())
    {
        let (m, rest) = exceptions::split_by_types(exc, types)?;
        return Ok((rest.unwrap_or_else(none), m.unwrap_or_else(none)));
    }
    Ok((exc.clone(), none()))
}

/// `_PyExc_PrepReraiseStar`: what an `except*` block re-raises.
fn prep_reraise_star(orig: &Value, excs: &Value) -> PyResult {
    let list = excs
        .downcast::<List>()
        .map(List::to_vec)
        .unwrap_or_default();
    let list: Vec<Value> = list.into_iter().filter(|e| !is_none(e)).collect();
    if list.is_empty() {
        return Ok(none());
    }
    if !orig
        .type_obj()
        .payload()
        .is_subtype(exceptions::BASE_EXCEPTION_GROUP.payload())
    {
        return Ok(list.into_iter().next().expect("non-empty"));
    }
    // Re-raised leaves keep their place in the original group; new
    // exceptions are raised alongside.
    let orig_leaves = exceptions::leaves(orig);
    let mut reraised = Vec::new();
    let mut raised = Vec::new();
    for e in &list {
        let leaves = exceptions::leaves(e);
        if leaves.iter().all(|l| orig_leaves.iter().any(|o| o.is(l))) {
            reraised.extend(leaves);
        } else {
            raised.push(e.clone());
        }
    }
    let kept = if reraised.is_empty() {
        None
    } else {
        exceptions::split_by_instances(orig, reraised)?.0
    };
    if raised.is_empty() {
        return Ok(kept.unwrap_or_else(none));
    }
    let mut all = raised;
    if let Some(k) = kept {
        all.push(k);
    }
    if all.len() == 1 {
        return Ok(all.pop().expect("one"));
    }
    protocol::call(
        &TypeRef::from_static(&exceptions::BASE_EXCEPTION_GROUP).into_value(),
        &[PyStr::new(""), List::from_vec(all)],
        None,
    )
}

/// `RAISE_VARARGS`: the exception to raise (`raise`, `raise X`, `raise X from Y`).
pub fn raise(f: &mut Frame, argc: u32) -> PyResult<PyErr> {
    match argc {
        0 => match crate::state::handled() {
            Some(e) => Ok(PyErr::from_instance(e)),
            None => Ok(ouro_objects::err::runtime_error(
                "No active exception to reraise",
            )),
        },
        1 => {
            let v = pop(f)?;
            Ok(make_exception(&v)?)
        }
        _ => {
            let cause = pop(f)?;
            let v = pop(f)?;
            let e = make_exception(&v)?;
            let cause = if is_none(&cause) {
                None
            } else if exceptions::is_exception_type(&cause) {
                Some(protocol::call0(&cause)?)
            } else if exceptions::is_exception(&cause) {
                Some(cause)
            } else {
                return Err(type_error(
                    "exception causes must derive from BaseException",
                ));
            };
            if let Some(exc) = e.value().downcast::<BaseException>() {
                exc.set_cause(cause);
            }
            Ok(e)
        }
    }
}

/// An exception instance from `raise v` (a class is instantiated).
pub fn make_exception(v: &Value) -> PyResult<PyErr> {
    if exceptions::is_exception_type(v) {
        let e = protocol::call0(v)?;
        if !exceptions::is_exception(&e) {
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                protocol::repr_string(v)?,
                protocol::type_name(&e)
            )));
        }
        return Ok(PyErr::from_instance(e));
    }
    if exceptions::is_exception(v) {
        return Ok(PyErr::from_instance(v.clone()));
    }
    Err(type_error("exceptions must derive from BaseException"))
}
