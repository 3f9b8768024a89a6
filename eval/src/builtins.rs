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

/// `object_recursive_isinstance` in Objects/abstract.c.
fn isinstance_bool(obj: &Value, cls: &Value) -> PyResult<bool> {
    if obj.type_value().is(cls) {
        return Ok(true);
    }
    if is_exact_type(cls) {
        return object_isinstance(obj, cls);
    }
    let cls = union_args(cls);
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
        let bound = protocol::descr_get(&check, Some(&cls), &cls.type_value())?;
        return protocol::is_true(&protocol::call1(&bound, obj.clone())?);
    }
    object_isinstance(obj, &cls)
}

fn is_exact_type(v: &Value) -> bool {
    std::ptr::eq(v.type_obj(), &ouro_objects::typeobj::TYPE_TYPE)
}

/// A union's member types as a tuple (`_Py_union_args`), anything else as is.
fn union_args(cls: &Value) -> Value {
    match cls.downcast::<ouro_objects::types::union::Union>() {
        Some(u) => u.args.clone(),
        None => cls.clone(),
    }
}

/// `object_isinstance`: the type test, then `__class__` (proxies), or the
/// `__bases__` protocol for class-like objects.
fn object_isinstance(obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<TypeObject>() {
        if obj.type_obj().payload().is_subtype(t) {
            return Ok(true);
        }
        return match protocol::getattr_opt(obj, &intern("__class__"))? {
            Some(c) if !c.is(&obj.type_value()) => {
                Ok(c.downcast::<TypeObject>().is_some_and(|c| c.is_subtype(t)))
            }
            _ => Ok(false),
        };
    }
    check_class(
        cls,
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    )?;
    match protocol::getattr_opt(obj, &intern("__class__"))? {
        Some(icls) => abstract_issubclass(&icls, cls),
        None => Ok(false),
    }
}

/// `abstract_get_bases`: `cls.__bases__` when it is a tuple.
fn abstract_bases(cls: &Value) -> PyResult<Option<Value>> {
    Ok(protocol::getattr_opt(cls, &intern("__bases__"))?
        .filter(|b| b.downcast::<Tuple>().is_some()))
}

fn check_class(cls: &Value, msg: &str) -> PyResult<()> {
    match abstract_bases(cls)? {
        Some(_) => Ok(()),
        None => Err(type_error(msg.to_string())),
    }
}

/// `abstract_issubclass`: `derived` reaches `cls` through `__bases__`.
fn abstract_issubclass(derived: &Value, cls: &Value) -> PyResult<bool> {
    let _guard = protocol::enter_recursion(" in __subclasscheck__")?;
    let mut derived = derived.clone();
    loop {
        if derived.is(cls) {
            return Ok(true);
        }
        let Some(bases) = abstract_bases(&derived)? else {
            return Ok(false);
        };
        let bases = bases.downcast::<Tuple>().expect("tuple").to_vec();
        match bases.as_slice() {
            [] => return Ok(false),
            [only] => derived = only.clone(),
            _ => {
                for b in &bases {
                    if abstract_issubclass(b, cls)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

fn b_isinstance(_m: &Value, args: Args) -> PyResult {
    let a = args.range("isinstance", "isinstance", 2, 2)?;
    isinstance(&a[0], &a[1])
}

/// `object_issubclass` in Objects/abstract.c: `issubclass(sub, cls)` with
/// `__subclasscheck__`, tuples and unions.
pub fn issubclass_bool(sub: &Value, cls: &Value) -> PyResult<bool> {
    if is_exact_type(cls) {
        return Ok(sub.is(cls) || recursive_issubclass(sub, cls)?);
    }
    let cls = union_args(cls);
    if let Some(t) = cls.downcast::<Tuple>() {
        let _guard = protocol::enter_recursion(" in __subclasscheck__")?;
        for c in t.iter() {
            if issubclass_bool(sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = cls.type_obj().payload().lookup_str("__subclasscheck__") {
        let _guard = protocol::enter_recursion(" in __subclasscheck__")?;
        let bound = protocol::descr_get(&check, Some(&cls), &cls.type_value())?;
        return protocol::is_true(&protocol::call1(&bound, sub.clone())?);
    }
    recursive_issubclass(sub, &cls)
}

fn recursive_issubclass(sub: &Value, cls: &Value) -> PyResult<bool> {
    if let (Some(s), Some(c)) = (sub.downcast::<TypeObject>(), cls.downcast::<TypeObject>()) {
        return Ok(s.is_subtype(c));
    }
    check_class(sub, "issubclass() arg 1 must be a class")?;
    check_class(
        cls,
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    )?;
    abstract_issubclass(sub, cls)
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
    // The slot itself, so a `StopIteration` it raises (with its value)
    // reaches the caller unless there is a default.
    let iternext = it
        .type_obj()
        .payload()
        .slots
        .iternext
        .get()
        .expect("checked");
    match (iternext(it), a.get(1)) {
        (Ok(Some(v)), _) => Ok(v),
        (Ok(None), Some(d)) => Ok(d.clone()),
        (Ok(None), None) => Err(PyErr::empty(&exceptions::STOP_ITERATION)),
        (Err(e), Some(d)) if e.matches(&exceptions::STOP_ITERATION) => Ok(d.clone()),
        (Err(e), _) => Err(e),
    }
}

fn min_max(args: Args, name: &str, op: CompareOp) -> PyResult {
    let npos = args.positional().len();
    let [key, default] =
        Args::new(&args.values[npos..], args.kwnames).parse(name, ["key", "default"], 0, 0, 0)?;
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
            _ => {
                return Err(ouro_objects::args::unexpected_keyword(
                    "print",
                    &k,
                    &["sep", "end", "file", "flush"],
                ));
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

/// A float total with Neumaier's compensation (`CompensatedSum` in
/// Python/bltinmodule.c).
#[derive(Clone, Copy)]
struct CompensatedSum {
    hi: f64,
    lo: f64,
}

impl CompensatedSum {
    fn new(x: f64) -> CompensatedSum {
        CompensatedSum { hi: x, lo: 0.0 }
    }

    /// `cs_add`.
    fn add(&mut self, x: f64) {
        let t = self.hi + x;
        if self.hi.abs() >= x.abs() {
            self.lo += (self.hi - t) + x;
        } else {
            self.lo += (x - t) + self.hi;
        }
        self.hi = t;
    }

    /// `cs_to_double`: the compensation is added only when it is a nonzero
    /// finite number, keeping a negative zero and infinities as they are.
    fn total(self) -> f64 {
        if self.lo != 0.0 && self.lo.is_finite() {
            self.hi + self.lo
        } else {
            self.hi
        }
    }
}

/// An int item of a float or complex sum, as `PyLong_AsDouble` converts it.
fn int_as_f64(v: &Value) -> PyResult<Option<f64>> {
    int::as_int(v).map(|i| int::to_f64(&i)).transpose()
}

/// `sum()` (`builtin_sum_impl`): float and complex totals are compensated.
fn b_sum(_m: &Value, args: Args) -> PyResult {
    use ouro_objects::typeobj::NbOp::Add;
    let [iterable, start] = args.parse("sum", ["", "start"], 1, 1, 2)?;
    let iterable = iterable.expect("required");
    let mut acc = start.unwrap_or_else(|| int::from_i64(0));
    for (kind, join) in [("strings", "''"), ("bytes", "b''"), ("bytearray", "b''")] {
        let refused = match kind {
            "strings" => acc.downcast::<PyStr>().is_some(),
            "bytes" => acc.downcast::<ouro_objects::bytes::Bytes>().is_some(),
            _ => acc
                .downcast::<ouro_objects::bytearray::ByteArray>()
                .is_some(),
        };
        if refused {
            return Err(type_error(format!(
                "sum() can't sum {kind} [use {join}.join(seq) instead]"
            )));
        }
    }
    let it = protocol::iter(&iterable)?;
    loop {
        if let Some(a) = exact_float(&acc) {
            let mut total = CompensatedSum::new(a);
            let leftover = loop {
                let Some(x) = protocol::next(&it)? else {
                    break None;
                };
                if let Some(v) = exact_float(&x) {
                    total.add(v);
                } else if let Some(v) = int_as_f64(&x)? {
                    total.hi += v;
                } else {
                    break Some(x);
                }
            };
            acc = ouro_objects::float::new(total.total());
            match leftover {
                None => return Ok(acc),
                Some(x) => acc = protocol::binary_op(&acc, &x, Add)?,
            }
            continue;
        }
        if let Some(c) = acc.downcast_exact::<ouro_objects::complex::Complex>() {
            let (mut re, mut im) = (CompensatedSum::new(c.re), CompensatedSum::new(c.im));
            let leftover = loop {
                let Some(x) = protocol::next(&it)? else {
                    break None;
                };
                if let Some(z) = x.downcast_exact::<ouro_objects::complex::Complex>() {
                    re.add(z.re);
                    im.add(z.im);
                } else if let Some(v) = int_as_f64(&x)? {
                    re.hi += v;
                    im.hi += 0.0;
                } else if let Some(v) = ouro_objects::float::as_f64(&x) {
                    re.hi += v;
                    im.hi += 0.0;
                } else {
                    break Some(x);
                }
            };
            acc = ouro_objects::complex::new(re.total(), im.total());
            match leftover {
                None => return Ok(acc),
                Some(x) => acc = protocol::binary_op(&acc, &x, Add)?,
            }
            continue;
        }
        match protocol::next(&it)? {
            None => return Ok(acc),
            Some(x) => acc = protocol::binary_op(&acc, &x, Add)?,
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
    if let Some(own) = comprehension_locals(&meta)? {
        return Ok(own);
    }
    crate::frame::locals_of(&meta)
}

/// Inside a comprehension inlined into a module or class body (PEP 709),
/// `locals()` holds just the frame's fast variables, as CPython's frame
/// proxy shows them while a hidden one is bound.
fn comprehension_locals(meta: &crate::frame::FrameMeta) -> PyResult<Option<Value>> {
    use ouro_objects::code::{co, fast};
    if meta.code.flags & co::OPTIMIZED != 0 {
        return Ok(None);
    }
    let snapshot = meta.extras().fast_snapshot.borrow();
    let Some(values) = snapshot.as_ref() else {
        return Ok(None);
    };
    let kinds = &meta.code.localsplus_kinds;
    if !kinds
        .iter()
        .zip(values)
        .any(|(k, v)| k & fast::HIDDEN != 0 && v.is_some())
    {
        return Ok(None);
    }
    let d = ouro_objects::dict::Dict::new_value();
    let dict = d.downcast::<ouro_objects::dict::Dict>().expect("dict");
    for (name, value) in meta.code.localsplus_names.iter().zip(values) {
        let value = match value {
            Some(v) => match v.downcast::<ouro_objects::functype::Cell>() {
                Some(c) => c.get(),
                None => Some(v.clone()),
            },
            None => None,
        };
        if let Some(v) = value {
            dict.set_item(name.clone(), v)?;
        }
    }
    Ok(Some(d))
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

/// `breakpoint()`: whatever `sys.breakpointhook` does with the arguments.
fn b_breakpoint(_m: &Value, args: Args) -> PyResult {
    let hook = crate::sysmod::sys_attr("breakpointhook")
        .ok_or_else(|| ouro_objects::err::runtime_error("lost sys.breakpointhook"))?;
    protocol::call(&hook, args.values, args.kwnames)
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
    "__import__" => b_import, "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)\n--\n\nImport a module.\n\nBecause this function is meant for use by the Python\ninterpreter and not for general use, it is better to use\nimportlib.import_module() to programmatically import a module.\n\nThe globals argument is only used to determine the context;\nthey are not modified.  The locals argument is unused.  The fromlist\nshould be a list of names to emulate ``from name import ...``, or an\nempty list to emulate ``import name``.\nWhen importing a module from a package, note that __import__('A.B', ...)\nreturns package A when fromlist is empty, but its submodule B when\nfromlist is not empty.  The level argument is used to determine whether to\nperform absolute or relative imports: 0 is absolute, while a positive number\nis the number of parent directories to search relative to the current module.";
    "abs" => b_abs, "abs($module, x, /)\n--\n\nReturn the absolute value of the argument.";
    "aiter" => b_aiter, "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable object.";
    "all" => b_all, "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.";
    "anext" => b_anext, "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\nReturn the next item from the async iterator.\n\nIf default is given and the async iterator is exhausted,\nit is returned instead of raising StopAsyncIteration.";
    "any" => b_any, "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.";
    "ascii" => b_ascii, "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2.";
    "bin" => b_bin, "bin($module, number, /)\n--\n\nReturn the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'";
    "breakpoint" => b_breakpoint, "breakpoint($module, /, *args, **kws)\n--\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\nwhatever arguments are passed.\n\nBy default, this drops you into the pdb debugger.";
    "callable" => b_callable, "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.";
    "chr" => b_chr, "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.";
    "compile" => b_compile, "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object that can be executed by exec() or eval().\n\nThe source code may represent a Python module, statement or expression.\nThe filename will be used for run-time error messages.\nThe mode must be 'exec' to compile a module, 'single' to compile a\nsingle (interactive) statement, or 'eval' to compile an expression.\nThe flags argument, if present, controls which future statements influence\nthe compilation of the code.\nThe dont_inherit argument, if true, stops the compilation inheriting\nthe effects of any future statements in effect in the code calling\ncompile; if absent or false these statements do influence the compilation,\nin addition to any features explicitly specified.";
    "delattr" => b_delattr, "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``";
    "dir" => b_dir, "dir([object]) -> list of strings\n\nIf called without an argument, return the names in the current scope.\nElse, return an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it.\nIf the object supplies a method named __dir__, it will be used; otherwise\nthe default dir() logic is used and returns:\n  for a module object: the module's attributes.\n  for a class object:  its attributes, and recursively the attributes\n    of its bases.\n  for any other object: its attributes, its class's attributes, and\n    recursively the attributes of its class's base classes.";
    "divmod" => b_divmod, "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x.";
    "eval" => b_eval, "eval($module, source, /, globals=None, locals=None)\n--\n\nEvaluate the given source in the context of globals and locals.\n\nThe source may be a string representing a Python expression\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.";
    "exec" => b_exec, "exec($module, source, /, globals=None, locals=None, *, closure=None)\n--\n\nExecute the given source in the context of globals and locals.\n\nThe source may be a string representing one or more Python statements\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.\nThe closure must be a tuple of cellvars, and can only be used\nwhen source is a code object requiring exactly that many cellvars.";
    "format" => b_format, "format($module, value, format_spec='', /)\n--\n\nReturn type(value).__format__(value, format_spec)\n\nMany built-in types implement format_spec according to the\nFormat Specification Mini-language. See help('FORMATTING').\n\nIf type(value) does not supply a method named __format__\nand format_spec is empty, then str(value) is returned.\nSee also help('SPECIALMETHODS').";
    "getattr" => b_getattr, "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case.";
    "globals" => b_globals, "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global variables.\n\nNOTE: Updates to this dictionary *will* affect name lookups in the current\nglobal scope and vice-versa.";
    "hasattr" => b_hasattr, "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and catching AttributeError.";
    "hash" => b_hash, "hash($module, obj, /)\n--\n\nReturn the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true.";
    "hex" => b_hex, "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'";
    "id" => b_id, "id($module, obj, /)\n--\n\nReturn the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)";
    "input" => b_input, "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available.";
    "isinstance" => b_isinstance, "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc.";
    "issubclass" => b_issubclass, "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\nor ...``.";
    "iter" => b_iter, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel.";
    "len" => b_len, "len($module, obj, /)\n--\n\nReturn the number of items in a container.";
    "locals" => b_locals, "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local variables.\n\nNOTE: Whether or not updates to this dictionary will affect name lookups in\nthe local scope and vice-versa is *implementation dependent* and not\ncovered by any backwards compatibility guarantees.";
    "max" => b_max, "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the largest argument.";
    "min" => b_min, "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the smallest argument.";
    "next" => b_next, "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration.";
    "oct" => b_oct, "oct($module, number, /)\n--\n\nReturn the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'";
    "ord" => b_ord, "ord($module, character, /)\n--\n\nReturn the ordinal value of a character.\n\nIf the argument is a one-character string, return the Unicode code\npoint of that character.\n\nIf the argument is a bytes or bytearray object of length 1, return its\nsingle byte value.";
    "pow" => b_pow, "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more efficient algorithm when\ninvoked using the three argument form.";
    "print" => b_print, "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\nPrints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream.";
    "repr" => b_repr, "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.";
    "round" => b_round, "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative.";
    "setattr" => b_setattr, "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``";
    "sorted" => b_sorted, "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order.";
    "sum" => b_sum, "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types.";
    "vars" => b_vars, "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an argument, equivalent to object.__dict__.";
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
