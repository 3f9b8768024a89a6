//! Sums and norms of `math` with CPython's extra precision: fsum (Shewchuk's partials), hypot and dist (`vector_norm`), sumprod, prod.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, overflow_error, value_error};
use ouro_objects::float::{self, Float, float_to_bigint};
use ouro_objects::int::{self, as_int};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::NbOp;
use ouro_objects::{Value, protocol};

use super::to_double;

/// `math_fsum`: the exactly rounded sum, by Shewchuk's non-overlapping
/// partials with the final half-even correction.
fn fsum(_m: &Value, args: Args) -> PyResult {
    let it = protocol::iter(args.one("math.fsum")?)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = protocol::next(&it)? {
        let mut x = to_double(&item)?;
        let xsave = x;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite x from finite inputs is an overflow.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(float::new(special_sum));
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even like a single addition would when the rest of
        // the partials push the halfway case one way.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(float::new(hi))
}

/// `dl_mul`: x*y as an exact sum of two doubles.
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// `dl_fast_sum` for |a| >= |b|: a+b exactly as two doubles.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// `vector_norm`: sqrt of the sum of squares of the non-negative `vec`
/// (largest `max`), scaled to avoid overflow and corrected to within an ulp.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    if max_e < -1023 {
        // ldexp(1.0, -max_e) would overflow: make subnormals normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = libm::ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &x in vec.iter() {
        let x = x * scale;
        let (pr_hi, pr_lo) = dl_mul(x, x);
        let (sm_hi, sm_lo) = dl_fast_sum(csum, pr_hi);
        csum = sm_hi;
        frac1 += pr_lo;
        frac2 += sm_lo;
    }
    let mut h = f64::sqrt(csum - 1.0 + (frac1 + frac2));
    let (pr_hi, pr_lo) = dl_mul(-h, h);
    let (sm_hi, sm_lo) = dl_fast_sum(csum, pr_hi);
    csum = sm_hi;
    frac1 += pr_lo;
    frac2 += sm_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The norm of absolute values, tracking the maximum and NaNs.
fn norm_of(mut vec: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in vec.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&mut vec, max, found_nan)
}

fn hypot(_m: &Value, args: Args) -> PyResult {
    args.no_keywords("math.hypot")?;
    let coords = args
        .values
        .iter()
        .map(to_double)
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(float::new(norm_of(coords)))
}

/// A point of `dist` as a tuple's items (other iterables are made tuples).
fn point(v: &Value) -> PyResult<Vec<Value>> {
    match v.downcast::<Tuple>() {
        Some(t) => Ok(t.as_slice().to_vec()),
        None => protocol::collect(v),
    }
}

fn dist(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.dist", "dist", 2, 2)?;
    let (p, q) = (point(&a[0])?, point(&a[1])?);
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        diffs.push(to_double(x)? - to_double(y)?);
    }
    Ok(float::new(norm_of(diffs)))
}

fn prod(_m: &Value, args: Args) -> PyResult {
    let [iterable, start] = args.parse("prod", ["iterable", "start"], 1, 1, 1)?;
    let mut acc = start.unwrap_or_else(|| int::from_i64(1));
    let it = protocol::iter(iterable.as_ref().expect("required"))?;
    while let Some(item) = protocol::next(&it)? {
        acc = protocol::binary_op(&acc, &item, NbOp::Multiply)?;
    }
    Ok(acc)
}

/// A double as an exact multiple of 2**-1074.
fn scaled(x: f64) -> BigInt {
    float_to_bigint(libm::ldexp(x, 537)) * (BigInt::from(1) << 537u32)
}

/// The exact sum of products of finite doubles, rounded once (what
/// CPython's triple-length accumulation gives).
fn exact_dot(pairs: &[(f64, f64)]) -> f64 {
    let mut total = BigInt::zero();
    for &(x, y) in pairs {
        total += scaled(x) * scaled(y);
    }
    // total is the sum in units of 2**-2148.
    let bits = total.bits();
    if bits == 0 {
        return 0.0;
    }
    let shift = bits.saturating_sub(60);
    let abs = if total < BigInt::zero() {
        -&total
    } else {
        total.clone()
    };
    let mut top = (&abs >> shift).to_u64().unwrap_or(u64::MAX);
    if abs.trailing_zeros().is_some_and(|z| z < shift) {
        top |= 1;
    }
    let exp = shift as i32 - 2148;
    // Round to 53 bits at the final exponent (subnormals included) in one step.
    let lead = bits as i32 - 2148;
    let keep = (lead - (-1074)).clamp(0, 53);
    let drop = 64 - top.leading_zeros() as i32 - keep;
    let r = if drop > 0 {
        let half = 1u64 << (drop - 1);
        let rem = top & ((1u64 << drop) - 1);
        let mut m = top >> drop;
        if rem > half || (rem == half && m & 1 == 1) {
            m += 1;
        }
        libm::ldexp(m as f64, exp + drop)
    } else {
        libm::ldexp(top as f64, exp)
    };
    if total < BigInt::zero() { -r } else { r }
}

/// An `int` that is not a bool or a subclass instance.
fn is_exact_int(v: &Value) -> bool {
    v.type_value()
        .is(&ouro_objects::TypeRef::from_static(&int::INT_TYPE).into_value())
}

fn sumprod(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.sumprod", "sumprod", 2, 2)?;
    let (p, q) = (protocol::iter(&a[0])?, protocol::iter(&a[1])?);
    let mut items: Vec<(Value, Value)> = Vec::new();
    loop {
        match (protocol::next(&p)?, protocol::next(&q)?) {
            (Some(x), Some(y)) => items.push((x, y)),
            (None, None) => break,
            _ => return Err(value_error("Inputs are not the same length")),
        }
    }
    let all_ints = items
        .iter()
        .all(|(x, y)| is_exact_int(x) && is_exact_int(y));
    if !all_ints {
        let exact_float = |v: &Value| -> Option<f64> {
            if let Some(f) = v.downcast_exact::<Float>() {
                return f.0.is_finite().then_some(f.0);
            }
            let i = as_int(v).filter(|_| is_exact_int(v))?;
            let n = i.to_i64()?;
            ((n.unsigned_abs()) < (1u64 << 53)).then_some(n as f64)
        };
        let floats: Option<Vec<(f64, f64)>> = items
            .iter()
            .map(|(x, y)| Some((exact_float(x)?, exact_float(y)?)))
            .collect();
        let any_float = items.iter().any(|(x, y)| {
            x.downcast_exact::<Float>().is_some() || y.downcast_exact::<Float>().is_some()
        });
        if let (Some(pairs), true) = (floats, any_float) {
            return Ok(float::new(exact_dot(&pairs)));
        }
    }
    let mut total = int::from_i64(0);
    for (x, y) in &items {
        let product = protocol::binary_op(x, y, NbOp::Multiply)?;
        total = protocol::binary_op(&total, &product, NbOp::Add)?;
    }
    Ok(total)
}

pub const FUNCTIONS: &[MethodDef] = &[
    MethodDef::new(
        "dist",
        dist,
        "dist($module, p, q, /)\n--\n\nReturn the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))",
    ),
    MethodDef::new(
        "fsum",
        fsum,
        "fsum($module, seq, /)\n--\n\nReturn an accurate floating-point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating-point arithmetic.",
    ),
    MethodDef::new(
        "hypot",
        hypot,
        "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n",
    ),
    MethodDef::new(
        "prod",
        prod,
        "prod($module, iterable, /, *, start=1)\n--\n\nCalculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types.",
    ),
    MethodDef::new(
        "sumprod",
        sumprod,
        "sumprod($module, p, q, /)\n--\n\nReturn the sum of products of values from two iterables p and q.\n\nRoughly equivalent to:\n\n    sum(map(operator.mul, p, q, strict=True))\n\nFor float and mixed int/float inputs, the intermediate products\nand sums are computed with extended precision.",
    ),
];
