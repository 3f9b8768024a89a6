//! `types.UnionType` (`typing.Union` in 3.14; `int | str`): flattened, de-duplicated arguments, repr, order-insensitive equality and hash, and the `|` operator of types; mirrors Objects/unionobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyResult, type_error};
use crate::genericalias::{GenericAlias, repr_type_arg};
use crate::none::{is_none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::{PyStr, intern};
use crate::tuple::Tuple;
use crate::typeobj::{NbOp, SlotDefs, TypeObject, flags};

pub struct Union {
    /// The member types, flattened and de-duplicated (`None` as `NoneType`).
    pub args: Value,
}

fn this(v: &Value) -> &Union {
    v.downcast::<Union>().expect("Union")
}

/// What `|` accepts on either side (`is_unionable`).
pub fn is_unionable(v: &Value) -> bool {
    is_none(v)
        || v.downcast::<TypeObject>().is_some()
        || v.downcast::<GenericAlias>().is_some()
        || v.downcast::<Union>().is_some()
}

/// `a | b` for types, aliases and unions; `NotImplemented` for anything else.
pub fn union_or(a: &Value, b: &Value) -> PyResult {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(not_implemented());
    }
    union_from(&[a.clone(), b.clone()])
}

/// The union of `items` (`_Py_union_from_tuple`): nested unions flattened,
/// `None` as `NoneType`, duplicates dropped; a single member is returned
/// as itself.
pub fn union_from(items: &[Value]) -> PyResult {
    let mut members: Vec<Value> = Vec::new();
    for side in items {
        let parts = match side.downcast::<Union>() {
            Some(u) => u.args.downcast::<Tuple>().expect("tuple").to_vec(),
            None if is_none(side) => vec![crate::none::NONE_TYPE.value()],
            None => vec![side.clone()],
        };
        for p in parts {
            let mut seen = false;
            for m in &members {
                if m.is(&p) || protocol::eq(m, &p)? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                members.push(p);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop().expect("one member"));
    }
    Ok(Ref::new(Union {
        args: Tuple::new(members),
    })
    .into_value())
}

fn union_repr(v: &Value) -> PyResult {
    let args = this(v).args.clone();
    let parts: Vec<String> = args
        .downcast::<Tuple>()
        .expect("tuple")
        .iter()
        .map(|a| {
            if a.is_static(&crate::none::NONE_TYPE) {
                Ok("None".to_string())
            } else {
                repr_type_arg(a)
            }
        })
        .collect::<PyResult<_>>()?;
    Ok(PyStr::new(&parts.join(" | ")))
}

/// The members split as CPython 3.14 keeps them: the hashable ones as a
/// frozenset (so equality and hash ignore order) and the rest in order.
fn split_members(v: &Value) -> PyResult<(Value, Vec<Value>)> {
    let mut hashable = Vec::new();
    let mut unhashable = Vec::new();
    for m in this(v).args.downcast::<Tuple>().expect("tuple").iter() {
        match protocol::hash(m) {
            Ok(_) => hashable.push(m.clone()),
            Err(e) if e.matches(&crate::exceptions::TYPE_ERROR) => unhashable.push(m.clone()),
            Err(e) => return Err(e),
        }
    }
    let set = crate::set::set_from(hashable)?;
    let frozen = crate::set::with_entries(
        true,
        set.downcast::<crate::set::Set>().expect("set").entries(),
    )?;
    Ok((frozen, unhashable))
}

/// Whether every item of `a` equals some item of `b`.
fn all_found(a: &[Value], b: &[Value]) -> PyResult<bool> {
    for x in a {
        let mut found = false;
        for y in b {
            if protocol::eq(x, y)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

fn union_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if b.downcast::<Union>().is_none() || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let (a_set, a_rest) = split_members(a)?;
    let (b_set, b_rest) = split_members(b)?;
    let eq = protocol::eq(&a_set, &b_set)?
        && all_found(&a_rest, &b_rest)?
        && all_found(&b_rest, &a_rest)?;
    Ok(crate::bool::py_bool(eq == (op == CompareOp::Eq)))
}

/// Unhashable when a member is (hashing it raises that member's error).
fn union_hash(v: &Value) -> PyResult<i64> {
    let (set, rest) = split_members(v)?;
    if let Some(first) = rest.first() {
        protocol::hash(first)?;
    }
    protocol::hash(&set)
}

/// `union_nb_or`: a union joins with anything on either side.
fn union_nb_or(a: &Value, b: &Value) -> PyResult {
    union_from(&[a.clone(), b.clone()])
}

/// `__parameters__`: the type variables among the members (what
/// `_Py_make_parameters` collects: objects with `__typing_subst__`, and the
/// parameters of nested aliases), in first-seen order.
pub fn collect_parameters(args: &Value) -> PyResult {
    let mut params: Vec<Value> = Vec::new();
    let add = |p: Value, params: &mut Vec<Value>| {
        if !params.iter().any(|q| q.is(&p)) {
            params.push(p);
        }
    };
    for a in args.downcast::<Tuple>().expect("tuple").iter() {
        if a.downcast::<TypeObject>().is_some() {
            continue;
        }
        if protocol::getattr_opt(a, &intern("__typing_subst__"))?.is_some() {
            add(a.clone(), &mut params);
        } else if let Some(nested) = protocol::getattr_opt(a, &intern("__parameters__"))?
            && let Some(t) = nested.downcast::<Tuple>()
        {
            for p in t.iter() {
                add(p.clone(), &mut params);
            }
        }
    }
    Ok(Tuple::new(params))
}

/// Whether `param` is a `TypeVarTuple` (the only type parameter that is
/// iterable, which is how `_Py_subs_parameters` tells them apart).
fn is_typevartuple(param: &Value) -> bool {
    param.type_obj().payload().slots.iter.get().is_some()
        && param.downcast::<TypeObject>().is_none()
        && param.downcast::<GenericAlias>().is_none()
}

/// The items of `item` as `__getitem__` receives them (a tuple gives several).
fn key_items(key: &Value) -> Vec<Value> {
    match key.downcast_exact::<Tuple>() {
        Some(t) => t.to_vec(),
        None => vec![key.clone()],
    }
}

/// `_Py_subs_parameters`: replaces each type variable among `args` by the
/// matching item of `key` (through its `__typing_subst__`), and nested
/// aliases by their own substitution; each parameter's
/// `__typing_prepare_subst__` first adjusts the items (defaults, the
/// items a `TypeVarTuple` takes), and an unpacked `TypeVarTuple` splices in
/// the items it received.
pub fn substitute(owner: &Value, args: &Value, key: &Value) -> PyResult<Vec<Value>> {
    let params = collect_parameters(args)?;
    let params = params.downcast::<Tuple>().expect("tuple").to_vec();
    if params.is_empty() {
        return Err(type_error(format!(
            "{} is not a generic class",
            protocol::repr_string(owner)?
        )));
    }
    let mut items = unpack_args(key_items(key))?;
    for p in &params {
        if let Some(prepare) = protocol::getattr_opt(p, &intern("__typing_prepare_subst__"))? {
            let prepared = protocol::call(&prepare, &[owner.clone(), Tuple::new(items)], None)?;
            items = protocol::collect(&prepared)?;
        }
    }
    if items.len() != params.len() {
        return Err(type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            protocol::repr_string(owner)?,
            items.len(),
            params.len()
        )));
    }
    let item_for = |p: &Value| params.iter().position(|q| q.is(p)).map(|i| &items[i]);
    let mut out = Vec::new();
    for a in args.downcast::<Tuple>().expect("tuple").iter() {
        if a.downcast::<TypeObject>().is_some() {
            out.push(a.clone());
            continue;
        }
        if let Some(item) = item_for(a) {
            out.push(protocol::call_method(
                a,
                "__typing_subst__",
                std::slice::from_ref(item),
            )?);
            continue;
        }
        let nested = protocol::getattr_opt(a, &intern("__parameters__"))?;
        let Some(sub) = nested
            .as_ref()
            .and_then(|n| n.downcast::<Tuple>())
            .filter(|t| !t.is_empty())
        else {
            out.push(a.clone());
            continue;
        };
        if unpacked_typevartuple(a)? {
            let ts = sub.get(0).expect("non-empty");
            match item_for(ts) {
                Some(item) => out.extend(key_items(item)),
                None => out.push(a.clone()),
            }
            continue;
        }
        let mut picked = Vec::new();
        for p in sub.iter() {
            match item_for(p) {
                Some(item) if is_typevartuple(p) && item.downcast::<Tuple>().is_some() => {
                    picked.extend(key_items(item));
                }
                Some(item) => picked.push(item.clone()),
                None => picked.push(p.clone()),
            }
        }
        out.push(protocol::getitem(a, &Tuple::new(picked))?);
    }
    Ok(out)
}

/// `_unpack_args`: an unpacked fixed-length tuple (`*tuple[int, str]`)
/// among the items stands for its own items.
fn unpack_args(items: Vec<Value>) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if item.downcast::<TypeObject>().is_none()
            && let Some(sub) =
                protocol::getattr_opt(&item, &intern("__typing_unpacked_tuple_args__"))?
            && let Some(sub) = sub.downcast::<Tuple>()
            && !sub
                .as_slice()
                .last()
                .is_some_and(|a| a.is_static(&crate::none::ELLIPSIS))
        {
            out.extend(sub.iter().cloned());
            continue;
        }
        out.push(item);
    }
    Ok(out)
}

/// `_is_unpacked_typevartuple`: `*Ts` (`Unpack[Ts]`).
fn unpacked_typevartuple(v: &Value) -> PyResult<bool> {
    match protocol::getattr_opt(v, &intern("__typing_is_unpacked_typevartuple__"))? {
        Some(flag) => protocol::is_true(&flag),
        None => Ok(false),
    }
}

fn union_getitem(v: &Value, key: &Value) -> PyResult {
    let members = substitute(v, &this(v).args, key)?;
    union_from(&members)
}

/// `union_getattro`: `__module__` is the type's (`typing`).
fn union_getattro(v: &Value, name: &Value) -> PyResult {
    if name
        .downcast::<PyStr>()
        .is_some_and(|n| n.eq_rust("__module__"))
    {
        return protocol::getattr(&v.type_value(), name);
    }
    protocol::generic_getattr(v, name)
}

fn union_mro_entries(v: &Value, args: Args) -> PyResult {
    args.one("__mro_entries__")?;
    Err(type_error(format!(
        "Cannot subclass {}",
        protocol::repr_string(v)?
    )))
}

/// `Union[X, Y]` (`_Py_union_from_tuple`).
fn union_class_getitem(_cls: &Value, args: Args) -> PyResult {
    let item = args.one("Union.__class_getitem__")?;
    let items = key_items(item);
    if items.is_empty() {
        return Err(type_error("Cannot take a Union of no types."));
    }
    union_from(&items)
}

fn union_new(_ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Err(type_error("cannot create 'typing.Union' instances"))
}

/// `union_traverse`.
fn union_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    visit(&this(v).args);
}

builtin_type!(pub static UNION_TYPE: Union = TypeSpec {
    name: "typing.Union",
    doc: Some("Represent a union type\n\nE.g. for int | str"),
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    slots: SlotDefs {
        traverse: Some(union_traverse),
        repr: Some(union_repr),
        richcompare: Some(union_richcompare),
        hash: Some(union_hash),
        getattro: Some(union_getattro),
        getitem: Some(union_getitem),
        new: Some(union_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Or, union_nb_or),
    methods: &[
        MethodDef::new("__mro_entries__", union_mro_entries, "__mro_entries__($self, object, /)\n--\n\n"),
        MethodDef::class("__class_getitem__", union_class_getitem, "__class_getitem__($type, object, /)\n--\n\nSee PEP 585"),
    ],
    getsets: &[
        GetSetDef::member("__args__", |v| Ok(this(v).args.clone()), None),
        GetSetDef::getter("__parameters__", |v| collect_parameters(&this(v).args)),
        GetSetDef::getter("__origin__", |v| Ok(v.type_value())),
        GetSetDef::getter("__name__", |_| Ok(PyStr::new("Union"))),
        GetSetDef::getter("__qualname__", |_| Ok(PyStr::new("Union"))),
    ],
    ..TypeSpec::DEFAULT
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_or() {
        let _lock = crate::init_for_test();
        let int = crate::int::INT_TYPE.value();
        let s = crate::str::STR_TYPE.value();
        let u = protocol::binary_op(&int, &s, NbOp::Or).unwrap();
        assert_eq!(protocol::repr_string(&u).unwrap(), "int | str");
        let u2 = protocol::binary_op(&crate::none::none(), &u, NbOp::Or).unwrap();
        assert_eq!(protocol::repr_string(&u2).unwrap(), "None | int | str");
        let rev = protocol::binary_op(&s, &int, NbOp::Or).unwrap();
        assert!(protocol::eq(&u, &rev).unwrap());
        assert_eq!(protocol::hash(&u).unwrap(), protocol::hash(&rev).unwrap());
        assert!(protocol::binary_op(&int, &int, NbOp::Or).unwrap().is(&int));
        assert!(protocol::binary_op(&int, &crate::int::from_i64(1), NbOp::Or).is_err());
    }
}
