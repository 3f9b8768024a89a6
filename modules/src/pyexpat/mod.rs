//! `pyexpat`: the expat-compatible XML parser behind `xml.parsers.expat`, `xml.etree.ElementTree`,
//! `xml.dom.minidom`, `xml.sax` and `plistlib`; mirrors Modules/pyexpat.c with the parser itself written in
//! Rust (`engine`, `tokens`, `dtd`, `decode`) after expat 2.7's lib/xmlparse.c, xmltok.c and xmlrole.c.
//!
//! Why not libexpat itself: the only crate bundling its C source, expat-sys, was last released in 2018 with
//! expat 2.1.0 (before the 2.6 reparse deferral and years of security fixes), builds with CMake and prefers a
//! system library found by pkg-config. So the parser here is a non-validating XML 1.0 parser that reproduces
//! expat's callbacks, error codes, messages and positions, parses incrementally across arbitrary chunk
//! boundaries, and handles UTF-8/UTF-16/ISO-8859-1/US-ASCII input (other single-byte encodings through
//! Python's codecs, as pyexpat's unknown-encoding handler does), internal DTD subset entities and default
//! attributes, and namespaces.

mod decode;
mod dtd;
mod engine;
mod parser;
mod tokens;

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{TypeRef, Value, exceptions, int, protocol};

use engine::{Engine, XmlError};
use parser::XMLPARSER_TYPE;

ouro_objects::gil_shared! {
    static EXPAT_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// expat's error codes with their names and `XML_ErrorString` messages, in code order (1..).
pub const ERRORS: &[(&str, &str)] = &[
    ("XML_ERROR_NO_MEMORY", "out of memory"),
    ("XML_ERROR_SYNTAX", "syntax error"),
    ("XML_ERROR_NO_ELEMENTS", "no element found"),
    ("XML_ERROR_INVALID_TOKEN", "not well-formed (invalid token)"),
    ("XML_ERROR_UNCLOSED_TOKEN", "unclosed token"),
    ("XML_ERROR_PARTIAL_CHAR", "partial character"),
    ("XML_ERROR_TAG_MISMATCH", "mismatched tag"),
    ("XML_ERROR_DUPLICATE_ATTRIBUTE", "duplicate attribute"),
    (
        "XML_ERROR_JUNK_AFTER_DOC_ELEMENT",
        "junk after document element",
    ),
    (
        "XML_ERROR_PARAM_ENTITY_REF",
        "illegal parameter entity reference",
    ),
    ("XML_ERROR_UNDEFINED_ENTITY", "undefined entity"),
    (
        "XML_ERROR_RECURSIVE_ENTITY_REF",
        "recursive entity reference",
    ),
    ("XML_ERROR_ASYNC_ENTITY", "asynchronous entity"),
    (
        "XML_ERROR_BAD_CHAR_REF",
        "reference to invalid character number",
    ),
    ("XML_ERROR_BINARY_ENTITY_REF", "reference to binary entity"),
    (
        "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF",
        "reference to external entity in attribute",
    ),
    (
        "XML_ERROR_MISPLACED_XML_PI",
        "XML or text declaration not at start of entity",
    ),
    ("XML_ERROR_UNKNOWN_ENCODING", "unknown encoding"),
    (
        "XML_ERROR_INCORRECT_ENCODING",
        "encoding specified in XML declaration is incorrect",
    ),
    ("XML_ERROR_UNCLOSED_CDATA_SECTION", "unclosed CDATA section"),
    (
        "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
        "error in processing external entity reference",
    ),
    ("XML_ERROR_NOT_STANDALONE", "document is not standalone"),
    (
        "XML_ERROR_UNEXPECTED_STATE",
        "unexpected parser state - please send a bug report",
    ),
    (
        "XML_ERROR_ENTITY_DECLARED_IN_PE",
        "entity declared in parameter entity",
    ),
    (
        "XML_ERROR_FEATURE_REQUIRES_XML_DTD",
        "requested feature requires XML_DTD support in Expat",
    ),
    (
        "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING",
        "cannot change setting once parsing has begun",
    ),
    ("XML_ERROR_UNBOUND_PREFIX", "unbound prefix"),
    ("XML_ERROR_UNDECLARING_PREFIX", "must not undeclare prefix"),
    (
        "XML_ERROR_INCOMPLETE_PE",
        "incomplete markup in parameter entity",
    ),
    ("XML_ERROR_XML_DECL", "XML declaration not well-formed"),
    ("XML_ERROR_TEXT_DECL", "text declaration not well-formed"),
    ("XML_ERROR_PUBLICID", "illegal character(s) in public id"),
    ("XML_ERROR_SUSPENDED", "parser suspended"),
    ("XML_ERROR_NOT_SUSPENDED", "parser not suspended"),
    ("XML_ERROR_ABORTED", "parsing aborted"),
    ("XML_ERROR_FINISHED", "parsing finished"),
    (
        "XML_ERROR_SUSPEND_PE",
        "cannot suspend in external parameter entity",
    ),
    (
        "XML_ERROR_RESERVED_PREFIX_XML",
        "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    ),
    (
        "XML_ERROR_RESERVED_PREFIX_XMLNS",
        "reserved prefix (xmlns) must not be declared or undeclared",
    ),
    (
        "XML_ERROR_RESERVED_NAMESPACE_URI",
        "prefix must not be bound to one of the reserved namespace names",
    ),
    ("XML_ERROR_INVALID_ARGUMENT", "invalid argument"),
    (
        "XML_ERROR_NO_BUFFER",
        "a successful prior call to function XML_GetBuffer is required",
    ),
    (
        "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
        "limit on input amplification factor (from DTD and entities) breached",
    ),
    ("XML_ERROR_NOT_STARTED", "parser not started"),
];

fn message(code: u32) -> Option<&'static str> {
    ERRORS.get((code as usize).checked_sub(1)?).map(|(_, m)| *m)
}

fn new_error(msg: &str) -> PyErr {
    match EXPAT_ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match protocol::call1(&cls, PyStr::new(msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => value_error(msg),
    }
}

/// `set_error`: ExpatError("message: line L, column C") with `code`, `lineno` and `offset`.
pub fn expat_error(e: XmlError) -> PyErr {
    let msg = message(e.code).unwrap_or("unknown error");
    let err = new_error(&format!("{msg}: line {}, column {}", e.pos.line, e.pos.col));
    let inst = err.value();
    for (name, value) in [
        ("code", e.code as usize),
        ("offset", e.pos.col),
        ("lineno", e.pos.line),
    ] {
        if let Err(x) = protocol::setattr(inst, &PyStr::new(name), Some(&int::from_usize(value))) {
            return x;
        }
    }
    err
}

/// An ExpatError with a bare message (argument errors that CPython reports through expat's error strings).
pub fn expat_error_message(msg: &str) -> PyErr {
    new_error(msg)
}

fn str_arg(fname: &str, name: &str, v: &Value) -> PyResult<Option<String>> {
    if is_none(v) {
        return Ok(None);
    }
    match v.downcast::<PyStr>() {
        Some(s) => Ok(Some(s.to_string_lossy())),
        None => Err(type_error(format!(
            "{fname}() argument '{name}' must be str or None, not {}",
            arg_type_name(v)
        ))),
    }
}

fn m_parser_create(_m: &Value, args: Args) -> PyResult {
    let [encoding, separator, intern] = args.parse(
        "ParserCreate",
        ["encoding", "namespace_separator", "intern"],
        0,
        0,
        3,
    )?;
    let encoding = match encoding {
        Some(e) => str_arg("ParserCreate", "encoding", &e)?,
        None => None,
    };
    let separator = match separator {
        Some(s) => str_arg("ParserCreate", "namespace_separator", &s)?,
        None => None,
    };
    if separator.as_ref().is_some_and(|s| s.chars().count() > 1) {
        return Err(value_error(
            "namespace_separator must be at most one character, omitted, or None",
        ));
    }
    let intern = match intern {
        None => Dict::new_value(),
        Some(i) if is_none(&i) || i.downcast::<Dict>().is_some() => i,
        Some(_) => return Err(type_error("intern must be a dictionary")),
    };
    Ok(parser::new_parser(Engine::new(separator, encoding), intern))
}

fn m_error_string(_m: &Value, args: Args) -> PyResult {
    let [code] = args.parse("ErrorString", ["code"], 1, 1, 1)?;
    let code = int::index_as_c_int(&code.unwrap_or_else(none))?;
    Ok(u32::try_from(code)
        .ok()
        .and_then(message)
        .map_or_else(none, PyStr::new))
}

fn submodule(parent: &Module, name: &str, doc: &str) -> PyResult<Value> {
    let m = Module::new(&format!("pyexpat.{name}"));
    if let Some(md) = m.downcast::<Module>() {
        md.set("__doc__", PyStr::new(doc));
    }
    parent.set(name, m.clone());
    let sys = protocol::import_module("sys")?;
    let modules = protocol::getattr_str(&sys, "modules")?;
    protocol::setitem(&modules, &PyStr::new(&format!("pyexpat.{name}")), Some(&m))?;
    Ok(m)
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    crate::heaptype::list_module_in_dict(&[&XMLPARSER_TYPE]);
    let cls = ouro_eval::native_module::exception_class(
        "xml.parsers.expat",
        "ExpatError",
        &[&exceptions::EXCEPTION],
    )?;
    EXPAT_ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    m.set("ExpatError", cls.clone());
    m.set("error", cls);
    m.set(
        "XMLParserType",
        TypeRef::from_static(&XMLPARSER_TYPE).into_value(),
    );
    m.set("EXPAT_VERSION", PyStr::new("expat_2.7.3"));
    m.set(
        "version_info",
        Tuple::new(vec![int::from_i64(2), int::from_i64(7), int::from_i64(3)]),
    );
    m.set("native_encoding", PyStr::new("UTF-8"));
    let features = [
        ("sizeof(XML_Char)", 1),
        ("sizeof(XML_LChar)", 1),
        ("XML_DTD", 0),
        ("XML_CONTEXT_BYTES", 1024),
        ("XML_NS", 0),
        ("XML_BLAP_MAX_AMP", 100),
        ("XML_BLAP_ACT_THRES", 8_388_608),
        ("XML_GE", 0),
        ("XML_AT_MAX_AMP", 100),
        ("XML_AT_ACT_THRES", 67_108_864),
    ];
    m.set(
        "features",
        List::from_vec(
            features
                .iter()
                .map(|(n, v)| Tuple::new(vec![PyStr::new(n), int::from_i64(*v)]))
                .collect(),
        ),
    );
    m.set("XML_PARAM_ENTITY_PARSING_NEVER", int::from_i64(0));
    m.set(
        "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE",
        int::from_i64(1),
    );
    m.set("XML_PARAM_ENTITY_PARSING_ALWAYS", int::from_i64(2));

    let errors = submodule(m, "errors", "Constants used to describe error conditions.")?;
    let em = errors.downcast::<Module>().expect("module");
    let codes = Dict::new_value();
    let messages = Dict::new_value();
    let (cd, md) = (
        codes.downcast::<Dict>().expect("dict"),
        messages.downcast::<Dict>().expect("dict"),
    );
    for (i, (name, msg)) in ERRORS.iter().enumerate() {
        em.set(name, PyStr::new(msg));
        cd.set_item(PyStr::new(msg), int::from_usize(i + 1))?;
        md.set_item(int::from_usize(i + 1), PyStr::new(msg))?;
    }
    em.set("codes", codes);
    em.set("messages", messages);

    let model = submodule(
        m,
        "model",
        "Constants used to interpret content model information.",
    )?;
    let mm = model.downcast::<Module>().expect("module");
    for (name, value) in [
        ("XML_CTYPE_EMPTY", 1),
        ("XML_CTYPE_ANY", 2),
        ("XML_CTYPE_MIXED", 3),
        ("XML_CTYPE_NAME", 4),
        ("XML_CTYPE_CHOICE", 5),
        ("XML_CTYPE_SEQ", 6),
        ("XML_CQUANT_NONE", 0),
        ("XML_CQUANT_OPT", 1),
        ("XML_CQUANT_REP", 2),
        ("XML_CQUANT_PLUS", 3),
    ] {
        mm.set(name, int::from_i64(value));
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "pyexpat",
    doc: "Python wrapper for Expat parser.",
    functions: &[
        MethodDef::new(
            "ParserCreate",
            m_parser_create,
            "ParserCreate($module, /, encoding=None, namespace_separator=None,\n             intern=<unrepresentable>)\n--\n\nReturn a new XML parser object.",
        ),
        MethodDef::new(
            "ErrorString",
            m_error_string,
            "ErrorString($module, code, /)\n--\n\nReturns string error for given number.",
        ),
    ],
    // The type is exposed as `XMLParserType` only (init), not under its own name.
    types: ModuleDef::no_types,
    init,
};
