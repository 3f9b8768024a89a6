//! The stateful codec wrappers of `_multibytecodec`: `MultibyteIncrementalEncoder`/`Decoder` and `MultibyteStreamReader`/`Writer`, the bases of each CJK encoding's classes in `encodings`; mirrors the `mbiencoder_*`, `mbidecoder_*`, `mbstreamreader_*` and `mbstreamwriter_*` parts of Modules/cjkcodecs/multibytecodec.c.

use std::cell::RefCell;

use num_bigint::{BigInt, Sign};
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error};
use ouro_objects::exceptions::{
    ATTRIBUTE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_ERROR,
};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, bytes, int, protocol};

use super::multibytecodec::{DecodeRun, EncodeRun, Errors, MultibyteCodec, buffer_arg, text_arg};
use super::{Codec, State, Stop};

/// Characters an encoder may hold back (`MAXENCPENDING`).
const MAX_ENC_PENDING: usize = 2;
/// Bytes a decoder may hold back (`MAXDECPENDING`).
const MAX_DEC_PENDING: usize = 8;

/// An encoder's state between calls.
struct EncoderState {
    state: State,
    pending: Vec<u32>,
    errors: Errors,
}

/// A decoder's state between calls.
struct DecoderState {
    state: State,
    pending: Vec<u8>,
    errors: Errors,
}

pub struct IncrementalEncoder {
    codec: &'static Codec,
    inner: RefCell<EncoderState>,
}

pub struct IncrementalDecoder {
    codec: &'static Codec,
    inner: RefCell<DecoderState>,
}

pub struct StreamReader {
    codec: &'static Codec,
    inner: RefCell<DecoderState>,
    stream: Value,
}

pub struct StreamWriter {
    codec: &'static Codec,
    inner: RefCell<EncoderState>,
    stream: Value,
}

fn too_large() -> PyErr {
    PyErr::new(&UNICODE_ERROR, "pending buffer too large")
}

/// A `UnicodeDecodeError` over all of `data`.
fn decode_error(codec: &Codec, data: &[u8], reason: &str) -> PyErr {
    ouro_objects::codecs::unicode_error(
        &UNICODE_DECODE_ERROR,
        codec.name,
        bytes::new(data.to_vec()),
        0,
        data.len(),
        reason,
    )
}

/// The `codec` attribute of the class being instantiated (the encodings'
/// classes set it), which must be a `MultibyteCodec`.
fn class_codec(ty: &TypeRef) -> PyResult<&'static Codec> {
    let codec = protocol::getattr_str(&ty.clone().into_value(), "codec")?;
    codec
        .downcast::<MultibyteCodec>()
        .map(|c| c.codec)
        .ok_or_else(|| type_error("codec is unexpected type"))
}

/// The `errors` argument of the constructors (`s` format: a str), argument
/// `position` of `fname`.
fn errors_arg(fname: &str, v: Option<Value>, position: usize) -> PyResult<Errors> {
    let Some(v) = v else {
        return Ok(Errors::Strict);
    };
    match v.downcast::<PyStr>() {
        Some(s) => Ok(Errors::from_name(Some(&s.to_string_lossy()))),
        None => Err(type_error(format!(
            "{fname}() argument {position} must be str, not {}",
            arg_type_name(&v)
        ))),
    }
}

fn new_encoder_state(codec: &'static Codec, errors: Errors) -> RefCell<EncoderState> {
    let mut state = [0; 8];
    (codec.encoder_init)(&mut state);
    RefCell::new(EncoderState {
        state,
        pending: Vec::new(),
        errors,
    })
}

fn new_decoder_state(codec: &'static Codec, errors: Errors) -> RefCell<DecoderState> {
    let mut state = [0; 8];
    (codec.decoder_init)(&mut state);
    RefCell::new(DecoderState {
        state,
        pending: Vec::new(),
        errors,
    })
}

/// `encoder_encode_stateful`: encodes pending text plus `input`; what the
/// codec cannot finish yet stays pending.
fn encode_stateful(
    codec: &'static Codec,
    inner: &RefCell<EncoderState>,
    input: &Value,
    final_: bool,
) -> PyResult<Vec<u8>> {
    let input = text_arg(input, "couldn't convert the object to str.")?;
    let (mut state, pending, errors) = {
        let s = inner.borrow();
        (s.state, s.pending.clone(), s.errors.clone())
    };
    let mut text = pending.clone();
    text.extend(input.downcast::<PyStr>().expect("str").chars());
    let object = if pending.is_empty() {
        input
    } else {
        PyStr::from_cps(&text)
    };
    let mut run = EncodeRun {
        codec,
        text: &text,
        object: &object,
        pos: 0,
        out: Vec::new(),
    };
    inner.borrow_mut().pending.clear();
    // The codec's state changes stick even when an error ends the call.
    let result = run.run(&mut state, &errors, final_, final_);
    inner.borrow_mut().state = state;
    if let Err(e) = result {
        inner.borrow_mut().pending = pending;
        return Err(e);
    }
    let rest = text[run.pos..].to_vec();
    if rest.len() > MAX_ENC_PENDING {
        return Err(ouro_objects::codecs::unicode_error(
            &UNICODE_ENCODE_ERROR,
            codec.name,
            object.clone(),
            run.pos,
            text.len(),
            "pending buffer overflow",
        ));
    }
    inner.borrow_mut().pending = rest;
    Ok(run.out)
}

/// A clinic `bool` argument.
fn final_arg(v: Option<Value>) -> PyResult<bool> {
    v.map_or(Ok(false), |v| protocol::is_true(&v))
}

fn unsigned_bytes(v: &Value, size: usize) -> PyResult<Vec<u8>> {
    let n = int::as_int(v).expect("int").to_bigint().into_owned();
    if n.sign() == Sign::Minus {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut data = n.to_bytes_le().1;
    if data.len() > size {
        return Err(overflow_error("int too big to convert"));
    }
    data.resize(size, 0);
    Ok(data)
}

fn encoder_getstate(codec: &Codec, inner: &RefCell<EncoderState>) -> PyResult {
    let s = inner.borrow();
    let pending = PyStr::from_cps(&s.pending)
        .downcast::<PyStr>()
        .expect("str")
        .to_wtf8();
    if pending.len() > MAX_ENC_PENDING * 4 {
        return Err(ouro_objects::codecs::unicode_error(
            &UNICODE_ENCODE_ERROR,
            codec.name,
            PyStr::from_cps(&s.pending),
            0,
            s.pending.len(),
            "pending buffer too large",
        ));
    }
    let mut data = vec![pending.len() as u8];
    data.extend(&pending);
    data.extend(s.state);
    Ok(int::from_bigint(BigInt::from_bytes_le(Sign::Plus, &data)))
}

fn encoder_setstate(inner: &RefCell<EncoderState>, v: &Value) -> PyResult {
    if !int::is_int(v) {
        return Err(type_error(format!(
            "setstate() argument must be int, not {}",
            arg_type_name(v)
        )));
    }
    let data = unsigned_bytes(v, 1 + MAX_ENC_PENDING * 4 + 8)?;
    let n = usize::from(data[0]);
    if n > MAX_ENC_PENDING * 4 {
        return Err(too_large());
    }
    let text = std::str::from_utf8(&data[1..1 + n]).map_err(|e| {
        ouro_objects::codecs::unicode_error(
            &ouro_objects::exceptions::UNICODE_DECODE_ERROR,
            "utf-8",
            bytes::new(data[1..1 + n].to_vec()),
            e.valid_up_to(),
            e.valid_up_to() + e.error_len().unwrap_or(n - e.valid_up_to()),
            if e.error_len().is_some() {
                "invalid start byte"
            } else {
                "unexpected end of data"
            },
        )
    })?;
    let mut s = inner.borrow_mut();
    s.pending = text.chars().map(u32::from).collect();
    s.state.copy_from_slice(&data[1 + n..1 + n + 8]);
    Ok(none())
}

fn errors_get(inner: &RefCell<impl HasErrors>) -> PyResult {
    Ok(inner.borrow().errors().to_value())
}

fn errors_set(inner: &RefCell<impl HasErrors>, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(PyErr::new(&ATTRIBUTE_ERROR, "cannot delete attribute"));
    };
    let name = value
        .downcast::<PyStr>()
        .ok_or_else(|| type_error("errors must be a string"))?
        .to_string_lossy();
    *inner.borrow_mut().errors_mut() = Errors::from_name(Some(&name));
    Ok(())
}

trait HasErrors {
    fn errors(&self) -> &Errors;
    fn errors_mut(&mut self) -> &mut Errors;
}

impl HasErrors for EncoderState {
    fn errors(&self) -> &Errors {
        &self.errors
    }
    fn errors_mut(&mut self) -> &mut Errors {
        &mut self.errors
    }
}

impl HasErrors for DecoderState {
    fn errors(&self) -> &Errors {
        &self.errors
    }
    fn errors_mut(&mut self) -> &mut Errors {
        &mut self.errors
    }
}

/// `tp_init` of all four types: arguments were taken by `__new__`.
fn ignore_init(_v: &Value, _args: &[Value], _kwnames: Option<&Value>) -> PyResult<()> {
    Ok(())
}

// ---- MultibyteIncrementalEncoder ----

fn ienc(v: &Value) -> &IncrementalEncoder {
    v.downcast::<IncrementalEncoder>()
        .expect("MultibyteIncrementalEncoder")
}

fn ienc_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let args = Args::new(args, kwnames);
    let [errors] = args.parse("IncrementalEncoder", ["errors"], 0, 0, 1)?;
    let errors = errors_arg("IncrementalEncoder", errors, 1)?;
    let codec = class_codec(ty)?;
    Ok(alloc_typed(
        ty,
        IncrementalEncoder {
            codec,
            inner: new_encoder_state(codec, errors),
        },
    ))
}

fn ienc_encode(v: &Value, args: Args) -> PyResult {
    let [input, final_] = args.parse("encode", ["input", "final"], 0, 1, 2)?;
    let e = ienc(v);
    let out = encode_stateful(
        e.codec,
        &e.inner,
        &input.expect("required"),
        final_arg(final_)?,
    )?;
    Ok(bytes::new(out))
}

fn ienc_getstate(v: &Value, args: Args) -> PyResult {
    args.none("getstate")?;
    encoder_getstate(ienc(v).codec, &ienc(v).inner)
}

fn ienc_setstate(v: &Value, args: Args) -> PyResult {
    encoder_setstate(&ienc(v).inner, args.one("setstate")?)
}

fn ienc_reset(v: &Value, args: Args) -> PyResult {
    args.none("reset")?;
    let e = ienc(v);
    let mut s = e.inner.borrow_mut();
    if let Some(reset) = e.codec.encoder_reset {
        // The bytes that would return to the initial state are dropped.
        reset(&mut s.state, &mut Vec::new());
    }
    s.pending.clear();
    Ok(none())
}

builtin_type!(pub static INCREMENTAL_ENCODER_TYPE: IncrementalEncoder = TypeSpec {
    name: "_multibytecodec.MultibyteIncrementalEncoder",
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(ienc_new), init: Some(ignore_init), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("encode", ienc_encode, "encode($self, /, input, final=False)\n--\n\n"),
        MethodDef::new("getstate", ienc_getstate, "getstate($self, /)\n--\n\n"),
        MethodDef::new("setstate", ienc_setstate, "setstate($self, state, /)\n--\n\n"),
        MethodDef::new("reset", ienc_reset, "reset($self, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::with_setter("errors", |v| errors_get(&ienc(v).inner), |v, x| errors_set(&ienc(v).inner, x)).with_doc("how to treat errors"),
    ],
    ..TypeSpec::DEFAULT
});

// ---- MultibyteIncrementalDecoder ----

fn idec(v: &Value) -> &IncrementalDecoder {
    v.downcast::<IncrementalDecoder>()
        .expect("MultibyteIncrementalDecoder")
}

fn idec_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let args = Args::new(args, kwnames);
    let [errors] = args.parse("IncrementalDecoder", ["errors"], 0, 0, 1)?;
    let errors = errors_arg("IncrementalDecoder", errors, 1)?;
    let codec = class_codec(ty)?;
    Ok(alloc_typed(
        ty,
        IncrementalDecoder {
            codec,
            inner: new_decoder_state(codec, errors),
        },
    ))
}

/// Decodes pending bytes plus `data`; with `final`, an incomplete sequence
/// at the end is an error, otherwise it stays pending.
fn decode_stateful(
    codec: &'static Codec,
    inner: &RefCell<DecoderState>,
    data: &[u8],
    final_: bool,
) -> PyResult<Vec<u32>> {
    let (mut state, pending, errors) = {
        let s = inner.borrow();
        (s.state, s.pending.clone(), s.errors.clone())
    };
    let mut whole = pending.clone();
    whole.extend_from_slice(data);
    inner.borrow_mut().pending.clear();
    let mut run = DecodeRun {
        codec,
        data: &whole,
        pos: 0,
        out: Vec::new(),
    };
    // The codec's state changes stick even when an error ends the call.
    let fed = run.feed(&mut state, &errors, false);
    inner.borrow_mut().state = state;
    fed?;
    if final_
        && run.pos < whole.len()
        && let Err(e) = run.error(&errors, Stop::TooFew)
    {
        inner.borrow_mut().pending = pending;
        return Err(e);
    }
    let rest = &whole[run.pos.min(whole.len())..];
    if rest.len() > MAX_DEC_PENDING {
        return Err(decode_error(codec, &whole, "pending buffer overflow"));
    }
    inner.borrow_mut().pending = rest.to_vec();
    Ok(run.out)
}

fn idec_decode(v: &Value, args: Args) -> PyResult {
    let [input, final_] = args.parse("decode", ["input", "final"], 0, 1, 2)?;
    let data = buffer_arg(&input.expect("required"))?;
    let d = idec(v);
    let out = decode_stateful(d.codec, &d.inner, &data, final_arg(final_)?)?;
    Ok(PyStr::from_cps(&out))
}

fn idec_getstate(v: &Value, args: Args) -> PyResult {
    args.none("getstate")?;
    let s = idec(v).inner.borrow();
    Ok(Tuple::new(vec![
        bytes::new(s.pending.clone()),
        int::from_bigint(BigInt::from_bytes_le(Sign::Plus, &s.state)),
    ]))
}

fn idec_setstate(v: &Value, args: Args) -> PyResult {
    let arg = args.one("setstate")?;
    let Some(t) = arg.downcast::<Tuple>() else {
        return Err(type_error(format!(
            "setstate() argument must be tuple, not {}",
            arg_type_name(arg)
        )));
    };
    let items = t.to_vec();
    let illegal = || type_error("setstate(): illegal state argument");
    if items.len() != 2 {
        return Err(illegal());
    }
    let Some(buffer) = items[0]
        .downcast::<ouro_objects::bytes::Bytes>()
        .map(|_| bytes::as_bytes_like(&items[0]).unwrap_or_default())
    else {
        return Err(illegal());
    };
    if !int::is_int(&items[1]) {
        return Err(illegal());
    }
    let state = unsigned_bytes(&items[1], 8)?;
    if buffer.len() > MAX_DEC_PENDING {
        return Err(decode_error(
            idec(v).codec,
            &buffer,
            "pending buffer too large",
        ));
    }
    let mut s = idec(v).inner.borrow_mut();
    s.pending = buffer;
    s.state.copy_from_slice(&state);
    Ok(none())
}

fn decoder_reset(codec: &'static Codec, inner: &RefCell<DecoderState>) {
    let mut s = inner.borrow_mut();
    (codec.decoder_reset)(&mut s.state);
    s.pending.clear();
}

fn idec_reset(v: &Value, args: Args) -> PyResult {
    args.none("reset")?;
    let d = idec(v);
    decoder_reset(d.codec, &d.inner);
    Ok(none())
}

builtin_type!(pub static INCREMENTAL_DECODER_TYPE: IncrementalDecoder = TypeSpec {
    name: "_multibytecodec.MultibyteIncrementalDecoder",
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(idec_new), init: Some(ignore_init), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("decode", idec_decode, "decode($self, /, input, final=False)\n--\n\n"),
        MethodDef::new("getstate", idec_getstate, "getstate($self, /)\n--\n\n"),
        MethodDef::new("setstate", idec_setstate, "setstate($self, state, /)\n--\n\n"),
        MethodDef::new("reset", idec_reset, "reset($self, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::with_setter("errors", |v| errors_get(&idec(v).inner), |v, x| errors_set(&idec(v).inner, x)).with_doc("how to treat errors"),
    ],
    ..TypeSpec::DEFAULT
});

// ---- MultibyteStreamReader ----

fn reader(v: &Value) -> &StreamReader {
    v.downcast::<StreamReader>().expect("MultibyteStreamReader")
}

/// The `stream` and `errors` arguments of the stream constructors.
fn stream_args(fname: &str, args: &[Value], kwnames: Option<&Value>) -> PyResult<(Value, Errors)> {
    let args = Args::new(args, kwnames);
    let [stream, errors] = args.parse(fname, ["stream", "errors"], 0, 1, 2)?;
    let errors = errors_arg(fname, errors, 2)?;
    Ok((stream.expect("required"), errors))
}

fn reader_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let (stream, errors) = stream_args("StreamReader", args, kwnames)?;
    let codec = class_codec(ty)?;
    Ok(alloc_typed(
        ty,
        StreamReader {
            codec,
            inner: new_decoder_state(codec, errors),
            stream,
        },
    ))
}

/// A size argument: `None` for -1, else an int.
fn size_arg(v: Option<Value>) -> PyResult<isize> {
    match v {
        None => Ok(-1),
        Some(v) if is_none(&v) => Ok(-1),
        Some(v) if int::is_int(&v) => int::to_isize(&v)
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t")),
        Some(_) => Err(type_error("arg 1 must be an integer")),
    }
}

/// `mbstreamreader_iread`: reads with the stream's `method` until some text
/// comes out (or the stream ends) and decodes it.
fn reader_read(v: &Value, method: &str, mut size: isize) -> PyResult {
    if size == 0 {
        return Ok(PyStr::new(""));
    }
    let r = reader(v);
    let mut out = Vec::new();
    loop {
        let chunk = if size < 0 {
            protocol::call_method(&r.stream, method, &[])?
        } else {
            protocol::call_method(&r.stream, method, &[int::from_i64(size as i64)])?
        };
        if chunk.downcast::<ouro_objects::bytes::Bytes>().is_none() {
            return Err(type_error(format!(
                "stream function returned a non-bytes object ({})",
                protocol::type_name(&chunk)
            )));
        }
        let data = bytes::as_bytes_like(&chunk).unwrap_or_default();
        let end_of_file = data.is_empty();
        let (mut state, pending, errors) = {
            let s = r.inner.borrow();
            (s.state, s.pending.clone(), s.errors.clone())
        };
        let mut whole = pending;
        whole.extend_from_slice(&data);
        r.inner.borrow_mut().pending.clear();
        let mut run = DecodeRun {
            codec: r.codec,
            data: &whole,
            pos: 0,
            out: std::mem::take(&mut out),
        };
        if !whole.is_empty() {
            let fed = run.feed(&mut state, &errors, false);
            r.inner.borrow_mut().state = state;
            fed?;
        }
        if (end_of_file || size < 0) && run.pos < whole.len() {
            run.error(&errors, Stop::TooFew)?;
        }
        let rest = &whole[run.pos.min(whole.len())..];
        if rest.len() > MAX_DEC_PENDING {
            return Err(decode_error(r.codec, &whole, "pending buffer overflow"));
        }
        {
            let mut s = r.inner.borrow_mut();
            s.state = state;
            s.pending = rest.to_vec();
        }
        out = run.out;
        if size < 0 || !out.is_empty() || whole.is_empty() {
            break;
        }
        // Read one more byte and retry.
        size = 1;
    }
    Ok(PyStr::from_cps(&out))
}

fn reader_read_method(v: &Value, args: Args) -> PyResult {
    let [size] = args.parse("read", ["sizeobj"], 1, 0, 1)?;
    reader_read(v, "read", size_arg(size)?)
}

fn reader_readline(v: &Value, args: Args) -> PyResult {
    let [size] = args.parse("readline", ["sizeobj"], 1, 0, 1)?;
    reader_read(v, "readline", size_arg(size)?)
}

fn reader_readlines(v: &Value, args: Args) -> PyResult {
    let [size] = args.parse("readlines", ["sizehintobj"], 1, 0, 1)?;
    let text = reader_read(v, "read", size_arg(size)?)?;
    protocol::call_method(&text, "splitlines", &[ouro_objects::bool::py_bool(true)])
}

fn reader_reset(v: &Value, args: Args) -> PyResult {
    args.none("reset")?;
    let r = reader(v);
    decoder_reset(r.codec, &r.inner);
    Ok(none())
}

builtin_type!(pub static STREAM_READER_TYPE: StreamReader = TypeSpec {
    name: "_multibytecodec.MultibyteStreamReader",
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(reader_new), init: Some(ignore_init), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("read", reader_read_method, "read($self, sizeobj=None, /)\n--\n\n"),
        MethodDef::new("readline", reader_readline, "readline($self, sizeobj=None, /)\n--\n\n"),
        MethodDef::new("readlines", reader_readlines, "readlines($self, sizehintobj=None, /)\n--\n\n"),
        MethodDef::new("reset", reader_reset, "reset($self, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("stream", |v| Ok(reader(v).stream.clone()), None),
        GetSetDef::with_setter("errors", |v| errors_get(&reader(v).inner), |v, x| errors_set(&reader(v).inner, x)).with_doc("how to treat errors"),
    ],
    ..TypeSpec::DEFAULT
});

// ---- MultibyteStreamWriter ----

fn writer(v: &Value) -> &StreamWriter {
    v.downcast::<StreamWriter>().expect("MultibyteStreamWriter")
}

fn writer_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let (stream, errors) = stream_args("StreamWriter", args, kwnames)?;
    let codec = class_codec(ty)?;
    Ok(alloc_typed(
        ty,
        StreamWriter {
            codec,
            inner: new_encoder_state(codec, errors),
            stream,
        },
    ))
}

/// `mbstreamwriter_iwrite`.
fn write_text(v: &Value, text: &Value) -> PyResult<()> {
    let w = writer(v);
    let out = encode_stateful(w.codec, &w.inner, text, false)?;
    protocol::call_method(&w.stream, "write", &[bytes::new(out)])?;
    Ok(())
}

fn writer_write(v: &Value, args: Args) -> PyResult {
    write_text(v, args.one("write")?)?;
    Ok(none())
}

fn writer_writelines(v: &Value, args: Args) -> PyResult {
    let lines = args.one("writelines")?;
    if !is_sequence(lines) {
        return Err(type_error("arg must be a sequence object"));
    }
    let mut i = 0;
    while i < protocol::len(lines)? {
        let line = protocol::getitem(lines, &int::from_usize(i))?;
        write_text(v, &line)?;
        i += 1;
    }
    Ok(none())
}

/// `PySequence_Check`: indexable and not a dict.
fn is_sequence(v: &Value) -> bool {
    v.downcast::<ouro_objects::dict::Dict>().is_none()
        && protocol::getattr_str(&v.type_obj().value(), "__getitem__").is_ok()
}

/// `reset`: flushes pending text and returns to the initial state; with
/// nothing pending it writes nothing, as in CPython.
fn writer_reset(v: &Value, args: Args) -> PyResult {
    args.none("reset")?;
    let w = writer(v);
    let (mut state, pending, errors) = {
        let s = w.inner.borrow();
        (s.state, s.pending.clone(), s.errors.clone())
    };
    if pending.is_empty() {
        return Ok(none());
    }
    let object = PyStr::from_cps(&pending);
    let mut run = EncodeRun {
        codec: w.codec,
        text: &pending,
        object: &object,
        pos: 0,
        out: Vec::new(),
    };
    let result = run.run(&mut state, &errors, true, true);
    {
        let mut s = w.inner.borrow_mut();
        s.pending.clear();
        s.state = state;
    }
    result?;
    if !run.out.is_empty() {
        protocol::call_method(&w.stream, "write", &[bytes::new(run.out)])?;
    }
    Ok(none())
}

builtin_type!(pub static STREAM_WRITER_TYPE: StreamWriter = TypeSpec {
    name: "_multibytecodec.MultibyteStreamWriter",
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(writer_new), init: Some(ignore_init), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("write", writer_write, "write($self, strobj, /)\n--\n\n"),
        MethodDef::new("writelines", writer_writelines, "writelines($self, lines, /)\n--\n\n"),
        MethodDef::new("reset", writer_reset, "reset($self, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("stream", |v| Ok(writer(v).stream.clone()), None),
        GetSetDef::with_setter("errors", |v| errors_get(&writer(v).inner), |v, x| errors_set(&writer(v).inner, x)).with_doc("how to treat errors"),
    ],
    ..TypeSpec::DEFAULT
});
