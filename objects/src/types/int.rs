//! `int`: inline small ints and heap big ints (num-bigint) with Python's semantics (floor division, modulus sign, shifts and bit operations on negatives, `pow` with modulus); mirrors Objects/longobject.c.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyErr, PyResult, overflow_error, type_error, value_error, zero_division};
use crate::exceptions;
use crate::none::{is_none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{NbOp, SlotDefs, UnaryOp, flags};

/// A heap int: a value outside the inline range, or an instance of an
/// `int` subclass.
pub struct Int(pub BigInt);

/// An int's value, borrowed.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_bigint(&self) -> Cow<'_, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(*i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

/// The value of an `int` (or `bool`, or subclass instance).
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    if let Some(b) = v.downcast::<crate::bool::Bool>() {
        return Some(IntRef::Small(i64::from(b.0)));
    }
    v.downcast::<Int>().map(|i| match i.0.to_i64() {
        Some(s) if (crate::core::SMALL_INT_MIN..=crate::core::SMALL_INT_MAX).contains(&s) => {
            IntRef::Small(s)
        }
        _ => IntRef::Big(&i.0),
    })
}

pub fn is_int(v: &Value) -> bool {
    as_int(v).is_some()
}

/// A Python int from a machine int.
#[inline]
pub fn from_i64(i: i64) -> Value {
    Value::small_int(i).unwrap_or_else(|| Ref::new(Int(BigInt::from(i))).into_value())
}

pub fn from_usize(u: usize) -> Value {
    match i64::try_from(u) {
        Ok(i) => from_i64(i),
        Err(_) => Ref::new(Int(BigInt::from(u))).into_value(),
    }
}

pub fn from_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(s) => from_i64(s),
        Err(_) => Ref::new(Int(BigInt::from(i))).into_value(),
    }
}

/// A Python int from a big int, inline when it fits.
pub fn from_bigint(b: BigInt) -> Value {
    match b.to_i64().and_then(Value::small_int) {
        Some(v) => v,
        None => Ref::new(Int(b)).into_value(),
    }
}

/// The exact-`int` value of an int-like (bools and subclass instances
/// become plain ints).
pub fn exact(v: &Value) -> Value {
    match as_int(v) {
        Some(IntRef::Small(i)) => from_i64(i),
        Some(IntRef::Big(b)) => from_bigint(b.clone()),
        None => v.clone(),
    }
}

pub fn to_isize(v: &Value) -> Option<isize> {
    as_int(v)?.to_i64().and_then(|i| isize::try_from(i).ok())
}

pub fn to_i64(v: &Value) -> Option<i64> {
    as_int(v)?.to_i64()
}

pub fn is_negative(v: &Value) -> bool {
    match as_int(v) {
        Some(IntRef::Small(i)) => i < 0,
        Some(IntRef::Big(b)) => b.is_negative(),
        None => false,
    }
}

/// `hash()` of an int value.
pub fn hash_of_int_value(v: &Value) -> i64 {
    match as_int(v) {
        Some(IntRef::Small(i)) => crate::hash::hash_i64(i),
        Some(IntRef::Big(b)) => crate::hash::hash_bigint(b),
        None => 0,
    }
}

/// The int as `f64` (`PyLong_AsDouble`), with CPython's overflow message.
pub fn to_f64(v: &IntRef) -> PyResult<f64> {
    match v {
        IntRef::Small(i) => Ok(*i as f64),
        IntRef::Big(b) => {
            let f = b.to_f64().unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                return Err(overflow_error("int too large to convert to float"));
            }
            Ok(f)
        }
    }
}

/// Both operands as ints, or `None` for `NotImplemented`.
fn operands<'a>(a: &'a Value, b: &'a Value) -> Option<(IntRef<'a>, IntRef<'a>)> {
    Some((as_int(a)?, as_int(b)?))
}

macro_rules! int_binop {
    ($name:ident, |$x:ident, $y:ident| small: $small:expr, big: $big:expr) => {
        fn $name(a: &Value, b: &Value) -> PyResult {
            let Some((l, r)) = operands(a, b) else {
                return Ok(not_implemented());
            };
            if let (IntRef::Small($x), IntRef::Small($y)) = (&l, &r) {
                let ($x, $y) = (*$x, *$y);
                if let Some(v) = $small {
                    return Ok(v);
                }
            }
            let $x = l.to_bigint();
            let $y = r.to_bigint();
            let ($x, $y): (&BigInt, &BigInt) = (&$x, &$y);
            $big
        }
    };
}

int_binop!(int_add, |x, y| small: Some(from_i64(x + y)), big: Ok(from_bigint(x + y)));
int_binop!(int_sub, |x, y| small: Some(from_i64(x - y)), big: Ok(from_bigint(x - y)));
int_binop!(int_mul, |x, y| small: x.checked_mul(y).map(from_i64), big: Ok(from_bigint(x * y)));
int_binop!(int_and, |x, y| small: Some(from_i64(x & y)), big: Ok(from_bigint(x & y)));
int_binop!(int_or, |x, y| small: Some(from_i64(x | y)), big: Ok(from_bigint(x | y)));
int_binop!(int_xor, |x, y| small: Some(from_i64(x ^ y)), big: Ok(from_bigint(x ^ y)));
int_binop!(int_floordiv, |x, y| small: (y != 0).then(|| from_i64(Integer::div_floor(&x, &y))), big: {
    if y.is_zero() {
        return Err(zero_division("division by zero"));
    }
    Ok(from_bigint(x.div_floor(y)))
});
int_binop!(int_mod, |x, y| small: (y != 0).then(|| from_i64(Integer::mod_floor(&x, &y))), big: {
    if y.is_zero() {
        return Err(zero_division("division by zero"));
    }
    Ok(from_bigint(x.mod_floor(y)))
});
int_binop!(int_lshift, |x, y| small: (0..62).contains(&y).then(|| i128::from(x) << y).and_then(|v| i64::try_from(v).ok()).map(from_i64), big: {
    if y.is_negative() {
        return Err(value_error("negative shift count"));
    }
    if x.is_zero() {
        return Ok(from_i64(0));
    }
    let Some(n) = y.to_usize().filter(|n| *n < (1 << 40)) else {
        return Err(overflow_error("too many digits in integer"));
    };
    Ok(from_bigint(x << n))
});
int_binop!(int_rshift, |x, y| small: (y >= 0).then(|| from_i64(x >> y.min(63))), big: {
    if y.is_negative() {
        return Err(value_error("negative shift count"));
    }
    match y.to_usize() {
        Some(n) => Ok(from_bigint(x >> n)),
        None => Ok(from_i64(if x.is_negative() { -1 } else { 0 })),
    }
});

fn int_truediv(a: &Value, b: &Value) -> PyResult {
    let Some((l, r)) = operands(a, b) else {
        return Ok(not_implemented());
    };
    if let (IntRef::Small(x), IntRef::Small(y)) = (&l, &r)
        && x.unsigned_abs() < (1 << 53)
        && y.unsigned_abs() < (1 << 53)
    {
        if *y == 0 {
            return Err(zero_division("division by zero"));
        }
        return Ok(crate::float::new(*x as f64 / *y as f64));
    }
    let (x, y) = (l.to_bigint(), r.to_bigint());
    if y.is_zero() {
        return Err(zero_division("division by zero"));
    }
    Ok(crate::float::new(true_divide(&x, &y)?))
}

/// Correctly rounded `x / y` for big ints.
fn true_divide(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    let negative = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    // Scale so the quotient has 55+ significant bits, then round once.
    let shift = y.bits() as i64 - x.bits() as i64 + 55;
    let (n, d) = if shift > 0 {
        (x << shift as usize, y)
    } else {
        (x, y << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let q = q.to_u64().unwrap_or(u64::MAX);
    // Sticky bit for correct rounding.
    let q = q | u64::from(!r.is_zero());
    let f = ldexp_round(q, -shift);
    if f.is_infinite() {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -f } else { f })
}

/// `q * 2**exp` rounded to nearest even, for `q` with at most 64 bits.
fn ldexp_round(q: u64, exp: i64) -> f64 {
    let bits = 64 - q.leading_zeros() as i64;
    let mut exp = exp;
    let mut q = q;
    // Keep 53 bits (fewer for subnormals), rounding half to even.
    let min_exp = -1074i64;
    let keep = 53.min(bits + exp - min_exp).max(0);
    let drop = bits - keep;
    if drop > 0 {
        // Up to 64 bits are dropped: shift in 128 bits.
        let wide = u128::from(q);
        let half = 1u128 << (drop - 1);
        let rem = wide & ((1u128 << drop) - 1);
        q = (wide >> drop) as u64;
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        exp += drop;
    }
    if exp > 1023 + 64 {
        return f64::INFINITY;
    }
    let mut f = q as f64;
    // Multiply in two steps so intermediate powers stay finite.
    let half = exp / 2;
    f *= 2f64.powi(half as i32);
    f *= 2f64.powi((exp - half) as i32);
    f
}

fn int_pow(a: &Value, b: &Value) -> PyResult {
    let Some((l, r)) = operands(a, b) else {
        return Ok(not_implemented());
    };
    let (x, y) = (l.to_bigint(), r.to_bigint());
    if y.is_negative() {
        let base = to_f64(&l)?;
        let exp = to_f64(&r)?;
        if base == 0.0 {
            return Err(zero_division("zero to a negative power"));
        }
        return Ok(crate::float::new(base.powf(exp)));
    }
    let Some(e) = y.to_u32() else {
        if x.is_zero() || x.is_one() {
            return Ok(from_bigint(x.into_owned()));
        }
        if x.as_ref() == &BigInt::from(-1) {
            return Ok(from_i64(if y.is_even() { 1 } else { -1 }));
        }
        return Err(PyErr::new(&exceptions::MEMORY_ERROR, ""));
    };
    if let IntRef::Small(xs) = l
        && let Some(v) = xs.checked_pow(e)
    {
        return Ok(from_i64(v));
    }
    Ok(from_bigint(num_traits::pow(x.into_owned(), e as usize)))
}

fn int_pow3(a: &Value, b: &Value, m: &Value) -> PyResult {
    let (Some(x), Some(y), Some(z)) = (as_int(a), as_int(b), as_int(m)) else {
        return Ok(not_implemented());
    };
    let (x, y, z) = (
        x.to_bigint().into_owned(),
        y.to_bigint().into_owned(),
        z.to_bigint().into_owned(),
    );
    if z.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = z.abs();
    let base = if y.is_negative() {
        match mod_inverse(&x.mod_floor(&modulus), &modulus) {
            Some(inv) => inv,
            None => return Err(value_error("base is not invertible for the given modulus")),
        }
    } else {
        x.mod_floor(&modulus)
    };
    let mut r = base.modpow(&y.abs(), &modulus);
    if z.is_negative() && !r.is_zero() {
        r -= &modulus;
    }
    Ok(from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

fn int_neg(v: &Value) -> PyResult {
    Ok(match as_int(v).expect("int") {
        IntRef::Small(i) => from_i64(-i),
        IntRef::Big(b) => from_bigint(-b),
    })
}

fn int_pos(v: &Value) -> PyResult {
    Ok(exact(v))
}

fn int_invert(v: &Value) -> PyResult {
    Ok(match as_int(v).expect("int") {
        IntRef::Small(i) => from_i64(!i),
        IntRef::Big(b) => from_bigint(!b),
    })
}

fn int_abs(v: &Value) -> PyResult {
    Ok(match as_int(v).expect("int") {
        IntRef::Small(i) => from_i64(i.abs()),
        IntRef::Big(b) => from_bigint(b.abs()),
    })
}

fn int_float(v: &Value) -> PyResult {
    Ok(crate::float::new(to_f64(&as_int(v).expect("int"))?))
}

fn int_bool(v: &Value) -> PyResult<bool> {
    Ok(match as_int(v).expect("int") {
        IntRef::Small(i) => i != 0,
        IntRef::Big(b) => !b.is_zero(),
    })
}

fn int_hash(v: &Value) -> PyResult<i64> {
    Ok(hash_of_int_value(v))
}

/// Compares two int values.
pub fn compare(a: &IntRef, b: &IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        _ => a.to_bigint().cmp(&b.to_bigint()),
    }
}

fn int_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let Some((l, r)) = operands(a, b) else {
        return Ok(not_implemented());
    };
    Ok(crate::bool::py_bool(op.test(compare(&l, &r))))
}

/// `repr(int)`, with the `int_max_str_digits` limit.
pub fn int_repr(v: &Value) -> PyResult {
    match as_int(v).expect("int") {
        IntRef::Small(i) => Ok(PyStr::new_ascii(&i.to_string())),
        IntRef::Big(b) => {
            check_str_digits(b)?;
            Ok(PyStr::new_ascii(&b.to_string()))
        }
    }
}

crate::gil_shared! {
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|m| m.get())
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|m| m.set(n));
}

/// `__index__` of `v` as a C `int` (`PyLong_AsInt`'s overflow message).
pub fn index_as_c_int(v: &Value) -> PyResult<i32> {
    let i = protocol::index(v)?;
    to_i64(&i)
        .and_then(|n| i32::try_from(n).ok())
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
}

/// The `int_max_str_digits` check of a decimal conversion of `b`.
pub fn check_str_digits(b: &BigInt) -> PyResult<()> {
    let limit = max_str_digits();
    // bits * log10(2) is within one of the digit count.
    if limit != 0 && (b.bits() as f64 * std::f64::consts::LOG10_2) as usize >= limit {
        let digits = b.abs().to_string().len();
        if digits > limit {
            return Err(value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    Ok(())
}

/// Parses `int(text, base)` (whitespace, sign, underscores, prefixes).
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                // Base 0 forbids leading zeros on non-zero decimals.
                if lower.len() > 1
                    && lower.starts_with('0')
                    && !lower.trim_start_matches(['0', '_']).is_empty()
                {
                    return None;
                }
                (10, lower.clone())
            }
        }
        16 => (16, lower.strip_prefix("0x").unwrap_or(&lower).to_string()),
        8 => (8, lower.strip_prefix("0o").unwrap_or(&lower).to_string()),
        2 => (2, lower.strip_prefix("0b").unwrap_or(&lower).to_string()),
        b => (b, lower.clone()),
    };
    let prefixed = digits.len() != lower.len();
    let digits = if prefixed {
        digits.strip_prefix('_').unwrap_or(&digits).to_string()
    } else {
        digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut value = BigInt::zero();
    let mut small: u64 = 0;
    let mut small_count = 0;
    let flush = |value: &mut BigInt, small: &mut u64, count: &mut u32| {
        if *count > 0 {
            *value = &*value * BigInt::from(base).pow(*count) + BigInt::from(*small);
            *small = 0;
            *count = 0;
        }
    };
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(36).or_else(|| unicode_digit(c))?;
        if d >= base {
            return None;
        }
        small = small * u64::from(base) + u64::from(d);
        small_count += 1;
        if small_count == 12 {
            flush(&mut value, &mut small, &mut small_count);
        }
    }
    flush(&mut value, &mut small, &mut small_count);
    Some(if negative { -value } else { value })
}

/// Decimal digits of other scripts (`int('٣')`).
fn unicode_digit(c: char) -> Option<u32> {
    crate::str::decimal_value(c)
}

fn int_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    // `long_vectorcall`'s own check for calls without keywords.
    if kwnames.is_none() && args.len() > 2 {
        return Err(type_error(format!(
            "int expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let [x, base] = Args::new(args, kwnames).parse("int", ["", "base"], 1, 0, 2)?;
    let value = match (x, base) {
        (None, None) => from_i64(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => number_to_int(&x)?,
        (Some(x), Some(base)) => {
            let b = protocol::index_as_isize_clamped(&base)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            int_from_text(&x, b as u32)?
        }
    };
    if ty.is_static(&INT_TYPE) {
        return Ok(value);
    }
    let big = as_int(&value).expect("int").to_bigint().into_owned();
    Ok(alloc_typed(ty, Int(big)))
}

fn int_from_text(x: &Value, base: u32) -> PyResult {
    let text: Cow<str> = if let Some(s) = x.downcast::<PyStr>() {
        Cow::Owned(s.to_string_lossy())
    } else if let Some(b) = crate::bytes::as_bytes_like(x) {
        Cow::Owned(String::from_utf8_lossy(&b).into_owned())
    } else {
        return Err(type_error(
            "int() can't convert non-string with explicit base",
        ));
    };
    match parse_int(&text, base) {
        Some(v) => {
            // The limit counts digits only (not sign, spaces or
            // underscores) and spares power-of-two bases.
            let limit = max_str_digits();
            let body = text
                .trim()
                .trim_start_matches(['+', '-'])
                .to_ascii_lowercase();
            let prefixed = ["0x", "0o", "0b"].iter().any(|p| body.starts_with(p));
            let binary = if base == 0 {
                prefixed
            } else {
                base.is_power_of_two()
            };
            let digits = body.chars().filter(|&c| c != '_').count();
            if limit != 0 && digits > limit && !binary {
                return Err(value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            Ok(from_bigint(v))
        }
        None => {
            // `%.200R`: the repr cut to 200 characters.
            let r: String = protocol::repr_string(x)?.chars().take(200).collect();
            Err(value_error(format!(
                "invalid literal for int() with base {base}: {r}"
            )))
        }
    }
}

/// `int(x)` for one argument: `__int__`, `__index__`, `__trunc__`, text.
pub fn number_to_int(x: &Value) -> PyResult {
    if let Some(v) = as_int(x) {
        return Ok(match v {
            IntRef::Small(i) => from_i64(i),
            IntRef::Big(b) => from_bigint(b.clone()),
        });
    }
    let ty = x.type_obj().payload();
    if let Some(f) = ty.slots.unary[UnaryOp::Int as usize].get() {
        let r = f(x)?;
        if as_int(&r).is_none() {
            return Err(type_error(format!(
                "__int__ returned non-int (type {})",
                protocol::type_name(&r)
            )));
        }
        if !r.is_small_int() && r.downcast_exact::<Int>().is_none() {
            crate::warnings::deprecation(&format!(
                "__int__ returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.",
                protocol::type_name(&r)
            ))?;
        }
        return Ok(exact(&r));
    }
    if ty.slots.unary[UnaryOp::Index as usize].get().is_some() {
        return protocol::index(x);
    }
    if x.downcast::<PyStr>().is_some() || crate::bytes::as_bytes_like(x).is_some() {
        return int_from_text(x, 10);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        protocol::type_name(x)
    )))
}

fn this_int(v: &Value) -> BigInt {
    as_int(v).expect("int").to_bigint().into_owned()
}

fn int_bit_length(this: &Value, args: Args) -> PyResult {
    args.none("int.bit_length")?;
    Ok(from_i64(this_int(this).bits() as i64))
}

fn int_bit_count(this: &Value, args: Args) -> PyResult {
    args.none("int.bit_count")?;
    let b = this_int(this);
    Ok(from_i64(b.magnitude().count_ones() as i64))
}

fn int_conjugate(this: &Value, args: Args) -> PyResult {
    args.none("int.conjugate")?;
    Ok(exact(this))
}

fn int_is_integer(_this: &Value, args: Args) -> PyResult {
    args.none("int.is_integer")?;
    Ok(crate::bool::py_bool(true))
}

fn int_as_integer_ratio(this: &Value, args: Args) -> PyResult {
    args.none("int.as_integer_ratio")?;
    Ok(Tuple::new(vec![exact(this), from_i64(1)]))
}

fn int_trunc(this: &Value, args: Args) -> PyResult {
    args.none("int.__trunc__")?;
    Ok(exact(this))
}

fn int_round(this: &Value, args: Args) -> PyResult {
    let a = args.range("int.__round__", "__round__", 0, 1)?;
    let Some(nd) = a.first().filter(|v| !is_none(v)) else {
        return Ok(exact(this));
    };
    let nd = protocol::index(nd)?;
    let nd = as_int(&nd).expect("int").to_bigint().into_owned();
    if !nd.is_negative() {
        return Ok(exact(this));
    }
    let Some(p) = (-nd).to_u32() else {
        return Ok(from_i64(0));
    };
    let x = this_int(this);
    let pow = num_traits::pow(BigInt::from(10), p as usize);
    let (q, r) = x.div_mod_floor(&pow);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&pow) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(from_bigint(q * pow))
}

fn int_getnewargs(this: &Value, args: Args) -> PyResult {
    args.none("int.__getnewargs__")?;
    Ok(Tuple::new(vec![exact(this)]))
}

fn int_sizeof(this: &Value, args: Args) -> PyResult {
    args.none("int.__sizeof__")?;
    let digits = (this_int(this).bits() as usize).div_ceil(30).max(1);
    Ok(from_usize(24 + 4 * digits))
}

fn int_to_bytes(this: &Value, args: Args) -> PyResult {
    let [length, byteorder, signed] =
        args.parse("to_bytes", ["length", "byteorder", "signed"], 0, 0, 2)?;
    let length = match length {
        Some(l) => {
            let n = protocol::index_as_isize(&l)?;
            if n < 0 {
                return Err(value_error("length argument must be non-negative"));
            }
            n as usize
        }
        None => 1,
    };
    let little = byteorder_is_little(byteorder.as_ref(), "to_bytes")?;
    let signed = match signed {
        Some(s) => protocol::is_true(&s)?,
        None => false,
    };
    let x = this_int(this);
    if x.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    if x.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        // to_signed_bytes_le may carry a redundant sign byte only when needed.
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::bytes::new(bytes))
}

fn byteorder_is_little(v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(b) => match b
            .downcast::<PyStr>()
            .map(|s| s.to_string_lossy())
            .as_deref()
        {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
            None => Err(type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                crate::args::arg_type_name(b)
            ))),
        },
    }
}

fn int_from_bytes(cls: &Value, args: Args) -> PyResult {
    let [bytes, byteorder, signed] =
        args.parse("from_bytes", ["bytes", "byteorder", "signed"], 0, 1, 2)?;
    let little = byteorder_is_little(byteorder.as_ref(), "from_bytes")?;
    let data = crate::bytes_methods::object_bytes(bytes.as_ref().expect("required"))?;
    let signed = match signed {
        Some(s) => protocol::is_true(&s)?,
        None => false,
    };
    let mut data = data;
    if !little {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let value = from_bigint(v);
    if cls.is_static(&INT_TYPE) {
        Ok(value)
    } else {
        protocol::call1(cls, value)
    }
}

fn int_format(this: &Value, args: Args) -> PyResult {
    let s = crate::format::spec_arg(&args, "int.__format__")?;
    crate::format::format_int(this, &s.to_string_lossy())
}

fn get_real(v: &Value) -> PyResult {
    Ok(exact(v))
}

fn get_imag(_: &Value) -> PyResult {
    Ok(from_i64(0))
}

fn get_one(_: &Value) -> PyResult {
    Ok(from_i64(1))
}

fn int_divmod_method(this: &Value, args: Args) -> PyResult {
    let other = args.one("int.__divmod__")?;
    divmod(this, other)
}

fn int_rdivmod_method(this: &Value, args: Args) -> PyResult {
    let other = args.one("int.__rdivmod__")?;
    divmod(other, this)
}

/// `divmod(a, b)` for ints; `NotImplemented` for other types.
pub fn divmod(a: &Value, b: &Value) -> PyResult {
    let Some((l, r)) = operands(a, b) else {
        return Ok(not_implemented());
    };
    let (x, y) = (l.to_bigint(), r.to_bigint());
    if y.is_zero() {
        return Err(zero_division("division by zero"));
    }
    let (q, m) = x.div_mod_floor(&y);
    Ok(Tuple::new(vec![from_bigint(q), from_bigint(m)]))
}

const INT_DOC: &str = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating-point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";

builtin_type!(pub static INT_TYPE: Int = TypeSpec {
    name: "int",
    doc: Some(INT_DOC),
    flags: flags::BASETYPE | flags::LONG_SUBCLASS | flags::IMMUTABLETYPE | flags::MATCH_SELF,
    slots: SlotDefs {
        repr: Some(int_repr),
        hash: Some(int_hash),
        richcompare: Some(int_richcompare),
        bool: Some(int_bool),
        pow3: Some(int_pow3),
        new: Some(int_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Add, int_add)
    .with_number(NbOp::Subtract, int_sub)
    .with_number(NbOp::Multiply, int_mul)
    .with_number(NbOp::FloorDivide, int_floordiv)
    .with_number(NbOp::Remainder, int_mod)
    .with_number(NbOp::TrueDivide, int_truediv)
    .with_number(NbOp::Power, int_pow)
    .with_number(NbOp::Lshift, int_lshift)
    .with_number(NbOp::Rshift, int_rshift)
    .with_number(NbOp::And, int_and)
    .with_number(NbOp::Or, int_or)
    .with_number(NbOp::Xor, int_xor)
    .with_unary(UnaryOp::Negative, int_neg)
    .with_unary(UnaryOp::Positive, int_pos)
    .with_unary(UnaryOp::Invert, int_invert)
    .with_unary(UnaryOp::Absolute, int_abs)
    .with_unary(UnaryOp::Int, int_pos)
    .with_unary(UnaryOp::Float, int_float)
    .with_unary(UnaryOp::Index, int_pos),
    methods: &[
        MethodDef::new("conjugate", int_conjugate, "conjugate($self, /)\n--\n\nReturns self, the complex conjugate of any int."),
        MethodDef::new("bit_length", int_bit_length, "bit_length($self, /)\n--\n\nNumber of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6"),
        MethodDef::new("bit_count", int_bit_count, "bit_count($self, /)\n--\n\nNumber of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"),
        MethodDef::new("to_bytes", int_to_bytes, "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\nReturn an array of bytes representing an integer."),
        MethodDef::class("from_bytes", int_from_bytes, "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\nReturn the integer represented by the given array of bytes."),
        MethodDef::new("as_integer_ratio", int_as_integer_ratio, "as_integer_ratio($self, /)\n--\n\nReturn a pair of integers, whose ratio is equal to the original int.\n\nThe ratio is in lowest terms and has a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)"),
        MethodDef::new("is_integer", int_is_integer, "is_integer($self, /)\n--\n\nReturns True. Exists for duck type compatibility with float.is_integer."),
        MethodDef::new("__trunc__", int_trunc, "__trunc__($self, /)\n--\n\nTruncating an Integral returns itself."),
        MethodDef::new("__floor__", int_trunc, "__floor__($self, /)\n--\n\nFlooring an Integral returns itself."),
        MethodDef::new("__ceil__", int_trunc, "__ceil__($self, /)\n--\n\nCeiling of an Integral returns itself."),
        MethodDef::new("__round__", int_round, "__round__($self, ndigits=<unrepresentable>, /)\n--\n\nRounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."),
        MethodDef::new("__getnewargs__", int_getnewargs, "__getnewargs__($self, /)\n--\n\n"),
        MethodDef::new("__format__", int_format, "__format__($self, format_spec, /)\n--\n\nConvert to a string according to format_spec."),
        MethodDef::new("__sizeof__", int_sizeof, "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes."),
        MethodDef::new("__divmod__", int_divmod_method, "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value)."),
        MethodDef::new("__rdivmod__", int_rdivmod_method, "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self)."),
    ],
    getsets: &[
        GetSetDef::getter("real", get_real),
        GetSetDef::getter("imag", get_imag),
        GetSetDef::getter("numerator", get_real),
        GetSetDef::getter("denominator", get_one),
    ],
    ..TypeSpec::DEFAULT
});
