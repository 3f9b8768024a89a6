//! The basic operations of the specification: add, multiply, divide, integer division and
//! remainders, quantize, integral rounding, comparisons, min/max and fma (`mpd_qadd` ... in
//! libmpdec; the algorithms follow Lib/_pydecimal.py's methods of the same names).

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::number::{
    CLAMPED, Ctx, DIVISION_BY_ZERO, DIVISION_IMPOSSIBLE, DIVISION_UNDEFINED, Dec, INEXACT,
    INVALID_OPERATION, Kind, ROUNDED, Round, SUBNORMAL, cmp, fix, pow10, rescale, rescale_inexact,
};

/// The NaN of an invalid operation, with its condition recorded.
pub fn invalid(st: &mut u32, cond: u32) -> Dec {
    *st |= cond;
    Dec::nan()
}

/// NaN propagation for one operand (`_check_nans` with one argument).
pub fn check_nan(a: &Dec, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    match a.kind {
        Kind::SNaN => {
            *st |= INVALID_OPERATION;
            Some(a.quieted(ctx))
        }
        Kind::NaN => Some(a.fix_nan(ctx)),
        _ => None,
    }
}

/// NaN propagation for two operands: an sNaN first, then the first NaN.
pub fn check_nans(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    if !a.is_nan() && !b.is_nan() {
        return None;
    }
    if a.kind == Kind::SNaN {
        return check_nan(a, ctx, st);
    }
    if b.kind == Kind::SNaN {
        return check_nan(b, ctx, st);
    }
    if a.is_nan() {
        check_nan(a, ctx, st)
    } else {
        check_nan(b, ctx, st)
    }
}

fn from_signed(v: BigInt, exp: i64) -> Dec {
    Dec::finite(v.sign() == Sign::Minus, v.magnitude().clone(), exp)
}

pub fn add(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if a.is_special() || b.is_special() {
        if let Some(n) = check_nans(a, b, ctx, st) {
            return n;
        }
        if a.is_inf() {
            if b.is_inf() && a.neg != b.neg {
                return invalid(st, INVALID_OPERATION);
            }
            return a.clone();
        }
        return b.clone();
    }
    let exp = a.exp.min(b.exp);
    let negativezero = ctx.round == Round::Floor && a.neg != b.neg;
    if a.coef.is_zero() && b.coef.is_zero() {
        let neg = (a.neg && b.neg) || negativezero;
        return fix(Dec::zero(neg, exp), ctx, st);
    }
    if a.coef.is_zero() {
        let e = exp.max(b.exp - ctx.prec - 1);
        return fix(rescale(b, e, ctx.round), ctx, st);
    }
    if b.coef.is_zero() {
        let e = exp.max(a.exp - ctx.prec - 1);
        return fix(rescale(a, e, ctx.round), ctx, st);
    }
    // `_normalize`: an operand far below the other's last digit only acts as a sticky bit.
    let (hi, lo) = if a.exp < b.exp { (b, a) } else { (a, b) };
    let hi_len = hi.digits();
    let limit = hi.exp + (-1i64).min(hi_len - ctx.prec - 2);
    let lo = if lo.digits() + lo.exp - 1 < limit {
        Dec::finite(lo.neg, BigUint::one(), limit)
    } else {
        lo.clone()
    };
    if let Some(sum) = add_small(hi, &lo) {
        if sum.coef.is_zero() {
            return fix(Dec::zero(negativezero, exp), ctx, st);
        }
        return fix(sum, ctx, st);
    }
    let hi_coef = hi.signed_coef() * BigInt::from(pow10((hi.exp - lo.exp) as u64));
    let sum = hi_coef + lo.signed_coef();
    if sum.is_zero() {
        return fix(Dec::zero(negativezero, exp), ctx, st);
    }
    fix(from_signed(sum, lo.exp), ctx, st)
}

/// The exact sum of finite `hi` and `lo` (`hi.exp >= lo.exp`) when the aligned coefficients fit a u128:
/// the usual case at ordinary precisions, done without big-number arithmetic.
fn add_small(hi: &Dec, lo: &Dec) -> Option<Dec> {
    let shift = u32::try_from(hi.exp - lo.exp).ok()?;
    let hi_coef = hi.coef.to_u128()?.checked_mul(10u128.checked_pow(shift)?)?;
    let lo_coef = lo.coef.to_u128()?;
    let (neg, coef) = if hi.neg == lo.neg {
        (hi.neg, hi_coef.checked_add(lo_coef)?)
    } else if hi_coef >= lo_coef {
        (hi.neg, hi_coef - lo_coef)
    } else {
        (lo.neg, lo_coef - hi_coef)
    };
    Some(Dec::finite(neg, BigUint::from(coef), lo.exp))
}

pub fn sub(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nans(a, b, ctx, st) {
        return n;
    }
    add(a, &b.negated(), ctx, st)
}

pub fn mul(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    let neg = a.neg != b.neg;
    if a.is_special() || b.is_special() {
        if let Some(n) = check_nans(a, b, ctx, st) {
            return n;
        }
        if (a.is_inf() && b.is_zero()) || (b.is_inf() && a.is_zero()) {
            return invalid(st, INVALID_OPERATION);
        }
        return Dec::inf(neg);
    }
    let exp = a.exp + b.exp;
    let product = match (a.coef.to_u64(), b.coef.to_u64()) {
        (Some(x), Some(y)) => BigUint::from(u128::from(x) * u128::from(y)),
        _ => &a.coef * &b.coef,
    };
    fix(Dec::finite(neg, product, exp), ctx, st)
}

pub fn div(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    let neg = a.neg != b.neg;
    if a.is_special() || b.is_special() {
        if let Some(n) = check_nans(a, b, ctx, st) {
            return n;
        }
        if a.is_inf() && b.is_inf() {
            return invalid(st, INVALID_OPERATION);
        }
        if a.is_inf() {
            return Dec::inf(neg);
        }
        *st |= CLAMPED;
        return Dec::zero(neg, ctx.etiny());
    }
    if b.coef.is_zero() {
        if a.coef.is_zero() {
            return invalid(st, DIVISION_UNDEFINED);
        }
        *st |= DIVISION_BY_ZERO;
        return Dec::inf(neg);
    }
    let (coef, exp) = if a.coef.is_zero() {
        (BigUint::zero(), a.exp - b.exp)
    } else {
        let shift = b.digits() - a.digits() + ctx.prec + 1;
        let exp = a.exp - b.exp - shift;
        let small = (shift >= 0)
            .then(|| {
                let power = 10u128.checked_pow(u32::try_from(shift).ok()?)?;
                let dividend = a.coef.to_u128()?.checked_mul(power)?;
                let divisor = b.coef.to_u128()?;
                Some((
                    BigUint::from(dividend / divisor),
                    BigUint::from(dividend % divisor),
                ))
            })
            .flatten();
        let (mut q, r) = if let Some(qr) = small {
            qr
        } else if shift >= 0 {
            (&a.coef * pow10(shift as u64)).div_rem(&b.coef)
        } else {
            a.coef.div_rem(&(&b.coef * pow10((-shift) as u64)))
        };
        if !r.is_zero() {
            // Inexact: make the last digit non-0/5 so rounding sees the sticky remainder.
            if (&q % 5u32).is_zero() {
                q += 1u32;
            }
            (q, exp)
        } else {
            let ideal = a.exp - b.exp;
            let stripped = super::number::strip_zeros(&Dec::finite(neg, q, exp), ideal);
            (stripped.coef, stripped.exp)
        }
    };
    fix(Dec::finite(neg, coef, exp), ctx, st)
}

/// Integer quotient and remainder of finite, nonzero-divisor operands (`_divide`).
fn divide(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> (Dec, Dec) {
    let neg = a.neg != b.neg;
    let ideal = if b.is_inf() { a.exp } else { a.exp.min(b.exp) };
    let expdiff = a.adjusted() - b.adjusted();
    if a.coef.is_zero() || b.is_inf() || expdiff <= -2 {
        return (Dec::zero(neg, 0), rescale(a, ideal, ctx.round));
    }
    if expdiff <= ctx.prec {
        let (x, y) = if a.exp >= b.exp {
            (&a.coef * pow10((a.exp - b.exp) as u64), b.coef.clone())
        } else {
            (a.coef.clone(), &b.coef * pow10((b.exp - a.exp) as u64))
        };
        let (q, r) = x.div_rem(&y);
        if q < pow10(ctx.prec as u64) {
            return (Dec::finite(neg, q, 0), Dec::finite(a.neg, r, ideal));
        }
    }
    let n = invalid(st, DIVISION_IMPOSSIBLE);
    (n.clone(), n)
}

pub fn divmod(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> (Dec, Dec) {
    if let Some(n) = check_nans(a, b, ctx, st) {
        return (n.clone(), n);
    }
    let neg = a.neg != b.neg;
    if a.is_inf() {
        if b.is_inf() {
            let n = invalid(st, INVALID_OPERATION);
            return (n.clone(), n);
        }
        return (Dec::inf(neg), invalid(st, INVALID_OPERATION));
    }
    if b.is_zero() {
        if a.is_zero() {
            let n = invalid(st, DIVISION_UNDEFINED);
            return (n.clone(), n);
        }
        *st |= DIVISION_BY_ZERO;
        return (Dec::inf(neg), invalid(st, INVALID_OPERATION));
    }
    let (q, r) = divide(a, b, ctx, st);
    (fix(q, ctx, st), fix(r, ctx, st))
}

pub fn rem(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nans(a, b, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return invalid(st, INVALID_OPERATION);
    }
    if b.is_zero() {
        return invalid(
            st,
            if a.is_zero() {
                DIVISION_UNDEFINED
            } else {
                INVALID_OPERATION
            },
        );
    }
    let r = divide(a, b, ctx, st).1;
    fix(r, ctx, st)
}

pub fn divint(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nans(a, b, ctx, st) {
        return n;
    }
    let neg = a.neg != b.neg;
    if a.is_inf() {
        if b.is_inf() {
            return invalid(st, INVALID_OPERATION);
        }
        return Dec::inf(neg);
    }
    if b.is_zero() {
        if a.is_zero() {
            return invalid(st, DIVISION_UNDEFINED);
        }
        *st |= DIVISION_BY_ZERO;
        return Dec::inf(neg);
    }
    // libmpdec finalizes the quotient too (clamping folds its exponent down).
    let q = divide(a, b, ctx, st).0;
    fix(q, ctx, st)
}

pub fn rem_near(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nans(a, b, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return invalid(st, INVALID_OPERATION);
    }
    if b.is_zero() {
        return invalid(
            st,
            if a.is_zero() {
                DIVISION_UNDEFINED
            } else {
                INVALID_OPERATION
            },
        );
    }
    if b.is_inf() {
        return fix(a.clone(), ctx, st);
    }
    let ideal = a.exp.min(b.exp);
    if a.coef.is_zero() {
        return fix(Dec::zero(a.neg, ideal), ctx, st);
    }
    let expdiff = a.adjusted() - b.adjusted();
    if expdiff > ctx.prec {
        return invalid(st, DIVISION_IMPOSSIBLE);
    }
    if expdiff <= -2 {
        return fix(rescale(a, ideal, ctx.round), ctx, st);
    }
    let (x, y) = if a.exp >= b.exp {
        (&a.coef * pow10((a.exp - b.exp) as u64), b.coef.clone())
    } else {
        (a.coef.clone(), &b.coef * pow10((b.exp - a.exp) as u64))
    };
    let (q, r) = x.div_rem(&y);
    let (mut q, mut r) = (BigInt::from(q), BigInt::from(r));
    let y = BigInt::from(y);
    let odd = if q.is_odd() { 1 } else { 0 };
    if &r * 2 + odd > y {
        r -= &y;
        q += 1;
    }
    if q >= BigInt::from(pow10(ctx.prec as u64)) {
        return invalid(st, DIVISION_IMPOSSIBLE);
    }
    let neg = if r.is_negative() { !a.neg } else { a.neg };
    fix(Dec::finite(neg, r.magnitude().clone(), ideal), ctx, st)
}

pub fn fma(a: &Dec, b: &Dec, c: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    let product = if a.is_special() || b.is_special() {
        if a.kind == Kind::SNaN || b.kind == Kind::SNaN {
            return check_nans(a, b, ctx, st).unwrap_or_else(Dec::nan);
        }
        if a.is_nan() {
            a.clone()
        } else if b.is_nan() {
            b.clone()
        } else if (a.is_inf() && b.is_zero()) || (b.is_inf() && a.is_zero()) {
            return invalid(st, INVALID_OPERATION);
        } else {
            Dec::inf(a.neg != b.neg)
        }
    } else {
        Dec::finite(a.neg != b.neg, &a.coef * &b.coef, a.exp + b.exp)
    };
    add(&product, c, ctx, st)
}

/// `compare`: -1, 0 or 1 as a decimal, NaN for NaN operands.
pub fn compare(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nans(a, b, ctx, st) {
        return n;
    }
    Dec::from_i64(match cmp(a, b) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    })
}

pub fn compare_signal(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if a.is_nan() || b.is_nan() {
        *st |= INVALID_OPERATION;
        return check_nans(a, b, ctx, &mut 0).unwrap_or_else(Dec::nan);
    }
    compare(a, b, ctx, st)
}

/// The total ordering of the specification (`compare_total`).
pub fn compare_total(a: &Dec, b: &Dec) -> Ordering {
    if a.neg != b.neg {
        return if a.neg {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    let rank = |d: &Dec| match d.kind {
        Kind::Finite => 0,
        Kind::Inf => 1,
        Kind::SNaN => 2,
        Kind::NaN => 3,
    };
    let mag = match (rank(a), rank(b)) {
        (ra, rb) if ra != rb => ra.cmp(&rb),
        (2, _) | (3, _) => a.coef.cmp(&b.coef),
        (1, _) => Ordering::Equal,
        _ => match cmp(&a.abs(), &b.abs()) {
            Ordering::Equal => a.exp.cmp(&b.exp),
            o => o,
        },
    };
    if a.neg { mag.reverse() } else { mag }
}

/// `max`/`min` and their `_mag` forms: `want` is the ordering that selects `a`.
pub fn minmax(a: &Dec, b: &Dec, want: Ordering, by_mag: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if a.is_nan() || b.is_nan() {
        // A single quiet NaN loses to a number.
        if a.kind == Kind::NaN && !b.is_nan() {
            return fix(b.clone(), ctx, st);
        }
        if b.kind == Kind::NaN && !a.is_nan() {
            return fix(a.clone(), ctx, st);
        }
        return check_nans(a, b, ctx, st).unwrap_or_else(Dec::nan);
    }
    let mut c = if by_mag {
        cmp(&a.abs(), &b.abs())
    } else {
        Ordering::Equal
    };
    if c == Ordering::Equal {
        c = cmp(a, b);
    }
    if c == Ordering::Equal {
        c = compare_total(a, b);
    }
    let pick = if c == want { a } else { b };
    fix(pick.clone(), ctx, st)
}

pub fn quantize(a: &Dec, q: &Dec, round: Round, ctx: &Ctx, st: &mut u32) -> Dec {
    if a.is_special() || q.is_special() {
        if let Some(n) = check_nans(a, q, ctx, st) {
            return n;
        }
        if a.is_inf() && q.is_inf() {
            return a.clone();
        }
        return invalid(st, INVALID_OPERATION);
    }
    if q.exp < ctx.etiny() || q.exp > ctx.emax {
        return invalid(st, INVALID_OPERATION);
    }
    if a.coef.is_zero() {
        return fix(Dec::zero(a.neg, q.exp), ctx, st);
    }
    let adj = a.adjusted();
    if adj > ctx.emax || adj - q.exp + 1 > ctx.prec {
        return invalid(st, INVALID_OPERATION);
    }
    let (ans, inexact) = rescale_inexact(a, q.exp, round);
    if ans.adjusted() > ctx.emax || ans.digits() > ctx.prec {
        return invalid(st, INVALID_OPERATION);
    }
    if !ans.coef.is_zero() && ans.adjusted() < ctx.emin {
        *st |= SUBNORMAL;
    }
    if ans.exp > a.exp {
        if inexact {
            *st |= INEXACT;
        }
        *st |= ROUNDED;
    }
    fix(ans, ctx, st)
}

/// `to_integral_value` (`exact == false`) and `to_integral_exact`.
pub fn to_integral(a: &Dec, round: Round, exact: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if a.is_special() {
        return check_nan(a, ctx, st).unwrap_or_else(|| a.clone());
    }
    if a.exp >= 0 {
        return a.clone();
    }
    if a.coef.is_zero() {
        return Dec::zero(a.neg, 0);
    }
    let ans = rescale(a, 0, round);
    if exact {
        if cmp(&ans, a) != Ordering::Equal {
            *st |= INEXACT;
        }
        *st |= ROUNDED;
    }
    ans
}

/// The value as an integer, rounded by `round` (finite only).
pub fn to_bigint(a: &Dec, round: Round) -> BigInt {
    let r = if a.exp >= 0 {
        a.coef.clone() * pow10(a.exp as u64)
    } else {
        rescale(a, 0, round).coef
    };
    let v = BigInt::from(r);
    if a.neg { -v } else { v }
}

/// `normalize` (`reduce`): rounded, then without trailing zeros.
pub fn reduce(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    let d = fix(a.clone(), ctx, st);
    if d.is_inf() {
        return d;
    }
    if d.coef.is_zero() {
        return Dec::zero(d.neg, 0);
    }
    let exp_max = if ctx.clamp { ctx.etop() } else { ctx.emax };
    super::number::strip_zeros(&d, exp_max)
}

pub fn plus(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    // Zero results are positive unless rounding toward -Infinity.
    let a = if a.is_zero() {
        Dec::zero(ctx.round == Round::Floor && a.neg, a.exp)
    } else {
        a.clone()
    };
    fix(a, ctx, st)
}

pub fn minus(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    plus(&a.negated(), ctx, st)
}

pub fn abs(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    if a.neg {
        minus(a, ctx, st)
    } else {
        plus(a, ctx, st)
    }
}
