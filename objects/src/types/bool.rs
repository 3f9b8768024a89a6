//! `bool`: the two immortal instances `True` and `False`, a subclass of `int` that cannot be subclassed; mirrors Objects/boolobject.c.

use crate::builtin_type;
use crate::core::{PyObj, TypeRef, Value};
use crate::err::PyResult;
use crate::none::not_implemented;
use crate::protocol;
use crate::str::PyStr;
use crate::typeobj::{NbOp, SlotDefs, flags};

pub struct Bool(pub bool);

pub static TRUE: PyObj<Bool> = PyObj::immortal(&BOOL_TYPE, Bool(true));
pub static FALSE: PyObj<Bool> = PyObj::immortal(&BOOL_TYPE, Bool(false));

/// `True` or `False`.
pub fn py_bool(b: bool) -> Value {
    if b { TRUE.value() } else { FALSE.value() }
}

fn bool_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(if v.is_static(&TRUE) {
        "True"
    } else {
        "False"
    }))
}

fn bool_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = crate::args::Args::new(args, kwnames);
    a.no_keywords("bool")?;
    let v = a.range("bool", "bool", 0, 1)?;
    Ok(py_bool(match v.first() {
        Some(x) => protocol::is_true(x)?,
        None => false,
    }))
}

fn bool_logic(a: &Value, b: &Value, op: fn(bool, bool) -> bool, int_op: NbOp) -> PyResult {
    match (a.downcast::<Bool>(), b.downcast::<Bool>()) {
        (Some(x), Some(y)) => Ok(py_bool(op(x.0, y.0))),
        _ => {
            let f = crate::int::INT_TYPE.payload().slots.number[int_op as usize].get();
            match f {
                Some(f) => f(a, b),
                None => Ok(not_implemented()),
            }
        }
    }
}

fn bool_and(a: &Value, b: &Value) -> PyResult {
    bool_logic(a, b, |x, y| x & y, NbOp::And)
}

fn bool_or(a: &Value, b: &Value) -> PyResult {
    bool_logic(a, b, |x, y| x | y, NbOp::Or)
}

fn bool_xor(a: &Value, b: &Value) -> PyResult {
    bool_logic(a, b, |x, y| x ^ y, NbOp::Xor)
}

fn bool_invert(v: &Value) -> PyResult {
    crate::warnings::deprecation(
        "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.",
    )?;
    Ok(crate::int::from_i64(!i64::from(v.is_static(&TRUE))))
}

builtin_type!(pub static BOOL_TYPE: Bool = TypeSpec {
    name: "bool",
    doc: Some("Returns True when the argument is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed."),
    base: Some(&crate::int::INT_TYPE),
    flags: flags::LONG_SUBCLASS | flags::IMMUTABLETYPE | flags::MATCH_SELF,
    slots: SlotDefs { repr: Some(bool_repr), new: Some(bool_new), ..SlotDefs::NONE }
        .with_number(NbOp::And, bool_and)
        .with_number(NbOp::Or, bool_or)
        .with_number(NbOp::Xor, bool_xor)
        .with_unary(crate::typeobj::UnaryOp::Invert, bool_invert),
    ..TypeSpec::DEFAULT
});
