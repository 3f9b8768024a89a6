//! `pyexpat.xmlparser`: handler attributes, `Parse`/`ParseFile`, character-data buffering, interning, ordered
//! attributes and the error/position attributes, dispatching the engine's events to Python as
//! Modules/pyexpat.c's handler trampolines do.

use std::cell::{Cell, RefCell};

use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, bytes, int, protocol};

use super::dtd::{Decl, Model};
use super::engine::{Engine, Ev, Event, Flags, Pos, Step, XmlError};
use super::expat_error;
use super::tokens::{E_EXTERNAL_ENTITY_HANDLING, E_NOT_STANDALONE};

/// The handler attributes, in pyexpat's `handler_info` order.
pub const HANDLERS: [&str; 22] = [
    "StartElementHandler",
    "EndElementHandler",
    "ProcessingInstructionHandler",
    "CharacterDataHandler",
    "UnparsedEntityDeclHandler",
    "NotationDeclHandler",
    "StartNamespaceDeclHandler",
    "EndNamespaceDeclHandler",
    "CommentHandler",
    "StartCdataSectionHandler",
    "EndCdataSectionHandler",
    "DefaultHandler",
    "DefaultHandlerExpand",
    "NotStandaloneHandler",
    "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler",
    "EndDoctypeDeclHandler",
    "EntityDeclHandler",
    "XmlDeclHandler",
    "ElementDeclHandler",
    "AttlistDeclHandler",
    "SkippedEntityHandler",
];

const START_ELEMENT: usize = 0;
const END_ELEMENT: usize = 1;
const PI: usize = 2;
const CHARACTER_DATA: usize = 3;
const UNPARSED_ENTITY_DECL: usize = 4;
const NOTATION_DECL: usize = 5;
const START_NS: usize = 6;
const END_NS: usize = 7;
const COMMENT: usize = 8;
const START_CDATA: usize = 9;
const END_CDATA: usize = 10;
const DEFAULT: usize = 11;
const DEFAULT_EXPAND: usize = 12;
const NOT_STANDALONE: usize = 13;
const EXTERNAL_ENTITY_REF: usize = 14;
const START_DOCTYPE: usize = 15;
const END_DOCTYPE: usize = 16;
const ENTITY_DECL: usize = 17;
const XML_DECL: usize = 18;
const ELEMENT_DECL: usize = 19;
const ATTLIST_DECL: usize = 20;
const SKIPPED_ENTITY: usize = 21;

/// pyexpat's `BUF_SIZE`: how much `ParseFile` reads at a time.
const READ_SIZE: i64 = 2048;

pub struct XmlParser {
    engine: RefCell<Engine>,
    handlers: RefCell<Vec<Value>>,
    /// Which of DefaultHandler/DefaultHandlerExpand was set last (expat keeps one default handler).
    default_slot: Cell<usize>,
    buffer_text: Cell<bool>,
    buffer_size: Cell<usize>,
    buffer: RefCell<String>,
    ordered_attributes: Cell<bool>,
    specified_attributes: Cell<bool>,
    intern: RefCell<Value>,
    /// The position of the event being delivered; `None` between events.
    event: RefCell<Option<(Pos, String)>>,
    base: RefCell<Value>,
    reparse_deferral: Cell<bool>,
    standalone: Cell<i32>,
}

fn this(v: &Value) -> &XmlParser {
    v.downcast::<XmlParser>().expect("xmlparser")
}

pub fn new_parser(engine: Engine, intern: Value) -> Value {
    alloc_typed(
        &TypeRef::from_static(&XMLPARSER_TYPE),
        XmlParser {
            engine: RefCell::new(engine),
            handlers: RefCell::new(vec![none(); HANDLERS.len()]),
            default_slot: Cell::new(DEFAULT_EXPAND),
            buffer_text: Cell::new(false),
            buffer_size: Cell::new(8192),
            buffer: RefCell::new(String::new()),
            ordered_attributes: Cell::new(false),
            specified_attributes: Cell::new(false),
            intern: RefCell::new(intern),
            event: RefCell::new(None),
            base: RefCell::new(none()),
            reparse_deferral: Cell::new(true),
            standalone: Cell::new(-1),
        },
    )
}

impl XmlParser {
    fn handler(&self, i: usize) -> Option<Value> {
        let h = self.handlers.borrow()[i].clone();
        (!is_none(&h)).then_some(h)
    }

    fn default_handler(&self) -> Option<Value> {
        self.handler(self.default_slot.get())
    }

    fn name(&self, s: &str) -> PyResult {
        let v = PyStr::new(s);
        let intern = self.intern.borrow().clone();
        let Some(d) = intern.downcast::<Dict>() else {
            return Ok(v);
        };
        if let Some(existing) = d.get_item_opt(&v)? {
            return Ok(existing);
        }
        d.set_item(v.clone(), v.clone())?;
        Ok(v)
    }

    fn flush(&self) -> PyResult<()> {
        let text = std::mem::take(&mut *self.buffer.borrow_mut());
        if text.is_empty() {
            return Ok(());
        }
        match self.handler(CHARACTER_DATA) {
            Some(h) => protocol::call1(&h, PyStr::new(&text)).map(drop),
            None => Ok(()),
        }
    }

    fn call(&self, i: usize, args: Vec<Value>) -> PyResult<Option<Value>> {
        let Some(h) = self.handler(i) else {
            return Ok(None);
        };
        self.flush()?;
        protocol::call(&h, &args, None).map(Some)
    }

    fn report_default(&self, raw: Option<&str>) -> PyResult<()> {
        let Some(raw) = raw.filter(|r| !r.is_empty()) else {
            return Ok(());
        };
        if let Some(h) = self.default_handler() {
            self.flush()?;
            protocol::call1(&h, PyStr::new(raw))?;
        }
        Ok(())
    }

    fn characters(&self, text: &str, raw: Option<&str>) -> PyResult<()> {
        let Some(h) = self.handler(CHARACTER_DATA) else {
            return self.report_default(raw);
        };
        if !self.buffer_text.get() {
            return protocol::call1(&h, PyStr::new(text)).map(drop);
        }
        let size = self.buffer_size.get();
        if self.buffer.borrow().len() + text.len() > size {
            self.flush()?;
        }
        if text.len() > size {
            return protocol::call1(&h, PyStr::new(text)).map(drop);
        }
        self.buffer.borrow_mut().push_str(text);
        Ok(())
    }

    /// Delivers one event; an error code for handlers whose result makes expat fail.
    fn dispatch(&self, e: Event) -> PyResult<Option<u32>> {
        let raw = e.raw.as_deref();
        let opt = |s: Option<String>| s.map_or_else(none, |s| PyStr::new(&s));
        let base = self.base.borrow().clone();
        let delivered = match e.ev {
            Ev::Chars(t) => {
                self.characters(&t, raw)?;
                return Ok(None);
            }
            Ev::Start { name, attrs } => {
                if self.handler(START_ELEMENT).is_none() {
                    None
                } else {
                    let name = self.name(&name)?;
                    let attrs = if self.ordered_attributes.get() {
                        let mut items = Vec::new();
                        for (k, v) in attrs {
                            items.push(self.name(&k)?);
                            items.push(PyStr::new(&v));
                        }
                        List::from_vec(items)
                    } else {
                        let d = Dict::new_value();
                        if let Some(dict) = d.downcast::<Dict>() {
                            for (k, v) in attrs {
                                dict.set_item(self.name(&k)?, PyStr::new(&v))?;
                            }
                        }
                        d
                    };
                    self.call(START_ELEMENT, vec![name, attrs])?
                }
            }
            Ev::End(name) => {
                if self.handler(END_ELEMENT).is_none() {
                    None
                } else {
                    let name = self.name(&name)?;
                    self.call(END_ELEMENT, vec![name])?
                }
            }
            Ev::StartNs(prefix, uri) => self.call(START_NS, vec![opt(prefix), opt(uri)])?,
            Ev::EndNs(prefix) => self.call(END_NS, vec![opt(prefix)])?,
            Ev::Pi(target, data) => self.call(PI, vec![PyStr::new(&target), PyStr::new(&data)])?,
            Ev::Comment(t) => self.call(COMMENT, vec![PyStr::new(&t)])?,
            Ev::StartCdata => self.call(START_CDATA, vec![])?,
            Ev::EndCdata => self.call(END_CDATA, vec![])?,
            Ev::XmlDecl {
                version,
                encoding,
                standalone,
            } => {
                self.standalone.set(standalone);
                self.call(
                    XML_DECL,
                    vec![
                        opt(version),
                        opt(encoding),
                        int::from_i64(standalone.into()),
                    ],
                )?
            }
            Ev::Default(t) => {
                self.report_default(Some(&t))?;
                return Ok(None);
            }
            Ev::Skipped(name) => {
                self.call(SKIPPED_ENTITY, vec![PyStr::new(&name), int::from_i64(0)])?
            }
            Ev::ExternalRef {
                context,
                system_id,
                public_id,
            } => {
                match self.call(
                    EXTERNAL_ENTITY_REF,
                    vec![PyStr::new(&context), base, opt(system_id), opt(public_id)],
                )? {
                    Some(r) => {
                        let ok = !is_none(&r) && protocol::is_true(&r)?;
                        return Ok((!ok).then_some(E_EXTERNAL_ENTITY_HANDLING));
                    }
                    None => None,
                }
            }
            Ev::Decl(d) => return self.declaration(d, raw, base),
        };
        if delivered.is_none() {
            self.report_default(raw)?;
        }
        Ok(None)
    }

    fn declaration(&self, d: Decl, raw: Option<&str>, base: Value) -> PyResult<Option<u32>> {
        let opt = |s: Option<String>| s.map_or_else(none, |s| PyStr::new(&s));
        let delivered = match d {
            Decl::Piece(t) => {
                if self.handler(START_DOCTYPE).is_none() {
                    self.report_default(Some(&t))?;
                }
                return Ok(None);
            }
            Decl::Space(t) => {
                self.report_default(Some(&t))?;
                return Ok(None);
            }
            Decl::StartDoctype {
                name,
                system_id,
                public_id,
                internal,
            } => {
                let has_external = system_id.is_some();
                let r = self.call(
                    START_DOCTYPE,
                    vec![
                        PyStr::new(&name),
                        opt(system_id),
                        opt(public_id),
                        int::from_i64(internal.into()),
                    ],
                )?;
                if has_external
                    && self.standalone.get() != 1
                    && let Some(result) = self.call(NOT_STANDALONE, vec![])?
                    && !protocol::is_true(&result)?
                {
                    return Ok(Some(E_NOT_STANDALONE));
                }
                r
            }
            Decl::EndDoctype => self.call(END_DOCTYPE, vec![])?,
            Decl::Entity {
                name,
                is_param,
                value,
                system_id,
                public_id,
                notation,
                ..
            } => {
                if notation.is_some() && self.handler(UNPARSED_ENTITY_DECL).is_some() {
                    self.call(
                        UNPARSED_ENTITY_DECL,
                        vec![
                            PyStr::new(&name),
                            base,
                            opt(system_id),
                            opt(public_id),
                            opt(notation),
                        ],
                    )?
                } else {
                    self.call(
                        ENTITY_DECL,
                        vec![
                            PyStr::new(&name),
                            int::from_i64(is_param.into()),
                            opt(value),
                            base,
                            opt(system_id),
                            opt(public_id),
                            opt(notation),
                        ],
                    )?
                }
            }
            Decl::Notation {
                name,
                system_id,
                public_id,
                ..
            } => self.call(
                NOTATION_DECL,
                vec![PyStr::new(&name), base, opt(system_id), opt(public_id)],
            )?,
            Decl::Element { name, model, .. } => {
                if self.handler(ELEMENT_DECL).is_none() {
                    None
                } else {
                    let name = self.name(&name)?;
                    self.call(ELEMENT_DECL, vec![name, model_value(&model)])?
                }
            }
            Decl::Attlist {
                element,
                attr,
                kind,
                default,
                required,
            } => self.call(
                ATTLIST_DECL,
                vec![
                    PyStr::new(&element),
                    PyStr::new(&attr),
                    PyStr::new(&kind),
                    opt(default),
                    int::from_i64(required.into()),
                ],
            )?,
            Decl::Comment(t) => self.call(COMMENT, vec![PyStr::new(&t)])?,
            Decl::Pi(target, data) => {
                self.call(PI, vec![PyStr::new(&target), PyStr::new(&data)])?
            }
        };
        if delivered.is_none() {
            self.report_default(raw)?;
        }
        Ok(None)
    }
}

fn model_value(m: &Model) -> Value {
    let children = Tuple::new(m.children.iter().map(model_value).collect());
    let name = m.name.as_ref().map_or_else(none, |n| PyStr::new(n));
    Tuple::new(vec![
        int::from_i64(m.kind.into()),
        int::from_i64(m.quant.into()),
        name,
        children,
    ])
}

fn flags_of(p: &XmlParser) -> Flags {
    Flags {
        expand_internal: p.default_slot.get() == DEFAULT_EXPAND || p.handler(DEFAULT).is_none(),
        specified_only: p.specified_attributes.get(),
    }
}

ouro_objects::gil_shared! {
    /// Why the last `codec_table` call gave no table, when that is an error of its own.
    static CODEC_ERROR: RefCell<Option<PyErr>> = const { RefCell::new(None) };
}

/// A table for a single-byte encoding Python's codecs know, like pyexpat's `PyUnknownEncodingHandler`
/// (which refuses multi-byte codecs with ValueError).
fn codec_table(name: &str) -> Option<Box<[char; 256]>> {
    let all = bytes::new((0..=255u8).collect());
    let decoded =
        match protocol::call_method(&all, "decode", &[PyStr::new(name), PyStr::new("replace")]) {
            Ok(d) => d,
            Err(e) => {
                CODEC_ERROR.with(|c| *c.borrow_mut() = Some(e));
                return None;
            }
        };
    let s = decoded.downcast::<PyStr>()?;
    if s.len() != 256 {
        let e = value_error("multi-byte encodings are not supported");
        CODEC_ERROR.with(|c| *c.borrow_mut() = Some(e));
        return None;
    }
    let mut table = Box::new(['\u{FFFF}'; 256]);
    for (slot, cp) in table.iter_mut().zip(s.chars()) {
        *slot = char::from_u32(cp)
            .filter(|&c| c != '\u{FFFD}')
            .unwrap_or('\u{FFFF}');
    }
    Some(table)
}

/// Feeds `data` and runs the parser as far as the input allows.
fn parse(v: &Value, data: &[u8], last: bool) -> PyResult {
    let p = this(v);
    let fed = p.engine.borrow_mut().feed(data, last, &codec_table);
    if let Err(e) = fed {
        if let Some(err) = CODEC_ERROR.with(|c| c.borrow_mut().take()) {
            return Err(err);
        }
        return Err(expat_error(e));
    }
    loop {
        let step = p.engine.borrow_mut().step(flags_of(p));
        match step {
            Ok(Step::Events(events)) => {
                for e in events {
                    *p.event.borrow_mut() = Some((e.pos, e.raw.clone().unwrap_or_default()));
                    let pos = e.pos;
                    let result = p.dispatch(e);
                    *p.event.borrow_mut() = None;
                    match result {
                        Ok(None) => {}
                        Ok(Some(code)) => {
                            let err = p.engine.borrow_mut().fail(XmlError { code, pos });
                            return Err(expat_error(err));
                        }
                        Err(e) => {
                            p.engine.borrow_mut().fail(XmlError { code: 35, pos });
                            return Err(e);
                        }
                    }
                }
            }
            Ok(Step::NeedMore) | Ok(Step::Done) => break,
            Err(e) => {
                p.flush()?;
                return Err(expat_error(e));
            }
        }
    }
    p.flush()?;
    Ok(int::from_i64(1))
}

fn p_parse(v: &Value, args: Args) -> PyResult {
    let [data, isfinal] = args.parse("Parse", ["data", "isfinal"], 2, 1, 2)?;
    let data = data.unwrap_or_else(none);
    let last = match isfinal {
        Some(f) => protocol::is_true(&f)?,
        None => false,
    };
    let bytes = if let Some(s) = data.downcast::<PyStr>() {
        let mut engine = this(v).engine.borrow_mut();
        if !engine.started() {
            engine.forced_encoding = Some("utf-8".into());
        }
        drop(engine);
        ouro_objects::codecs::encode(s, &data, "utf-8", "surrogatepass")?
    } else {
        bytes::bytes_from_object(&data)?
    };
    parse(v, &bytes, last)
}

fn p_parse_file(v: &Value, args: Args) -> PyResult {
    let [file] = args.parse("ParseFile", ["file"], 1, 1, 1)?;
    let file = file.unwrap_or_else(none);
    let Some(read) = protocol::getattr_opt(&file, &PyStr::new("read"))? else {
        return Err(type_error("argument must have 'read' attribute"));
    };
    loop {
        let chunk = protocol::call1(&read, int::from_i64(READ_SIZE))?;
        let Some(data) =
            bytes::as_bytes_like(&chunk).filter(|_| chunk.downcast::<PyStr>().is_none())
        else {
            return Err(type_error(format!(
                "read() did not return a bytes object (type={})",
                arg_type_name(&chunk)
            )));
        };
        let last = data.is_empty();
        parse(v, &data, last)?;
        if last {
            return Ok(int::from_i64(1));
        }
    }
}

fn p_get_base(v: &Value, args: Args) -> PyResult {
    args.none("GetBase")?;
    Ok(this(v).base.borrow().clone())
}

fn p_set_base(v: &Value, args: Args) -> PyResult {
    let [base] = args.parse("SetBase", ["base"], 1, 1, 1)?;
    let base = base.unwrap_or_else(none);
    if base.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "SetBase() argument must be str, not {}",
            arg_type_name(&base)
        )));
    }
    *this(v).base.borrow_mut() = base;
    Ok(none())
}

fn p_get_input_context(v: &Value, args: Args) -> PyResult {
    args.none("GetInputContext")?;
    Ok(match this(v).event.borrow().as_ref() {
        Some((_, raw)) => bytes::new(raw.as_bytes().to_vec()),
        None => none(),
    })
}

fn p_external_entity_parser_create(v: &Value, args: Args) -> PyResult {
    let [context, encoding] = args.parse(
        "ExternalEntityParserCreate",
        ["context", "encoding"],
        2,
        1,
        2,
    )?;
    let p = this(v);
    let context = context.unwrap_or_else(none);
    if !is_none(&context) && context.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "ExternalEntityParserCreate() argument 1 must be str or None, not {}",
            arg_type_name(&context)
        )));
    }
    let encoding = match encoding.filter(|e| !is_none(e)) {
        Some(e) => match e.downcast::<PyStr>() {
            Some(s) => Some(s.to_string_lossy()),
            None => {
                return Err(type_error(format!(
                    "ExternalEntityParserCreate() argument 2 must be str, not {}",
                    arg_type_name(&e)
                )));
            }
        },
        None => None,
    };
    let engine = p.engine.borrow();
    let mut child = Engine::new(engine.ns_sep.clone(), encoding);
    child.ns_triplets = engine.ns_triplets;
    child.dtd = engine.dtd.clone();
    child.external = true;
    drop(engine);
    let new = new_parser(child, p.intern.borrow().clone());
    let c = this(&new);
    *c.handlers.borrow_mut() = p.handlers.borrow().clone();
    c.default_slot.set(p.default_slot.get());
    c.buffer_text.set(p.buffer_text.get());
    c.buffer_size.set(p.buffer_size.get());
    c.ordered_attributes.set(p.ordered_attributes.get());
    c.specified_attributes.set(p.specified_attributes.get());
    *c.base.borrow_mut() = p.base.borrow().clone();
    Ok(new)
}

fn p_set_param_entity_parsing(v: &Value, args: Args) -> PyResult {
    let [flag] = args.parse("SetParamEntityParsing", ["flag"], 1, 1, 1)?;
    int::index_as_c_int(&flag.unwrap_or_else(none))?;
    Ok(int::from_i64((!this(v).engine.borrow().started()).into()))
}

fn p_use_foreign_dtd(v: &Value, args: Args) -> PyResult {
    let [flag] = args.parse("UseForeignDTD", ["flag"], 1, 0, 1)?;
    let flag = match flag {
        Some(f) => protocol::is_true(&f)?,
        None => true,
    };
    let mut engine = this(v).engine.borrow_mut();
    if engine.started() {
        let pos = engine.current();
        drop(engine);
        return Err(expat_error(XmlError { code: 26, pos }));
    }
    engine.foreign_dtd = flag;
    Ok(none())
}

fn p_get_reparse_deferral_enabled(v: &Value, args: Args) -> PyResult {
    args.none("GetReparseDeferralEnabled")?;
    Ok(pybool::py_bool(this(v).reparse_deferral.get()))
}

fn p_set_reparse_deferral_enabled(v: &Value, args: Args) -> PyResult {
    let [enabled] = args.parse("SetReparseDeferralEnabled", ["enabled"], 1, 1, 1)?;
    this(v)
        .reparse_deferral
        .set(protocol::is_true(&enabled.unwrap_or_else(none))?);
    Ok(none())
}

/// `SetAllocTrackerActivationThreshold`/`SetAllocTrackerMaximumAmplification`: the engine allocates no
/// amplified input (entity expansion is bounded by the recursion check), so the limits are accepted as
/// settings of a root parser.
fn p_alloc_tracker(name: &str, args: Args) -> PyResult {
    let [value] = args.parse(name, ["value"], 1, 1, 1)?;
    let value = value.unwrap_or_else(none);
    if float_or_int(&value).is_none() {
        return Err(type_error(format!(
            "{name}() argument must be a number, not {}",
            arg_type_name(&value)
        )));
    }
    Ok(none())
}

fn float_or_int(v: &Value) -> Option<f64> {
    ouro_objects::float::as_f64(v).or_else(|| int::to_i64(v).map(|n| n as f64))
}

fn p_set_threshold(_v: &Value, args: Args) -> PyResult {
    p_alloc_tracker("SetAllocTrackerActivationThreshold", args)
}

fn p_set_amplification(_v: &Value, args: Args) -> PyResult {
    let [value] = args.parse(
        "SetAllocTrackerMaximumAmplification",
        ["max_factor"],
        1,
        1,
        1,
    )?;
    let value = value.unwrap_or_else(none);
    match float_or_int(&value) {
        Some(f) if f >= 1.0 => Ok(none()),
        Some(_) => Err(super::expat_error_message("invalid argument")),
        None => Err(type_error(format!(
            "must be real number, not {}",
            arg_type_name(&value)
        ))),
    }
}

fn current(v: &Value) -> Pos {
    let p = this(v);
    if let Some((pos, _)) = p.event.borrow().as_ref() {
        return *pos;
    }
    p.engine.borrow_mut().current()
}

fn get_current_line(v: &Value) -> PyResult {
    Ok(int::from_usize(current(v).line))
}

fn get_current_column(v: &Value) -> PyResult {
    Ok(int::from_usize(current(v).col))
}

fn get_current_byte(v: &Value) -> PyResult {
    if !this(v).engine.borrow().started() {
        return Ok(int::from_i64(-1));
    }
    Ok(int::from_usize(current(v).byte))
}

fn error_of(v: &Value) -> Option<XmlError> {
    this(v).engine.borrow().error().filter(|e| e.code != 35)
}

fn get_error_code(v: &Value) -> PyResult {
    Ok(int::from_i64(error_of(v).map_or(0, |e| e.code.into())))
}

fn get_error_line(v: &Value) -> PyResult {
    Ok(int::from_usize(
        error_of(v).map_or_else(|| current(v).line, |e| e.pos.line),
    ))
}

fn get_error_column(v: &Value) -> PyResult {
    Ok(int::from_usize(
        error_of(v).map_or_else(|| current(v).col, |e| e.pos.col),
    ))
}

fn get_error_byte(v: &Value) -> PyResult {
    match error_of(v) {
        Some(e) => Ok(int::from_usize(e.pos.byte)),
        None => get_current_byte(v),
    }
}

fn bool_attr(v: &Value) -> PyResult<bool> {
    protocol::is_true(v)
}

fn no_delete(value: Option<&Value>) -> PyResult<&Value> {
    value.ok_or_else(|| {
        ouro_objects::err::PyErr::new(
            &ouro_objects::exceptions::ATTRIBUTE_ERROR,
            "Cannot delete attribute",
        )
    })
}

fn get_buffer_text(v: &Value) -> PyResult {
    Ok(pybool::py_bool(this(v).buffer_text.get()))
}

fn set_buffer_text(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let on = bool_attr(no_delete(value)?)?;
    let p = this(v);
    if !on {
        p.flush()?;
    }
    p.buffer_text.set(on);
    Ok(())
}

fn get_buffer_size(v: &Value) -> PyResult {
    Ok(int::from_usize(this(v).buffer_size.get()))
}

fn set_buffer_size(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let value = no_delete(value)?;
    if !int::is_int(value) {
        return Err(type_error("buffer_size must be an integer"));
    }
    let n = int::to_i64(value)
        .ok_or_else(|| value_error("buffer_size must not be greater than 2147483647"))?;
    if n <= 0 {
        return Err(value_error("buffer_size must be greater than zero"));
    }
    if n > i64::from(i32::MAX) {
        return Err(value_error(
            "buffer_size must not be greater than 2147483647",
        ));
    }
    let p = this(v);
    p.flush()?;
    p.buffer_size.set(n as usize);
    Ok(())
}

fn get_buffer_used(v: &Value) -> PyResult {
    Ok(int::from_usize(this(v).buffer.borrow().len()))
}

fn get_ordered_attributes(v: &Value) -> PyResult {
    Ok(pybool::py_bool(this(v).ordered_attributes.get()))
}

fn set_ordered_attributes(v: &Value, value: Option<&Value>) -> PyResult<()> {
    this(v)
        .ordered_attributes
        .set(bool_attr(no_delete(value)?)?);
    Ok(())
}

fn get_specified_attributes(v: &Value) -> PyResult {
    Ok(pybool::py_bool(this(v).specified_attributes.get()))
}

fn set_specified_attributes(v: &Value, value: Option<&Value>) -> PyResult<()> {
    this(v)
        .specified_attributes
        .set(bool_attr(no_delete(value)?)?);
    Ok(())
}

fn get_namespace_prefixes(v: &Value) -> PyResult {
    Ok(pybool::py_bool(this(v).engine.borrow().ns_triplets))
}

fn set_namespace_prefixes(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let on = bool_attr(no_delete(value)?)?;
    this(v).engine.borrow_mut().ns_triplets = on;
    Ok(())
}

fn get_intern(v: &Value) -> PyResult {
    Ok(this(v).intern.borrow().clone())
}

fn get_handler(v: &Value, i: usize) -> PyResult {
    Ok(this(v).handlers.borrow()[i].clone())
}

fn set_handler(v: &Value, i: usize, value: Option<&Value>) -> PyResult<()> {
    let p = this(v);
    let value = value.cloned().unwrap_or_else(none);
    if i == CHARACTER_DATA {
        p.flush()?;
    }
    if i == DEFAULT || i == DEFAULT_EXPAND {
        p.default_slot.set(i);
    }
    let old = std::mem::replace(&mut p.handlers.borrow_mut()[i], value);
    drop(old);
    Ok(())
}

macro_rules! handler_accessors {
    ($($i:literal => $get:ident, $set:ident;)*) => {
        $(
            fn $get(v: &Value) -> PyResult { get_handler(v, $i) }
            fn $set(v: &Value, value: Option<&Value>) -> PyResult<()> { set_handler(v, $i, value) }
        )*
        static GETSETS: &[GetSetDef] = &[
            $(GetSetDef::with_setter(HANDLERS[$i], $get, $set),)*
    GetSetDef::with_setter("buffer_text", get_buffer_text, set_buffer_text),
    GetSetDef::with_setter("buffer_size", get_buffer_size, set_buffer_size),
    GetSetDef::getter("buffer_used", get_buffer_used),
    GetSetDef::with_setter("ordered_attributes", get_ordered_attributes, set_ordered_attributes),
    GetSetDef::with_setter("specified_attributes", get_specified_attributes, set_specified_attributes),
    GetSetDef::with_setter("namespace_prefixes", get_namespace_prefixes, set_namespace_prefixes),
    GetSetDef::member("intern", get_intern, None),
    GetSetDef::getter("ErrorCode", get_error_code),
    GetSetDef::getter("ErrorLineNumber", get_error_line),
    GetSetDef::getter("ErrorColumnNumber", get_error_column),
    GetSetDef::getter("ErrorByteIndex", get_error_byte),
    GetSetDef::getter("CurrentLineNumber", get_current_line),
    GetSetDef::getter("CurrentColumnNumber", get_current_column),
    GetSetDef::getter("CurrentByteIndex", get_current_byte),
        ];
    };
}

handler_accessors! {
    0 => get_h0, set_h0; 1 => get_h1, set_h1; 2 => get_h2, set_h2; 3 => get_h3, set_h3;
    4 => get_h4, set_h4; 5 => get_h5, set_h5; 6 => get_h6, set_h6; 7 => get_h7, set_h7;
    8 => get_h8, set_h8; 9 => get_h9, set_h9; 10 => get_h10, set_h10; 11 => get_h11, set_h11;
    12 => get_h12, set_h12; 13 => get_h13, set_h13; 14 => get_h14, set_h14; 15 => get_h15, set_h15;
    16 => get_h16, set_h16; 17 => get_h17, set_h17; 18 => get_h18, set_h18; 19 => get_h19, set_h19;
    20 => get_h20, set_h20; 21 => get_h21, set_h21;
}

builtin_type!(pub static XMLPARSER_TYPE: XmlParser = TypeSpec {
    name: "pyexpat.xmlparser",
    doc: Some("XML parser"),
    slots: SlotDefs::NONE,
    methods: &[
        MethodDef::new("Parse", p_parse, "Parse($self, data, isfinal=False, /)\n--\n\nParse XML data.\n\n'isfinal' should be true at end of input."),
        MethodDef::new("ParseFile", p_parse_file, "ParseFile($self, file, /)\n--\n\nParse XML data from file-like object."),
        MethodDef::new("SetBase", p_set_base, "SetBase($self, base, /)\n--\n\nSet the base URL for the parser."),
        MethodDef::new("GetBase", p_get_base, "GetBase($self, /)\n--\n\nReturn base URL string for the parser."),
        MethodDef::new("GetInputContext", p_get_input_context, "GetInputContext($self, /)\n--\n\nReturn the untranslated text of the input that caused the current event.\n\nIf the event was generated by a large amount of text (such as a start tag\nfor an element with many attributes), not all of the text may be available."),
        MethodDef::new("ExternalEntityParserCreate", p_external_entity_parser_create, "ExternalEntityParserCreate($self, context, encoding=<unrepresentable>,\n                           /)\n--\n\nCreate a parser for parsing an external entity based on the information passed to the ExternalEntityRefHandler."),
        MethodDef::new("SetParamEntityParsing", p_set_param_entity_parsing, "SetParamEntityParsing($self, flag, /)\n--\n\nControls parsing of parameter entities (including the external DTD subset).\n\nPossible flag values are XML_PARAM_ENTITY_PARSING_NEVER,\nXML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE and\nXML_PARAM_ENTITY_PARSING_ALWAYS. Returns true if setting the flag\nwas successful."),
        MethodDef::new("UseForeignDTD", p_use_foreign_dtd, "UseForeignDTD($self, flag=True, /)\n--\n\nAllows the application to provide an artificial external subset if one is not specified as part of the document instance.\n\nThis readily allows the use of a 'default' document type controlled by the\napplication, while still getting the advantage of providing document type\ninformation to the parser. 'flag' defaults to True if not provided."),
        MethodDef::new("GetReparseDeferralEnabled", p_get_reparse_deferral_enabled, "GetReparseDeferralEnabled($self, /)\n--\n\nRetrieve reparse deferral enabled status; always returns false with Expat <2.6.0."),
        MethodDef::new("SetReparseDeferralEnabled", p_set_reparse_deferral_enabled, "SetReparseDeferralEnabled($self, enabled, /)\n--\n\nEnable/Disable reparse deferral; enabled by default with Expat >=2.6.0."),
        MethodDef::new("SetAllocTrackerActivationThreshold", p_set_threshold, "SetAllocTrackerActivationThreshold($self, threshold, /)\n--\n\nSets the number of allocated bytes of dynamic memory needed to activate protection against disproportionate use of RAM.\n\nBy default, parser objects have an allocation activation threshold of 64 MiB."),
        MethodDef::new("SetAllocTrackerMaximumAmplification", p_set_amplification, "SetAllocTrackerMaximumAmplification($self, max_factor, /)\n--\n\nSets the maximum amplification factor between direct input and bytes of dynamic memory allocated.\n\nThe amplification factor is calculated as \"allocated / direct\" while parsing,\nwhere \"direct\" is the number of bytes read from the primary document in parsing\nand \"allocated\" is the number of bytes of dynamic memory allocated in the parser\nhierarchy.\n\nThe 'max_factor' value must be a non-NaN floating point value greater than\nor equal to 1.0. Amplification factors greater than 100.0 can be observed\nnear the start of parsing even with benign files in practice. In particular,\nthe activation threshold should be carefully chosen to avoid false positives.\n\nBy default, parser objects have a maximum amplification factor of 100.0."),
    ],
    getsets: GETSETS,
    ..TypeSpec::DEFAULT
});
