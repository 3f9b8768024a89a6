//! t-strings (PEP 750): `string.templatelib.Template` and `Interpolation`; mirrors Objects/templateobject.c and interpolationobject.c.

use ouro_objects::args::Args;
use ouro_objects::builtin_type;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, flags};
use ouro_objects::{Ref, TypeRef, Value, protocol};

pub struct Interpolation {
    value: Value,
    expression: Value,
    conversion: Value,
    format_spec: Value,
}

/// `BUILD_INTERPOLATION`'s result.
pub fn interpolation(
    value: Value,
    expression: Value,
    conversion: Option<char>,
    spec: Option<Value>,
) -> Value {
    Ref::new(Interpolation {
        value,
        expression,
        conversion: conversion.map_or_else(none, |c| PyStr::new(&c.to_string())),
        format_spec: spec.unwrap_or_else(|| PyStr::new("")),
    })
    .into_value()
}

fn interp(v: &Value) -> &Interpolation {
    v.downcast::<Interpolation>().expect("Interpolation")
}

fn interpolation_repr(v: &Value) -> PyResult {
    let i = interp(v);
    Ok(PyStr::new(&format!(
        "Interpolation({}, {}, {}, {})",
        protocol::repr_string(&i.value)?,
        protocol::repr_string(&i.expression)?,
        protocol::repr_string(&i.conversion)?,
        protocol::repr_string(&i.format_spec)?
    )))
}

fn interpolation_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [value, expression, conversion, format_spec] = Args::new(args, kwnames).parse(
        "Interpolation",
        ["value", "expression", "conversion", "format_spec"],
        0,
        1,
        4,
    )?;
    let conversion = conversion.unwrap_or_else(none);
    if !ouro_objects::none::is_none(&conversion) {
        let ok = conversion
            .downcast::<PyStr>()
            .is_some_and(|s| s.eq_rust("s") || s.eq_rust("r") || s.eq_rust("a"));
        if !ok {
            return Err(ouro_objects::err::value_error(
                "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'",
            ));
        }
    }
    let text_arg = |v: Option<Value>, name: &str| -> PyResult<Value> {
        let v = v.unwrap_or_else(|| PyStr::new(""));
        if v.downcast::<PyStr>().is_none() {
            return Err(ouro_objects::args::bad_argument(
                "Interpolation",
                name,
                "str",
                &v,
            ));
        }
        Ok(v)
    };
    Ok(alloc_typed(
        ty,
        Interpolation {
            value: value.expect("required"),
            expression: text_arg(expression, "expression")?,
            conversion,
            format_spec: text_arg(format_spec, "format_spec")?,
        },
    ))
}

fn interpolation_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let i = interp(v);
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(vec![
            i.value.clone(),
            i.expression.clone(),
            i.conversion.clone(),
            i.format_spec.clone(),
        ]),
    ]))
}

/// `interpolation_traverse`.
fn interpolation_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(i) = v.downcast::<Interpolation>() {
        for field in [&i.value, &i.expression, &i.conversion, &i.format_spec] {
            visit(field);
        }
    }
}

builtin_type!(pub static INTERPOLATION_TYPE: Interpolation = TypeSpec {
    name: "string.templatelib.Interpolation",
    doc: Some("Interpolation object"),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(interpolation_traverse), repr: Some(interpolation_repr), new: Some(interpolation_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__reduce__", interpolation_reduce, ""),
        ouro_objects::genericalias::CLASS_GETITEM_DEF,
    ],
    getsets: &[
        GetSetDef::member("value", |v| Ok(interp(v).value.clone()), None),
        GetSetDef::member("expression", |v| Ok(interp(v).expression.clone()), None),
        GetSetDef::member("conversion", |v| Ok(interp(v).conversion.clone()), None),
        GetSetDef::member("format_spec", |v| Ok(interp(v).format_spec.clone()), None),
    ],
    ..TypeSpec::DEFAULT
});

pub struct Template {
    strings: Value,
    interpolations: Value,
}

fn tmpl(v: &Value) -> &Template {
    v.downcast::<Template>().expect("Template")
}

/// `BUILD_TEMPLATE`'s result.
pub fn template(strings: &Value, interpolations: &Value) -> PyResult {
    Ok(Ref::new(Template {
        strings: strings.clone(),
        interpolations: interpolations.clone(),
    })
    .into_value())
}

fn items(v: &Value) -> Vec<Value> {
    v.downcast::<Tuple>().map(Tuple::to_vec).unwrap_or_default()
}

fn template_repr(v: &Value) -> PyResult {
    let t = tmpl(v);
    Ok(PyStr::new(&format!(
        "Template(strings={}, interpolations={})",
        protocol::repr_string(&t.strings)?,
        protocol::repr_string(&t.interpolations)?
    )))
}

fn template_iter(v: &Value) -> PyResult {
    let t = tmpl(v);
    let strings = items(&t.strings);
    let interps = items(&t.interpolations);
    let mut out = Vec::new();
    for (i, s) in strings.iter().enumerate() {
        if s.downcast::<PyStr>().is_some_and(|x| !x.is_empty()) {
            out.push(s.clone());
        }
        if let Some(x) = interps.get(i) {
            out.push(x.clone());
        }
    }
    protocol::iter(&ouro_objects::list::List::from_vec(out))
}

/// Joins adjacent strings when concatenating templates.
fn concat(a: &Template, b: &Template) -> PyResult {
    let mut strings = items(&a.strings);
    let bs = items(&b.strings);
    let last = strings.pop().unwrap_or_else(|| PyStr::new(""));
    let joined = protocol::binary_op(&last, bs.first().unwrap_or(&PyStr::new("")), NbOp::Add)?;
    strings.push(joined);
    strings.extend(bs.into_iter().skip(1));
    let mut interps = items(&a.interpolations);
    interps.extend(items(&b.interpolations));
    template(&Tuple::new(strings), &Tuple::new(interps))
}

/// `sq_concat`: only a template joins a template (`str + Template` is
/// refused by `str`'s own concatenation).
fn template_concat(a: &Value, b: &Value) -> PyResult {
    match b.downcast::<Template>() {
        Some(y) => concat(tmpl(a), y),
        None => Err(type_error(format!(
            "can only concatenate string.templatelib.Template (not \"{}\") to string.templatelib.Template",
            b.type_obj().payload().tp_name()
        ))),
    }
}

fn template_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    if a.kw_count() > 0 {
        return Err(type_error("Template.__new__ only accepts *args arguments"));
    }
    let mut strings = vec![PyStr::new("")];
    let mut interps = Vec::new();
    for x in a.positional() {
        if x.downcast::<PyStr>().is_some() {
            let last = strings.pop().expect("non-empty");
            strings.push(protocol::binary_op(&last, x, NbOp::Add)?);
        } else if x.downcast::<Interpolation>().is_some() {
            interps.push(x.clone());
            strings.push(PyStr::new(""));
        } else {
            return Err(type_error(format!(
                "Template.__new__ *args need to be of type 'str' or 'Interpolation', got {}",
                protocol::type_name(x)
            )));
        }
    }
    Ok(alloc_typed(
        ty,
        Template {
            strings: Tuple::new(strings),
            interpolations: Tuple::new(interps),
        },
    ))
}

/// `template_traverse`.
fn template_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(t) = v.downcast::<Template>() {
        visit(&t.strings);
        visit(&t.interpolations);
    }
}

builtin_type!(pub static TEMPLATE_TYPE: Template = TypeSpec {
    name: "string.templatelib.Template",
    doc: Some("Template object"),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        traverse: Some(template_traverse),
        repr: Some(template_repr),
        iter: Some(template_iter),
        new: Some(template_new),
        concat: Some(template_concat),
        ..SlotDefs::NONE
    },
    methods: &[ouro_objects::genericalias::CLASS_GETITEM_DEF],
    getsets: &[
        GetSetDef::member("strings", |v| Ok(tmpl(v).strings.clone()), None),
        GetSetDef::member("interpolations", |v| Ok(tmpl(v).interpolations.clone()), None),
        GetSetDef::getter("values", |v| {
            let vals: Vec<Value> = items(&tmpl(v).interpolations).iter().map(|i| interp(i).value.clone()).collect();
            Ok(Tuple::new(vals))
        }),
    ],
    ..TypeSpec::DEFAULT
});

/// Readies both types and gives `Interpolation` its `__match_args__`
/// (a class attribute, not a descriptor).
pub fn ready_types() {
    for ty in [&TEMPLATE_TYPE, &INTERPOLATION_TYPE] {
        ouro_objects::typeobj::ready(ty);
    }
    let names = ["value", "expression", "conversion", "format_spec"].map(ouro_objects::str::intern);
    let dict = INTERPOLATION_TYPE.payload().dict();
    if let Some(d) = dict.downcast::<ouro_objects::dict::Dict>() {
        d.set_str("__match_args__", Tuple::new(names.to_vec()));
        INTERPOLATION_TYPE.payload().modified();
    }
}
