//! The exact-integer functions of `math` (factorial, isqrt, comb, perm, gcd, lcm); mirror Modules/mathmodule.c.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, overflow_error, value_error};
use ouro_objects::int::{self, as_int};
use ouro_objects::none::is_none;
use ouro_objects::{Value, protocol};

/// An argument through `__index__`, as a big int.
fn index_big(v: &Value) -> PyResult<BigInt> {
    let i = protocol::index(v)?;
    Ok(as_int(&i).expect("int").to_bigint().into_owned())
}

/// `_PyLong_Frexp` for ints too large for a double: mantissa in [0.5, 1]
/// (correctly rounded from the top bits) and binary exponent.
pub fn frexp_big(b: &BigInt) -> (f64, i64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(55);
    let mut top = (b.abs() >> shift).to_u64().unwrap_or(u64::MAX);
    // A sticky bit for the bits shifted out keeps the rounding exact.
    if shift > 0 && b.abs().trailing_zeros().is_some_and(|z| z < shift) {
        top |= 1;
    }
    let m = top as f64 / (1u64 << (bits - shift)) as f64;
    let m = if b.sign() == Sign::Minus { -m } else { m };
    (m, bits as i64)
}

/// The product of `lo..=hi` by splitting, so big factorials stay fast.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 8 {
        return (lo..=hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn factorial(_m: &Value, args: Args) -> PyResult {
    let n = index_big(args.one("math.factorial")?)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    match n.to_u64().filter(|&n| n <= i64::MAX as u64) {
        Some(n) => Ok(int::from_bigint(range_product(1, n))),
        None => Err(overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))),
    }
}

fn isqrt(_m: &Value, args: Args) -> PyResult {
    let n = index_big(args.one("math.isqrt")?)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_bigint(n.sqrt()))
}

/// `n * (n-1) * ... * (n-k+1)`, k small enough to count.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k == 1 {
        return n.clone();
    }
    let j = k / 2;
    falling_product(n, j) * falling_product(&(n - j), k - j)
}

/// k as a count for comb/perm, with CPython's overflow message.
fn count_of(k: &BigInt, what: &str) -> PyResult<u64> {
    k.to_u64()
        .filter(|&k| k <= i64::MAX as u64)
        .ok_or_else(|| overflow_error(format!("{what} must not exceed {}", i64::MAX)))
}

fn perm(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.perm", "perm", 1, 2)?;
    let n = index_big(&a[0])?;
    let k = match a.get(1).filter(|k| !is_none(k)) {
        None => {
            if n.is_negative() {
                return Err(value_error("factorial() not defined for negative values"));
            }
            return Ok(int::from_bigint(range_product(1, count_of(&n, "n")?)));
        }
        Some(k) => index_big(k)?,
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(int::from_i64(0));
    }
    Ok(int::from_bigint(falling_product(&n, count_of(&k, "k")?)))
}

fn comb(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.comb", "comb", 2, 2)?;
    let n = index_big(&a[0])?;
    let k = index_big(&a[1])?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(int::from_i64(0));
    }
    let k = k.clone().min(&n - &k);
    let k = count_of(&k, "min(n - k, k)")?;
    Ok(int::from_bigint(
        falling_product(&n, k) / range_product(1, k),
    ))
}

fn gcd(_m: &Value, args: Args) -> PyResult {
    args.no_keywords("math.gcd")?;
    let mut g = BigInt::zero();
    for v in args.values {
        g = g.gcd(&index_big(v)?);
    }
    Ok(int::from_bigint(g))
}

fn lcm(_m: &Value, args: Args) -> PyResult {
    args.no_keywords("math.lcm")?;
    let mut l = BigInt::one();
    for v in args.values {
        let x = index_big(v)?;
        l = if l.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    Ok(int::from_bigint(l))
}

pub const FUNCTIONS: &[MethodDef] = &[
    MethodDef::new(
        "comb",
        comb,
        "comb($module, n, k, /)\n--\n\nNumber of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.",
    ),
    MethodDef::new(
        "factorial",
        factorial,
        "factorial($module, n, /)\n--\n\nFind n!.",
    ),
    MethodDef::new(
        "gcd",
        gcd,
        "gcd($module, /, *integers)\n--\n\nGreatest Common Divisor.",
    ),
    MethodDef::new(
        "isqrt",
        isqrt,
        "isqrt($module, n, /)\n--\n\nReturn the integer part of the square root of the input.",
    ),
    MethodDef::new(
        "lcm",
        lcm,
        "lcm($module, /, *integers)\n--\n\nLeast Common Multiple.",
    ),
    MethodDef::new(
        "perm",
        perm,
        "perm($module, n, k=None, /)\n--\n\nNumber of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_of_a_power_of_two() {
        let (m, e) = frexp_big(&(BigInt::one() << 2000u32));
        assert_eq!((m, e), (0.5, 2001));
    }

    #[test]
    fn products() {
        assert_eq!(range_product(1, 20), BigInt::from(2432902008176640000u64));
        assert_eq!(falling_product(&BigInt::from(10), 3), BigInt::from(720));
    }
}
