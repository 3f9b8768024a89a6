//! `type`: calling types, class creation (`type_new`: bases, metaclass, `__slots__`, `__set_name__`, `__init_subclass__`), type attributes and their invalidation; mirrors `PyType_Type` in Objects/typeobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_type};
use crate::descr::{GetSetDef, MethodDef};
use crate::dict::Dict;
use crate::err::{PyErr, PyResult, type_error};
use crate::exceptions;
use crate::heapslots;
use crate::list::List;
use crate::none::none;
use crate::protocol;
use crate::str::{PyStr, intern};
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, TypeObject, c3_mro, flags};

/// `module.qualname`-style `__module__` of a type value.
pub fn type_module_name(ty: &Value) -> String {
    let Some(t) = ty.downcast::<TypeObject>() else {
        return String::new();
    };
    if t.is_heap() {
        let d = t.dict();
        if let Some(m) = d
            .downcast::<Dict>()
            .and_then(|d| d.get_str(&intern("__module__")))
        {
            return protocol::str_lossy(&m);
        }
        return "builtins".into();
    }
    t.builtin_module().into_owned()
}

pub fn abstract_instantiation_error(ty: &TypeObject) -> PyErr {
    let methods = ty
        .lookup_str("__abstractmethods__")
        .and_then(|v| protocol::collect(&v).ok())
        .unwrap_or_default();
    let mut names: Vec<String> = methods.iter().map(protocol::str_lossy).collect();
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
        ty.name(),
        if names.len() == 1 { "" } else { "s" },
        quoted.join(", ")
    ))
}

fn type_repr(v: &Value) -> PyResult {
    let t = v.downcast::<TypeObject>().expect("type");
    let module = type_module_name(v);
    let qual = protocol::str_lossy(&t.qualname());
    Ok(PyStr::new(&if module == "builtins" {
        format!("<class '{qual}'>")
    } else {
        format!("<class '{module}.{qual}'>")
    }))
}

/// `type.__call__`: `__new__` then, for an instance of the type, `__init__`.
fn type_call(tyv: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let ty = TypeRef::from_value(tyv).expect("type");
    let nkw = kwnames
        .and_then(|k| k.downcast::<Tuple>())
        .map_or(0, |t| t.len());
    if ty.is_static(&TYPE_TYPE) && args.len() == 1 && nkw == 0 {
        return Ok(args[0].type_value());
    }
    if let Some(call) = ty.spec.and_then(|s| s.vectorcall) {
        return call(&ty, args, kwnames);
    }
    let Some(new) = ty.slots.new.get() else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            type_qualified_name(&ty)
        )));
    };
    let obj = new(&ty, args, kwnames)?;
    if !obj.type_obj().payload().is_subtype(&ty) {
        return Ok(obj);
    }
    if let Some(init) = obj.type_obj().payload().slots.init.get() {
        init(&obj, args, kwnames)?;
    }
    Ok(obj)
}

fn type_qualified_name(ty: &TypeRef) -> String {
    let module = type_module_name(ty.value());
    if module == "builtins" {
        ty.name()
    } else {
        format!("{module}.{}", ty.name())
    }
}

/// `type_getattro`: metatype data descriptors, then the type's own MRO
/// (binding descriptors with `obj=None`), then metatype attributes.
fn type_getattro(tyv: &Value, name: &Value) -> PyResult {
    match type_getattr_opt(tyv, name)? {
        Some(v) => Ok(v),
        None => {
            let t = tyv.downcast::<TypeObject>().expect("type");
            Err(exceptions::attribute_error(
                format!(
                    "type object '{}' has no attribute '{}'",
                    t.tp_name(),
                    protocol::str_lossy(name)
                ),
                tyv,
                name,
            ))
        }
    }
}

pub fn type_getattr_opt(tyv: &Value, name: &Value) -> PyResult<Option<Value>> {
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            protocol::type_name(name)
        )));
    }
    let t = tyv.downcast::<TypeObject>().expect("type");
    let meta = tyv.type_value();
    let meta_attr = tyv.type_obj().payload().lookup(name);
    if let Some(ma) = &meta_attr {
        let mt = ma.type_obj().payload();
        if let Some(get) = mt.slots.descr_get.get()
            && mt.slots.descr_set.get().is_some()
        {
            return get(ma, Some(tyv), &meta).map(Some);
        }
    }
    if let Some(attr) = t.lookup(name) {
        return match attr.type_obj().payload().slots.descr_get.get() {
            Some(get) => get(&attr, None, tyv).map(Some),
            None => Ok(Some(attr)),
        };
    }
    if let Some(ma) = meta_attr {
        return match ma.type_obj().payload().slots.descr_get.get() {
            Some(get) => get(&ma, Some(tyv), &meta).map(Some),
            None => Ok(Some(ma)),
        };
    }
    Ok(None)
}

/// `type_setattro`: built-in types are immutable; a change to a heap type's
/// dict invalidates its version and refreshes slots for dunders.
fn type_setattro(tyv: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tyv.downcast::<TypeObject>().expect("type");
    if !t.is_heap() {
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            protocol::str_lossy(name),
            t.tp_name()
        )));
    }
    let Some(key) = name.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            protocol::type_name(name)
        )));
    };
    let name = crate::str::intern_value(name);
    // Metatype data descriptors (`__name__`, `__bases__`, ...) first.
    if let Some(ma) = tyv.type_obj().payload().lookup(&name)
        && let Some(set) = ma.type_obj().payload().slots.descr_set.get()
    {
        return set(&ma, tyv, value);
    }
    let d = t.dict();
    let dict = d.downcast::<Dict>().expect("type dict");
    match value {
        Some(v) => dict.set_item(name.clone(), v.clone())?,
        None => {
            if !dict.del_item_opt(&name)? {
                return Err(exceptions::attribute_error(
                    format!(
                        "type object '{}' has no attribute '{}'",
                        t.tp_name(),
                        key.to_string_lossy()
                    ),
                    tyv,
                    &name,
                ));
            }
        }
    }
    t.modified();
    let text = key.to_string_lossy();
    if text.starts_with("__") && text.ends_with("__") {
        heapslots::update_slots_recursive(
            &TypeRef::from_value(tyv).expect("type"),
            heapslots::SlotUpdate::Name(&text),
        );
    }
    Ok(())
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`.
fn type_new(meta: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    new_heap_type(meta, args, kwnames, 0)
}

/// `type(name, (base,), ns)` whose instances also keep `hidden_slots`
/// values after their `__slots__` values, with no descriptors of their own
/// (struct sequences' fields beyond the tuple, as CPython keeps them past
/// the tuple's visible size); read them with `Value::get_extra` from
/// `first_slot_index()` on when `ns` has `__slots__ = ()`.
pub fn new_type_with_hidden_slots(
    name: &str,
    base: &TypeRef,
    ns: Value,
    hidden_slots: usize,
) -> PyResult {
    let args = [PyStr::new(name), Tuple::new(vec![base.value().clone()]), ns];
    new_heap_type(&TypeRef::from_static(&TYPE_TYPE), &args, None, hidden_slots)
}

fn new_heap_type(
    meta: &TypeRef,
    args: &[Value],
    kwnames: Option<&Value>,
    hidden_slots: usize,
) -> PyResult {
    let a = Args::new(args, kwnames);
    let pos = a.positional();
    if meta.is_static(&TYPE_TYPE) && pos.len() == 1 && a.kw_count() == 0 {
        return Ok(pos[0].type_value());
    }
    if pos.len() != 3 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = pos[0].downcast::<PyStr>() else {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            protocol::type_name(&pos[0])
        )));
    };
    let Some(bases) = pos[1].downcast::<Tuple>() else {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            protocol::type_name(&pos[1])
        )));
    };
    let Some(ns) = pos[2].downcast::<Dict>() else {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            protocol::type_name(&pos[2])
        )));
    };
    for b in bases.iter() {
        if b.downcast::<TypeObject>().is_none()
            && protocol::getattr_opt(b, &intern("__mro_entries__"))?.is_some()
        {
            return Err(type_error(
                "type() doesn't support MRO entry resolution; use types.new_class()",
            ));
        }
    }
    let winner = calculate_metaclass(meta, bases.as_slice())?;
    if !winner.is(meta)
        && let Some(new) = winner.slots.new.get()
        && new as usize != (type_new as crate::typeobj::NewFn) as usize
    {
        return new(&winner, args, kwnames);
    }
    let name = name.to_string_lossy();
    if name.contains('\0') {
        return Err(crate::err::value_error(
            "type name must not contain null characters",
        ));
    }
    let mut base_refs = Vec::new();
    for b in bases.iter() {
        let Some(t) = TypeRef::from_value(b) else {
            return Err(type_error(format!(
                "bases must be types, not {}",
                protocol::type_name(b)
            )));
        };
        if t.flags() & flags::BASETYPE == 0 {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                &*t.tp_name()
            )));
        }
        base_refs.push(t);
    }
    if base_refs.is_empty() {
        base_refs.push(TypeRef::from_static(&crate::typeobj::OBJECT_TYPE));
    }
    let best = best_base(&base_refs)?;
    let dict = Dict::new_value();
    let d = dict.downcast::<Dict>().expect("dict");
    for (k, v) in ns.items() {
        d.set_item(k, v)?;
    }
    if d.get_str(&intern("__module__")).is_none()
        && let Some(globals) = protocol::current_globals()
        && let Some(module) = globals
            .downcast::<Dict>()
            .and_then(|g| g.get_str(&intern("__name__")))
    {
        d.set_str("__module__", module);
    }
    // Instances of types that already provide `__dict__` (type, exceptions,
    // functions, modules) keep it; others get a new `__dict__` slot.
    let base_has_dict = best.has_instance_dict() || best.lookup_str("__dict__").is_some();
    // __slots__
    let slots_value = d.get_str(&intern("__slots__"));
    let mut slot_names: Vec<Value> = Vec::new();
    let mut want_dict = true;
    let may_add_weakref = may_add_weakref(&best);
    let mut want_weakref = may_add_weakref;
    if let Some(sv) = &slots_value {
        want_dict = false;
        want_weakref = false;
        let items = if sv.downcast::<PyStr>().is_some() {
            vec![sv.clone()]
        } else {
            protocol::collect(sv)?
        };
        for item in items {
            let Some(s) = item.downcast::<PyStr>() else {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    protocol::type_name(&item)
                )));
            };
            let text = s.to_string_lossy();
            if !crate::str::is_identifier(&text) {
                return Err(type_error("__slots__ must be identifiers"));
            }
            if text == "__dict__" {
                if base_has_dict || want_dict {
                    return Err(type_error("__dict__ slot disallowed: we already got one"));
                }
                want_dict = true;
                continue;
            }
            if text == "__weakref__" {
                if !may_add_weakref || want_weakref {
                    return Err(type_error(
                        "__weakref__ slot disallowed: we already got one",
                    ));
                }
                want_weakref = true;
                continue;
            }
            let mangled = mangle(&name, &text);
            if d.get_str(&intern(&mangled)).is_some() {
                return Err(crate::err::value_error(format!(
                    "'{text}' in __slots__ conflicts with class variable"
                )));
            }
            slot_names.push(intern(&mangled));
        }
        slot_names.sort_by_key(protocol::str_lossy);
        // Variable-sized instances (`int`, `tuple`, `bytes`) have no room
        // for slots.
        let solid = solid_type(&best);
        if !slot_names.is_empty()
            && [
                &crate::int::INT_TYPE,
                &crate::tuple::TUPLE_TYPE,
                &crate::bytes::BYTES_TYPE,
            ]
            .into_iter()
            .any(|t| solid.is_static(t))
        {
            return Err(type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                best.tp_name()
            )));
        }
    }
    // Secondary bases may provide the dict (`type_new_slots_bases`): a
    // slotted class whose other base has a `__dict__` gets one too.
    if slots_value.is_some() && !want_dict && !base_has_dict {
        want_dict = base_refs
            .iter()
            .filter(|b| !b.is(&best))
            .any(|b| b.has_instance_dict() || b.lookup_str("__dict__").is_some());
    }
    // Python functions named __new__ are static, __init_subclass__ and
    // __class_getitem__ are class methods.
    if let Some(f) = d.get_str(&intern("__new__"))
        && f.downcast::<crate::functype::Function>().is_some()
    {
        d.set_str("__new__", crate::functype::static_method(f));
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = d.get_str(&intern(special))
            && f.downcast::<crate::functype::Function>().is_some()
        {
            d.set_str(special, crate::functype::class_method(f));
        }
    }
    let qualname = d.get_str(&intern("__qualname__"));
    if let Some(q) = &qualname {
        if q.downcast::<PyStr>().is_none() {
            return Err(type_error(format!(
                "type __qualname__ must be a str, not {}",
                protocol::type_name(q)
            )));
        }
        d.del_item_opt(&intern("__qualname__"))?;
    }
    let classcell = d.get_str(&intern("__classcell__"));
    if classcell.is_some() {
        d.del_item_opt(&intern("__classcell__"))?;
    }
    if let Some(cell) = d.get_str(&intern("__classdictcell__")) {
        let Some(c) = cell.downcast::<crate::functype::Cell>() else {
            return Err(type_error(format!(
                "__classdictcell__ must be a nonlocal cell, not {}",
                protocol::type_name(&cell)
            )));
        };
        c.set(Some(dict.clone()));
        d.del_item_opt(&intern("__classdictcell__"))?;
    }
    let bases_tuple = Tuple::new(base_refs.iter().map(|b| b.value().clone()).collect());
    let tobj = TypeObject::heap(
        &name,
        &best,
        bases_tuple,
        dict.clone(),
        want_dict && !base_has_dict,
        slot_names.len() + hidden_slots,
    );
    let ty = alloc_type(&winner, tobj);
    if let Some(q) = qualname {
        ty.set_qualname(q);
    }
    let mro = c3_mro(ty.value(), &base_refs)?;
    ty.set_mro(Tuple::new(mro));
    for b in &base_refs {
        b.add_subclass(&ty);
    }
    let first_slot = ty.first_slot_index();
    for (i, sname) in slot_names.iter().enumerate() {
        d.set_item(
            sname.clone(),
            crate::descr::slot_member(&ty, sname.clone(), first_slot + i),
        )?;
    }
    // Like `type_add_getset`, a name the class body bound is kept.
    if want_dict && !base_has_dict && d.get_str(&intern("__dict__")).is_none() {
        d.set_str("__dict__", crate::descr::dict_descriptor(&ty));
    }
    if want_weakref {
        ty.set_flag(crate::typeobj::flags::WEAKREFABLE, true);
        if d.get_str(&intern("__weakref__")).is_none() {
            d.set_str("__weakref__", crate::descr::weakref_descriptor(&ty));
        }
    }
    if d.get_str(&intern("__doc__")).is_none() {
        d.set_str("__doc__", none());
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable
    // (`type_ready_set_hash`).
    if d.get_str(&intern("__eq__")).is_some() && d.get_str(&intern("__hash__")).is_none() {
        d.set_str("__hash__", none());
    }
    heapslots::update_slots(&ty);
    if let Some(cell) = classcell {
        match cell.downcast::<crate::functype::Cell>() {
            Some(c) => c.set(Some(ty.value().clone())),
            None => {
                return Err(type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    protocol::type_name(&cell)
                )));
            }
        }
    }
    // __set_name__ on the attributes, then the parent's __init_subclass__.
    for (k, v) in d.items() {
        if let Some(set_name) = v.type_obj().payload().lookup_str("__set_name__") {
            let bound = protocol::descr_get(&set_name, Some(&v), &v.type_value())?;
            protocol::call(&bound, &[ty.value().clone(), k.clone()], None).inspect_err(|e| {
                exceptions::add_note(
                    e,
                    &format!(
                        "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                        protocol::type_name(&v),
                        protocol::str_lossy(&k),
                        name
                    ),
                );
            })?;
        }
    }
    init_subclass(&ty, a)?;
    Ok(ty.into_value())
}

/// Whether a class deriving from `best` gets a `__weakref__` slot
/// (`type_new_slots`): not when its instances are already weakly
/// referenceable (a base class with the slot, `type`, `set`, functions...)
/// or variable-sized (`int`, `tuple`, `bytes`).
fn may_add_weakref(best: &TypeRef) -> bool {
    if crate::types::weakref::type_is_weakrefable(best) {
        return false;
    }
    let solid = solid_type(best);
    ![
        &crate::int::INT_TYPE,
        &crate::tuple::TUPLE_TYPE,
        &crate::bytes::BYTES_TYPE,
    ]
    .into_iter()
    .any(|t| solid.is_static(t))
}

/// `_PyType_CalculateMetaclass`: the most derived of `meta` and the bases'
/// metaclasses, or the "metaclass conflict" error.
pub fn calculate_metaclass(meta: &TypeRef, bases: &[Value]) -> PyResult<TypeRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = TypeRef::from_value(&b.type_value()).expect("metatype");
        if winner.is_subtype(&bm) {
            continue;
        }
        if bm.is_subtype(&winner) {
            winner = bm;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `super(ty, ty).__init_subclass__(**kwargs)`.
fn init_subclass(ty: &TypeRef, a: Args) -> PyResult<()> {
    let mro = ty.mro();
    let mro = mro.downcast::<Tuple>().expect("mro");
    let name = intern("__init_subclass__");
    for t in mro.iter().skip(1) {
        let tt = t.downcast::<TypeObject>().expect("type");
        let d = tt.dict();
        if let Some(f) = d.downcast::<Dict>().and_then(|d| d.get_str(&name)) {
            let bound = protocol::descr_get(&f, None, ty.value())?;
            let kw = a.keywords();
            let values: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
            let names =
                (!kw.is_empty()).then(|| Tuple::new(kw.iter().map(|(k, _)| k.clone()).collect()));
            protocol::call(&bound, &values, names.as_ref())?;
            return Ok(());
        }
    }
    Ok(())
}

/// `best_base`: the base whose layout all other bases' layouts extend.
fn best_base(bases: &[TypeRef]) -> PyResult<TypeRef> {
    let mut winner: Option<TypeRef> = None;
    for b in bases {
        let solid = solid_type(b);
        match &winner {
            None => winner = Some(b.clone()),
            Some(w) => {
                let ws = solid_type(w);
                if ws.is_subtype(&solid) {
                    continue;
                }
                if solid.is_subtype(&ws) {
                    winner = Some(b.clone());
                } else {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
    }
    Ok(winner.expect("at least one base"))
}

/// The nearest base (or self) that adds to the layout: a built-in type, or
/// a Python class with `__slots__`.
fn solid_type(t: &TypeRef) -> TypeRef {
    let mut cur = t.clone();
    loop {
        let adds_slots = cur.is_heap()
            && cur.base().is_some_and(|b| {
                b.extras_len() != cur.extras_len()
                    && !(cur.has_instance_dict()
                        && !b.has_instance_dict()
                        && cur.extras_len() == b.extras_len() + 1)
            });
        // Built-in exceptions share a layout where CPython's do; another
        // built-in type declared with its base's layout adds nothing either.
        let inherits_layout = if cur.is_heap() {
            !adds_slots
        } else if cur.is_subtype(crate::exceptions::BASE_EXCEPTION_TYPE.payload()) {
            crate::exceptions::inherits_layout(&cur)
        } else {
            cur.base().is_some_and(|b| {
                b.same_solid(cur.payload())
                    && b.basic_size() == cur.basic_size()
                    && b.extras_len() == cur.extras_len()
            })
        };
        if !inherits_layout {
            return cur;
        }
        match cur.base() {
            Some(b) => cur = b,
            None => return cur,
        }
    }
}

/// Private name mangling for `__slots__` (`_Py_Mangle`).
fn mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn type_init(_this: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let n = a.positional().len();
    if n != 1 && n != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

// ---- getsets ----

fn tp(v: &Value) -> &TypeObject {
    v.downcast::<TypeObject>().expect("type")
}

fn get_name(v: &Value) -> PyResult {
    Ok(PyStr::new(&tp(v).name()))
}

fn set_name(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tp(v);
    check_settable(t, "__name__", value)?;
    let Some(s) = value.and_then(|x| x.downcast::<PyStr>()) else {
        return Err(type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            value.map(protocol::type_name).unwrap_or_default()
        )));
    };
    let name = s.to_string_lossy();
    if name.contains('\0') {
        return Err(crate::err::value_error(
            "type name must not contain null characters",
        ));
    }
    t.set_name(name);
    Ok(())
}

fn check_settable(t: &TypeObject, attr: &str, value: Option<&Value>) -> PyResult<()> {
    if !t.is_heap() {
        return Err(type_error(format!(
            "cannot set '{attr}' attribute of immutable type '{}'",
            t.tp_name()
        )));
    }
    if value.is_none() {
        return Err(type_error(format!(
            "cannot delete '{attr}' attribute of immutable type '{}'",
            t.tp_name()
        )));
    }
    Ok(())
}

fn get_qualname(v: &Value) -> PyResult {
    Ok(tp(v).qualname())
}

fn set_qualname(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tp(v);
    check_settable(t, "__qualname__", value)?;
    let q = value.expect("checked");
    if q.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.name(),
            protocol::type_name(q)
        )));
    }
    t.set_qualname(q.clone());
    Ok(())
}

fn get_bases(v: &Value) -> PyResult {
    Ok(tp(v).bases())
}

fn set_bases(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tp(v);
    check_settable(t, "__bases__", value)?;
    let value = value.expect("checked");
    let Some(new) = value.downcast::<Tuple>() else {
        return Err(type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            t.name(),
            protocol::type_name(value)
        )));
    };
    if new.is_empty() {
        return Err(type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            t.name()
        )));
    }
    let mut refs = Vec::new();
    for b in new.iter() {
        let Some(r) = TypeRef::from_value(b) else {
            return Err(type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                t.name(),
                protocol::type_name(b)
            )));
        };
        if r.is_subtype(t) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
        refs.push(r);
    }
    let best = best_base(&refs)?;
    let old_base = t.base();
    // CPython compares `tp_free`: classes are collected by the GC and
    // `object` is not, so a class and `object` never swap places.
    let object_swap = old_base.as_ref().is_some_and(|old| {
        let is_object = |x: &TypeRef| x.is_static(&crate::typeobj::OBJECT_TYPE);
        (is_object(old) && best.is_heap()) || (is_object(&best) && old.is_heap())
    });
    if object_swap || (!solid_type(&best).same_solid(t) && !t.same_solid(&best)) {
        return Err(type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            &*best.tp_name(),
            old_base.map_or_else(|| t.name(), |b| b.tp_name().to_string())
        )));
    }
    let mro = c3_mro(v, &refs)?;
    if let Some(old) = t.base() {
        for b in protocol::collect(&t.bases())? {
            if let Some(bt) = b.downcast::<TypeObject>() {
                bt.remove_subclass(v.word());
            }
        }
        drop(old);
    }
    let this = TypeRef::from_value(v).expect("type");
    for b in &refs {
        b.add_subclass(&this);
    }
    t.set_bases(value.clone(), best);
    t.set_mro(Tuple::new(mro));
    t.modified();
    recompute_subclass_mros(&this)?;
    heapslots::update_slots_recursive(&this, heapslots::SlotUpdate::All);
    Ok(())
}

/// `mro_hierarchy`: after a `__bases__` change every subclass's MRO is
/// computed again from its own bases.
fn recompute_subclass_mros(ty: &TypeRef) -> PyResult<()> {
    for addr in ty.subclass_addresses() {
        let Some(sub) = crate::core::type_at(addr) else {
            continue;
        };
        let bases: Vec<TypeRef> = protocol::collect(&sub.bases())?
            .iter()
            .filter_map(TypeRef::from_value)
            .collect();
        let mro = c3_mro(sub.value(), &bases)?;
        sub.set_mro(Tuple::new(mro));
        sub.modified();
        recompute_subclass_mros(&sub)?;
    }
    Ok(())
}

fn get_base(v: &Value) -> PyResult {
    Ok(tp(v).base().map_or_else(none, TypeRef::into_value))
}

fn get_mro(v: &Value) -> PyResult {
    Ok(tp(v).mro())
}

fn get_module(v: &Value) -> PyResult {
    let t = tp(v);
    if t.is_heap() {
        let d = t.dict();
        return match d
            .downcast::<Dict>()
            .and_then(|d| d.get_str(&intern("__module__")))
        {
            Some(m) => Ok(m),
            None => Err(exceptions::attribute_error(
                "__module__".to_string(),
                v,
                &intern("__module__"),
            )),
        };
    }
    // Interned, as CPython's `type_module` does for static types.
    Ok(intern(&t.builtin_module()))
}

fn set_module(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tp(v);
    check_settable(t, "__module__", value)?;
    let d = t.dict();
    let d = d.downcast::<Dict>().expect("dict");
    // The first line number means nothing in another module.
    d.pop_item(&intern("__firstlineno__"))?;
    d.set_str("__module__", value.expect("checked").clone());
    t.modified();
    Ok(())
}

fn get_dict(v: &Value) -> PyResult {
    Ok(crate::types::mappingproxy::new(tp(v).dict()))
}

fn get_doc(v: &Value) -> PyResult {
    let t = tp(v);
    if !t.is_heap()
        && let Some(doc) = t.spec.and_then(|s| s.doc)
    {
        return Ok(PyStr::new(crate::descr::doc_body(doc)));
    }
    let d = t.dict();
    let doc = d
        .downcast::<Dict>()
        .and_then(|d| d.get_str(&intern("__doc__")));
    match doc {
        Some(doc) => protocol::descr_get(&doc, None, v),
        None => Ok(none()),
    }
}

fn set_doc(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tp(v);
    check_settable(t, "__doc__", value)?;
    t.dict()
        .downcast::<Dict>()
        .expect("dict")
        .set_str("__doc__", value.expect("checked").clone());
    t.modified();
    Ok(())
}

fn get_text_signature(v: &Value) -> PyResult {
    let t = tp(v);
    match t
        .spec
        .and_then(|s| s.doc)
        .and_then(crate::descr::text_signature)
    {
        Some(sig) => Ok(PyStr::new(sig)),
        None => Ok(none()),
    }
}

fn get_abstractmethods(v: &Value) -> PyResult {
    let t = tp(v);
    let d = t.dict();
    let key = intern("__abstractmethods__");
    match d
        .downcast::<Dict>()
        .and_then(|d| d.get_str(&key))
        .filter(|_| !v.is_static(&TYPE_TYPE))
    {
        Some(m) => Ok(m),
        None => Err(exceptions::attribute_error(
            "__abstractmethods__".to_string(),
            v,
            &key,
        )),
    }
}

fn set_abstractmethods(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tp(v);
    let d = t.dict();
    let d = d.downcast::<Dict>().expect("dict");
    let abstract_ = match value {
        Some(val) => {
            d.set_str("__abstractmethods__", val.clone());
            protocol::is_true(val)?
        }
        None => {
            d.del_item_opt(&intern("__abstractmethods__"))?;
            false
        }
    };
    t.set_flag(flags::IS_ABSTRACT, abstract_);
    t.modified();
    Ok(())
}

fn type_dict_get(t: &TypeObject, key: &str) -> Option<Value> {
    t.dict()
        .downcast::<Dict>()
        .and_then(|d| d.get_str(&intern(key)))
}

/// PEP 649: `__annotations__` evaluates `__annotate_func__(1)` once and
/// caches it in `__annotations_cache__`.
fn get_annotations(v: &Value) -> PyResult {
    let t = tp(v);
    if !t.is_heap() {
        return Err(exceptions::attribute_error(
            format!(
                "type object '{}' has no attribute '__annotations__'",
                t.name()
            ),
            v,
            &intern("__annotations__"),
        ));
    }
    if let Some(a) =
        type_dict_get(t, "__annotations__").or_else(|| type_dict_get(t, "__annotations_cache__"))
    {
        return protocol::descr_get(&a, None, v);
    }
    let annotations =
        match type_dict_get(t, "__annotate_func__").or_else(|| type_dict_get(t, "__annotate__")) {
            Some(f) if !crate::none::is_none(&f) => {
                let r = protocol::call1(&f, crate::int::from_i64(1))?;
                if r.downcast::<Dict>().is_none() {
                    return Err(type_error(format!(
                        "__annotate__ returned non-dict of type '{}'",
                        protocol::type_name(&r)
                    )));
                }
                r
            }
            _ => Dict::new_value(),
        };
    t.dict()
        .downcast::<Dict>()
        .expect("dict")
        .set_str("__annotations_cache__", annotations.clone());
    Ok(annotations)
}

fn set_annotations(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tp(v);
    check_settable(t, "__annotations__", Some(value.unwrap_or(&none())))?;
    let d = t.dict();
    let d = d.downcast::<Dict>().expect("dict");
    match value {
        Some(x) => d.set_str("__annotations_cache__", x.clone()),
        None => {
            if !d.del_item_opt(&intern("__annotations_cache__"))? {
                return Err(exceptions::attribute_error(
                    "__annotations__".to_string(),
                    v,
                    &intern("__annotations__"),
                ));
            }
        }
    }
    d.set_str("__annotate_func__", none());
    t.modified();
    Ok(())
}

fn get_annotate(v: &Value) -> PyResult {
    let t = tp(v);
    if !t.is_heap() {
        return Err(exceptions::attribute_error(
            format!("type object '{}' has no attribute '__annotate__'", t.name()),
            v,
            &intern("__annotate__"),
        ));
    }
    Ok(type_dict_get(t, "__annotate_func__")
        .or_else(|| type_dict_get(t, "__annotate__"))
        .unwrap_or_else(none))
}

fn set_annotate(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tp(v);
    let Some(f) = value else {
        return Err(type_error("cannot delete __annotate__ attribute"));
    };
    check_settable(t, "__annotate__", Some(f))?;
    if !crate::none::is_none(f) && f.type_obj().payload().slots.call.get().is_none() {
        return Err(type_error("__annotate__ must be callable or None"));
    }
    let d = t.dict();
    let d = d.downcast::<Dict>().expect("dict");
    d.set_str("__annotate_func__", f.clone());
    if !crate::none::is_none(f) {
        d.del_item_opt(&intern("__annotations_cache__"))?;
    }
    t.modified();
    Ok(())
}

fn get_basicsize(v: &Value) -> PyResult {
    Ok(crate::int::from_usize(tp(v).basic_size()))
}

fn get_flags(v: &Value) -> PyResult {
    Ok(crate::int::from_i64((tp(v).flags() & 0xffff_ffff) as i64))
}

fn get_type_params(v: &Value) -> PyResult {
    let t = tp(v);
    let d = t.dict();
    Ok(d.downcast::<Dict>()
        .and_then(|d| d.get_str(&intern("__type_params__")))
        .unwrap_or_else(Tuple::empty))
}

fn set_type_params(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = tp(v);
    check_settable(t, "__type_params__", value)?;
    t.dict()
        .downcast::<Dict>()
        .expect("dict")
        .set_str("__type_params__", value.expect("checked").clone());
    t.modified();
    Ok(())
}

// ---- methods ----

fn type_mro_method(this: &Value, args: Args) -> PyResult {
    args.none("type.mro")?;
    let t = tp(this);
    let bases: Vec<TypeRef> = protocol::collect(&t.bases())?
        .iter()
        .filter_map(TypeRef::from_value)
        .collect();
    Ok(List::from_vec(c3_mro(this, &bases)?))
}

fn type_subclasses(this: &Value, args: Args) -> PyResult {
    args.none("type.__subclasses__")?;
    let out: Vec<Value> = tp(this)
        .subclass_addresses()
        .into_iter()
        .filter_map(crate::core::type_at)
        .map(TypeRef::into_value)
        .collect();
    Ok(List::from_vec(out))
}

fn type_instancecheck(this: &Value, args: Args) -> PyResult {
    let obj = args.one("type.__instancecheck__")?;
    let t = tp(this);
    if obj.type_obj().payload().is_subtype(t) {
        return Ok(crate::bool::py_bool(true));
    }
    // An object whose __class__ differs from its type (proxies).
    if let Some(cls) = protocol::getattr_opt(obj, &intern("__class__"))?
        && let Some(c) = cls.downcast::<TypeObject>()
    {
        return Ok(crate::bool::py_bool(c.is_subtype(t)));
    }
    Ok(crate::bool::py_bool(false))
}

fn type_subclasscheck(this: &Value, args: Args) -> PyResult {
    let sub = args.one("type.__subclasscheck__")?;
    match sub.downcast::<TypeObject>() {
        Some(s) => Ok(crate::bool::py_bool(s.is_subtype(tp(this)))),
        None => Err(type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_prepare(_this: &Value, _args: Args) -> PyResult {
    Ok(Dict::new_value())
}

fn type_dir(this: &Value, args: Args) -> PyResult {
    args.none("type.__dir__")?;
    let result = Dict::new_value();
    merge_class_dict(this, result.downcast::<Dict>().expect("dict"))?;
    let mut keys = result.downcast::<Dict>().expect("dict").keys();
    keys.sort_by_key(protocol::str_lossy);
    Ok(List::from_vec(keys))
}

fn merge_class_dict(ty: &Value, into: &Dict) -> PyResult<()> {
    if let Some(d) = protocol::getattr_opt(ty, &intern("__dict__"))? {
        for k in protocol::collect(&d)? {
            into.set_item(k, none())?;
        }
    }
    if let Some(bases) = protocol::getattr_opt(ty, &intern("__bases__"))? {
        for b in protocol::collect(&bases)? {
            merge_class_dict(&b, into)?;
        }
    }
    Ok(())
}

/// `object.__dir__`: the instance dict's keys plus the class attributes.
pub fn object_dir_list(this: &Value) -> PyResult {
    let result = Dict::new_value();
    let r = result.downcast::<Dict>().expect("dict");
    if let Some(d) = protocol::getattr_opt(this, &intern("__dict__"))?
        && let Some(dd) = d.downcast::<Dict>()
    {
        for k in dd.keys() {
            r.set_item(k, none())?;
        }
    }
    if let Some(cls) = protocol::getattr_opt(this, &intern("__class__"))? {
        merge_class_dict(&cls, r)?;
    }
    Ok(List::from_vec(r.keys()))
}

fn type_sizeof(this: &Value, args: Args) -> PyResult {
    args.none("type.__sizeof__")?;
    Ok(crate::int::from_usize(tp(this).basic_size()))
}

builtin_type!(pub static TYPE_TYPE: TypeObject = TypeSpec {
    name: "type",
    doc: Some("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"),
    flags: flags::BASETYPE | flags::TYPE_SUBCLASS | flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    slots: SlotDefs {
        traverse: Some(crate::typeobj::type_traverse),
        clear: Some(crate::typeobj::type_clear),
        repr: Some(type_repr),
        call: Some(type_call),
        getattro: Some(type_getattro),
        setattro: Some(type_setattro),
        new: Some(type_new),
        init: Some(type_init),
        ..SlotDefs::NONE
    }
    .with_number(crate::typeobj::NbOp::Or, crate::types::union::union_or),
    methods: &[
        MethodDef::new("mro", type_mro_method, "mro($self, /)\n--\n\nReturn a type's method resolution order."),
        MethodDef::new("__subclasses__", type_subclasses, "__subclasses__($self, /)\n--\n\nReturn a list of immediate subclasses."),
        MethodDef::new("__instancecheck__", type_instancecheck, "__instancecheck__($self, instance, /)\n--\n\nCheck if an object is an instance."),
        MethodDef::new("__subclasscheck__", type_subclasscheck, "__subclasscheck__($self, subclass, /)\n--\n\nCheck if a class is a subclass."),
        MethodDef::class("__prepare__", type_prepare, "__prepare__($cls, name, bases, /, **kwds)\n--\n\nCreate the namespace for the class statement"),
        MethodDef::new("__dir__", type_dir, "__dir__($self, /)\n--\n\nSpecialized __dir__ implementation for types."),
        MethodDef::new("__sizeof__", type_sizeof, "__sizeof__($self, /)\n--\n\nReturn memory consumption of the type object."),
    ],
    getsets: &[
        GetSetDef::with_setter("__name__", get_name, set_name),
        GetSetDef::with_setter("__qualname__", get_qualname, set_qualname),
        GetSetDef::with_setter("__bases__", get_bases, set_bases),
        GetSetDef::member("__base__", get_base, None),
        GetSetDef::getter("__mro__", get_mro),
        GetSetDef::with_setter("__module__", get_module, set_module),
        GetSetDef::with_setter("__abstractmethods__", get_abstractmethods, set_abstractmethods),
        GetSetDef::getter("__dict__", get_dict),
        GetSetDef::with_setter("__doc__", get_doc, set_doc),
        GetSetDef::getter("__text_signature__", get_text_signature),
        GetSetDef::with_setter("__type_params__", get_type_params, set_type_params),
        GetSetDef::with_setter("__annotations__", get_annotations, set_annotations),
        GetSetDef::with_setter("__annotate__", get_annotate, set_annotate),
        GetSetDef::member("__basicsize__", get_basicsize, None),
        GetSetDef::member("__itemsize__", |_| Ok(crate::int::from_i64(0)), None),
        GetSetDef::member("__flags__", get_flags, None),
        GetSetDef::member("__weakrefoffset__", |_| Ok(crate::int::from_i64(0)), None),
        GetSetDef::member("__dictoffset__", |_| Ok(crate::int::from_i64(0)), None),
    ],
    ..TypeSpec::DEFAULT
});

/// `isinstance(v, type)` shortcut.
pub fn is_type(v: &Value) -> bool {
    v.downcast::<TypeObject>().is_some()
}
