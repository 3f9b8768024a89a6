//! `types.GenericAlias` (`list[int]`): origin and arguments, repr, equality, calls, substitution, starring, `|` and attribute delegation to the origin; mirrors Objects/genericaliasobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyResult, type_error};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::str::{PyStr, intern};
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, TypeObject, flags};

pub struct GenericAlias {
    pub origin: Value,
    pub args: Value,
    pub starred: bool,
}

/// `origin[item]` (a tuple item gives several arguments).
pub fn new(origin: Value, item: Value) -> PyResult {
    Ok(alloc_typed(
        &TypeRef::from_static(&GENERIC_ALIAS_TYPE),
        GenericAlias {
            origin,
            args: args_tuple(item),
            starred: false,
        },
    ))
}

/// The arguments of `origin[item]`: a tuple item is several.
fn args_tuple(item: Value) -> Value {
    if item.downcast_exact::<Tuple>().is_some() {
        item
    } else {
        Tuple::new(vec![item])
    }
}

fn class_getitem(cls: &Value, args: Args) -> PyResult {
    let item = args.one("__class_getitem__")?;
    new(cls.clone(), item.clone())
}

/// `__class_getitem__ = classmethod(GenericAlias)` for built-in types
/// whose instances are generic (`staticmethod[...]`, `generator[...]`).
pub const CLASS_GETITEM_DEF: MethodDef = MethodDef::class(
    "__class_getitem__",
    class_getitem,
    "__class_getitem__($type, object, /)\n--\n\nSee PEP 585",
);

/// The same without a docstring (`staticmethod`, `classmethod`).
pub const CLASS_GETITEM_UNDOCUMENTED_DEF: MethodDef = MethodDef::class(
    "__class_getitem__",
    class_getitem,
    "__class_getitem__($type, object, /)\n--\n\n",
);

fn this(v: &Value) -> &GenericAlias {
    v.downcast::<GenericAlias>().expect("GenericAlias")
}

/// `repr` of one type argument as `typing` prints it.
pub fn repr_type_arg(v: &Value) -> PyResult<String> {
    if v.is_static(&crate::none::ELLIPSIS) {
        return Ok("...".into());
    }
    if v.is_static(&crate::none::NONE_TYPE) {
        return Ok("None".into());
    }
    if v.downcast::<GenericAlias>().is_some() {
        return protocol::repr_string(v);
    }
    if let Some(l) = v.downcast::<crate::list::List>() {
        let parts: Vec<String> = l
            .to_vec()
            .iter()
            .map(repr_type_arg)
            .collect::<PyResult<_>>()?;
        return Ok(format!("[{}]", parts.join(", ")));
    }
    if v.downcast::<TypeObject>().is_some() {
        let module = crate::types::typetype::type_module_name(v);
        let qual = protocol::str_lossy(&protocol::getattr_str(v, "__qualname__")?);
        return Ok(if module == "builtins" {
            qual
        } else {
            format!("{module}.{qual}")
        });
    }
    // `ga_repr_item`: alias-like objects print as themselves; anything
    // else with a qualified name (a function) prints as `module.qualname`.
    let has = |name: &str| protocol::getattr_opt(v, &intern(name)).map(|x| x.is_some());
    if has("__origin__")? && has("__args__")? {
        return protocol::repr_string(v);
    }
    let qualname = protocol::getattr_opt(v, &intern("__qualname__"))?;
    let module = protocol::getattr_opt(v, &intern("__module__"))?;
    match (qualname, module) {
        (Some(q), Some(m)) if !crate::none::is_none(&m) => {
            let (q, m) = (protocol::str_lossy(&q), protocol::str_lossy(&m));
            Ok(if m == "builtins" {
                q
            } else {
                format!("{m}.{q}")
            })
        }
        _ => protocol::repr_string(v),
    }
}

fn ga_repr(v: &Value) -> PyResult {
    let g = this(v);
    let args = g.args.downcast::<Tuple>().expect("tuple");
    let parts: Vec<String> = if args.is_empty() {
        vec!["()".into()]
    } else {
        args.iter().map(repr_type_arg).collect::<PyResult<_>>()?
    };
    let star = if g.starred { "*" } else { "" };
    Ok(PyStr::new(&format!(
        "{star}{}[{}]",
        repr_type_arg(&g.origin)?,
        parts.join(", ")
    )))
}

pub fn ga_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<GenericAlias>(), b.downcast::<GenericAlias>()) else {
        return Ok(not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let eq = x.starred == y.starred
        && protocol::eq(&x.origin, &y.origin)?
        && protocol::eq(&x.args, &y.args)?;
    Ok(crate::bool::py_bool(eq == (op == CompareOp::Eq)))
}

pub fn ga_hash(v: &Value) -> PyResult<i64> {
    let g = this(v);
    Ok(crate::hash::fix_hash(
        protocol::hash(&g.origin)? ^ protocol::hash(&g.args)?,
    ))
}

pub fn ga_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let obj = protocol::call(&this(v).origin, args, kwnames)?;
    if let Err(e) = protocol::setattr(&obj, &intern("__orig_class__"), Some(v))
        && !e.matches(&crate::exceptions::ATTRIBUTE_ERROR)
        && !e.matches(&crate::exceptions::TYPE_ERROR)
    {
        return Err(e);
    }
    Ok(obj)
}

const OWN_ATTRS: &[&str] = &[
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__class__",
    "__bases__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

/// Attributes outside `OWN_ATTRS` are the origin's (`list[int].append`).
fn ga_getattro(v: &Value, name: &Value) -> PyResult {
    let n = protocol::str_lossy(name);
    if !OWN_ATTRS.contains(&n.as_str()) {
        return protocol::getattr(&this(v).origin, name);
    }
    protocol::generic_getattr(v, name)
}

/// `GenericAlias(origin, args)`, of the class called (a subclass keeps
/// its own type).
fn ga_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = crate::args::Args::new(args, kwnames);
    a.no_keywords("GenericAlias")?;
    let v = a.range("GenericAlias", "GenericAlias", 2, 2)?;
    Ok(alloc_typed(
        ty,
        GenericAlias {
            origin: v[0].clone(),
            args: args_tuple(v[1].clone()),
            starred: false,
        },
    ))
}

fn ga_mro_entries(v: &Value, args: Args) -> PyResult {
    args.one("__mro_entries__")?;
    Ok(Tuple::new(vec![this(v).origin.clone()]))
}

fn ga_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let g = this(v);
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(vec![g.origin.clone(), g.args.clone()]),
    ]))
}

/// `dir(alias)`: the origin's names plus those of the alias's own
/// attributes that exist.
fn ga_dir(v: &Value, args: Args) -> PyResult {
    args.none("__dir__")?;
    let origin = &this(v).origin;
    let origin_dir = protocol::call_dunder(origin, "__dir__", &[])?
        .ok_or_else(|| type_error("object does not provide __dir__"))?;
    let mut names = protocol::collect(&origin_dir)?;
    for own in OWN_ATTRS {
        let name = intern(own);
        if protocol::generic_getattr_opt(v, &name)?.is_none() {
            continue;
        }
        let mut present = false;
        for n in &names {
            if protocol::eq(n, &name)? {
                present = true;
                break;
            }
        }
        if !present {
            names.push(name);
        }
    }
    Ok(crate::list::List::from_vec(names))
}

fn ga_instancecheck(_v: &Value, args: Args) -> PyResult {
    args.one("__instancecheck__")?;
    Err(type_error(
        "isinstance() argument 2 cannot be a parameterized generic",
    ))
}

fn ga_subclasscheck(_v: &Value, args: Args) -> PyResult {
    args.one("__subclasscheck__")?;
    Err(type_error(
        "issubclass() argument 2 cannot be a parameterized generic",
    ))
}

/// `alias[items]`: the alias with its type variables substituted.
fn ga_getitem(v: &Value, key: &Value) -> PyResult {
    let g = this(v);
    let args = crate::types::union::substitute(v, &g.args, key)?;
    Ok(Ref::new(GenericAlias {
        origin: g.origin.clone(),
        args: Tuple::new(args),
        starred: g.starred,
    })
    .into_value())
}

/// `iter(alias)` yields the starred alias once (`*tuple[int]`).
fn ga_iter(v: &Value) -> PyResult {
    let g = this(v);
    let starred = Ref::new(GenericAlias {
        origin: g.origin.clone(),
        args: g.args.clone(),
        starred: true,
    })
    .into_value();
    Ok(crate::iterators::tuple_iter(Tuple::new(vec![starred])))
}

/// `__typing_unpacked_tuple_args__`: the arguments of a starred `tuple[...]`.
fn ga_unpacked_tuple_args(v: &Value) -> PyResult {
    let g = this(v);
    Ok(
        if g.starred && g.origin.is_static(&crate::tuple::TUPLE_TYPE) {
            g.args.clone()
        } else {
            crate::none::none()
        },
    )
}

/// `ga_traverse`.
pub fn ga_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(ga) = v.downcast::<GenericAlias>() {
        visit(&ga.origin);
        visit(&ga.args);
    }
}

builtin_type!(pub static GENERIC_ALIAS_TYPE: GenericAlias = TypeSpec {
    name: "types.GenericAlias",
    doc: Some("GenericAlias(origin, args, /)\n--\n\nRepresent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    slots: SlotDefs {
        traverse: Some(ga_traverse),
        repr: Some(ga_repr),
        richcompare: Some(ga_richcompare),
        hash: Some(ga_hash),
        call: Some(ga_call),
        getattro: Some(ga_getattro),
        new: Some(ga_new),
        getitem: Some(ga_getitem),
        iter: Some(ga_iter),
        ..SlotDefs::NONE
    }
    .with_number(crate::typeobj::NbOp::Or, crate::types::union::union_or),
    methods: &[
        MethodDef::new("__mro_entries__", ga_mro_entries, "__mro_entries__($self, object, /)\n--\n\n"),
        MethodDef::new("__instancecheck__", ga_instancecheck, "__instancecheck__($self, object, /)\n--\n\n"),
        MethodDef::new("__subclasscheck__", ga_subclasscheck, "__subclasscheck__($self, object, /)\n--\n\n"),
        MethodDef::new("__reduce__", ga_reduce, "__reduce__($self, /)\n--\n\n"),
        MethodDef::new("__dir__", ga_dir, "__dir__($self, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("__origin__", |v| Ok(this(v).origin.clone()), None),
        GetSetDef::member("__args__", |v| Ok(this(v).args.clone()), None),
        GetSetDef::member("__unpacked__", |v| Ok(crate::bool::py_bool(this(v).starred)), None),
        GetSetDef::getter("__parameters__", |v| crate::types::union::collect_parameters(&this(v).args)),
        GetSetDef::getter("__typing_unpacked_tuple_args__", ga_unpacked_tuple_args),
    ],
    ..TypeSpec::DEFAULT
});
