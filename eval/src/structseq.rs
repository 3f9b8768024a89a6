//! Struct sequence types (`os.stat_result`, `time.struct_time`, `sys.version_info`, ...): tuple subclasses whose fields are also attributes; mirrors Objects/structseq.c.
//!
//! A type is made from a `StructSeqDesc` by `new_type`. Its tuple holds the
//! first `n_in_sequence` fields; the fields after them (`st_atime` as a
//! float, `tm_zone`, ...) are attributes only. CPython keeps those in the
//! same allocation past the tuple's visible size; Ouro keeps them in hidden
//! slots after the tuple payload (instances have no `__dict__`), behind
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
    // The fields go in the namespace, not through `setattr` on the new type.
    for (index, field) in desc.fields.iter().enumerate() {
        if *field == UNNAMED {
            continue;
        }
        let member = alloc_typed(
            &TypeRef::from_static(&STRUCT_FIELD_TYPE),
            StructField {
                index,
                n_visible: desc.n_in_sequence,
                name: intern(field),
                owner: PyStr::new(desc.name),
            },
        );
        d.set_str(field, member);
    }
    d.set_str("__slots__", Tuple::empty());
    let ty = ouro_objects::types::typetype::new_type_with_hidden_slots(
        name,
        &TypeRef::from_static(&ouro_objects::tuple::TUPLE_TYPE),
        ns.clone(),
        desc.fields.len().saturating_sub(desc.n_in_sequence),
    )?;
    let t = TypeRef::from_value(&ty).expect("type() made a type");
    if let Some(d) = t.payload().dict().downcast::<Dict>() {
        // CPython's struct sequence types have no `__slots__`.
        d.del_item_opt(&intern("__slots__"))?;
    }
    let set = |attr: &str, v: Value| protocol::setattr(&ty, &intern(attr), Some(&v));
    let new = BuiltinFunction::module_function(&NEW, ty.clone(), PyStr::new(module));
    set("__new__", ouro_objects::functype::static_method(new))?;
    for def in [&REPR, &REDUCE, &REPLACE] {
        set(def.name, method_descriptor(&t, def))?;
    }
    // Like CPython's, struct sequence types are final and immutable.
    t.payload().set_flag(flags::IMMUTABLETYPE, true);
    t.payload().set_flag(flags::BASETYPE, false);
    Ok(t)
}

/// A struct sequence type that looks built-in, like the static types
/// `sys` makes with `_PyStructSequence_InitBuiltin`: `__module__` comes
/// from the dotted name, not the type dict, and when not `instantiable`
/// (`sys.flags`, `sys.version_info`) calling it fails as for a type
/// without `tp_new`.
pub fn new_builtin_type(desc: &StructSeqDesc, instantiable: bool) -> PyResult<TypeRef> {
    let t = new_type(desc)?;
    let ty = t.payload();
    let d = ty.dict();
    let d = d.downcast::<Dict>().expect("type dict");
    d.del_item_opt(&intern("__module__"))?;
    if !instantiable {
        d.del_item_opt(&intern("__new__"))?;
        ty.slots.new.set(None);
    }
    ty.set_name(desc.name.to_owned());
    ty.set_flag(flags::HEAPTYPE, false);
    ty.modified();
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
    let first = ty.payload().first_slot_index();
    if first + hidden.len() > ty.payload().extras_len() {
        return Err(type_error(format!(
            "{} has no room for its hidden fields",
            qualified_name(ty)
        )));
    }
    for (i, v) in hidden.into_iter().enumerate() {
        drop(obj.set_extra(first + i, Some(v)));
    }
    Ok(obj)
}

/// Every field of a struct sequence instance, hidden ones included.
pub fn values(v: &Value) -> PyResult<Vec<Value>> {
    Ok(this(v)?.2)
}

/// Replaces the `__new__` of a struct sequence type (`os.stat_result`'s
/// fills in float times); `def` gets the type, then `__new__`'s arguments.
pub fn set_new(ty: &TypeRef, def: &'static MethodDef) -> PyResult<()> {
    let value = ty.clone().into_value();
    let module = protocol::getattr_str(&value, "__module__")?;
    let new = BuiltinFunction::module_function(def, value.clone(), module);
    t_set(
        &value,
        "__new__",
        ouro_objects::functype::static_method(new),
    )
}

fn t_set(ty: &Value, attr: &str, v: Value) -> PyResult<()> {
    protocol::setattr(ty, &intern(attr), Some(&v))
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
    let first = ty.payload().first_slot_index();
    let n_hidden = layout.names.len().saturating_sub(layout.visible);
    values.extend((0..n_hidden).map(|i| v.get_extra(first + i).unwrap_or_else(none)));
    Ok((ty, layout, values))
}

static NEW: MethodDef = MethodDef::new(
    "__new__",
    structseq_new,
    "Create and return a new object.  See help(type) for accurate signature.",
);

/// `structseq_new(type, sequence, dict={})`, the `__new__` of every struct
/// sequence type (types with their own `__new__` call it first).
pub fn structseq_new(owner: &Value, args: Args) -> PyResult {
    let ty = new_target(owner, &args)?;
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [sequence, dict] = rest.parse("structseq", ["sequence", "dict"], 0, 1, 2)?;
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

/// The class a struct sequence `__new__` bound to `owner` (the type it was
/// looked up on) is asked to make: the first argument, which must be a
/// subtype of `owner` so the instance has a tuple's layout.
pub fn new_target(owner: &Value, args: &Args) -> PyResult<TypeRef> {
    let owner = TypeRef::from_value(owner).expect("__new__ is bound to its type");
    let name = qualified_name(&owner);
    let Some(cls) = args.positional().first() else {
        return Err(type_error(format!(
            "{name}.__new__(): not enough arguments"
        )));
    };
    let ty = TypeRef::from_value(cls).ok_or_else(|| {
        type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            protocol::type_name(cls)
        ))
    })?;
    if !ty.payload().is_subtype(owner.payload()) {
        return Err(type_error(format!(
            "{name}.__new__({}): {} is not a subtype of {name}",
            ty.payload().name(),
            ty.payload().name()
        )));
    }
    Ok(ty)
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
    args.none(format_args!("{}.__repr__", v.type_obj().payload().name()))?;
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
    args.none(format_args!("{}.__reduce__", v.type_obj().payload().name()))?;
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
/// kept in the hidden slots (`index - n_visible` among them).
pub struct StructField {
    index: usize,
    n_visible: usize,
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
    if f.index < f.n_visible {
        return o
            .downcast::<Tuple>()
            .and_then(|t| t.get(f.index).cloned())
            .ok_or_else(|| type_error("struct sequence field on a non-tuple"));
    }
    let first = o.type_obj().payload().first_slot_index();
    Ok(o.get_extra(first + f.index - f.n_visible)
        .unwrap_or_else(none))
}

fn field_set(_descr: &Value, _obj: &Value, _value: Option<&Value>) -> PyResult<()> {
    Err(PyErr::new(
        &exceptions::ATTRIBUTE_ERROR,
        "readonly attribute",
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
