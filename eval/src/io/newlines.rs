//! Universal newlines: `IncrementalNewlineDecoder` and the line-ending search `StringIO` and `TextIOWrapper` share; mirrors the newline decoder and `_PyIO_find_line_ending` in Modules/_io/textio.c.

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::bytes;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, int, protocol};

const LF: u32 = '\n' as u32;
const CR: u32 = '\r' as u32;
const SEEN_LF: u8 = 1;
const SEEN_CR: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// A pending `\r` (it may start a `\r\n`) and which line endings were seen.
#[derive(Clone, Copy, Default)]
pub struct NewlineState {
    pub pendingcr: bool,
    seen: u8,
}

impl NewlineState {
    /// Records the endings in newly decoded `text`, holds back a final `\r`
    /// unless `last`, and (with `translate`) turns `\r\n` and `\r` into `\n`.
    pub fn process(&mut self, mut text: Vec<u32>, translate: bool, last: bool) -> Vec<u32> {
        if self.pendingcr && (!text.is_empty() || last) {
            text.insert(0, CR);
            self.pendingcr = false;
        }
        if !last && text.last() == Some(&CR) {
            text.pop();
            self.pendingcr = true;
        }
        let mut out = Vec::with_capacity(text.len());
        let mut i = 0;
        while i < text.len() {
            let c = text[i];
            if c == CR && text.get(i + 1) == Some(&LF) {
                self.seen |= SEEN_CRLF;
                if translate {
                    out.push(LF);
                } else {
                    out.extend([CR, LF]);
                }
                i += 2;
                continue;
            }
            if c == CR {
                self.seen |= SEEN_CR;
                out.push(if translate { LF } else { CR });
            } else {
                if c == LF {
                    self.seen |= SEEN_LF;
                }
                out.push(c);
            }
            i += 1;
        }
        out
    }

    pub fn reset(&mut self) {
        *self = NewlineState::default();
    }

    /// The `newlines` attribute: `None`, one ending, or a tuple of those seen.
    pub fn newlines(&self) -> Value {
        let mut seen = Vec::new();
        for (flag, text) in [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")] {
            if self.seen & flag != 0 {
                seen.push(PyStr::new(text));
            }
        }
        match seen.len() {
            0 => none(),
            1 => seen.pop().expect("one"),
            _ => Tuple::new(seen),
        }
    }
}

/// How lines end when reading: after translation only `\n`; universal
/// `\n`, `\r` or `\r\n`; or one given ending.
pub enum LineEnding {
    Translated,
    Universal,
    Exact(Vec<u32>),
}

impl LineEnding {
    /// The index just past the first line ending in `text`, if any.
    pub fn find(&self, text: &[u32]) -> Option<usize> {
        match self {
            LineEnding::Translated => text.iter().position(|&c| c == LF).map(|i| i + 1),
            LineEnding::Universal => {
                let i = text.iter().position(|&c| c == LF || c == CR)?;
                Some(if text[i] == CR && text.get(i + 1) == Some(&LF) {
                    i + 2
                } else {
                    i + 1
                })
            }
            LineEnding::Exact(nl) => text
                .windows(nl.len())
                .position(|w| w == nl.as_slice())
                .map(|i| i + nl.len()),
        }
    }
}

/// Whether `newline` is one of the values `newline=` accepts.
pub fn valid_newline(newline: &str) -> bool {
    matches!(newline, "" | "\n" | "\r" | "\r\n")
}

pub struct NewlineDecoder {
    decoder: RefCell<Option<Value>>,
    translate: std::cell::Cell<bool>,
    state: RefCell<NewlineState>,
}

fn this(v: &Value) -> &NewlineDecoder {
    v.downcast::<NewlineDecoder>()
        .expect("IncrementalNewlineDecoder method")
}

fn decoder_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        NewlineDecoder {
            decoder: RefCell::new(None),
            translate: std::cell::Cell::new(false),
            state: RefCell::new(NewlineState::default()),
        },
    ))
}

fn decoder_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [decoder, translate, _errors] = Args::new(args, kwnames).parse(
        "IncrementalNewlineDecoder",
        ["decoder", "translate", "errors"],
        0,
        2,
        3,
    )?;
    let d = this(v);
    *d.decoder.borrow_mut() = decoder.filter(|x| !is_none(x));
    d.translate
        .set(protocol::is_true(&translate.expect("required"))?);
    d.state.borrow_mut().reset();
    Ok(())
}

fn decoder_decode(v: &Value, args: Args) -> PyResult {
    let [input, last] = args.parse("decode", ["input", "final"], 0, 1, 2)?;
    let input = input.expect("required");
    let last = match last {
        Some(f) => protocol::is_true(&f)?,
        None => false,
    };
    let d = this(v);
    let inner = d.decoder.borrow().clone();
    let output = match inner {
        Some(inner) => protocol::call(
            &protocol::getattr_str(&inner, "decode")?,
            &[input, ouro_objects::bool::py_bool(last)],
            None,
        )?,
        None => input,
    };
    let Some(text) = output.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "decoder should return a string result, not '{}'",
            protocol::type_name(&output)
        )));
    };
    let out = d
        .state
        .borrow_mut()
        .process(text.code_points(), d.translate.get(), last);
    Ok(PyStr::from_cps(&out))
}

fn decoder_getstate(v: &Value, args: Args) -> PyResult {
    args.none("getstate")?;
    let d = this(v);
    let pendingcr = i64::from(d.state.borrow().pendingcr);
    let inner = d.decoder.borrow().clone();
    let (buffer, flag) = match inner {
        Some(inner) => {
            let state = protocol::call_method(&inner, "getstate", &[])?;
            let parts = protocol::collect(&state)?;
            if parts.len() != 2 {
                return Err(type_error("illegal decoder state"));
            }
            let flag = int::to_i64(&protocol::index(&parts[1])?).unwrap_or(0);
            (parts[0].clone(), flag << 1)
        }
        None => (bytes::new(Vec::new()), 0),
    };
    Ok(Tuple::new(vec![buffer, int::from_i64(flag | pendingcr)]))
}

fn decoder_setstate(v: &Value, args: Args) -> PyResult {
    let state = args.one("setstate")?;
    let parts = protocol::collect(state)?;
    if parts.len() != 2 {
        return Err(type_error("state argument must be a tuple"));
    }
    let flag = int::to_i64(&protocol::index(&parts[1])?).unwrap_or(0);
    let d = this(v);
    d.state.borrow_mut().pendingcr = flag & 1 != 0;
    let inner = d.decoder.borrow().clone();
    if let Some(inner) = inner {
        protocol::call_method(
            &inner,
            "setstate",
            &[Tuple::new(vec![parts[0].clone(), int::from_i64(flag >> 1)])],
        )?;
    }
    Ok(none())
}

fn decoder_reset(v: &Value, args: Args) -> PyResult {
    args.none("reset")?;
    let d = this(v);
    d.state.borrow_mut().reset();
    let inner = d.decoder.borrow().clone();
    if let Some(inner) = inner {
        protocol::call_method(&inner, "reset", &[])?;
    }
    Ok(none())
}

builtin_type!(pub static NEWLINE_DECODER_TYPE: NewlineDecoder = TypeSpec {
    name: "_io.IncrementalNewlineDecoder",
    doc: Some("IncrementalNewlineDecoder(decoder, translate, errors='strict')\n--\n\nCodec used when reading a file in universal newlines mode."),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(decoder_new),
        init: Some(decoder_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("decode", decoder_decode, "decode($self, /, input, final=False)\n--\n\n"),
        MethodDef::new("getstate", decoder_getstate, "getstate($self, /)\n--\n\n"),
        MethodDef::new("setstate", decoder_setstate, "setstate($self, state, /)\n--\n\n"),
        MethodDef::new("reset", decoder_reset, "reset($self, /)\n--\n\n"),
    ],
    getsets: &[GetSetDef::getter("newlines", |v| Ok(this(v).state.borrow().newlines()))],
    ..TypeSpec::DEFAULT
});
