//! The `builtins` module: the built-in functions, types, constants and exceptions; mirrors Python/bltinmodule.c.

use ouro_objects::args::Args;
use ouro_objects::descr::{BuiltinFunction, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{TypeObject, UnaryOp};
use ouro_objects::{PyObj, TypeRef, Value, bool as pybool, int};

/// A builtin by name (for `LOAD_COMMON_CONSTANT` and friends).
pub fn builtin_value(name: &str) -> PyResult {
    let m = crate::state::builtins_module();
    let module = m.downcast::<Module>().expect("module");
    module.get(name).ok_or_else(|| {
        PyErr::new(
            &exceptions::NAME_ERROR,
            format!("name '{name}' is not defined"),
        )
    })
}

fn b_abs(_m: &Value, args: Args) -> PyResult {
    let x = args.one("abs")?;
    protocol::unary_op(x, UnaryOp::Absolute)
}

fn b_all(_m: &Value, args: Args) -> PyResult {
    let it = protocol::iter(args.one("all")?)?;
    while let Some(x) = protocol::next(&it)? {
        if !protocol::is_true(&x)? {
            return Ok(pybool::py_bool(false));
        }
    }
    Ok(pybool::py_bool(true))
}

fn b_any(_m: &Value, args: Args) -> PyResult {
    let it = protocol::iter(args.one("any")?)?;
    while let Some(x) = protocol::next(&it)? {
        if protocol::is_true(&x)? {
            return Ok(pybool::py_bool(true));
        }
    }
    Ok(pybool::py_bool(false))
}

fn b_ascii(_m: &Value, args: Args) -> PyResult {
    Ok(PyStr::new(&ouro_objects::str_methods::ascii_of(
        args.one("ascii")?,
    )?))
}

fn radix(args: Args, name: &str, spec: &str) -> PyResult {
    let x = args.one(name)?;
    let i = protocol::index(x)?;
    ouro_objects::format::format_int(&i, spec)
}

fn b_bin(_m: &Value, args: Args) -> PyResult {
    radix(args, "bin", "#b")
}

fn b_oct(_m: &Value, args: Args) -> PyResult {
    radix(args, "oct", "#o")
}

fn b_hex(_m: &Value, args: Args) -> PyResult {
    radix(args, "hex", "#x")
}

fn b_callable(_m: &Value, args: Args) -> PyResult {
    let x = args.one("callable")?;
    Ok(pybool::py_bool(
        x.type_obj().payload().slots.call.get().is_some(),
    ))
}

fn b_chr(_m: &Value, args: Args) -> PyResult {
    let x = args.one("chr")?;
    let i = protocol::index(x)?;
    match int::to_i64(&i).filter(|c| (0..0x110000).contains(c)) {
        Some(c) => Ok(ouro_objects::str::char_value(c as u32)),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(_m: &Value, args: Args) -> PyResult {
    let x = args.one("ord")?;
    if let Some(s) = x.downcast::<PyStr>() {
        if s.len() != 1 {
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.len()
            )));
        }
        return Ok(int::from_i64(i64::from(s.char_at(0))));
    }
    if let Some(b) = ouro_objects::bytes::as_bytes_like(x) {
        if b.len() != 1 {
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(int::from_i64(i64::from(b[0])));
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        protocol::type_name(x)
    )))
}

fn b_delattr(_m: &Value, args: Args) -> PyResult {
    let a = args.range("delattr", "delattr", 2, 2)?;
    check_attr_name(&a[1])?;
    protocol::setattr(&a[0], &a[1], None)?;
    Ok(none())
}

fn check_attr_name(name: &Value) -> PyResult<()> {
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            protocol::type_name(name)
        )));
    }
    Ok(())
}

fn b_getattr(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getattr", "getattr", 2, 3)?;
    check_attr_name(&a[1])?;
    match a.get(2) {
        None => protocol::getattr(&a[0], &a[1]),
        Some(default) => {
            Ok(protocol::getattr_opt(&a[0], &a[1])?.unwrap_or_else(|| default.clone()))
        }
    }
}

fn b_hasattr(_m: &Value, args: Args) -> PyResult {
    let a = args.range("hasattr", "hasattr", 2, 2)?;
    check_attr_name(&a[1])?;
    Ok(pybool::py_bool(
        protocol::getattr_opt(&a[0], &a[1])?.is_some(),
    ))
}

fn b_setattr(_m: &Value, args: Args) -> PyResult {
    let a = args.range("setattr", "setattr", 3, 3)?;
    check_attr_name(&a[1])?;
    protocol::setattr(&a[0], &a[1], Some(&a[2]))?;
    Ok(none())
}

fn b_divmod(_m: &Value, args: Args) -> PyResult {
    let a = args.range("divmod", "divmod", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    for (obj, other, name) in [(x, y, "__divmod__"), (y, x, "__rdivmod__")] {
        if let Some(f) = obj.type_obj().payload().lookup_str(name) {
            let bound = protocol::descr_get(&f, Some(obj), &obj.type_value())?;
            let r = protocol::call1(&bound, other.clone())?;
            if !ouro_objects::none::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        protocol::type_name(x),
        protocol::type_name(y)
    )))
}

fn b_format(_m: &Value, args: Args) -> PyResult {
    let a = args.range("format", "format", 1, 2)?;
    let spec = a.get(1).cloned().unwrap_or_else(|| PyStr::new(""));
    if spec.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "format() argument 2 must be str, not {}",
            protocol::type_name(&spec)
        )));
    }
    ouro_objects::format::format(&a[0], &spec)
}

fn b_hash(_m: &Value, args: Args) -> PyResult {
    Ok(int::from_i64(protocol::hash(args.one("hash")?)?))
}

fn b_id(_m: &Value, args: Args) -> PyResult {
    Ok(int::from_usize(args.one("id")?.word()))
}

/// `isinstance(obj, cls)` with `__instancecheck__`, tuples and unions.
pub fn isinstance(obj: &Value, cls: &Value) -> PyResult {
    Ok(pybool::py_bool(isinstance_bool(obj, cls)?))
}

fn isinstance_bool(obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast_exact::<TypeObject>()
        && std::ptr::eq(cls.type_obj(), &ouro_objects::typeobj::TYPE_TYPE)
    {
        return Ok(obj.type_obj().payload().is_subtype(t) || instancecheck_class(obj, cls)?);
    }
    if let Some(t) = cls.downcast::<Tuple>() {
        let _guard = protocol::enter_recursion(" in __instancecheck__")?;
        for c in t.iter() {
            if isinstance_bool(obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = cls.type_obj().payload().lookup_str("__instancecheck__") {
        let _guard = protocol::enter_recursion(" in __instancecheck__")?;
        let bound = protocol::descr_get(&check, Some(cls), &cls.type_value())?;
        return protocol::is_true(&protocol::call1(&bound, obj.clone())?);
    }
    Err(type_error(
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    ))
}

/// An object whose `__class__` differs from its type (proxies).
fn instancecheck_class(obj: &Value, cls: &Value) -> PyResult<bool> {
    let t = cls.downcast::<TypeObject>().expect("type");
    match protocol::getattr_opt(obj, &intern("__class__"))? {
        Some(c) if !c.is(&obj.type_value()) => {
            Ok(c.downcast::<TypeObject>().is_some_and(|c| c.is_subtype(t)))
        }
        _ => Ok(false),
    }
}

fn b_isinstance(_m: &Value, args: Args) -> PyResult {
    let a = args.range("isinstance", "isinstance", 2, 2)?;
    isinstance(&a[0], &a[1])
}

fn issubclass_bool(sub: &Value, cls: &Value) -> PyResult<bool> {
    if let (Some(s), Some(c)) = (
        sub.downcast::<TypeObject>(),
        cls.downcast_exact::<TypeObject>(),
    ) && std::ptr::eq(cls.type_obj(), &ouro_objects::typeobj::TYPE_TYPE)
    {
        return Ok(s.is_subtype(c));
    }
    if let Some(t) = cls.downcast::<Tuple>() {
        for c in t.iter() {
            if issubclass_bool(sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = cls.type_obj().payload().lookup_str("__subclasscheck__") {
        let bound = protocol::descr_get(&check, Some(cls), &cls.type_value())?;
        return protocol::is_true(&protocol::call1(&bound, sub.clone())?);
    }
    if sub.downcast::<TypeObject>().is_none() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Err(type_error(
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    ))
}

fn b_issubclass(_m: &Value, args: Args) -> PyResult {
    let a = args.range("issubclass", "issubclass", 2, 2)?;
    Ok(pybool::py_bool(issubclass_bool(&a[0], &a[1])?))
}

fn b_iter(_m: &Value, args: Args) -> PyResult {
    let a = args.range("iter", "iter", 1, 2)?;
    match a.get(1) {
        None => protocol::iter(&a[0]),
        Some(sentinel) => {
            if a[0].type_obj().payload().slots.call.get().is_none() {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(ouro_objects::callableiter::new(
                a[0].clone(),
                sentinel.clone(),
            ))
        }
    }
}

fn b_len(_m: &Value, args: Args) -> PyResult {
    Ok(int::from_usize(protocol::len(args.one("len")?)?))
}

fn b_next(_m: &Value, args: Args) -> PyResult {
    let a = args.range("next", "next", 1, 2)?;
    let it = &a[0];
    if it.type_obj().payload().slots.iternext.get().is_none() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            protocol::type_name(it)
        )));
    }
    match (protocol::iternext(it), a.get(1)) {
        (Ok(Some(v)), _) => Ok(v),
        (Ok(None), Some(d)) => Ok(d.clone()),
        (Err(e), Some(d)) if e.matches(&exceptions::STOP_ITERATION) => Ok(d.clone()),
        (Ok(None), None) => Err(PyErr::empty(&exceptions::STOP_ITERATION)),
        (Err(e), _) => Err(e),
    }
}

fn min_max(args: Args, name: &str, op: CompareOp) -> PyResult {
    let [default, key] = {
        let kw = Args::new(&args.values[args.positional().len()..], args.kwnames);
        let names = kw.keywords();
        let mut default = None;
        let mut key = None;
        for (k, v) in names {
            match protocol::str_lossy(&k).as_str() {
                "default" => default = Some(v),
                "key" => key = Some(v),
                other => {
                    return Err(type_error(format!(
                        "{name}() got an unexpected keyword argument '{other}'"
                    )));
                }
            }
        }
        [default, key]
    };
    let pos = args.positional();
    let key = key.filter(|k| !is_none(k));
    let items: Vec<Value> = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        1 => protocol::collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => protocol::call1(f, x.clone())?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                if protocol::richcompare_bool(&k, &bk, op)? {
                    Some((k, x))
                } else {
                    Some((bk, bx))
                }
            }
        };
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

fn b_max(_m: &Value, args: Args) -> PyResult {
    min_max(args, "max", CompareOp::Gt)
}

fn b_min(_m: &Value, args: Args) -> PyResult {
    min_max(args, "min", CompareOp::Lt)
}

fn b_pow(_m: &Value, args: Args) -> PyResult {
    let [base, exp, m] = args.parse("pow", ["base", "exp", "mod"], 0, 2, 3)?;
    let (base, exp) = (base.expect("required"), exp.expect("required"));
    match m.filter(|m| !is_none(m)) {
        None => protocol::binary_op(&base, &exp, ouro_objects::typeobj::NbOp::Power),
        Some(m) => protocol::ternary_pow(&base, &exp, &m),
    }
}

fn b_print(_m: &Value, args: Args) -> PyResult {
    let kw = args.keywords();
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, v) in kw {
        match protocol::str_lossy(&k).as_str() {
            "sep" => sep = Some(v),
            "end" => end = Some(v),
            "file" => file = Some(v),
            "flush" => flush = protocol::is_true(&v)?,
            other => {
                return Err(type_error(format!(
                    "print() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let text_arg = |v: Option<Value>, what: &str, default: &str| -> PyResult<Value> {
        match v {
            None => Ok(PyStr::new(default)),
            Some(x) if is_none(&x) => Ok(PyStr::new(default)),
            Some(x) if x.downcast::<PyStr>().is_some() => Ok(x),
            Some(x) => Err(type_error(format!(
                "{what} must be None or a string, not {}",
                protocol::type_name(&x)
            ))),
        }
    };
    let sep = text_arg(sep, "sep", " ")?;
    let end = text_arg(end, "end", "\n")?;
    let file = match file.filter(|f| !is_none(f)) {
        Some(f) => f,
        None => match crate::sysmod::sys_attr("stdout") {
            Some(f) if !is_none(&f) => f,
            _ => return Ok(none()),
        },
    };
    let write = protocol::getattr_str(&file, "write")?;
    for (i, x) in args.positional().iter().enumerate() {
        if i > 0 {
            protocol::call1(&write, sep.clone())?;
        }
        protocol::call1(&write, protocol::str(x)?)?;
    }
    protocol::call1(&write, end)?;
    if flush {
        protocol::call_method(&file, "flush", &[])?;
    }
    Ok(none())
}

fn b_repr(_m: &Value, args: Args) -> PyResult {
    protocol::repr(args.one("repr")?)
}

fn b_round(_m: &Value, args: Args) -> PyResult {
    let [number, ndigits] = args.parse("round", ["number", "ndigits"], 0, 1, 2)?;
    let number = number.expect("required");
    let args: Vec<Value> = ndigits.filter(|n| !is_none(n)).into_iter().collect();
    protocol::call_dunder(&number, "__round__", &args)?.ok_or_else(|| {
        type_error(format!(
            "type {} doesn't define __round__ method",
            protocol::type_name(&number)
        ))
    })
}

fn b_sorted(_m: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    }
    let list = List::from_vec(protocol::collect(&pos[0])?);
    let sort = protocol::getattr_str(&list, "sort")?;
    let kw = &args.values[pos.len()..];
    protocol::call(&sort, kw, args.kwnames)?;
    Ok(list)
}

fn exact_float(v: &Value) -> Option<f64> {
    v.downcast_exact::<ouro_objects::float::Float>()
        .map(|f| f.0)
}

/// Neumaier's compensated addition (CPython 3.12+ `sum` of floats).
fn neumaier(s: &mut f64, c: &mut f64, v: f64) {
    let t = *s + v;
    if s.abs() >= v.abs() {
        *c += (*s - t) + v;
    } else {
        *c += (v - t) + *s;
    }
    *s = t;
}

fn b_sum(_m: &Value, args: Args) -> PyResult {
    let [iterable, start] = args.parse("sum", ["", "start"], 1, 1, 2)?;
    let iterable = iterable.expect("required");
    let mut acc = start.unwrap_or_else(|| int::from_i64(0));
    if acc.downcast::<PyStr>().is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if acc.downcast::<ouro_objects::bytes::Bytes>().is_some() {
        return Err(type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    let it = protocol::iter(&iterable)?;
    loop {
        if let Some(a) = exact_float(&acc) {
            let (mut s, mut c) = (a, 0.0);
            let mut leftover = None;
            while let Some(x) = protocol::next(&it)? {
                match exact_float(&x).or_else(|| x.as_small_int().map(|i| i as f64)) {
                    Some(v) => neumaier(&mut s, &mut c, v),
                    None => {
                        leftover = Some(x);
                        break;
                    }
                }
            }
            // Infinities and NaN must not be perturbed by the compensation.
            acc = ouro_objects::float::new(if c.is_finite() { s + c } else { s });
            match leftover {
                None => return Ok(acc),
                Some(x) => acc = protocol::binary_op(&acc, &x, ouro_objects::typeobj::NbOp::Add)?,
            }
            continue;
        }
        match protocol::next(&it)? {
            None => return Ok(acc),
            Some(x) => acc = protocol::binary_op(&acc, &x, ouro_objects::typeobj::NbOp::Add)?,
        }
    }
}

fn b_vars(_m: &Value, args: Args) -> PyResult {
    let a = args.range("vars", "vars", 0, 1)?;
    match a.first() {
        None => b_locals_value(),
        Some(x) => protocol::getattr_opt(x, &intern("__dict__"))?
            .ok_or_else(|| type_error("vars() argument must have __dict__ attribute")),
    }
}

fn b_locals_value() -> PyResult {
    let meta =
        crate::frame::nth_meta(0).ok_or_else(|| ouro_objects::err::system_error("no frame"))?;
    crate::frame::locals_of(&meta)
}

fn b_locals(_m: &Value, args: Args) -> PyResult {
    args.none("locals")?;
    b_locals_value()
}

fn b_globals(_m: &Value, args: Args) -> PyResult {
    args.none("globals")?;
    crate::frame::current_globals().ok_or_else(|| ouro_objects::err::system_error("no frame"))
}

fn b_dir(_m: &Value, args: Args) -> PyResult {
    let a = args.range("dir", "dir", 0, 1)?;
    let names = match a.first() {
        None => {
            let l = b_locals_value()?;
            protocol::collect(&protocol::call_method(&l, "keys", &[])?)?
        }
        Some(x) => {
            let names = protocol::call_dunder(x, "__dir__", &[])?
                .ok_or_else(|| type_error("object does not provide __dir__"))?;
            protocol::collect(&names)?
        }
    };
    let list = List::from_vec(names);
    protocol::call_method(&list, "sort", &[])?;
    Ok(list)
}

fn b_build_class(_m: &Value, args: Args) -> PyResult {
    crate::classes::build_class(args)
}

fn b_exec(_m: &Value, args: Args) -> PyResult {
    crate::compilefn::exec_or_eval(args, "exec")
}

fn b_eval(_m: &Value, args: Args) -> PyResult {
    crate::compilefn::exec_or_eval(args, "eval")
}

fn b_compile(_m: &Value, args: Args) -> PyResult {
    crate::compilefn::compile_builtin(args)
}

fn b_input(_m: &Value, args: Args) -> PyResult {
    let a = args.range("input", "input", 0, 1)?;
    crate::sysmod::input(a.first())
}

fn b_import(_m: &Value, args: Args) -> PyResult {
    crate::import::builtin_import(args)
}

fn b_aiter(_m: &Value, args: Args) -> PyResult {
    crate::generator::aiter(args.one("aiter")?)
}

fn b_anext(_m: &Value, args: Args) -> PyResult {
    let a = args.range("anext", "anext", 1, 2)?;
    let Some(awaitable) = protocol::call_dunder(&a[0], "__anext__", &[])? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            protocol::type_name(&a[0])
        )));
    };
    match a.get(1) {
        None => Ok(awaitable),
        Some(default) => Ok(crate::generator::anext_awaitable(
            awaitable,
            default.clone(),
        )),
    }
}

macro_rules! functions {
    ($($name:literal => $f:ident, $doc:literal;)*) => {
        static FUNCTIONS: &[MethodDef] = &[$(MethodDef::new($name, $f, $doc)),*];
    };
}

functions! {
    "__build_class__" => b_build_class, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.";
    "__import__" => b_import, "__import__($module, /, name, globals=None, locals=None, fromlist=(), level=0)\n--\n\nImport a module.";
    "abs" => b_abs, "abs($module, x, /)\n--\n\nReturn the absolute value of the argument.";
    "aiter" => b_aiter, "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable object.";
    "all" => b_all, "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.";
    "anext" => b_anext, "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\nReturn the next item from the async iterator.";
    "any" => b_any, "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.";
    "ascii" => b_ascii, "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object.";
    "bin" => b_bin, "bin($module, number, /)\n--\n\nReturn the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'";
    "callable" => b_callable, "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind of function).";
    "chr" => b_chr, "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.";
    "compile" => b_compile, "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object that can be executed by exec() or eval().";
    "delattr" => b_delattr, "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object.";
    "dir" => b_dir, "dir([object]) -> list of strings";
    "divmod" => b_divmod, "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x.";
    "eval" => b_eval, "eval($module, source, /, globals=None, locals=None)\n--\n\nEvaluate the given source in the context of globals and locals.";
    "exec" => b_exec, "exec($module, source, /, globals=None, locals=None, *, closure=None)\n--\n\nExecute the given source in the context of globals and locals.";
    "format" => b_format, "format($module, value, format_spec='', /)\n--\n\nReturn type(value).__format__(value, format_spec)";
    "getattr" => b_getattr, "getattr(object, name[, default]) -> value";
    "globals" => b_globals, "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global variables.";
    "hasattr" => b_hasattr, "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with the given name.";
    "hash" => b_hash, "hash($module, obj, /)\n--\n\nReturn the hash value for the given object.";
    "hex" => b_hex, "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'";
    "id" => b_id, "id($module, obj, /)\n--\n\nReturn the identity of an object.";
    "input" => b_input, "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing newline is stripped.";
    "isinstance" => b_isinstance, "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an object is an instance of a class or of a subclass thereof.";
    "issubclass" => b_issubclass, "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from another class or is the same class.";
    "iter" => b_iter, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator";
    "len" => b_len, "len($module, obj, /)\n--\n\nReturn the number of items in a container.";
    "locals" => b_locals, "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local variables.";
    "max" => b_max, "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value";
    "min" => b_min, "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value";
    "next" => b_next, "next(iterator[, default])\n\nReturn the next item from the iterator.";
    "oct" => b_oct, "oct($module, number, /)\n--\n\nReturn the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'";
    "ord" => b_ord, "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character string.";
    "pow" => b_pow, "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments";
    "print" => b_print, "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\nPrints the values to a stream, or to sys.stdout by default.";
    "repr" => b_repr, "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object.";
    "round" => b_round, "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given precision in decimal digits.";
    "setattr" => b_setattr, "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object to the specified value.";
    "sorted" => b_sorted, "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list containing all items from the iterable in ascending order.";
    "sum" => b_sum, "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers";
    "vars" => b_vars, "vars([object]) -> dictionary";
}

/// Types the builtins module exposes by name.
fn builtin_types() -> Vec<(&'static str, &'static PyObj<TypeObject>)> {
    use ouro_objects::*;
    vec![
        ("bool", &bool::BOOL_TYPE),
        ("bytearray", &bytearray::BYTEARRAY_TYPE),
        ("bytes", &bytes::BYTES_TYPE),
        ("classmethod", &functype::CLASSMETHOD_TYPE),
        ("complex", &complex::COMPLEX_TYPE),
        ("dict", &dict::DICT_TYPE),
        ("enumerate", &enumerate::ENUMERATE_TYPE),
        ("filter", &filter::FILTER_TYPE),
        ("map", &map::MAP_TYPE),
        ("memoryview", &memoryview::MEMORYVIEW_TYPE),
        ("range", &range::RANGE_TYPE),
        ("reversed", &reversed::REVERSED_TYPE),
        ("zip", &zip::ZIP_TYPE),
        ("float", &float::FLOAT_TYPE),
        ("frozenset", &set::FROZENSET_TYPE),
        ("int", &int::INT_TYPE),
        ("list", &list::LIST_TYPE),
        ("object", &typeobj::OBJECT_TYPE),
        ("property", &functype::PROPERTY_TYPE),
        ("set", &set::SET_TYPE),
        ("slice", &slice::SLICE_TYPE),
        ("staticmethod", &functype::STATICMETHOD_TYPE),
        ("str", &str::STR_TYPE),
        ("super", &crate::superobj::SUPER_TYPE),
        ("tuple", &tuple::TUPLE_TYPE),
        ("type", &typeobj::TYPE_TYPE),
    ]
}

/// Builds the `builtins` module.
pub fn make_module() -> Value {
    let m = Module::new("builtins");
    let module = m.downcast::<Module>().expect("module");
    module.set(
        "__doc__",
        PyStr::new("Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in value is also being redefined."),
    );
    let name = PyStr::new("builtins");
    for def in FUNCTIONS {
        module.set(
            def.name,
            BuiltinFunction::module_function(def, m.clone(), name.clone()),
        );
    }
    for (n, ty) in builtin_types() {
        module.set(n, TypeRef::from_static(ty).into_value());
    }
    for ty in exceptions::all_exception_types() {
        module.set(&ty.payload().name(), TypeRef::from_static(ty).into_value());
    }
    module.set(
        "EnvironmentError",
        TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
    );
    module.set(
        "IOError",
        TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
    );
    let open = crate::io::module()
        .downcast::<Module>()
        .and_then(|io| io.get("open"))
        .expect("_io.open");
    module.set("open", open);
    module.set("None", none());
    module.set("Ellipsis", ouro_objects::none::ellipsis());
    module.set("NotImplemented", ouro_objects::none::not_implemented());
    module.set("True", pybool::py_bool(true));
    module.set("False", pybool::py_bool(false));
    module.set("__debug__", pybool::py_bool(true));
    m
}
