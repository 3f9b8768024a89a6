//! Struct sequence types (`os.stat_result`, `time.struct_time`, `sys.version_info`, ...): tuple subclasses whose fields are also attributes; mirrors Objects/structseq.c.
//!
//! A type is made from a `StructSeqDesc` by `new_type`. Its tuple holds the
//! first `n_in_sequence` fields; the fields after them (`st_atime` as a
//! float, `tm_zone`, ...) are attributes only. CPython keeps those in the
//! same allocation past the tuple's visible size; Ouro's tuples own exactly
//! their items, so the hidden fields live in the instance `__dict__`, behind
//! read-only member descriptors. Fields named `UNNAMED` (allowed only in the
//! sequence part) have an index but no attribute.

use ouro_objects::args::Args;
use ouro_objects::builtin_type;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{BuiltinFunction, MethodDef, method_descriptor};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::exceptions;
use ouro_objects::none::none;
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, int, protocol};

/// `PyStructSequence_UnnamedField`.
pub const UNNAMED: &str = "unnamed field";

/// `PyStructSequence_Desc`: the dotted type name (`"os.stat_result"`), its
/// doc, every field in order, and how many of them form the tuple.
pub struct StructSeqDesc<'a> {
    pub name: &'a str,
    pub doc: &'a str,
    pub fields: &'a [&'a str],
    pub n_in_sequence: usize,
}

impl StructSeqDesc<'_> {
    fn n_unnamed(&self) -> usize {
        self.fields.iter().filter(|f| **f == UNNAMED).count()
    }
}

/// The type object for `desc` (`PyStructSequence_NewType`).
pub fn new_type(desc: &StructSeqDesc) -> PyResult<TypeRef> {
    let (module, name) = desc
        .name
        .rsplit_once('.')
        .unwrap_or(("builtins", desc.name));
    let ns = Dict::new_value();
    let d = ns.downcast::<Dict>().expect("dict");
    d.set_str("__module__", PyStr::new(module));
    d.set_str("__doc__", PyStr::new(desc.doc));
    d.set_str("n_sequence_fields", int::from_usize(desc.n_in_sequence));
    d.set_str("n_fields", int::from_usize(desc.fields.len()));
    d.set_str("n_unnamed_fields", int::from_usize(desc.n_unnamed()));
    let match_args = desc.fields[..desc.n_in_sequence]
        .iter()
        .filter(|f| **f != UNNAMED)
        .map(|f| intern(f))
        .collect();
    d.set_str("__match_args__", Tuple::new(match_args));
    let tuple_type = TypeRef::from_static(&ouro_objects::tuple::TUPLE_TYPE).into_value();
    let ty = protocol::call(
        &TypeRef::from_static(&ouro_objects::typeobj::TYPE_TYPE).into_value(),
        &[PyStr::new(name), Tuple::new(vec![tuple_type]), ns],
        None,
    )?;
    let t = TypeRef::from_value(&ty).expect("type() made a type");
    let set = |attr: &str, v: Value| protocol::setattr(&ty, &intern(attr), Some(&v));
    for (index, field) in desc.fields.iter().enumerate() {
        if *field == UNNAMED {
            continue;
        }
        let member = alloc_typed(
            &TypeRef::from_static(&STRUCT_FIELD_TYPE),
            StructField {
                index,
                visible: index < desc.n_in_sequence,
                name: intern(field),
                owner: PyStr::new(desc.name),
            },
        );
        set(field, member)?;
    }
    let new = BuiltinFunction::module_function(&NEW, ty.clone(), PyStr::new(module));
    set("__new__", ouro_objects::functype::static_method(new))?;
    for def in [&REPR, &REDUCE, &REPLACE] {
        set(def.name, method_descriptor(&t, def))?;
    }
    t.payload().set_flag(flags::IMMUTABLETYPE, true);
    Ok(t)
}

/// A new instance of the struct sequence type `ty` from all its fields'
/// values (`PyStructSequence_New` plus `SetItem`s); missing trailing
/// values are None.
pub fn new_instance(ty: &TypeRef, mut values: Vec<Value>) -> PyResult {
    let Layout { visible, names } = layout(ty)?;
    values.resize_with(names.len().max(visible), none);
    let hidden = values.split_off(visible);
    let obj = alloc_typed(ty, Tuple::payload(values));
    if !hidden.is_empty() {
        let dict = protocol::instance_dict(&obj)
            .ok_or_else(|| type_error("struct sequence without a __dict__"))?;
        let dict = dict.downcast::<Dict>().expect("instance dict");
        for (name, v) in names[visible..].iter().zip(hidden) {
            if let Some(name) = name {
                dict.set_item(name.clone(), v)?;
            }
        }
    }
    Ok(obj)
}

/// What an instance of a struct sequence type holds, read back from the
/// type: the tuple's length and every field's name (None for unnamed ones).
struct Layout {
    visible: usize,
    names: Vec<Option<Value>>,
}

fn size_attr(ty: &TypeRef, key: &str) -> PyResult<usize> {
    let v = ty
        .payload()
        .dict()
        .downcast::<Dict>()
        .and_then(|d| d.get_str(&intern(key)));
    let v = v.ok_or_else(|| {
        type_error(format!(
            "Missed attribute '{key}' of type {}",
            ty.payload().name()
        ))
    })?;
    int::to_i64(&protocol::index(&v)?)
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| type_error(format!("bad '{key}' of type {}", ty.payload().name())))
}

fn layout(ty: &TypeRef) -> PyResult<Layout> {
    let visible = size_attr(ty, "n_sequence_fields")?;
    let n_fields = size_attr(ty, "n_fields")?;
    let mut names: Vec<Option<Value>> = vec![None; n_fields];
    let mro = ty.payload().mro();
    let mro: Vec<Value> = mro
        .downcast::<Tuple>()
        .map(|t| t.iter().cloned().collect())
        .unwrap_or_default();
    for entry in mro {
        let Some(dict) = TypeRef::from_value(&entry).map(|t| t.payload().dict()) else {
            continue;
        };
        for (_, v) in dict.downcast::<Dict>().map(Dict::items).unwrap_or_default() {
            if let Some(f) = v.downcast::<StructField>()
                && f.index < n_fields
                && names[f.index].is_none()
            {
                names[f.index] = Some(f.name.clone());
            }
        }
    }
    Ok(Layout { visible, names })
}

/// The struct sequence type of `v` (or of the first struct sequence base of
/// a subclass) and its layout.
fn this(v: &Value) -> PyResult<(TypeRef, Layout, Vec<Value>)> {
    let ty = TypeRef::from_value(&v.type_value()).expect("a type");
    let layout = layout(&ty)?;
    let t = v
        .downcast::<Tuple>()
        .ok_or_else(|| type_error("struct sequence expected"))?;
    let mut values: Vec<Value> = t.iter().cloned().collect();
    let dict = protocol::instance_dict(v).filter(|d| d.downcast::<Dict>().is_some());
    for name in &layout.names[layout.visible.min(layout.names.len())..] {
        let found = match (name, &dict) {
            (Some(n), Some(d)) => d.downcast::<Dict>().expect("dict").get_str(n),
            _ => None,
        };
        values.push(found.unwrap_or_else(none));
    }
    Ok((ty, layout, values))
}

static NEW: MethodDef = MethodDef::new(
    "__new__",
    structseq_new,
    "Create and return a new object.  See help(type) for accurate signature.",
);

/// `structseq_new(type, sequence, dict={})`.
fn structseq_new(_ty: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    let Some(cls) = pos.first() else {
        return Err(type_error("__new__(): not enough arguments"));
    };
    let ty = TypeRef::from_value(cls).ok_or_else(|| {
        type_error(format!(
            "__new__(X): X is not a type object ({})",
            protocol::type_name(cls)
        ))
    })?;
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [sequence, dict] = rest.parse(&ty.payload().name(), ["sequence", "dict"], 0, 1, 2)?;
    let sequence = sequence.expect("required");
    let tp_name = qualified_name(&ty);
    let Layout { visible, names } = layout(&ty)?;
    let max_len = names.len();
    let items = if sequence.downcast::<Tuple>().is_some()
        || sequence.downcast::<ouro_objects::list::List>().is_some()
    {
        protocol::collect(&sequence)?
    } else {
        protocol::collect(&sequence).map_err(|e| {
            if e.matches(&exceptions::TYPE_ERROR) {
                type_error("constructor requires a sequence")
            } else {
                e
            }
        })?
    };
    if dict
        .as_ref()
        .is_some_and(|d| d.downcast::<Dict>().is_none())
    {
        return Err(type_error(format!(
            "{tp_name}() takes a dict as second arg, if any"
        )));
    }
    let len = items.len();
    if visible != max_len {
        if len < visible {
            return Err(type_error(format!(
                "{tp_name}() takes an at least {visible}-sequence ({len}-sequence given)"
            )));
        }
        if len > max_len {
            return Err(type_error(format!(
                "{tp_name}() takes an at most {max_len}-sequence ({len}-sequence given)"
            )));
        }
    } else if len != visible {
        return Err(type_error(format!(
            "{tp_name}() takes a {visible}-sequence ({len}-sequence given)"
        )));
    }
    let mut values = items;
    if let Some(d) = dict
        .as_ref()
        .and_then(|d| d.downcast::<Dict>())
        .filter(|d| !d.is_empty())
    {
        let mut found = 0;
        for name in &names[len..] {
            let v = match name {
                Some(n) => d.get_item_opt(n)?,
                None => None,
            };
            found += usize::from(v.is_some());
            values.push(v.unwrap_or_else(none));
        }
        if d.len() > found {
            return Err(type_error(format!(
                "{tp_name}() got duplicate or unexpected field name(s)"
            )));
        }
    }
    new_instance(&ty, values)
}

/// `tp_name`: `module.name` for types outside `builtins`.
fn qualified_name(ty: &TypeRef) -> String {
    let module = ouro_objects::types::typetype::type_module_name(&ty.clone().into_value());
    let name = ty.payload().name();
    if module == "builtins" {
        name.to_string()
    } else {
        format!("{module}.{name}")
    }
}

static REPR: MethodDef = MethodDef::new("__repr__", structseq_repr, "Return repr(self).");

/// `os.stat_result(st_mode=..., ...)`: the tuple's items under the names of
/// the named fields, in order (so an unnamed sequence field shows under the
/// next field's name, as in CPython).
fn structseq_repr(v: &Value, args: Args) -> PyResult {
    args.none("__repr__")?;
    let (ty, layout, values) = this(v)?;
    let named: Vec<&Value> = layout.names.iter().flatten().collect();
    let mut parts = Vec::new();
    for (i, x) in values.iter().take(layout.visible).enumerate() {
        let name = named
            .get(i)
            .map_or_else(String::new, |n| protocol::str_lossy(n));
        parts.push(format!("{name}={}", protocol::repr_string(x)?));
    }
    Ok(PyStr::new(&format!(
        "{}({})",
        qualified_name(&ty),
        parts.join(", ")
    )))
}

static REDUCE: MethodDef = MethodDef::new("__reduce__", structseq_reduce, "");

/// `(type, (visible_tuple, {hidden_name: value}))`.
fn structseq_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let (ty, layout, mut values) = this(v)?;
    let hidden = values.split_off(layout.visible.min(values.len()));
    let dict = Dict::new_value();
    let d = dict.downcast::<Dict>().expect("dict");
    for (name, x) in layout.names[layout.visible..].iter().zip(hidden) {
        if let Some(n) = name {
            d.set_item(n.clone(), x)?;
        }
    }
    Ok(Tuple::new(vec![
        ty.into_value(),
        Tuple::new(vec![Tuple::new(values), dict]),
    ]))
}

static REPLACE: MethodDef = MethodDef::new("__replace__", structseq_replace, "");

/// `copy.replace(seq, field=value, ...)`.
fn structseq_replace(v: &Value, args: Args) -> PyResult {
    if !args.positional().is_empty() {
        return Err(type_error("__replace__() takes no positional arguments"));
    }
    let (ty, layout, mut values) = this(v)?;
    if layout.names[..layout.visible].iter().any(Option::is_none) {
        return Err(type_error(format!(
            "__replace__() is not supported for {} because it has unnamed field(s)",
            qualified_name(&ty)
        )));
    }
    let mut unexpected = Vec::new();
    for (key, x) in args.keywords() {
        let at = layout.names.iter().position(|n| {
            n.as_ref()
                .is_some_and(|n| protocol::str_lossy(n) == protocol::str_lossy(&key))
        });
        match at {
            Some(i) => values[i] = x,
            None => unexpected.push(key),
        }
    }
    if !unexpected.is_empty() {
        let names = ouro_objects::list::List::from_vec(unexpected);
        return Err(type_error(format!(
            "Got unexpected field name(s): {}",
            protocol::repr_string(&names)?
        )));
    }
    new_instance(&ty, values)
}

/// A field's member descriptor: item `index` of the tuple, or a hidden field
/// kept in the instance dict.
pub struct StructField {
    index: usize,
    visible: bool,
    name: Value,
    owner: Value,
}

fn field_repr(descr: &Value) -> PyResult {
    let f = descr.downcast::<StructField>().expect("field");
    Ok(PyStr::new(&format!(
        "<member '{}' of '{}' objects>",
        protocol::str_lossy(&f.name),
        protocol::str_lossy(&f.owner)
    )))
}

fn field_get(descr: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let Some(o) = obj else {
        return Ok(descr.clone());
    };
    let f = descr.downcast::<StructField>().expect("field");
    if f.visible {
        return o
            .downcast::<Tuple>()
            .and_then(|t| t.get(f.index).cloned())
            .ok_or_else(|| type_error("struct sequence field on a non-tuple"));
    }
    Ok(protocol::instance_dict(o)
        .and_then(|d| d.downcast::<Dict>().and_then(|d| d.get_str(&f.name)))
        .unwrap_or_else(none))
}

fn field_set(descr: &Value, _obj: &Value, _value: Option<&Value>) -> PyResult<()> {
    let f = descr.downcast::<StructField>().expect("field");
    Err(PyErr::new(
        &exceptions::ATTRIBUTE_ERROR,
        format!(
            "readonly attribute '{}' of '{}' objects",
            protocol::str_lossy(&f.name),
            protocol::str_lossy(&f.owner)
        ),
    ))
}

builtin_type!(pub static STRUCT_FIELD_TYPE: StructField = TypeSpec {
    name: "member_descriptor",
    slots: SlotDefs {
        descr_get: Some(field_get),
        descr_set: Some(field_set),
        repr: Some(field_repr),
        ..SlotDefs::NONE
    },
    flags: flags::IMMUTABLETYPE,
    ..TypeSpec::DEFAULT
});
