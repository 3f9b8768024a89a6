//! `TextIOWrapper`: text over a binary buffer with the built-in codecs, universal newlines, line buffering and CPython's opaque `tell()` cookies; mirrors Modules/_io/textio.c.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;
use ouro_objects::args::Args;
use ouro_objects::bytes::{self, bytes_from_object};
use ouro_objects::codecs;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, int, protocol};

use super::iobase::TEXT_IO_BASE_TYPE;
use super::newlines::{LineEnding, NewlineState, valid_newline};
use super::{closed_error, size_arg, unsupported};

const CHUNK_SIZE: usize = 8192;

/// An incremental decoder's state: the bytes of an unfinished UTF-8
/// sequence and the newline decoder's.
#[derive(Clone, Default)]
struct DecoderState {
    partial: Vec<u8>,
    newlines: NewlineState,
}

pub struct TextIO {
    buffer: RefCell<Option<Value>>,
    encoding: RefCell<String>,
    /// The canonical codec name (`utf-8`, `latin-1`, `ascii`).
    codec: Cell<&'static str>,
    errors: RefCell<String>,
    /// `None` (universal, translated), `''` (universal, untranslated) or one ending.
    newline: RefCell<Option<String>>,
    line_buffering: Cell<bool>,
    write_through: Cell<bool>,
    readable: Cell<bool>,
    writable: Cell<bool>,
    seekable: Cell<bool>,
    telling: Cell<bool>,
    has_read1: Cell<bool>,
    chunk_size: Cell<usize>,
    /// Bytes per decoded character in the last chunk: `tell()`'s first guess.
    b2cratio: Cell<f64>,
    decoder: RefCell<DecoderState>,
    decoded: RefCell<Vec<u32>>,
    decoded_used: Cell<usize>,
    /// Decoder flags (a pending `\r`) and the bytes fed since, from the start
    /// of the current decoded chunk: what `tell()` reconstructs positions from.
    snapshot: RefCell<Option<(bool, Vec<u8>)>>,
    pending: RefCell<Vec<u8>>,
}

fn this(v: &Value) -> &TextIO {
    v.downcast::<TextIO>()
        .expect("TextIOWrapper method on a TextIOWrapper")
}

/// How many bytes at the end of `data` start a UTF-8 sequence that more input may complete.
fn incomplete_utf8_tail(data: &[u8]) -> usize {
    for back in 1..=data.len().min(3) {
        let b = data[data.len() - back];
        if b & 0xC0 == 0x80 {
            continue;
        }
        let need = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 0,
        };
        return if need > back { back } else { 0 };
    }
    0
}

impl TextIO {
    fn buffer(&self) -> PyResult<Value> {
        self.buffer
            .borrow()
            .clone()
            .ok_or_else(|| value_error("underlying buffer has been detached"))
    }

    fn check_closed(&self) -> PyResult<Value> {
        let buffer = self.buffer()?;
        if protocol::is_true(&protocol::getattr_str(&buffer, "closed")?)? {
            return Err(closed_error());
        }
        Ok(buffer)
    }

    fn universal(&self) -> bool {
        self.newline.borrow().as_deref().is_none_or(str::is_empty)
    }

    fn translate(&self) -> bool {
        self.newline.borrow().is_none()
    }

    fn line_ending(&self) -> LineEnding {
        match self.newline.borrow().as_deref() {
            None => LineEnding::Translated,
            Some("") => LineEnding::Universal,
            Some(nl) => LineEnding::Exact(nl.chars().map(u32::from).collect()),
        }
    }

    /// Decodes `input` after the state's unfinished bytes (all of it if `last`).
    fn decode(&self, st: &mut DecoderState, input: &[u8], last: bool) -> PyResult<Vec<u32>> {
        let mut data = std::mem::take(&mut st.partial);
        data.extend_from_slice(input);
        if !last && self.codec.get() == "utf-8" {
            let keep = incomplete_utf8_tail(&data);
            st.partial = data.split_off(data.len() - keep);
        }
        let text = if data.is_empty() {
            Vec::new()
        } else {
            let original = bytes::new(data.clone());
            let s = codecs::decode(&data, self.codec.get(), &self.errors.borrow(), &original)?;
            s.downcast::<PyStr>()
                .map(PyStr::code_points)
                .unwrap_or_default()
        };
        Ok(if self.universal() {
            st.newlines.process(text, self.translate(), last)
        } else {
            text
        })
    }

    fn reset_decoded(&self) {
        self.decoded.borrow_mut().clear();
        self.decoded_used.set(0);
        *self.snapshot.borrow_mut() = None;
    }

    /// Up to `n` of the decoded characters not yet returned.
    fn take_decoded(&self, n: usize) -> Vec<u32> {
        let decoded = self.decoded.borrow();
        let used = self.decoded_used.get();
        let end = used.saturating_add(n).min(decoded.len());
        self.decoded_used.set(end);
        decoded[used..end].to_vec()
    }

    /// Reads and decodes one chunk of the buffer; false at end of file.
    fn read_chunk(&self, size_hint: usize) -> PyResult<bool> {
        let buffer = self.buffer()?;
        let before = self.decoder.borrow().clone();
        let size = self.chunk_size.get().max(size_hint);
        let method = if self.has_read1.get() {
            "read1"
        } else {
            "read"
        };
        let input = protocol::call_method(&buffer, method, &[int::from_usize(size)])?;
        let input = ouro_objects::bytes::as_bytes_like(&input).ok_or_else(|| {
            type_error(format!(
                "underlying {method}() should have returned a bytes-like object, not '{}'",
                protocol::type_name(&input)
            ))
        })?;
        let eof = input.is_empty();
        let mut st = before.clone();
        let text = self.decode(&mut st, &input, eof)?;
        *self.decoder.borrow_mut() = st;
        self.b2cratio.set(if text.is_empty() {
            0.0
        } else {
            input.len() as f64 / text.len() as f64
        });
        *self.decoded.borrow_mut() = text;
        self.decoded_used.set(0);
        if self.telling.get() {
            let mut fed = before.partial;
            fed.extend_from_slice(&input);
            *self.snapshot.borrow_mut() = Some((before.newlines.pendingcr, fed));
        }
        Ok(!eof)
    }

    /// Writes pending encoded text to the buffer.
    fn flush_pending(&self) -> PyResult<()> {
        let data = std::mem::take(&mut *self.pending.borrow_mut());
        if !data.is_empty() {
            protocol::call_method(&self.buffer()?, "write", &[bytes::new(data)])?;
        }
        Ok(())
    }

    fn readline(&self, limit: Option<usize>) -> PyResult<Vec<u32>> {
        let ending = self.line_ending();
        let mut line = Vec::new();
        let mut at_eof = false;
        loop {
            {
                let decoded = self.decoded.borrow();
                let used = self.decoded_used.get();
                let rest = &decoded[used..];
                let room = limit.map_or(usize::MAX, |l| l - line.len());
                // A `\r\n` ending split between two chunks.
                let straddles = matches!(&ending, LineEnding::Exact(nl) if nl.len() == 2)
                    && line.last() == Some(&('\r' as u32))
                    && rest.first() == Some(&('\n' as u32));
                let end = if straddles {
                    Some(1)
                } else {
                    ending.find(rest)
                };
                let take = match end {
                    Some(e) => Some(e.min(room)),
                    None if rest.len() >= room => Some(room),
                    None => None,
                };
                if let Some(n) = take {
                    line.extend_from_slice(&rest[..n]);
                    self.decoded_used.set(used + n);
                    return Ok(line);
                }
                line.extend_from_slice(rest);
                self.decoded_used.set(decoded.len());
            }
            if at_eof {
                return Ok(line);
            }
            at_eof = !self.read_chunk(0)?;
        }
    }
}

fn textio_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        TextIO {
            buffer: RefCell::new(None),
            encoding: RefCell::new(String::new()),
            codec: Cell::new("utf-8"),
            errors: RefCell::new("strict".into()),
            newline: RefCell::new(None),
            line_buffering: Cell::new(false),
            write_through: Cell::new(false),
            readable: Cell::new(false),
            writable: Cell::new(false),
            seekable: Cell::new(false),
            telling: Cell::new(false),
            has_read1: Cell::new(false),
            chunk_size: Cell::new(CHUNK_SIZE),
            b2cratio: Cell::new(0.0),
            decoder: RefCell::new(DecoderState::default()),
            decoded: RefCell::new(Vec::new()),
            decoded_used: Cell::new(0),
            snapshot: RefCell::new(None),
            pending: RefCell::new(Vec::new()),
        },
    ))
}

/// A `str`-or-`None` argument of `TextIOWrapper()`.
fn optional_str(v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(x) if is_none(x) => Ok(None),
        Some(x) => match x.downcast::<PyStr>() {
            Some(s) => Ok(Some(s.to_string_lossy())),
            None => Err(type_error(format!(
                "TextIOWrapper() argument '{what}' must be str or None, not {}",
                protocol::type_name(x)
            ))),
        },
    }
}

fn checked_newline(v: Option<&Value>) -> PyResult<Option<String>> {
    let newline = optional_str(v, "newline")?;
    if let Some(nl) = &newline
        && !valid_newline(nl)
    {
        return Err(value_error(format!("illegal newline value: {nl}")));
    }
    Ok(newline)
}

fn codec_of(encoding: &str) -> PyResult<&'static str> {
    codecs::normalize(encoding).ok_or_else(|| {
        PyErr::new(
            &exceptions::LOOKUP_ERROR,
            format!("unknown encoding: {encoding}"),
        )
    })
}

fn textio_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [
        buffer,
        encoding,
        errors,
        newline,
        line_buffering,
        write_through,
    ] = Args::new(args, kwnames).parse(
        "TextIOWrapper",
        [
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
        1,
        6,
    )?;
    let buffer = buffer.expect("required");
    let encoding = optional_str(encoding.as_ref(), "encoding")?
        .filter(|e| e != "locale")
        .unwrap_or_else(|| "UTF-8".into());
    let errors = optional_str(errors.as_ref(), "errors")?.unwrap_or_else(|| "strict".into());
    let newline = checked_newline(newline.as_ref())?;
    let codec = codec_of(&encoding)?;
    let flag =
        |f: Option<Value>| -> PyResult<bool> { f.map_or(Ok(false), |x| protocol::is_true(&x)) };
    let line_buffering = flag(line_buffering)?;
    let write_through = flag(write_through)?;
    let ask = |what: &str| -> PyResult<bool> {
        protocol::is_true(&protocol::call_method(&buffer, what, &[])?)
    };
    let t = this(v);
    t.readable.set(ask("readable")?);
    t.writable.set(ask("writable")?);
    t.seekable.set(ask("seekable")?);
    t.telling.set(t.seekable.get());
    t.has_read1
        .set(protocol::getattr_opt(&buffer, &intern("read1"))?.is_some());
    *t.buffer.borrow_mut() = Some(buffer);
    *t.encoding.borrow_mut() = encoding;
    t.codec.set(codec);
    *t.errors.borrow_mut() = errors;
    *t.newline.borrow_mut() = newline;
    t.line_buffering.set(line_buffering);
    t.write_through.set(write_through);
    *t.decoder.borrow_mut() = DecoderState::default();
    t.pending.borrow_mut().clear();
    t.reset_decoded();
    Ok(())
}

fn textio_write(v: &Value, args: Args) -> PyResult {
    let text = args.one("write")?;
    let t = this(v);
    let Some(s) = text.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            protocol::type_name(text)
        )));
    };
    t.check_closed()?;
    if !t.writable.get() {
        return Err(unsupported("not writable"));
    }
    let (lf, cr) = ('\n' as u32, '\r' as u32);
    let has_lf = s.chars().any(|c| c == lf);
    let writenl = t
        .newline
        .borrow()
        .clone()
        .filter(|n| has_lf && n.starts_with('\r'));
    let needflush = t.line_buffering.get() && (has_lf || s.chars().any(|c| c == cr));
    let encoded = match (writenl, s.as_ascii_str()) {
        (Some(nl), _) => {
            let nl: Vec<u32> = nl.chars().map(u32::from).collect();
            let cps: Vec<u32> = s
                .chars()
                .flat_map(|c| if c == lf { nl.clone() } else { vec![c] })
                .collect();
            let value = PyStr::from_cps(&cps);
            let p = value.downcast::<PyStr>().expect("str");
            codecs::encode(p, &value, t.codec.get(), &t.errors.borrow())?
        }
        // ASCII text is the same bytes in every built-in codec.
        (None, Some(ascii)) => ascii.as_bytes().to_vec(),
        (None, None) => codecs::encode(s, text, t.codec.get(), &t.errors.borrow())?,
    };
    t.pending.borrow_mut().extend_from_slice(&encoded);
    if t.pending.borrow().len() > t.chunk_size.get() || needflush || t.write_through.get() {
        t.flush_pending()?;
    }
    if needflush {
        protocol::call_method(&t.buffer()?, "flush", &[])?;
    }
    if !t.decoded.borrow().is_empty() || t.snapshot.borrow().is_some() {
        t.reset_decoded();
        *t.decoder.borrow_mut() = DecoderState::default();
    }
    Ok(int::from_usize(s.len()))
}

fn check_readable(t: &TextIO) -> PyResult<Value> {
    let buffer = t.check_closed()?;
    if !t.readable.get() {
        return Err(unsupported("not readable"));
    }
    t.flush_pending()?;
    Ok(buffer)
}

fn textio_read(v: &Value, args: Args) -> PyResult {
    let a = args.range("read", "read", 0, 1)?;
    let t = this(v);
    let size = size_arg(a.first())?;
    let buffer = check_readable(t)?;
    match size {
        None => {
            let input = protocol::call_method(&buffer, "read", &[])?;
            let input = if is_none(&input) {
                Vec::new()
            } else {
                bytes_from_object(&input)?
            };
            let mut text = t.take_decoded(usize::MAX);
            let mut st = t.decoder.borrow().clone();
            text.extend(t.decode(&mut st, &input, true)?);
            *t.decoder.borrow_mut() = st;
            t.reset_decoded();
            Ok(PyStr::from_cps(&text))
        }
        Some(n) => {
            let mut text = t.take_decoded(n);
            while text.len() < n {
                let more = t.read_chunk(n - text.len())?;
                text.extend(t.take_decoded(n - text.len()));
                if !more {
                    break;
                }
            }
            Ok(PyStr::from_cps(&text))
        }
    }
}

fn textio_readline(v: &Value, args: Args) -> PyResult {
    let a = args.range("readline", "readline", 0, 1)?;
    let t = this(v);
    let limit = size_arg(a.first())?;
    check_readable(t)?;
    Ok(PyStr::from_cps(&t.readline(limit)?))
}

fn textio_iternext(v: &Value) -> PyResult<Option<Value>> {
    let t = this(v);
    t.telling.set(false);
    let line = if v.downcast_exact::<TextIO>().is_some() {
        check_readable(t)?;
        PyStr::from_cps(&t.readline(None)?)
    } else {
        protocol::call_method(v, "readline", &[])?
    };
    if protocol::len(&line)? == 0 {
        *t.snapshot.borrow_mut() = None;
        t.telling.set(t.seekable.get());
        return Ok(None);
    }
    Ok(Some(line))
}

fn textio_flush(v: &Value, args: Args) -> PyResult {
    args.none("flush")?;
    let t = this(v);
    let buffer = t.check_closed()?;
    t.telling.set(t.seekable.get());
    t.flush_pending()?;
    protocol::call_method(&buffer, "flush", &[])
}

fn textio_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let t = this(v);
    let buffer = t.buffer()?;
    if protocol::is_true(&protocol::getattr_str(&buffer, "closed")?)? {
        return Ok(none());
    }
    let flushed = protocol::call_method(v, "flush", &[]);
    let closed = protocol::call_method(&buffer, "close", &[]);
    flushed?;
    closed.map(|_| none())
}

/// The fields CPython packs into a `tell()` cookie.
struct Cookie {
    start_pos: u64,
    dec_flags: u64,
    bytes_to_feed: u64,
    chars_to_skip: u64,
    need_eof: bool,
}

impl Cookie {
    /// Bit offset and width of each field: CPython packs its `cookie_type`
    /// struct (`Py_off_t` then three C `int`s and a `char`) into one integer.
    const LAYOUT: [(usize, usize); 5] = [(0, 64), (64, 32), (96, 32), (128, 32), (160, 8)];

    fn pack(&self) -> Value {
        let fields = [
            self.start_pos,
            self.dec_flags,
            self.bytes_to_feed,
            self.chars_to_skip,
            u64::from(self.need_eof),
        ];
        let n = Self::LAYOUT
            .iter()
            .zip(fields)
            .fold(BigInt::from(0), |n, (&(shift, _), f)| {
                n + (BigInt::from(f) << shift)
            });
        int::from_bigint(n)
    }

    fn unpack(v: &Value) -> PyResult<Cookie> {
        let n = int::as_int(v)
            .ok_or_else(|| type_error("an integer is required"))?
            .to_bigint()
            .into_owned();
        let field = |i: usize| -> u64 {
            let (shift, width) = Self::LAYOUT[i];
            let mask = (BigInt::from(1) << width) - 1;
            u64::try_from((&n >> shift) & mask).unwrap_or(0)
        };
        Ok(Cookie {
            start_pos: field(0),
            dec_flags: field(1),
            bytes_to_feed: field(2),
            chars_to_skip: field(3),
            need_eof: field(4) != 0,
        })
    }
}

fn textio_tell(v: &Value, args: Args) -> PyResult {
    args.none("tell")?;
    let t = this(v);
    let buffer = t.check_closed()?;
    if !t.seekable.get() {
        return Err(unsupported("underlying stream is not seekable"));
    }
    if !t.telling.get() {
        return Err(PyErr::new(
            &exceptions::OS_ERROR,
            "telling position disabled by next() call",
        ));
    }
    textio_flush(v, Args::new(&[], None))?;
    let position = int::to_i64(&protocol::index(&protocol::call_method(
        &buffer,
        "tell",
        &[],
    )?)?)
    .unwrap_or(0);
    let snapshot = t.snapshot.borrow().clone();
    let Some((pendingcr, fed)) = snapshot.filter(|_| t.readable.get()) else {
        return Ok(int::from_i64(position));
    };
    let mut cookie = Cookie {
        start_pos: u64::try_from(position - fed.len() as i64).unwrap_or(0),
        dec_flags: u64::from(pendingcr),
        bytes_to_feed: 0,
        chars_to_skip: 0,
        need_eof: false,
    };
    let skip = t.decoded_used.get();
    if skip == 0 {
        return Ok(cookie.pack());
    }
    // Guess the byte offset from the last chunk's bytes-per-character ratio
    // and back off until the decoder holds nothing back there; then feed
    // single bytes, remembering the last such safe start point (the same
    // search as CPython's, so the cookies are the same numbers).
    let fresh = || {
        let mut st = DecoderState::default();
        st.newlines.pendingcr = pendingcr;
        st
    };
    let mut skip = skip;
    let mut skip_bytes = ((t.b2cratio.get() * skip as f64) as usize).min(fed.len());
    let mut skip_back = 1;
    let mut st = fresh();
    while skip_bytes > 0 {
        let mut trial = fresh();
        let n = t.decode(&mut trial, &fed[..skip_bytes], false)?.len();
        if n <= skip {
            if trial.partial.is_empty() {
                st = trial;
                cookie.dec_flags = u64::from(st.newlines.pendingcr);
                skip -= n;
                break;
            }
            skip_bytes -= trial.partial.len();
            skip_back = 1;
        } else {
            skip_bytes = skip_bytes.saturating_sub(skip_back);
            skip_back *= 2;
        }
    }
    let base = cookie.start_pos + skip_bytes as u64;
    cookie.start_pos = base;
    let (mut chars, mut fed_since_clean, mut chars_at_clean) = (0, 0u64, 0);
    for (i, byte) in fed.iter().enumerate().skip(skip_bytes) {
        if skip == 0 {
            break;
        }
        chars += t.decode(&mut st, std::slice::from_ref(byte), false)?.len();
        fed_since_clean += 1;
        if st.partial.is_empty() && chars <= skip {
            cookie.start_pos = base + (i - skip_bytes) as u64 + 1;
            cookie.dec_flags = u64::from(st.newlines.pendingcr);
            chars_at_clean = chars;
            fed_since_clean = 0;
        }
        if chars >= skip {
            break;
        }
    }
    if skip > 0 && chars < skip {
        chars += t.decode(&mut st, &[], true)?.len();
        cookie.need_eof = true;
        if chars < skip {
            return Err(PyErr::new(
                &exceptions::OS_ERROR,
                "can't reconstruct logical file position",
            ));
        }
    }
    cookie.bytes_to_feed = fed_since_clean;
    cookie.chars_to_skip = (skip - chars_at_clean) as u64;
    Ok(cookie.pack())
}

fn textio_seek(v: &Value, args: Args) -> PyResult {
    let a = args.range("seek", "seek", 1, 2)?;
    let t = this(v);
    let whence = match a.get(1) {
        Some(w) => int::to_i64(&protocol::index(w)?).unwrap_or(i64::MAX),
        None => 0,
    };
    let buffer = t.check_closed()?;
    if !t.seekable.get() {
        return Err(unsupported("underlying stream is not seekable"));
    }
    let mut cookie = a[0].clone();
    let is_zero = |c: &Value| int::to_i64(c) == Some(0);
    match whence {
        0 => {}
        1 => {
            if !is_zero(&protocol::index(&cookie)?) {
                return Err(unsupported("can't do nonzero cur-relative seeks"));
            }
            cookie = textio_tell(v, Args::new(&[], None))?;
        }
        2 => {
            if !is_zero(&protocol::index(&cookie)?) {
                return Err(unsupported("can't do nonzero end-relative seeks"));
            }
            textio_flush(v, Args::new(&[], None))?;
            t.reset_decoded();
            *t.decoder.borrow_mut() = DecoderState::default();
            return protocol::call_method(&buffer, "seek", &[int::from_i64(0), int::from_i64(2)]);
        }
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )));
        }
    }
    let cookie = protocol::index(&cookie)?;
    if int::is_negative(&cookie) {
        return Err(value_error(format!(
            "negative seek position {}",
            protocol::repr_string(&cookie)?
        )));
    }
    textio_flush(v, Args::new(&[], None))?;
    let c = Cookie::unpack(&cookie)?;
    protocol::call_method(&buffer, "seek", &[int::from_i128(i128::from(c.start_pos))])?;
    t.reset_decoded();
    let mut st = DecoderState::default();
    st.newlines.pendingcr = c.dec_flags & 1 != 0;
    if c.chars_to_skip > 0 || c.bytes_to_feed > 0 || c.need_eof {
        let input = protocol::call_method(
            &buffer,
            "read",
            &[int::from_i128(i128::from(c.bytes_to_feed))],
        )?;
        let input = bytes_from_object(&input)?;
        *t.snapshot.borrow_mut() = Some((st.newlines.pendingcr, input.clone()));
        let text = t.decode(&mut st, &input, c.need_eof)?;
        if (text.len() as u64) < c.chars_to_skip {
            return Err(PyErr::new(
                &exceptions::OS_ERROR,
                "can't restore logical file position",
            ));
        }
        *t.decoded.borrow_mut() = text;
        t.decoded_used.set(c.chars_to_skip as usize);
    } else {
        *t.snapshot.borrow_mut() = Some((st.newlines.pendingcr, Vec::new()));
    }
    *t.decoder.borrow_mut() = st;
    Ok(cookie)
}

fn textio_truncate(v: &Value, args: Args) -> PyResult {
    let a = args.range("truncate", "truncate", 0, 1)?;
    let t = this(v);
    let buffer = t.check_closed()?;
    protocol::call_method(v, "flush", &[])?;
    let pos = match a.first().filter(|p| !is_none(p)) {
        Some(p) => p.clone(),
        None => protocol::call_method(v, "tell", &[])?,
    };
    protocol::call_method(&buffer, "truncate", &[pos])
}

fn textio_detach(v: &Value, args: Args) -> PyResult {
    args.none("detach")?;
    let t = this(v);
    t.buffer()?;
    protocol::call_method(v, "flush", &[])?;
    t.buffer
        .borrow_mut()
        .take()
        .ok_or_else(|| value_error("underlying buffer has been detached"))
}

fn textio_reconfigure(v: &Value, args: Args) -> PyResult {
    let [encoding, errors, newline, line_buffering, write_through] = args.parse(
        "reconfigure",
        [
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
        0,
        0,
    )?;
    let t = this(v);
    let given = |x: &Option<Value>| x.as_ref().is_some_and(|x| !is_none(x));
    let newline_value = if newline.is_some() {
        Some(checked_newline(newline.as_ref())?)
    } else {
        None
    };
    let codec = match optional_str(encoding.as_ref(), "encoding")? {
        Some(e) => Some((codec_of(&e)?, e)),
        None => None,
    };
    protocol::call_method(v, "flush", &[])?;
    if let Some((codec, name)) = codec {
        t.codec.set(codec);
        *t.encoding.borrow_mut() = name;
        if !given(&errors) {
            *t.errors.borrow_mut() = "strict".into();
        }
    }
    if let Some(e) = optional_str(errors.as_ref(), "errors")? {
        *t.errors.borrow_mut() = e;
    }
    if let Some(nl) = newline_value {
        *t.newline.borrow_mut() = nl;
    }
    if given(&line_buffering) {
        t.line_buffering
            .set(protocol::is_true(line_buffering.as_ref().expect("given"))?);
    }
    if given(&write_through) {
        t.write_through
            .set(protocol::is_true(write_through.as_ref().expect("given"))?);
    }
    Ok(none())
}

/// A method that forwards to the buffer (`fileno`, `isatty`, ...).
fn forward(v: &Value, name: &str) -> PyResult {
    protocol::call_method(&this(v).buffer()?, name, &[])
}

fn textio_repr(v: &Value) -> PyResult {
    let tp = protocol::type_name(v);
    let Some(_guard) = ouro_objects::reprguard::enter(v) else {
        return Err(ouro_objects::err::runtime_error(format!(
            "reentrant call inside {tp}.__repr__"
        )));
    };
    let mut out = format!("<{tp}");
    for attr in ["name", "mode"] {
        match protocol::getattr_opt(v, &intern(attr)) {
            Ok(Some(x)) => out.push_str(&format!(" {attr}={}", protocol::repr_string(&x)?)),
            Ok(None) => {}
            Err(e) if e.matches(&exceptions::VALUE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    let encoding = this(v).encoding.borrow().clone();
    out.push_str(&format!(
        " encoding={}>",
        protocol::repr_string(&PyStr::new(&encoding))?
    ));
    Ok(PyStr::new(&out))
}

fn set_chunk_size(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(ouro_objects::err::runtime_error(
            "cannot delete _CHUNK_SIZE",
        ));
    };
    let n = protocol::index_as_isize(value)?;
    if n <= 0 {
        return Err(value_error("a strictly positive integer is required"));
    }
    this(v).chunk_size.set(n as usize);
    Ok(())
}

builtin_type!(pub static TEXT_IO_WRAPPER_TYPE: TextIO = TypeSpec {
    name: "_io.TextIOWrapper",
    doc: Some("TextIOWrapper(buffer, encoding=None, errors=None, newline=None,\n              line_buffering=False, write_through=False)\n--\n\nCharacter and line based layer over a BufferedIOBase object, buffer."),
    base: Some(&TEXT_IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        new: Some(textio_new),
        init: Some(textio_init),
        repr: Some(textio_repr),
        iternext: Some(textio_iternext),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("detach", textio_detach, "detach($self, /)\n--\n\nSeparate the underlying buffer from the TextIOBase and return it."),
        MethodDef::new("reconfigure", textio_reconfigure, "reconfigure($self, /, *, encoding=None, errors=None, newline=None,\n            line_buffering=None, write_through=None)\n--\n\nReconfigure the text stream with new parameters."),
        MethodDef::new("write", textio_write, "write($self, text, /)\n--\n\n"),
        MethodDef::new("read", textio_read, "read($self, size=-1, /)\n--\n\n"),
        MethodDef::new("readline", textio_readline, "readline($self, size=-1, /)\n--\n\n"),
        MethodDef::new("flush", textio_flush, "flush($self, /)\n--\n\n"),
        MethodDef::new("close", textio_close, "close($self, /)\n--\n\n"),
        MethodDef::new("fileno", |v, _| forward(v, "fileno"), "fileno($self, /)\n--\n\n"),
        MethodDef::new("seekable", |v, _| forward(v, "seekable"), "seekable($self, /)\n--\n\n"),
        MethodDef::new("readable", |v, _| forward(v, "readable"), "readable($self, /)\n--\n\n"),
        MethodDef::new("writable", |v, _| forward(v, "writable"), "writable($self, /)\n--\n\n"),
        MethodDef::new("isatty", |v, _| forward(v, "isatty"), "isatty($self, /)\n--\n\n"),
        MethodDef::new("seek", textio_seek, "seek($self, cookie, whence=os.SEEK_SET, /)\n--\n\nSet the stream position, and return the new stream position."),
        MethodDef::new("tell", textio_tell, "tell($self, /)\n--\n\nReturn the stream position as an opaque number."),
        MethodDef::new("truncate", textio_truncate, "truncate($self, pos=None, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::getter("encoding", |v| Ok(PyStr::new(&this(v).encoding.borrow()))),
        GetSetDef::getter("errors", |v| Ok(PyStr::new(&this(v).errors.borrow()))),
        GetSetDef::getter("buffer", |v| this(v).buffer()),
        GetSetDef::getter("line_buffering", |v| Ok(pybool::py_bool(this(v).line_buffering.get()))),
        GetSetDef::getter("write_through", |v| Ok(pybool::py_bool(this(v).write_through.get()))),
        GetSetDef::getter("closed", |v| protocol::getattr_str(&this(v).buffer()?, "closed")),
        GetSetDef::getter("name", |v| protocol::getattr_str(&this(v).buffer()?, "name")),
        GetSetDef::getter("newlines", |v| {
            let t = this(v);
            Ok(if t.universal() && t.readable.get() { t.decoder.borrow().newlines.newlines() } else { none() })
        }),
        GetSetDef::with_setter("_CHUNK_SIZE", |v| Ok(int::from_usize(this(v).chunk_size.get())), set_chunk_size),
    ],
    ..TypeSpec::DEFAULT
});
