//! `decimal.Decimal`: construction and conversion of operands, the number slots, comparison and
//! hashing; mirrors _decimal.c's PyDecType_From*, convert_op*, nm_* and dec_richcompare/dec_hash.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::GetSetDef;
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error, value_error};
use ouro_objects::none::{is_none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, UnaryOp, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, float, hash, int};

use super::context::{self, add_status, context_arg, current, run};
use super::number::{
    self, CLAMPED, CONVERSION_SYNTAX, Ctx, Dec, FLOAT_OPERATION, INEXACT, INVALID_OPERATION, Kind,
    ROUNDED, Round, fix, from_f64, to_string,
};
use super::{arith, transcend};

pub struct PyDecimal {
    pub d: Dec,
}

builtin_type!(pub static DECIMAL_TYPE: PyDecimal = TypeSpec {
    name: "decimal.Decimal",
    doc: Some("Decimal(value='0', context=None)\n--\n\nConstruct a new Decimal object. 'value' can be an integer, string, tuple,\nor another Decimal object. If no value is given, return Decimal('0'). The\ncontext does not affect the conversion and is only passed to determine if\nthe InvalidOperation trap is active.\n\n"),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(decimal_new),
        repr: Some(decimal_repr),
        str: Some(decimal_str),
        hash: Some(decimal_hash),
        richcompare: Some(decimal_richcompare),
        bool: Some(|v| Ok(!this(v).is_zero())),
        pow3: Some(decimal_pow3),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Add, |a, b| binop(a, b, arith::add))
    .with_number(NbOp::Subtract, |a, b| binop(a, b, arith::sub))
    .with_number(NbOp::Multiply, |a, b| binop(a, b, arith::mul))
    .with_number(NbOp::TrueDivide, |a, b| binop(a, b, arith::div))
    .with_number(NbOp::FloorDivide, |a, b| binop(a, b, arith::divint))
    .with_number(NbOp::Remainder, |a, b| binop(a, b, arith::rem))
    .with_number(NbOp::Power, |a, b| binop(a, b, transcend::power))
    .with_unary(UnaryOp::Negative, |v| unop(v, arith::minus))
    .with_unary(UnaryOp::Positive, |v| unop(v, arith::plus))
    .with_unary(UnaryOp::Absolute, |v| unop(v, arith::abs))
    .with_unary(UnaryOp::Int, |v| to_int(v, Round::Down))
    .with_unary(UnaryOp::Float, decimal_float),
    methods: super::methods::DECIMAL_METHODS,
    getsets: &[
        GetSetDef::getter("real", |v| Ok(v.clone())),
        GetSetDef::getter("imag", |_| Ok(new_dec(Dec::zero(false, 0)))),
    ],
    ..TypeSpec::DEFAULT
});

pub fn new_dec(d: Dec) -> Value {
    alloc_typed(&TypeRef::from_static(&DECIMAL_TYPE), PyDecimal { d })
}

pub fn dec_of(v: &Value) -> Option<&Dec> {
    v.downcast::<PyDecimal>().map(|p| &p.d)
}

pub fn this(v: &Value) -> &Dec {
    &v.downcast::<PyDecimal>()
        .expect("Decimal method on a Decimal")
        .d
}

/// An operand for arithmetic: a Decimal or an int (`convert_op`'s NOT_IMPL mode).
pub fn convert_op(v: &Value) -> Option<Dec> {
    if let Some(d) = dec_of(v) {
        return Some(d.clone());
    }
    int::as_int(v).map(|i| Dec::from_bigint(&i.to_bigint()))
}

/// `convert_op_raise`: other types are a TypeError.
pub fn convert_raise(v: &Value) -> PyResult<Dec> {
    convert_op(v).ok_or_else(|| {
        type_error(format!(
            "conversion from {} to Decimal is not supported",
            protocol::type_name(v)
        ))
    })
}

fn binop(a: &Value, b: &Value, f: super::methods::Binary) -> PyResult {
    let (Some(x), Some(y)) = (convert_op(a), convert_op(b)) else {
        return Ok(not_implemented());
    };
    let cv = current()?;
    Ok(new_dec(run(&cv, |c, st| f(&x, &y, c, st))?))
}

fn unop(v: &Value, f: super::methods::Unary) -> PyResult {
    let cv = current()?;
    Ok(new_dec(run(&cv, |c, st| f(this(v), c, st))?))
}

fn decimal_pow3(a: &Value, b: &Value, m: &Value) -> PyResult {
    if is_none(m) {
        return binop(a, b, transcend::power);
    }
    let (Some(x), Some(y), Some(z)) = (convert_op(a), convert_op(b), convert_op(m)) else {
        return Ok(not_implemented());
    };
    let cv = current()?;
    Ok(new_dec(run(&cv, |c, st| {
        transcend::power_mod(&x, &y, &z, c, st)
    })?))
}

/// `divmod(a, b)` for `__divmod__` (`reflected == false`) and `__rdivmod__`.
pub fn divmod_values(a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(y)) = (convert_op(a), convert_op(b)) else {
        return Ok(not_implemented());
    };
    let cv = current()?;
    let (q, r) = run(&cv, |c, st| arith::divmod(&x, &y, c, st))?;
    Ok(Tuple::new(vec![new_dec(q), new_dec(r)]))
}

// ---- construction ----

/// Text to parse: whitespace stripped, underscores dropped, Unicode digits made ASCII.
fn clean_text(s: &PyStr) -> Option<String> {
    if let Some(text) = s.as_ascii_str()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
    {
        return Some(text.to_owned());
    }
    let cps = s.code_points();
    let is_space = |c: &u32| ouro_unicode::is_space(*c);
    let start = cps.iter().position(|c| !is_space(c)).unwrap_or(cps.len());
    let end = cps
        .iter()
        .rposition(|c| !is_space(c))
        .map_or(start, |e| e + 1);
    let mut out = String::with_capacity(end - start);
    for &c in &cps[start..end] {
        if c == u32::from('_') {
            continue;
        }
        if c < 128 {
            out.push(char::from_u32(c)?);
        } else if let Some(d) = ouro_unicode::decimal_value(c) {
            out.push(char::from_digit(d, 10)?);
        } else {
            return None;
        }
    }
    Some(out)
}

/// A string's exact value; syntax errors and out-of-range exponents are InvalidOperation.
fn from_str_exact(s: &PyStr, status: &mut u32) -> Dec {
    let Some(d) = clean_text(s).and_then(|t| number::parse(&t)) else {
        *status |= CONVERSION_SYNTAX;
        return Dec::nan();
    };
    let mut st = 0;
    let fixed = fix(d, &Ctx::max(), &mut st);
    if st & (INEXACT | ROUNDED | CLAMPED) != 0 {
        *status |= INVALID_OPERATION;
        return Dec::nan();
    }
    fixed
}

/// A string rounded to the context (`create_decimal`).
fn from_str_ctx(s: &PyStr, ctx: &Ctx, status: &mut u32) -> Dec {
    let Some(d) = clean_text(s).and_then(|t| number::parse(&t)) else {
        *status |= CONVERSION_SYNTAX;
        return Dec::nan();
    };
    round_to_ctx(d, ctx, status)
}

fn round_to_ctx(d: Dec, ctx: &Ctx, status: &mut u32) -> Dec {
    if d.is_nan() && !d.coef.is_zero() && d.digits() > ctx.prec - i64::from(ctx.clamp) {
        *status |= CONVERSION_SYNTAX;
        return Dec::nan();
    }
    fix(d, ctx, status)
}

fn tuple_error(msg: &str) -> PyErr {
    value_error(msg)
}

/// `Decimal((sign, digits, exponent))`.
fn from_tuple(v: &Value) -> PyResult<Dec> {
    let items = protocol::collect(v)?;
    if items.len() != 3 {
        return Err(tuple_error("argument must be a sequence of length 3"));
    }
    let sign = int::as_int(&items[0])
        .and_then(|i| i.to_i64())
        .filter(|s| *s == 0 || *s == 1);
    let Some(sign) = sign.filter(|_| int::is_int(&items[0])) else {
        return Err(tuple_error("sign must be an integer with the value 0 or 1"));
    };
    let neg = sign == 1;
    let exp_v = &items[2];
    let kind = if let Some(s) = exp_v.downcast::<PyStr>() {
        match s.to_string_lossy().as_str() {
            "F" => Kind::Inf,
            "n" => Kind::NaN,
            "N" => Kind::SNaN,
            _ => {
                return Err(tuple_error(
                    "string argument in the third position must be 'F', 'n' or 'N'",
                ));
            }
        }
    } else if int::is_int(exp_v) {
        Kind::Finite
    } else {
        return Err(tuple_error("exponent must be an integer"));
    };
    if kind == Kind::Inf {
        return Ok(Dec::inf(neg));
    }
    let digits_v = &items[1];
    if digits_v.downcast::<Tuple>().is_none()
        && digits_v.downcast::<ouro_objects::list::List>().is_none()
    {
        return Err(tuple_error("coefficient must be a tuple of digits"));
    }
    let mut text = String::new();
    for d in protocol::collect(digits_v)? {
        match int::as_int(&d).and_then(|i| i.to_i64()) {
            Some(x @ 0..=9) => text.push(char::from(b'0' + x as u8)),
            _ => return Err(tuple_error("coefficient must be a tuple of digits")),
        }
    }
    let coef: BigUint = if text.is_empty() {
        BigUint::zero()
    } else {
        text.parse().unwrap_or_default()
    };
    if kind != Kind::Finite {
        return Ok(Dec {
            neg,
            kind,
            coef,
            exp: 0,
        });
    }
    let exp = int::as_int(exp_v)
        .and_then(|i| i.to_i64())
        .unwrap_or(i64::MAX / 4)
        .clamp(i64::MIN / 4, i64::MAX / 4);
    Ok(Dec::finite(neg, coef, exp))
}

/// Any accepted constructor argument, exactly (Decimal(value)).
fn from_object_exact(v: &Value, cv: &Value) -> PyResult<Dec> {
    if let Some(d) = dec_of(v) {
        return Ok(d.clone());
    }
    if let Some(s) = v.downcast::<PyStr>() {
        let mut status = 0;
        let d = from_str_exact(s, &mut status);
        add_status(cv, status)?;
        return Ok(d);
    }
    if let Some(i) = int::as_int(v) {
        return Ok(Dec::from_bigint(&i.to_bigint()));
    }
    if let Some(f) = float::as_f64(v) {
        add_status(cv, FLOAT_OPERATION)?;
        return Ok(from_f64(f));
    }
    if v.downcast::<Tuple>().is_some() || v.downcast::<ouro_objects::list::List>().is_some() {
        let d = from_tuple(v)?;
        let mut status = 0;
        let fixed = if d.is_special() {
            d
        } else {
            fix(d, &Ctx::max(), &mut status)
        };
        add_status(cv, status & (INVALID_OPERATION | CONVERSION_SYNTAX))?;
        return Ok(fixed);
    }
    Err(type_error(format!(
        "conversion from {} to Decimal is not supported",
        protocol::type_name(v)
    )))
}

/// `Context.create_decimal(num)`: converted, then rounded to the context.
pub fn create_decimal(cv: &Value, v: Option<&Value>) -> PyResult {
    let ctx = context::ctx_of(cv).ok_or_else(|| super::internal("create_decimal"))?;
    let mut status = 0;
    let d = match v {
        None => Dec::zero(false, 0),
        Some(v) if is_none(v) => Dec::zero(false, 0),
        Some(v) => {
            if let Some(s) = v.downcast::<PyStr>() {
                from_str_ctx(s, &ctx, &mut status)
            } else if let Some(f) = float::as_f64(v) {
                status |= FLOAT_OPERATION;
                round_to_ctx(from_f64(f), &ctx, &mut status)
            } else {
                let exact = from_object_exact(v, cv)?;
                round_to_ctx(exact, &ctx, &mut status)
            }
        }
    };
    add_status(cv, status)?;
    Ok(new_dec(d))
}

fn decimal_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [value, context] =
        Args::new(args, kwnames).parse("Decimal", ["value", "context"], 0, 0, 2)?;
    let cv = context_arg(context)?;
    let d = match value {
        None => Dec::zero(false, 0),
        Some(v) => from_object_exact(&v, &cv)?,
    };
    Ok(alloc_typed(ty, PyDecimal { d }))
}

/// A Decimal of class `cls` (CPython calls a subclass with the exact Decimal).
pub fn of_class(cls: &Value, d: Dec) -> PyResult {
    let v = new_dec(d);
    if cls.is(&DECIMAL_TYPE.value()) {
        return Ok(v);
    }
    protocol::call1(cls, v)
}

pub fn from_float_value(v: &Value) -> PyResult<Dec> {
    if let Some(i) = int::as_int(v) {
        return Ok(Dec::from_bigint(&i.to_bigint()));
    }
    float::as_f64(v)
        .map(from_f64)
        .ok_or_else(|| type_error("argument must be int or float"))
}

// ---- representation ----

pub fn sci_string(d: &Dec, cv: Option<&Value>) -> PyResult<String> {
    let caps = match cv {
        Some(c) => context::ctx_of(c).is_none_or(|c| c.capitals),
        None => context::ctx_of(&current()?).is_none_or(|c| c.capitals),
    };
    Ok(to_string(d, false, caps))
}

fn decimal_str(v: &Value) -> PyResult {
    Ok(PyStr::new(&sci_string(this(v), None)?))
}

fn decimal_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&format!(
        "Decimal('{}')",
        sci_string(this(v), None)?
    )))
}

fn decimal_float(v: &Value) -> PyResult {
    let d = this(v);
    match d.kind {
        Kind::SNaN => Err(value_error("cannot convert signaling NaN to float")),
        Kind::NaN => Ok(float::new(if d.neg { -f64::NAN } else { f64::NAN })),
        _ => {
            let s = to_string(d, false, true);
            Ok(float::new(s.parse::<f64>().unwrap_or(f64::NAN)))
        }
    }
}

/// `int()`, `math.floor`, `math.ceil`, `math.trunc` and `round()` with no digits.
pub fn to_int(v: &Value, round: Round) -> PyResult {
    let d = this(v);
    match d.kind {
        Kind::NaN | Kind::SNaN => Err(value_error("cannot convert NaN to integer")),
        Kind::Inf => Err(overflow_error("cannot convert Infinity to integer")),
        Kind::Finite => Ok(int::from_bigint(arith::to_bigint(d, round))),
    }
}

// ---- hashing and comparison ----

fn decimal_hash(v: &Value) -> PyResult<i64> {
    let d = this(v);
    match d.kind {
        Kind::SNaN => Err(type_error("Cannot hash a signaling NaN value")),
        Kind::NaN => Ok(hash::hash_f64(f64::NAN, v.word())),
        Kind::Inf => Ok(if d.neg { -hash::INF } else { hash::INF }),
        Kind::Finite => {
            let m = BigUint::from(hash::MODULUS);
            let ten = BigUint::from(10u32);
            let exp_hash = if d.exp >= 0 {
                ten.modpow(&BigUint::from(d.exp as u64), &m)
            } else {
                let inv = ten.modpow(&BigUint::from(hash::MODULUS - 2), &m);
                inv.modpow(&BigUint::from(d.exp.unsigned_abs()), &m)
            };
            let h = ((&d.coef % &m) * exp_hash % &m).to_i64().unwrap_or(0);
            let h = if d.neg { -h } else { h };
            Ok(if h == -1 { -2 } else { h })
        }
    }
}

/// The other operand of a comparison as a decimal, or None for NotImplemented.
/// Fractions compare exactly: `a` is scaled by the denominator instead.
fn compare_operand(a: &Dec, b: &Value, op: CompareOp, cv: &Value) -> PyResult<Option<(Dec, Dec)>> {
    if let Some(d) = convert_op(b) {
        return Ok(Some((a.clone(), d)));
    }
    let eq_ne = matches!(op, CompareOp::Eq | CompareOp::Ne);
    let float_value = if let Some(f) = float::as_f64(b) {
        Some(f)
    } else if let Some(c) = b.downcast::<ouro_objects::complex::Complex>() {
        if !eq_ne || c.im != 0.0 {
            return Ok(None);
        }
        Some(c.re)
    } else {
        None
    };
    if let Some(f) = float_value {
        if eq_ne {
            context::add_flag_quietly(cv, FLOAT_OPERATION);
        } else {
            add_status(cv, FLOAT_OPERATION)?;
        }
        return Ok(Some((a.clone(), from_f64(f))));
    }
    if is_rational(b)? {
        let num = int::as_int(&protocol::getattr_str(b, "numerator")?)
            .map(|i| i.to_bigint().into_owned());
        let den = int::as_int(&protocol::getattr_str(b, "denominator")?)
            .map(|i| i.to_bigint().into_owned());
        let (Some(num), Some(den)) = (num, den) else {
            return Ok(None);
        };
        let scaled = if a.is_special() {
            a.clone()
        } else {
            Dec::finite(a.neg, &a.coef * den.magnitude(), a.exp)
        };
        return Ok(Some((scaled, Dec::from_bigint(&num))));
    }
    Ok(None)
}

fn is_rational(b: &Value) -> PyResult<bool> {
    let numbers = protocol::import_module("numbers")?;
    let rational = protocol::getattr_str(&numbers, "Rational")?;
    let builtins = protocol::import_module("builtins")?;
    let isinstance = protocol::getattr_str(&builtins, "isinstance")?;
    protocol::is_true(&protocol::call(&isinstance, &[b.clone(), rational], None)?)
}

fn decimal_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let cv = current()?;
    let Some((x, y)) = compare_operand(this(a), b, op, &cv)? else {
        return Ok(not_implemented());
    };
    if x.is_nan() || y.is_nan() {
        let signals = x.kind == Kind::SNaN
            || y.kind == Kind::SNaN
            || !matches!(op, CompareOp::Eq | CompareOp::Ne);
        if signals {
            add_status(&cv, INVALID_OPERATION)?;
        }
        return Ok(pybool::py_bool(op == CompareOp::Ne));
    }
    let o = number::cmp(&x, &y);
    let r = match op {
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
    };
    Ok(pybool::py_bool(r))
}

/// `as_integer_ratio()`.
pub fn integer_ratio(d: &Dec) -> PyResult<(BigInt, BigInt)> {
    match d.kind {
        Kind::NaN | Kind::SNaN => return Err(value_error("cannot convert NaN to integer ratio")),
        Kind::Inf => return Err(overflow_error("cannot convert Infinity to integer ratio")),
        Kind::Finite => {}
    }
    if d.exp >= 0 {
        return Ok((
            d.signed_coef() * BigInt::from(number::pow10(d.exp as u64)),
            BigInt::from(1),
        ));
    }
    if d.coef.is_zero() {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    // The gcd with 10**k is 2**i * 5**j: cancel those factors instead of a huge gcd.
    let k = d.exp.unsigned_abs();
    let mut c = d.coef.clone();
    let twos = c.trailing_zeros().unwrap_or(0).min(k);
    c >>= twos;
    let mut fives = 0;
    let five = BigUint::from(5u32);
    while fives < k {
        let (q, r) = c.div_rem(&five);
        if !r.is_zero() {
            break;
        }
        c = q;
        fives += 1;
    }
    let den = (BigUint::from(1u32) << (k - twos))
        * five.pow(u32::try_from(k - fives).unwrap_or(u32::MAX));
    let n = BigInt::from(c);
    Ok((if d.neg { -n } else { n }, BigInt::from(den)))
}
