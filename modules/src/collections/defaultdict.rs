//! `collections.defaultdict`: a dict whose `__missing__` calls a factory; mirrors Modules/_collectionsmodule.c's defdict_* functions.

use ouro_objects::args::Args;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::{DICT_TYPE, Dict};
use ouro_objects::err::{PyResult, key_error, type_error};
use ouro_objects::genericalias::CLASS_GETITEM_DEF;
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, flags};
use ouro_objects::{Value, builtin_subtype, protocol, reprguard};

/// The factory lives in the instance's one hidden slot (the layout is dict's).
const FACTORY_SLOT: usize = 0;

fn factory(v: &Value) -> Option<Value> {
    v.get_extra(FACTORY_SLOT).filter(|f| !is_none(f))
}

fn set_factory(v: &Value, f: Option<Value>) {
    drop(v.set_extra(FACTORY_SLOT, f));
}

fn is_callable(v: &Value) -> bool {
    v.type_obj().payload().slots.call.get().is_some()
}

fn defdict_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let (first, rest) = match a.positional().split_first() {
        Some((f, _)) => (Some(f.clone()), &args[1..]),
        None => (None, args),
    };
    if let Some(f) = &first
        && !is_none(f)
        && !is_callable(f)
    {
        return Err(type_error("first argument must be callable or None"));
    }
    set_factory(v, first);
    let dict_init = DICT_TYPE.payload().slots.init.get().expect("dict.__init__");
    dict_init(v, rest, kwnames)
}

fn defdict_missing(v: &Value, args: Args) -> PyResult {
    let key = args.one("defaultdict.__missing__")?;
    let Some(f) = factory(v) else {
        return Err(key_error(key.clone()));
    };
    let value = protocol::call0(&f)?;
    protocol::setitem(v, key, Some(&value))?;
    Ok(value)
}

/// `type(dd)(default_factory, dd)`.
fn copy_of(v: &Value) -> PyResult {
    let f = factory(v).unwrap_or_else(none);
    protocol::call(&v.type_value(), &[f, v.clone()], None)
}

fn defdict_copy(v: &Value, args: Args) -> PyResult {
    args.none("defaultdict.copy")?;
    copy_of(v)
}

fn defdict_dunder_copy(v: &Value, args: Args) -> PyResult {
    args.none("defaultdict.__copy__")?;
    copy_of(v)
}

fn defdict_reduce(v: &Value, args: Args) -> PyResult {
    args.none("defaultdict.__reduce__")?;
    let ctor_args = match factory(v) {
        None => Tuple::empty(),
        Some(f) => Tuple::new(vec![f]),
    };
    let items = protocol::call_method(v, "items", &[])?;
    Ok(Tuple::new(vec![
        v.type_value(),
        ctor_args,
        none(),
        none(),
        protocol::iter(&items)?,
    ]))
}

fn defdict_repr(v: &Value) -> PyResult {
    let factory_repr = match factory(v) {
        None => "None".to_string(),
        Some(f) => match reprguard::enter(&f) {
            None => "...".to_string(),
            Some(_guard) => protocol::repr_string(&f)?,
        },
    };
    let dict_repr = DICT_TYPE.payload().slots.repr.get().expect("dict.__repr__");
    let base = protocol::str_string(&dict_repr(v)?)?;
    let name = v.type_obj().payload().name();
    Ok(PyStr::new(&format!("{name}({factory_repr}, {base})")))
}

/// `defdict_or`: the defaultdict operand gives the result's type and
/// factory; the result holds `left` updated with `right`.
fn defdict_or(left: &Value, right: &Value) -> PyResult {
    let (me, other) = if left.downcast::<Dict>().is_some()
        && left
            .type_obj()
            .payload()
            .is_subtype(DEFAULTDICT_TYPE.payload())
    {
        (left, right)
    } else {
        (right, left)
    };
    if other.downcast::<Dict>().is_none() {
        return Ok(not_implemented());
    }
    let f = factory(me).unwrap_or_else(none);
    let result = protocol::call(&me.type_value(), &[f, left.clone()], None)?;
    match result.downcast::<Dict>() {
        Some(d) => d.update_from(right)?,
        None => {
            protocol::call_method(&result, "update", std::slice::from_ref(right))?;
        }
    }
    Ok(result)
}

fn factory_get(v: &Value) -> PyResult {
    Ok(factory(v).unwrap_or_else(none))
}

fn factory_set(v: &Value, f: Option<&Value>) -> PyResult<()> {
    set_factory(v, f.cloned());
    Ok(())
}

builtin_subtype!(pub static DEFAULTDICT_TYPE: Dict as DICT_TYPE = TypeSpec {
    name: "collections.defaultdict",
    doc: Some("defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n"),
    base: Some(&DICT_TYPE),
    flags: flags::BASETYPE | flags::DICT_SUBCLASS | flags::MAPPING,
    hidden_slots: 1,
    slots: SlotDefs { traverse: Some(ouro_objects::dict::dict_traverse), clear: Some(ouro_objects::dict::dict_tp_clear), repr: Some(defdict_repr), init: Some(defdict_init), ..SlotDefs::NONE }.with_number(NbOp::Or, defdict_or),
    methods: &[
        MethodDef::new("__missing__", defdict_missing, "__missing__($self, object, /)\n--\n\n__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n"),
        MethodDef::new("copy", defdict_copy, "copy($self, /)\n--\n\nD.copy() -> a shallow copy of D."),
        MethodDef::new("__copy__", defdict_dunder_copy, "__copy__($self, /)\n--\n\nD.copy() -> a shallow copy of D."),
        MethodDef::new("__reduce__", defdict_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
        CLASS_GETITEM_DEF,
    ],
    getsets: &[GetSetDef::member("default_factory", factory_get, Some(factory_set)).with_doc("Factory for default value called by __missing__().")],
    ..TypeSpec::DEFAULT
});
