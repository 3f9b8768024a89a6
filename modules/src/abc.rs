//! `_abc`: the C half of `abc.ABCMeta` (abstract-method bookkeeping, registration, subclass caches over weak references); mirrors Modules/_abc.c.

use std::cell::Cell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error};
use ouro_objects::int::{from_i64, to_i64};
use ouro_objects::none::{is_none, is_not_implemented, none};
use ouro_objects::set::{Set, frozenset_from, set_from};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags, ready};
use ouro_objects::types::weakref::{WEAKREF_TYPE, WeakRef, get_or_create};
use ouro_objects::{TypeRef, Value, builtin_type, exceptions, protocol};

pub static MODULE: ModuleDef = ModuleDef {
    name: "_abc",
    doc: "Module contains faster C implementation of abc.ABCMeta",
    functions: &[
        MethodDef::new(
            "get_cache_token",
            get_cache_token,
            "get_cache_token($module, /)\n--\n\nReturns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC.",
        ),
        MethodDef::new(
            "_abc_init",
            abc_init,
            "_abc_init($module, self, /)\n--\n\nInternal ABC helper for class set-up. Should be never used outside abc module.",
        ),
        MethodDef::new(
            "_reset_registry",
            reset_registry,
            "_reset_registry($module, self, /)\n--\n\nInternal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py",
        ),
        MethodDef::new(
            "_reset_caches",
            reset_caches,
            "_reset_caches($module, self, /)\n--\n\nInternal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py",
        ),
        MethodDef::new(
            "_get_dump",
            get_dump,
            "_get_dump($module, self, /)\n--\n\nInternal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr.",
        ),
        MethodDef::new(
            "_abc_register",
            abc_register,
            "_abc_register($module, self, subclass, /)\n--\n\nInternal ABC helper for subclasss registration. Should be never used outside abc module.",
        ),
        MethodDef::new(
            "_abc_instancecheck",
            abc_instancecheck,
            "_abc_instancecheck($module, self, instance, /)\n--\n\nInternal ABC helper for instance checks. Should be never used outside abc module.",
        ),
        MethodDef::new(
            "_abc_subclasscheck",
            abc_subclasscheck,
            "_abc_subclasscheck($module, self, subclass, /)\n--\n\nInternal ABC helper for subclasss checks. Should be never used outside abc module.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};

/// `_abc_data` is reachable only through `_abc_impl` attributes, as in CPython.
fn init(_module: &Value) -> PyResult<()> {
    ready(&ABC_DATA_TYPE);
    Ok(())
}

ouro_objects::gil_shared! {
    /// `abc_invalidation_counter`: bumped by every registration, so negative
    /// caches made before it are stale.
    static INVALIDATION_COUNTER: Cell<i64> = const { Cell::new(0) };
}

fn counter() -> i64 {
    INVALIDATION_COUNTER.with(Cell::get)
}

/// `_abc_data`: a class's registry and caches, sets of weak references.
pub struct AbcData {
    registry: Value,
    cache: Value,
    negative_cache: Value,
    negative_version: Cell<i64>,
}

builtin_type!(pub static ABC_DATA_TYPE: AbcData = TypeSpec {
    name: "_abc._abc_data",
    doc: Some("Internal state held by ABC machinery."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs::NONE,
    ..TypeSpec::DEFAULT
});

fn set_of(v: &Value) -> &Set {
    v.downcast::<Set>().expect("set")
}

fn weak(obj: &Value) -> PyResult {
    get_or_create(&TypeRef::from_static(&WEAKREF_TYPE), obj, None)
}

fn weak_contains(set: &Value, obj: &Value) -> PyResult<bool> {
    set_of(set).contains(&weak(obj)?)
}

fn weak_add(set: &Value, obj: &Value) -> PyResult<()> {
    set_of(set).add(weak(obj)?)?;
    Ok(())
}

/// The live members of a set of weak references.
fn weak_members(set: &Value) -> Vec<Value> {
    set_of(set)
        .items()
        .iter()
        .filter_map(|r| r.downcast::<WeakRef>().and_then(WeakRef::referent))
        .collect()
}

fn impl_of(cls: &Value) -> PyResult<Value> {
    let data = protocol::getattr_str(cls, "_abc_impl")?;
    if data.downcast_exact::<AbcData>().is_none() {
        return Err(type_error("_abc_impl is set to a wrong type"));
    }
    Ok(data)
}

fn data(v: &Value) -> &AbcData {
    v.downcast::<AbcData>().expect("_abc_data")
}

fn is_abstract(v: &Value, flag_name: &Value) -> PyResult<bool> {
    match protocol::getattr_opt(v, flag_name)? {
        Some(flag) => protocol::is_true(&flag),
        None => Ok(false),
    }
}

/// `compute_abstract_methods`: the class's own abstract attributes plus
/// the inherited abstract names it has not overridden.
fn compute_abstract_methods(cls: &Value) -> PyResult<()> {
    let mut names = Vec::new();
    // Interned, so the type attribute cache answers the lookups.
    let flag_name = intern("__isabstractmethod__");
    let ns = protocol::getattr_str(cls, "__dict__")?;
    let items = protocol::collect(&protocol::call_method(&ns, "items", &[])?)?;
    for item in items {
        let pair = protocol::collect(&item)?;
        if let [key, value] = pair.as_slice()
            && is_abstract(value, &flag_name)?
        {
            names.push(key.clone());
        }
    }
    let bases = protocol::getattr_str(cls, "__bases__")?;
    if bases.downcast::<Tuple>().is_none() {
        return Err(type_error("__bases__ is not tuple"));
    }
    for base in protocol::collect(&bases)? {
        let Some(inherited) = protocol::getattr_opt(&base, &intern("__abstractmethods__"))? else {
            continue;
        };
        for name in protocol::collect(&inherited)? {
            if let Some(value) = protocol::getattr_opt(cls, &name)?
                && is_abstract(&value, &flag_name)?
            {
                names.push(name);
            }
        }
    }
    let abstracts = frozenset_from(Vec::new());
    let unique = set_from(names)?;
    let abstracts = protocol::call(&abstracts.type_value(), &[unique], None)?;
    protocol::setattr(cls, &intern("__abstractmethods__"), Some(&abstracts))
}

/// The pattern-matching flags an ABC may set with `__abc_tpflags__`.
const COLLECTION_FLAGS: u64 = flags::SEQUENCE | flags::MAPPING;

fn abc_init(_module: &Value, args: Args) -> PyResult {
    let cls = args.one("_abc_init")?;
    compute_abstract_methods(cls)?;
    let impl_data = alloc_typed(
        &TypeRef::from_static(&ABC_DATA_TYPE),
        AbcData {
            registry: set_from(Vec::new())?,
            cache: set_from(Vec::new())?,
            negative_cache: set_from(Vec::new())?,
            negative_version: Cell::new(counter()),
        },
    );
    protocol::setattr(cls, &PyStr::new("_abc_impl"), Some(&impl_data))?;
    if let Some(ty) = TypeRef::from_value(cls) {
        let dict = protocol::getattr_str(cls, "__dict__")?;
        let key = PyStr::new("__abc_tpflags__");
        if let Some(value) = protocol::call_method(&dict, "get", std::slice::from_ref(&key))
            .ok()
            .filter(|v| !is_none(v))
        {
            if let Some(bits) = to_i64(&value) {
                let bits = (bits as u64) & COLLECTION_FLAGS;
                ty.payload().set_flag(COLLECTION_FLAGS, false);
                ty.payload().set_flag(bits, true);
            }
            protocol::setattr(cls, &key, None)?;
        }
    }
    Ok(none())
}

fn abc_register(_module: &Value, args: Args) -> PyResult {
    let a = args.range("_abc_register", "_abc_register", 2, 2)?;
    let (cls, subclass) = (&a[0], &a[1]);
    let Some(sub_ty) = TypeRef::from_value(subclass) else {
        return Err(type_error("Can only register classes"));
    };
    if is_subclass(subclass, cls)? {
        return Ok(subclass.clone());
    }
    if is_subclass(cls, subclass)? {
        return Err(runtime_error("Refusing to create an inheritance cycle"));
    }
    let d = impl_of(cls)?;
    weak_add(&data(&d).registry, subclass)?;
    INVALIDATION_COUNTER.with(|c| c.set(c.get() + 1));
    if let Some(ty) = TypeRef::from_value(cls) {
        let inherited = ty.payload().flags() & COLLECTION_FLAGS;
        if inherited != 0 {
            set_collection_flag_recursive(&sub_ty, inherited)?;
        }
    }
    Ok(subclass.clone())
}

/// Gives a registered class (and its subclasses) the ABC's pattern-matching
/// kind; built-in (immutable) types keep their own.
fn set_collection_flag_recursive(ty: &TypeRef, flag: u64) -> PyResult<()> {
    let t = ty.payload();
    if t.flags() & flags::IMMUTABLETYPE != 0 || t.flags() & COLLECTION_FLAGS == flag {
        return Ok(());
    }
    t.set_flag(COLLECTION_FLAGS, false);
    t.set_flag(flag, true);
    for sub in protocol::collect(&protocol::call_method(ty.value(), "__subclasses__", &[])?)? {
        if let Some(sub) = TypeRef::from_value(&sub) {
            set_collection_flag_recursive(&sub, flag)?;
        }
    }
    Ok(())
}

fn is_subclass(sub: &Value, cls: &Value) -> PyResult<bool> {
    ouro_eval::builtins::issubclass_bool(sub, cls)
}

fn abc_instancecheck(_module: &Value, args: Args) -> PyResult {
    let a = args.range("_abc_instancecheck", "_abc_instancecheck", 2, 2)?;
    let (cls, instance) = (&a[0], &a[1]);
    let d = impl_of(cls)?;
    let state = data(&d);
    let subclass = protocol::getattr_str(instance, "__class__")?;
    if weak_contains(&state.cache, &subclass)? {
        return Ok(py_bool(true));
    }
    let subtype = instance.type_value();
    if subtype.is(&subclass) {
        if state.negative_version.get() == counter()
            && weak_contains(&state.negative_cache, &subclass)?
        {
            return Ok(py_bool(false));
        }
        return protocol::call_method(cls, "__subclasscheck__", &[subclass]);
    }
    let result = protocol::call_method(cls, "__subclasscheck__", &[subclass])?;
    if protocol::is_true(&result)? {
        return Ok(result);
    }
    protocol::call_method(cls, "__subclasscheck__", &[subtype])
}

fn abc_subclasscheck(_module: &Value, args: Args) -> PyResult {
    let a = args.range("_abc_subclasscheck", "_abc_subclasscheck", 2, 2)?;
    let (cls, subclass) = (&a[0], &a[1]);
    let Some(sub_ty) = TypeRef::from_value(subclass) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let d = impl_of(cls)?;
    let state = data(&d);
    if weak_contains(&state.cache, subclass)? {
        return Ok(py_bool(true));
    }
    if state.negative_version.get() < counter() {
        set_of(&state.negative_cache).clear();
        state.negative_version.set(counter());
    } else if weak_contains(&state.negative_cache, subclass)? {
        return Ok(py_bool(false));
    }
    let ok = protocol::call_method(cls, "__subclasshook__", std::slice::from_ref(subclass))?;
    if ok.is(&py_bool(true)) {
        weak_add(&state.cache, subclass)?;
        return Ok(ok);
    }
    if ok.is(&py_bool(false)) {
        weak_add(&state.negative_cache, subclass)?;
        return Ok(ok);
    }
    if !is_not_implemented(&ok) {
        return Err(PyErr::new(
            &exceptions::ASSERTION_ERROR,
            "__subclasshook__ must return either False, True, or NotImplemented",
        ));
    }
    let mro = sub_ty.payload().mro();
    if mro
        .downcast::<Tuple>()
        .is_some_and(|t| t.iter().any(|m| m.is(cls)))
    {
        weak_add(&state.cache, subclass)?;
        return Ok(py_bool(true));
    }
    // A registered class itself answers without being cached (CPython's fast path).
    if weak_contains(&state.registry, subclass)? {
        return Ok(py_bool(true));
    }
    for rcls in weak_members(&state.registry) {
        if is_subclass(subclass, &rcls)? {
            weak_add(&state.cache, subclass)?;
            return Ok(py_bool(true));
        }
    }
    let subclasses = protocol::collect(&protocol::call_method(cls, "__subclasses__", &[])?)?;
    for scls in subclasses {
        if is_subclass(subclass, &scls)? {
            weak_add(&state.cache, subclass)?;
            return Ok(py_bool(true));
        }
    }
    weak_add(&state.negative_cache, subclass)?;
    Ok(py_bool(false))
}

fn get_cache_token(_module: &Value, args: Args) -> PyResult {
    args.none("get_cache_token")?;
    Ok(from_i64(counter()))
}

fn reset_registry(_module: &Value, args: Args) -> PyResult {
    let d = impl_of(args.one("_reset_registry")?)?;
    set_of(&data(&d).registry).clear();
    Ok(none())
}

fn reset_caches(_module: &Value, args: Args) -> PyResult {
    let d = impl_of(args.one("_reset_caches")?)?;
    set_of(&data(&d).cache).clear();
    set_of(&data(&d).negative_cache).clear();
    Ok(none())
}

fn get_dump(_module: &Value, args: Args) -> PyResult {
    let d = impl_of(args.one("_get_dump")?)?;
    let s = data(&d);
    Ok(Tuple::new(vec![
        set_from(set_of(&s.registry).items())?,
        set_from(set_of(&s.cache).items())?,
        set_from(set_of(&s.negative_cache).items())?,
        from_i64(s.negative_version.get()),
    ]))
}
