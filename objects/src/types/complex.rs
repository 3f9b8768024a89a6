//! `complex`: pairs of doubles with Python's arithmetic, repr and parsing; mirrors Objects/complexobject.c.

use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::GetSetDef;
use crate::err::{PyResult, type_error, zero_division};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::typeobj::{NbOp, SlotDefs, UnaryOp, flags};

pub struct Complex {
    pub re: f64,
    pub im: f64,
}

pub fn new(re: f64, im: f64) -> Value {
    Ref::new(Complex { re, im }).into_value()
}

/// A complex, float or int operand as (re, im); `None` for other types.
pub fn operand(v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = v.downcast::<Complex>() {
        return Ok(Some((c.re, c.im)));
    }
    if let Some(f) = crate::float::as_f64(v) {
        return Ok(Some((f, 0.0)));
    }
    match crate::int::as_int(v) {
        Some(i) => Ok(Some((crate::int::to_f64(&i)?, 0.0))),
        None => Ok(None),
    }
}

/// `repr(complex)`: `(re+imj)`, or `imj` when the real part is +0.
pub fn repr_complex(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let r = crate::float::repr_f64(x);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt(im));
    }
    let sign = if im.is_sign_negative() || (im.is_nan() && im.is_sign_negative()) {
        "-"
    } else {
        "+"
    };
    format!("({}{sign}{}j)", fmt(re), fmt(im.abs()))
}

fn this(v: &Value) -> (f64, f64) {
    let c = v.downcast::<Complex>().expect("complex");
    (c.re, c.im)
}

fn complex_repr(v: &Value) -> PyResult {
    let (re, im) = this(v);
    Ok(PyStr::new(&repr_complex(re, im)))
}

fn complex_hash(v: &Value) -> PyResult<i64> {
    let (re, im) = this(v);
    let hr = crate::hash::hash_f64(re, v.word()) as u64;
    let hi = crate::hash::hash_f64(im, v.word()) as u64;
    Ok(crate::hash::fix_hash(
        hr.wrapping_add(hi.wrapping_mul(1_000_003)) as i64,
    ))
}

fn complex_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let x = this(a);
    let Some(y) = operand(b)? else {
        return Ok(not_implemented());
    };
    Ok(crate::bool::py_bool((x == y) == (op == CompareOp::Eq)))
}

macro_rules! complex_binop {
    ($name:ident, |$a:ident, $b:ident| $body:expr) => {
        fn $name(x: &Value, y: &Value) -> PyResult {
            let (Some($a), Some($b)) = (operand(x)?, operand(y)?) else {
                return Ok(not_implemented());
            };
            $body
        }
    };
}

complex_binop!(complex_add, |a, b| Ok(new(a.0 + b.0, a.1 + b.1)));
complex_binop!(complex_sub, |a, b| Ok(new(a.0 - b.0, a.1 - b.1)));
complex_binop!(complex_mul, |a, b| Ok(new(
    a.0 * b.0 - a.1 * b.1,
    a.0 * b.1 + a.1 * b.0
)));
complex_binop!(complex_div, |a, b| {
    let (re, im) = divide(a, b)?;
    Ok(new(re, im))
});
complex_binop!(complex_pow, |a, b| {
    let (re, im) = pow(a, b)?;
    Ok(new(re, im))
});

/// `_Py_c_quot`: Smith's algorithm.
pub fn divide(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    if br == 0.0 && bi == 0.0 {
        return Err(zero_division("division by zero"));
    }
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if bi.abs() >= br.abs() {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`.
pub fn pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_division("zero to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        // Repeated multiplication for small integer powers (c_powi).
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = (
                    result.0 * base.0 - result.1 * base.1,
                    result.0 * base.1 + result.1 * base.0,
                );
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            e >>= 1;
        }
        return if n < 0 {
            divide((1.0, 0.0), result)
        } else {
            Ok(result)
        };
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn complex_neg(v: &Value) -> PyResult {
    let (re, im) = this(v);
    Ok(new(-re, -im))
}

fn complex_pos(v: &Value) -> PyResult {
    let (re, im) = this(v);
    Ok(new(re, im))
}

fn complex_abs(v: &Value) -> PyResult {
    let (re, im) = this(v);
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(crate::err::overflow_error("absolute value too large"));
    }
    Ok(crate::float::new(r))
}

fn complex_bool(v: &Value) -> PyResult<bool> {
    let (re, im) = this(v);
    Ok(re != 0.0 || im != 0.0)
}

/// `__complex__` of `v`, checked (`try_complex_special_method`).
fn complex_special(v: &Value) -> PyResult<Option<Value>> {
    let Some(r) = protocol::call_dunder(v, "__complex__", &[])? else {
        return Ok(None);
    };
    if r.downcast_exact::<Complex>().is_some() {
        return Ok(Some(r));
    }
    if r.downcast::<Complex>().is_none() {
        return Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            protocol::type_name(&r)
        )));
    }
    crate::warnings::deprecation(&format!(
        "__complex__ returned non-complex (type {}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.",
        protocol::type_name(&r)
    ))?;
    Ok(Some(r))
}

/// Whether `v` can be a part of a complex number: a complex, or a type with
/// `__float__` or `__index__`.
fn is_real_part(v: &Value) -> bool {
    v.downcast::<Complex>().is_some()
        || v.type_obj().payload().slots.unary[UnaryOp::Float as usize]
            .get()
            .is_some()
        || protocol::has_index(v)
}

/// `complex_new_impl` in Objects/complexobject.c.
fn complex_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [real, imag] =
        crate::args::Args::new(args, kwnames).parse("complex", ["real", "imag"], 0, 0, 2)?;
    let real = real.unwrap_or_else(|| crate::int::from_i64(0));
    if imag.is_none() && ty.is_static(&COMPLEX_TYPE) && real.downcast_exact::<Complex>().is_some() {
        return Ok(real);
    }
    if let Some(s) = real.downcast::<PyStr>() {
        if imag.is_some() {
            return Err(type_error(
                "complex() argument 'real' must be a real number, not str",
            ));
        }
        let (re, im) = parse(&s.to_string_lossy())
            .ok_or_else(|| crate::err::value_error("complex() arg is a malformed string"))?;
        return Ok(of_type(ty, re, im));
    }
    let real = complex_special(&real)?.unwrap_or(real);
    if !is_real_part(&real) {
        return Err(type_error(match imag {
            Some(_) => format!(
                "complex() argument 'real' must be a real number, not {}",
                protocol::type_name(&real)
            ),
            None => format!(
                "complex() argument must be a string or a number, not {}",
                protocol::type_name(&real)
            ),
        }));
    }
    if let Some(i) = &imag
        && !is_real_part(i)
    {
        return Err(type_error(format!(
            "complex() argument 'imag' must be a real number, not {}",
            protocol::type_name(i)
        )));
    }
    let (mut re, mut im) = match real.downcast::<Complex>() {
        Some(c) => {
            if imag.is_some() {
                crate::warnings::deprecation(
                    "complex() argument 'real' must be a real number, not complex",
                )?;
            }
            (c.re, c.im)
        }
        None => (crate::float::float_of(&real)?, 0.0),
    };
    let real_is_complex = real.downcast::<Complex>().is_some();
    if let Some(i) = &imag {
        let (ire, iim) = match i.downcast::<Complex>() {
            Some(c) => {
                crate::warnings::deprecation(
                    "complex() argument 'imag' must be a real number, not complex",
                )?;
                (c.re, c.im)
            }
            None => (crate::float::float_of(i)?, 0.0),
        };
        re -= iim;
        im = if real_is_complex { im + ire } else { ire };
    }
    Ok(of_type(ty, re, im))
}

/// A complex of type `ty` (complex or a subclass).
fn of_type(ty: &TypeRef, re: f64, im: f64) -> Value {
    if ty.is_static(&COMPLEX_TYPE) {
        new(re, im)
    } else {
        alloc_typed(ty, Complex { re, im })
    }
}

/// Parses `complex(text)`.
pub fn parse(text: &str) -> Option<(f64, f64)> {
    let t = text.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        if body.is_empty() || body == "+" {
            return Some((0.0, 1.0));
        }
        if body == "-" {
            return Some((0.0, -1.0));
        }
        // Split at the last sign that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => {
                let re = crate::float::parse_float(&body[..i])?;
                let imag = &body[i..];
                let im = match imag {
                    "+" => 1.0,
                    "-" => -1.0,
                    _ => crate::float::parse_float(imag)?,
                };
                Some((re, im))
            }
            None => Some((0.0, crate::float::parse_float(body)?)),
        };
    }
    Some((crate::float::parse_float(t)?, 0.0))
}

fn get_real(v: &Value) -> PyResult {
    Ok(crate::float::new(this(v).0))
}

fn get_imag(v: &Value) -> PyResult {
    Ok(crate::float::new(this(v).1))
}

fn complex_conjugate(v: &Value, args: crate::args::Args) -> PyResult {
    args.none("complex.conjugate")?;
    let (re, im) = this(v);
    Ok(new(re, -im))
}

fn complex_getnewargs(v: &Value, args: crate::args::Args) -> PyResult {
    args.none("complex.__getnewargs__")?;
    let (re, im) = this(v);
    Ok(crate::tuple::Tuple::new(vec![
        crate::float::new(re),
        crate::float::new(im),
    ]))
}

builtin_type!(pub static COMPLEX_TYPE: Complex = TypeSpec {
    name: "complex",
    doc: Some("complex(real=0, imag=0)\n--\n\nCreate a complex number from a string or numbers.\n\nIf a string is given, parse it as a complex number.\nIf a single number is given, convert it to a complex number.\nIf the 'real' or 'imag' arguments are given, create a complex number\nwith the specified real and imaginary components."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(complex_repr),
        hash: Some(complex_hash),
        richcompare: Some(complex_richcompare),
        bool: Some(complex_bool),
        new: Some(complex_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Add, complex_add)
    .with_number(NbOp::Subtract, complex_sub)
    .with_number(NbOp::Multiply, complex_mul)
    .with_number(NbOp::TrueDivide, complex_div)
    .with_number(NbOp::Power, complex_pow)
    .with_unary(UnaryOp::Negative, complex_neg)
    .with_unary(UnaryOp::Positive, complex_pos)
    .with_unary(UnaryOp::Absolute, complex_abs),
    methods: &[
        crate::descr::MethodDef::new("conjugate", complex_conjugate, "conjugate($self, /)\n--\n\nReturn the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."),
        crate::descr::MethodDef::new("__getnewargs__", complex_getnewargs, "__getnewargs__($self, /)\n--\n\n"),
    ],
    getsets: &[GetSetDef::member("real", get_real, None), GetSetDef::member("imag", get_imag, None)],
    ..TypeSpec::DEFAULT
});
