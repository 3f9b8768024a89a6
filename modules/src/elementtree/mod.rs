//! `_elementtree`: the accelerator `xml.etree.ElementTree` imports its `Element` and `SubElement` from; mirrors Modules/_elementtree.c.

mod element;
mod iter;
mod treebuilder;
mod xmlparser;

use std::cell::RefCell;

use ouro_eval::native_module::{ModuleDef, exception_class};
use ouro_objects::Value;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::exceptions;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::ready;

pub use element::ELEMENT_TYPE;

ouro_objects::gil_shared! {
    /// The `Comment` and `ProcessingInstruction` factories `ElementTree.py`
    /// hands over with `_set_factories`.
    static FACTORIES: RefCell<(Value, Value)> = RefCell::new((none(), none()));
    /// `ParseError`, a `SyntaxError` made when the module is created.
    static PARSE_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The factories last given to `_set_factories` (`None` until then).
fn factories() -> (Value, Value) {
    FACTORIES.with(|f| f.borrow().clone())
}

/// A `ParseError` carrying `msg`.
fn parse_error(msg: &str) -> PyErr {
    match PARSE_ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match ouro_objects::protocol::call1(&cls, PyStr::new(msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => PyErr::new(&exceptions::SYNTAX_ERROR, msg),
    }
}

/// A `ParseError` with expat's error `code` and `position` `(line, column)`.
fn parse_error_at(msg: &str, code: Value, line: Value, col: Value) -> PyErr {
    let err = parse_error(msg);
    let exc = err.value().clone();
    let position = Tuple::new(vec![line, col]);
    let set = |name: &str, value: &Value| {
        ouro_objects::protocol::setattr(&exc, &PyStr::new(name), Some(value))
    };
    match set("code", &code).and_then(|()| set("position", &position)) {
        Ok(()) => err,
        Err(e) => e,
    }
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

fn init(module: &Value) -> PyResult<()> {
    crate::heaptype::list_module_in_dict(&[
        &ELEMENT_TYPE,
        &treebuilder::TREE_BUILDER_TYPE,
        &xmlparser::XML_PARSER_TYPE,
    ]);
    ready(&iter::ELEMENT_ITER_TYPE);
    let cls = exception_class(
        "xml.etree.ElementTree",
        "ParseError",
        &[&exceptions::SYNTAX_ERROR],
    )?;
    PARSE_ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    module
        .downcast::<Module>()
        .expect("module")
        .set("ParseError", cls);
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_elementtree",
    doc: "",
    functions: &[
        MethodDef::new(
            "SubElement",
            element::sub_element,
            "SubElement($module, parent, tag, /, attrib={}, **extra)\n--\n\n",
        ),
        MethodDef::new(
            "_set_factories",
            set_factories,
            "_set_factories($module, comment_factory, pi_factory, /)\n--\n\nChange the factories used to create comments and processing instructions.\n\nFor internal use only.",
        ),
    ],
    types: || {
        vec![
            &ELEMENT_TYPE,
            &treebuilder::TREE_BUILDER_TYPE,
            &xmlparser::XML_PARSER_TYPE,
        ]
    },
    init,
};
