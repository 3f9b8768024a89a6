//! Correctly rounded square root, exp, ln, log10 and power (`mpd_qsqrt`, `mpd_qexp`, `mpd_qln`,
//! `mpd_qlog10`, `mpd_qpow`, `mpd_qpowmod`); the integer approximations follow Lib/_pydecimal.py's
//! `_ilog`, `_iexp`, `_dlog`, `_dlog10`, `_dexp`, `_dpower` and `_power_exact`.

use std::cell::RefCell;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::arith::{check_nan, check_nans, invalid, to_bigint};
use super::number::{
    CLAMPED, Ctx, Dec, INEXACT, INVALID_OPERATION, Kind, OVERFLOW, ROUNDED, Round, SUBNORMAL,
    UNDERFLOW, cmp, fix, ndigits, overflow_result, pow10, to_string,
};

fn big10(n: i64) -> BigInt {
    BigInt::from(pow10(n.max(0) as u64))
}

/// `len(str(x))` including a minus sign, as _pydecimal's digit counts are.
fn slen(x: &BigInt) -> i64 {
    ndigits(x.magnitude()) + i64::from(x.sign() == Sign::Minus)
}

fn div_nearest(a: &BigInt, b: &BigInt) -> BigInt {
    let (q, r) = a.div_mod_floor(b);
    let odd = BigInt::from(u8::from(q.is_odd()));
    if r * 2 + odd > *b { q + 1 } else { q }
}

fn rshift_nearest(x: &BigInt, shift: u64) -> BigInt {
    let b = BigInt::one() << shift;
    let q = x >> shift;
    let low = x.mod_floor(&b);
    let odd = BigInt::from(u8::from(q.is_odd()));
    if low * 2 + odd > b { q + 1 } else { q }
}

fn sqrt_nearest(n: &BigInt, a: BigInt) -> BigInt {
    let mut a = a;
    let mut b = BigInt::zero();
    while a != b {
        let next = (&a - (-n).div_floor(&a)) >> 1u32;
        b = a;
        a = next;
    }
    a
}

/// Integer approximation to `M*log(x/M)`.
fn ilog(x: &BigInt, m: &BigInt) -> BigInt {
    const L: i64 = 8;
    let mut y = x - m;
    let mut r: i64 = 0;
    loop {
        let ay = y.abs();
        let big = if r <= L {
            (ay << ((L - r) as u64)) >= *m
        } else {
            (ay >> ((r - L) as u64)) >= *m
        };
        if !big {
            break;
        }
        let s = sqrt_nearest(&(m * (m + rshift_nearest(&y, r as u64))), m.clone());
        y = div_nearest(&((m * &y) << 1u32), &(m + s));
        r += 1;
    }
    let t = (10 * slen(m) + 3 * L - 1) / (3 * L);
    let yshift = rshift_nearest(&y, r as u64);
    let mut w = div_nearest(m, &BigInt::from(t));
    for k in (1..t).rev() {
        w = div_nearest(m, &BigInt::from(k)) - div_nearest(&(&yshift * &w), m);
    }
    div_nearest(&(w * y), m)
}

ouro_objects::gil_shared! {
    /// Digits of ln(10) computed so far (`_log10_digits`' memo).
    static LN10_DIGITS: RefCell<String> = RefCell::new("23025850929940456840179914546843642076011014886".to_string());
}

/// `10**p * ln(10)`, correct to within 1.
fn log10_digits(p: i64) -> BigInt {
    if p < 0 {
        return BigInt::zero();
    }
    let p = p as usize;
    LN10_DIGITS.with(|memo| {
        if memo.borrow().len() < p + 1 {
            let mut extra = 3i64;
            let digits = loop {
                let m = big10(p as i64 + extra + 2);
                let d = div_nearest(&ilog(&(BigInt::from(10) * &m), &m), &BigInt::from(100))
                    .to_string();
                if !d.ends_with(&"0".repeat(extra as usize)) {
                    break d;
                }
                extra += 3;
            };
            let trimmed = digits.trim_end_matches('0');
            *memo.borrow_mut() = trimmed[..trimmed.len() - 1].to_string();
        }
        memo.borrow()[..p + 1].parse().unwrap_or_default()
    })
}

/// `10**p * log(c*10**e)` within 1 (c > 0, c*10**e != 1).
fn dlog(c: &BigInt, e: i64, p: i64) -> BigInt {
    let p = p + 2;
    let l = slen(c);
    let f = e + l - i64::from(e + l >= 1);
    let log_d = if p > 0 {
        let k = e + p - f;
        let c = if k >= 0 {
            c * big10(k)
        } else {
            div_nearest(c, &big10(-k))
        };
        ilog(&c, &big10(p))
    } else {
        BigInt::zero()
    };
    let f_log_ten = if f != 0 {
        let extra = slen(&BigInt::from(f).abs()) - 1;
        if p + extra >= 0 {
            div_nearest(&(BigInt::from(f) * log10_digits(p + extra)), &big10(extra))
        } else {
            BigInt::zero()
        }
    } else {
        BigInt::zero()
    };
    div_nearest(&(f_log_ten + log_d), &BigInt::from(100))
}

/// `10**p * log10(c*10**e)` within 1.
fn dlog10(c: &BigInt, e: i64, p: i64) -> BigInt {
    let p = p + 2;
    let l = slen(c);
    let f = e + l - i64::from(e + l >= 1);
    let (log_d, log_tenpower) = if p > 0 {
        let m = big10(p);
        let k = e + p - f;
        let c = if k >= 0 {
            c * big10(k)
        } else {
            div_nearest(c, &big10(-k))
        };
        let log_d = ilog(&c, &m);
        let log_10 = log10_digits(p);
        (div_nearest(&(log_d * &m), &log_10), BigInt::from(f) * m)
    } else {
        (BigInt::zero(), div_nearest(&BigInt::from(f), &big10(-p)))
    };
    div_nearest(&(log_tenpower + log_d), &BigInt::from(100))
}

/// Integer approximation to `M*exp(x/M)` for small `x/M`.
fn iexp(x: &BigInt, m: &BigInt) -> BigInt {
    const L: u64 = 8;
    let r = (x << L).div_floor(m).magnitude().bits();
    let t = (10 * slen(m) + 3 * L as i64 - 1) / (3 * L as i64);
    let mut y = div_nearest(x, &BigInt::from(t));
    let mshift = m << r;
    for i in (1..t).rev() {
        y = div_nearest(&(x * (&mshift + &y)), &(&mshift * i));
    }
    for k in (0..r).rev() {
        let mshift = m << (k + 2);
        y = div_nearest(&(&y * (&y + &mshift)), &mshift);
    }
    m + y
}

/// `(d, f)` with `(d-1)*10**f < exp(c*10**e) < (d+1)*10**f`, d of p digits.
fn dexp(c: &BigInt, e: i64, p: i64) -> (BigInt, i64) {
    let p = p + 2;
    let extra = (e + slen(c) - 1).max(0);
    let q = p + extra;
    let shift = e + q;
    let cshift = if shift >= 0 {
        c * big10(shift)
    } else {
        c.div_floor(&big10(-shift))
    };
    let (quot, rem) = cshift.div_mod_floor(&log10_digits(q));
    let rem = div_nearest(&rem, &big10(extra));
    let quot = saturate(&quot);
    (
        div_nearest(&iexp(&rem, &big10(p)), &BigInt::from(1000)),
        quot - p + 3,
    )
}

fn dpower(xc: &BigInt, xe: i64, yc: &BigInt, ye: i64, p: i64) -> (BigInt, i64) {
    let b = slen(&yc.abs()) + ye;
    let lxc = dlog(xc, xe, p + b + 1);
    let shift = ye - b;
    let pc = if shift >= 0 {
        lxc * yc * big10(shift)
    } else {
        div_nearest(&(lxc * yc), &big10(-shift))
    };
    if pc.is_zero() {
        if (slen(xc) + xe >= 1) == yc.is_positive() {
            (big10(p - 1) + 1, 1 - p)
        } else {
            (big10(p) - 1, -p)
        }
    } else {
        let (coeff, exp) = dexp(&pc, -(p + 1), p + 1);
        (div_nearest(&coeff, &BigInt::from(10)), exp + 1)
    }
}

/// Whether `coeff` (more than p digits) rounds unambiguously at p digits.
fn roundable(coeff: &BigInt, p: i64) -> bool {
    let drop = slen(&coeff.abs()) - p - 1;
    !(coeff % (BigInt::from(5) * big10(drop))).is_zero()
}

fn half_even(d: Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    fix(d, &ctx.with_round(Round::HalfEven), st)
}

fn from_signed(v: &BigInt, exp: i64) -> Dec {
    Dec::finite(v.is_negative(), v.magnitude().clone(), exp)
}

pub fn sqrt(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if a.is_special() {
        if let Some(n) = check_nan(a, ctx, st) {
            return n;
        }
        if !a.neg {
            return a.clone();
        }
    }
    if a.is_zero() {
        return fix(Dec::zero(a.neg, Integer::div_floor(&a.exp, &2)), ctx, st);
    }
    if a.neg {
        return invalid(st, INVALID_OPERATION);
    }
    let prec = ctx.prec + 1;
    let mut e = a.exp >> 1;
    let digits = a.digits();
    let (c, l) = if a.exp & 1 == 1 {
        (&a.coef * 10u32, (digits >> 1) + 1)
    } else {
        (a.coef.clone(), (digits + 1) >> 1)
    };
    let shift = prec - l;
    let hundred = BigUint::from(100u32);
    let (c, mut exact) = if shift >= 0 {
        (c * hundred.pow(shift as u32), true)
    } else {
        let (q, r) = c.div_rem(&hundred.pow((-shift) as u32));
        (q, r.is_zero())
    };
    e -= shift;
    let mut n = c.sqrt();
    exact = exact && &n * &n == c;
    if exact {
        if shift >= 0 {
            n /= pow10(shift as u64);
        } else {
            n *= pow10((-shift) as u64);
        }
        e += shift;
    } else if (&n % 5u32).is_zero() {
        n += 1u32;
    }
    half_even(Dec::finite(false, n, e), ctx, st)
}

pub fn exp(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return if a.neg {
            Dec::zero(false, 0)
        } else {
            a.clone()
        };
    }
    if a.is_zero() {
        return Dec::from_i64(1);
    }
    let p = ctx.prec;
    let adj = a.adjusted();
    let ans = if !a.neg && adj > slen(&((BigInt::from(ctx.emax) + 1) * 3)) {
        Dec::finite(false, BigUint::one(), ctx.emax + 1)
    } else if a.neg && adj > slen(&((BigInt::from(-ctx.etiny()) + 1) * 3)) {
        Dec::finite(false, BigUint::one(), ctx.etiny() - 1)
    } else if !a.neg && adj < -p {
        Dec::finite(false, pow10(p as u64) + 1u32, -p)
    } else if a.neg && adj < -p - 1 {
        Dec::finite(false, pow10((p + 1) as u64) - 1u32, -p - 1)
    } else {
        let c = a.signed_coef();
        let mut extra = 3;
        loop {
            let (coeff, e) = dexp(&c, a.exp, p + extra);
            if roundable(&coeff, p) {
                break from_signed(&coeff, e);
            }
            extra += 3;
        }
    };
    half_even(ans, ctx, st)
}

fn is_one(a: &Dec) -> bool {
    !a.is_special() && cmp(a, &Dec::from_i64(1)) == std::cmp::Ordering::Equal
}

/// Python's `str < str` on digit strings, which some bounds below rely on.
fn str_less(a: &BigInt, b: &BigInt) -> bool {
    a.to_string() < b.to_string()
}

fn ln_exp_bound(a: &Dec) -> i64 {
    let adj = a.adjusted();
    if adj >= 1 {
        return slen(&(BigInt::from(adj) * 23 / 10)) - 1;
    }
    if adj <= -2 {
        return slen(&((BigInt::from(-1) - adj) * 23 / 10)) - 1;
    }
    let c = BigInt::from(a.coef.clone());
    let e = a.exp;
    if adj == 0 {
        let num = &c - big10(-e);
        return slen(&num) - slen(&c) - i64::from(str_less(&num, &c));
    }
    e + slen(&(big10(-e) - c)) - 1
}

fn log10_exp_bound(a: &Dec) -> i64 {
    let adj = a.adjusted();
    if adj >= 1 {
        return slen(&BigInt::from(adj)) - 1;
    }
    if adj <= -2 {
        return slen(&BigInt::from(-1 - adj)) - 1;
    }
    let c = BigInt::from(a.coef.clone());
    let e = a.exp;
    if adj == 0 {
        let num = &c - big10(-e);
        let den = &c * 231;
        return slen(&num) - slen(&den) - i64::from(str_less(&num, &den)) + 2;
    }
    let num = big10(-e) - c;
    slen(&num) + e - i64::from(str_less(&num, &BigInt::from(231))) - 1
}

pub fn ln(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    if a.is_zero() {
        return Dec::inf(true);
    }
    if a.is_inf() && !a.neg {
        return a.clone();
    }
    if is_one(a) {
        return Dec::zero(false, 0);
    }
    if a.neg {
        return invalid(st, INVALID_OPERATION);
    }
    let c = BigInt::from(a.coef.clone());
    let p = ctx.prec;
    let mut places = p - ln_exp_bound(a) + 2;
    let coeff = loop {
        let coeff = dlog(&c, a.exp, places);
        if roundable(&coeff, p) {
            break coeff;
        }
        places += 3;
    };
    half_even(from_signed(&coeff, -places), ctx, st)
}

pub fn log10(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    if a.is_zero() {
        return Dec::inf(true);
    }
    if a.is_inf() && !a.neg {
        return a.clone();
    }
    if a.neg {
        return invalid(st, INVALID_OPERATION);
    }
    let digits = a.digits();
    let ans = if a.coef == pow10((digits - 1) as u64) {
        Dec::from_i64(a.exp + digits - 1)
    } else {
        let c = BigInt::from(a.coef.clone());
        let p = ctx.prec;
        let mut places = p - log10_exp_bound(a) + 2;
        let coeff = loop {
            let coeff = dlog10(&c, a.exp, places);
            if roundable(&coeff, p) {
                break coeff;
            }
            places += 3;
        };
        from_signed(&coeff, -places)
    };
    half_even(ans, ctx, st)
}

pub fn is_integer(a: &Dec) -> bool {
    if a.is_special() {
        return false;
    }
    if a.exp >= 0 || a.coef.is_zero() {
        return true;
    }
    // A nonzero coefficient with no more digits than places after the point is a fraction.
    a.digits() > -a.exp && (&a.coef % pow10((-a.exp) as u64)).is_zero()
}

fn is_even_integer(a: &Dec) -> bool {
    if a.coef.is_zero() || a.exp > 0 {
        return true;
    }
    let digit = (&a.coef / pow10((-a.exp) as u64)) % 10u32;
    !digit.bit(0)
}

/// `n * 10**e` if that is an integer.
fn lshift_exact(n: &BigInt, e: i64) -> Option<BigInt> {
    if n.is_zero() {
        return Some(BigInt::zero());
    }
    if e >= 0 {
        return Some(n * big10(e));
    }
    if -e > slen(&n.abs()) {
        return None;
    }
    let (q, r) = n.div_rem(&big10(-e));
    r.is_zero().then_some(q)
}

fn strip_tens(c: &BigUint, e: i64) -> (BigInt, i64) {
    let mut c = BigInt::from(c.clone());
    let mut e = e;
    let ten = BigInt::from(10);
    while !c.is_zero() && (&c % &ten).is_zero() {
        c /= &ten;
        e += 1;
    }
    (c, e)
}

fn log10_lb(c: &BigInt) -> i64 {
    let s = c.to_string();
    let correction = [0, 100, 70, 53, 40, 31, 23, 16, 10, 5];
    let first = (s.as_bytes()[0] - b'0') as usize;
    100 * s.len() as i64 - correction[first]
}

/// An exponent beyond any context, saturated: `fix` turns it into overflow or underflow.
fn saturate(v: &BigInt) -> i64 {
    v.to_i64()
        .unwrap_or(if v.is_negative() {
            i64::MIN / 4
        } else {
            i64::MAX / 4
        })
        .clamp(i64::MIN / 4, i64::MAX / 4)
}

/// The value of an integral decimal, saturated like an exponent.
fn int_value(y: &Dec) -> i64 {
    if y.adjusted() >= 19 {
        return if y.neg { i64::MIN / 4 } else { i64::MAX / 4 };
    }
    saturate(&to_bigint(y, Round::Down))
}

/// `x**y` exactly in at most p digits, if it is exact (`_power_exact`).
fn power_exact(x: &Dec, y: &Dec, p: i64) -> Option<Dec> {
    let (mut xc, mut xe) = strip_tens(&x.coef, x.exp);
    let (yc, mut ye) = strip_tens(&y.coef, y.exp);
    let y_nonneg_int = is_integer(y) && !y.neg;
    if xc.is_one() {
        let mut xe_big = BigInt::from(xe) * &yc;
        let ten = BigInt::from(10);
        while !xe_big.is_zero() && (&xe_big % &ten).is_zero() {
            xe_big /= &ten;
            ye += 1;
        }
        if ye < 0 {
            return None;
        }
        let mut exponent = if ye > 40 {
            saturate(&xe_big)
        } else {
            saturate(&(xe_big * big10(ye)))
        };
        if y.neg {
            exponent = -exponent;
        }
        let zeros = if y_nonneg_int {
            let ideal = x.exp.saturating_mul(int_value(y));
            exponent.saturating_sub(ideal).min(p - 1)
        } else {
            0
        };
        return Some(Dec::finite(
            false,
            pow10(zeros.max(0) as u64),
            exponent - zeros.max(0),
        ));
    }
    if y.neg {
        let last = (&xc % BigInt::from(10)).to_u32()?;
        let (five_or_two, e, xe_new) = if [2, 4, 6, 8].contains(&last) {
            if (&xc & (-&xc)) != xc {
                return None;
            }
            let e = xc.bits() as i64 - 1;
            let emax = p * 93 / 65;
            if ye >= slen(&BigInt::from(emax)) {
                return None;
            }
            let e = lshift_exact(&(BigInt::from(e) * &yc), ye)?;
            let xe2 = lshift_exact(&(BigInt::from(xe) * &yc), ye)?;
            if e > BigInt::from(emax) {
                return None;
            }
            (5u32, e, xe2)
        } else if last == 5 {
            let mut e = (xc.bits() * 28 / 65) as i64;
            let (mut q, r) = BigInt::from(5).pow(e as u32).div_rem(&xc);
            if !r.is_zero() {
                return None;
            }
            while (&q % BigInt::from(5)).is_zero() {
                q /= 5;
                e -= 1;
            }
            let emax = p * 10 / 3;
            if ye >= slen(&BigInt::from(emax)) {
                return None;
            }
            let e = lshift_exact(&(BigInt::from(e) * &yc), ye)?;
            let xe2 = lshift_exact(&(BigInt::from(xe) * &yc), ye)?;
            if e > BigInt::from(emax) {
                return None;
            }
            (2u32, e, xe2)
        } else {
            return None;
        };
        let e = e.to_u32()?;
        let xc = BigInt::from(five_or_two).pow(e);
        if xc >= big10(p) {
            return None;
        }
        let xe = saturate(&(-BigInt::from(e) - xe_new));
        return Some(from_signed(&xc, xe));
    }
    let xc_bits = xc.bits() as i64;
    let (m, n) = if ye >= 0 {
        (&yc * big10(ye), BigInt::one())
    } else {
        if xe != 0 && slen(&(&yc * xe).abs()) <= -ye {
            return None;
        }
        if slen(&(&yc * xc_bits)) <= -ye {
            return None;
        }
        let (mut m, mut n) = (yc.clone(), big10(-ye));
        while m.is_even() && n.is_even() {
            m /= 2;
            n /= 2;
        }
        while (&m % BigInt::from(5)).is_zero() && (&n % BigInt::from(5)).is_zero() {
            m /= 5;
            n /= 5;
        }
        (m, n)
    };
    if n > BigInt::one() {
        let n = n.to_i64()?;
        if !xc.is_one() && xc_bits <= n {
            return None;
        }
        let (q, r) = xe.div_mod_floor(&n);
        if r != 0 {
            return None;
        }
        xe = q;
        let root = xc.nth_root(u32::try_from(n).ok()?);
        if root.pow(u32::try_from(n).ok()?) != xc {
            return None;
        }
        xc = root;
    }
    if xc > BigInt::one() && m > BigInt::from(p * 100 / log10_lb(&xc)) {
        return None;
    }
    let m = m.to_u32()?;
    xc = xc.pow(m);
    xe = xe
        .saturating_mul(i64::from(m))
        .clamp(i64::MIN / 4, i64::MAX / 4);
    if xc > big10(p) {
        return None;
    }
    let len = slen(&xc);
    let zeros = if y_nonneg_int {
        let ideal = x.exp.saturating_mul(int_value(y));
        xe.saturating_sub(ideal).min(p - len)
    } else {
        0
    };
    let zeros = zeros.max(0);
    Some(from_signed(&(xc * big10(zeros)), xe - zeros))
}

pub fn power(x: &Dec, y: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nans(x, y, ctx, st) {
        return n;
    }
    if y.is_zero() {
        if x.is_zero() {
            return invalid(st, INVALID_OPERATION);
        }
        return Dec::from_i64(1);
    }
    let mut result_neg = false;
    let mut x = x.clone();
    if x.neg {
        if is_integer(y) {
            result_neg = !is_even_integer(y);
        } else if !x.is_zero() {
            return invalid(st, INVALID_OPERATION);
        }
        x.neg = false;
    }
    if x.is_zero() {
        return if !y.neg {
            Dec::zero(result_neg, 0)
        } else {
            Dec::inf(result_neg)
        };
    }
    if x.is_inf() {
        return if !y.neg {
            Dec::inf(result_neg)
        } else {
            Dec::zero(result_neg, 0)
        };
    }
    if is_one(&x) {
        let exp = if is_integer(y) {
            let multiplier = if y.neg {
                0
            } else if cmp(y, &Dec::from_i64(ctx.prec)) == std::cmp::Ordering::Greater {
                ctx.prec
            } else {
                to_bigint(y, Round::Down).to_i64().unwrap_or(ctx.prec)
            };
            let mut exp = x.exp * multiplier;
            if exp < 1 - ctx.prec {
                exp = 1 - ctx.prec;
                *st |= ROUNDED;
            }
            exp
        } else {
            *st |= INEXACT | ROUNDED;
            1 - ctx.prec
        };
        return Dec::finite(result_neg, pow10((-exp).max(0) as u64), exp);
    }
    let x_adj = x.adjusted();
    if y.is_inf() {
        return if y.neg != (x_adj < 0) {
            Dec::zero(result_neg, 0)
        } else {
            Dec::inf(result_neg)
        };
    }
    let y_int = is_integer(y);
    // 64-bit libmpdec multiplies out positive exponents up to MPD_UINT_MAX (`mpd_qabs_uint`).
    let multiplied =
        y_int && !y.neg && y.adjusted() < 20 && to_bigint(y, Round::Down) <= BigInt::from(u64::MAX);
    let work = work_context(&x, y, multiplied, ctx);
    let underflow_zero = |st: &mut u32| {
        *st |= UNDERFLOW | SUBNORMAL | INEXACT | ROUNDED | CLAMPED;
        Dec::zero(result_neg, ctx.etiny())
    };
    let mut ans = None;
    let mut exact = false;
    let bound = log10_exp_bound(&x).saturating_add(y.adjusted());
    if (x_adj >= 0) != y.neg {
        if bound >= slen(&BigInt::from(ctx.emax)) {
            ans = Some(Dec::finite(result_neg, BigUint::one(), ctx.emax + 1));
        }
    } else if bound >= slen(&BigInt::from(-ctx.etiny())) {
        if !multiplied {
            ans = Some(Dec::finite(result_neg, BigUint::one(), ctx.etiny() - 1));
        } else if multiplied && log10_estimate(&x, y) < (work.etiny() - 1) as f64 {
            // Repeated multiplication in the working context underflows to zero.
            return underflow_zero(st);
        }
    }
    // Exact results are found up to the working precision: the approximation below could never
    // round one of those unambiguously.
    if ans.is_none()
        && let Some(mut a) = power_exact(&x, y, work.prec + 1)
    {
        a.neg = result_neg;
        ans = Some(a);
        exact = true;
    }
    let ans = match ans {
        Some(a) => a,
        None => {
            let p = work.prec;
            let xc = BigInt::from(x.coef.clone());
            let yc = y.signed_coef();
            let mut extra = 3;
            let approx = loop {
                let (coeff, e) = dpower(&xc, x.exp, &yc, y.exp, p + extra);
                if roundable(&coeff, p) {
                    break Dec::finite(result_neg, coeff.magnitude().clone(), e);
                }
                extra += 3;
            };
            let mut ignored = 0;
            let wide = fix(approx, &work, &mut ignored);
            if wide.is_zero() {
                return underflow_zero(st);
            }
            if wide.is_inf() {
                *st |= OVERFLOW | INEXACT | ROUNDED;
                return overflow_result(result_neg, ctx);
            }
            *st |= INEXACT | ROUNDED;
            wide
        }
    };
    if exact && !y_int {
        let mut ans = ans;
        let len = ans.digits();
        if len <= ctx.prec {
            let expdiff = ctx.prec + 1 - len;
            ans = Dec::finite(ans.neg, ans.coef * pow10(expdiff as u64), ans.exp - expdiff);
        }
        let mut inner = 0;
        let ans = fix(ans, ctx, &mut inner);
        inner |= INEXACT;
        if inner & SUBNORMAL != 0 {
            inner |= UNDERFLOW;
        }
        if inner & OVERFLOW != 0 {
            inner |= INEXACT | ROUNDED;
        }
        *st |= inner;
        ans
    } else if exact {
        let mut work_status = 0;
        let wide = fix(ans.clone(), &work, &mut work_status);
        if wide.is_zero() && !ans.is_zero() {
            return underflow_zero(st);
        }
        if wide.is_inf() {
            *st |= OVERFLOW | INEXACT | ROUNDED;
            return overflow_result(result_neg, ctx);
        }
        *st |= work_status & (INEXACT | ROUNDED);
        fix(wide, ctx, st)
    } else {
        fix(ans, ctx, st)
    }
}

/// The context libmpdec computes a power in before rounding it to `ctx` (`_mpd_qpow_int`,
/// `_mpd_qpow_real`): ROUND_HALF_EVEN at a wider precision; positive integer exponents by repeated
/// multiplication within the context's exponent range (a result far below it is zero), others as
/// exp(y*ln(x)) unbounded (with 64-bit libmpdec's MPD_EXPDIGITS = 19 extra digits). Directed
/// roundings see that double rounding.
fn work_context(x: &Dec, y: &Dec, positive_int: bool, ctx: &Ctx) -> Ctx {
    if positive_int {
        Ctx {
            prec: ctx
                .prec
                .saturating_add(y.digits())
                .saturating_add(y.exp)
                .saturating_add(2),
            round: Round::HalfEven,
            clamp: false,
            ..ctx.clone()
        }
    } else {
        Ctx {
            prec: ctx.prec.max(x.digits()) + 4 + 19,
            round: Round::HalfEven,
            ..Ctx::max()
        }
    }
}

/// `log10(|x**y|)` in floating point, for telling a total underflow from a near one.
fn log10_estimate(x: &Dec, y: &Dec) -> f64 {
    let digits = x.coef.to_string();
    let lead: f64 = digits
        .get(..17.min(digits.len()))
        .and_then(|d| d.parse().ok())
        .unwrap_or(1.0);
    let log_x = lead.log10() + (x.exp + digits.len() as i64 - 17.min(digits.len() as i64)) as f64;
    let y_value: f64 = to_string(y, false, true).parse().unwrap_or(f64::INFINITY);
    log_x * y_value
}

/// Three-argument `pow` (`_power_modulo`).
pub fn power_mod(x: &Dec, y: &Dec, m: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    for d in [x, y, m] {
        if d.kind == Kind::SNaN {
            return check_nan(d, ctx, st).unwrap_or_else(Dec::nan);
        }
    }
    for d in [x, y, m] {
        if d.is_nan() {
            return d.fix_nan(ctx);
        }
    }
    if !(is_integer(x) && is_integer(y) && is_integer(m)) || y.neg || m.is_zero() {
        return invalid(st, INVALID_OPERATION);
    }
    if m.adjusted() >= ctx.prec || (y.is_zero() && x.is_zero()) {
        return invalid(st, INVALID_OPERATION);
    }
    let neg = if is_even_integer(y) { false } else { x.neg };
    let modulus = to_bigint(m, Round::Down).abs();
    let base = to_bigint(&x.abs(), Round::Down).mod_floor(&modulus);
    let exponent = to_bigint(y, Round::Down);
    let r = base.modpow(&exponent, &modulus);
    Dec::finite(neg, r.magnitude().clone(), 0)
}
