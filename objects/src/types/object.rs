//! `object`: the root type, with the default slots every type inherits (generic attributes, identity hash and equality, default repr); mirrors `PyBaseObject_Type` in Objects/typeobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyResult, type_error, value_error};
use crate::int;
use crate::none::{none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::{PyStr, intern};
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, TypeObject, flags};

/// The payload of plain `object()` instances and of Python classes that
/// derive only from `object`.
pub struct ObjectData;

fn object_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&protocol::default_repr(v)))
}

fn object_str(v: &Value) -> PyResult {
    protocol::repr(v)
}

fn object_hash(v: &Value) -> PyResult<i64> {
    // CPython: the address rotated by 4 bits.
    let w = v.word();
    Ok(crate::hash::fix_hash(w.rotate_right(4) as i64))
}

fn object_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    match op {
        CompareOp::Eq => Ok(if a.is(b) {
            crate::bool::py_bool(true)
        } else {
            not_implemented()
        }),
        CompareOp::Ne => {
            // `__ne__` inverts `__eq__` unless that is NotImplemented.
            let eq = a.type_obj().payload().slots.richcompare.get();
            let r = match eq {
                Some(f) => f(a, b, CompareOp::Eq)?,
                None => not_implemented(),
            };
            if crate::none::is_not_implemented(&r) {
                return Ok(r);
            }
            Ok(crate::bool::py_bool(!protocol::is_true(&r)?))
        }
        _ => Ok(not_implemented()),
    }
}

/// Whether a type overrides a slot relative to `object` (for the
/// "takes no arguments" checks of `object.__new__`/`__init__`).
fn overrides_init(ty: &TypeObject) -> bool {
    ty.slots.init.get().map(|f| f as usize)
        != Some((object_init as crate::typeobj::InitFn) as usize)
}

fn overrides_new(ty: &TypeObject) -> bool {
    ty.slots.new.get().map(|f| f as usize) != Some((object_new as crate::typeobj::NewFn) as usize)
}

pub fn object_new(ty: &TypeRef, args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    if !args.is_empty() {
        if overrides_new(ty) {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides_init(ty) {
            return Err(type_error(format!("{}() takes no arguments", ty.name())));
        }
    }
    if ty.flags() & flags::IS_ABSTRACT != 0 {
        return Err(crate::types::typetype::abstract_instantiation_error(ty));
    }
    // A built-in type without its own `__new__` whose instances carry a
    // payload cannot be made from nothing.
    if !ty.is_static(&OBJECT_TYPE) && !ty.payload().solid_is::<ObjectData>() {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            &*ty.tp_name()
        )));
    }
    Ok(alloc_typed(ty, ObjectData))
}

pub fn object_init(this: &Value, args: &[Value], _kwnames: Option<&Value>) -> PyResult<()> {
    if !args.is_empty() {
        let ty = this.type_obj().payload();
        if overrides_init(ty) {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides_new(ty) {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.tp_name()
            )));
        }
    }
    Ok(())
}

fn object_get_class(v: &Value) -> PyResult {
    Ok(v.type_value())
}

fn object_set_class(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("can't delete __class__ attribute"));
    };
    let Some(new) = TypeRef::from_value(value) else {
        return Err(type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            protocol::type_name(value)
        )));
    };
    let old = v.type_obj().payload();
    let module = crate::types::module::MODULE_TYPE.payload();
    let both_modules = old.is_subtype(module) && new.is_subtype(module);
    if !(both_modules || (old.is_heap() && new.is_heap())) {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if !old.same_solid(&new)
        || old.is_gc() != new.is_gc()
        || old.extras_len() != new.extras_len()
        || slot_layout(old) != slot_layout(&new)
    {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name(),
            old.name()
        )));
    }
    v.set_type(&new);
    Ok(())
}

/// The `__slots__` members of a class and its bases as (name, index), for
/// `same_slots_added`: equal layouts hold the same names in the same places.
pub(crate) fn slot_layout(t: &TypeObject) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mro = t.mro();
    for ty in mro
        .downcast::<crate::tuple::Tuple>()
        .iter()
        .flat_map(|m| m.iter())
    {
        let Some(d) = ty.downcast::<TypeObject>().map(TypeObject::dict) else {
            continue;
        };
        for (_, v) in d
            .downcast::<crate::dict::Dict>()
            .iter()
            .flat_map(|d| d.items())
        {
            if let Some(g) = v.downcast::<crate::descr::GetSetDescr>()
                && let Some((name, index)) = &g.slot
            {
                out.push((protocol::str_lossy(name), *index));
            }
        }
    }
    out.sort_by_key(|(_, index)| *index);
    out
}

fn object_format(this: &Value, args: Args) -> PyResult {
    let s = crate::format::spec_arg(&args, "object.__format__")?;
    if !s.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            protocol::type_name(this)
        )));
    }
    protocol::str(this)
}

fn object_dir(this: &Value, args: Args) -> PyResult {
    args.none("object.__dir__")?;
    crate::types::typetype::object_dir_list(this)
}

fn object_sizeof(this: &Value, args: Args) -> PyResult {
    args.none("object.__sizeof__")?;
    Ok(crate::int::from_usize(
        this.type_obj().payload().basic_size(),
    ))
}

/// `type.__qualname__`, for the messages of class methods bound to it.
fn class_qualname(cls: &Value) -> String {
    cls.downcast::<TypeObject>()
        .map(|t| protocol::str_lossy(&t.qualname()))
        .unwrap_or_default()
}

/// Takes no arguments; the error names the class it was called for.
fn object_init_subclass(cls: &Value, args: Args) -> PyResult {
    if args.values.is_empty() {
        return Ok(none());
    }
    let qualname = protocol::str_lossy(&protocol::getattr_str(cls, "__qualname__")?);
    Err(type_error(if args.kw_count() > 0 {
        format!("{qualname}.__init_subclass__() takes no keyword arguments")
    } else {
        format!(
            "{qualname}.__init_subclass__() takes no arguments ({} given)",
            args.positional().len()
        )
    }))
}

fn object_subclasshook(cls: &Value, args: Args) -> PyResult {
    let given = args.values.len();
    if given != 1 || args.kw_count() != 0 {
        let what = format!("{}.__subclasshook__()", class_qualname(cls));
        return Err(type_error(if args.kw_count() != 0 {
            format!("{what} takes no keyword arguments")
        } else {
            format!("{what} takes exactly one argument ({given} given)")
        }));
    }
    Ok(not_implemented())
}

/// `object.__reduce__()`: `_common_reduce(self, 0)`.
fn object_reduce_method(this: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    common_reduce(this, 0)
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins
/// (deque, defaultdict, partial...), else `_common_reduce`.
fn object_reduce_ex(this: &Value, args: Args) -> PyResult {
    let protocol_arg = args.one("__reduce_ex__")?;
    let protocol_number = int::to_i64(&protocol::index(protocol_arg)?)
        .ok_or_else(|| crate::err::overflow_error("Python int too large to convert to C int"))?;
    if protocol::getattr_opt(this, &intern("__reduce__"))?.is_some() {
        let own = protocol::getattr_str(&this.type_value(), "__reduce__")?;
        let base = OBJECT_TYPE.payload().lookup_str("__reduce__");
        if base.is_none_or(|b| !own.is(&b)) {
            return protocol::call_method(this, "__reduce__", &[]);
        }
    }
    common_reduce(this, protocol_number)
}

/// `_common_reduce`: `reduce_newobj` from protocol 2, copyreg's
/// `_reduce_ex` below it.
fn common_reduce(this: &Value, protocol_number: i64) -> PyResult {
    if protocol_number >= 2 {
        return reduce_newobj(this);
    }
    let copyreg = protocol::import_module("copyreg")?;
    let reduce_ex = protocol::getattr_str(&copyreg, "_reduce_ex")?;
    protocol::call(
        &reduce_ex,
        &[this.clone(), int::from_i64(protocol_number)],
        None,
    )
}

/// `reduce_newobj`: `(copyreg.__newobj__, (cls, *args), state, listitems,
/// dictitems)`, or `__newobj_ex__` with keyword arguments.
fn reduce_newobj(this: &Value) -> PyResult {
    let cls = this.type_value();
    if this.type_obj().payload().slots.new.get().is_none() {
        return Err(cannot_pickle(this));
    }
    let (args, kwargs) = new_arguments(this)?;
    let copyreg = protocol::import_module("copyreg")?;
    let has_args = args.is_some();
    let (newobj, newargs) = match kwargs.filter(|k| {
        k.downcast::<crate::dict::Dict>()
            .is_some_and(|d| !d.is_empty())
    }) {
        None => {
            let mut items = vec![cls.clone()];
            if let Some(a) = &args {
                items.extend(protocol::collect(a)?);
            }
            (
                protocol::getattr_str(&copyreg, "__newobj__")?,
                Tuple::new(items),
            )
        }
        Some(kwargs) => {
            let args =
                args.ok_or_else(|| crate::err::system_error("bad argument to internal function"))?;
            (
                protocol::getattr_str(&copyreg, "__newobj_ex__")?,
                Tuple::new(vec![cls.clone(), args, kwargs]),
            )
        }
    };
    let is_list = this.downcast::<crate::list::List>().is_some();
    let is_dict = this.downcast::<crate::dict::Dict>().is_some();
    let state = getstate(this, !(has_args || is_list || is_dict))?;
    let listitems = if is_list {
        protocol::iter(this)?
    } else {
        none()
    };
    let dictitems = if is_dict {
        protocol::iter(&protocol::call_method(this, "items", &[])?)?
    } else {
        none()
    };
    Ok(Tuple::new(vec![
        newobj, newargs, state, listitems, dictitems,
    ]))
}

/// `_PyObject_GetNewArguments`: `__getnewargs_ex__()` or `__getnewargs__()`
/// checked for shape; `(None, None)` when the class has neither.
fn new_arguments(this: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    if let Some(r) = protocol::call_dunder(this, "__getnewargs_ex__", &[])? {
        let Some(pair) = r.downcast::<Tuple>() else {
            return Err(type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                protocol::type_name(&r)
            )));
        };
        if pair.len() != 2 {
            return Err(value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                pair.len()
            )));
        }
        let (args, kwargs) = (pair.as_slice()[0].clone(), pair.as_slice()[1].clone());
        if args.downcast::<Tuple>().is_none() {
            return Err(type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                protocol::type_name(&args)
            )));
        }
        if kwargs.downcast::<crate::dict::Dict>().is_none() {
            return Err(type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                protocol::type_name(&kwargs)
            )));
        }
        return Ok((Some(args), Some(kwargs)));
    }
    if let Some(r) = protocol::call_dunder(this, "__getnewargs__", &[])? {
        if r.downcast::<Tuple>().is_none() {
            return Err(type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                protocol::type_name(&r)
            )));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

/// `object_getstate`: the class's `__getstate__()`, or the default with
/// `required` (instances holding native data cannot be pickled that way).
fn getstate(this: &Value, required: bool) -> PyResult {
    let f = protocol::getattr_str(this, "__getstate__")?;
    let is_default = f
        .downcast::<crate::descr::BuiltinFunction>()
        .is_some_and(|b| {
            std::ptr::fn_addr_eq(b.def.func, object_getstate as crate::descr::NativeFn)
                && b.bound.as_ref().is_some_and(|s| s.is(this))
        });
    if !is_default {
        return protocol::call(&f, &[], None);
    }
    if required && !this.type_obj().payload().solid_is::<ObjectData>() {
        return Err(cannot_pickle(this));
    }
    getstate_default(this)
}

/// `reduce_newobj`'s refusal, naming the class by `tp_name`.
fn cannot_pickle(this: &Value) -> crate::err::PyErr {
    type_error(format!(
        "cannot pickle '{}' object",
        &*this.type_obj().payload().tp_name()
    ))
}

/// `object.__getstate__()` (`object_getstate_default`): the instance dict
/// (`None` when empty), paired with a dict of the set `__slots__` values
/// when the class has slots.
fn object_getstate(this: &Value, args: Args) -> PyResult {
    args.none("object.__getstate__")?;
    getstate_default(this)
}

/// `object_getstate_default` without the `required` check.
fn getstate_default(this: &Value) -> PyResult {
    let state = protocol::instance_dict(this)
        .filter(|d| {
            d.downcast::<crate::dict::Dict>()
                .is_some_and(|d| !d.is_empty())
        })
        .unwrap_or_else(none);
    let names = slot_names(&this.type_value())?;
    if names.is_empty() {
        return Ok(state);
    }
    let slots = crate::dict::Dict::new_value();
    let slots_dict = slots.downcast::<crate::dict::Dict>().expect("dict");
    for name in names {
        if let Some(v) = protocol::getattr_opt(this, &name)? {
            slots_dict.set_item(name, v)?;
        }
    }
    if slots_dict.is_empty() {
        return Ok(state);
    }
    Ok(crate::tuple::Tuple::new(vec![state, slots]))
}

/// `copyreg._slotnames(cls)`: the (mangled) `__slots__` names of the class
/// and its bases, cached as `cls.__slotnames__`.
fn slot_names(cls: &Value) -> PyResult<Vec<Value>> {
    let Some(t) = cls.downcast::<TypeObject>() else {
        return Ok(Vec::new());
    };
    let own = t.dict();
    if let Some(cached) = own
        .downcast::<crate::dict::Dict>()
        .and_then(|d| d.get_str(&crate::str::intern("__slotnames__")))
        .filter(|v| !crate::none::is_none(v))
    {
        return protocol::collect(&cached);
    }
    let mut names = Vec::new();
    if t.lookup_str("__slots__").is_some() {
        let mro = t.mro();
        for c in mro
            .downcast::<crate::tuple::Tuple>()
            .iter()
            .flat_map(|m| m.iter())
        {
            let Some(ct) = c.downcast::<TypeObject>() else {
                continue;
            };
            let Some(slots) = ct
                .dict()
                .downcast::<crate::dict::Dict>()
                .and_then(|d| d.get_str(&crate::str::intern("__slots__")))
            else {
                continue;
            };
            let slots = if slots.downcast::<PyStr>().is_some() {
                vec![slots]
            } else {
                protocol::collect(&slots)?
            };
            for name in slots {
                let text = protocol::str_lossy(&name);
                if text == "__dict__" || text == "__weakref__" {
                    continue;
                }
                if text.starts_with("__") && !text.ends_with("__") {
                    let class_name = ct.name();
                    let stripped = class_name.trim_start_matches('_');
                    if !stripped.is_empty() {
                        names.push(PyStr::new(&format!("_{stripped}{text}")));
                        continue;
                    }
                }
                names.push(name);
            }
        }
    }
    let list = crate::list::List::from_vec(names.clone());
    // Like copyreg (`except: pass`), a class that refuses the cache still
    // gets its answer.
    let _ = protocol::setattr(cls, &crate::str::intern("__slotnames__"), Some(&list));
    Ok(names)
}

builtin_type!(pub static OBJECT_TYPE: ObjectData = TypeSpec {
    name: "object",
    doc: Some("object()\n--\n\nThe base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"),
    base: None,
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(object_repr),
        str: Some(object_str),
        hash: Some(object_hash),
        richcompare: Some(object_richcompare),
        getattro: Some(protocol::generic_getattr),
        setattro: Some(protocol::generic_setattr),
        new: Some(object_new),
        init: Some(object_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__reduce__", object_reduce_method, "__reduce__($self, /)\n--\n\nHelper for pickle."),
        MethodDef::new("__reduce_ex__", object_reduce_ex, "__reduce_ex__($self, protocol, /)\n--\n\nHelper for pickle."),
        MethodDef::new("__getstate__", object_getstate, "__getstate__($self, /)\n--\n\nHelper for pickle."),
        MethodDef::class("__subclasshook__", object_subclasshook, "__subclasshook__($type, object, /)\n--\n\nAbstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n"),
        MethodDef::class("__init_subclass__", object_init_subclass, "__init_subclass__($type, /)\n--\n\nThis method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n"),
        MethodDef::new("__format__", object_format, "__format__($self, format_spec, /)\n--\n\nDefault object formatter.\n\nReturn str(self) if format_spec is empty. Raise TypeError otherwise."),
        MethodDef::new("__sizeof__", object_sizeof, "__sizeof__($self, /)\n--\n\nSize of object in memory, in bytes."),
        MethodDef::new("__dir__", object_dir, "__dir__($self, /)\n--\n\nDefault dir() implementation."),
    ],
    getsets: &[GetSetDef::with_setter("__class__", object_get_class, object_set_class).with_doc("the object's class")],
    ..TypeSpec::DEFAULT
});
