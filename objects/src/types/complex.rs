//! `complex`: pairs of doubles with Python's arithmetic, repr and parsing; mirrors Objects/complexobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyResult, type_error, zero_division};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::typeobj::{NbOp, SlotDefs, UnaryOp, flags};

pub struct Complex {
    pub re: f64,
    pub im: f64,
}

pub fn new(re: f64, im: f64) -> Value {
    Ref::new(Complex { re, im }).into_value()
}

/// An arithmetic operand: since 3.14 a real operand takes part as a real
/// number (so signed zeros of the other imaginary part survive), not as
/// `complex(x, 0.0)`.
#[derive(Clone, Copy)]
enum Operand {
    Real(f64),
    Complex(f64, f64),
}

/// `TO_COMPLEX`: a complex, float or int operand; `None` for other types.
fn operand(v: &Value) -> PyResult<Option<Operand>> {
    if let Some(c) = v.downcast::<Complex>() {
        return Ok(Some(Operand::Complex(c.re, c.im)));
    }
    if let Some(f) = crate::float::as_f64(v) {
        return Ok(Some(Operand::Real(f)));
    }
    match crate::int::as_int(v) {
        Some(i) => Ok(Some(Operand::Real(crate::int::to_f64(&i)?))),
        None => Ok(None),
    }
}

impl Operand {
    fn pair(self) -> (f64, f64) {
        match self {
            Operand::Real(x) => (x, 0.0),
            Operand::Complex(re, im) => (re, im),
        }
    }
}

/// `PyOS_double_to_string(x, 'r', 0, flags)`: the shortest repr without a
/// trailing `.0`, with a `+` for non-negative values when `sign` is set.
fn repr_part(x: f64, sign: bool) -> String {
    let r = crate::float::repr_f64(x);
    let r = r.strip_suffix(".0").map(str::to_string).unwrap_or(r);
    if sign && !r.starts_with('-') {
        format!("+{r}")
    } else {
        r
    }
}

/// `repr(complex)`: `(re+imj)`, or `imj` when the real part is +0.
pub fn repr_complex(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", repr_part(im, false));
    }
    format!("({}{}j)", repr_part(re, false), repr_part(im, true))
}

fn this(v: &Value) -> (f64, f64) {
    let c = v.downcast::<Complex>().expect("complex");
    (c.re, c.im)
}

fn complex_repr(v: &Value) -> PyResult {
    let (re, im) = this(v);
    Ok(PyStr::new(&repr_complex(re, im)))
}

fn complex_hash(v: &Value) -> PyResult<i64> {
    let (re, im) = this(v);
    let hr = crate::hash::hash_f64(re, v.word()) as u64;
    let hi = crate::hash::hash_f64(im, v.word()) as u64;
    Ok(crate::hash::fix_hash(
        hr.wrapping_add(hi.wrapping_mul(1_000_003)) as i64,
    ))
}

fn complex_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let (re, im) = this(a);
    let equal = if crate::int::as_int(b).is_some() {
        // Exact comparison with the int through float's rules.
        if im == 0.0 {
            return protocol::richcompare(&crate::float::new(re), b, op);
        }
        false
    } else if let Some(f) = crate::float::as_f64(b) {
        re == f && im == 0.0
    } else if let Some(c) = b.downcast::<Complex>() {
        re == c.re && im == c.im
    } else {
        return Ok(not_implemented());
    };
    Ok(crate::bool::py_bool(equal == (op == CompareOp::Eq)))
}

macro_rules! complex_binop {
    ($name:ident, |$a:ident, $b:ident| $body:expr) => {
        fn $name(x: &Value, y: &Value) -> PyResult {
            let (Some($a), Some($b)) = (operand(x)?, operand(y)?) else {
                return Ok(not_implemented());
            };
            let (re, im) = $body;
            Ok(new(re, im))
        }
    };
}

complex_binop!(complex_add, |a, b| match (a, b) {
    (Operand::Complex(ar, ai), Operand::Real(b)) => (ar + b, ai),
    (Operand::Real(a), Operand::Complex(br, bi)) => (a + br, bi),
    _ => {
        let (a, b) = (a.pair(), b.pair());
        (a.0 + b.0, a.1 + b.1)
    }
});
complex_binop!(complex_sub, |a, b| match (a, b) {
    (Operand::Complex(ar, ai), Operand::Real(b)) => (ar - b, ai),
    (Operand::Real(a), Operand::Complex(br, bi)) => (a - br, -bi),
    _ => {
        let (a, b) = (a.pair(), b.pair());
        (a.0 - b.0, a.1 - b.1)
    }
});
complex_binop!(complex_mul, |a, b| match (a, b) {
    (Operand::Complex(ar, ai), Operand::Real(b)) => (ar * b, ai * b),
    (Operand::Real(a), Operand::Complex(br, bi)) => (a * br, a * bi),
    _ => product(a.pair(), b.pair()),
});
complex_binop!(complex_div, |a, b| match (a, b) {
    (Operand::Complex(ar, ai), Operand::Real(b)) => {
        if b == 0.0 {
            return Err(zero_division("division by zero"));
        }
        (ar / b, ai / b)
    }
    (Operand::Real(a), Operand::Complex(br, bi)) => real_quotient(a, (br, bi))?,
    _ => divide(a.pair(), b.pair())?,
});
complex_binop!(complex_pow, |a, b| pow(a.pair(), b.pair())?);

fn complex_pow3(a: &Value, b: &Value, m: &Value) -> PyResult {
    if crate::none::is_none(m) {
        return complex_pow(a, b);
    }
    if operand(a)?.is_none() || operand(b)?.is_none() {
        return Ok(not_implemented());
    }
    Err(crate::err::value_error("complex modulo"))
}

/// `_Py_c_prod`, with C11 Annex G's recovery of infinities computed as
/// nan+nanj.
fn product(z: (f64, f64), w: (f64, f64)) -> (f64, f64) {
    let ((mut a, mut b), (mut c, mut d)) = (z, w);
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let r = (ac - bd, ad + bc);
    if !(r.0.is_nan() && r.1.is_nan()) {
        return r;
    }
    let boxed = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
    let nan_to_zero = |x: f64| if x.is_nan() { 0.0f64.copysign(x) } else { x };
    let mut recalc = false;
    if a.is_infinite() || b.is_infinite() {
        (a, b) = (boxed(a), boxed(b));
        (c, d) = (nan_to_zero(c), nan_to_zero(d));
        recalc = true;
    }
    if c.is_infinite() || d.is_infinite() {
        (c, d) = (boxed(c), boxed(d));
        (a, b) = (nan_to_zero(a), nan_to_zero(b));
        recalc = true;
    }
    if !recalc && [ac, bd, ad, bc].iter().any(|x| x.is_infinite()) {
        (a, b) = (nan_to_zero(a), nan_to_zero(b));
        (c, d) = (nan_to_zero(c), nan_to_zero(d));
        recalc = true;
    }
    if recalc {
        (
            f64::INFINITY * (a * c - b * d),
            f64::INFINITY * (a * d + b * c),
        )
    } else {
        r
    }
}

/// `_Py_c_quot`: Smith's algorithm, then C11 Annex G's recovery of
/// infinities and zeros computed as nan+nanj.
pub fn divide(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    let mut r = if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(zero_division("division by zero"));
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    if r.0.is_nan() && r.1.is_nan() {
        let unit = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        if (ar.is_infinite() || ai.is_infinite()) && br.is_finite() && bi.is_finite() {
            let (x, y) = (unit(ar), unit(ai));
            r = (
                f64::INFINITY * (x * br + y * bi),
                f64::INFINITY * (y * br - x * bi),
            );
        } else if (abs_br.is_infinite() || abs_bi.is_infinite()) && ar.is_finite() && ai.is_finite()
        {
            let (x, y) = (unit(br), unit(bi));
            r = (0.0 * (ar * x + ai * y), 0.0 * (ai * x - ar * y));
        }
    }
    Ok(r)
}

/// `_Py_rc_quot`: a real dividend, so no imaginary terms enter the sums.
fn real_quotient(a: f64, b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (br, bi) = b;
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    let mut r = if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(zero_division("division by zero"));
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        (a / denom, (-a * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((a * ratio) / denom, (-a) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    if r.0.is_nan()
        && r.1.is_nan()
        && a.is_finite()
        && (abs_br.is_infinite() || abs_bi.is_infinite())
    {
        let unit = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        let (x, y) = (unit(br), unit(bi));
        r = (0.0 * (a * x), 0.0 * (-a * y));
    }
    Ok(r)
}

/// `complex_pow`: small integral exponents by repeated multiplication
/// (`c_powi`), others through polar form (`_Py_c_pow`); errors as
/// `_Py_ADJUST_ERANGE2` reports them.
pub fn pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let domain = || zero_division("zero to a negative or complex power");
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = product(result, base);
            }
            e >>= 1;
            if e > 0 {
                base = product(base, base);
            }
        }
        if n > 0 {
            result
        } else {
            divide((1.0, 0.0), result).map_err(|_| domain())?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(domain());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(crate::err::overflow_error("complex exponentiation"));
    }
    Ok(r)
}

fn complex_neg(v: &Value) -> PyResult {
    let (re, im) = this(v);
    Ok(new(-re, -im))
}

fn complex_pos(v: &Value) -> PyResult {
    if v.downcast_exact::<Complex>().is_some() {
        return Ok(v.clone());
    }
    let (re, im) = this(v);
    Ok(new(re, im))
}

/// `_Py_c_abs`: C99's rules for infinities and nans.
fn complex_abs(v: &Value) -> PyResult {
    let (re, im) = this(v);
    let r = if re.is_infinite() || im.is_infinite() {
        f64::INFINITY
    } else if re.is_nan() || im.is_nan() {
        f64::NAN
    } else {
        let r = re.hypot(im);
        if r.is_infinite() {
            return Err(crate::err::overflow_error("absolute value too large"));
        }
        r
    };
    Ok(crate::float::new(r))
}

fn complex_bool(v: &Value) -> PyResult<bool> {
    let (re, im) = this(v);
    Ok(re != 0.0 || im != 0.0)
}

fn has_float_or_index(v: &Value) -> bool {
    let slots = &v.type_obj().payload().slots;
    slots.unary[UnaryOp::Float as usize].get().is_some() || protocol::has_index(v)
}

/// `try_complex_special_method`: the result of `__complex__`, if defined.
fn special_complex(v: &Value) -> PyResult<Option<Value>> {
    let Some(r) = protocol::call_dunder(v, "__complex__", &[])? else {
        return Ok(None);
    };
    if r.downcast_exact::<Complex>().is_some() {
        return Ok(Some(r));
    }
    if r.downcast::<Complex>().is_none() {
        return Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            protocol::type_name(&r)
        )));
    }
    crate::warnings::deprecation(&format!(
        "__complex__ returned non-complex (type {}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.",
        protocol::type_name(&r)
    ))?;
    Ok(Some(r))
}

/// `PyComplex_AsCComplex`: complex, `__complex__`, then a real number.
pub fn as_complex(v: &Value) -> PyResult<(f64, f64)> {
    if v.downcast::<Complex>().is_some() {
        return Ok(this(v));
    }
    if let Some(c) = special_complex(v)? {
        return Ok(this(&c));
    }
    Ok((crate::float::float_of(v)?, 0.0))
}

fn with_type(ty: &TypeRef, re: f64, im: f64) -> Value {
    if ty.is_static(&COMPLEX_TYPE) {
        new(re, im)
    } else {
        alloc_typed(ty, Complex { re, im })
    }
}

fn complex_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [real, imag] =
        crate::args::Args::new(args, kwnames).parse("complex", ["real", "imag"], 0, 0, 2)?;
    let r = real.unwrap_or_else(|| crate::int::from_i64(0));
    if imag.is_none() && r.downcast_exact::<Complex>().is_some() && ty.is_static(&COMPLEX_TYPE) {
        return Ok(r);
    }
    let not_real = |what: &str, v: &Value| {
        type_error(format!(
            "complex() argument '{what}' must be a real number, not {}",
            protocol::type_name(v)
        ))
    };
    if let Some(s) = r.downcast::<PyStr>() {
        if imag.is_some() {
            return Err(not_real("real", &r));
        }
        let (re, im) = from_string(s, &r)?;
        return Ok(with_type(ty, re, im));
    }
    if let Some(i) = imag.as_ref().filter(|i| i.downcast::<PyStr>().is_some()) {
        return Err(not_real("imag", i));
    }
    let special = special_complex(&r)?;
    let number = special.as_ref().unwrap_or(&r);
    if number.downcast::<Complex>().is_none() && !has_float_or_index(number) {
        return Err(match imag {
            Some(_) => not_real("real", &r),
            None => type_error(format!(
                "complex() argument must be a string or a number, not {}",
                protocol::type_name(&r)
            )),
        });
    }
    if let Some(i) = &imag
        && i.downcast::<Complex>().is_none()
        && !has_float_or_index(i)
    {
        return Err(not_real("imag", i));
    }
    let (mut re, real_imag, real_is_complex) = if number.downcast::<Complex>().is_some() {
        if imag.is_some() && !has_float_or_index(&r) {
            crate::warnings::deprecation(&format!(
                "complex() argument 'real' must be a real number, not {}",
                protocol::type_name(&r)
            ))?;
        }
        let (a, b) = this(number);
        (a, b, true)
    } else {
        (crate::float::float_of(number)?, 0.0, false)
    };
    let mut im = match &imag {
        None => real_imag,
        Some(i) if i.downcast::<Complex>().is_some() => {
            crate::warnings::deprecation(&format!(
                "complex() argument 'imag' must be a real number, not {}",
                protocol::type_name(i)
            ))?;
            let (a, b) = this(i);
            re -= b;
            a
        }
        Some(i) => crate::float::float_of(i)?,
    };
    if real_is_complex && imag.is_some() {
        im += real_imag;
    }
    Ok(with_type(ty, re, im))
}

/// `complex_subtype_from_string`: Unicode digits and spaces made ASCII,
/// underscores checked and removed, then `complex_from_string_inner`.
fn from_string(s: &PyStr, original: &Value) -> PyResult<(f64, f64)> {
    let text: String = s
        .chars()
        .map(|c| {
            if ouro_unicode::is_space(c) {
                ' '
            } else if let Some(d) = ouro_unicode::decimal_value(c) {
                char::from_digit(d, 10).unwrap_or('?')
            } else if c < 0x80 {
                char::from_u32(c).unwrap_or('?')
            } else {
                '?'
            }
        })
        .collect();
    let malformed = || crate::err::value_error("complex() arg is a malformed string");
    let text = if text.contains('_') {
        let bytes = text.as_bytes();
        let mut prev = 0u8;
        let mut out = String::with_capacity(text.len());
        for &b in bytes.iter().take_while(|&&b| b != 0) {
            let ok = if b == b'_' {
                prev.is_ascii_digit()
            } else {
                out.push(char::from(b));
                prev != b'_' || b.is_ascii_digit()
            };
            if !ok {
                prev = b'_';
                out.clear();
                break;
            }
            prev = b;
        }
        if prev == b'_' || bytes.contains(&0) {
            return Err(crate::err::value_error(format!(
                "could not convert string to complex: {}",
                protocol::repr_string(original)?
            )));
        }
        out
    } else {
        text
    };
    parse(&text).ok_or_else(malformed)
}

/// The longest prefix of `s` that `PyOS_string_to_double` accepts, as
/// (value, length); overflow gives an infinity.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let word = |w: &str, at: usize| {
        s.len() >= at + w.len() && s[at..at + w.len()].eq_ignore_ascii_case(w.as_bytes())
    };
    let negative = s.first() == Some(&b'-');
    for (w, value) in [
        ("infinity", f64::INFINITY),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        if word(w, i) {
            return Some((if negative { -value } else { value }, i + w.len()));
        }
    }
    let digits = |mut j: usize| {
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let int_end = digits(i);
    let mut end = int_end;
    let mut any = int_end > i;
    if end < s.len() && s[end] == b'.' {
        let frac_end = digits(end + 1);
        any |= frac_end > end + 1;
        end = frac_end;
    }
    if !any {
        return None;
    }
    if end < s.len() && matches!(s[end], b'e' | b'E') {
        let mut j = end + 1;
        if j < s.len() && matches!(s[j], b'+' | b'-') {
            j += 1;
        }
        let exp_end = digits(j);
        if exp_end > j {
            end = exp_end;
        }
    }
    i = end;
    let text = std::str::from_utf8(&s[..i]).ok()?;
    text.parse::<f64>().ok().map(|v| (v, i))
}

/// Parses `complex(text)` (`complex_from_string_inner`): `<float>`,
/// `<float>j`, `<float><signed-float>j`, and the legacy `<float><sign>j`,
/// `<sign>j` and `j`, optionally in parentheses.
pub fn parse(text: &str) -> Option<(f64, f64)> {
    let s = text.as_bytes();
    let space = |i: &mut usize| {
        while *i < s.len() && s[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    let mut i = 0;
    space(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        space(&mut i);
    }
    let is_j = |i: usize| matches!(s.get(i), Some(b'j' | b'J'));
    let sign_unit = |b: u8| if b == b'+' { 1.0 } else { -1.0 };
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, n)) = float_prefix(&s[i..]) {
        i += n;
        match s.get(i) {
            Some(&sign @ (b'+' | b'-')) => {
                x = z;
                match float_prefix(&s[i..]) {
                    Some((v, n)) => {
                        y = v;
                        i += n;
                    }
                    None => {
                        y = sign_unit(sign);
                        i += 1;
                    }
                }
                if !is_j(i) {
                    return None;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                y = z;
                i += 1;
            }
            _ => x = z,
        }
    } else {
        if let Some(&sign @ (b'+' | b'-')) = s.get(i) {
            y = sign_unit(sign);
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(i) {
            return None;
        }
        i += 1;
    }
    space(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        space(&mut i);
    }
    (i == s.len()).then_some((x, y))
}

fn get_real(v: &Value) -> PyResult {
    Ok(crate::float::new(this(v).0))
}

fn get_imag(v: &Value) -> PyResult {
    Ok(crate::float::new(this(v).1))
}

fn complex_conjugate(v: &Value, args: Args) -> PyResult {
    args.none("complex.conjugate")?;
    let (re, im) = this(v);
    Ok(new(re, -im))
}

fn complex_getnewargs(v: &Value, args: Args) -> PyResult {
    args.none("complex.__getnewargs__")?;
    let (re, im) = this(v);
    Ok(crate::tuple::Tuple::new(vec![
        crate::float::new(re),
        crate::float::new(im),
    ]))
}

fn complex_complex(v: &Value, args: Args) -> PyResult {
    args.none("complex.__complex__")?;
    complex_pos(v)
}

fn complex_format(v: &Value, args: Args) -> PyResult {
    let s = crate::format::spec_arg(&args, "complex.__format__")?;
    let (re, im) = this(v);
    crate::format::format_complex(re, im, &s.to_string_lossy(), v)
}

/// `complex.from_number(x)`: numbers only, never strings.
fn complex_from_number(cls: &Value, args: Args) -> PyResult {
    let x = args.one("complex.from_number")?;
    if x.downcast::<PyStr>().is_some() {
        return Err(type_error(format!(
            "must be real number, not {}",
            protocol::type_name(x)
        )));
    }
    let (re, im) = as_complex(x)?;
    let value = new(re, im);
    if cls.is_static(&COMPLEX_TYPE) {
        Ok(value)
    } else {
        protocol::call1(cls, value)
    }
}

builtin_type!(pub static COMPLEX_TYPE: Complex = TypeSpec {
    name: "complex",
    doc: Some("complex(real=0, imag=0)\n--\n\nCreate a complex number from a string or numbers.\n\nIf a string is given, parse it as a complex number.\nIf a single number is given, convert it to a complex number.\nIf the 'real' or 'imag' arguments are given, create a complex number\nwith the specified real and imaginary components."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(complex_repr),
        hash: Some(complex_hash),
        richcompare: Some(complex_richcompare),
        bool: Some(complex_bool),
        pow3: Some(complex_pow3),
        new: Some(complex_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Add, complex_add)
    .with_number(NbOp::Subtract, complex_sub)
    .with_number(NbOp::Multiply, complex_mul)
    .with_number(NbOp::TrueDivide, complex_div)
    .with_number(NbOp::Power, complex_pow)
    .with_unary(UnaryOp::Negative, complex_neg)
    .with_unary(UnaryOp::Positive, complex_pos)
    .with_unary(UnaryOp::Absolute, complex_abs),
    methods: &[
        MethodDef::new("conjugate", complex_conjugate, "conjugate($self, /)\n--\n\nReturn the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."),
        MethodDef::new("__format__", complex_format, "__format__($self, format_spec, /)\n--\n\nConvert to a string according to format_spec."),
        MethodDef::new("__complex__", complex_complex, "__complex__($self, /)\n--\n\nConvert this value to exact type complex."),
        MethodDef::new("__getnewargs__", complex_getnewargs, "__getnewargs__($self, /)\n--\n\n"),
        MethodDef::class("from_number", complex_from_number, "from_number($type, number, /)\n--\n\nConvert number to a complex floating-point number."),
    ],
    getsets: &[GetSetDef::member("real", get_real, None), GetSetDef::member("imag", get_imag, None)],
    ..TypeSpec::DEFAULT
});
