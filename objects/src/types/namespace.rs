//! `types.SimpleNamespace`: attributes in an instance dict, keyword construction, repr, equality by dict and `__replace__`; mirrors Objects/namespaceobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::{DICT_DEF, MethodDef};
use crate::dict::{DICT_TYPE, Dict};
use crate::err::{PyResult, type_error};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

/// No fields of its own: everything is in the instance dict.
pub struct Namespace;

fn dict_of(v: &Value) -> PyResult<Value> {
    protocol::instance_dict(v).ok_or_else(|| type_error("This object has no __dict__"))
}

fn namespace_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(ty, Namespace))
}

/// Copies `pairs` into the instance dict; keys must be str.
fn set_all(v: &Value, pairs: Vec<(Value, Value)>) -> PyResult<()> {
    let d = dict_of(v)?;
    let d = d.downcast::<Dict>().expect("dict");
    for (k, val) in pairs {
        if k.downcast::<PyStr>().is_none() {
            return Err(type_error("keywords must be strings"));
        }
        d.set_item(k, val)?;
    }
    Ok(())
}

fn namespace_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let pos = a.positional();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "SimpleNamespace expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(source) = pos.first() {
        let d = protocol::call1(&DICT_TYPE.value(), source.clone())?;
        set_all(v, d.downcast::<Dict>().expect("dict").items())?;
    }
    set_all(v, a.keywords())
}

fn namespace_repr(v: &Value) -> PyResult {
    let name = if std::ptr::eq(v.type_obj(), &NAMESPACE_TYPE) {
        "namespace".to_string()
    } else {
        v.type_obj().payload().name()
    };
    let Some(_guard) = crate::reprguard::enter(v) else {
        return Ok(PyStr::new(&format!("{name}(...)")));
    };
    let d = dict_of(v)?;
    let mut parts = Vec::new();
    for (k, val) in d.downcast::<Dict>().expect("dict").items() {
        if let Some(key) = k.downcast::<PyStr>().filter(|s| !s.is_empty()) {
            parts.push(format!(
                "{}={}",
                key.to_string_lossy(),
                protocol::repr_string(&val)?
            ));
        }
    }
    Ok(PyStr::new(&format!("{name}({})", parts.join(", "))))
}

fn namespace_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if a.downcast::<Namespace>().is_none() || b.downcast::<Namespace>().is_none() {
        return Ok(not_implemented());
    }
    protocol::richcompare(&dict_of(a)?, &dict_of(b)?, op)
}

fn namespace_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::empty(),
        dict_of(v)?,
    ]))
}

fn namespace_replace(v: &Value, args: Args) -> PyResult {
    if !args.positional().is_empty() {
        return Err(type_error("__replace__() takes no positional arguments"));
    }
    let result = protocol::call0(&v.type_value())?;
    let own = dict_of(v)?;
    set_all(&result, own.downcast::<Dict>().expect("dict").items())?;
    set_all(&result, args.keywords())?;
    Ok(result)
}

builtin_type!(pub static NAMESPACE_TYPE: Namespace = TypeSpec {
    name: "types.SimpleNamespace",
    doc: Some("SimpleNamespace(mapping_or_iterable=(), /, **kwargs)\n--\n\nA simple attribute-based namespace."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    instance_dict: true,
    slots: SlotDefs {
        repr: Some(namespace_repr),
        richcompare: Some(namespace_richcompare),
        new: Some(namespace_new),
        init: Some(namespace_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__reduce__", namespace_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling"),
        MethodDef::new("__replace__", namespace_replace, "__replace__($self, /, **changes)\n--\n\nReturn a copy of the namespace object with new values for the specified attributes."),
    ],
    getsets: &[DICT_DEF],
    ..TypeSpec::DEFAULT
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::from_i64;

    #[test]
    fn construct_repr_replace() {
        let _lock = crate::init_for_test();
        let kw = Tuple::new(vec![PyStr::new("a"), PyStr::new("b")]);
        let ns = protocol::call(
            &NAMESPACE_TYPE.value(),
            &[from_i64(1), from_i64(2)],
            Some(&kw),
        )
        .unwrap();
        assert_eq!(protocol::repr_string(&ns).unwrap(), "namespace(a=1, b=2)");
        let replace = protocol::getattr_str(&ns, "__replace__").unwrap();
        let kw = Tuple::new(vec![PyStr::new("a")]);
        let other = protocol::call(&replace, &[from_i64(5)], Some(&kw)).unwrap();
        assert_eq!(
            protocol::repr_string(&other).unwrap(),
            "namespace(a=5, b=2)"
        );
        assert!(!protocol::eq(&ns, &other).unwrap());
        let err =
            protocol::call(&NAMESPACE_TYPE.value(), &[from_i64(1), from_i64(2)], None).unwrap_err();
        assert_eq!(
            protocol::str_string(err.value()).unwrap(),
            "SimpleNamespace expected at most 1 argument, got 2"
        );
    }
}
