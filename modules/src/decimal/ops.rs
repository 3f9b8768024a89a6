//! The specification's miscellaneous operations: logb, scaleb, next_*, the digit-wise logical
//! operations, rotate, shift and number_class (libmpdec's `mpd_qlogb` ...; the rules follow
//! Lib/_pydecimal.py's methods of the same names).

use std::cmp::Ordering;

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use super::arith::{add, check_nan, check_nans, invalid, sub};
use super::number::{
    CLAMPED, Ctx, DIVISION_BY_ZERO, Dec, INEXACT, INVALID_OPERATION, Kind, OVERFLOW, ROUNDED,
    Round, SUBNORMAL, UNDERFLOW, cmp, fix, pow10,
};

pub fn logb(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return Dec::inf(false);
    }
    if a.is_zero() {
        *st |= DIVISION_BY_ZERO;
        return Dec::inf(true);
    }
    fix(Dec::from_i64(a.adjusted()), ctx, st)
}

/// The integer value of an exponent-0 operand, if it is within `limit`.
fn small_int_operand(b: &Dec, limit: i64) -> Option<i64> {
    if b.is_special() || b.exp != 0 {
        return None;
    }
    let v = b.coef.to_i64()?;
    let v = if b.neg { -v } else { v };
    (-limit..=limit).contains(&v).then_some(v)
}

pub fn scaleb(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nans(a, b, ctx, st) {
        return n;
    }
    let limit = ctx.emax.saturating_add(ctx.prec).saturating_mul(2);
    let Some(n) = small_int_operand(b, limit) else {
        return invalid(st, INVALID_OPERATION);
    };
    if a.is_inf() {
        return a.clone();
    }
    fix(
        Dec::finite(a.neg, a.coef.clone(), a.exp.saturating_add(n)),
        ctx,
        st,
    )
}

fn quiet_ctx(ctx: &Ctx, round: Round) -> Ctx {
    Ctx {
        round,
        traps: 0,
        flags: 0,
        ..ctx.clone()
    }
}

pub fn next_minus(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return if a.neg {
            a.clone()
        } else {
            Dec::finite(false, pow10(ctx.prec as u64) - 1u32, ctx.etop())
        };
    }
    let c = quiet_ctx(ctx, Round::Floor);
    let mut ignored = 0;
    let fixed = fix(a.clone(), &c, &mut ignored);
    if cmp(&fixed, a) != Ordering::Equal {
        return fixed;
    }
    sub(
        a,
        &Dec::finite(false, BigUint::from(1u32), c.etiny() - 1),
        &c,
        &mut ignored,
    )
}

pub fn next_plus(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nan(a, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return if !a.neg {
            a.clone()
        } else {
            Dec::finite(true, pow10(ctx.prec as u64) - 1u32, ctx.etop())
        };
    }
    let c = quiet_ctx(ctx, Round::Ceiling);
    let mut ignored = 0;
    let fixed = fix(a.clone(), &c, &mut ignored);
    if cmp(&fixed, a) != Ordering::Equal {
        return fixed;
    }
    add(
        a,
        &Dec::finite(false, BigUint::from(1u32), c.etiny() - 1),
        &c,
        &mut ignored,
    )
}

pub fn next_toward(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nans(a, b, ctx, st) {
        return n;
    }
    let ans = match cmp(a, b) {
        Ordering::Equal => {
            return Dec {
                neg: b.neg,
                ..a.clone()
            };
        }
        Ordering::Less => next_plus(a, ctx, st),
        Ordering::Greater => next_minus(a, ctx, st),
    };
    if ans.is_inf() {
        *st |= OVERFLOW | INEXACT | ROUNDED;
    } else if ans.adjusted() < ctx.emin {
        *st |= UNDERFLOW | SUBNORMAL | INEXACT | ROUNDED;
        if ans.is_zero() {
            *st |= CLAMPED;
        }
    }
    ans
}

pub fn is_normal(a: &Dec, ctx: &Ctx) -> bool {
    !a.is_special() && !a.coef.is_zero() && a.adjusted() >= ctx.emin
}

pub fn is_subnormal(a: &Dec, ctx: &Ctx) -> bool {
    !a.is_special() && !a.coef.is_zero() && a.adjusted() < ctx.emin
}

pub fn number_class(a: &Dec, ctx: &Ctx) -> &'static str {
    let sign = if a.neg { "-" } else { "+" };
    match a.kind {
        Kind::SNaN => "sNaN",
        Kind::NaN => "NaN",
        Kind::Inf => {
            if a.neg {
                "-Infinity"
            } else {
                "+Infinity"
            }
        }
        Kind::Finite if a.coef.is_zero() => {
            if a.neg {
                "-Zero"
            } else {
                "+Zero"
            }
        }
        Kind::Finite if a.adjusted() < ctx.emin => {
            if sign == "-" {
                "-Subnormal"
            } else {
                "+Subnormal"
            }
        }
        Kind::Finite => {
            if a.neg {
                "-Normal"
            } else {
                "+Normal"
            }
        }
    }
}

/// The coefficient as exactly `prec` digits (zero-padded or cut on the left).
fn fill(coef: &BigUint, prec: i64) -> Vec<u8> {
    let s = coef.to_string().into_bytes();
    let prec = prec as usize;
    if s.len() >= prec {
        s[s.len() - prec..].to_vec()
    } else {
        let mut v = vec![b'0'; prec - s.len()];
        v.extend_from_slice(&s);
        v
    }
}

fn from_digits(neg: bool, digits: &[u8], exp: i64) -> Dec {
    let s = std::str::from_utf8(digits)
        .unwrap_or("0")
        .trim_start_matches('0');
    let coef = if s.is_empty() {
        BigUint::zero()
    } else {
        s.parse().unwrap_or_default()
    };
    Dec::finite(neg, coef, exp)
}

fn is_logical(a: &Dec) -> bool {
    !a.is_special()
        && !a.neg
        && a.exp == 0
        && a.coef.to_string().bytes().all(|b| b == b'0' || b == b'1')
}

/// `logical_and` / `_or` / `_xor` with `op` on digit pairs.
pub fn logical(a: &Dec, b: &Dec, op: fn(bool, bool) -> bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if !is_logical(a) || !is_logical(b) {
        return invalid(st, INVALID_OPERATION);
    }
    let (x, y) = (fill(&a.coef, ctx.prec), fill(&b.coef, ctx.prec));
    let digits: Vec<u8> = x
        .iter()
        .zip(&y)
        .map(|(p, q)| {
            if op(*p == b'1', *q == b'1') {
                b'1'
            } else {
                b'0'
            }
        })
        .collect();
    from_digits(false, &digits, 0)
}

pub fn logical_invert(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    let ones = Dec::finite(false, (pow10(ctx.prec as u64) - 1u32) / 9u32, 0);
    logical(a, &ones, |p, q| p != q, ctx, st)
}

/// `rotate` (`shift == false`) and `shift`.
pub fn rotate_or_shift(a: &Dec, b: &Dec, shift: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = check_nans(a, b, ctx, st) {
        return n;
    }
    let Some(n) = small_int_operand(b, ctx.prec) else {
        return invalid(st, INVALID_OPERATION);
    };
    if a.is_inf() {
        return a.clone();
    }
    let mut digits = fill(&a.coef, ctx.prec);
    let len = digits.len();
    if shift {
        if n < 0 {
            digits.truncate(len - (-n) as usize);
        } else {
            digits.extend(std::iter::repeat_n(b'0', n as usize));
            digits = digits[digits.len() - len..].to_vec();
        }
    } else if len > 0 {
        digits.rotate_left(n.rem_euclid(len as i64) as usize);
    }
    from_digits(a.neg, &digits, a.exp)
}
