//! `super`: the proxy that looks attributes up in the MRO after a given class, with the zero-argument form reading `__class__` and the first argument from the calling frame; mirrors super in Objects/typeobject.c.

use ouro_objects::builtin_type;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::GetSetDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, runtime_error, type_error};
use ouro_objects::functype::Cell;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TypeObject, flags};
use ouro_objects::{TypeRef, Value, protocol};

pub struct Super {
    pub ty: Value,
    pub obj: Option<Value>,
    pub obj_type: Value,
}

impl Super {
    /// The attribute `name` in `obj_type`'s MRO after `ty`.
    pub fn lookup_in_mro(&self, name: &Value) -> Option<Value> {
        let mro = self.obj_type.downcast::<TypeObject>()?.mro();
        let mro = mro.downcast::<Tuple>()?;
        let start = mro.iter().position(|t| t.is(&self.ty))? + 1;
        for t in mro.iter().skip(start) {
            let d = t.downcast::<TypeObject>()?.dict();
            if let Some(v) = d.downcast::<Dict>().and_then(|d| d.get_str(name)) {
                return Some(v);
            }
        }
        None
    }
}

fn this(v: &Value) -> &Super {
    v.downcast::<Super>().expect("super")
}

/// `super_check`: the type whose MRO is searched for `obj`.
fn check(ty: &Value, obj: &Value) -> PyResult<Value> {
    let t = ty.downcast::<TypeObject>().expect("type");
    if let Some(ot) = obj.downcast::<TypeObject>()
        && ot.is_subtype(t)
    {
        return Ok(obj.clone());
    }
    if obj.type_obj().payload().is_subtype(t) {
        return Ok(obj.type_value());
    }
    if let Some(cls) = protocol::getattr_opt(obj, &ouro_objects::str::intern("__class__"))?
        && let Some(c) = cls.downcast::<TypeObject>()
        && c.is_subtype(t)
    {
        return Ok(cls);
    }
    let (kind, obj_name) = match obj.downcast::<TypeObject>() {
        Some(ot) => ("type", ot.tp_name().to_string()),
        None => (
            "instance of",
            obj.type_obj().payload().tp_name().to_string(),
        ),
    };
    Err(type_error(format!(
        "super(type, obj): obj ({kind} {obj_name}) is not an instance or subtype of type ({}).",
        t.tp_name()
    )))
}

/// A bound or unbound super object.
pub fn new_super(ty: Value, obj: Option<Value>) -> PyResult {
    if ty.downcast::<TypeObject>().is_none() {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            protocol::type_name(&ty)
        )));
    }
    let obj_type = match &obj {
        Some(o) => check(&ty, o)?,
        None => none(),
    };
    Ok(alloc_typed(
        &TypeRef::from_static(&SUPER_TYPE),
        Super { ty, obj, obj_type },
    ))
}

fn super_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = ouro_objects::args::Args::new(args, kwnames);
    a.no_keywords("super")?;
    let pos = a.range("super", "super()", 0, 2)?;
    let (t, obj) = match pos.len() {
        0 => return Err(runtime_error("super(): no arguments")),
        1 => (pos[0].clone(), None),
        _ => (
            pos[0].clone(),
            Some(pos[1].clone()).filter(|o| !ouro_objects::none::is_none(o)),
        ),
    };
    let v = new_super(t, obj)?;
    if ty.is_static(&SUPER_TYPE) {
        return Ok(v);
    }
    let s = this(&v);
    Ok(alloc_typed(
        ty,
        Super {
            ty: s.ty.clone(),
            obj: s.obj.clone(),
            obj_type: s.obj_type.clone(),
        },
    ))
}

fn super_init(_v: &Value, _args: &[Value], _kwnames: Option<&Value>) -> PyResult<()> {
    Ok(())
}

/// `super()` with no arguments inside a method: `__class__` from the
/// frame's cell and the first argument (`super_init_without_args`).
pub fn zero_arg_super(f: &crate::frame::Frame) -> PyResult {
    let code = &f.code;
    if code.argcount == 0 && code.flags & ouro_objects::code::co::VARARGS == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    let Some(first) = f.fast.first().cloned().flatten() else {
        return Err(runtime_error("super(): arg[0] deleted"));
    };
    let first = match first.downcast::<Cell>() {
        Some(c) if code.localsplus_kinds[0] & ouro_objects::code::fast::CELL != 0 => c
            .get()
            .ok_or_else(|| runtime_error("super(): arg[0] deleted"))?,
        _ => first,
    };
    for (i, name) in code.localsplus_names.iter().enumerate() {
        if name
            .downcast::<PyStr>()
            .is_some_and(|s| s.eq_rust("__class__"))
            && code.localsplus_kinds[i] & ouro_objects::code::fast::FREE != 0
        {
            let cell = f.fast.get(i).cloned().flatten();
            return match cell
                .as_ref()
                .and_then(|c| c.downcast::<Cell>())
                .and_then(Cell::get)
            {
                Some(cls) if cls.downcast::<TypeObject>().is_some() => new_super(cls, Some(first)),
                Some(_) => Err(runtime_error("super(): __class__ is not a type")),
                None => Err(runtime_error("super(): empty __class__ cell")),
            };
        }
    }
    Err(runtime_error("super(): __class__ cell not found"))
}

fn super_getattro(v: &Value, name: &Value) -> PyResult {
    let s = this(v);
    let skip = name
        .downcast::<PyStr>()
        .is_some_and(|n| n.eq_rust("__class__"));
    if !skip
        && !ouro_objects::none::is_none(&s.obj_type)
        && let Some(attr) = s.lookup_in_mro(name)
    {
        return match attr.type_obj().payload().slots.descr_get.get() {
            Some(get) => {
                let obj = s.obj.as_ref().filter(|o| !o.is(&s.obj_type));
                get(&attr, obj, &s.obj_type)
            }
            None => Ok(attr),
        };
    }
    protocol::generic_getattr(v, name)
}

fn super_get(v: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let s = this(v);
    match obj {
        None => Ok(v.clone()),
        Some(_) if s.obj.is_some() => Ok(v.clone()),
        Some(o) => {
            let obj_type = check(&s.ty, o)?;
            Ok(alloc_typed(
                &TypeRef::from_static(&SUPER_TYPE),
                Super {
                    ty: s.ty.clone(),
                    obj: Some(o.clone()),
                    obj_type,
                },
            ))
        }
    }
}

fn super_repr(v: &Value) -> PyResult {
    let s = this(v);
    let tyname =
        s.ty.downcast::<TypeObject>()
            .map(|t| t.name())
            .unwrap_or_else(|| "NULL".into());
    Ok(PyStr::new(&match &s.obj {
        Some(_) => format!(
            "<super: <class '{tyname}'>, <{} object>>",
            s.obj_type
                .downcast::<TypeObject>()
                .map(|t| t.name())
                .unwrap_or_default()
        ),
        None => format!("<super: <class '{tyname}'>, NULL>"),
    }))
}

/// `super_traverse`.
fn super_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(s) = v.downcast::<Super>() {
        visit(&s.ty);
        if let Some(obj) = &s.obj {
            visit(obj);
        }
        visit(&s.obj_type);
    }
}

builtin_type!(pub static SUPER_TYPE: Super = TypeSpec {
    name: "super",
    doc: Some("super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n"),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        traverse: Some(super_traverse),
        repr: Some(super_repr),
        getattro: Some(super_getattro),
        descr_get: Some(super_get),
        new: Some(super_new),
        init: Some(super_init),
        ..SlotDefs::NONE
    },
    getsets: &[
        GetSetDef::member("__thisclass__", |v| Ok(this(v).ty.clone()), None)
            .with_doc("the class invoking super()"),
        GetSetDef::member("__self__", |v| Ok(this(v).obj.clone().unwrap_or_else(none)), None)
            .with_doc("the instance invoking super(); may be None"),
        GetSetDef::member("__self_class__", |v| Ok(this(v).obj_type.clone()), None)
            .with_doc("the type of the instance invoking super(); may be None"),
    ],
    ..TypeSpec::DEFAULT
});
