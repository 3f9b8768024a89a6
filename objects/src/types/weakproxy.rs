//! `weakref.ProxyType` and `weakref.CallableProxyType`: weak references that forward every operation to their referent; mirrors the proxy half of Objects/weakrefobject.c.

use crate::args::Args;
use crate::builtin_subtype;
use crate::core::{PyObj, Value};
use crate::descr::MethodDef;
use crate::err::{PyResult, type_error};
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::typeobj::{NbOp, SlotDefs, TypeObject, UnaryOp};
use crate::types::weakref::{
    self, WEAKREF_TYPE, WeakRef, fully_qualified_type_name, reference_error,
};

/// Whether `ty` is one of the two proxy types (they share the basic-proxy
/// place in a weak reference list).
pub fn is_proxy_type(ty: &PyObj<TypeObject>) -> bool {
    std::ptr::eq(ty, &PROXY_TYPE) || std::ptr::eq(ty, &CALLABLE_PROXY_TYPE)
}

/// `UNWRAP`: a proxy's live referent (ReferenceError once it is gone);
/// anything else as it is.
fn unwrap(v: &Value) -> PyResult {
    if !is_proxy_type(v.type_obj()) {
        return Ok(v.clone());
    }
    v.downcast::<WeakRef>()
        .and_then(WeakRef::referent)
        .ok_or_else(reference_error)
}

fn proxy_repr(v: &Value) -> PyResult {
    let text = match v.downcast::<WeakRef>().and_then(WeakRef::referent) {
        Some(obj) => format!(
            "<weakproxy at {:#x}; to '{}' at {:#x}>",
            v.word(),
            fully_qualified_type_name(&obj),
            obj.word()
        ),
        None => format!("<weakproxy at {:#x}; dead>", v.word()),
    };
    Ok(PyStr::new(&text))
}

fn proxy_str(v: &Value) -> PyResult {
    protocol::str(&unwrap(v)?)
}

fn proxy_getattr(v: &Value, name: &Value) -> PyResult {
    protocol::getattr(&unwrap(v)?, name)
}

fn proxy_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    protocol::setattr(&unwrap(v)?, name, value)
}

fn proxy_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    protocol::richcompare(&unwrap(a)?, &unwrap(b)?, op)
}

fn proxy_bool(v: &Value) -> PyResult<bool> {
    protocol::is_true(&unwrap(v)?)
}

fn proxy_iter(v: &Value) -> PyResult {
    protocol::iter(&unwrap(v)?)
}

fn proxy_iternext(v: &Value) -> PyResult<Option<Value>> {
    let obj = unwrap(v)?;
    if obj.type_obj().payload().slots.iternext.get().is_none() {
        return Err(type_error(format!(
            "Weakref proxy referenced a non-iterator '{}' object",
            protocol::type_name(&obj)
        )));
    }
    protocol::iternext(&obj)
}

fn proxy_len(v: &Value) -> PyResult<usize> {
    protocol::len(&unwrap(v)?)
}

fn proxy_getitem(v: &Value, key: &Value) -> PyResult {
    protocol::getitem(&unwrap(v)?, &unwrap(key)?)
}

fn proxy_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    protocol::setitem(&unwrap(v)?, key, value)
}

fn proxy_contains(v: &Value, item: &Value) -> PyResult<bool> {
    protocol::contains(&unwrap(v)?, item)
}

fn proxy_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    protocol::call(&unwrap(v)?, args, kwnames)
}

fn proxy_pow3(a: &Value, b: &Value, m: &Value) -> PyResult {
    protocol::ternary_pow(&unwrap(a)?, &unwrap(b)?, &unwrap(m)?)
}

/// One forwarding function per binary operator and its in-place form
/// (the slot signature does not carry the operator).
macro_rules! number_forwarders {
    ($($op:ident: $binary:ident, $inplace:ident;)*) => {
        $(
            fn $binary(a: &Value, b: &Value) -> PyResult {
                protocol::binary_op(&unwrap(a)?, &unwrap(b)?, NbOp::$op)
            }
            fn $inplace(a: &Value, b: &Value) -> PyResult {
                protocol::inplace_op(&unwrap(a)?, &unwrap(b)?, NbOp::$op)
            }
        )*
        const fn with_number_forwarders(slots: SlotDefs) -> SlotDefs {
            slots
                $(.with_number(NbOp::$op, $binary).with_inplace(NbOp::$op, $inplace))*
        }
    };
}

number_forwarders! {
    Add: proxy_add, proxy_iadd;
    And: proxy_and, proxy_iand;
    FloorDivide: proxy_floordiv, proxy_ifloordiv;
    Lshift: proxy_lshift, proxy_ilshift;
    MatrixMultiply: proxy_matmul, proxy_imatmul;
    Multiply: proxy_mul, proxy_imul;
    Remainder: proxy_mod, proxy_imod;
    Or: proxy_or, proxy_ior;
    Power: proxy_pow, proxy_ipow;
    Rshift: proxy_rshift, proxy_irshift;
    Subtract: proxy_sub, proxy_isub;
    TrueDivide: proxy_truediv, proxy_itruediv;
    Xor: proxy_xor, proxy_ixor;
}

fn proxy_neg(v: &Value) -> PyResult {
    protocol::unary_op(&unwrap(v)?, UnaryOp::Negative)
}

fn proxy_pos(v: &Value) -> PyResult {
    protocol::unary_op(&unwrap(v)?, UnaryOp::Positive)
}

fn proxy_invert(v: &Value) -> PyResult {
    protocol::unary_op(&unwrap(v)?, UnaryOp::Invert)
}

fn proxy_abs(v: &Value) -> PyResult {
    protocol::unary_op(&unwrap(v)?, UnaryOp::Absolute)
}

/// `PyNumber_Long` of the referent: what `int(referent)` gives.
fn proxy_int(v: &Value) -> PyResult {
    protocol::call1(&crate::int::INT_TYPE.value(), unwrap(v)?)
}

fn proxy_float(v: &Value) -> PyResult {
    protocol::call1(&crate::float::FLOAT_TYPE.value(), unwrap(v)?)
}

fn proxy_index(v: &Value) -> PyResult {
    protocol::index(&unwrap(v)?)
}

/// `PyNumber_Divmod` over `__divmod__`/`__rdivmod__`, as `divmod()` does.
fn divmod(x: &Value, y: &Value) -> PyResult {
    for (obj, other, name) in [(x, y, "__divmod__"), (y, x, "__rdivmod__")] {
        if let Some(f) = obj.type_obj().payload().lookup_str(name) {
            let bound = protocol::descr_get(&f, Some(obj), &obj.type_value())?;
            let r = protocol::call1(&bound, other.clone())?;
            if !crate::none::is_not_implemented(&r) {
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

fn proxy_divmod(v: &Value, args: Args) -> PyResult {
    let other = args.one("__divmod__")?;
    divmod(&unwrap(v)?, &unwrap(other)?)
}

fn proxy_rdivmod(v: &Value, args: Args) -> PyResult {
    let other = args.one("__rdivmod__")?;
    divmod(&unwrap(other)?, &unwrap(v)?)
}

fn proxy_bytes(v: &Value, args: Args) -> PyResult {
    args.none("__bytes__")?;
    protocol::call_method(&unwrap(v)?, "__bytes__", &[])
}

fn proxy_reversed(v: &Value, args: Args) -> PyResult {
    args.none("__reversed__")?;
    protocol::call_method(&unwrap(v)?, "__reversed__", &[])
}

const PROXY_SLOTS: SlotDefs = with_number_forwarders(SlotDefs {
    traverse: Some(weakref::weakref_traverse),
    clear: Some(weakref::weakref_clear),
    repr: Some(proxy_repr),
    str: Some(proxy_str),
    unhashable: true,
    richcompare: Some(proxy_richcompare),
    getattro: Some(proxy_getattr),
    setattro: Some(proxy_setattr),
    iter: Some(proxy_iter),
    iternext: Some(proxy_iternext),
    len: Some(proxy_len),
    bool: Some(proxy_bool),
    getitem: Some(proxy_getitem),
    setitem: Some(proxy_setitem),
    contains: Some(proxy_contains),
    pow3: Some(proxy_pow3),
    ..SlotDefs::NONE
})
.with_unary(UnaryOp::Negative, proxy_neg)
.with_unary(UnaryOp::Positive, proxy_pos)
.with_unary(UnaryOp::Invert, proxy_invert)
.with_unary(UnaryOp::Absolute, proxy_abs)
.with_unary(UnaryOp::Int, proxy_int)
.with_unary(UnaryOp::Float, proxy_float)
.with_unary(UnaryOp::Index, proxy_index);

const DIVMOD_DOC: &str = "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value).";
const RDIVMOD_DOC: &str = "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self).";

builtin_subtype!(pub static PROXY_TYPE: WeakRef as WEAKREF_TYPE = TypeSpec {
    name: "weakref.ProxyType",
    slots: PROXY_SLOTS,
    methods: &[
        MethodDef::new("__divmod__", proxy_divmod, DIVMOD_DOC),
        MethodDef::new("__rdivmod__", proxy_rdivmod, RDIVMOD_DOC),
        MethodDef::new("__bytes__", proxy_bytes, "__bytes__($self, /)\n--\n\n"),
        MethodDef::new("__reversed__", proxy_reversed, "__reversed__($self, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static CALLABLE_PROXY_TYPE: WeakRef as WEAKREF_TYPE = TypeSpec {
    name: "weakref.CallableProxyType",
    slots: SlotDefs {
        call: Some(proxy_call),
        ..PROXY_SLOTS
    },
    methods: &[
        MethodDef::new("__divmod__", proxy_divmod, DIVMOD_DOC),
        MethodDef::new("__rdivmod__", proxy_rdivmod, RDIVMOD_DOC),
    ],
    ..TypeSpec::DEFAULT
});
