//! `_string`: the format-string parsing behind `string.Formatter` (`formatter_parser`, `formatter_field_name_split`); mirrors Objects/stringlib/unicode_format.h's formatteriterator and fieldnameiterator.

use std::cell::Cell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::strformat::{field_first, field_number, next_field_part, next_markup};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{Ref, Value, builtin_type, int, protocol};

/// The code points of a format string or field name, and where the next
/// piece starts.
pub struct FormatterIterator {
    text: Vec<u32>,
    pos: Cell<usize>,
}

pub struct FieldNameIterator {
    text: Vec<u32>,
    pos: Cell<usize>,
}

fn str_arg(v: &Value) -> PyResult<Vec<u32>> {
    match v.downcast::<PyStr>() {
        Some(s) => Ok(s.code_points()),
        None => Err(type_error(format!(
            "expected str, got {}",
            protocol::type_name(v)
        ))),
    }
}

fn self_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

/// `(literal, field_name, format_spec, conversion)`, the last three `None`
/// after literal text alone.
fn formatter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<FormatterIterator>()
        .expect("formatteriterator");
    let mut pos = it.pos.get();
    let markup = next_markup(&it.text, &mut pos);
    it.pos.set(pos);
    let Some(markup) = markup? else {
        return Ok(None);
    };
    let literal = PyStr::from_cps(markup.literal);
    let Some(field) = markup.field else {
        return Ok(Some(Tuple::new(vec![literal, none(), none(), none()])));
    };
    let conversion = match field.conversion {
        Some(c) => PyStr::from_cps(&[c]),
        None => none(),
    };
    Ok(Some(Tuple::new(vec![
        literal,
        PyStr::from_cps(field.name),
        PyStr::from_cps(field.spec),
        conversion,
    ])))
}

builtin_type!(pub static FORMATTER_ITERATOR_TYPE: FormatterIterator = TypeSpec {
    name: "formatteriterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(self_iter), iternext: Some(formatter_next), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

/// `(is_attribute, name_or_index)` for each `.name` and `[key]`.
fn field_name_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<FieldNameIterator>()
        .expect("fieldnameiterator");
    let mut pos = it.pos.get();
    let part = next_field_part(&it.text, &mut pos);
    it.pos.set(pos);
    Ok(part?.map(|(is_attribute, key)| Tuple::new(vec![py_bool(is_attribute), key])))
}

builtin_type!(pub static FIELD_NAME_ITERATOR_TYPE: FieldNameIterator = TypeSpec {
    name: "fieldnameiterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(self_iter), iternext: Some(field_name_next), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

fn formatter_parser(_m: &Value, args: Args) -> PyResult {
    let text = str_arg(args.one("_string.formatter_parser")?)?;
    Ok(Ref::new(FormatterIterator {
        text,
        pos: Cell::new(0),
    })
    .into_value())
}

fn formatter_field_name_split(_m: &Value, args: Args) -> PyResult {
    let text = str_arg(args.one("_string.formatter_field_name_split")?)?;
    let (first, rest) = field_first(&text);
    let first = match field_number(first)? {
        Some(n) => int::from_usize(n),
        None => PyStr::from_cps(first),
    };
    let rest = Ref::new(FieldNameIterator {
        text,
        pos: Cell::new(rest),
    })
    .into_value();
    Ok(Tuple::new(vec![first, rest]))
}

/// Readies the iterator types, which CPython does not bind in the module.
fn init(_module: &Value) -> PyResult<()> {
    for ty in [&FORMATTER_ITERATOR_TYPE, &FIELD_NAME_ITERATOR_TYPE] {
        ouro_objects::typeobj::ready(ty);
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_string",
    doc: "string helper module",
    functions: &[
        MethodDef::new(
            "formatter_field_name_split",
            formatter_field_name_split,
            "split the argument as a field name",
        ),
        MethodDef::new(
            "formatter_parser",
            formatter_parser,
            "parse the argument as a format string",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
