//! `_operator`: the operators as functions, and `attrgetter`, `itemgetter`, `methodcaller`; mirrors Modules/_operator.c.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::int::{self, from_usize};
use ouro_objects::none::{is_none, is_not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::{self as pystr, PyStr};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, TypeObject, UnaryOp, flags};
use ouro_objects::{PyObj, TypeRef, Value, builtin_type, bytes, exceptions};

pub static MODULE: ModuleDef = ModuleDef {
    name: "_operator",
    doc: "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
    functions: &[
        MethodDef::new(
            "_compare_digest",
            compare_digest,
            "_compare_digest($module, a, b, /)\n--\n\nReturn 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.",
        ),
        MethodDef::new("abs", op_abs, "abs($module, a, /)\n--\n\nSame as abs(a)."),
        MethodDef::new("add", op_add, "add($module, a, b, /)\n--\n\nSame as a + b."),
        MethodDef::new(
            "and_",
            op_and,
            "and_($module, a, b, /)\n--\n\nSame as a & b.",
        ),
        MethodDef::new(
            "call",
            op_call,
            "call($module, obj, /, *args, **kwargs)\n--\n\nSame as obj(*args, **kwargs).",
        ),
        MethodDef::new(
            "concat",
            op_concat,
            "concat($module, a, b, /)\n--\n\nSame as a + b, for a and b sequences.",
        ),
        MethodDef::new(
            "contains",
            op_contains,
            "contains($module, a, b, /)\n--\n\nSame as b in a (note reversed operands).",
        ),
        MethodDef::new(
            "countOf",
            op_count_of,
            "countOf($module, a, b, /)\n--\n\nReturn the number of items in a which are, or which equal, b.",
        ),
        MethodDef::new(
            "delitem",
            op_delitem,
            "delitem($module, a, b, /)\n--\n\nSame as del a[b].",
        ),
        MethodDef::new("eq", op_eq, "eq($module, a, b, /)\n--\n\nSame as a == b."),
        MethodDef::new(
            "floordiv",
            op_floordiv,
            "floordiv($module, a, b, /)\n--\n\nSame as a // b.",
        ),
        MethodDef::new("ge", op_ge, "ge($module, a, b, /)\n--\n\nSame as a >= b."),
        MethodDef::new(
            "getitem",
            op_getitem,
            "getitem($module, a, b, /)\n--\n\nSame as a[b].",
        ),
        MethodDef::new("gt", op_gt, "gt($module, a, b, /)\n--\n\nSame as a > b."),
        MethodDef::new(
            "iadd",
            op_iadd,
            "iadd($module, a, b, /)\n--\n\nSame as a += b.",
        ),
        MethodDef::new(
            "iand",
            op_iand,
            "iand($module, a, b, /)\n--\n\nSame as a &= b.",
        ),
        MethodDef::new(
            "iconcat",
            op_iconcat,
            "iconcat($module, a, b, /)\n--\n\nSame as a += b, for a and b sequences.",
        ),
        MethodDef::new(
            "ifloordiv",
            op_ifloordiv,
            "ifloordiv($module, a, b, /)\n--\n\nSame as a //= b.",
        ),
        MethodDef::new(
            "ilshift",
            op_ilshift,
            "ilshift($module, a, b, /)\n--\n\nSame as a <<= b.",
        ),
        MethodDef::new(
            "imatmul",
            op_imatmul,
            "imatmul($module, a, b, /)\n--\n\nSame as a @= b.",
        ),
        MethodDef::new(
            "imod",
            op_imod,
            "imod($module, a, b, /)\n--\n\nSame as a %= b.",
        ),
        MethodDef::new(
            "imul",
            op_imul,
            "imul($module, a, b, /)\n--\n\nSame as a *= b.",
        ),
        MethodDef::new(
            "index",
            op_index,
            "index($module, a, /)\n--\n\nSame as a.__index__()",
        ),
        MethodDef::new(
            "indexOf",
            op_index_of,
            "indexOf($module, a, b, /)\n--\n\nReturn the first index of b in a.",
        ),
        MethodDef::new("inv", op_inv, "inv($module, a, /)\n--\n\nSame as ~a."),
        MethodDef::new(
            "invert",
            op_invert,
            "invert($module, a, /)\n--\n\nSame as ~a.",
        ),
        MethodDef::new(
            "ior",
            op_ior,
            "ior($module, a, b, /)\n--\n\nSame as a |= b.",
        ),
        MethodDef::new(
            "ipow",
            op_ipow,
            "ipow($module, a, b, /)\n--\n\nSame as a **= b.",
        ),
        MethodDef::new(
            "irshift",
            op_irshift,
            "irshift($module, a, b, /)\n--\n\nSame as a >>= b.",
        ),
        MethodDef::new("is_", op_is, "is_($module, a, b, /)\n--\n\nSame as a is b."),
        MethodDef::new(
            "is_none",
            op_is_none,
            "is_none($module, a, /)\n--\n\nSame as a is None.",
        ),
        MethodDef::new(
            "is_not",
            op_is_not,
            "is_not($module, a, b, /)\n--\n\nSame as a is not b.",
        ),
        MethodDef::new(
            "is_not_none",
            op_is_not_none,
            "is_not_none($module, a, /)\n--\n\nSame as a is not None.",
        ),
        MethodDef::new(
            "isub",
            op_isub,
            "isub($module, a, b, /)\n--\n\nSame as a -= b.",
        ),
        MethodDef::new(
            "itruediv",
            op_itruediv,
            "itruediv($module, a, b, /)\n--\n\nSame as a /= b.",
        ),
        MethodDef::new(
            "ixor",
            op_ixor,
            "ixor($module, a, b, /)\n--\n\nSame as a ^= b.",
        ),
        MethodDef::new("le", op_le, "le($module, a, b, /)\n--\n\nSame as a <= b."),
        MethodDef::new(
            "length_hint",
            op_length_hint,
            "length_hint($module, obj, default=0, /)\n--\n\nReturn an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.",
        ),
        MethodDef::new(
            "lshift",
            op_lshift,
            "lshift($module, a, b, /)\n--\n\nSame as a << b.",
        ),
        MethodDef::new("lt", op_lt, "lt($module, a, b, /)\n--\n\nSame as a < b."),
        MethodDef::new(
            "matmul",
            op_matmul,
            "matmul($module, a, b, /)\n--\n\nSame as a @ b.",
        ),
        MethodDef::new("mod", op_mod, "mod($module, a, b, /)\n--\n\nSame as a % b."),
        MethodDef::new("mul", op_mul, "mul($module, a, b, /)\n--\n\nSame as a * b."),
        MethodDef::new("ne", op_ne, "ne($module, a, b, /)\n--\n\nSame as a != b."),
        MethodDef::new("neg", op_neg, "neg($module, a, /)\n--\n\nSame as -a."),
        MethodDef::new("not_", op_not, "not_($module, a, /)\n--\n\nSame as not a."),
        MethodDef::new("or_", op_or, "or_($module, a, b, /)\n--\n\nSame as a | b."),
        MethodDef::new("pos", op_pos, "pos($module, a, /)\n--\n\nSame as +a."),
        MethodDef::new(
            "pow",
            op_pow,
            "pow($module, a, b, /)\n--\n\nSame as a ** b.",
        ),
        MethodDef::new(
            "rshift",
            op_rshift,
            "rshift($module, a, b, /)\n--\n\nSame as a >> b.",
        ),
        MethodDef::new(
            "setitem",
            op_setitem,
            "setitem($module, a, b, c, /)\n--\n\nSame as a[b] = c.",
        ),
        MethodDef::new("sub", op_sub, "sub($module, a, b, /)\n--\n\nSame as a - b."),
        MethodDef::new(
            "truediv",
            op_truediv,
            "truediv($module, a, b, /)\n--\n\nSame as a / b.",
        ),
        MethodDef::new(
            "truth",
            op_truth,
            "truth($module, a, /)\n--\n\nReturn True if a is true, False otherwise.",
        ),
        MethodDef::new("xor", op_xor, "xor($module, a, b, /)\n--\n\nSame as a ^ b."),
    ],
    types,
    init,
};

fn init(_module: &Value) -> PyResult<()> {
    crate::heaptype::list_module_in_dict(&types());
    Ok(())
}

fn types() -> Vec<&'static PyObj<TypeObject>> {
    vec![&ATTRGETTER_TYPE, &ITEMGETTER_TYPE, &METHODCALLER_TYPE]
}

/// The two positional arguments of a binary operator function.
fn two<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.range(name, name, 2, 2)
}

fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&args.range(name, name, 1, 1)?[0])
}

macro_rules! binary_ops {
    ($($fname:ident, $pyname:literal, $op:ident;)*) => {
        $(fn $fname(_module: &Value, args: Args) -> PyResult {
            let a = two(&args, $pyname)?;
            protocol::binary_op(&a[0], &a[1], NbOp::$op)
        })*
    };
}

binary_ops! {
    op_add, "add", Add;
    op_and, "and_", And;
    op_floordiv, "floordiv", FloorDivide;
    op_lshift, "lshift", Lshift;
    op_matmul, "matmul", MatrixMultiply;
    op_mod, "mod", Remainder;
    op_mul, "mul", Multiply;
    op_or, "or_", Or;
    op_pow, "pow", Power;
    op_rshift, "rshift", Rshift;
    op_sub, "sub", Subtract;
    op_truediv, "truediv", TrueDivide;
    op_xor, "xor", Xor;
}

macro_rules! inplace_ops {
    ($($fname:ident, $pyname:literal, $op:ident;)*) => {
        $(fn $fname(_module: &Value, args: Args) -> PyResult {
            let a = two(&args, $pyname)?;
            protocol::inplace_op(&a[0], &a[1], NbOp::$op)
        })*
    };
}

inplace_ops! {
    op_iadd, "iadd", Add;
    op_iand, "iand", And;
    op_ifloordiv, "ifloordiv", FloorDivide;
    op_ilshift, "ilshift", Lshift;
    op_imatmul, "imatmul", MatrixMultiply;
    op_imod, "imod", Remainder;
    op_imul, "imul", Multiply;
    op_ior, "ior", Or;
    op_ipow, "ipow", Power;
    op_irshift, "irshift", Rshift;
    op_isub, "isub", Subtract;
    op_itruediv, "itruediv", TrueDivide;
    op_ixor, "ixor", Xor;
}

macro_rules! comparisons {
    ($($fname:ident, $pyname:literal, $op:ident;)*) => {
        $(fn $fname(_module: &Value, args: Args) -> PyResult {
            let a = two(&args, $pyname)?;
            protocol::richcompare(&a[0], &a[1], CompareOp::$op)
        })*
    };
}

comparisons! {
    op_lt, "lt", Lt;
    op_le, "le", Le;
    op_eq, "eq", Eq;
    op_ne, "ne", Ne;
    op_ge, "ge", Ge;
    op_gt, "gt", Gt;
}

macro_rules! unary_ops {
    ($($fname:ident, $pyname:literal, $op:ident;)*) => {
        $(fn $fname(_module: &Value, args: Args) -> PyResult {
            protocol::unary_op(one(&args, $pyname)?, UnaryOp::$op)
        })*
    };
}

unary_ops! {
    op_abs, "abs", Absolute;
    op_inv, "inv", Invert;
    op_invert, "invert", Invert;
    op_neg, "neg", Negative;
    op_pos, "pos", Positive;
}

fn op_not(_module: &Value, args: Args) -> PyResult {
    Ok(py_bool(!protocol::is_true(one(&args, "not_")?)?))
}

fn op_truth(_module: &Value, args: Args) -> PyResult {
    Ok(py_bool(protocol::is_true(one(&args, "truth")?)?))
}

fn op_index(_module: &Value, args: Args) -> PyResult {
    protocol::index(one(&args, "index")?)
}

fn op_is(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "is_")?;
    Ok(py_bool(a[0].is(&a[1])))
}

fn op_is_not(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "is_not")?;
    Ok(py_bool(!a[0].is(&a[1])))
}

fn op_is_none(_module: &Value, args: Args) -> PyResult {
    Ok(py_bool(is_none(one(&args, "is_none")?)))
}

fn op_is_not_none(_module: &Value, args: Args) -> PyResult {
    Ok(py_bool(!is_none(one(&args, "is_not_none")?)))
}

/// `PySequence_Check`: indexable and not a dict.
fn is_sequence(v: &Value) -> bool {
    v.type_obj().payload().slots.getitem.get().is_some()
        && v.downcast::<ouro_objects::dict::Dict>().is_none()
}

fn not_concatenable(v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object can't be concatenated",
        protocol::type_name(v)
    ))
}

fn op_concat(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "concat")?;
    if !is_sequence(&a[0]) {
        return Err(not_concatenable(&a[0]));
    }
    protocol::binary_op(&a[0], &a[1], NbOp::Add)
}

fn op_iconcat(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "iconcat")?;
    if !is_sequence(&a[0]) {
        return Err(not_concatenable(&a[0]));
    }
    protocol::inplace_op(&a[0], &a[1], NbOp::Add)
}

fn op_contains(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "contains")?;
    Ok(py_bool(protocol::contains(&a[0], &a[1])?))
}

fn op_count_of(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "countOf")?;
    let it = protocol::iter(&a[0])?;
    let mut n = 0usize;
    while let Some(x) = protocol::next(&it)? {
        if x.is(&a[1]) || protocol::richcompare_bool(&x, &a[1], CompareOp::Eq)? {
            n += 1;
        }
    }
    Ok(from_usize(n))
}

fn op_index_of(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "indexOf")?;
    let it = protocol::iter(&a[0])?;
    let mut i = 0usize;
    while let Some(x) = protocol::next(&it)? {
        if x.is(&a[1]) || protocol::richcompare_bool(&x, &a[1], CompareOp::Eq)? {
            return Ok(from_usize(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn op_getitem(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "getitem")?;
    protocol::getitem(&a[0], &a[1])
}

fn op_setitem(_module: &Value, args: Args) -> PyResult {
    let a = args.range("setitem", "setitem", 3, 3)?;
    protocol::setitem(&a[0], &a[1], Some(&a[2]))?;
    Ok(ouro_objects::none::none())
}

fn op_delitem(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "delitem")?;
    protocol::setitem(&a[0], &a[1], None)?;
    Ok(ouro_objects::none::none())
}

/// `PyObject_LengthHint`: `len()` if the type has one, else
/// `__length_hint__`, else the default.
fn op_length_hint(_module: &Value, args: Args) -> PyResult {
    let a = args.range("length_hint", "length_hint", 1, 2)?;
    let default = match a.get(1) {
        Some(d) => {
            if !int::is_int(d) {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    protocol::type_name(d)
                )));
            }
            protocol::index_as_isize(d)?
        }
        None => 0,
    };
    let obj = &a[0];
    if obj.type_obj().payload().slots.len.get().is_some() {
        match protocol::len(obj) {
            Ok(n) => return Ok(from_usize(n)),
            Err(e) if e.matches(&exceptions::TYPE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    let hint = match protocol::call_dunder(obj, "__length_hint__", &[]) {
        Ok(Some(h)) => h,
        Ok(None) => return Ok(int::from_i64(default as i64)),
        Err(e) if e.matches(&exceptions::TYPE_ERROR) => return Ok(int::from_i64(default as i64)),
        Err(e) => return Err(e),
    };
    if is_not_implemented(&hint) {
        return Ok(int::from_i64(default as i64));
    }
    if !int::is_int(&hint) {
        return Err(type_error(format!(
            "__length_hint__ must be an integer, not {}",
            protocol::type_name(&hint)
        )));
    }
    let n = protocol::index_as_isize(&hint)?;
    if n < 0 {
        return Err(value_error("__length_hint__() should return >= 0"));
    }
    Ok(hint)
}

fn op_call(_module: &Value, args: Args) -> PyResult {
    let Some((f, _)) = args.positional().split_first() else {
        return Err(type_error("call expected at least 1 argument, got 0"));
    };
    protocol::call(f, &args.values[1..], args.kwnames)
}

/// `_compare_digest(a, b)`: equality of ASCII strs or bytes-like objects in
/// time that depends on the length only.
fn compare_digest(_module: &Value, args: Args) -> PyResult {
    let a = two(&args, "_compare_digest")?;
    let (x, y) = (&a[0], &a[1]);
    let (left, right) = match (x.downcast::<PyStr>(), y.downcast::<PyStr>()) {
        (Some(s), Some(t)) => {
            let (Some(s), Some(t)) = (s.as_ascii_str(), t.as_ascii_str()) else {
                return Err(type_error(
                    "comparing strings with non-ASCII characters is not supported",
                ));
            };
            (s.as_bytes().to_vec(), t.as_bytes().to_vec())
        }
        _ => {
            let (l, r) = (bytes::as_bytes_like(x), bytes::as_bytes_like(y));
            if l.is_none() && r.is_none() {
                return Err(type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    protocol::type_name(x),
                    protocol::type_name(y)
                )));
            }
            (bytes::bytes_from_object(x)?, bytes::bytes_from_object(y)?)
        }
    };
    Ok(py_bool(constant_time_eq(&left, &right)))
}

/// Compares every byte of `b` whatever the outcome, like CPython's `_tscmp`.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    let left = if a.len() == b.len() { a } else { b };
    for (x, y) in left.iter().zip(b) {
        diff |= x ^ y;
    }
    diff == 0
}

fn vectorcall_offset(_v: &Value) -> PyResult {
    Ok(from_usize(2 * std::mem::size_of::<usize>()))
}

/// The `__text_signature__` member CPython's heap types declare: instances have none.
fn no_signature(_v: &Value) -> PyResult {
    Ok(ouro_objects::none::none())
}

fn readonly(_v: &Value, _x: Option<&Value>) -> PyResult<()> {
    Err(PyErr::new(
        &exceptions::ATTRIBUTE_ERROR,
        "readonly attribute",
    ))
}

/// The positional arguments of a getter call: exactly one, no keywords.
fn getter_operand<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: Option<&'a Value>,
) -> PyResult<&'a Value> {
    let a = Args::new(args, kwnames);
    a.no_keywords(name)?;
    Ok(&a.range(name, name, 1, 1)?[0])
}

fn type_repr_name(v: &Value) -> String {
    v.type_obj().payload().tp_name().to_string()
}

// ---- attrgetter ----

/// Each attribute as its dotted parts (interned).
pub struct AttrGetter {
    paths: Vec<Vec<Value>>,
}

fn attrgetter_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("attrgetter")?;
    let names = a.positional();
    if names.is_empty() {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(names.len());
    for n in names {
        let Some(s) = n.downcast::<PyStr>() else {
            return Err(type_error("attribute name must be a string"));
        };
        let text = s.to_string_lossy();
        paths.push(text.split('.').map(pystr::intern).collect());
    }
    Ok(alloc_typed(ty, AttrGetter { paths }))
}

fn attrgetter_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let obj = getter_operand("attrgetter", args, kwnames)?;
    let g = v.downcast::<AttrGetter>().expect("attrgetter");
    let fetch = |path: &Vec<Value>| -> PyResult {
        let mut cur = obj.clone();
        for part in path {
            cur = protocol::getattr(&cur, part)?;
        }
        Ok(cur)
    };
    if let [only] = g.paths.as_slice() {
        return fetch(only);
    }
    Ok(Tuple::new(
        g.paths.iter().map(fetch).collect::<PyResult<Vec<_>>>()?,
    ))
}

fn dotted(path: &[Value]) -> PyResult<Value> {
    let parts = path
        .iter()
        .map(protocol::str_string)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyStr::new(&parts.join(".")))
}

fn attrgetter_names(v: &Value) -> PyResult<Vec<Value>> {
    let g = v.downcast::<AttrGetter>().expect("attrgetter");
    g.paths.iter().map(|p| dotted(p)).collect()
}

fn attrgetter_repr(v: &Value) -> PyResult {
    let Some(_guard) = ouro_objects::reprguard::enter(v) else {
        return Ok(PyStr::new("..."));
    };
    let names = attrgetter_names(v)?
        .iter()
        .map(protocol::repr_string)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyStr::new(&format!(
        "{}({})",
        type_repr_name(v),
        names.join(", ")
    )))
}

fn attrgetter_reduce(v: &Value, args: Args) -> PyResult {
    args.none("attrgetter.__reduce__")?;
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(attrgetter_names(v)?),
    ]))
}

/// `attrgetter_traverse`.
fn attrgetter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(g) = v.downcast::<AttrGetter>() {
        for name in g.paths.iter().flatten() {
            visit(name);
        }
    }
}

builtin_type!(pub static ATTRGETTER_TYPE: AttrGetter = TypeSpec {
    name: "operator.attrgetter",
    doc: Some("attrgetter(attr, /, *attrs)\n--\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last)."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(attrgetter_traverse), repr: Some(attrgetter_repr), call: Some(attrgetter_call), new: Some(attrgetter_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reduce__", attrgetter_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling")],
    getsets: &[
        GetSetDef::member("__vectorcalloffset__", vectorcall_offset, Some(readonly)),
        GetSetDef::member("__text_signature__", no_signature, Some(readonly)),
    ],
    ..TypeSpec::DEFAULT
});

// ---- itemgetter ----

pub struct ItemGetter {
    items: Vec<Value>,
}

fn itemgetter_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("itemgetter")?;
    if a.positional().is_empty() {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(alloc_typed(
        ty,
        ItemGetter {
            items: a.positional().to_vec(),
        },
    ))
}

fn itemgetter_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let obj = getter_operand("itemgetter", args, kwnames)?;
    let g = v.downcast::<ItemGetter>().expect("itemgetter");
    if let [only] = g.items.as_slice() {
        return protocol::getitem(obj, only);
    }
    let items = g
        .items
        .iter()
        .map(|k| protocol::getitem(obj, k))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Tuple::new(items))
}

fn itemgetter_repr(v: &Value) -> PyResult {
    let Some(_guard) = ouro_objects::reprguard::enter(v) else {
        return Ok(PyStr::new("..."));
    };
    let g = v.downcast::<ItemGetter>().expect("itemgetter");
    let items = g
        .items
        .iter()
        .map(protocol::repr_string)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyStr::new(&format!(
        "{}({})",
        type_repr_name(v),
        items.join(", ")
    )))
}

fn itemgetter_reduce(v: &Value, args: Args) -> PyResult {
    args.none("itemgetter.__reduce__")?;
    let g = v.downcast::<ItemGetter>().expect("itemgetter");
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::from_slice(&g.items),
    ]))
}

/// `itemgetter_traverse`.
fn itemgetter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(g) = v.downcast::<ItemGetter>() {
        for item in &g.items {
            visit(item);
        }
    }
}

builtin_type!(pub static ITEMGETTER_TYPE: ItemGetter = TypeSpec {
    name: "operator.itemgetter",
    doc: Some("itemgetter(item, /, *items)\n--\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(itemgetter_traverse), repr: Some(itemgetter_repr), call: Some(itemgetter_call), new: Some(itemgetter_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reduce__", itemgetter_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling")],
    getsets: &[
        GetSetDef::member("__vectorcalloffset__", vectorcall_offset, Some(readonly)),
        GetSetDef::member("__text_signature__", no_signature, Some(readonly)),
    ],
    ..TypeSpec::DEFAULT
});

// ---- methodcaller ----

pub struct MethodCaller {
    name: Value,
    args: Vec<Value>,
    keywords: Vec<(Value, Value)>,
}

fn methodcaller_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let Some((name, rest)) = a.positional().split_first() else {
        return Err(type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error("method name must be a string"));
    }
    Ok(alloc_typed(
        ty,
        MethodCaller {
            name: pystr::intern_value(name),
            args: rest.to_vec(),
            keywords: a.keywords(),
        },
    ))
}

fn methodcaller_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let obj = getter_operand("methodcaller", args, kwnames)?;
    let m = v.downcast::<MethodCaller>().expect("methodcaller");
    let method = protocol::getattr(obj, &m.name)?;
    let mut call_args = m.args.clone();
    call_args.extend(m.keywords.iter().map(|(_, x)| x.clone()));
    let names = (!m.keywords.is_empty())
        .then(|| Tuple::new(m.keywords.iter().map(|(k, _)| k.clone()).collect()));
    protocol::call(&method, &call_args, names.as_ref())
}

fn methodcaller_repr(v: &Value) -> PyResult {
    let Some(_guard) = ouro_objects::reprguard::enter(v) else {
        return Ok(PyStr::new("..."));
    };
    let m = v.downcast::<MethodCaller>().expect("methodcaller");
    let mut parts = vec![protocol::repr_string(&m.name)?];
    for x in &m.args {
        parts.push(protocol::repr_string(x)?);
    }
    for (k, x) in &m.keywords {
        parts.push(format!(
            "{}={}",
            protocol::str_string(k)?,
            protocol::repr_string(x)?
        ));
    }
    Ok(PyStr::new(&format!(
        "{}({})",
        type_repr_name(v),
        parts.join(", ")
    )))
}

/// Without keywords `(type, (name, *args))`; with them a `partial` of the
/// type carries the keywords.
fn methodcaller_reduce(v: &Value, args: Args) -> PyResult {
    args.none("methodcaller.__reduce__")?;
    let m = v.downcast::<MethodCaller>().expect("methodcaller");
    if m.keywords.is_empty() {
        let mut items = vec![m.name.clone()];
        items.extend(m.args.iter().cloned());
        return Ok(Tuple::new(vec![v.type_value(), Tuple::new(items)]));
    }
    let mut pargs = vec![v.type_value(), m.name.clone()];
    pargs.extend(m.keywords.iter().map(|(_, x)| x.clone()));
    let names = Tuple::new(m.keywords.iter().map(|(k, _)| k.clone()).collect());
    let partial_type = crate::functools::PARTIAL_TYPE.value();
    ouro_objects::typeobj::ready(&crate::functools::PARTIAL_TYPE);
    let ctor = protocol::call(&partial_type, &pargs, Some(&names))?;
    Ok(Tuple::new(vec![ctor, Tuple::from_slice(&m.args)]))
}

/// `methodcaller_traverse`.
fn methodcaller_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(m) = v.downcast::<MethodCaller>() {
        visit(&m.name);
        for arg in &m.args {
            visit(arg);
        }
        for (key, value) in &m.keywords {
            visit(key);
            visit(value);
        }
    }
}

builtin_type!(pub static METHODCALLER_TYPE: MethodCaller = TypeSpec {
    name: "operator.methodcaller",
    doc: Some("methodcaller(name, /, *args, **kwargs)\n--\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1)."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(methodcaller_traverse), repr: Some(methodcaller_repr), call: Some(methodcaller_call), new: Some(methodcaller_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reduce__", methodcaller_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling")],
    getsets: &[
        GetSetDef::member("__vectorcalloffset__", vectorcall_offset, Some(readonly)),
        GetSetDef::member("__text_signature__", no_signature, Some(readonly)),
    ],
    ..TypeSpec::DEFAULT
});
