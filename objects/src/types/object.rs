//! `object`: the root type, with the default slots every type inherits (generic attributes, identity hash and equality, default repr); mirrors `PyBaseObject_Type` in Objects/typeobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::{PyResult, type_error};
use crate::none::{none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
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
            return Err(type_error(format!("{}() takes no arguments", ty.name())));
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
    if !(old.is_heap() && new.is_heap()) {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if !old.same_solid(&new) || old.extras_len() != new.extras_len() {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name(),
            old.name()
        )));
    }
    v.set_type(&new);
    Ok(())
}

fn object_format(this: &Value, args: Args) -> PyResult {
    let spec = args.range("object.__format__", "__format__", 1, 1)?;
    let Some(s) = spec[0].downcast::<PyStr>() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            protocol::type_name(&spec[0])
        )));
    };
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

fn object_subclasshook(_cls: &Value, _args: Args) -> PyResult {
    Ok(not_implemented())
}

/// copyreg's `_reduce_ex` names the class by `__name__`, not `tp_name`.
fn object_reduce_ex(this: &Value, _args: Args) -> PyResult {
    Err(type_error(format!(
        "cannot pickle '{}' object",
        this.type_obj().payload().name()
    )))
}

fn object_getstate(this: &Value, args: Args) -> PyResult {
    args.none("object.__getstate__")?;
    Ok(protocol::instance_dict(this).unwrap_or_else(none))
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
        MethodDef::new("__reduce__", object_reduce_ex, "__reduce__($self, /)\n--\n\nHelper for pickle."),
        MethodDef::new("__reduce_ex__", object_reduce_ex, "__reduce_ex__($self, protocol, /)\n--\n\nHelper for pickle."),
        MethodDef::new("__getstate__", object_getstate, "__getstate__($self, /)\n--\n\nHelper for pickle."),
        MethodDef::class("__subclasshook__", object_subclasshook, "__subclasshook__($cls, subclass, /)\n--\n\nAbstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n"),
        MethodDef::class("__init_subclass__", object_init_subclass, "__init_subclass__($cls, /)\n--\n\nThis method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n"),
        MethodDef::new("__format__", object_format, "__format__($self, format_spec, /)\n--\n\nDefault object formatter.\n\nReturn str(self) if format_spec is empty. Raise TypeError otherwise."),
        MethodDef::new("__sizeof__", object_sizeof, "__sizeof__($self, /)\n--\n\nSize of object in memory, in bytes."),
        MethodDef::new("__dir__", object_dir, "__dir__($self, /)\n--\n\nDefault dir() implementation."),
    ],
    getsets: &[GetSetDef::with_setter("__class__", object_get_class, object_set_class)],
    ..TypeSpec::DEFAULT
});
