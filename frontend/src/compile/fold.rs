//! Python arithmetic on constants for the flow-graph constant folder; mirrors `eval_const_binop`/`eval_const_unaryop` and the `const_folding_safe_*` limits of CPython's Python/flowgraph.c.
//!
//! Every function returns `None` where CPython's operation would raise or
//! where its size limits refuse to fold; the instruction is then left alone.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

use super::constant::Constant;
use crate::ast::PyStr;

/// Folded ints may have at most this many bits (`MAX_INT_SIZE`).
const MAX_INT_SIZE: u64 = 128;
/// Folded tuples may have at most this many items (`MAX_COLLECTION_SIZE`).
const MAX_COLLECTION_SIZE: i64 = 256;
/// Folded str/bytes may have at most this many items (`MAX_STR_SIZE`).
const MAX_STR_SIZE: i64 = 4096;
/// Folded nested tuples may hold at most this many items in all (`MAX_TOTAL_ITEMS`).
const MAX_TOTAL_ITEMS: i64 = 1024;

/// `BINARY_OP` argument values (CPython's `NB_*`).
pub mod nb {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATRIX_MULTIPLY: u32 = 4;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
    pub const SUBSCR: u32 = 26;
}

/// A numeric view of a constant: bools and ints are exact, floats and complex are not.
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Constant) -> Option<Num> {
    match c {
        Constant::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
        Constant::Int(v) => Some(Num::Int(v.clone())),
        Constant::Float(f) => Some(Num::Float(*f)),
        Constant::Complex(re, im) => Some(Num::Complex(*re, *im)),
        _ => None,
    }
}

fn int_to_f64(v: &BigInt) -> Option<f64> {
    let f = v.to_f64()?;
    f.is_finite().then_some(f)
}

fn as_f64(n: &Num) -> Option<f64> {
    match n {
        Num::Int(v) => int_to_f64(v),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

fn as_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(re, im) => Some((*re, *im)),
        other => Some((as_f64(other)?, 0.0)),
    }
}

/// A complex operation's operand: since 3.14 a real operand takes part as a
/// real number (`_Py_cr_sum` and friends), not as `complex(x, 0.0)`.
#[derive(Clone, Copy)]
enum Part {
    Real(f64),
    Complex(f64, f64),
}

impl Part {
    fn pair(self) -> (f64, f64) {
        match self {
            Part::Real(x) => (x, 0.0),
            Part::Complex(re, im) => (re, im),
        }
    }
}

fn part(n: &Num) -> Option<Part> {
    match n {
        Num::Complex(re, im) => Some(Part::Complex(*re, *im)),
        other => Some(Part::Real(as_f64(other)?)),
    }
}

fn float_result(f: f64) -> Option<Constant> {
    f.is_finite().then_some(Constant::Float(f))
}

fn complex_result(re: f64, im: f64) -> Option<Constant> {
    (re.is_finite() && im.is_finite()).then_some(Constant::Complex(re, im))
}

fn bits(v: &BigInt) -> u64 {
    v.bits()
}

/// `eval_const_binop` with the safety limits of `fold_const_binop`.
pub fn binary_op(left: &Constant, op: u32, right: &Constant) -> Option<Constant> {
    match op {
        nb::ADD => add(left, right),
        nb::SUBTRACT => arith(
            left,
            right,
            |a, b| Some(a - b),
            |a, b| Some(a - b),
            |a, b| {
                Some(match (a, b) {
                    (Part::Complex(ar, ai), Part::Real(b)) => (ar - b, ai),
                    (Part::Real(a), Part::Complex(br, bi)) => (a - br, -bi),
                    _ => (a.pair().0 - b.pair().0, a.pair().1 - b.pair().1),
                })
            },
        ),
        nb::MULTIPLY => safe_multiply(left, right),
        nb::TRUE_DIVIDE => true_divide(left, right),
        nb::FLOOR_DIVIDE => floor_divide(left, right),
        nb::REMAINDER => remainder(left, right),
        nb::POWER => safe_power(left, right),
        nb::LSHIFT => safe_lshift(left, right),
        nb::RSHIFT => rshift(left, right),
        nb::OR | nb::XOR | nb::AND => bitwise(left, op, right),
        nb::SUBSCR => subscript(left, right),
        _ => None,
    }
}

fn arith(
    left: &Constant,
    right: &Constant,
    int_op: impl Fn(&BigInt, &BigInt) -> Option<BigInt>,
    float_op: impl Fn(f64, f64) -> Option<f64>,
    complex_op: impl Fn(Part, Part) -> Option<(f64, f64)>,
) -> Option<Constant> {
    let (a, b) = (num(left)?, num(right)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => int_op(x, y).map(Constant::Int),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (re, im) = complex_op(part(&a)?, part(&b)?)?;
            complex_result(re, im)
        }
        _ => float_result(float_op(as_f64(&a)?, as_f64(&b)?)?),
    }
}

fn add(left: &Constant, right: &Constant) -> Option<Constant> {
    match (left, right) {
        (Constant::Str(a), Constant::Str(b)) => {
            let mut joined = PyStr::clone(a);
            joined.push_pystr(b);
            Some(Constant::Str(Rc::new(joined)))
        }
        (Constant::Bytes(a), Constant::Bytes(b)) => {
            Some(Constant::Bytes(Rc::from([&a[..], &b[..]].concat())))
        }
        (Constant::Tuple(a), Constant::Tuple(b)) => Some(Constant::Tuple(
            a.iter().chain(b.iter()).cloned().collect::<Vec<_>>().into(),
        )),
        _ => arith(
            left,
            right,
            |a, b| Some(a + b),
            |a, b| Some(a + b),
            |a, b| {
                Some(match (a, b) {
                    (Part::Complex(ar, ai), Part::Real(b)) => (ar + b, ai),
                    (Part::Real(a), Part::Complex(br, bi)) => (a + br, bi),
                    _ => (a.pair().0 + b.pair().0, a.pair().1 + b.pair().1),
                })
            },
        ),
    }
}

fn is_int(c: &Constant) -> bool {
    matches!(c, Constant::Int(_) | Constant::Bool(_))
}

fn int_value(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(v) => Some(v.clone()),
        Constant::Bool(b) => Some(BigInt::from(u8::from(*b))),
        _ => None,
    }
}

/// Total items of a possibly nested tuple, as `const_folding_check_complexity`.
fn check_complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) = c {
        limit -= items.len() as i64;
        for item in items.iter() {
            if limit < 0 {
                break;
            }
            limit = check_complexity(item, limit);
            if limit < 0 {
                return limit;
            }
        }
    }
    limit
}

/// `const_folding_safe_multiply`.
fn safe_multiply(v: &Constant, w: &Constant) -> Option<Constant> {
    if let (Some(a), Some(b)) = (int_value(v), int_value(w)) {
        if !a.is_zero() && !b.is_zero() && bits(&a) + bits(&b) > MAX_INT_SIZE {
            return None;
        }
        return Some(Constant::Int(a * b));
    }
    if is_int(v) {
        let n = int_value(v)?;
        match w {
            Constant::Tuple(items) => {
                let size = items.len() as i64;
                if size > 0 {
                    let n = n.to_i64().unwrap_or(-1);
                    if n < 0 || n > MAX_COLLECTION_SIZE / size {
                        return None;
                    }
                    if n > 0 && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0 {
                        return None;
                    }
                }
                return Some(repeat_tuple(items, &n));
            }
            Constant::Str(s) => {
                let size = s.code_points().count() as i64;
                if size > 0 {
                    let n = n.to_i64().unwrap_or(-1);
                    if n < 0 || n > MAX_STR_SIZE / size {
                        return None;
                    }
                }
                return Some(Constant::Str(Rc::new(s.repeat(repeat_count(&n)))));
            }
            Constant::Bytes(b) => {
                let size = b.len() as i64;
                if size > 0 {
                    let n = n.to_i64().unwrap_or(-1);
                    if n < 0 || n > MAX_STR_SIZE / size {
                        return None;
                    }
                }
                return Some(Constant::Bytes(Rc::from(b.repeat(repeat_count(&n)))));
            }
            _ => {}
        }
    }
    if is_int(w)
        && matches!(
            v,
            Constant::Tuple(_) | Constant::Str(_) | Constant::Bytes(_)
        )
    {
        return safe_multiply(w, v);
    }
    arith(
        v,
        w,
        |a, b| Some(a * b),
        |a, b| Some(a * b),
        |a, b| {
            Some(match (a, b) {
                (Part::Complex(ar, ai), Part::Real(b)) => (ar * b, ai * b),
                (Part::Real(a), Part::Complex(br, bi)) => (a * br, a * bi),
                _ => {
                    let (a, b) = (a.pair(), b.pair());
                    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
                }
            })
        },
    )
}

fn repeat_count(n: &BigInt) -> usize {
    n.to_usize().unwrap_or(0)
}

fn repeat_tuple(items: &Rc<[Constant]>, n: &BigInt) -> Constant {
    let count = repeat_count(n);
    let mut out = Vec::with_capacity(items.len() * count);
    for _ in 0..count {
        out.extend(items.iter().cloned());
    }
    Constant::Tuple(out.into())
}

/// Correctly rounded `int / int` where both fit a double exactly; otherwise the nearest doubles.
fn int_true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    let limit = BigInt::from(1u64 << 53);
    if a.abs() <= limit && b.abs() <= limit {
        return Some(a.to_f64()? / b.to_f64()?);
    }
    let q = int_to_f64(a)? / int_to_f64(b)?;
    q.is_finite().then_some(q)
}

/// CPython's `_Py_c_quot`.
fn complex_quotient(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_breal, abs_bimag) = (b.0.abs(), b.1.abs());
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        None
    }
}

fn true_divide(left: &Constant, right: &Constant) -> Option<Constant> {
    let (a, b) = (num(left)?, num(right)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => float_result(int_true_divide(x, y)?),
        (Num::Complex(re, im), _) => {
            let divisor = as_f64(&b);
            let (re, im) = match divisor {
                Some(0.0) => return None,
                Some(d) => (re / d, im / d),
                None => complex_quotient((*re, *im), as_complex(&b)?)?,
            };
            complex_result(re, im)
        }
        (_, Num::Complex(br, bi)) => {
            // `_Py_rc_quot`: `_Py_c_quot` without the dividend's imaginary terms.
            let x = as_f64(&a)?;
            let (re, im) = if br.abs() >= bi.abs() {
                if *br == 0.0 {
                    return None;
                }
                let ratio = bi / br;
                let denom = br + bi * ratio;
                (x / denom, (-x * ratio) / denom)
            } else {
                let ratio = br / bi;
                let denom = br * ratio + bi;
                ((x * ratio) / denom, (-x) / denom)
            };
            complex_result(re, im)
        }
        _ => {
            let (x, y) = (as_f64(&a)?, as_f64(&b)?);
            if y == 0.0 {
                return None;
            }
            float_result(x / y)
        }
    }
}

/// CPython's `_float_div_mod`: (floor quotient, modulo) of two floats.
fn float_div_mod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
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
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

fn floor_divide(left: &Constant, right: &Constant) -> Option<Constant> {
    let (a, b) = (num(left)?, num(right)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => (!y.is_zero()).then(|| Constant::Int(x.div_floor(y))),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => None,
        _ => float_result(float_div_mod(as_f64(&a)?, as_f64(&b)?)?.0),
    }
}

/// `const_folding_safe_mod`: never folds `%`-formatting of str or bytes.
fn remainder(left: &Constant, right: &Constant) -> Option<Constant> {
    let (a, b) = (num(left)?, num(right)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => (!y.is_zero()).then(|| Constant::Int(x.mod_floor(y))),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => None,
        _ => float_result(float_div_mod(as_f64(&a)?, as_f64(&b)?)?.1),
    }
}

fn complex_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `c_powu`: binary exponentiation by a non-negative int.
fn complex_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = complex_mul(r, p);
        }
        mask <<= 1;
        p = complex_mul(p, p);
    }
    r
}

/// CPython's `_Py_c_pow`.
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

fn complex_power(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    // CPython's complex_pow: small integral exponents go through c_powi.
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            return Some(complex_powu(a, n as u64));
        }
        return complex_quotient((1.0, 0.0), complex_powu(a, n.unsigned_abs()));
    }
    complex_pow(a, b)
}

/// CPython's `float_pow` for finite arguments.
fn float_pow(x: f64, y: f64) -> Option<f64> {
    if y == 0.0 {
        return Some(1.0);
    }
    if x == 0.0 {
        if y < 0.0 {
            return None;
        }
        let odd = y.trunc() == y && (y % 2.0).abs() == 1.0;
        return Some(if odd { x } else { 0.0 });
    }
    if x < 0.0 && y != y.trunc() {
        return None;
    }
    let r = x.powf(y);
    r.is_finite().then_some(r)
}

/// `const_folding_safe_power`.
fn safe_power(v: &Constant, w: &Constant) -> Option<Constant> {
    let (a, b) = (num(v)?, num(w)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => {
            if !x.is_zero() && y.is_positive() {
                let wbits = y.to_u64()?;
                if bits(x) > MAX_INT_SIZE / wbits {
                    return None;
                }
            }
            if y.is_negative() {
                return float_result(float_pow(int_to_f64(x)?, int_to_f64(y)?)?);
            }
            let e = y.to_u32()?;
            Some(Constant::Int(num_traits::pow(x.clone(), e as usize)))
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (re, im) = complex_power(as_complex(&a)?, as_complex(&b)?)?;
            complex_result(re, im)
        }
        _ => float_result(float_pow(as_f64(&a)?, as_f64(&b)?)?),
    }
}

/// `const_folding_safe_lshift`.
fn safe_lshift(v: &Constant, w: &Constant) -> Option<Constant> {
    let (x, y) = (int_value(v)?, int_value(w)?);
    if y.is_negative() {
        return None;
    }
    if !x.is_zero() && !y.is_zero() {
        let wbits = y.to_u64()?;
        if wbits > MAX_INT_SIZE || bits(&x) > MAX_INT_SIZE - wbits {
            return None;
        }
    }
    Some(Constant::Int(x << y.to_usize().unwrap_or(0)))
}

fn rshift(v: &Constant, w: &Constant) -> Option<Constant> {
    let (x, y) = (int_value(v)?, int_value(w)?);
    if y.is_negative() {
        return None;
    }
    match y.to_usize() {
        Some(s) => Some(Constant::Int(x >> s)),
        None => Some(Constant::Int(if x.is_negative() {
            -BigInt::one()
        } else {
            BigInt::zero()
        })),
    }
}

fn bitwise(v: &Constant, op: u32, w: &Constant) -> Option<Constant> {
    if let (Constant::Bool(a), Constant::Bool(b)) = (v, w) {
        return Some(Constant::Bool(match op {
            nb::AND => a & b,
            nb::OR => a | b,
            _ => a ^ b,
        }));
    }
    let (x, y) = (int_value(v)?, int_value(w)?);
    Some(Constant::Int(match op {
        nb::AND => x & y,
        nb::OR => x | y,
        _ => x ^ y,
    }))
}

/// Normalizes a Python index against a length, `None` if out of range.
fn index(i: &BigInt, len: usize) -> Option<usize> {
    let i = i.to_i64()?;
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// `PySlice_AdjustIndices`: the positions a slice selects.
fn slice_positions(parts: &[Constant; 3], len: usize) -> Option<Vec<usize>> {
    let get = |c: &Constant| -> Option<Option<i64>> {
        match c {
            Constant::None => Some(None),
            other => {
                let v = int_value(other)?;
                Some(Some(v.to_i64().unwrap_or(if v.sign() == Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                })))
            }
        }
    };
    let (start, stop, step) = (
        get(&parts[0])?,
        get(&parts[1])?,
        get(&parts[2])?.unwrap_or(1),
    );
    if step == 0 {
        return None;
    }
    let len = len as i64;
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => {
                let v = v.saturating_add(len);
                if v < 0 {
                    if step < 0 { -1 } else { 0 }
                } else {
                    v
                }
            }
            Some(v) if v >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(v) => v,
        }
    };
    let (start, stop) = if step > 0 {
        (adjust(start, 0), adjust(stop, len))
    } else {
        (adjust(start, len - 1), adjust(stop, -1))
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i = i.checked_add(step)?;
    }
    Some(out)
}

fn subscript(container: &Constant, key: &Constant) -> Option<Constant> {
    match (container, key) {
        (Constant::Tuple(items), Constant::Slice(s)) => {
            let pos = slice_positions(s, items.len())?;
            Some(Constant::Tuple(
                pos.iter()
                    .map(|&i| items[i].clone())
                    .collect::<Vec<_>>()
                    .into(),
            ))
        }
        (Constant::Str(text), Constant::Slice(s)) => {
            let chars: Vec<u32> = text.code_points().collect();
            let pos = slice_positions(s, chars.len())?;
            Some(Constant::Str(Rc::new(
                pos.iter().map(|&i| chars[i]).collect(),
            )))
        }
        (Constant::Bytes(b), Constant::Slice(s)) => {
            let pos = slice_positions(s, b.len())?;
            Some(Constant::Bytes(
                pos.iter().map(|&i| b[i]).collect::<Vec<u8>>().into(),
            ))
        }
        (Constant::Tuple(items), k) => Some(items[index(&int_value(k)?, items.len())?].clone()),
        (Constant::Str(text), k) => {
            let chars: Vec<u32> = text.code_points().collect();
            let c = chars[index(&int_value(k)?, chars.len())?];
            Some(Constant::Str(Rc::new(PyStr::from_iter([c]))))
        }
        (Constant::Bytes(b), k) => {
            Some(Constant::int(i64::from(b[index(&int_value(k)?, b.len())?])))
        }
        _ => None,
    }
}

/// Unary operations folded by `fold_const_unaryop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Negative,
    Invert,
    Not,
    Positive,
}

/// `eval_const_unaryop`.
pub fn unary_op(operand: &Constant, op: UnaryOp) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!operand.is_true())),
        UnaryOp::Negative => match num(operand)? {
            Num::Int(v) => Some(Constant::Int(-v)),
            Num::Float(f) => Some(Constant::Float(-f)),
            Num::Complex(re, im) => Some(Constant::Complex(-re, -im)),
        },
        UnaryOp::Positive => match num(operand)? {
            Num::Int(v) => Some(Constant::Int(v)),
            Num::Float(f) => Some(Constant::Float(f)),
            Num::Complex(re, im) => Some(Constant::Complex(re, im)),
        },
        // `~` on a bool is deprecated in 3.14; CPython leaves it to run time.
        UnaryOp::Invert => match operand {
            Constant::Int(v) => Some(Constant::Int(-v - 1)),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tuple(items: Vec<Constant>) -> Constant {
        Constant::Tuple(items.into())
    }

    #[test]
    fn folds_like_python() {
        let i = Constant::int;
        assert_eq!(
            binary_op(&i(7), nb::FLOOR_DIVIDE, &i(-2)).unwrap().repr(),
            "-4"
        );
        assert_eq!(
            binary_op(&i(7), nb::REMAINDER, &i(-2)).unwrap().repr(),
            "-1"
        );
        assert_eq!(binary_op(&i(2), nb::POWER, &i(-1)).unwrap().repr(), "0.5");
        assert_eq!(
            binary_op(&Constant::Complex(0.0, 1.0), nb::POWER, &i(2))
                .unwrap()
                .repr(),
            "(-1+0j)"
        );
        assert_eq!(
            binary_op(&Constant::Bool(true), nb::AND, &Constant::Bool(false))
                .unwrap()
                .repr(),
            "False"
        );
        assert_eq!(
            binary_op(&Constant::str("a"), nb::MULTIPLY, &i(3))
                .unwrap()
                .repr(),
            "'aaa'"
        );
        assert_eq!(
            binary_op(&tuple(vec![i(1)]), nb::MULTIPLY, &i(3))
                .unwrap()
                .repr(),
            "(1, 1, 1)"
        );
        assert_eq!(
            binary_op(
                &Constant::Float(-7.5),
                nb::FLOOR_DIVIDE,
                &Constant::Float(2.0)
            )
            .unwrap()
            .repr(),
            "-4.0"
        );
        let slice = Constant::Slice(Rc::new([i(1), Constant::None, Constant::None]));
        assert_eq!(
            binary_op(&Constant::str("abc"), nb::SUBSCR, &slice)
                .unwrap()
                .repr(),
            "'bc'"
        );
    }

    #[test]
    fn refuses_what_cpython_refuses() {
        let i = Constant::int;
        assert!(binary_op(&i(2), nb::POWER, &i(200)).is_none());
        assert!(binary_op(&i(1), nb::LSHIFT, &i(200)).is_none());
        assert!(binary_op(&i(1), nb::TRUE_DIVIDE, &i(0)).is_none());
        assert!(binary_op(&Constant::str("%s"), nb::REMAINDER, &i(1)).is_none());
        assert!(binary_op(&Constant::str("ab"), nb::MULTIPLY, &i(-1)).is_none());
        assert!(binary_op(&tuple(vec![i(1)]), nb::SUBSCR, &i(5)).is_none());
        assert!(unary_op(&Constant::Bool(true), UnaryOp::Invert).is_none());
    }
}
