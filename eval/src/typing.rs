//! The PEP 695 intrinsics (`CALL_INTRINSIC_1/2`: type parameters, `Generic[...]`, `type X = ...`), `typing.TypeAliasType` and `typing.Generic`; mirrors Objects/typevarobject.c (`_Py_make_typealias`, `_Py_subscript_generic`, `generic_class_getitem`), with Lib/typing.py's `_generic_class_getitem` and `_generic_init_subclass` done natively.

use ouro_bytecode::oparg::{Intrinsic1, Intrinsic2};
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, system_error, type_error};
use ouro_objects::genericalias::{self, GenericAlias};
use ouro_objects::none::{NONE_TYPE, is_none, none, not_implemented};
use ouro_objects::protocol;
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, TypeObject, flags};
use ouro_objects::types::object::ObjectData;
use ouro_objects::union;
use ouro_objects::{Ref, TypeRef, Value, builtin_subtype, builtin_type};

use crate::typevar::{self, Lazy};

pub fn intrinsic1(which: Intrinsic1, v: Value) -> PyResult {
    match which {
        Intrinsic1::TypeVar => Ok(typevar::make_typevar(v, None, None)),
        Intrinsic1::ParamSpec => Ok(typevar::make_paramspec(v)),
        Intrinsic1::TypeVarTuple => Ok(typevar::make_typevartuple(v)),
        Intrinsic1::SubscriptGeneric => subscript_generic(&v),
        Intrinsic1::TypeAlias => make_typealias(&v),
        _ => Err(system_error("invalid intrinsic")),
    }
}

pub fn intrinsic2(which: u32, v1: Value, v2: Value) -> PyResult {
    match Intrinsic2::from_oparg(which) {
        Some(Intrinsic2::TypeVarWithBound) => Ok(typevar::make_typevar(v1, Some(v2), None)),
        Some(Intrinsic2::TypeVarWithConstraints) => Ok(typevar::make_typevar(v1, None, Some(v2))),
        Some(Intrinsic2::SetFunctionTypeParams) => {
            protocol::setattr(&v1, &intern("__type_params__"), Some(&v2))?;
            Ok(v1)
        }
        Some(Intrinsic2::SetTypeParamDefault) => typevar::set_default(&v1, v2),
        _ => Err(system_error("invalid intrinsic")),
    }
}

/// `_Py_subscript_generic`: the `Generic[T, *Ts]` base of `class C[T, *Ts]`.
fn subscript_generic(params: &Value) -> PyResult {
    let items: Vec<Value> = protocol::collect(params)?
        .iter()
        .map(typevar::unpack_if_typevartuple)
        .collect();
    Ok(crate::typingalias::new(GENERIC_TYPE.value(), items))
}

// ---- TypeAliasType ----

pub struct TypeAlias {
    name: Value,
    type_params: Value,
    value: Lazy,
    module: Option<Value>,
}

fn ta(v: &Value) -> &TypeAlias {
    v.downcast::<TypeAlias>().expect("TypeAliasType")
}

/// `INTRINSIC_TYPEALIAS`: `(name, type_params or None, compute_value)`.
fn make_typealias(args: &Value) -> PyResult {
    let parts = protocol::collect(args)?;
    let [name, type_params, compute_value] = parts.as_slice() else {
        return Err(system_error("INTRINSIC_TYPEALIAS expects a 3-tuple"));
    };
    Ok(Ref::new(TypeAlias {
        name: name.clone(),
        type_params: if is_none(type_params) {
            Tuple::empty()
        } else {
            type_params.clone()
        },
        value: Lazy::deferred(Some(compute_value.clone())),
        module: None,
    })
    .into_value())
}

fn typealias_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [name, value, type_params] =
        Args::new(args, kwnames).parse("typealias", ["name", "value", "type_params"], 0, 2, 2)?;
    let name = name.expect("required");
    if name.downcast::<PyStr>().is_none() {
        return Err(ouro_objects::args::bad_argument(
            "typealias",
            "name",
            "str",
            &name,
        ));
    }
    let type_params = type_params.unwrap_or_else(Tuple::empty);
    let Some(params) = type_params.downcast::<Tuple>() else {
        return Err(type_error("type_params must be a tuple"));
    };
    check_type_params(params)?;
    let module = crate::frame::current_globals()
        .and_then(|g| g.downcast::<Dict>()?.get_str(&intern("__name__")));
    Ok(alloc_typed(
        ty,
        TypeAlias {
            name,
            type_params,
            value: Lazy::given(value),
            module,
        },
    ))
}

/// `typealias_check_type_params`: only type parameters, and none without a
/// default after one with a default.
fn check_type_params(params: &Tuple) -> PyResult<()> {
    let mut default_seen = false;
    for p in params.iter() {
        match typevar::type_param_has_default(p) {
            None => {
                return Err(type_error(format!(
                    "Expected a type param, got {}",
                    protocol::repr_string(p)?
                )));
            }
            Some(true) => default_seen = true,
            Some(false) if default_seen => {
                return Err(type_error(format!(
                    "non-default type parameter '{}' follows default type parameter",
                    protocol::repr_string(p)?
                )));
            }
            Some(false) => {}
        }
    }
    Ok(())
}

/// `typealias_module`: given at construction, else the module of the
/// function computing the value.
fn typealias_module(v: &Value) -> PyResult {
    let t = ta(v);
    if let Some(m) = &t.module {
        return Ok(m.clone());
    }
    match t.value.evaluator() {
        f if is_none(&f) => Ok(none()),
        f => Ok(protocol::getattr_opt(&f, &intern("__module__"))?.unwrap_or_else(none)),
    }
}

fn typealias_getitem(v: &Value, key: &Value) -> PyResult {
    let params = ta(v).type_params.downcast::<Tuple>().expect("tuple");
    if params.is_empty() {
        return Err(type_error("Only generic type aliases are subscriptable"));
    }
    genericalias::new(v.clone(), key.clone())
}

/// `X | Y` with a type alias on either side (the types `|` accepts).
fn typealias_or(a: &Value, b: &Value) -> PyResult {
    let ok = |x: &Value| union::is_unionable(x) || x.downcast::<TypeAlias>().is_some();
    if !ok(a) || !ok(b) {
        return Ok(not_implemented());
    }
    union::union_from(&[a.clone(), b.clone()])
}

fn typealias_iter(v: &Value) -> PyResult {
    let unpacked = typevar::unpack(v.clone());
    protocol::iter(&Tuple::new(vec![unpacked]))
}

fn typealias_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    Ok(ta(v).name.clone())
}

builtin_type!(pub static TYPEALIAS_TYPE: TypeAlias = TypeSpec {
    name: "typing.TypeAliasType",
    doc: Some("TypeAliasType(name, value, *, type_params=())\n--\n\nType alias.\n\nType aliases are created through the type statement::\n\n    type Alias = int\n\nIn this example, Alias and int will be treated equivalently by static\ntype checkers.\n\nAt runtime, Alias is an instance of TypeAliasType. The __name__\nattribute holds the name of the type alias. The value of the type alias\nis stored in the __value__ attribute. It is evaluated lazily, so the\nvalue is computed only if the attribute is accessed.\n\nType aliases can also be generic::\n\n    type ListOrSet[T] = list[T] | set[T]\n\nIn this case, the type parameters of the alias are stored in the\n__type_params__ attribute.\n\nSee PEP 695 for more information.\n"),
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    slots: SlotDefs {
        repr: Some(|v| Ok(ta(v).name.clone())),
        getitem: Some(typealias_getitem),
        iter: Some(typealias_iter),
        new: Some(typealias_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Or, typealias_or),
    methods: &[
        MethodDef::new("__reduce__", typealias_reduce, "__reduce__($self, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("__name__", |v| Ok(ta(v).name.clone()), None),
        GetSetDef::getter("__parameters__", |v| {
            let params = protocol::collect(&ta(v).type_params)?;
            Ok(Tuple::new(params.iter().map(typevar::unpack_if_typevartuple).collect()))
        }),
        GetSetDef::getter("__type_params__", |v| Ok(ta(v).type_params.clone())),
        GetSetDef::getter("__value__", |v| ta(v).value.get(none)),
        GetSetDef::getter("evaluate_value", |v| Ok(ta(v).value.evaluator())),
        GetSetDef::getter("__module__", typealias_module),
    ],
    ..TypeSpec::DEFAULT
});

// ---- typing.Generic ----

fn type_convert(v: &Value) -> Value {
    if is_none(v) {
        NONE_TYPE.value()
    } else {
        v.clone()
    }
}

fn items_of(key: &Value) -> Vec<Value> {
    match key.downcast_exact::<Tuple>() {
        Some(t) => t.iter().map(type_convert).collect(),
        None => vec![type_convert(key)],
    }
}

/// `Generic.__class_getitem__` (`typing._generic_class_getitem`):
/// `Generic[T, ...]` checks its parameters; `C[int]` for a generic class
/// substitutes its `__parameters__`.
fn generic_class_getitem(cls: &Value, args: Args) -> PyResult {
    let mut items = items_of(args.one("__class_getitem__")?);
    if cls.is_static(&GENERIC_TYPE) {
        if items.is_empty() {
            return Err(type_error("Parameter list to Generic[...] cannot be empty"));
        }
        if !items.iter().all(typevar::is_typevar_like) {
            return Err(type_error(
                "Parameters to Generic[...] must all be type variables or parameter specification variables.",
            ));
        }
        for (i, p) in items.iter().enumerate() {
            for q in &items[..i] {
                if protocol::eq(p, q)? {
                    return Err(type_error("Parameters to Generic[...] must all be unique"));
                }
            }
        }
        return Ok(crate::typingalias::new(cls.clone(), items));
    }
    let params = match protocol::getattr_opt(cls, &intern("__parameters__"))? {
        Some(p) => protocol::collect(&p)?,
        None => Vec::new(),
    };
    for p in &params {
        if let Some(prepare) = protocol::getattr_opt(p, &intern("__typing_prepare_subst__"))? {
            let prepared = protocol::call(&prepare, &[cls.clone(), Tuple::new(items)], None)?;
            items = protocol::collect(&prepared)?;
        }
    }
    check_generic_specialization(cls, &params, &items)?;
    let mut new_args = Vec::new();
    for (p, arg) in params.iter().zip(items) {
        if p.type_value().is(&typevar::TYPEVARTUPLE_TYPE.value()) {
            new_args.extend(protocol::collect(&arg)?);
        } else {
            new_args.push(arg);
        }
    }
    Ok(crate::typingalias::new(cls.clone(), new_args))
}

/// `typing._check_generic_specialization`.
fn check_generic_specialization(cls: &Value, params: &[Value], items: &[Value]) -> PyResult<()> {
    if params.is_empty() {
        return Err(type_error(format!(
            "{} is not a generic class",
            protocol::repr_string(cls)?
        )));
    }
    let (actual, mut expected) = (items.len(), params.len());
    if actual == expected {
        return Ok(());
    }
    let expect_text = if actual < expected {
        if has_default(&params[actual])? {
            return Ok(());
        }
        for p in params {
            if has_default(p)? {
                expected -= 1;
            }
        }
        format!("at least {expected}")
    } else {
        expected.to_string()
    };
    Err(type_error(format!(
        "Too {} arguments for {}; actual {actual}, expected {expect_text}",
        if actual > expected { "many" } else { "few" },
        protocol::repr_string(cls)?
    )))
}

fn has_default(param: &Value) -> PyResult<bool> {
    protocol::is_true(&protocol::call_method(param, "has_default", &[])?)
}

/// `Generic.__init_subclass__` (`typing._generic_init_subclass`): runs the
/// next `__init_subclass__`, then sets `__parameters__` from the
/// `Generic[...]` base or from the type variables of the original bases.
fn generic_init_subclass(cls: &Value, args: Args) -> PyResult {
    super_init_subclass(cls, &args)?;
    let generic = GENERIC_TYPE.value();
    let own = cls.downcast::<TypeObject>().expect("type").dict();
    let orig_bases = own
        .downcast::<Dict>()
        .and_then(|d| d.get_str(&intern("__orig_bases__")));
    let error = match &orig_bases {
        Some(orig) => protocol::collect(orig)?.iter().any(|b| b.is(&generic)),
        None => {
            let bases = cls.downcast::<TypeObject>().expect("type").bases();
            protocol::collect(&bases)?.iter().any(|b| b.is(&generic))
                && protocol::str_lossy(&protocol::getattr_str(cls, "__name__")?) != "Protocol"
        }
    };
    if error {
        return Err(type_error("Cannot inherit from plain Generic"));
    }
    let mut tvars = Vec::new();
    if let Some(orig) = orig_bases {
        tvars = protocol::collect(&union::collect_parameters(&Tuple::new(protocol::collect(
            &orig,
        )?))?)?;
        let mut gvars: Option<Vec<Value>> = None;
        for base in protocol::collect(&orig)? {
            let Some(g) = base.downcast::<GenericAlias>() else {
                continue;
            };
            if !g.origin.is(&generic) {
                continue;
            }
            if gvars.is_some() {
                return Err(type_error(
                    "Cannot inherit from Generic[...] multiple times.",
                ));
            }
            gvars = Some(protocol::collect(&protocol::getattr_str(
                &base,
                "__parameters__",
            )?)?);
        }
        if let Some(gvars) = gvars {
            let missing: Vec<&Value> = tvars
                .iter()
                .filter(|t| !gvars.iter().any(|g| g.is(t)))
                .collect();
            if !missing.is_empty() {
                let names = |vs: &mut dyn Iterator<Item = &Value>| -> PyResult<String> {
                    let parts = vs
                        .map(|v| Ok(protocol::str_lossy(&protocol::str(v)?)))
                        .collect::<PyResult<Vec<_>>>()?;
                    Ok(parts.join(", "))
                };
                return Err(type_error(format!(
                    "Some type variables ({}) are not listed in Generic[{}]",
                    names(&mut missing.into_iter())?,
                    names(&mut gvars.iter())?
                )));
            }
            tvars = gvars;
        }
    }
    protocol::setattr(cls, &intern("__parameters__"), Some(&Tuple::new(tvars)))?;
    Ok(none())
}

/// `super(Generic, cls).__init_subclass__(*args, **kwargs)`.
fn super_init_subclass(cls: &Value, args: &Args) -> PyResult<()> {
    let mro = cls.downcast::<TypeObject>().expect("type").mro();
    let mro = protocol::collect(&mro)?;
    let generic = GENERIC_TYPE.value();
    let after = mro.iter().position(|t| t.is(&generic)).map_or(0, |i| i + 1);
    let name = intern("__init_subclass__");
    for t in &mro[after..] {
        let d = t.downcast::<TypeObject>().expect("type").dict();
        if let Some(f) = d.downcast::<Dict>().and_then(|d| d.get_str(&name)) {
            let bound = protocol::descr_get(&f, None, cls)?;
            let kw = args.keywords();
            let mut values = args.positional().to_vec();
            values.extend(kw.iter().map(|(_, v)| v.clone()));
            let names =
                (!kw.is_empty()).then(|| Tuple::new(kw.iter().map(|(k, _)| k.clone()).collect()));
            protocol::call(&bound, &values, names.as_ref())?;
            break;
        }
    }
    Ok(())
}

builtin_subtype!(pub static GENERIC_TYPE: ObjectData as ouro_objects::typeobj::OBJECT_TYPE = TypeSpec {
    name: "typing.Generic",
    doc: Some("Abstract base class for generic types.\n\nOn Python 3.12 and newer, generic classes implicitly inherit from\nGeneric when they declare a parameter list after the class's name::\n\n    class Mapping[KT, VT]:\n        def __getitem__(self, key: KT) -> VT:\n            ...\n        # Etc.\n\nOn older versions of Python, however, generic classes have to\nexplicitly inherit from Generic.\n\nAfter a class has been declared to be generic, it can then be used as\nfollows::\n\n    def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:\n        try:\n            return mapping[key]\n        except KeyError:\n            return default\n"),
    flags: flags::BASETYPE,
    methods: &[
        MethodDef::class("__class_getitem__", generic_class_getitem, "__class_getitem__($cls, params, /)\n--\n\nParameterizes a generic class.\n\nAt least, parameterizing a generic class is the *main* thing this\nmethod does. For example, for some generic class `Foo`, this is called\nwhen we do `Foo[int]` - there, with `cls=Foo` and `params=int`.\n\nHowever, note that this method is also called when defining generic\nclasses in the first place with `class Foo[T]: ...`."),
        MethodDef::class("__init_subclass__", generic_init_subclass, "__init_subclass__($cls, /, *args, **kwargs)\n--\n\nFunction to initialize subclasses."),
    ],
    ..TypeSpec::DEFAULT
});

/// Readies the types of this module and of `typevar`. CPython builds most
/// of them from specs, which puts `__module__` in the type's dict.
pub fn ready_types() {
    for ty in [
        &TYPEALIAS_TYPE,
        &GENERIC_TYPE,
        &crate::typingalias::TYPING_GENERIC_ALIAS_TYPE,
    ]
    .into_iter()
    .chain(typevar::TYPES)
    {
        ouro_objects::typeobj::ready(ty);
    }
    for ty in [
        &GENERIC_TYPE,
        &typevar::TYPEVAR_TYPE,
        &typevar::PARAMSPEC_TYPE,
        &typevar::PARAMSPEC_ARGS_TYPE,
        &typevar::PARAMSPEC_KWARGS_TYPE,
        &typevar::TYPEVARTUPLE_TYPE,
    ] {
        if let Some(d) = ty.payload().dict().downcast::<Dict>() {
            d.set_str("__module__", PyStr::new("typing"));
            ty.payload().modified();
        }
    }
    // CPython makes `Generic` from a spec: a heap type, which inherits
    // `object`'s `tp_new` instead of being closed to instantiation like a
    // static type without its own `__new__`.
    let object_new = ouro_objects::typeobj::OBJECT_TYPE.payload().slots.new.get();
    GENERIC_TYPE.payload().slots.new.set(object_new);
}
