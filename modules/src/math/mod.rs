//! The `math` module: float functions over libm with CPython's error rules; mirrors Modules/mathmodule.c.
//!
//! The elementary functions are the platform libm's (Rust's `f64` methods),
//! like CPython's; the `libm` crate supplies what std lacks (erf, erfc, the
//! inverse hyperbolics as C defines them) and the exact bit operations
//! (frexp, scalbn, nextafter, remainder); gamma and lgamma are CPython's own Lanczos code (`special`), the
//! integer functions work on exact ints (`integer`), the sums and norms keep
//! CPython's extra-precision algorithms (`sums`).

mod integer;
mod special;
mod sums;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error, value_error};
use ouro_objects::float::{self, Float, float_of, float_to_int, repr_f64};
use ouro_objects::int::{self, as_int};
use ouro_objects::module::Module;
use ouro_objects::none::is_none;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, bool as pybool, protocol};

/// `PyFloat_AsDouble` (CPython's `ASSIGN_DOUBLE`).
pub(crate) fn to_double(v: &Value) -> PyResult<f64> {
    float_of(v)
}

/// `ValueError("math domain error")`.
pub(crate) fn domain_error() -> PyErr {
    value_error("math domain error")
}

/// `OverflowError("math range error")`.
pub(crate) fn range_error() -> PyErr {
    overflow_error("math range error")
}

/// How a one-argument function's domain error reads: a message with the
/// argument's repr in place of `{}`, or the plain "math domain error".
type DomainMessage = Option<&'static str>;

/// `math_1`: NaN out of a non-NaN is a domain error, an infinity out of a
/// finite argument an overflow (when `can_overflow`) or a singularity.
fn math_1(arg: &Value, func: fn(f64) -> f64, can_overflow: bool, msg: DomainMessage) -> PyResult {
    let x = to_double(arg)?;
    let r = func(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error_for(x, msg));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error_for(x, msg)
        });
    }
    Ok(float::new(r))
}

fn domain_error_for(x: f64, msg: DomainMessage) -> PyErr {
    match msg {
        Some(m) => value_error(m.replace("{}", &repr_f64(x))),
        None => domain_error(),
    }
}

const FINITE: DomainMessage = Some("expected a finite input, got {}");
const UNIT_RANGE: DomainMessage = Some("expected a number in range from -1 up to 1, got {}");
const POLE: DomainMessage = Some("expected a noninteger or positive integer, got {}");
const POSITIVE: DomainMessage = Some("expected a positive input, got {}");

/// Declares the one-argument float functions: name, function, whether it
/// can overflow, the domain message, the docstring.
macro_rules! unary_functions {
    ($($name:ident, $func:expr, $overflow:expr, $msg:expr, $doc:expr;)*) => {
        $(
            fn $name(_m: &Value, args: Args) -> PyResult {
                let x = args.one(concat!("math.", stringify!($name)))?;
                math_1(x, $func, $overflow, $msg)
            }
        )*
        const UNARY: &[MethodDef] = &[
            $(MethodDef::new(stringify!($name), $name, $doc),)*
        ];
    };
}

unary_functions! {
    acos, f64::acos, false, UNIT_RANGE, "acos($module, x, /)\n--\n\nReturn the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.";
    acosh, libm::acosh, false, Some("expected argument value not less than 1, got {}"), "acosh($module, x, /)\n--\n\nReturn the inverse hyperbolic cosine of x.";
    asin, f64::asin, false, UNIT_RANGE, "asin($module, x, /)\n--\n\nReturn the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.";
    asinh, libm::asinh, false, None, "asinh($module, x, /)\n--\n\nReturn the inverse hyperbolic sine of x.";
    atan, f64::atan, false, None, "atan($module, x, /)\n--\n\nReturn the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.";
    atanh, libm::atanh, false, Some("expected a number between -1 and 1, got {}"), "atanh($module, x, /)\n--\n\nReturn the inverse hyperbolic tangent of x.";
    cbrt, f64::cbrt, false, None, "cbrt($module, x, /)\n--\n\nReturn the cube root of x.";
    cos, f64::cos, false, FINITE, "cos($module, x, /)\n--\n\nReturn the cosine of x (measured in radians).";
    cosh, f64::cosh, true, None, "cosh($module, x, /)\n--\n\nReturn the hyperbolic cosine of x.";
    erf, libm::erf, false, None, "erf($module, x, /)\n--\n\nError function at x.";
    erfc, libm::erfc, false, None, "erfc($module, x, /)\n--\n\nComplementary error function at x.";
    exp, f64::exp, true, None, "exp($module, x, /)\n--\n\nReturn e raised to the power of x.";
    exp2, f64::exp2, true, None, "exp2($module, x, /)\n--\n\nReturn 2 raised to the power of x.";
    expm1, f64::exp_m1, true, None, "expm1($module, x, /)\n--\n\nReturn exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.";
    fabs, f64::abs, false, None, "fabs($module, x, /)\n--\n\nReturn the absolute value of the float x.";
    log1p, f64::ln_1p, false, Some("expected argument value > -1, got {}"), "log1p($module, x, /)\n--\n\nReturn the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.";
    sin, f64::sin, false, FINITE, "sin($module, x, /)\n--\n\nReturn the sine of x (measured in radians).";
    sinh, f64::sinh, true, None, "sinh($module, x, /)\n--\n\nReturn the hyperbolic sine of x.";
    sqrt, f64::sqrt, false, Some("expected a nonnegative input, got {}"), "sqrt($module, x, /)\n--\n\nReturn the square root of x.";
    tan, f64::tan, false, FINITE, "tan($module, x, /)\n--\n\nReturn the tangent of x (measured in radians).";
    tanh, f64::tanh, false, None, "tanh($module, x, /)\n--\n\nReturn the hyperbolic tangent of x.";
}

/// gamma and lgamma report their poles through `Err` (CPython's `errno`
/// EDOM), which `math_1`'s NaN/infinity tests alone cannot see.
fn gamma_like(arg: &Value, func: fn(f64) -> Result<f64, special::MathError>) -> PyResult {
    let x = to_double(arg)?;
    match func(x) {
        Err(special::MathError::Domain) => Err(domain_error_for(x, POLE)),
        Err(special::MathError::Range) => Err(range_error()),
        Ok(r) => Ok(float::new(r)),
    }
}

fn gamma(_m: &Value, args: Args) -> PyResult {
    gamma_like(args.one("math.gamma")?, special::tgamma)
}

fn lgamma(_m: &Value, args: Args) -> PyResult {
    gamma_like(args.one("math.lgamma")?, special::lgamma)
}

/// `math_2`: NaN out of non-NaNs is a domain error, an infinity out of
/// finite arguments an overflow.
fn math_2(args: Args, name: &str, func: fn(f64, f64) -> f64) -> PyResult {
    let a = args.range(format_args!("math.{name}"), name, 2, 2)?;
    let (x, y) = (to_double(&a[0])?, to_double(&a[1])?);
    let r = func(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(float::new(r))
}

fn atan2(_m: &Value, args: Args) -> PyResult {
    math_2(args, "atan2", f64::atan2)
}

fn copysign(_m: &Value, args: Args) -> PyResult {
    math_2(args, "copysign", f64::copysign)
}

fn remainder(_m: &Value, args: Args) -> PyResult {
    math_2(args, "remainder", libm::remainder)
}

fn fmod(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.fmod", "fmod", 2, 2)?;
    let (x, y) = (to_double(&a[0])?, to_double(&a[1])?);
    // fmod(x, +-inf) is x for finite x, whatever the platform says.
    if y.is_infinite() && x.is_finite() {
        return Ok(float::new(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(float::new(r))
}

/// `math_pow`: IEEE specials handled here, finite**finite by libm.
fn pow(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.pow", "pow", 2, 2)?;
    let (x, y) = (to_double(&a[0])?, to_double(&a[1])?);
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(range_error());
        }
        r
    };
    Ok(float::new(r))
}

/// A log function of CPython's `loghelper`: exact ints of any size (through
/// their binary exponent), floats with the "expected a positive input" message.
fn log_of(arg: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(arg) {
        if int::is_negative(arg) || i.to_i64() == Some(0) {
            return Err(value_error("expected a positive input"));
        }
        if let Ok(x) = int::to_f64(&i) {
            return Ok(func(x));
        }
        let (m, e) = integer::frexp_big(&i.to_bigint());
        return Ok(func(m) + func(2.0) * e as f64);
    }
    let x = to_double(arg)?;
    if x.is_finite() && x <= 0.0 || x == f64::NEG_INFINITY {
        return Err(domain_error_for(x, POSITIVE));
    }
    Ok(func(x))
}

fn log(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.log", "log", 1, 2)?;
    let num = log_of(&a[0], f64::ln)?;
    match a.get(1) {
        None => Ok(float::new(num)),
        Some(base) => {
            let den = log_of(base, f64::ln)?;
            if den == 0.0 {
                return Err(ouro_objects::err::zero_division("division by zero"));
            }
            Ok(float::new(num / den))
        }
    }
}

fn log2(_m: &Value, args: Args) -> PyResult {
    log_of(args.one("math.log2")?, f64::log2).map(float::new)
}

fn log10(_m: &Value, args: Args) -> PyResult {
    log_of(args.one("math.log10")?, f64::log10).map(float::new)
}

/// floor and ceil: exact floats directly, else the type's `__floor__` /
/// `__ceil__`, else the float value.
fn round_with(v: &Value, dunder: &str, func: fn(f64) -> f64) -> PyResult {
    if let Some(f) = v.downcast_exact::<Float>() {
        return float_to_int(func(f.0));
    }
    if let Some(r) = protocol::call_dunder(v, dunder, &[])? {
        return Ok(r);
    }
    float_to_int(func(to_double(v)?))
}

fn floor(_m: &Value, args: Args) -> PyResult {
    round_with(args.one("math.floor")?, "__floor__", f64::floor)
}

fn ceil(_m: &Value, args: Args) -> PyResult {
    round_with(args.one("math.ceil")?, "__ceil__", f64::ceil)
}

fn trunc(_m: &Value, args: Args) -> PyResult {
    let v = args.one("math.trunc")?;
    if let Some(f) = v.downcast_exact::<Float>() {
        return float_to_int(f.0);
    }
    match protocol::call_dunder(v, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            protocol::type_name(v)
        ))),
    }
}

fn degrees(_m: &Value, args: Args) -> PyResult {
    let x = to_double(args.one("math.degrees")?)?;
    Ok(float::new(x * (180.0 / std::f64::consts::PI)))
}

fn radians(_m: &Value, args: Args) -> PyResult {
    let x = to_double(args.one("math.radians")?)?;
    Ok(float::new(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(_m: &Value, args: Args) -> PyResult {
    Ok(pybool::py_bool(
        to_double(args.one("math.isfinite")?)?.is_finite(),
    ))
}

fn isinf(_m: &Value, args: Args) -> PyResult {
    Ok(pybool::py_bool(
        to_double(args.one("math.isinf")?)?.is_infinite(),
    ))
}

fn isnan(_m: &Value, args: Args) -> PyResult {
    Ok(pybool::py_bool(
        to_double(args.one("math.isnan")?)?.is_nan(),
    ))
}

fn isclose(_m: &Value, args: Args) -> PyResult {
    let [a, b, rel, abs] = args.parse("isclose", ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let a = to_double(a.as_ref().expect("required"))?;
    let b = to_double(b.as_ref().expect("required"))?;
    let rel_tol = rel.as_ref().map_or(Ok(1e-9), to_double)?;
    let abs_tol = abs.as_ref().map_or(Ok(0.0), to_double)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(pybool::py_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(pybool::py_bool(false));
    }
    let diff = (b - a).abs();
    let close = (diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs()) || diff <= abs_tol;
    Ok(pybool::py_bool(close))
}

/// `frexp` of a finite non-zero double: mantissa in [0.5, 1) and exponent.
pub(crate) fn frexp_f64(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    libm::frexp(x)
}

fn frexp(_m: &Value, args: Args) -> PyResult {
    let x = to_double(args.one("math.frexp")?)?;
    let (m, e) = frexp_f64(x);
    Ok(Tuple::new(vec![float::new(m), int::from_i64(i64::from(e))]))
}

fn ldexp(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.ldexp", "ldexp", 2, 2)?;
    let x = to_double(&a[0])?;
    let Some(i) = as_int(&a[1]) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(float::new(x));
    }
    // Exponents past any double's range saturate; libm does the rest.
    let exp = i.to_i64().unwrap_or(if int::is_negative(&a[1]) {
        i64::MIN
    } else {
        i64::MAX
    });
    let r = libm::scalbn(x, exp.clamp(-100_000, 100_000) as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(float::new(r))
}

fn modf(_m: &Value, args: Args) -> PyResult {
    let x = to_double(args.one("math.modf")?)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        libm::modf(x)
    };
    Ok(Tuple::new(vec![float::new(frac), float::new(whole)]))
}

fn fma(_m: &Value, args: Args) -> PyResult {
    let a = args.range("math.fma", "fma", 3, 3)?;
    let (x, y, z) = (to_double(&a[0])?, to_double(&a[1])?, to_double(&a[2])?);
    let r = x.mul_add(y, z);
    if !r.is_finite() {
        if r.is_nan() {
            if !x.is_nan() && !y.is_nan() && !z.is_nan() {
                return Err(value_error("invalid operation in fma"));
            }
        } else if x.is_finite() && y.is_finite() && z.is_finite() {
            return Err(overflow_error("overflow in fma"));
        }
    }
    Ok(float::new(r))
}

/// `x` moved `steps` representable doubles towards `y`.
fn next_after_steps(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return x;
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    if (ux ^ uy) & SIGN != 0 {
        // Opposite signs: pass through zero.
        if u128::from(ax) + u128::from(ay) <= u128::from(steps) {
            y
        } else if ax < steps {
            f64::from_bits((uy & SIGN) | (steps - ax))
        } else {
            f64::from_bits(ux - steps)
        }
    } else if ax > ay {
        if ax - ay >= steps {
            f64::from_bits(ux - steps)
        } else {
            y
        }
    } else if ay - ax >= steps {
        f64::from_bits(ux + steps)
    } else {
        y
    }
}

fn nextafter(_m: &Value, args: Args) -> PyResult {
    let [x, y, steps] = args.parse("nextafter", ["x", "y", "steps"], 2, 2, 2)?;
    let x = to_double(x.as_ref().expect("required"))?;
    let y = to_double(y.as_ref().expect("required"))?;
    let steps = match steps.filter(|s| !is_none(s)) {
        None => return Ok(float::new(libm::nextafter(x, y))),
        Some(s) => {
            let n = protocol::index(&s)?;
            if int::is_negative(&n) {
                return Err(value_error("steps must be a non-negative integer"));
            }
            let big = as_int(&n).expect("int").to_bigint().into_owned();
            u64::try_from(big).unwrap_or(u64::MAX)
        }
    };
    Ok(float::new(next_after_steps(x, y, steps)))
}

fn ulp(_m: &Value, args: Args) -> PyResult {
    let x = to_double(args.one("math.ulp")?)?;
    if x.is_nan() {
        return Ok(float::new(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(float::new(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(float::new(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(float::new(up - x))
}

const OTHER: &[MethodDef] = &[
    MethodDef::new(
        "atan2",
        atan2,
        "atan2($module, y, x, /)\n--\n\nReturn the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.",
    ),
    MethodDef::new(
        "ceil",
        ceil,
        "ceil($module, x, /)\n--\n\nReturn the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.",
    ),
    MethodDef::new(
        "copysign",
        copysign,
        "copysign($module, x, y, /)\n--\n\nReturn a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n",
    ),
    MethodDef::new(
        "degrees",
        degrees,
        "degrees($module, x, /)\n--\n\nConvert angle x from radians to degrees.",
    ),
    MethodDef::new(
        "floor",
        floor,
        "floor($module, x, /)\n--\n\nReturn the floor of x as an Integral.\n\nThis is the largest integer <= x.",
    ),
    MethodDef::new(
        "fma",
        fma,
        "fma($module, x, y, z, /)\n--\n\nFused multiply-add operation.\n\nCompute (x * y) + z with a single round.",
    ),
    MethodDef::new(
        "fmod",
        fmod,
        "fmod($module, x, y, /)\n--\n\nReturn fmod(x, y), according to platform C.\n\nx % y may differ.",
    ),
    MethodDef::new(
        "frexp",
        frexp,
        "frexp($module, x, /)\n--\n\nReturn the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.",
    ),
    MethodDef::new(
        "gamma",
        gamma,
        "gamma($module, x, /)\n--\n\nGamma function at x.",
    ),
    MethodDef::new(
        "isclose",
        isclose,
        "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nDetermine whether two floating-point numbers are close in value.",
    ),
    MethodDef::new(
        "isfinite",
        isfinite,
        "isfinite($module, x, /)\n--\n\nReturn True if x is neither an infinity nor a NaN, and False otherwise.",
    ),
    MethodDef::new(
        "isinf",
        isinf,
        "isinf($module, x, /)\n--\n\nReturn True if x is a positive or negative infinity, and False otherwise.",
    ),
    MethodDef::new(
        "isnan",
        isnan,
        "isnan($module, x, /)\n--\n\nReturn True if x is a NaN (not a number), and False otherwise.",
    ),
    MethodDef::new(
        "ldexp",
        ldexp,
        "ldexp($module, x, i, /)\n--\n\nReturn x * (2**i).\n\nThis is essentially the inverse of frexp().",
    ),
    MethodDef::new(
        "lgamma",
        lgamma,
        "lgamma($module, x, /)\n--\n\nNatural logarithm of absolute value of Gamma function at x.",
    ),
    MethodDef::new(
        "log",
        log,
        "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of x.",
    ),
    MethodDef::new(
        "log10",
        log10,
        "log10($module, x, /)\n--\n\nReturn the base 10 logarithm of x.",
    ),
    MethodDef::new(
        "log2",
        log2,
        "log2($module, x, /)\n--\n\nReturn the base 2 logarithm of x.",
    ),
    MethodDef::new(
        "modf",
        modf,
        "modf($module, x, /)\n--\n\nReturn the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.",
    ),
    MethodDef::new(
        "nextafter",
        nextafter,
        "nextafter($module, x, y, /, *, steps=None)\n--\n\nReturn the floating-point value the given number of steps after x towards y.\n\nIf steps is not specified or is None, it defaults to 1.\n\nRaises a TypeError, if x or y is not a double, or if steps is not an integer.\nRaises ValueError if steps is negative.",
    ),
    MethodDef::new(
        "pow",
        pow,
        "pow($module, x, y, /)\n--\n\nReturn x**y (x to the power of y).",
    ),
    MethodDef::new(
        "radians",
        radians,
        "radians($module, x, /)\n--\n\nConvert angle x from degrees to radians.",
    ),
    MethodDef::new(
        "remainder",
        remainder,
        "remainder($module, x, y, /)\n--\n\nDifference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.",
    ),
    MethodDef::new(
        "trunc",
        trunc,
        "trunc($module, x, /)\n--\n\nTruncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.",
    ),
    MethodDef::new(
        "ulp",
        ulp,
        "ulp($module, x, /)\n--\n\nReturn the value of the least significant bit of the float x.",
    ),
];

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let name = ouro_objects::str::PyStr::new("math");
    for f in [UNARY, OTHER, integer::FUNCTIONS, sums::FUNCTIONS]
        .into_iter()
        .flatten()
    {
        m.set(
            f.name,
            ouro_objects::descr::BuiltinFunction::module_function(f, module.clone(), name.clone()),
        );
    }
    m.set("pi", float::new(std::f64::consts::PI));
    m.set("e", float::new(std::f64::consts::E));
    m.set("tau", float::new(std::f64::consts::TAU));
    m.set("inf", float::new(f64::INFINITY));
    m.set("nan", float::new(f64::NAN));
    Ok(())
}

pub static MATH: ModuleDef = ModuleDef {
    name: "math",
    doc: "This module provides access to the mathematical functions\ndefined by the C standard.",
    functions: &[],
    types: ModuleDef::no_types,
    init,
};
