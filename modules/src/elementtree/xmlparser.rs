//! `xml.etree.ElementTree.XMLParser`: feeds `pyexpat` and calls its target's start/end/data/comment/pi/doctype/start_ns/end_ns; mirrors Modules/_elementtree.c's xmlparser_* and expat_*_handler functions.

use std::cell::RefCell;

use ouro_eval::import::import_module;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{BuiltinFunction, GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::int::from_usize;
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type};

use super::treebuilder::{TREE_BUILDER_TYPE, new_plain};

/// The events `_setevents` asked for, each with the queue's `append`.
#[derive(Default)]
struct Events {
    append: Option<Value>,
    start: bool,
    end: bool,
    start_ns: bool,
    end_ns: bool,
    comment: bool,
    pi: bool,
}

struct State {
    expat: Value,
    target: Value,
    entity: Value,
    events: Events,
}

pub struct XmlParser {
    state: RefCell<Option<State>>,
}

fn state<R>(v: &Value, f: impl FnOnce(&State) -> R) -> PyResult<R> {
    let parser = v.downcast::<XmlParser>().expect("XMLParser");
    match parser.state.borrow().as_ref() {
        Some(s) => Ok(f(s)),
        None => Err(value_error("XMLParser.__init__() wasn't called")),
    }
}

fn xmlparser_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        XmlParser {
            state: RefCell::new(None),
        },
    ))
}

/// The expat callbacks, each named by the `pyexpat` attribute it is set as.
static HANDLERS: [MethodDef; 9] = [
    MethodDef::new("StartElementHandler", on_start, ""),
    MethodDef::new("EndElementHandler", on_end, ""),
    MethodDef::new("CharacterDataHandler", on_data, ""),
    MethodDef::new("CommentHandler", on_comment, ""),
    MethodDef::new("ProcessingInstructionHandler", on_pi, ""),
    MethodDef::new("StartDoctypeDeclHandler", on_doctype, ""),
    MethodDef::new("DefaultHandlerExpand", on_default, ""),
    MethodDef::new("StartNamespaceDeclHandler", on_start_ns, ""),
    MethodDef::new("EndNamespaceDeclHandler", on_end_ns, ""),
];

fn xmlparser_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let args = Args::new(args, kwnames);
    if !args.positional().is_empty() {
        return Err(type_error("XMLParser() takes no positional arguments"));
    }
    let [target, encoding] = args.parse("XMLParser", ["target", "encoding"], 0, 0, 2)?;
    let pyexpat = import_module("pyexpat")?;
    let create = protocol::getattr_str(&pyexpat, "ParserCreate")?;
    let expat = protocol::call(
        &create,
        &[encoding.unwrap_or_else(none), PyStr::new("}")],
        None,
    )?;
    let target = match target.filter(|t| !is_none(t)) {
        Some(t) => t,
        None => new_plain(),
    };
    for def in &HANDLERS {
        let handler = BuiltinFunction::module_function(def, v.clone(), PyStr::new("_elementtree"));
        protocol::setattr(&expat, &PyStr::new(def.name), Some(&handler))?;
    }
    protocol::setattr(
        &expat,
        &PyStr::new("ordered_attributes"),
        Some(&from_usize(1)),
    )?;
    let parser = v.downcast::<XmlParser>().expect("XMLParser");
    parser.state.replace(Some(State {
        expat,
        target,
        entity: Dict::new_value(),
        events: Events::default(),
    }));
    Ok(())
}

/// `{uri}local` for expat's `uri}local` names.
fn universal(name: &Value) -> Value {
    match name.downcast::<PyStr>().map(|s| s.to_string_lossy()) {
        Some(s) if s.contains('}') => PyStr::new(&format!("{{{s}")),
        _ => name.clone(),
    }
}

/// The target's method `name`, if it has one.
fn target_method(v: &Value, name: &str) -> PyResult<Option<Value>> {
    let target = state(v, |s| s.target.clone())?;
    protocol::getattr_opt(&target, &PyStr::new(name))
}

fn report(v: &Value, wanted: impl Fn(&Events) -> bool, event: &str, item: Value) -> PyResult<()> {
    let append = state(v, |s| {
        wanted(&s.events).then(|| s.events.append.clone()).flatten()
    })?;
    if let Some(append) = append {
        protocol::call1(&append, Tuple::new(vec![PyStr::new(event), item]))?;
    }
    Ok(())
}

fn on_start(v: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    let (Some(name), Some(attrs)) = (pos.first(), pos.get(1)) else {
        return Ok(none());
    };
    let attrib = Dict::new_value();
    let d = attrib.downcast::<Dict>().expect("dict");
    let flat = attrs
        .downcast::<List>()
        .map(List::to_vec)
        .unwrap_or_default();
    for pair in flat.chunks(2) {
        if let [k, x] = pair {
            d.set_item(universal(k), x.clone())?;
        }
    }
    let tag = universal(name);
    let node = match target_method(v, "start")? {
        Some(start) => protocol::call(&start, &[tag, attrib], None)?,
        None => none(),
    };
    report(v, |e| e.start, "start", node)?;
    Ok(none())
}

fn on_end(v: &Value, args: Args) -> PyResult {
    let name = args.positional().first().cloned().unwrap_or_else(none);
    let node = match target_method(v, "end")? {
        Some(end) => protocol::call1(&end, universal(&name))?,
        None => none(),
    };
    report(v, |e| e.end, "end", node)?;
    Ok(none())
}

fn on_data(v: &Value, args: Args) -> PyResult {
    let text = args.positional().first().cloned().unwrap_or_else(none);
    if let Some(data) = target_method(v, "data")? {
        protocol::call1(&data, text)?;
    }
    Ok(none())
}

fn on_comment(v: &Value, args: Args) -> PyResult {
    let text = args.positional().first().cloned().unwrap_or_else(none);
    if let Some(comment) = target_method(v, "comment")? {
        let node = protocol::call1(&comment, text)?;
        report(v, |e| e.comment, "comment", node)?;
    }
    Ok(none())
}

fn on_pi(v: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    let target = pos.first().cloned().unwrap_or_else(none);
    let data = pos.get(1).cloned().unwrap_or_else(none);
    if let Some(pi) = target_method(v, "pi")? {
        let node = protocol::call(&pi, &[target, data], None)?;
        report(v, |e| e.pi, "pi", node)?;
    }
    Ok(none())
}

/// `StartDoctypeDeclHandler(name, sysid, pubid, has_internal_subset)`
/// calls the target's `doctype(name, pubid, sysid)`.
fn on_doctype(v: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    let arg = |i: usize| pos.get(i).cloned().unwrap_or_else(none);
    if let Some(doctype) = target_method(v, "doctype")? {
        protocol::call(&doctype, &[arg(0), arg(2), arg(1)], None)?;
    }
    Ok(none())
}

fn on_start_ns(v: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    let prefix = pos
        .first()
        .cloned()
        .filter(|p| !is_none(p))
        .unwrap_or_else(|| PyStr::new(""));
    let uri = pos
        .get(1)
        .cloned()
        .filter(|u| !is_none(u))
        .unwrap_or_else(|| PyStr::new(""));
    if let Some(start_ns) = target_method(v, "start_ns")? {
        protocol::call(&start_ns, &[prefix.clone(), uri.clone()], None)?;
    }
    report(v, |e| e.start_ns, "start-ns", Tuple::new(vec![prefix, uri]))?;
    Ok(none())
}

fn on_end_ns(v: &Value, args: Args) -> PyResult {
    let prefix = args
        .positional()
        .first()
        .cloned()
        .filter(|p| !is_none(p))
        .unwrap_or_else(|| PyStr::new(""));
    if let Some(end_ns) = target_method(v, "end_ns")? {
        protocol::call1(&end_ns, prefix)?;
    }
    report(v, |e| e.end_ns, "end-ns", none())?;
    Ok(none())
}

/// `expat_default_handler`: an entity expat could not expand is looked up
/// in `entity` and handed to the target as data.
fn on_default(v: &Value, args: Args) -> PyResult {
    let Some(text) = args
        .positional()
        .first()
        .and_then(|t| t.downcast::<PyStr>())
        .map(PyStr::to_string_lossy)
    else {
        return Ok(none());
    };
    if text.len() < 2 || !text.starts_with('&') {
        return Ok(none());
    }
    let (entity, expat) = state(v, |s| (s.entity.clone(), s.expat.clone()))?;
    let key = PyStr::new(&text[1..text.len() - 1]);
    let found = entity
        .downcast::<Dict>()
        .expect("dict")
        .get_item_opt(&key)?;
    match found {
        Some(value) => {
            if let Some(data) = target_method(v, "data")? {
                protocol::call1(&data, value)?;
            }
            Ok(none())
        }
        None => {
            let line = protocol::getattr_str(&expat, "ErrorLineNumber")?;
            let col = protocol::getattr_str(&expat, "ErrorColumnNumber")?;
            let msg = format!(
                "undefined entity {text}: line {}, column {}",
                protocol::repr_string(&line)?,
                protocol::repr_string(&col)?
            );
            Err(super::parse_error_at(&msg, from_usize(11), line, col))
        }
    }
}

/// Runs `Parse(data, final)`, turning expat's errors into `ParseError`s.
/// Once the document is finished or failed, expat calls no handler again,
/// so they are dropped: they hold this parser, and with it the tree, in a
/// reference cycle.
fn parse(v: &Value, data: Value, final_: bool) -> PyResult {
    let expat = state(v, |s| s.expat.clone())?;
    let flag = ouro_objects::bool::py_bool(final_);
    let result = protocol::call_method(&expat, "Parse", &[data, flag]);
    if final_ || result.is_err() {
        for def in &HANDLERS {
            protocol::setattr(&expat, &PyStr::new(def.name), Some(&none()))?;
        }
    }
    match result {
        Ok(r) => Ok(r),
        Err(e) => Err(expat_error(e)?),
    }
}

/// `ParseError(str(err))` with `code` and `position` for an `ExpatError`;
/// anything else raised while parsing passes through.
fn expat_error(e: PyErr) -> PyResult<PyErr> {
    let pyexpat = import_module("pyexpat")?;
    let expat_error = protocol::getattr_str(&pyexpat, "ExpatError")?;
    let exc = e.value().clone();
    if !protocol::is_true(&ouro_eval::builtins::isinstance(&exc, &expat_error)?)? {
        return Ok(e);
    }
    let msg = protocol::str_string(&exc)?;
    let code = protocol::getattr_str(&exc, "code")?;
    let line = protocol::getattr_str(&exc, "lineno")?;
    let col = protocol::getattr_str(&exc, "offset")?;
    Ok(super::parse_error_at(&msg, code, line, col))
}

fn feed(v: &Value, args: Args) -> PyResult {
    let data = args.one("feed")?;
    parse(v, data.clone(), false)?;
    Ok(none())
}

/// `close()`: ends the document and returns what the target's `close`
/// returns (the root for a `TreeBuilder`), or `None` without one.
fn close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    parse(v, PyStr::new(""), true)?;
    match target_method(v, "close")? {
        Some(close) => protocol::call0(&close),
        None => Ok(none()),
    }
}

fn flush(v: &Value, args: Args) -> PyResult {
    args.none("flush")?;
    let expat = state(v, |s| s.expat.clone())?;
    let was = protocol::call_method(&expat, "GetReparseDeferralEnabled", &[])?;
    protocol::call_method(
        &expat,
        "SetReparseDeferralEnabled",
        &[ouro_objects::bool::py_bool(false)],
    )?;
    let result = parse(v, PyStr::new(""), false);
    protocol::call_method(&expat, "SetReparseDeferralEnabled", &[was])?;
    result.map(|_| none())
}

/// `_parse_whole(file)`: feeds `file.read(65536)` until it returns an
/// empty or non-str/bytes value, then closes.
fn parse_whole(v: &Value, args: Args) -> PyResult {
    let file = args.one("_parse_whole")?;
    let read = protocol::getattr_str(file, "read")?;
    loop {
        let chunk = protocol::call1(&read, from_usize(64 * 1024))?;
        let more = match (
            chunk.downcast::<PyStr>(),
            chunk.downcast::<ouro_objects::bytes::Bytes>(),
        ) {
            (Some(s), _) => !s.is_empty(),
            (None, Some(b)) => !b.0.is_empty(),
            _ => false,
        };
        if !more {
            break;
        }
        parse(v, chunk, false)?;
    }
    close(v, Args::new(&[], None))
}

fn setevents(v: &Value, args: Args) -> PyResult {
    args.no_keywords("_setevents")?;
    let pos = args.positional();
    let (Some(queue), events) = (pos.first(), pos.get(1)) else {
        return Err(type_error(format!(
            "_setevents expected at least 1 argument, got {}",
            pos.len()
        )));
    };
    let target = state(v, |s| s.target.clone())?;
    if !std::ptr::eq(target.type_obj(), &TREE_BUILDER_TYPE) {
        return Err(type_error(
            "event handling only supported for ElementTree.TreeBuilder targets",
        ));
    }
    let mut wanted = Events {
        append: Some(protocol::getattr_str(queue, "append")?),
        ..Events::default()
    };
    let names = match events.filter(|e| !is_none(e)) {
        Some(e) => protocol::collect(&protocol::iter(e)?)?,
        None => vec![PyStr::new("end")],
    };
    for name in names {
        let text = name
            .downcast::<PyStr>()
            .map(PyStr::to_string_lossy)
            .unwrap_or_default();
        match text.as_str() {
            "start" => wanted.start = true,
            "end" => wanted.end = true,
            "start-ns" => wanted.start_ns = true,
            "end-ns" => wanted.end_ns = true,
            "comment" => wanted.comment = true,
            "pi" => wanted.pi = true,
            _ => {
                return Err(value_error(format!(
                    "unknown event '{}'",
                    protocol::str_string(&name)?
                )));
            }
        }
    }
    let parser = v.downcast::<XmlParser>().expect("XMLParser");
    if let Some(s) = parser.state.borrow_mut().as_mut() {
        s.events = wanted;
    }
    Ok(none())
}

/// A member of a parser, `None` before `__init__` has run (as CPython's
/// `T_OBJECT` members read a NULL slot).
fn member(v: &Value, get: impl FnOnce(&State) -> Value) -> PyResult {
    let parser = v.downcast::<XmlParser>().expect("XMLParser");
    Ok(parser.state.borrow().as_ref().map_or_else(none, get))
}

fn target_get(v: &Value) -> PyResult {
    member(v, |s| s.target.clone())
}

fn entity_get(v: &Value) -> PyResult {
    member(v, |s| s.entity.clone())
}

fn version_get(_v: &Value) -> PyResult {
    let pyexpat = import_module("pyexpat")?;
    let info = protocol::getattr_str(&pyexpat, "version_info")?;
    let parts = protocol::collect(&protocol::iter(&info)?)?;
    let texts = parts
        .iter()
        .map(protocol::str_string)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyStr::new(&format!("Expat {}", texts.join("."))))
}

builtin_type!(pub static XML_PARSER_TYPE: XmlParser = TypeSpec {
    name: "xml.etree.ElementTree.XMLParser",
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(xmlparser_new), init: Some(xmlparser_init), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("feed", feed, "feed($self, data, /)\n--\n\n"),
        MethodDef::new("close", close, "close($self, /)\n--\n\n"),
        MethodDef::new("flush", flush, "flush($self, /)\n--\n\n"),
        MethodDef::new("_parse_whole", parse_whole, "_parse_whole($self, file, /)\n--\n\n"),
        MethodDef::new("_setevents", setevents, "_setevents($self, events_queue, events_to_report=None, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("target", target_get, None),
        GetSetDef::member("entity", entity_get, None),
        GetSetDef::getter("version", version_get),
    ],
    ..TypeSpec::DEFAULT
});
