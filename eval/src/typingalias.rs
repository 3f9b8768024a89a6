//! `typing._GenericAlias`: what subscripting a generic class (`C[int]`) or `Generic` itself gives; Lib/typing.py's class done natively on the payload of `types.GenericAlias`, whose slots it shares where the two behave alike.

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::genericalias::{self, GENERIC_ALIAS_TYPE, GenericAlias, repr_type_arg};
use ouro_objects::protocol;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, flags};
use ouro_objects::union;
use ouro_objects::{TypeRef, Value, builtin_subtype};

/// `origin[args]` as a `typing._GenericAlias`.
pub fn new(origin: Value, args: Vec<Value>) -> Value {
    alloc_typed(
        &TypeRef::from_static(&TYPING_GENERIC_ALIAS_TYPE),
        GenericAlias {
            origin,
            args: Tuple::new(args),
            starred: false,
        },
    )
}

fn this(v: &Value) -> &GenericAlias {
    v.downcast::<GenericAlias>().expect("_GenericAlias")
}

/// `typing._type_repr`: a tuple argument (a substituted `ParamSpec`) prints
/// as a list.
fn type_repr(v: &Value) -> PyResult<String> {
    if v.is_static(&ouro_objects::none::NONE_TYPE) {
        return Ok("NoneType".into());
    }
    if v.downcast::<ouro_objects::list::List>().is_some() {
        return protocol::repr_string(v);
    }
    match v.downcast_exact::<Tuple>() {
        Some(t) => {
            let parts = t.iter().map(type_repr).collect::<PyResult<Vec<_>>>()?;
            Ok(format!("[{}]", parts.join(", ")))
        }
        None => repr_type_arg(v),
    }
}

fn alias_repr(v: &Value) -> PyResult {
    let g = this(v);
    let args = g.args.downcast::<Tuple>().expect("tuple");
    let parts = if args.is_empty() {
        "()".to_string()
    } else {
        args.iter()
            .map(type_repr)
            .collect::<PyResult<Vec<_>>>()?
            .join(", ")
    };
    Ok(PyStr::new(&format!(
        "{}[{parts}]",
        repr_type_arg(&g.origin)?
    )))
}

/// `_GenericAlias.__getitem__`: substitutes the alias's type variables.
fn alias_getitem(v: &Value, key: &Value) -> PyResult {
    let g = this(v);
    if g.origin.is_static(&crate::typing::GENERIC_TYPE) {
        return Err(type_error(format!(
            "Cannot subscript already-subscripted {}",
            protocol::str_lossy(&protocol::str(v)?)
        )));
    }
    let args = union::substitute(v, &g.args, key)?;
    Ok(new(g.origin.clone(), args))
}

/// `_GenericAlias.__getattr__`: attributes it lacks come from the origin,
/// except dunders.
fn alias_getattro(v: &Value, name: &Value) -> PyResult {
    if let Some(found) = protocol::generic_getattr_opt(v, name)? {
        return Ok(found);
    }
    let n = protocol::str_lossy(name);
    if n.starts_with("__") && n.ends_with("__") {
        return Err(protocol::no_attribute(v, name));
    }
    protocol::getattr(&this(v).origin, name)
}

/// `_GenericAlias.__mro_entries__`: `Generic[...]` steps aside when a later
/// base is generic too.
fn alias_mro_entries(v: &Value, args: Args) -> PyResult {
    let bases = protocol::collect(args.one("__mro_entries__")?)?;
    let g = this(v);
    if g.origin.is_static(&crate::typing::GENERIC_TYPE) {
        let later = bases
            .iter()
            .skip_while(|b| !b.is(v))
            .skip(1)
            .any(|b| b.downcast::<GenericAlias>().is_some() && !b.is(v));
        if later {
            return Ok(Tuple::empty());
        }
    }
    Ok(Tuple::new(vec![g.origin.clone()]))
}

/// `_GenericAlias(origin, args)`.
fn alias_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let (origin, items) = match a.positional() {
        [origin, items, ..] => (origin.clone(), items.clone()),
        given => return Err(missing_origin_args(given.len())),
    };
    let items = match items.downcast_exact::<Tuple>() {
        Some(t) => t.to_vec(),
        None => vec![items],
    };
    Ok(new(origin, items))
}

/// Python's message for `_GenericAlias.__init__` called without its two
/// positional arguments.
pub fn missing_origin_args(given: usize) -> ouro_objects::PyErr {
    type_error(if given == 0 {
        "_GenericAlias.__init__() missing 2 required positional arguments: 'origin' and 'args'"
    } else {
        "_GenericAlias.__init__() missing 1 required positional argument: 'args'"
    })
}

fn alias_init_subclass(_cls: &Value, _args: Args) -> PyResult {
    Err(type_error("Cannot subclass special typing classes"))
}

fn subscripted_check(_v: &Value, args: Args) -> PyResult {
    args.one("__instancecheck__")?;
    Err(type_error(
        "Subscripted generics cannot be used with class and instance checks",
    ))
}

builtin_subtype!(pub static TYPING_GENERIC_ALIAS_TYPE: GenericAlias as GENERIC_ALIAS_TYPE = TypeSpec {
    name: "typing._GenericAlias",
    doc: Some("The central part of the internal API.\n\nThis represents a generic version of type 'origin' with type arguments\n'params'. There are two kind of these aliases: user defined and\nspecial. The special ones are wrappers around builtin collections and\nABCs in collections.abc. These must have 'name' always set. If 'inst'\nis False, then the alias can't be instantiated; this is used by e.g.\ntyping.List and typing.Dict.\n"),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        repr: Some(alias_repr),
        richcompare: Some(genericalias::ga_richcompare),
        hash: Some(genericalias::ga_hash),
        call: Some(genericalias::ga_call),
        getattro: Some(alias_getattro),
        getitem: Some(alias_getitem),
        new: Some(alias_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Or, union::union_or),
    methods: &[
        MethodDef::class("__init_subclass__", alias_init_subclass, "__init_subclass__($cls, /, *args, **kwds)\n--\n\n"),
        MethodDef::new("__mro_entries__", alias_mro_entries, "__mro_entries__($self, bases, /)\n--\n\n"),
        MethodDef::new("__instancecheck__", subscripted_check, "__instancecheck__($self, obj, /)\n--\n\n"),
        MethodDef::new("__subclasscheck__", subscripted_check, "__subclasscheck__($self, cls, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("__origin__", |v| Ok(this(v).origin.clone()), None),
        GetSetDef::member("__args__", |v| Ok(this(v).args.clone()), None),
        GetSetDef::getter("__parameters__", |v| union::collect_parameters(&this(v).args)),
    ],
    ..TypeSpec::DEFAULT
});
