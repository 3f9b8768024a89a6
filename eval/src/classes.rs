//! `__build_class__`: resolving `__mro_entries__`, choosing the metaclass, `__prepare__`, running the class body and creating the class; mirrors `builtin___build_class__` in Python/bltinmodule.c.

use ouro_objects::args::Args;
use ouro_objects::code::Code;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::functype::{Cell, Function};
use ouro_objects::none::is_none;
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{Ref, TypeRef, Value, protocol};

use crate::frame::Frame;

/// PEP 560: bases that are not classes may supply `__mro_entries__`.
fn resolve_bases(bases: &[Value]) -> PyResult<(Vec<Value>, bool)> {
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    let orig = Tuple::from_slice(bases);
    for b in bases {
        if b.downcast::<TypeObject>().is_some() {
            out.push(b.clone());
            continue;
        }
        match protocol::getattr_opt(b, &intern("__mro_entries__"))? {
            Some(f) => {
                let r = protocol::call1(&f, orig.clone())?;
                let Some(t) = r.downcast::<Tuple>() else {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(t.iter().cloned());
                changed = true;
            }
            None => out.push(b.clone()),
        }
    }
    Ok((out, changed))
}

pub fn build_class(args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    if func.downcast::<Function>().is_none() {
        return Err(type_error("__build_class__: func must be a function"));
    }
    let name = &pos[1];
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &pos[2..];
    let (bases, changed) = resolve_bases(orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    for (k, v) in args.keywords() {
        if protocol::str_lossy(&k) == "metaclass" {
            meta = Some(v);
        } else {
            kw_names.push(k);
            kw_values.push(v);
        }
    }
    let is_class = meta.is_none()
        || meta
            .as_ref()
            .is_some_and(|m| m.downcast::<TypeObject>().is_some());
    let mut meta = meta.unwrap_or_else(|| match bases.first() {
        Some(b) => b.type_value(),
        None => TypeRef::from_static(&ouro_objects::typeobj::TYPE_TYPE).into_value(),
    });
    if is_class {
        let given = TypeRef::from_value(&meta).expect("metaclass is a type");
        meta = ouro_objects::types::typetype::calculate_metaclass(&given, &bases)?.into_value();
    }
    let bases_tuple = Tuple::new(bases.clone());
    let kwnames = (!kw_names.is_empty()).then(|| Tuple::new(kw_names.clone()));
    let ns = match protocol::getattr_opt(&meta, &intern("__prepare__"))? {
        Some(prepare) => {
            let mut a = vec![name.clone(), bases_tuple.clone()];
            a.extend(kw_values.iter().cloned());
            protocol::call(&prepare, &a, kwnames.as_ref())?
        }
        None => Dict::new_value(),
    };
    if ns.type_obj().payload().slots.getitem.get().is_none() {
        let what = if meta.downcast::<TypeObject>().is_some() {
            format!(
                "{}.__prepare__()",
                protocol::str_lossy(&protocol::getattr_str(&meta, "__name__")?)
            )
        } else {
            "<metaclass>.__prepare__()".to_string()
        };
        return Err(type_error(format!(
            "{what} must return a mapping, not {}",
            protocol::type_name(&ns)
        )));
    }
    let cell = run_body(func, &ns)?;
    if changed {
        protocol::setitem(
            &ns,
            &intern("__orig_bases__"),
            Some(&Tuple::from_slice(orig_bases)),
        )?;
    }
    let mut a = vec![name.clone(), bases_tuple, ns];
    a.extend(kw_values);
    let cls = protocol::call(&meta, &a, kwnames.as_ref())?;
    if let Some(c) = cell.as_ref().and_then(|c| c.downcast::<Cell>())
        && cls.downcast::<TypeObject>().is_some()
    {
        match c.get() {
            Some(v) if v.is(&cls) => {}
            Some(v) => {
                return Err(type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    protocol::repr_string(&v)?,
                    protocol::repr_string(name)?,
                    protocol::repr_string(&cls)?
                )));
            }
            None => c.set(Some(cls.clone())),
        }
    }
    Ok(cls)
}

/// Runs the class body with `ns` as its locals; returns the `__class__`
/// cell it made, if any.
fn run_body(func: &Value, ns: &Value) -> PyResult<Option<Value>> {
    let f = func.downcast::<Function>().expect("function");
    let code_value = f.code();
    let code: Ref<Code> = code_value.downcast_ref::<Code>().expect("code");
    let frame = Frame::new(
        code,
        f.globals.clone(),
        f.builtins.clone(),
        Some(ns.clone()),
        Some(func.clone()),
    );
    let r = crate::interp::run(frame)?;
    Ok((!is_none(&r)).then_some(r))
}
