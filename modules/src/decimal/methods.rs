//! The method tables of `Decimal` and `Context`: every operation is one Rust function over
//! decimals, exposed as `Decimal.op(..., context=None)` and as `Context.op(...)` (_decimal.c's
//! dec_mpd_* / ctx_mpd_* pairs).

use std::cmp::Ordering;

use num_traits::Zero;

use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, bool as pybool, complex, int, protocol};

use super::context::{self, context_arg, current, round_arg, run};
use super::dectype::{self, convert_raise, new_dec, this};
use super::number::{Ctx, Dec, Kind, Round, to_string};
use super::{arith, format, ops, state, transcend};

pub type Unary = fn(&Dec, &Ctx, &mut u32) -> Dec;
pub type Binary = fn(&Dec, &Dec, &Ctx, &mut u32) -> Dec;

fn required(v: Option<Value>) -> PyResult<Value> {
    v.ok_or_else(|| type_error("missing required argument"))
}

fn dec_unary(v: &Value, a: Args, name: &str, f: Unary) -> PyResult {
    let [context] = a.parse(name, ["context"], 0, 0, 1)?;
    let cv = context_arg(context)?;
    Ok(new_dec(run(&cv, |c, st| f(this(v), c, st))?))
}

fn dec_binary(v: &Value, a: Args, name: &str, f: Binary) -> PyResult {
    let [other, context] = a.parse(name, ["other", "context"], 0, 1, 2)?;
    let other = convert_raise(&required(other)?)?;
    let cv = context_arg(context)?;
    Ok(new_dec(run(&cv, |c, st| f(this(v), &other, c, st))?))
}

fn ctx_unary(v: &Value, a: Args, name: &str, f: Unary) -> PyResult {
    let [x] = a.parse(name, ["x"], 1, 1, 1)?;
    let x = convert_raise(&required(x)?)?;
    Ok(new_dec(run(v, |c, st| f(&x, c, st))?))
}

fn ctx_binary(v: &Value, a: Args, name: &str, f: Binary) -> PyResult {
    let [x, y] = a.parse(name, ["x", "y"], 2, 2, 2)?;
    let x = convert_raise(&required(x)?)?;
    let y = convert_raise(&required(y)?)?;
    Ok(new_dec(run(v, |c, st| f(&x, &y, c, st))?))
}

/// A predicate as `Decimal.is_*(context=None)` or `Context.is_*(x)`.
fn dec_predicate(v: &Value, a: Args, name: &str, f: fn(&Dec, &Ctx) -> bool) -> PyResult {
    let [context] = a.parse(name, ["context"], 0, 0, 1)?;
    let c = context::ctx_of(&context_arg(context)?).unwrap_or_else(context::default_ctx);
    Ok(pybool::py_bool(f(this(v), &c)))
}

fn dec_plain_predicate(v: &Value, a: Args, name: &str, f: fn(&Dec, &Ctx) -> bool) -> PyResult {
    a.none(name)?;
    Ok(pybool::py_bool(f(this(v), &context::default_ctx())))
}

fn ctx_predicate(v: &Value, a: Args, name: &str, f: fn(&Dec, &Ctx) -> bool) -> PyResult {
    let [x] = a.parse(name, ["x"], 1, 1, 1)?;
    let x = convert_raise(&required(x)?)?;
    let c = context::ctx_of(v).unwrap_or_else(context::default_ctx);
    Ok(pybool::py_bool(f(&x, &c)))
}

// ---- operations without a context ----

fn copy_abs(a: &Dec, _c: &Ctx, _st: &mut u32) -> Dec {
    a.abs()
}

fn copy_negate(a: &Dec, _c: &Ctx, _st: &mut u32) -> Dec {
    a.negated()
}

fn copy_sign(a: &Dec, b: &Dec, _c: &Ctx, _st: &mut u32) -> Dec {
    Dec {
        neg: b.neg,
        ..a.clone()
    }
}

fn canonical(a: &Dec, _c: &Ctx, _st: &mut u32) -> Dec {
    a.clone()
}

fn ordering_dec(o: Ordering) -> Dec {
    Dec::from_i64(match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    })
}

fn compare_total(a: &Dec, b: &Dec, _c: &Ctx, _st: &mut u32) -> Dec {
    ordering_dec(arith::compare_total(a, b))
}

fn compare_total_mag(a: &Dec, b: &Dec, _c: &Ctx, _st: &mut u32) -> Dec {
    ordering_dec(arith::compare_total(&a.abs(), &b.abs()))
}

fn max(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    arith::minmax(a, b, Ordering::Greater, false, c, st)
}

fn min(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    arith::minmax(a, b, Ordering::Less, false, c, st)
}

fn max_mag(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    arith::minmax(a, b, Ordering::Greater, true, c, st)
}

fn min_mag(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    arith::minmax(a, b, Ordering::Less, true, c, st)
}

fn logical_and(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    ops::logical(a, b, |p, q| p && q, c, st)
}

fn logical_or(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    ops::logical(a, b, |p, q| p || q, c, st)
}

fn logical_xor(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    ops::logical(a, b, |p, q| p != q, c, st)
}

fn rotate(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    ops::rotate_or_shift(a, b, false, c, st)
}

fn shift(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    ops::rotate_or_shift(a, b, true, c, st)
}

fn quantize_ctx(a: &Dec, b: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    arith::quantize(a, b, c.round, c, st)
}

fn integral_value(a: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    arith::to_integral(a, c.round, false, c, st)
}

fn integral_exact(a: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    arith::to_integral(a, c.round, true, c, st)
}

fn apply(a: &Dec, c: &Ctx, st: &mut u32) -> Dec {
    if a.is_nan() {
        a.fix_nan(c)
    } else {
        super::number::fix(a.clone(), c, st)
    }
}

fn same_quantum(a: &Dec, b: &Dec) -> bool {
    if a.is_special() || b.is_special() {
        return (a.is_nan() && b.is_nan()) || (a.is_inf() && b.is_inf());
    }
    a.exp == b.exp
}

// ---- Decimal-only methods ----

fn rounding_method(v: &Value, a: Args, name: &str, exact: bool) -> PyResult {
    let [rounding, context] = a.parse(name, ["rounding", "context"], 0, 0, 2)?;
    let cv = context_arg(context)?;
    let round = match rounding.filter(|r| !is_none(r)) {
        Some(r) => Some(round_arg(&r)?),
        None => None,
    };
    Ok(new_dec(run(&cv, |c, st| {
        arith::to_integral(this(v), round.unwrap_or(c.round), exact, c, st)
    })?))
}

fn dec_quantize(v: &Value, a: Args) -> PyResult {
    let [exp, rounding, context] = a.parse("quantize", ["exp", "rounding", "context"], 0, 1, 3)?;
    let q = convert_raise(&required(exp)?)?;
    let cv = context_arg(context)?;
    let round = match rounding.filter(|r| !is_none(r)) {
        Some(r) => Some(round_arg(&r)?),
        None => None,
    };
    Ok(new_dec(run(&cv, |c, st| {
        arith::quantize(this(v), &q, round.unwrap_or(c.round), c, st)
    })?))
}

fn dec_fma(v: &Value, a: Args) -> PyResult {
    let [other, third, context] = a.parse("fma", ["other", "third", "context"], 0, 2, 3)?;
    let b = convert_raise(&required(other)?)?;
    let c3 = convert_raise(&required(third)?)?;
    let cv = context_arg(context)?;
    Ok(new_dec(run(&cv, |c, st| {
        arith::fma(this(v), &b, &c3, c, st)
    })?))
}

fn dec_same_quantum(v: &Value, a: Args) -> PyResult {
    let [other, context] = a.parse("same_quantum", ["other", "context"], 0, 1, 2)?;
    let b = convert_raise(&required(other)?)?;
    context_arg(context)?;
    Ok(pybool::py_bool(same_quantum(this(v), &b)))
}

fn dec_number_class(v: &Value, a: Args) -> PyResult {
    let [context] = a.parse("number_class", ["context"], 0, 0, 1)?;
    let c = context::ctx_of(&context_arg(context)?).unwrap_or_else(context::default_ctx);
    Ok(PyStr::new(ops::number_class(this(v), &c)))
}

fn dec_to_eng_string(v: &Value, a: Args) -> PyResult {
    let [context] = a.parse("to_eng_string", ["context"], 0, 0, 1)?;
    let c = context::ctx_of(&context_arg(context)?).unwrap_or_else(context::default_ctx);
    Ok(PyStr::new(&to_string(this(v), true, c.capitals)))
}

fn dec_as_tuple(v: &Value, a: Args) -> PyResult {
    a.none("as_tuple")?;
    let d = this(v);
    let digits: Vec<Value> = if d.kind == Kind::Inf || (d.is_nan() && d.coef.is_zero()) {
        if d.kind == Kind::Inf {
            vec![int::from_i64(0)]
        } else {
            Vec::new()
        }
    } else {
        d.coef
            .to_string()
            .bytes()
            .map(|b| int::from_i64(i64::from(b - b'0')))
            .collect()
    };
    let exp = match d.kind {
        Kind::Finite => int::from_i64(d.exp),
        Kind::Inf => PyStr::new("F"),
        Kind::NaN => PyStr::new("n"),
        Kind::SNaN => PyStr::new("N"),
    };
    let st = state()?;
    protocol::call(
        &st.decimal_tuple,
        &[int::from_i64(i64::from(d.neg)), Tuple::new(digits), exp],
        None,
    )
}

fn dec_as_integer_ratio(v: &Value, a: Args) -> PyResult {
    a.none("as_integer_ratio")?;
    let (n, d) = dectype::integer_ratio(this(v))?;
    Ok(Tuple::new(vec![int::from_bigint(n), int::from_bigint(d)]))
}

fn dec_round(v: &Value, a: Args) -> PyResult {
    let [ndigits] = a.parse("__round__", ["ndigits"], 1, 0, 1)?;
    let Some(n) = ndigits.filter(|n| !is_none(n)) else {
        return dectype::to_int(v, Round::HalfEven);
    };
    if !int::is_int(&n) {
        return Err(type_error("optional arg must be an integer"));
    }
    let n = protocol::index_as_isize(&n)? as i64;
    let q = Dec::finite(false, 1u32.into(), n.saturating_neg());
    let cv = current()?;
    Ok(new_dec(run(&cv, |c, st| {
        arith::quantize(this(v), &q, c.round, c, st)
    })?))
}

fn dec_complex(v: &Value, a: Args) -> PyResult {
    a.none("__complex__")?;
    let f = protocol::unary_op(v, ouro_objects::typeobj::UnaryOp::Float)?;
    Ok(complex::new(
        ouro_objects::float::as_f64(&f).unwrap_or(f64::NAN),
        0.0,
    ))
}

fn dec_reduce(v: &Value, a: Args) -> PyResult {
    a.none("__reduce__")?;
    let s = to_string(this(v), false, true);
    Ok(Tuple::new(vec![
        v.type_obj().value(),
        Tuple::new(vec![PyStr::new(&s)]),
    ]))
}

fn dec_self(v: &Value, _a: Args) -> PyResult {
    if v.type_obj().value().is(&dectype::DECIMAL_TYPE.value()) {
        return Ok(v.clone());
    }
    Ok(new_dec(this(v).clone()))
}

fn dec_from_float(cls: &Value, a: Args) -> PyResult {
    let f = a.one("from_float")?;
    dectype::of_class(cls, dectype::from_float_value(f)?)
}

fn dec_from_number(cls: &Value, a: Args) -> PyResult {
    let x = a.one("from_number")?;
    if let Some(d) = dectype::dec_of(x) {
        return dectype::of_class(cls, d.clone());
    }
    if ouro_objects::float::as_f64(x).is_some() && !int::is_int(x) {
        context::add_status(&current()?, super::number::FLOAT_OPERATION)?;
    }
    if int::is_int(x) || ouro_objects::float::as_f64(x).is_some() {
        return dectype::of_class(cls, dectype::from_float_value(x)?);
    }
    Err(type_error(format!(
        "conversion from {} to Decimal is not supported",
        protocol::type_name(x)
    )))
}

fn dec_format(v: &Value, a: Args) -> PyResult {
    let [spec, override_] = a.parse("__format__", ["format_spec", "override"], 2, 1, 2)?;
    let spec = required(spec)?;
    let Some(spec) = spec.downcast::<PyStr>() else {
        return Err(type_error("format arg must be str"));
    };
    let cv = current()?;
    let c = context::ctx_of(&cv).unwrap_or_else(context::default_ctx);
    let s = format::format_decimal(this(v), &spec.to_string_lossy(), &c, override_.as_ref())?;
    Ok(PyStr::new(&s))
}

/// A method whose body is `$helper(v, args, name, f)`, with the text
/// signature `name` + `$sig`; the six kinds below fix helper and signature.
macro_rules! helper_method {
    ($helper:ident, $name:literal, $f:expr, $sig:literal) => {
        MethodDef::new(
            $name,
            |v, a| $helper(v, a, $name, $f),
            concat!($name, $sig, "\n--\n\n"),
        )
    };
}
macro_rules! dec_unary {
    ($name:literal, $f:path) => {
        helper_method!(dec_unary, $name, $f, "($self, /, context=None)")
    };
}
macro_rules! dec_binary {
    ($name:literal, $f:path) => {
        helper_method!(dec_binary, $name, $f, "($self, /, other, context=None)")
    };
}
macro_rules! dec_pred {
    ($name:literal, $f:expr) => {
        helper_method!(dec_plain_predicate, $name, $f, "($self, /)")
    };
}
macro_rules! ctx_unary {
    ($name:literal, $f:path) => {
        helper_method!(ctx_unary, $name, $f, "($self, x, /)")
    };
}
macro_rules! ctx_binary {
    ($name:literal, $f:path) => {
        helper_method!(ctx_binary, $name, $f, "($self, x, y, /)")
    };
}
macro_rules! ctx_pred {
    ($name:literal, $f:expr) => {
        helper_method!(ctx_predicate, $name, $f, "($self, x, /)")
    };
}

pub static DECIMAL_METHODS: &[MethodDef] = &[
    dec_unary!("exp", transcend::exp),
    dec_unary!("ln", transcend::ln),
    dec_unary!("log10", transcend::log10),
    dec_unary!("logb", ops::logb),
    dec_unary!("sqrt", transcend::sqrt),
    dec_unary!("next_minus", ops::next_minus),
    dec_unary!("next_plus", ops::next_plus),
    dec_unary!("normalize", arith::reduce),
    dec_unary!("logical_invert", ops::logical_invert),
    dec_binary!("compare", arith::compare),
    dec_binary!("compare_signal", arith::compare_signal),
    dec_binary!("max", max),
    dec_binary!("max_mag", max_mag),
    dec_binary!("min", min),
    dec_binary!("min_mag", min_mag),
    dec_binary!("next_toward", ops::next_toward),
    dec_binary!("remainder_near", arith::rem_near),
    dec_binary!("compare_total", compare_total),
    dec_binary!("compare_total_mag", compare_total_mag),
    dec_binary!("copy_sign", copy_sign),
    dec_binary!("logical_and", logical_and),
    dec_binary!("logical_or", logical_or),
    dec_binary!("logical_xor", logical_xor),
    dec_binary!("rotate", rotate),
    dec_binary!("scaleb", ops::scaleb),
    dec_binary!("shift", shift),
    dec_pred!("is_canonical", |_, _| true),
    dec_pred!("is_finite", |d, _| !d.is_special()),
    dec_pred!("is_infinite", |d, _| d.is_inf()),
    dec_pred!("is_nan", |d, _| d.is_nan()),
    dec_pred!("is_qnan", |d, _| d.kind == Kind::NaN),
    dec_pred!("is_snan", |d, _| d.kind == Kind::SNaN),
    dec_pred!("is_signed", |d, _| d.neg),
    dec_pred!("is_zero", |d, _| d.is_zero()),
    MethodDef::new(
        "is_normal",
        |v, a| dec_predicate(v, a, "is_normal", ops::is_normal),
        "is_normal($self, /, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "is_subnormal",
        |v, a| dec_predicate(v, a, "is_subnormal", ops::is_subnormal),
        "is_subnormal($self, /, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "fma",
        dec_fma,
        "fma($self, /, other, third, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "quantize",
        dec_quantize,
        "quantize($self, /, exp, rounding=None, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "to_integral",
        |v, a| rounding_method(v, a, "to_integral", false),
        "to_integral($self, /, rounding=None, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "to_integral_value",
        |v, a| rounding_method(v, a, "to_integral_value", false),
        "to_integral_value($self, /, rounding=None, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "to_integral_exact",
        |v, a| rounding_method(v, a, "to_integral_exact", true),
        "to_integral_exact($self, /, rounding=None, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "same_quantum",
        dec_same_quantum,
        "same_quantum($self, /, other, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "number_class",
        dec_number_class,
        "number_class($self, /, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "to_eng_string",
        dec_to_eng_string,
        "to_eng_string($self, /, context=None)\n--\n\n",
    ),
    MethodDef::new(
        "adjusted",
        |v, a| {
            a.none("adjusted")?;
            Ok(int::from_i64(this(v).adjusted()))
        },
        "adjusted($self, /)\n--\n\n",
    ),
    MethodDef::new("as_tuple", dec_as_tuple, "as_tuple($self, /)\n--\n\n"),
    MethodDef::new(
        "as_integer_ratio",
        dec_as_integer_ratio,
        "as_integer_ratio($self, /)\n--\n\n",
    ),
    MethodDef::new("canonical", dec_self, "canonical($self, /)\n--\n\n"),
    MethodDef::new("conjugate", dec_self, "conjugate($self, /)\n--\n\n"),
    MethodDef::new(
        "copy_abs",
        |v, a| {
            a.none("copy_abs")?;
            Ok(new_dec(this(v).abs()))
        },
        "copy_abs($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "copy_negate",
        |v, a| {
            a.none("copy_negate")?;
            Ok(new_dec(this(v).negated()))
        },
        "copy_negate($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "radix",
        |_, a| {
            a.none("radix")?;
            Ok(new_dec(Dec::from_i64(10)))
        },
        "radix($self, /)\n--\n\n",
    ),
    MethodDef::class(
        "from_float",
        dec_from_float,
        "from_float($type, f, /)\n--\n\n",
    ),
    MethodDef::class(
        "from_number",
        dec_from_number,
        "from_number($type, number, /)\n--\n\n",
    ),
    MethodDef::new(
        "__format__",
        dec_format,
        "__format__($self, format_spec, override=<unrepresentable>, /)\n--\n\n",
    ),
    MethodDef::new(
        "__round__",
        dec_round,
        "__round__($self, ndigits=<unrepresentable>, /)\n--\n\n",
    ),
    MethodDef::new(
        "__floor__",
        |v, a| {
            a.none("__floor__")?;
            dectype::to_int(v, Round::Floor)
        },
        "__floor__($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "__ceil__",
        |v, a| {
            a.none("__ceil__")?;
            dectype::to_int(v, Round::Ceiling)
        },
        "__ceil__($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "__trunc__",
        |v, a| {
            a.none("__trunc__")?;
            dectype::to_int(v, Round::Down)
        },
        "__trunc__($self, /)\n--\n\n",
    ),
    MethodDef::new("__complex__", dec_complex, "__complex__($self, /)\n--\n\n"),
    MethodDef::new("__copy__", dec_self, "__copy__($self, /)\n--\n\n"),
    MethodDef::new(
        "__deepcopy__",
        |v, _a| dec_self(v, Args::new(&[], None)),
        "__deepcopy__($self, memo, /)\n--\n\n",
    ),
    MethodDef::new("__reduce__", dec_reduce, "__reduce__($self, /)\n--\n\n"),
    MethodDef::new(
        "__sizeof__",
        |v, _a| {
            Ok(int::from_i64(
                48 + 8 * (this(v).coef.bits() as i64 / 60 + 1),
            ))
        },
        "__sizeof__($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "__divmod__",
        |v, a| dectype::divmod_values(v, a.one("__divmod__")?),
        "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value).",
    ),
    MethodDef::new(
        "__rdivmod__",
        |v, a| dectype::divmod_values(a.one("__rdivmod__")?, v),
        "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self).",
    ),
];

// ---- Context-only methods ----

fn ctx_is_canonical(_v: &Value, a: Args) -> PyResult {
    let x = a.one("is_canonical")?;
    if dectype::dec_of(x).is_none() {
        return Err(type_error("argument must be a Decimal"));
    }
    Ok(pybool::py_bool(true))
}

fn ctx_power(v: &Value, a: Args) -> PyResult {
    let [x, y, modulo] = a.parse("power", ["a", "b", "modulo"], 0, 2, 3)?;
    let x = convert_raise(&required(x)?)?;
    let y = convert_raise(&required(y)?)?;
    match modulo.filter(|m| !is_none(m)) {
        None => Ok(new_dec(run(v, |c, st| transcend::power(&x, &y, c, st))?)),
        Some(m) => {
            let m = convert_raise(&m)?;
            Ok(new_dec(run(v, |c, st| {
                transcend::power_mod(&x, &y, &m, c, st)
            })?))
        }
    }
}

fn ctx_fma(v: &Value, a: Args) -> PyResult {
    let [x, y, z] = a.parse("fma", ["x", "y", "z"], 3, 3, 3)?;
    let x = convert_raise(&required(x)?)?;
    let y = convert_raise(&required(y)?)?;
    let z = convert_raise(&required(z)?)?;
    Ok(new_dec(run(v, |c, st| arith::fma(&x, &y, &z, c, st))?))
}

fn ctx_divmod(v: &Value, a: Args) -> PyResult {
    let [x, y] = a.parse("divmod", ["x", "y"], 2, 2, 2)?;
    let x = convert_raise(&required(x)?)?;
    let y = convert_raise(&required(y)?)?;
    let (q, r) = run(v, |c, st| arith::divmod(&x, &y, c, st))?;
    Ok(Tuple::new(vec![new_dec(q), new_dec(r)]))
}

fn ctx_string(v: &Value, a: Args, name: &str, eng: bool) -> PyResult {
    let x = a.one(name)?;
    let Some(d) = dectype::dec_of(x) else {
        return Err(type_error(format!(
            "conversion from {} to Decimal is not supported",
            protocol::type_name(x)
        )));
    };
    let caps = context::ctx_of(v).is_none_or(|c| c.capitals);
    Ok(PyStr::new(&to_string(d, eng, caps)))
}

fn ctx_same_quantum(_v: &Value, a: Args) -> PyResult {
    let [x, y] = a.parse("same_quantum", ["x", "y"], 2, 2, 2)?;
    let x = convert_raise(&required(x)?)?;
    let y = convert_raise(&required(y)?)?;
    Ok(pybool::py_bool(same_quantum(&x, &y)))
}

fn ctx_number_class(v: &Value, a: Args) -> PyResult {
    let x = convert_raise(a.one("number_class")?)?;
    let c = context::ctx_of(v).unwrap_or_else(context::default_ctx);
    Ok(PyStr::new(ops::number_class(&x, &c)))
}

fn ctx_unsafe_set(v: &Value, a: Args, field: &str) -> PyResult {
    let n = protocol::index_as_isize(a.one(field)?)? as i64;
    let mut c = context::this(v).borrow_mut();
    match field {
        "_unsafe_setprec" => c.prec = n,
        "_unsafe_setemin" => c.emin = n,
        _ => c.emax = n,
    }
    Ok(none())
}

fn ctx_create_decimal_from_float(v: &Value, a: Args) -> PyResult {
    let f = a.one("create_decimal_from_float")?;
    let d = dectype::from_float_value(f)?;
    let mut status = 0;
    let c = context::ctx_of(v).unwrap_or_else(context::default_ctx);
    let r = super::number::fix(d, &c, &mut status);
    context::add_status(v, status)?;
    Ok(new_dec(r))
}

pub static CONTEXT_METHODS: &[MethodDef] = &[
    ctx_unary!("abs", arith::abs),
    ctx_unary!("exp", transcend::exp),
    ctx_unary!("ln", transcend::ln),
    ctx_unary!("log10", transcend::log10),
    ctx_unary!("logb", ops::logb),
    ctx_unary!("minus", arith::minus),
    ctx_unary!("plus", arith::plus),
    ctx_unary!("next_minus", ops::next_minus),
    ctx_unary!("next_plus", ops::next_plus),
    ctx_unary!("normalize", arith::reduce),
    ctx_unary!("sqrt", transcend::sqrt),
    ctx_unary!("to_integral", integral_value),
    ctx_unary!("to_integral_exact", integral_exact),
    ctx_unary!("to_integral_value", integral_value),
    ctx_unary!("logical_invert", ops::logical_invert),
    ctx_unary!("canonical", canonical),
    ctx_unary!("copy_abs", copy_abs),
    ctx_unary!("copy_decimal", canonical),
    ctx_unary!("copy_negate", copy_negate),
    ctx_unary!("_apply", apply),
    ctx_binary!("add", arith::add),
    ctx_binary!("subtract", arith::sub),
    ctx_binary!("multiply", arith::mul),
    ctx_binary!("divide", arith::div),
    ctx_binary!("divide_int", arith::divint),
    ctx_binary!("remainder", arith::rem),
    ctx_binary!("remainder_near", arith::rem_near),
    ctx_binary!("compare", arith::compare),
    ctx_binary!("compare_signal", arith::compare_signal),
    ctx_binary!("compare_total", compare_total),
    ctx_binary!("compare_total_mag", compare_total_mag),
    ctx_binary!("copy_sign", copy_sign),
    ctx_binary!("max", max),
    ctx_binary!("max_mag", max_mag),
    ctx_binary!("min", min),
    ctx_binary!("min_mag", min_mag),
    ctx_binary!("next_toward", ops::next_toward),
    ctx_binary!("quantize", quantize_ctx),
    ctx_binary!("logical_and", logical_and),
    ctx_binary!("logical_or", logical_or),
    ctx_binary!("logical_xor", logical_xor),
    ctx_binary!("rotate", rotate),
    ctx_binary!("scaleb", ops::scaleb),
    ctx_binary!("shift", shift),
    MethodDef::new(
        "is_canonical",
        ctx_is_canonical,
        "is_canonical($self, x, /)\n--\n\n",
    ),
    ctx_pred!("is_finite", |d, _| !d.is_special()),
    ctx_pred!("is_infinite", |d, _| d.is_inf()),
    ctx_pred!("is_nan", |d, _| d.is_nan()),
    ctx_pred!("is_normal", ops::is_normal),
    ctx_pred!("is_qnan", |d, _| d.kind == Kind::NaN),
    ctx_pred!("is_signed", |d, _| d.neg),
    ctx_pred!("is_snan", |d, _| d.kind == Kind::SNaN),
    ctx_pred!("is_subnormal", ops::is_subnormal),
    ctx_pred!("is_zero", |d, _| d.is_zero()),
    MethodDef::new(
        "power",
        ctx_power,
        "power($self, /, a, b, modulo=None)\n--\n\n",
    ),
    MethodDef::new("fma", ctx_fma, "fma($self, x, y, z, /)\n--\n\n"),
    MethodDef::new("divmod", ctx_divmod, "divmod($self, x, y, /)\n--\n\n"),
    MethodDef::new(
        "same_quantum",
        ctx_same_quantum,
        "same_quantum($self, x, y, /)\n--\n\n",
    ),
    MethodDef::new(
        "number_class",
        ctx_number_class,
        "number_class($self, x, /)\n--\n\n",
    ),
    MethodDef::new(
        "to_sci_string",
        |v, a| ctx_string(v, a, "to_sci_string", false),
        "to_sci_string($self, x, /)\n--\n\n",
    ),
    MethodDef::new(
        "to_eng_string",
        |v, a| ctx_string(v, a, "to_eng_string", true),
        "to_eng_string($self, x, /)\n--\n\n",
    ),
    MethodDef::new(
        "radix",
        |_, a| {
            a.none("radix")?;
            Ok(new_dec(Dec::from_i64(10)))
        },
        "radix($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "Etiny",
        |v, a| {
            a.none("Etiny")?;
            Ok(int::from_i64(context::this(v).borrow().etiny()))
        },
        "Etiny($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "Etop",
        |v, a| {
            a.none("Etop")?;
            Ok(int::from_i64(context::this(v).borrow().etop()))
        },
        "Etop($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "clear_flags",
        |v, a| {
            a.none("clear_flags")?;
            context::clear_bits(v, false)
        },
        "clear_flags($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "clear_traps",
        |v, a| {
            a.none("clear_traps")?;
            context::clear_bits(v, true)
        },
        "clear_traps($self, /)\n--\n\n",
    ),
    MethodDef::new("copy", context::context_copy, "copy($self, /)\n--\n\n"),
    MethodDef::new(
        "__copy__",
        context::context_copy,
        "__copy__($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "__reduce__",
        context::context_reduce,
        "__reduce__($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "create_decimal",
        |v, a| {
            let [n] = a.parse("create_decimal", ["num"], 1, 0, 1)?;
            dectype::create_decimal(v, n.as_ref())
        },
        "create_decimal($self, num='0', /)\n--\n\n",
    ),
    MethodDef::new(
        "create_decimal_from_float",
        ctx_create_decimal_from_float,
        "create_decimal_from_float($self, f, /)\n--\n\n",
    ),
    MethodDef::new(
        "_unsafe_setprec",
        |v, a| ctx_unsafe_set(v, a, "_unsafe_setprec"),
        "_unsafe_setprec($self, x, /)\n--\n\n",
    ),
    MethodDef::new(
        "_unsafe_setemin",
        |v, a| ctx_unsafe_set(v, a, "_unsafe_setemin"),
        "_unsafe_setemin($self, x, /)\n--\n\n",
    ),
    MethodDef::new(
        "_unsafe_setemax",
        |v, a| ctx_unsafe_set(v, a, "_unsafe_setemax"),
        "_unsafe_setemax($self, x, /)\n--\n\n",
    ),
];
