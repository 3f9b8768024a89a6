//! Slots of Python classes: each slot a class's dunder defines points at a function that looks the dunder up and calls it; mirrors the `slot_*` functions and `fixup_slot_dispatchers` of Objects/typeobject.c.

use crate::core::{TypeRef, Value};
use crate::descr::{SlotWrapper, WrapperKind};
use crate::dict::Dict;
use crate::err::{PyResult, type_error};
use crate::exceptions;
use crate::none::{is_none, is_not_implemented, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::intern;
use crate::tuple::Tuple;
use crate::typeobj::{
    INPLACE_OFFSET, NB_BINARY_COUNT, NB_OPS, SetAttrFn, TypeObject, UNARY_OP_COUNT, UnaryOp,
};

/// The dunder on `obj`'s type, bound to `obj`; `None` if the type lacks it.
fn lookup_bound(obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match obj.type_obj().payload().lookup_str(name) {
        Some(attr) => protocol::descr_get(&attr, Some(obj), &obj.type_value()).map(Some),
        None => Ok(None),
    }
}

fn call_dunder(obj: &Value, name: &str, args: &[Value]) -> PyResult {
    protocol::call_dunder(obj, name, args)?
        .ok_or_else(|| protocol::no_attribute(obj, &intern(name)))
}

/// `call_maybe`: `NotImplemented` when the type has no such dunder.
fn call_maybe(obj: &Value, name: &str, args: &[Value]) -> PyResult {
    Ok(protocol::call_dunder(obj, name, args)?.unwrap_or_else(not_implemented))
}

fn slot_repr(v: &Value) -> PyResult {
    call_dunder(v, "__repr__", &[])
}

fn slot_str(v: &Value) -> PyResult {
    call_dunder(v, "__str__", &[])
}

fn slot_hash(v: &Value) -> PyResult<i64> {
    let Some(f) = v.type_obj().payload().lookup_str("__hash__") else {
        return Err(type_error(format!(
            "unhashable type: '{}'",
            protocol::type_name(v)
        )));
    };
    if is_none(&f) {
        return Err(type_error(format!(
            "unhashable type: '{}'",
            protocol::type_name(v)
        )));
    }
    let bound = protocol::descr_get(&f, Some(v), &v.type_value())?;
    let r = protocol::call(&bound, &[], None)?;
    if r.is_small_int()
        || r.downcast::<crate::int::Int>().is_some()
        || r.downcast::<crate::bool::Bool>().is_some()
    {
        return Ok(crate::int::hash_of_int_value(&r));
    }
    Err(type_error("__hash__ method should return an integer"))
}

fn slot_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    call_maybe(a, op.dunder(), std::slice::from_ref(b))
}

/// The `tp_getattro` of a class defining `__getattribute__` (`slot_tp_getattro`).
pub fn slot_getattro(obj: &Value, name: &Value) -> PyResult {
    call_dunder(obj, "__getattribute__", std::slice::from_ref(name))
}

/// `__getattribute__` then, on `AttributeError`, `__getattr__`.
pub fn slot_getattr_hook(obj: &Value, name: &Value) -> PyResult {
    let ty = obj.type_obj().payload();
    let getattribute = ty.lookup_str("__getattribute__");
    let first = match &getattribute {
        Some(ga) if is_generic_getattribute(ga) => protocol::generic_getattr(obj, name),
        Some(ga) => {
            let bound = protocol::descr_get(ga, Some(obj), &obj.type_value())?;
            protocol::call(&bound, std::slice::from_ref(name), None)
        }
        None => protocol::generic_getattr(obj, name),
    };
    match first {
        Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => {
            let Some(getattr) = ty.lookup_str("__getattr__") else {
                return Err(e);
            };
            let bound = protocol::descr_get(&getattr, Some(obj), &obj.type_value())?;
            protocol::call(&bound, std::slice::from_ref(name), None)
        }
        other => other,
    }
}

/// Whether `v` is `object.__getattribute__`.
pub fn is_generic_getattribute(v: &Value) -> bool {
    v.downcast::<SlotWrapper>()
        .is_some_and(|w| matches!(w.kind, WrapperKind::GetAttr(f) if f as usize == (protocol::generic_getattr as crate::typeobj::GetAttrFn) as usize))
}

fn slot_setattro(obj: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    match value {
        Some(v) => call_dunder(obj, "__setattr__", &[name.clone(), v.clone()]).map(drop),
        None => call_dunder(obj, "__delattr__", std::slice::from_ref(name)).map(drop),
    }
}

/// `hackcheck`: `object.__setattr__(x, ...)` (or `__delattr__`) may not
/// bypass a setattro that a built-in type between them overrides, such as
/// `type`'s.
pub fn setattr_hackcheck(obj: &Value, func: SetAttrFn, what: &str) -> PyResult<()> {
    let addr = |f: Option<SetAttrFn>| f.map(|f| f as usize);
    let slot = Some(slot_setattro as SetAttrFn as usize);
    let ty = TypeRef::from_value(&obj.type_value()).expect("type");
    let own = addr(ty.slots.setattro.get());
    let mro = ty.mro();
    let mut defining = ty.clone();
    if let Some(m) = mro.downcast::<crate::tuple::Tuple>() {
        for base in m.iter().rev().filter_map(TypeRef::from_value) {
            let f = addr(base.slots.setattro.get());
            if f != slot && f == own {
                defining = base;
                break;
            }
        }
    }
    let mut cur = Some(defining);
    while let Some(base) = cur {
        let f = addr(base.slots.setattro.get());
        if f == Some(func as usize) {
            break;
        }
        if f != slot {
            return Err(type_error(format!(
                "can't apply this {what} to {} object",
                ty.tp_name()
            )));
        }
        cur = base.base();
    }
    Ok(())
}

fn slot_call(obj: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    match lookup_bound(obj, "__call__")? {
        Some(f) => protocol::call(&f, args, kwnames),
        None => Err(type_error(format!(
            "'{}' object is not callable",
            protocol::type_name(obj)
        ))),
    }
}

fn slot_iter(obj: &Value) -> PyResult {
    let Some(f) = obj.type_obj().payload().lookup_str("__iter__") else {
        return Err(type_error(format!(
            "'{}' object is not iterable",
            protocol::type_name(obj)
        )));
    };
    if is_none(&f) {
        return Err(type_error(format!(
            "'{}' object is not iterable",
            protocol::type_name(obj)
        )));
    }
    let bound = protocol::descr_get(&f, Some(obj), &obj.type_value())?;
    protocol::call(&bound, &[], None)
}

/// `__next__`; its `StopIteration` stays an error so `next()` can re-raise
/// it as is (`protocol::next` reads it as exhaustion).
fn slot_iternext(obj: &Value) -> PyResult<Option<Value>> {
    call_dunder(obj, "__next__", &[]).map(Some)
}

fn slot_descr_get(descr: &Value, obj: Option<&Value>, ty: &Value) -> PyResult {
    let Some(get) = descr.type_obj().payload().lookup_str("__get__") else {
        return Ok(descr.clone());
    };
    let bound = protocol::descr_get(&get, Some(descr), &descr.type_value())?;
    let obj = obj.cloned().unwrap_or_else(crate::none::none);
    protocol::call(&bound, &[obj, ty.clone()], None)
}

fn slot_descr_set(descr: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    match value {
        Some(v) => call_dunder(descr, "__set__", &[obj.clone(), v.clone()]).map(drop),
        None => call_dunder(descr, "__delete__", std::slice::from_ref(obj)).map(drop),
    }
}

fn slot_len(obj: &Value) -> PyResult<usize> {
    let r = call_dunder(obj, "__len__", &[])?;
    let i = protocol::index(&r).map_err(|_| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            protocol::type_name(&r)
        ))
    })?;
    if crate::int::is_negative(&i) {
        return Err(crate::err::value_error("__len__() should return >= 0"));
    }
    crate::int::to_isize(&i)
        .map(|n| n as usize)
        .ok_or_else(|| crate::err::overflow_error("cannot fit 'int' into an index-sized integer"))
}

fn slot_bool(obj: &Value) -> PyResult<bool> {
    let ty = obj.type_obj().payload();
    if let Some(f) = ty.lookup_str("__bool__") {
        if is_none(&f) {
            return Err(type_error(format!(
                "'{}' cannot be interpreted as a boolean",
                ty.name()
            )));
        }
        let bound = protocol::descr_get(&f, Some(obj), &obj.type_value())?;
        let r = protocol::call(&bound, &[], None)?;
        return match r.downcast::<crate::bool::Bool>() {
            Some(b) => Ok(b.0),
            None => Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                protocol::type_name(&r)
            ))),
        };
    }
    if ty.lookup_str("__len__").is_some() {
        return Ok(slot_len(obj)? != 0);
    }
    Ok(true)
}

fn slot_getitem(obj: &Value, key: &Value) -> PyResult {
    call_dunder(obj, "__getitem__", std::slice::from_ref(key))
}

fn slot_setitem(obj: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    match value {
        Some(v) => call_dunder(obj, "__setitem__", &[key.clone(), v.clone()]).map(drop),
        None => call_dunder(obj, "__delitem__", std::slice::from_ref(key)).map(drop),
    }
}

fn slot_contains(obj: &Value, item: &Value) -> PyResult<bool> {
    match obj.type_obj().payload().lookup_str("__contains__") {
        Some(f) if is_none(&f) => Err(type_error(format!(
            "'{}' object is not a container",
            protocol::type_name(obj)
        ))),
        Some(f) => {
            let bound = protocol::descr_get(&f, Some(obj), &obj.type_value())?;
            protocol::is_true(&protocol::call(&bound, std::slice::from_ref(item), None)?)
        }
        None => {
            let it = protocol::iter(obj)?;
            while let Some(x) = protocol::next(&it)? {
                if protocol::eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// `SLOT1BINFULL`: `a.__op__(b)`, with `b.__rop__(a)` first when `b`'s type
/// is a proper subtype that overrides it, and after when `a` declines.
fn slot_binary<const I: usize>(a: &Value, b: &Value) -> PyResult {
    let info = &NB_OPS[I];
    let ta = a.type_obj().payload();
    let tb = b.type_obj().payload();
    let mut do_other = !std::ptr::eq(ta, tb) && tb.slots.generic_number_bit(I);
    if ta.slots.generic_number_bit(I) {
        if do_other && tb.is_subtype(ta) && method_differs(tb, ta, info.rname) {
            let r = call_maybe(b, info.rname, std::slice::from_ref(a))?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
            do_other = false;
        }
        let r = call_maybe(a, info.name, std::slice::from_ref(b))?;
        if !is_not_implemented(&r) || std::ptr::eq(ta, tb) {
            return Ok(r);
        }
    }
    if do_other {
        return call_maybe(b, info.rname, std::slice::from_ref(a));
    }
    Ok(not_implemented())
}

fn method_differs(sub: &TypeObject, base: &TypeObject, name: &str) -> bool {
    match (sub.lookup_str(name), base.lookup_str(name)) {
        (Some(x), Some(y)) => !x.is(&y),
        (Some(_), None) => true,
        _ => false,
    }
}

fn slot_inplace<const I: usize>(a: &Value, b: &Value) -> PyResult {
    call_maybe(a, NB_OPS[I].iname, std::slice::from_ref(b))
}

/// `slot_nb_power` with a modulus: like [`slot_binary`], and since 3.14
/// the right operand's `__rpow__(a, m)` too.
fn slot_pow3(a: &Value, b: &Value, m: &Value) -> PyResult {
    let is_slot = |t: &TypeObject| {
        t.slots.pow3.get().map(|f| f as usize)
            == Some(slot_pow3 as crate::typeobj::TernaryFn as usize)
    };
    let ta = a.type_obj().payload();
    let tb = b.type_obj().payload();
    let mut do_other = !std::ptr::eq(ta, tb) && is_slot(tb);
    if is_slot(ta) {
        if do_other && tb.is_subtype(ta) && method_differs(tb, ta, "__rpow__") {
            let r = call_maybe(b, "__rpow__", &[a.clone(), m.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
            do_other = false;
        }
        let r = call_maybe(a, "__pow__", &[b.clone(), m.clone()])?;
        if !is_not_implemented(&r) || std::ptr::eq(ta, tb) {
            return Ok(r);
        }
    }
    if do_other {
        return call_maybe(b, "__rpow__", &[a.clone(), m.clone()]);
    }
    Ok(not_implemented())
}

fn slot_unary<const I: usize>(v: &Value) -> PyResult {
    call_dunder(v, UnaryOp::ALL[I].dunder(), &[])
}

fn slot_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let Some(new) = ty.lookup_str("__new__") else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            ty.name()
        )));
    };
    let f = protocol::descr_get(&new, None, ty.value())?;
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(ty.value().clone());
    full.extend_from_slice(args);
    protocol::call(&f, &full, kwnames)
}

fn slot_init(obj: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let Some(f) = lookup_bound(obj, "__init__")? else {
        return Ok(());
    };
    let r = protocol::call(&f, args, kwnames)?;
    if !is_none(&r) {
        return Err(type_error(format!(
            "__init__() should return None, not '{}'",
            protocol::type_name(&r)
        )));
    }
    Ok(())
}

macro_rules! binary_slots {
    ($f:ident) => {
        [
            $f::<0>, $f::<1>, $f::<2>, $f::<3>, $f::<4>, $f::<5>, $f::<6>, $f::<7>, $f::<8>,
            $f::<9>, $f::<10>, $f::<11>, $f::<12>,
        ]
    };
}

const BINARY_SLOTS: [crate::typeobj::BinaryFn; NB_BINARY_COUNT] = binary_slots!(slot_binary);
const INPLACE_SLOTS: [crate::typeobj::BinaryFn; NB_BINARY_COUNT] = binary_slots!(slot_inplace);
const UNARY_SLOTS: [crate::typeobj::UnaryFn; UNARY_OP_COUNT] = [
    slot_unary::<0>,
    slot_unary::<1>,
    slot_unary::<2>,
    slot_unary::<3>,
    slot_unary::<4>,
    slot_unary::<5>,
    slot_unary::<6>,
];

/// What the MRO says about one dunder: absent, the built-in slot of a
/// native base (reuse its function), or Python code (call the dunder).
enum Found<F> {
    Missing,
    Native(F),
    Python,
}

/// The MRO lookups of one slot update. A class with one base whose MRO is
/// the class followed by the base's MRO (most classes) looks in its own
/// dict, then asks the base, whose attribute cache already holds the
/// answers for the dunders every class creation asks about.
struct SlotLookup<'t> {
    ty: &'t TypeObject,
    own: Option<Value>,
    base: Option<TypeRef>,
}

impl<'t> SlotLookup<'t> {
    fn new(ty: &'t TypeObject) -> SlotLookup<'t> {
        let base = ty.base().filter(|base| {
            let (mro, base_mro) = (ty.mro(), base.mro());
            match (mro.downcast::<Tuple>(), base_mro.downcast::<Tuple>()) {
                (Some(mro), Some(base_mro)) => {
                    mro.len() == base_mro.len() + 1
                        && mro.iter().next().is_some_and(|first| {
                            first
                                .downcast::<TypeObject>()
                                .is_some_and(|first| std::ptr::eq(first, ty))
                        })
                        && mro
                            .iter()
                            .skip(1)
                            .zip(base_mro.iter())
                            .all(|(a, b)| a.is(b))
                }
                _ => false,
            }
        });
        SlotLookup {
            ty,
            own: base.as_ref().map(|_| ty.dict()),
            base,
        }
    }

    /// `_PyType_Lookup(ty, name)`.
    fn get(&self, name: &'static str) -> Option<Value> {
        let name = crate::str::intern_static(name);
        match (&self.own, &self.base) {
            (Some(own), Some(base)) => own
                .downcast::<Dict>()
                .and_then(|d| d.get_str(&name))
                .or_else(|| base.lookup(&name)),
            _ => self.ty.lookup(&name),
        }
    }
}

fn find<F>(
    l: &SlotLookup<'_>,
    name: &'static str,
    native: impl Fn(&WrapperKind) -> Option<F>,
) -> Found<F> {
    match l.get(name) {
        None => Found::Missing,
        Some(v) => match v.downcast::<SlotWrapper>().and_then(|w| native(&w.kind)) {
            Some(f) => Found::Native(f),
            None => Found::Python,
        },
    }
}

fn pick<F: Copy>(found: Found<F>, generic: F) -> Option<F> {
    match found {
        Found::Missing => None,
        Found::Native(f) => Some(f),
        Found::Python => Some(generic),
    }
}

/// Which slots an update recomputes from the MRO.
#[derive(Clone, Copy)]
pub enum SlotUpdate<'n> {
    /// Every slot (`fixup_slot_dispatchers`: a new class, a new MRO).
    All,
    /// The slots of one dunder just assigned or deleted (`update_slot`).
    Name(&'n str),
}

impl SlotUpdate<'_> {
    fn wants(self, names: &[&str]) -> bool {
        match self {
            SlotUpdate::All => true,
            SlotUpdate::Name(name) => names.contains(&name),
        }
    }
}

/// `fixup_slot_dispatchers`: sets every slot of a Python class from the
/// dunders its MRO defines.
pub fn update_slots(ty: &TypeRef) {
    update_slots_for(ty, SlotUpdate::All);
}

/// Sets the slots `which` selects from the dunders the MRO defines.
fn update_slots_for(ty: &TypeRef, which: SlotUpdate<'_>) {
    use WrapperKind as K;
    let t: &TypeObject = ty;
    let s = &t.slots;
    let lookup = SlotLookup::new(t);
    if which.wants(&["__repr__"]) {
        s.repr.set(pick(
            find(&lookup, "__repr__", |k| {
                if let K::Unary(f) = k { Some(*f) } else { None }
            }),
            slot_repr as _,
        ));
    }
    if which.wants(&["__str__"]) {
        s.str.set(pick(
            find(&lookup, "__str__", |k| {
                if let K::Unary(f) = k { Some(*f) } else { None }
            }),
            slot_str as _,
        ));
    }
    if which.wants(&["__hash__"]) {
        s.hash.set(match lookup.get("__hash__") {
            Some(h) if is_none(&h) => None,
            Some(h) => match h.downcast::<SlotWrapper>().map(|w| w.kind) {
                Some(K::Hash(f)) => Some(f),
                _ => Some(slot_hash as _),
            },
            None => None,
        });
    }
    if which.wants(&["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]) {
        s.richcompare.set(
            if ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
                .iter()
                .any(|n| matches!(find(&lookup, n, |_| None::<()>), Found::Python))
            {
                Some(slot_richcompare as _)
            } else {
                pick(
                    find(&lookup, "__eq__", |k| {
                        if let K::RichCompare(f, _) = k {
                            Some(*f)
                        } else {
                            None
                        }
                    }),
                    slot_richcompare as _,
                )
            },
        );
    }
    if which.wants(&["__getattribute__", "__getattr__"]) {
        let has_getattr = lookup.get("__getattr__").is_some();
        s.getattro.set(
            match find(&lookup, "__getattribute__", |k| {
                if let K::GetAttr(f) = k {
                    Some(*f)
                } else {
                    None
                }
            }) {
                _ if has_getattr => Some(slot_getattr_hook as _),
                Found::Native(f) => Some(f),
                Found::Python => Some(slot_getattro as _),
                Found::Missing => Some(protocol::generic_getattr as _),
            },
        );
    }
    if which.wants(&["__setattr__", "__delattr__"]) {
        s.setattro.set(
            match (
                find(&lookup, "__setattr__", |k| {
                    if let K::SetAttr(f) = k {
                        Some(*f)
                    } else {
                        None
                    }
                }),
                find(&lookup, "__delattr__", |k| {
                    if let K::DelAttr(f) = k {
                        Some(*f)
                    } else {
                        None
                    }
                }),
            ) {
                (Found::Native(f), Found::Native(_)) => Some(f),
                (Found::Missing, Found::Missing) => None,
                _ => Some(slot_setattro as _),
            },
        );
    }
    if which.wants(&["__call__"]) {
        s.call.set(pick(
            find(&lookup, "__call__", |k| {
                if let K::Call(f) = k { Some(*f) } else { None }
            }),
            slot_call as _,
        ));
    }
    if which.wants(&["__iter__"]) {
        s.iter.set(match lookup.get("__iter__") {
            Some(v) if is_none(&v) => Some(slot_iter as _),
            _ => pick(
                find(&lookup, "__iter__", |k| {
                    if let K::Unary(f) = k { Some(*f) } else { None }
                }),
                slot_iter as _,
            ),
        });
    }
    if which.wants(&["__next__"]) {
        s.iternext.set(pick(
            find(&lookup, "__next__", |k| {
                if let K::Next(f) = k { Some(*f) } else { None }
            }),
            slot_iternext as _,
        ));
    }
    if which.wants(&["__get__"]) {
        s.descr_get.set(pick(
            find(&lookup, "__get__", |k| {
                if let K::DescrGet(f) = k {
                    Some(*f)
                } else {
                    None
                }
            }),
            slot_descr_get as _,
        ));
    }
    if which.wants(&["__set__", "__delete__"]) {
        s.descr_set.set(
            match (
                find(&lookup, "__set__", |k| {
                    if let K::DescrSet(f) = k {
                        Some(*f)
                    } else {
                        None
                    }
                }),
                find(&lookup, "__delete__", |k| {
                    if let K::DescrDelete(f) = k {
                        Some(*f)
                    } else {
                        None
                    }
                }),
            ) {
                (Found::Missing, Found::Missing) => None,
                (Found::Native(f), _) => Some(f),
                _ => Some(slot_descr_set as _),
            },
        );
    }
    if which.wants(&["__len__"]) {
        s.len.set(pick(
            find(&lookup, "__len__", |k| {
                if let K::Len(f) = k { Some(*f) } else { None }
            }),
            slot_len as _,
        ));
    }
    if which.wants(&["__bool__"]) {
        s.bool.set(pick(
            find(&lookup, "__bool__", |k| {
                if let K::Bool(f) = k { Some(*f) } else { None }
            }),
            slot_bool as _,
        ));
    }
    if which.wants(&["__getitem__"]) {
        s.getitem.set(pick(
            find(&lookup, "__getitem__", |k| {
                if let K::Binary(f) = k { Some(*f) } else { None }
            }),
            slot_getitem as _,
        ));
    }
    if which.wants(&["__setitem__", "__delitem__"]) {
        s.setitem.set(
            match (
                find(&lookup, "__setitem__", |k| {
                    if let K::SetItem(f) = k {
                        Some(*f)
                    } else {
                        None
                    }
                }),
                find(&lookup, "__delitem__", |k| {
                    if let K::DelItem(f) = k {
                        Some(*f)
                    } else {
                        None
                    }
                }),
            ) {
                (Found::Missing, Found::Missing) => None,
                (Found::Native(f), Found::Native(_) | Found::Missing) => Some(f),
                _ => Some(slot_setitem as _),
            },
        );
    }
    if which.wants(&["__contains__"]) {
        s.contains.set(match lookup.get("__contains__") {
            Some(v) if is_none(&v) => Some(slot_contains as _),
            _ => pick(
                find(&lookup, "__contains__", |k| {
                    if let K::Contains(f) = k {
                        Some(*f)
                    } else {
                        None
                    }
                }),
                slot_contains as _,
            ),
        });
    }
    // Sequence concat/repeat stay with the native base; a Python
    // `__add__`/`__mul__` goes through the number slots below.
    let base_slots = t.base().map(|b| {
        (
            b.slots.concat.get(),
            b.slots.repeat.get(),
            b.slots.inplace_concat.get(),
            b.slots.inplace_repeat.get(),
        )
    });
    if let (SlotUpdate::All, Some((c, r, ic, ir))) = (which, base_slots) {
        s.concat.set(c);
        s.repeat.set(r);
        s.inplace_concat.set(ic);
        s.inplace_repeat.set(ir);
    }
    let mut generic_bits = s.generic_number_bits();
    for i in 0..NB_BINARY_COUNT {
        let info = &NB_OPS[i];
        if which.wants(&[info.iname]) {
            s.number[i + INPLACE_OFFSET].set(pick(
                find(&lookup, info.iname, |k| {
                    if let K::Binary(f) = k { Some(*f) } else { None }
                }),
                INPLACE_SLOTS[i],
            ));
        }
        if !which.wants(&[info.name, info.rname]) {
            continue;
        }
        generic_bits &= !(1 << i);
        let l = find(&lookup, info.name, |k| match k {
            K::Binary(f) | K::Pow(f, _) => Some(*f),
            _ => None,
        });
        let r = find(&lookup, info.rname, |k| match k {
            K::BinaryReflected(f) | K::PowReflected(f) => Some(*f),
            _ => None,
        });
        let slot = match (l, r) {
            (Found::Missing, Found::Missing) => None,
            (Found::Native(f), Found::Native(_) | Found::Missing)
            | (Found::Missing, Found::Native(f)) => Some(f),
            _ => {
                generic_bits |= 1 << i;
                Some(BINARY_SLOTS[i])
            }
        };
        s.number[i].set(slot);
    }
    s.set_generic_number_bits(generic_bits);
    if which.wants(&["__pow__", "__rpow__"]) {
        s.pow3.set(
            match find(&lookup, "__pow__", |k| {
                if let K::Pow(_, p) = k { *p } else { None }
            }) {
                Found::Missing
                    if matches!(find(&lookup, "__rpow__", |_| None::<()>), Found::Python) =>
                {
                    Some(slot_pow3 as _)
                }
                Found::Missing => None,
                Found::Native(f) => Some(f),
                Found::Python => Some(slot_pow3 as _),
            },
        );
    }
    for (i, op) in UnaryOp::ALL.iter().enumerate() {
        if !which.wants(&[op.dunder()]) {
            continue;
        }
        s.unary[i].set(pick(
            find(&lookup, op.dunder(), |k| {
                if let K::Unary(f) = k { Some(*f) } else { None }
            }),
            UNARY_SLOTS[i],
        ));
    }
    if which.wants(&["__new__"]) {
        s.new.set(match lookup.get("__new__") {
            Some(n)
                if n.downcast::<crate::functype::StaticMethod>().is_some()
                    || n.downcast::<crate::functype::Function>().is_some() =>
            {
                Some(slot_new as _)
            }
            // A built-in `__new__` found through the MRO keeps the slot the
            // type has (`update_one_slot`'s `tp_new_wrapper` case): after
            // `del C.__new__` the slot still looks `__new__` up, so
            // `object.__new__` then sees an overriding type and rejects extra
            // arguments.
            _ => s
                .new
                .get()
                .or_else(|| t.base().and_then(|b| b.slots.new.get())),
        });
    }
    if which.wants(&["__init__"]) {
        s.init.set(pick(
            find(&lookup, "__init__", |k| {
                if let K::Init(f) = k { Some(*f) } else { None }
            }),
            slot_init as _,
        ));
    }
    // A native base's finalizer (an I/O object closing itself) still runs.
    if which.wants(&["__del__"]) {
        s.finalize.set(
            pick(
                find(&lookup, "__del__", |k| {
                    if let K::Finalize(f) = k {
                        Some(*f)
                    } else {
                        None
                    }
                }),
                slot_finalize as _,
            )
            .or_else(|| t.base().and_then(|b| b.slots.finalize.get())),
        );
    }
}

/// `slot_tp_finalize`: calls `__del__`; its exception is reported, not raised.
fn slot_finalize(v: &Value) {
    let Some(del) = v.type_obj().payload().lookup_str("__del__") else {
        return;
    };
    if let Err(e) = protocol::call_dunder(v, "__del__", &[]) {
        let what = protocol::repr_string(&del).unwrap_or_else(|_| "<object>".into());
        crate::err::write_unraisable(
            &e,
            &format!("Exception ignored while calling deallocator {what}"),
        );
    }
}

/// `update_slot` after a dunder assignment (or `__bases__` after a new
/// MRO): this type and its subclasses.
pub fn update_slots_recursive(ty: &TypeRef, which: SlotUpdate<'_>) {
    update_slots_for(ty, which);
    for addr in ty.subclass_addresses() {
        if let Some(sub) = crate::core::type_at(addr) {
            update_slots_recursive(&sub, which);
        }
    }
}
