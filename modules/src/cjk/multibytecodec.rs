//! `_multibytecodec`: the `MultibyteCodec` objects the CJK codec modules hand out, the loops that drive a codec over a whole input and apply the error handlers, and `__create_codec`; mirrors Modules/cjkcodecs/multibytecodec.c (`multibytecodec_encode`, `_encerror`, `_decerror`), with the stateful wrappers in `stateful`.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::codecs::unicode_error;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, index_error, type_error, value_error};
use ouro_objects::exceptions::{RUNTIME_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR};
use ouro_objects::none::is_none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{TypeRef, Value, builtin_type, bytes, int, protocol};

use super::stateful;
use super::{Codec, State, Stop};

/// How a codec context treats errors (CPython keeps the three common ones
/// as markers and any other as the handler's name).
#[derive(Clone)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    /// A handler looked up by name when an error happens; the name as the
    /// str `errors` gives back.
    Named(Value),
}

impl Errors {
    /// `internal_error_callback`.
    pub fn from_name(name: Option<&str>) -> Errors {
        match name {
            None | Some("strict") => Errors::Strict,
            Some("ignore") => Errors::Ignore,
            Some("replace") => Errors::Replace,
            Some(other) => Errors::Named(PyStr::new(other)),
        }
    }

    /// The `errors` attribute.
    pub fn to_value(&self) -> Value {
        match self {
            Errors::Strict => PyStr::new("strict"),
            Errors::Ignore => PyStr::new("ignore"),
            Errors::Replace => PyStr::new("replace"),
            Errors::Named(v) => v.clone(),
        }
    }

    fn handler(&self) -> PyResult {
        let name = match self {
            Errors::Named(v) => v
                .downcast::<PyStr>()
                .map(PyStr::to_string_lossy)
                .unwrap_or_default(),
            _ => String::new(),
        };
        crate::codecs_module::lookup_error_handler(&name)
    }
}

/// An `errors` argument that may be `None` (clinic's `str(accept={str, NoneType})`).
pub fn optional_errors(fname: &str, v: Option<&Value>) -> PyResult<Errors> {
    match v {
        None => Ok(Errors::Strict),
        Some(v) if is_none(v) => Ok(Errors::Strict),
        Some(v) => match v.downcast::<PyStr>() {
            Some(s) => Ok(Errors::from_name(Some(&s.to_string_lossy()))),
            None => Err(type_error(format!(
                "{fname}() argument 'errors' must be str or None, not {}",
                arg_type_name(v)
            ))),
        },
    }
}

/// A codec over one input: the text being encoded (`object` is the str
/// errors report) and where it has got to.
pub struct EncodeRun<'a> {
    pub codec: &'static Codec,
    pub text: &'a [u32],
    pub object: &'a Value,
    pub pos: usize,
    pub out: Vec<u8>,
}

/// The first element of a handler's result, checked for its kind.
fn handler_result(result: &Value, encoding: bool) -> PyResult<(Value, i64)> {
    let message = if encoding {
        "encoding error handler must return (str, int) tuple"
    } else {
        "decoding error handler must return (str, int) tuple"
    };
    let items = match result.downcast::<Tuple>() {
        Some(t) if t.len() == 2 => t.to_vec(),
        _ => return Err(type_error(message)),
    };
    let text_ok = items[0].downcast::<PyStr>().is_some()
        || encoding && items[0].downcast::<ouro_objects::bytes::Bytes>().is_some();
    if !text_ok || !int::is_int(&items[1]) {
        return Err(type_error(message));
    }
    // An index too large for a C ssize_t fails there and reads as -1.
    Ok((items[0].clone(), int::to_i64(&items[1]).unwrap_or(-1)))
}

/// The position a handler asked for, from the end if negative.
fn new_position(pos: i64, len: usize) -> PyResult<usize> {
    let adjusted = if pos < 0 { pos + len as i64 } else { pos };
    if adjusted < 0 || adjusted > len as i64 {
        return Err(index_error(format!(
            "position {adjusted} from error handler out of bounds"
        )));
    }
    Ok(adjusted as usize)
}

fn internal_error() -> PyErr {
    PyErr::new(&RUNTIME_ERROR, "internal codec error")
}

impl EncodeRun<'_> {
    /// `multibytecodec_encerror`: handles `stop` at `self.pos`.
    fn error(&mut self, state: &mut State, errors: &Errors, stop: Stop) -> PyResult<()> {
        let (reason, size) = match stop {
            Stop::Illegal(n) => ("illegal multibyte sequence", n),
            Stop::TooFew => ("incomplete multibyte sequence", self.pos),
            Stop::Internal => return Err(internal_error()),
        };
        match errors {
            Errors::Ignore | Errors::Replace => {
                if let Errors::Replace = errors {
                    let mut at = 0;
                    let before = self.out.len();
                    if (self.codec.encode)(
                        self.codec,
                        state,
                        &[u32::from(b'?')],
                        &mut at,
                        &mut self.out,
                        false,
                    )
                    .is_err()
                    {
                        self.out.truncate(before);
                        self.out.push(b'?');
                    }
                }
                self.pos += size;
                return Ok(());
            }
            _ => {}
        }
        let (start, end) = (self.pos, self.pos + size);
        let exc = unicode_error(
            &UNICODE_ENCODE_ERROR,
            self.codec.name,
            self.object.clone(),
            start,
            end,
            reason,
        );
        if let Errors::Strict = errors {
            return Err(exc);
        }
        let result = protocol::call1(&errors.handler()?, exc.into_value())?;
        let (replacement, pos) = handler_result(&result, true)?;
        if let Some(text) = replacement.downcast::<PyStr>() {
            let cps = text.code_points();
            let mut inner = EncodeRun {
                codec: self.codec,
                text: &cps,
                object: &replacement,
                pos: 0,
                out: Vec::new(),
            };
            inner.run(state, &Errors::Strict, true, false)?;
            self.out.extend(inner.out);
        } else if let Some(data) = bytes::as_bytes_like(&replacement) {
            self.out.extend(data);
        }
        self.pos = new_position(pos, self.text.len())?;
        Ok(())
    }

    /// `multibytecodec_encode`: encodes from `self.pos`; without `flush` a
    /// sequence the codec needs more text for is left at `self.pos`;
    /// `reset` returns the codec to its initial state at the end.
    pub fn run(
        &mut self,
        state: &mut State,
        errors: &Errors,
        flush: bool,
        reset: bool,
    ) -> PyResult<()> {
        if self.text.is_empty() && !reset {
            return Ok(());
        }
        while self.pos < self.text.len() {
            match (self.codec.encode)(
                self.codec,
                state,
                self.text,
                &mut self.pos,
                &mut self.out,
                flush,
            ) {
                Ok(()) => break,
                Err(Stop::TooFew) if !flush => break,
                Err(stop) => {
                    self.error(state, errors, stop)?;
                    if stop == Stop::TooFew {
                        break;
                    }
                }
            }
        }
        if reset && let Some(encoder_reset) = self.codec.encoder_reset {
            encoder_reset(state, &mut self.out);
        }
        Ok(())
    }
}

/// A decoding in progress over `data` (the whole buffer errors report).
pub struct DecodeRun<'a> {
    pub codec: &'static Codec,
    pub data: &'a [u8],
    pub pos: usize,
    pub out: Vec<u32>,
}

impl DecodeRun<'_> {
    /// `multibytecodec_decerror`.
    pub fn error(&mut self, errors: &Errors, stop: Stop) -> PyResult<()> {
        let (reason, size) = match stop {
            Stop::Illegal(n) => ("illegal multibyte sequence", n),
            Stop::TooFew => ("incomplete multibyte sequence", self.data.len() - self.pos),
            Stop::Internal => return Err(internal_error()),
        };
        match errors {
            Errors::Replace => {
                self.out.push(0xfffd);
                self.pos += size;
                return Ok(());
            }
            Errors::Ignore => {
                self.pos += size;
                return Ok(());
            }
            _ => {}
        }
        let (start, end) = (self.pos, self.pos + size);
        let object = bytes::new(self.data.to_vec());
        let exc = unicode_error(
            &UNICODE_DECODE_ERROR,
            self.codec.name,
            object,
            start,
            end,
            reason,
        );
        if let Errors::Strict = errors {
            return Err(exc);
        }
        let result = protocol::call1(&errors.handler()?, exc.into_value())?;
        let (replacement, pos) = handler_result(&result, false)?;
        if let Some(text) = replacement.downcast::<PyStr>() {
            self.out.extend(text.chars());
        }
        self.pos = new_position(pos, self.data.len())?;
        Ok(())
    }

    /// `decoder_feed_buffer`: decodes until the end or an incomplete
    /// sequence there (or, with `complete`, treats that as an error too).
    pub fn feed(&mut self, state: &mut State, errors: &Errors, complete: bool) -> PyResult<()> {
        while self.pos < self.data.len() {
            match (self.codec.decode)(self.codec, state, self.data, &mut self.pos, &mut self.out) {
                Ok(()) => break,
                Err(Stop::TooFew) if !complete => break,
                Err(stop) => self.error(errors, stop)?,
            }
        }
        Ok(())
    }
}

/// A codec object (`MultibyteCodecObject`).
pub struct MultibyteCodec {
    pub codec: &'static Codec,
}

/// The codec object for `codec` (what `__create_codec` makes from a capsule).
pub fn new_codec(codec: &'static Codec) -> Value {
    alloc_typed(
        &TypeRef::from_static(&MULTIBYTE_CODEC_TYPE),
        MultibyteCodec { codec },
    )
}

fn this(v: &Value) -> &'static Codec {
    v.downcast::<MultibyteCodec>()
        .expect("MultibyteCodec")
        .codec
}

/// A str argument, or `str(arg)` (`PyObject_Str`) for anything else.
pub fn text_arg(v: &Value, message: &str) -> PyResult<Value> {
    if v.downcast::<PyStr>().is_some() {
        return Ok(v.clone());
    }
    let s = protocol::str(v)?;
    if s.downcast::<PyStr>().is_none() {
        return Err(type_error(message));
    }
    Ok(s)
}

fn codec_encode(v: &Value, args: Args) -> PyResult {
    let [input, errors] = args.parse("encode", ["input", "errors"], 0, 1, 2)?;
    let input = input.expect("required");
    let errors = optional_errors("encode", errors.as_ref())?;
    let text = text_arg(&input, "couldn't convert the object to unicode.")?;
    let cps = text.downcast::<PyStr>().expect("str").code_points();
    let codec = this(v);
    let mut state = [0; 8];
    (codec.encoder_init)(&mut state);
    let mut run = EncodeRun {
        codec,
        text: &cps,
        object: &text,
        pos: 0,
        out: Vec::new(),
    };
    run.run(&mut state, &errors, true, true)?;
    Ok(Tuple::new(vec![
        bytes::new(run.out),
        int::from_usize(cps.len()),
    ]))
}

/// A `Py_buffer` argument.
pub fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes::as_bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(v)
        ))
    })
}

fn codec_decode(v: &Value, args: Args) -> PyResult {
    let [input, errors] = args.parse("decode", ["input", "errors"], 0, 1, 2)?;
    let data = buffer_arg(&input.expect("required"))?;
    let errors = optional_errors("decode", errors.as_ref())?;
    let codec = this(v);
    let mut state = [0; 8];
    (codec.decoder_init)(&mut state);
    let mut run = DecodeRun {
        codec,
        data: &data,
        pos: 0,
        out: Vec::new(),
    };
    run.feed(&mut state, &errors, true)?;
    Ok(Tuple::new(vec![
        PyStr::from_cps(&run.out),
        int::from_usize(data.len()),
    ]))
}

builtin_type!(pub static MULTIBYTE_CODEC_TYPE: MultibyteCodec = TypeSpec {
    name: "_multibytecodec.MultibyteCodec",
    methods: &[
        MethodDef::new("encode", codec_encode, "encode($self, /, input, errors=None)\n--\n\nReturn an encoded string version of 'input'.\n\n'errors' may be given to set a different error handling scheme. Default is\n'strict' meaning that encoding errors raise a UnicodeEncodeError. Other possible\nvalues are 'ignore', 'replace' and 'xmlcharrefreplace' as well as any other name\nregistered with codecs.register_error that can handle UnicodeEncodeErrors."),
        MethodDef::new("decode", codec_decode, "decode($self, /, input, errors=None)\n--\n\nDecodes 'input'.\n\n'errors' may be given to set a different error handling scheme. Default is\n'strict' meaning that encoding errors raise a UnicodeDecodeError. Other possible\nvalues are 'ignore' and 'replace' as well as any other name registered with\ncodecs.register_error that is able to handle UnicodeDecodeErrors.\""),
    ],
    ..TypeSpec::DEFAULT
});

/// `__create_codec(capsule)`: CPython's codec modules pass their codecs
/// here in capsules. Ouro's make codec objects directly and Python code
/// cannot make a codec capsule, so every argument is invalid.
fn create_codec(_m: &Value, args: Args) -> PyResult {
    args.one("__create_codec")?;
    Err(value_error("argument type invalid"))
}

fn init(_module: &Value) -> PyResult<()> {
    crate::heaptype::list_module_in_dict(&[
        &MULTIBYTE_CODEC_TYPE,
        &stateful::INCREMENTAL_ENCODER_TYPE,
        &stateful::INCREMENTAL_DECODER_TYPE,
        &stateful::STREAM_READER_TYPE,
        &stateful::STREAM_WRITER_TYPE,
    ]);
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_multibytecodec",
    doc: "",
    functions: &[MethodDef::new(
        "__create_codec",
        create_codec,
        "__create_codec($module, arg, /)\n--\n\n",
    )],
    types: || {
        vec![
            &stateful::INCREMENTAL_ENCODER_TYPE,
            &stateful::INCREMENTAL_DECODER_TYPE,
            &stateful::STREAM_READER_TYPE,
            &stateful::STREAM_WRITER_TYPE,
        ]
    },
    init,
};
