//! `float`: IEEE doubles with Python's shortest round-trip repr, exact comparison with ints, floor division and modulus signs, `hex`/`fromhex` and rounding; mirrors Objects/floatobject.c.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyResult, overflow_error, type_error, value_error, zero_division};
use crate::int::{self, IntRef, as_int};
use crate::none::{is_none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{NbOp, SlotDefs, UnaryOp, flags};

pub struct Float(pub f64);

pub fn new(f: f64) -> Value {
    crate::core::alloc_float(Float(f))
}

/// The value of a float (or subclass instance).
pub fn as_f64(v: &Value) -> Option<f64> {
    v.downcast::<Float>().map(|f| f.0)
}

/// A float or int operand as `f64` (`CONVERT_TO_DOUBLE`); `Ok(None)` for
/// other types.
fn to_double(v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_f64(v) {
        return Ok(Some(f));
    }
    match as_int(v) {
        Some(i) => int::to_f64(&i).map(Some),
        None => Ok(None),
    }
}

/// `PyFloat_AsDouble`: floats, `__float__`, then `__index__`.
pub fn float_of(v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if let Some(f) = v.type_obj().payload().slots.unary[UnaryOp::Float as usize].get() {
        let r = f(v)?;
        if as_f64(&r).is_some() && r.downcast_exact::<Float>().is_none() {
            crate::warnings::deprecation(&format!(
                "{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
                protocol::type_name(v),
                protocol::type_name(&r)
            ))?;
        }
        return match as_f64(&r) {
            Some(x) => Ok(x),
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                protocol::type_name(v),
                protocol::type_name(&r)
            ))),
        };
    }
    if protocol::has_index(v) {
        let i = protocol::index(v)?;
        return int::to_f64(&as_int(&i).expect("int"));
    }
    Err(type_error(format!(
        "must be real number, not {}",
        protocol::type_name(v)
    )))
}

/// `repr(float)`: the shortest string that round-trips, laid out as Python
/// does (exponent form below 1e-4 and from 1e16).
pub fn repr_f64(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let shortest = format!("{f:e}");
    let ndigits = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.chars().filter(char::is_ascii_digit).count());
    // Of the shortest digit strings that round-trip, CPython's dtoa picks the
    // one nearest the exact value: exact rounding to that many digits, unless
    // that misses (below a power of two the lower neighbour is nearer), when
    // the shortest string itself is the answer.
    let nearest = format!("{f:.prec$e}", prec = ndigits.saturating_sub(1));
    let sci = if nearest.parse::<f64>().ok() == Some(f) {
        nearest
    } else {
        shortest
    };
    let (mantissa, exp) = sci.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if negative { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let rest = &digits[1..];
        let m = if rest.is_empty() {
            digits[..1].to_string()
        } else {
            format!("{}.{rest}", &digits[..1])
        };
        return format!(
            "{sign}{m}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        );
    }
    let point = exp + 1;
    if point <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!(
            "{sign}{digits}{}.0",
            "0".repeat(point as usize - digits.len())
        )
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{sign}{a}.{b}")
    }
}

fn float_repr(v: &Value) -> PyResult {
    Ok(PyStr::new_ascii(&repr_f64(as_f64(v).expect("float"))))
}

fn float_hash(v: &Value) -> PyResult<i64> {
    Ok(crate::hash::hash_f64(as_f64(v).expect("float"), v.word()))
}

/// Exact comparison of a float with an int (`float_richcompare`).
fn compare_float_int(f: f64, i: &IntRef) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    if let IntRef::Small(s) = i
        && s.unsigned_abs() < (1 << 53)
    {
        return f.partial_cmp(&(*s as f64));
    }
    let big = i.to_bigint();
    let floor = f.floor();
    // Compare via the integer part, then the fraction.
    let whole = if floor.abs() < 1e38 {
        BigInt::from(floor as i128)
    } else {
        float_to_bigint(floor)
    };
    match whole.cmp(&big) {
        std::cmp::Ordering::Equal => {
            if f > floor {
                Some(std::cmp::Ordering::Greater)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        other => Some(other),
    }
}

/// The exact integer value of an integral finite float.
pub fn float_to_bigint(f: f64) -> BigInt {
    let (m, e) = crate::hash::frexp(f);
    // m * 2**53 is an exact integer.
    let mant = (m * 9_007_199_254_740_992.0) as i64;
    let e = e - 53;
    if e >= 0 {
        BigInt::from(mant) << e as usize
    } else {
        BigInt::from(mant) >> (-e) as usize
    }
}

fn float_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let x = as_f64(a).expect("float");
    let ord = if let Some(y) = as_f64(b) {
        x.partial_cmp(&y)
    } else if let Some(i) = as_int(b) {
        compare_float_int(x, &i)
    } else {
        return Ok(not_implemented());
    };
    Ok(crate::bool::py_bool(match ord {
        Some(o) => op.test(o),
        None => op == CompareOp::Ne,
    }))
}

macro_rules! float_binop {
    ($name:ident, |$x:ident, $y:ident| $body:expr) => {
        fn $name(a: &Value, b: &Value) -> PyResult {
            let (Some($x), Some($y)) = (to_double(a)?, to_double(b)?) else {
                return Ok(not_implemented());
            };
            $body
        }
    };
}

float_binop!(float_add, |x, y| Ok(new(x + y)));
float_binop!(float_sub, |x, y| Ok(new(x - y)));
float_binop!(float_mul, |x, y| Ok(new(x * y)));
float_binop!(float_div, |x, y| {
    if y == 0.0 {
        return Err(zero_division("division by zero"));
    }
    Ok(new(x / y))
});
float_binop!(float_floordiv, |x, y| {
    if y == 0.0 {
        return Err(zero_division("division by zero"));
    }
    Ok(new(divmod_f64(x, y).0))
});
float_binop!(float_mod, |x, y| {
    if y == 0.0 {
        return Err(zero_division("division by zero"));
    }
    Ok(new(divmod_f64(x, y).1))
});
float_binop!(float_pow, |x, y| {
    // Negative numbers raised to fractional powers become complex.
    if x < 0.0 && y.is_finite() && y.floor() != y {
        let (re, im) = crate::complex::pow((x, 0.0), (y, 0.0))?;
        return Ok(crate::complex::new(re, im));
    }
    Ok(new(pow_f64(x, y)?))
});

/// `float_pow` with a modulus: refused once both operands are numbers.
fn float_pow3(a: &Value, b: &Value, m: &Value) -> PyResult {
    if is_none(m) {
        return float_pow(a, b);
    }
    if to_double(a)?.is_none() || to_double(b)?.is_none() {
        return Ok(not_implemented());
    }
    Err(type_error(
        "pow() 3rd argument not allowed unless all arguments are integers",
    ))
}

/// `float_divmod`'s sign rules.
pub fn divmod_f64(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `float_pow`'s special cases and errors.
pub fn pow_f64(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division("zero to a negative power"));
    }
    if x < 0.0 && y.is_finite() && y.floor() != y {
        return Err(value_error(
            "negative number cannot be raised to a fractional power",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

fn float_divmod(a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(y)) = (to_double(a)?, to_double(b)?) else {
        return Ok(not_implemented());
    };
    if y == 0.0 {
        return Err(zero_division("division by zero"));
    }
    let (q, r) = divmod_f64(x, y);
    Ok(Tuple::new(vec![new(q), new(r)]))
}

fn float_neg(v: &Value) -> PyResult {
    Ok(new(-as_f64(v).expect("float")))
}

fn float_pos(v: &Value) -> PyResult {
    Ok(new(as_f64(v).expect("float")))
}

fn float_abs(v: &Value) -> PyResult {
    Ok(new(as_f64(v).expect("float").abs()))
}

fn float_bool(v: &Value) -> PyResult<bool> {
    Ok(as_f64(v).expect("float") != 0.0)
}

/// `int(f)`: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(f: f64) -> PyResult {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(int::from_i64(t as i64));
    }
    Ok(int::from_bigint(float_to_bigint(t)))
}

fn float_int(v: &Value) -> PyResult {
    float_to_int(as_f64(v).expect("float"))
}

/// Parses `float(text)` (Python's grammar: underscores, inf/nan, spaces).
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let body = lower.strip_prefix(['+', '-']).unwrap_or(&lower);
    if matches!(body, "inf" | "infinity" | "nan") {
        let v = if body == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if lower.starts_with('-') { -v } else { v });
    }
    if body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let mut cleaned = String::with_capacity(t.len());
    let chars: Vec<char> = lower.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == '_' {
            let ok = i > 0
                && i + 1 < chars.len()
                && chars[i - 1].is_ascii_digit()
                && chars[i + 1].is_ascii_digit();
            if !ok {
                return None;
            }
            continue;
        }
        if !(c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-')) {
            return None;
        }
        cleaned.push(*c);
    }
    if !cleaned.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    cleaned.parse::<f64>().ok()
}

fn float_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("float")?;
    let v = a.range("float", "float", 0, 1)?;
    let f = match v.first() {
        None => 0.0,
        Some(x) => float_from_object(x)?,
    };
    if ty.is_static(&FLOAT_TYPE) {
        Ok(new(f))
    } else {
        Ok(alloc_typed(ty, Float(f)))
    }
}

/// `float(x)` for one argument.
pub fn float_from_object(x: &Value) -> PyResult<f64> {
    if let Some(s) = x.downcast::<PyStr>() {
        let text = s.to_string_lossy();
        let ascii: String = text
            .chars()
            .map(|c| {
                crate::str::decimal_value(c).map_or(c, |d| char::from_digit(d, 10).expect("digit"))
            })
            .collect();
        return parse_float(&ascii).ok_or_else(|| {
            value_error(format!(
                "could not convert string to float: {}",
                protocol::repr_string(x).unwrap_or_default()
            ))
        });
    }
    if let Some(b) = crate::bytes::as_bytes_like(x) {
        return parse_float(&String::from_utf8_lossy(&b)).ok_or_else(|| {
            value_error(format!(
                "could not convert string to float: {}",
                protocol::repr_string(x).unwrap_or_default()
            ))
        });
    }
    if as_f64(x).is_none()
        && x.type_obj().payload().slots.unary[UnaryOp::Float as usize]
            .get()
            .is_none()
        && !protocol::has_index(x)
    {
        return Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            protocol::type_name(x)
        )));
    }
    float_of(x)
}

fn this(v: &Value) -> f64 {
    as_f64(v).expect("float")
}

fn float_is_integer(v: &Value, args: Args) -> PyResult {
    args.none("float.is_integer")?;
    let f = this(v);
    Ok(crate::bool::py_bool(f.is_finite() && f.floor() == f))
}

fn float_as_integer_ratio(v: &Value, args: Args) -> PyResult {
    args.none("float.as_integer_ratio")?;
    let f = this(v);
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = crate::hash::frexp(f);
    let mut mant = m;
    let mut exp = e;
    let mut i = 0;
    while mant != mant.floor() && i < 300 {
        mant *= 2.0;
        exp -= 1;
        i += 1;
    }
    let num = BigInt::from(mant as i64);
    let (num, den) = if exp > 0 {
        (num << exp as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-exp) as usize)
    };
    Ok(Tuple::new(vec![
        int::from_bigint(num),
        int::from_bigint(den),
    ]))
}

fn float_conjugate(v: &Value, args: Args) -> PyResult {
    args.none("float.conjugate")?;
    Ok(new(this(v)))
}

fn float_trunc(v: &Value, args: Args) -> PyResult {
    args.none("float.__trunc__")?;
    float_to_int(this(v))
}

fn float_floor(v: &Value, args: Args) -> PyResult {
    args.none("float.__floor__")?;
    float_to_int(this(v).floor())
}

fn float_ceil(v: &Value, args: Args) -> PyResult {
    args.none("float.__ceil__")?;
    float_to_int(this(v).ceil())
}

/// `round(x)`: half to even.
pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

fn float_round(v: &Value, args: Args) -> PyResult {
    let a = args.range("float.__round__", "__round__", 0, 1)?;
    let x = this(v);
    let Some(nd) = a.first().filter(|n| !is_none(n)) else {
        return float_to_int(round_half_even(x));
    };
    let nd = protocol::index(nd)?;
    let nd = int::to_i64(&nd).unwrap_or(if int::is_negative(&nd) {
        i64::MIN
    } else {
        i64::MAX
    });
    if !x.is_finite() || x == 0.0 {
        return Ok(new(x));
    }
    if nd > 323 {
        return Ok(new(x));
    }
    if nd < -308 {
        return Ok(new(0.0f64.copysign(x)));
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        return Ok(new(s.parse().unwrap_or(x)));
    }
    let r = round_to_power_of_ten(x, (-nd) as u32);
    if r.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(new(r))
}

/// `x` rounded (half to even, on its exact binary value) to a multiple of
/// `10**k`, then correctly rounded back to a double.
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    use num_integer::Integer;
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    // |x| = mant * 2**exp = num / den.
    let (num, den) = if exp >= 0 {
        (
            BigInt::from(mant) << exp as usize,
            BigInt::from(10u32).pow(k),
        )
    } else {
        (
            BigInt::from(mant),
            BigInt::from(10u32).pow(k) << (-exp) as usize,
        )
    };
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let magnitude: f64 = format!("{q}e{k}").parse().unwrap_or(f64::INFINITY);
    magnitude.copysign(x)
}

fn float_hex(v: &Value, args: Args) -> PyResult {
    args.none("float.hex")?;
    Ok(PyStr::new_ascii(&hex_f64(this(v))))
}

/// `float.hex()`.
pub fn hex_f64(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let hex = format!("{mant:013x}");
    format!(
        "{sign}0x{lead}.{hex}p{}{}",
        if exp < 0 { "-" } else { "+" },
        exp.abs()
    )
}

fn float_fromhex(cls: &Value, args: Args) -> PyResult {
    let s = args.one("float.fromhex")?;
    let Some(text) = s.downcast::<PyStr>() else {
        return Err(type_error("bad argument type for built-in operation"));
    };
    let f = parse_hex(&text.to_string_lossy())?;
    let value = new(f);
    if cls.is_static(&FLOAT_TYPE) {
        Ok(value)
    } else {
        protocol::call1(cls, value)
    }
}

fn parse_hex(text: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = text.trim().to_ascii_lowercase();
    let (negative, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    if matches!(t.as_str(), "inf" | "infinity") {
        return Ok(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if t == "nan" {
        return Ok(f64::NAN);
    }
    let t = t.strip_prefix("0x").unwrap_or(&t);
    let (body, exp) = match t.split_once('p') {
        Some((b, e)) => (b, e.parse::<i64>().map_err(|_| invalid())?),
        None => (t, 0),
    };
    let (int_part, frac) = body.split_once('.').unwrap_or((body, ""));
    if int_part.is_empty() && frac.is_empty() {
        return Err(invalid());
    }
    let mut value = BigInt::zero();
    for c in int_part.chars().chain(frac.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        value = value * 16 + d;
    }
    let exp = exp - 4 * frac.len() as i64;
    let f = big_ldexp(&value, exp);
    if f.is_infinite() {
        return Err(overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(if negative { -f } else { f })
}

/// `value * 2**exp` correctly rounded.
fn big_ldexp(value: &BigInt, exp: i64) -> f64 {
    if value.is_zero() {
        return 0.0;
    }
    let bits = value.bits() as i64;
    let shift = bits - 64;
    let (top, sticky) = if shift > 0 {
        let top = (value >> shift as usize).to_u64().unwrap_or(u64::MAX);
        let rest = value - (BigInt::from(top) << shift as usize);
        (top, !rest.is_zero())
    } else {
        (
            (value << (-shift) as usize).to_u64().unwrap_or(u64::MAX),
            false,
        )
    };
    let exp = exp + shift.max(0) + shift.min(0);
    let q = top | u64::from(sticky);
    let bits = 64 - q.leading_zeros() as i64;
    let min_exp = -1074i64;
    let keep = 53.min(bits + exp - min_exp).max(0);
    let drop = bits - keep;
    let mut q = q;
    let mut e = exp;
    if drop > 0 {
        // Up to 64 bits are dropped: shift in 128 bits.
        let wide = u128::from(q);
        let half = 1u128 << (drop - 1);
        let rem = wide & ((1u128 << drop) - 1);
        q = (wide >> drop) as u64;
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        e += drop;
    }
    if e > 1100 {
        return f64::INFINITY;
    }
    let half = e / 2;
    (q as f64) * 2f64.powi(half as i32) * 2f64.powi((e - half) as i32)
}

fn float_getnewargs(v: &Value, args: Args) -> PyResult {
    args.none("float.__getnewargs__")?;
    Ok(Tuple::new(vec![new(this(v))]))
}

fn float_getformat(_cls: &Value, args: Args) -> PyResult {
    let t = args.one("float.__getformat__")?;
    match t
        .downcast::<PyStr>()
        .map(|s| s.to_string_lossy())
        .as_deref()
    {
        Some("double") | Some("float") => Ok(PyStr::new("IEEE, little-endian")),
        Some(_) => Err(value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
        None => Err(type_error(format!(
            "__getformat__() argument must be str, not {}",
            protocol::type_name(t)
        ))),
    }
}

fn float_from_number(cls: &Value, args: Args) -> PyResult {
    let x = args.one("float.from_number")?;
    if x.downcast::<PyStr>().is_some() {
        return Err(type_error(format!(
            "must be real number, not {}",
            protocol::type_name(x)
        )));
    }
    let value = new(float_of(x)?);
    if cls.is_static(&FLOAT_TYPE) {
        Ok(value)
    } else {
        protocol::call1(cls, value)
    }
}

fn float_format(v: &Value, args: Args) -> PyResult {
    let s = crate::format::spec_arg(&args, "float.__format__")?;
    crate::format::format_float(this(v), &s.to_string_lossy(), v)
}

fn float_divmod_method(v: &Value, args: Args) -> PyResult {
    float_divmod(v, args.one("float.__divmod__")?)
}

fn float_rdivmod_method(v: &Value, args: Args) -> PyResult {
    float_divmod(args.one("float.__rdivmod__")?, v)
}

fn get_real(v: &Value) -> PyResult {
    Ok(new(this(v)))
}

fn get_imag(_: &Value) -> PyResult {
    Ok(new(0.0))
}

builtin_type!(pub static FLOAT_TYPE: Float = TypeSpec {
    name: "float",
    doc: Some("float(x=0, /)\n--\n\nConvert a string or number to a floating-point number, if possible."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE | flags::MATCH_SELF,
    slots: SlotDefs {
        repr: Some(float_repr),
        hash: Some(float_hash),
        richcompare: Some(float_richcompare),
        bool: Some(float_bool),
        pow3: Some(float_pow3),
        new: Some(float_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Add, float_add)
    .with_number(NbOp::Subtract, float_sub)
    .with_number(NbOp::Multiply, float_mul)
    .with_number(NbOp::TrueDivide, float_div)
    .with_number(NbOp::FloorDivide, float_floordiv)
    .with_number(NbOp::Remainder, float_mod)
    .with_number(NbOp::Power, float_pow)
    .with_unary(UnaryOp::Negative, float_neg)
    .with_unary(UnaryOp::Positive, float_pos)
    .with_unary(UnaryOp::Absolute, float_abs)
    .with_unary(UnaryOp::Int, float_int)
    .with_unary(UnaryOp::Float, float_pos),
    methods: &[
        MethodDef::class("from_number", float_from_number, "from_number($type, number, /)\n--\n\nConvert real number to a floating-point number."),
        MethodDef::new("conjugate", float_conjugate, "conjugate($self, /)\n--\n\nReturn self, the complex conjugate of any float."),
        MethodDef::new("__trunc__", float_trunc, "__trunc__($self, /)\n--\n\nReturn the Integral closest to x between 0 and x."),
        MethodDef::new("__floor__", float_floor, "__floor__($self, /)\n--\n\nReturn the floor as an Integral."),
        MethodDef::new("__ceil__", float_ceil, "__ceil__($self, /)\n--\n\nReturn the ceiling as an Integral."),
        MethodDef::new("__round__", float_round, "__round__($self, ndigits=None, /)\n--\n\nReturn the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."),
        MethodDef::new("as_integer_ratio", float_as_integer_ratio, "as_integer_ratio($self, /)\n--\n\nReturn a pair of integers, whose ratio is exactly equal to the original float.\n\nThe ratio is in lowest terms and has a positive denominator.  Raise\nOverflowError on infinities and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)"),
        MethodDef::class("fromhex", float_fromhex, "fromhex($type, string, /)\n--\n\nCreate a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324"),
        MethodDef::new("hex", float_hex, "hex($self, /)\n--\n\nReturn a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'"),
        MethodDef::new("is_integer", float_is_integer, "is_integer($self, /)\n--\n\nReturn True if the float is an integer."),
        MethodDef::new("__getnewargs__", float_getnewargs, "__getnewargs__($self, /)\n--\n\n"),
        MethodDef::class("__getformat__", float_getformat, "__getformat__($type, typestr, /)\n--\n\nYou probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating-point numbers used by the\nC type named by typestr."),
        MethodDef::new("__format__", float_format, "__format__($self, format_spec, /)\n--\n\nFormats the float according to format_spec."),
        MethodDef::new("__divmod__", float_divmod_method, "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value)."),
        MethodDef::new("__rdivmod__", float_rdivmod_method, "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self)."),
    ],
    getsets: &[GetSetDef::getter("real", get_real), GetSetDef::getter("imag", get_imag)],
    ..TypeSpec::DEFAULT
});
