//! Sums and norms of `math` with CPython's extra precision: fsum (Shewchuk's partials), hypot and dist (`vector_norm`), sumprod, prod.

use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, overflow_error, value_error};
use ouro_objects::float::{self, Float};
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

/// `dl_sum`: a+b exactly as two doubles (TwoSum).
fn dl_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, (a - (x - z)) + (b - z))
}

/// A float sum held as three doubles (`TripleLength`).
#[derive(Clone, Copy, Default)]
struct TripleLength {
    hi: f64,
    lo: f64,
    tiny: f64,
}

impl TripleLength {
    /// `tl_fma`: total + x*y.
    fn fma(self, x: f64, y: f64) -> TripleLength {
        let pr = dl_mul(x, y);
        let sm = dl_sum(self.hi, pr.0);
        let r1 = dl_sum(self.lo, pr.1);
        let r2 = dl_sum(r1.0, sm.1);
        TripleLength {
            hi: sm.0,
            lo: r2.0,
            tiny: self.tiny + r1.1 + r2.1,
        }
    }

    /// `tl_to_d`.
    fn to_double(self) -> f64 {
        let last = dl_sum(self.lo, self.hi);
        self.tiny + last.1 + last.0
    }
}

/// An `int` that is not a bool or a subclass instance.
fn is_exact_int(v: &Value) -> bool {
    v.type_value()
        .is(&ouro_objects::TypeRef::from_static(&int::INT_TYPE).into_value())
}

/// The operands of one float-path step: float*float, or a float with an
/// int or bool (as a double, if it converts).
fn float_pair(p: &Value, q: &Value) -> Option<(f64, f64)> {
    let int_like =
        |v: &Value| is_exact_int(v) || v.downcast::<ouro_objects::bool::Bool>().is_some();
    let as_double = |v: &Value| as_int(v).and_then(|i| int::to_f64(&i).ok());
    match (p.downcast_exact::<Float>(), q.downcast_exact::<Float>()) {
        (Some(x), Some(y)) => Some((x.0, y.0)),
        (Some(x), None) if int_like(q) => Some((x.0, as_double(q)?)),
        (None, Some(y)) if int_like(p) => Some((as_double(p)?, y.0)),
        _ => None,
    }
}

/// `math_sumprod_impl`: exact machine-int and triple-length float
/// accumulators while the inputs allow, generic `+` and `*` after.
fn sumprod(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.sumprod", "sumprod", 2, 2)?;
    let (p_it, q_it) = (protocol::iter(&a[0])?, protocol::iter(&a[1])?);
    let mut total = int::from_i64(0);
    let (mut int_path, mut int_total): (bool, Option<i64>) = (true, None);
    let (mut flt_path, mut flt_total): (bool, Option<TripleLength>) = (true, None);
    loop {
        let (p, q) = (protocol::next(&p_it)?, protocol::next(&q_it)?);
        let pair = match (p, q) {
            (Some(p), Some(q)) => Some((p, q)),
            (None, None) => None,
            _ => return Err(value_error("Inputs are not the same length")),
        };
        if int_path {
            if let Some((p, q)) = pair
                .as_ref()
                .filter(|(p, q)| is_exact_int(p) && is_exact_int(q))
            {
                let step = as_int(p)
                    .and_then(|x| x.to_i64())
                    .zip(as_int(q).and_then(|y| y.to_i64()))
                    .and_then(|(x, y)| x.checked_mul(y))
                    .and_then(|xy| int_total.unwrap_or(0).checked_add(xy));
                if let Some(t) = step {
                    int_total = Some(t);
                    continue;
                }
            }
            int_path = false;
            if let Some(t) = int_total.take() {
                total = protocol::binary_op(&total, &int::from_i64(t), NbOp::Add)?;
            }
        }
        if flt_path {
            if let Some((x, y)) = pair.as_ref().and_then(|(p, q)| float_pair(p, q)) {
                let next = flt_total.unwrap_or_default().fma(x, y);
                if next.hi.is_finite() {
                    flt_total = Some(next);
                    continue;
                }
            }
            flt_path = false;
            if let Some(t) = flt_total.take() {
                total = protocol::binary_op(&total, &float::new(t.to_double()), NbOp::Add)?;
            }
        }
        let Some((p, q)) = pair else {
            return Ok(total);
        };
        let product = protocol::binary_op(&p, &q, NbOp::Multiply)?;
        total = protocol::binary_op(&total, &product, NbOp::Add)?;
    }
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
