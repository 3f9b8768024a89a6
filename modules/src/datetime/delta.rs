//! `datetime.timedelta`: construction from mixed units, arithmetic with ints and floats,
//! comparison, hashing and pickling; mirrors delta_new, accum, delta_* in _datetimemodule.c.

use std::cell::Cell;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyResult, overflow_error, type_error, zero_division};
use ouro_objects::none::not_implemented;
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, UnaryOp, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, float, hash, int};

use super::{is_a, set_class_attr};

pub const MAX_DELTA_DAYS: i64 = 999_999_999;
const US_PER_SECOND: i64 = 1_000_000;
const US_PER_DAY: i64 = 86_400 * US_PER_SECOND;

pub struct Delta {
    pub days: i32,
    pub seconds: i32,
    pub us: i32,
    hash: Cell<Option<i64>>,
}

impl Delta {
    /// The whole delta in microseconds.
    pub fn total_us(&self) -> i128 {
        i128::from(self.days) * i128::from(US_PER_DAY)
            + i128::from(self.seconds) * i128::from(US_PER_SECOND)
            + i128::from(self.us)
    }
}

builtin_type!(pub static DELTA_TYPE: Delta = TypeSpec {
    name: "datetime.timedelta",
    doc: Some("timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n--\n\nDifference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative."),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(delta_new),
        repr: Some(delta_repr),
        str: Some(delta_str),
        hash: Some(delta_hash),
        richcompare: Some(delta_richcompare),
        bool: Some(|v| Ok(this(v).total_us() != 0)),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Add, delta_add)
    .with_number(NbOp::Subtract, delta_subtract)
    .with_number(NbOp::Multiply, delta_multiply)
    .with_number(NbOp::TrueDivide, delta_truedivide)
    .with_number(NbOp::FloorDivide, delta_floordivide)
    .with_number(NbOp::Remainder, delta_remainder)
    .with_unary(UnaryOp::Negative, |v| {
        let d = this(v);
        us_to_delta(&-BigInt::from(d.total_us()))
    })
    .with_unary(UnaryOp::Positive, |v| {
        let d = this(v);
        new_delta(d.days, d.seconds, d.us)
    })
    .with_unary(UnaryOp::Absolute, |v| {
        let d = this(v);
        us_to_delta(&BigInt::from(d.total_us()).abs())
    }),
    methods: DELTA_METHODS,
    getsets: &[
        GetSetDef::member("days", |v| Ok(int::from_i64(i64::from(this(v).days))), None)
            .with_doc("Number of days."),
        GetSetDef::member("seconds", |v| Ok(int::from_i64(i64::from(this(v).seconds))), None)
            .with_doc("Number of seconds (>= 0 and less than 1 day)."),
        GetSetDef::member("microseconds", |v| Ok(int::from_i64(i64::from(this(v).us))), None)
            .with_doc("Number of microseconds (>= 0 and less than 1 second)."),
    ],
    ..TypeSpec::DEFAULT
});

static DELTA_METHODS: &[MethodDef] = &[
    MethodDef::new(
        "total_seconds",
        |v, a| {
            a.none("timedelta.total_seconds")?;
            total_seconds(this(v))
        },
        "total_seconds($self, /)\n--\n\nTotal seconds in the duration.",
    ),
    MethodDef::new(
        "__reduce__",
        |v, a| {
            a.none("__reduce__")?;
            let d = this(v);
            Ok(Tuple::new(vec![
                v.type_obj().value().clone(),
                Tuple::new(super::ints(&[
                    i64::from(d.days),
                    i64::from(d.seconds),
                    i64::from(d.us),
                ])),
            ]))
        },
        "__reduce__($self, /)\n--\n\n__reduce__() -> (cls, state)",
    ),
    MethodDef::new(
        "__divmod__",
        |v, a| delta_divmod(v, a.one("__divmod__")?),
        "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value).",
    ),
    MethodDef::new(
        "__rdivmod__",
        |v, a| delta_divmod(a.one("__rdivmod__")?, v),
        "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self).",
    ),
];

pub fn this(v: &Value) -> &Delta {
    v.downcast::<Delta>()
        .expect("timedelta method on a timedelta")
}

/// Microseconds / 10**6 as int true division (correctly rounded, unlike a float division).
pub fn total_seconds(d: &Delta) -> PyResult {
    protocol::binary_op(
        &int::from_i128(d.total_us()),
        &int::from_i64(US_PER_SECOND),
        NbOp::TrueDivide,
    )
}

pub fn delta_of(v: &Value) -> Option<&Delta> {
    v.downcast::<Delta>()
}

fn magnitude_error(days: impl std::fmt::Display) -> ouro_objects::err::PyErr {
    overflow_error(format!(
        "days={days}; must have magnitude <= {MAX_DELTA_DAYS}"
    ))
}

/// A normalized timedelta of class `ty` (`new_delta_ex` with normalize set).
pub fn new_delta_of(ty: &TypeRef, days: i64, seconds: i64, us: i64) -> PyResult {
    let (carry_s, us) = us.div_mod_floor(&US_PER_SECOND);
    let seconds = seconds + carry_s;
    let (carry_d, seconds) = seconds.div_mod_floor(&86_400);
    let days = days + carry_d;
    if days.abs() > MAX_DELTA_DAYS {
        return Err(magnitude_error(days));
    }
    Ok(alloc_typed(
        ty,
        Delta {
            days: days as i32,
            seconds: seconds as i32,
            us: us as i32,
            hash: Cell::new(None),
        },
    ))
}

pub fn new_delta(days: i32, seconds: i32, us: i32) -> PyResult {
    new_delta_of(
        &TypeRef::from_static(&DELTA_TYPE),
        i64::from(days),
        i64::from(seconds),
        i64::from(us),
    )
}

/// `microseconds_to_delta_ex`.
pub fn us_to_delta_of(ty: &TypeRef, us: &BigInt) -> PyResult {
    let (secs, us) = us.div_mod_floor(&BigInt::from(US_PER_SECOND));
    let (days, secs) = secs.div_mod_floor(&BigInt::from(86_400));
    let Some(d) = days.to_i32() else {
        return Err(overflow_error("Python int too large to convert to C int"));
    };
    new_delta_of(
        ty,
        i64::from(d),
        secs.to_i64().unwrap_or(0),
        us.to_i64().unwrap_or(0),
    )
}

pub fn us_to_delta(us: &BigInt) -> PyResult {
    us_to_delta_of(&TypeRef::from_static(&DELTA_TYPE), us)
}

/// `accum`: adds `num * factor` to `sofar`, keeping a float's fraction of a microsecond aside.
fn accum(
    tag: &str,
    sofar: BigInt,
    num: &Value,
    factor: i64,
    leftover: &mut f64,
) -> PyResult<BigInt> {
    if let Some(i) = int::as_int(num) {
        return Ok(sofar + i.to_bigint().as_ref() * factor);
    }
    if let Some(f) = float::as_f64(num) {
        let (int_part, frac) = (f.trunc(), f - f.trunc());
        if !int_part.is_finite() {
            return Err(if int_part.is_nan() {
                ouro_objects::err::value_error("cannot convert float NaN to integer")
            } else {
                overflow_error("cannot convert float infinity to integer")
            });
        }
        let mut sum = sofar + float::float_to_bigint(int_part) * factor;
        if frac == 0.0 {
            return Ok(sum);
        }
        let scaled = factor as f64 * frac;
        let (int_part, frac) = (scaled.trunc(), scaled - scaled.trunc());
        sum += float::float_to_bigint(int_part);
        *leftover += frac;
        return Ok(sum);
    }
    Err(type_error(format!(
        "unsupported type for timedelta {tag} component: {}",
        protocol::type_name(num)
    )))
}

fn delta_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    const NAMES: [&str; 7] = [
        "days",
        "seconds",
        "microseconds",
        "milliseconds",
        "minutes",
        "hours",
        "weeks",
    ];
    let parsed = Args::new(args, kwnames).parse("__new__", NAMES, 0, 0, 7)?;
    // CPython accumulates microseconds first, then the larger units.
    const ORDER: [(usize, &str, i64); 7] = [
        (2, "microseconds", 1),
        (3, "milliseconds", 1_000),
        (1, "seconds", US_PER_SECOND),
        (4, "minutes", 60 * US_PER_SECOND),
        (5, "hours", 3_600 * US_PER_SECOND),
        (0, "days", US_PER_DAY),
        (6, "weeks", 7 * US_PER_DAY),
    ];
    let mut x = BigInt::zero();
    let mut leftover = 0.0;
    for (index, tag, factor) in ORDER {
        if let Some(v) = &parsed[index] {
            x = accum(tag, x, v, factor, &mut leftover)?;
        }
    }
    if leftover != 0.0 {
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            // Halfway: round half to even, looking at the parity of the integral sum too.
            let odd = if x.is_odd() { 1.0 } else { 0.0 };
            whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        x += whole as i64;
    }
    us_to_delta_of(ty, &x)
}

fn delta_repr(v: &Value) -> PyResult {
    let d = this(v);
    let mut parts = Vec::new();
    if d.days != 0 {
        parts.push(format!("days={}", d.days));
    }
    if d.seconds != 0 {
        parts.push(format!("seconds={}", d.seconds));
    }
    if d.us != 0 {
        parts.push(format!("microseconds={}", d.us));
    }
    let body = if parts.is_empty() {
        "0".to_string()
    } else {
        parts.join(", ")
    };
    Ok(PyStr::new(&format!("{}({body})", super::tp_name(v))))
}

fn delta_str(v: &Value) -> PyResult {
    let d = this(v);
    let (hours, rest) = (d.seconds / 3600, d.seconds % 3600);
    let (minutes, seconds) = (rest / 60, rest % 60);
    let mut out = String::new();
    if d.days != 0 {
        let plural = if d.days.abs() != 1 { "s" } else { "" };
        out.push_str(&format!("{} day{plural}, ", d.days));
    }
    out.push_str(&format!("{hours}:{minutes:02}:{seconds:02}"));
    if d.us != 0 {
        out.push_str(&format!(".{:06}", d.us));
    }
    Ok(PyStr::new(&out))
}

fn delta_hash(v: &Value) -> PyResult<i64> {
    let d = this(v);
    if let Some(h) = d.hash.get() {
        return Ok(h);
    }
    // CPython hashes the three C ints' bytes.
    let mut bytes = Vec::with_capacity(12);
    for x in [d.days, d.seconds, d.us] {
        bytes.extend_from_slice(&x.to_ne_bytes());
    }
    let h = hash::fix_hash(hash::hash_bytes(&bytes));
    d.hash.set(Some(h));
    Ok(h)
}

pub fn compare_result(o: std::cmp::Ordering, op: CompareOp) -> Value {
    use std::cmp::Ordering;
    pybool::py_bool(match op {
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
    })
}

fn delta_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let Some(other) = delta_of(b) else {
        return Ok(not_implemented());
    };
    let o = this(a).total_us().cmp(&other.total_us());
    Ok(compare_result(o, op))
}

fn us_big(v: &Value) -> Option<BigInt> {
    delta_of(v).map(|d| BigInt::from(d.total_us()))
}

fn delta_add(a: &Value, b: &Value) -> PyResult {
    match (delta_of(a), delta_of(b)) {
        (Some(x), Some(y)) => new_delta_of(
            &TypeRef::from_static(&DELTA_TYPE),
            i64::from(x.days) + i64::from(y.days),
            i64::from(x.seconds) + i64::from(y.seconds),
            i64::from(x.us) + i64::from(y.us),
        ),
        _ => Ok(not_implemented()),
    }
}

fn delta_subtract(a: &Value, b: &Value) -> PyResult {
    match (delta_of(a), delta_of(b)) {
        (Some(x), Some(y)) => new_delta_of(
            &TypeRef::from_static(&DELTA_TYPE),
            i64::from(x.days) - i64::from(y.days),
            i64::from(x.seconds) - i64::from(y.seconds),
            i64::from(x.us) - i64::from(y.us),
        ),
        _ => Ok(not_implemented()),
    }
}

/// `divide_and_round`: a / b rounded half to even.
pub fn divide_and_round(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut q, r) = a.div_mod_floor(b);
    let r2 = &r * 2;
    let greater = if b.is_positive() { &r2 > b } else { &r2 < b };
    if greater || (&r2 == b && q.is_odd()) {
        q += 1;
    }
    q
}

/// `float.as_integer_ratio()` of a float operand.
fn float_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_nan() {
        return Err(ouro_objects::err::value_error(
            "cannot convert NaN to integer ratio",
        ));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mantissa, exp) = hash::frexp(f);
    let mut m = mantissa;
    let mut e = exp;
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let n = float::float_to_bigint(m);
    if e >= 0 {
        Ok((n << e as usize, BigInt::from(1)))
    } else {
        Ok((n, BigInt::from(1) << (-e) as usize))
    }
}

/// `multiply_truedivide_timedelta_float`: delta * f, or delta / f when `divide`.
fn scale_by_float(us: &BigInt, f: f64, divide: bool) -> PyResult {
    let (n, d) = float_ratio(f)?;
    let (num, den) = if divide { (us * d, n) } else { (us * n, d) };
    if den.is_zero() {
        return Err(zero_division("division by zero"));
    }
    us_to_delta(&divide_and_round(&num, &den))
}

fn delta_multiply(a: &Value, b: &Value) -> PyResult {
    let (d, other) = match (us_big(a), us_big(b)) {
        (Some(d), None) => (d, b),
        (None, Some(d)) => (d, a),
        _ => return Ok(not_implemented()),
    };
    if let Some(i) = int::as_int(other) {
        return us_to_delta(&(d * i.to_bigint().as_ref()));
    }
    if let Some(f) = float::as_f64(other) {
        return scale_by_float(&d, f, false);
    }
    Ok(not_implemented())
}

fn int_operand(v: &Value) -> Option<BigInt> {
    int::as_int(v).map(|i| i.to_bigint().into_owned())
}

fn delta_truedivide(a: &Value, b: &Value) -> PyResult {
    let Some(x) = us_big(a) else {
        return Ok(not_implemented());
    };
    if let Some(y) = us_big(b) {
        if y.is_zero() {
            return Err(zero_division("division by zero"));
        }
        return protocol::binary_op(&int::from_bigint(x), &int::from_bigint(y), NbOp::TrueDivide);
    }
    if let Some(i) = int_operand(b) {
        if i.is_zero() {
            return Err(zero_division("division by zero"));
        }
        return us_to_delta(&divide_and_round(&x, &i));
    }
    if let Some(f) = float::as_f64(b) {
        return scale_by_float(&x, f, true);
    }
    Ok(not_implemented())
}

fn delta_floordivide(a: &Value, b: &Value) -> PyResult {
    let Some(x) = us_big(a) else {
        return Ok(not_implemented());
    };
    if let Some(y) = us_big(b) {
        if y.is_zero() {
            return Err(zero_division("division by zero"));
        }
        return Ok(int::from_bigint(x.div_floor(&y)));
    }
    if let Some(i) = int_operand(b) {
        if i.is_zero() {
            return Err(zero_division("division by zero"));
        }
        return us_to_delta(&x.div_floor(&i));
    }
    Ok(not_implemented())
}

fn delta_remainder(a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(y)) = (us_big(a), us_big(b)) else {
        return Ok(not_implemented());
    };
    if y.is_zero() {
        return Err(zero_division("division by zero"));
    }
    us_to_delta(&x.mod_floor(&y))
}

fn delta_divmod(a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(y)) = (us_big(a), us_big(b)) else {
        return Ok(not_implemented());
    };
    if y.is_zero() {
        return Err(zero_division("division by zero"));
    }
    let (q, r) = x.div_mod_floor(&y);
    Ok(Tuple::new(vec![int::from_bigint(q), us_to_delta(&r)?]))
}

/// `timedelta.min`, `.max` and `.resolution`.
pub fn init_constants() -> PyResult<()> {
    set_class_attr(&DELTA_TYPE, "resolution", new_delta(0, 0, 1)?);
    set_class_attr(
        &DELTA_TYPE,
        "min",
        new_delta(-(MAX_DELTA_DAYS as i32), 0, 0)?,
    );
    set_class_attr(
        &DELTA_TYPE,
        "max",
        new_delta(MAX_DELTA_DAYS as i32, 86_399, 999_999)?,
    );
    Ok(())
}

/// The delta as (days, seconds, microseconds) when `v` is a timedelta.
pub fn fields(v: &Value) -> Option<(i32, i32, i32)> {
    if !is_a(v, &DELTA_TYPE) {
        return None;
    }
    delta_of(v).map(|d| (d.days, d.seconds, d.us))
}
