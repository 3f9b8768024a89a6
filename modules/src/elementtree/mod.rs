//! `_elementtree`: the accelerator `xml.etree.ElementTree` imports its `Element` and `SubElement` from; mirrors Modules/_elementtree.c.

mod element;
mod iter;

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::tuple::Tuple;
use ouro_objects::Value;

pub use element::ELEMENT_TYPE;

thread_local! {
    /// The `Comment` and `ProcessingInstruction` factories `ElementTree.py`
    /// hands over with `_set_factories`.
    static FACTORIES: RefCell<(Value, Value)> = RefCell::new((none(), none()));
}

fn check_factory(kind: &str, f: &Value) -> PyResult<()> {
    if !is_none(f) && f.type_obj().payload().slots.call.get().is_none() {
        return Err(type_error(format!(
            "{kind} factory must be callable, not {}",
            arg_type_name(f)
        )));
    }
    Ok(())
}

/// `_set_factories(comment_factory, pi_factory)`: returns the previous pair.
fn set_factories(_m: &Value, args: Args) -> PyResult {
    args.no_keywords("_set_factories")?;
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "_set_factories expected 2 arguments, got {}",
            pos.len()
        )));
    }
    check_factory("Comment", &pos[0])?;
    check_factory("PI", &pos[1])?;
    let old = FACTORIES.with(|f| f.replace((pos[0].clone(), pos[1].clone())));
    Ok(Tuple::new(vec![old.0, old.1]))
}

fn init(_module: &Value) -> PyResult<()> {
    crate::heaptype::list_module_in_dict(&[&ELEMENT_TYPE]);
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_elementtree",
    doc: "",
    functions: &[
        MethodDef::new("SubElement", element::sub_element, "SubElement($module, parent, tag, /, attrib={}, **extra)\n--\n\n"),
        MethodDef::new("_set_factories", set_factories, "_set_factories($module, comment_factory, pi_factory, /)\n--\n\nChange the factories used to create comments and processing instructions.\n\nFor internal use only."),
    ],
    types: || vec![&ELEMENT_TYPE, &iter::ELEMENT_ITER_TYPE],
    init,
};
