//! `zlib`: deflate compression and decompression streams (zlib, gzip and raw framing, preset dictionaries) over flate2/zlib-rs; mirrors Modules/zlibmodule.c.
//!
//! flate2 cannot clone a stream, so `copy()` rebuilds one by replaying the
//! input (and flushes) the original was given: deflate is deterministic, so
//! the replayed stream is in the same state.

use std::borrow::Cow;
use std::cell::RefCell;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{
    TypeRef, Value, bool as pybool, builtin_type, bytes, exceptions, int, protocol,
};

use crate::binascii::{crc_arg, crc32_update};

ouro_objects::gil_shared! {
    /// `zlib.error`, made when the module is first created.
    static ZLIB_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn error(msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    match ZLIB_ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match protocol::call1(&cls, PyStr::new(&msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => value_error(msg),
    }
}

const MAX_WBITS: i64 = 15;
const DEF_BUF_SIZE: usize = 16384;
const CHUNK: usize = 64 * 1024;

/// How a `wbits` value frames the stream.
#[derive(Clone, Copy, PartialEq)]
enum Framing {
    Zlib(u8),
    Raw(u8),
    Gzip(u8),
    /// Decompression only: zlib or gzip, by the header.
    Auto(u8),
}

/// `wbits` for compression (`deflateInit2`): None when zlib would refuse it.
fn compress_framing(wbits: i64) -> Option<Framing> {
    // zlib silently widens an 8-bit window to 9 bits.
    let bits = |w: i64| Some(w.clamp(9, 15) as u8);
    match wbits {
        8..=15 => Some(Framing::Zlib(bits(wbits)?)),
        -15..=-9 => Some(Framing::Raw(bits(-wbits)?)),
        24..=31 => Some(Framing::Gzip(bits(wbits - 16)?)),
        _ => None,
    }
}

/// `wbits` for decompression (`inflateInit2`).
fn decompress_framing(wbits: i64) -> Option<Framing> {
    match wbits {
        0 => Some(Framing::Zlib(15)),
        8..=15 => Some(Framing::Zlib(wbits.max(9) as u8)),
        -15..=-8 => Some(Framing::Raw((-wbits).max(9) as u8)),
        24..=31 => Some(Framing::Gzip((wbits - 16).max(9) as u8)),
        32 | 40..=47 => Some(Framing::Auto((wbits - 32).max(9) as u8)),
        _ => None,
    }
}

fn new_compress(level: i64, framing: Framing) -> Compress {
    let level = Compression::new(if level < 0 { 6 } else { level as u32 });
    match framing {
        Framing::Zlib(w) | Framing::Auto(w) => Compress::new_with_window_bits(level, true, w),
        Framing::Raw(w) => Compress::new_with_window_bits(level, false, w),
        Framing::Gzip(w) => Compress::new_gzip(level, w),
    }
}

/// A decompressor for `framing`; `Auto` decides by the first byte (gzip's
/// magic starts with 0x1f).
fn new_decompress(framing: Framing, first: Option<u8>) -> Decompress {
    match framing {
        Framing::Zlib(w) => Decompress::new_with_window_bits(true, w),
        Framing::Raw(w) => Decompress::new_with_window_bits(false, w),
        Framing::Gzip(w) => Decompress::new_gzip(w),
        Framing::Auto(w) if first == Some(0x1f) => Decompress::new_gzip(w),
        Framing::Auto(w) => Decompress::new_with_window_bits(true, w),
    }
}

/// The bytes of a bytes-like argument; a `bytes` object is borrowed rather than copied (inputs run to
/// hundreds of megabytes).
fn data_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    if let Some(b) = v.downcast::<bytes::Bytes>() {
        return Ok(Cow::Borrowed(&b.0));
    }
    bytes::as_bytes_like(v).map(Cow::Owned).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(v)
        ))
    })
}

fn int_arg(v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => Ok(protocol::index_as_isize(&v)? as i64),
    }
}

/// Runs the compressor over `input` with `flush`, returning all output.
fn run_compress(
    c: &mut Compress,
    input: &[u8],
    flush: FlushCompress,
    what: &str,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        // Deflate straight into the output's tail, growing it geometrically.
        let room = CHUNK.max(out.len());
        let filled = out.len();
        out.resize(filled + room, 0);
        let (in0, out0) = (c.total_in(), c.total_out());
        let result = c.compress(&input[pos..], &mut out[filled..], flush);
        out.truncate(filled + (c.total_out() - out0) as usize);
        let status = result
            .map_err(|_| error(format!("Error -2 while {what}: inconsistent stream state")))?;
        let consumed = (c.total_in() - in0) as usize;
        let produced = (c.total_out() - out0) as usize;
        pos += consumed;
        if status == Status::StreamEnd || (pos == input.len() && produced < room) {
            return Ok(out);
        }
    }
}

/// The message of a failed inflate, as zlibmodule.c's `zlib_error` words it.
fn inflate_error(e: &flate2::DecompressError, what: &str) -> PyErr {
    if e.needs_dictionary().is_some() {
        return error(format!("Error 2 while {what}"));
    }
    match e.message() {
        Some(msg) => error(format!("Error -3 while {what}: {msg}")),
        None => error(format!("Error -3 while {what}")),
    }
}

/// What one inflate run did.
struct Inflated {
    out: Vec<u8>,
    consumed: usize,
    eof: bool,
}

/// Inflates `input` until it is used up, the stream ends, or `max` bytes
/// came out (0: no limit); a needed dictionary is supplied from `zdict`.
fn run_inflate(
    d: &mut Decompress,
    input: &[u8],
    max: usize,
    zdict: Option<&[u8]>,
    flush: FlushDecompress,
    what: &str,
) -> PyResult<Inflated> {
    let mut blocks = OutputBlocks::default();
    let mut pos = 0;
    loop {
        let room = blocks.next_room(input.len() - pos, max);
        if room == 0 {
            return Ok(blocks.finish(pos, false));
        }
        let mut block = vec![0u8; room];
        let (in0, out0) = (d.total_in(), d.total_out());
        let result = d.decompress(&input[pos..], &mut block, flush);
        let produced = (d.total_out() - out0) as usize;
        block.truncate(produced);
        blocks.push(block);
        let status = match result {
            Ok(s) => s,
            Err(e) => {
                pos += (d.total_in() - in0) as usize;
                match (e.needs_dictionary(), zdict) {
                    (Some(_), Some(dict)) => {
                        d.set_dictionary(dict)
                            .map_err(|e| inflate_error(&e, what))?;
                        continue;
                    }
                    _ => return Err(inflate_error(&e, what)),
                }
            }
        };
        let consumed = (d.total_in() - in0) as usize;
        pos += consumed;
        if status == Status::StreamEnd {
            return Ok(blocks.finish(pos, true));
        }
        if consumed == 0 && produced == 0 {
            return Ok(blocks.finish(pos, false));
        }
    }
}

/// Inflated output gathered in blocks that grow geometrically (CPython's `_BlocksOutputBuffer`):
/// a large output is copied once, when the blocks are joined, instead of on every resize.
#[derive(Default)]
struct OutputBlocks {
    blocks: Vec<Vec<u8>>,
    len: usize,
}

impl OutputBlocks {
    /// The size of the next block: at least CHUNK, about the output so far (doubling it) and the
    /// input left (output is rarely smaller), within `max` when that is nonzero.
    fn next_room(&self, input_left: usize, max: usize) -> usize {
        let wanted = CHUNK.max(self.len).max(input_left);
        if max > 0 {
            (max - self.len).min(wanted)
        } else {
            wanted
        }
    }

    fn push(&mut self, block: Vec<u8>) {
        self.len += block.len();
        if !block.is_empty() {
            self.blocks.push(block);
        }
    }

    fn finish(mut self, consumed: usize, eof: bool) -> Inflated {
        let out = if self.blocks.len() == 1 {
            self.blocks.pop().unwrap_or_default()
        } else {
            self.blocks.concat()
        };
        Inflated { out, consumed, eof }
    }
}

fn zlib_compress(_m: &Value, args: Args) -> PyResult {
    let [data, level, wbits] = args.parse("compress", ["data", "level", "wbits"], 1, 1, 3)?;
    let data = data_arg(data.as_ref().expect("required"))?;
    let level = int_arg(level, -1)?;
    let framing = compress_framing(int_arg(wbits, MAX_WBITS)?)
        .filter(|_| (-1..=9).contains(&level))
        .ok_or_else(|| error("Bad compression level"))?;
    let mut c = new_compress(level, framing);
    Ok(bytes::new(run_compress(
        &mut c,
        &data,
        FlushCompress::Finish,
        "compressing data",
    )?))
}

fn zlib_decompress(_m: &Value, args: Args) -> PyResult {
    let [data, wbits, bufsize] = args.parse("decompress", ["data", "wbits", "bufsize"], 1, 1, 3)?;
    let data = data_arg(data.as_ref().expect("required"))?;
    let wbits = int_arg(wbits, MAX_WBITS)?;
    if int_arg(bufsize, DEF_BUF_SIZE as i64)? < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let framing = decompress_framing(wbits).ok_or_else(|| {
        error("Error -2 while preparing to decompress data: inconsistent stream state")
    })?;
    let mut d = new_decompress(framing, data.first().copied());
    let r = run_inflate(
        &mut d,
        &data,
        0,
        None,
        FlushDecompress::Finish,
        "decompressing data",
    )?;
    if !r.eof {
        return Err(error(
            "Error -5 while decompressing data: incomplete or truncated stream",
        ));
    }
    Ok(bytes::new(r.out))
}

/// One step a compressor was given, kept so `copy()` can replay it.
#[derive(Clone)]
enum Step {
    Data(Vec<u8>),
    Flush(FlushCompress),
}

struct CompressState {
    stream: Compress,
    level: i64,
    framing: Framing,
    zdict: Option<Vec<u8>>,
    history: Vec<Step>,
}

impl CompressState {
    fn fresh(level: i64, framing: Framing, zdict: Option<Vec<u8>>) -> PyResult<CompressState> {
        let mut stream = new_compress(level, framing);
        if let Some(d) = &zdict {
            stream
                .set_dictionary(d)
                .map_err(|_| value_error("Invalid dictionary"))?;
        }
        Ok(CompressState {
            stream,
            level,
            framing,
            zdict,
            history: Vec::new(),
        })
    }
}

/// `zlib.Compress`; `None` once finished by `flush(Z_FINISH)`.
pub struct CompressObj {
    state: RefCell<Option<CompressState>>,
}

fn flush_mode(mode: i64) -> FlushCompress {
    match mode {
        0 => FlushCompress::None,
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        // Z_BLOCK and Z_TREES have no flate2 form; a partial flush also
        // ends the current block.
        5 | 6 => FlushCompress::Partial,
        _ => FlushCompress::Finish,
    }
}

fn compressobj(_m: &Value, args: Args) -> PyResult {
    let [level, method, wbits, mem_level, strategy, zdict] = args.parse(
        "compressobj",
        ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        0,
        0,
        6,
    )?;
    let level = int_arg(level, -1)?;
    let method = int_arg(method, 8)?;
    let mem_level = int_arg(mem_level, 8)?;
    let strategy = int_arg(strategy, 0)?;
    let zdict = match zdict {
        None => None,
        Some(z) => Some(
            bytes::as_bytes_like(&z)
                .ok_or_else(|| type_error("zdict argument must support the buffer protocol"))?,
        ),
    };
    // memLevel and strategy are checked as deflateInit2 does; the stream
    // uses zlib-rs's defaults for them (flate2 does not pass them on).
    let framing = compress_framing(int_arg(wbits, MAX_WBITS)?)
        .filter(|_| (-1..=9).contains(&level) && method == 8)
        .filter(|_| (1..=9).contains(&mem_level) && (0..=4).contains(&strategy))
        .ok_or_else(|| value_error("Invalid initialization option"))?;
    let state = CompressState::fresh(level, framing, zdict)?;
    Ok(alloc_typed(
        &TypeRef::from_static(&COMPRESS_TYPE),
        CompressObj {
            state: RefCell::new(Some(state)),
        },
    ))
}

fn compress_this(v: &Value) -> &CompressObj {
    v.downcast::<CompressObj>()
        .expect("Compress method on a Compress")
}

fn compress_compress(v: &Value, args: Args) -> PyResult {
    let data = data_arg(args.one("Compress.compress")?)?;
    let mut guard = compress_this(v).state.borrow_mut();
    let Some(s) = guard.as_mut() else {
        return Err(error(
            "Error -2 while compressing data: inconsistent stream state",
        ));
    };
    let out = run_compress(
        &mut s.stream,
        &data,
        FlushCompress::None,
        "compressing data",
    )?;
    s.history.push(Step::Data(data.into_owned()));
    Ok(bytes::new(out))
}

fn compress_flush(v: &Value, args: Args) -> PyResult {
    let a = args.range("flush", "flush", 0, 1)?;
    let mode = a
        .first()
        .map_or(Ok(4), |m| protocol::index_as_isize(m).map(|m| m as i64))?;
    if mode == 0 {
        return Ok(bytes::new(Vec::new()));
    }
    let mut guard = compress_this(v).state.borrow_mut();
    let Some(s) = guard.as_mut() else {
        return Err(error("Error -2 while flushing: inconsistent stream state"));
    };
    let flush = flush_mode(mode);
    let out = run_compress(&mut s.stream, &[], flush, "flushing")?;
    s.history.push(Step::Flush(flush));
    if mode == 4 {
        *guard = None;
    }
    Ok(bytes::new(out))
}

fn compress_copy(v: &Value, args: Args) -> PyResult {
    args.none("Compress.copy")?;
    let guard = compress_this(v).state.borrow();
    let Some(s) = guard.as_ref() else {
        return Err(value_error("Inconsistent stream state"));
    };
    let mut copy = CompressState::fresh(s.level, s.framing, s.zdict.clone())?;
    for step in &s.history {
        match step {
            Step::Data(d) => {
                run_compress(&mut copy.stream, d, FlushCompress::None, "compressing data")?
            }
            Step::Flush(f) => run_compress(&mut copy.stream, &[], *f, "flushing")?,
        };
    }
    copy.history = s.history.clone();
    Ok(alloc_typed(
        &TypeRef::from_static(&COMPRESS_TYPE),
        CompressObj {
            state: RefCell::new(Some(copy)),
        },
    ))
}

builtin_type!(pub static COMPRESS_TYPE: CompressObj = TypeSpec {
    name: "zlib.Compress",
    methods: &[
        MethodDef::new("compress", compress_compress, "compress($self, data, /)\n--\n\nReturns a bytes object containing compressed data."),
        MethodDef::new("flush", compress_flush, "flush($self, mode=zlib.Z_FINISH, /)\n--\n\nReturn a bytes object containing any remaining compressed data."),
        MethodDef::new("copy", compress_copy, "copy($self, /)\n--\n\nReturn a copy of the compression object."),
        MethodDef::new("__copy__", compress_copy, "__copy__($self, /)\n--\n\n"),
        MethodDef::new("__deepcopy__", |v, a| compress_copy(v, Args::new(&a.values[..0], None)), "__deepcopy__($self, memo, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});

/// A decompression stream's state and what `copy()` needs to rebuild it.
struct DecompressState {
    stream: Option<Decompress>,
    framing: Framing,
    zdict: Option<Vec<u8>>,
    /// All input consumed so far, to replay for `copy()`.
    consumed: Vec<u8>,
    eof: bool,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
}

impl DecompressState {
    fn new(framing: Framing, zdict: Option<Vec<u8>>) -> DecompressState {
        DecompressState {
            stream: None,
            framing,
            zdict,
            consumed: Vec::new(),
            eof: false,
            unused_data: Vec::new(),
            unconsumed_tail: Vec::new(),
        }
    }

    /// The stream, made on first input (auto framing needs its first byte);
    /// raw streams take their dictionary up front.
    fn stream(&mut self, first: Option<u8>) -> PyResult<&mut Decompress> {
        if self.stream.is_none() {
            let mut d = new_decompress(self.framing, first);
            if let (Framing::Raw(_), Some(z)) = (self.framing, &self.zdict) {
                d.set_dictionary(z)
                    .map_err(|e| inflate_error(&e, "setting dictionary"))?;
            }
            self.stream = Some(d);
        }
        Ok(self.stream.as_mut().expect("made above"))
    }

    /// Inflates `data`, keeping eof, unused data and unconsumed tail.
    fn feed(&mut self, data: &[u8], max: usize, flush: FlushDecompress) -> PyResult<Vec<u8>> {
        if self.eof {
            self.unused_data.extend_from_slice(data);
            return Ok(Vec::new());
        }
        let zdict = self.zdict.clone();
        let stream = self.stream(data.first().copied())?;
        let r = run_inflate(
            stream,
            data,
            max,
            zdict.as_deref(),
            flush,
            "decompressing data",
        )?;
        self.consumed.extend_from_slice(&data[..r.consumed]);
        let rest = &data[r.consumed..];
        if r.eof {
            self.eof = true;
            self.unused_data.extend_from_slice(rest);
            self.unconsumed_tail.clear();
        } else {
            self.unconsumed_tail = rest.to_vec();
        }
        Ok(r.out)
    }
}

pub struct DecompressObj {
    state: RefCell<DecompressState>,
}

fn decompress_this(v: &Value) -> &DecompressObj {
    v.downcast::<DecompressObj>()
        .expect("Decompress method on a Decompress")
}

fn zdict_arg(z: Option<Value>) -> PyResult<Option<Vec<u8>>> {
    match z {
        None => Ok(None),
        Some(z) => bytes::as_bytes_like(&z)
            .map(Some)
            .ok_or_else(|| type_error("zdict argument must support the buffer protocol")),
    }
}

fn decompressobj(_m: &Value, args: Args) -> PyResult {
    let [wbits, zdict] = args.parse("decompressobj", ["wbits", "zdict"], 0, 0, 2)?;
    let framing = decompress_framing(int_arg(wbits, MAX_WBITS)?)
        .ok_or_else(|| value_error("Invalid initialization option"))?;
    let zdict = zdict_arg(zdict)?;
    Ok(alloc_typed(
        &TypeRef::from_static(&DECOMPRESS_TYPE),
        DecompressObj {
            state: RefCell::new(DecompressState::new(framing, zdict)),
        },
    ))
}

fn decompress_decompress(v: &Value, args: Args) -> PyResult {
    let [data, max_length] = args.parse("decompress", ["data", "max_length"], 1, 1, 2)?;
    let data = data_arg(data.as_ref().expect("required"))?;
    let max = int_arg(max_length, 0)?;
    if max < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    let out =
        decompress_this(v)
            .state
            .borrow_mut()
            .feed(&data, max as usize, FlushDecompress::None)?;
    Ok(bytes::new(out))
}

fn decompress_flush(v: &Value, args: Args) -> PyResult {
    let a = args.range("flush", "flush", 0, 1)?;
    let length = a
        .first()
        .map_or(Ok(DEF_BUF_SIZE as isize), protocol::index_as_isize)?;
    if length <= 0 {
        return Err(value_error("length must be greater than zero"));
    }
    let mut s = decompress_this(v).state.borrow_mut();
    let tail = std::mem::take(&mut s.unconsumed_tail);
    let out = s.feed(&tail, 0, FlushDecompress::Finish)?;
    Ok(bytes::new(out))
}

fn decompress_copy(v: &Value, args: Args) -> PyResult {
    args.none("Decompress.copy")?;
    let s = decompress_this(v).state.borrow();
    let mut copy = DecompressState::new(s.framing, s.zdict.clone());
    if !s.consumed.is_empty() {
        copy.feed(&s.consumed, 0, FlushDecompress::None)?;
    }
    copy.eof = s.eof;
    copy.unused_data = s.unused_data.clone();
    copy.unconsumed_tail = s.unconsumed_tail.clone();
    Ok(alloc_typed(
        &TypeRef::from_static(&DECOMPRESS_TYPE),
        DecompressObj {
            state: RefCell::new(copy),
        },
    ))
}

builtin_type!(pub static DECOMPRESS_TYPE: DecompressObj = TypeSpec {
    name: "zlib.Decompress",
    methods: &[
        MethodDef::new("decompress", decompress_decompress, "decompress($self, data, /, max_length=0)\n--\n\nReturn a bytes object containing the decompressed version of the data."),
        MethodDef::new("flush", decompress_flush, "flush($self, length=zlib.DEF_BUF_SIZE, /)\n--\n\nReturn a bytes object containing any remaining decompressed data."),
        MethodDef::new("copy", decompress_copy, "copy($self, /)\n--\n\nReturn a copy of the decompression object."),
        MethodDef::new("__copy__", decompress_copy, "__copy__($self, /)\n--\n\n"),
        MethodDef::new("__deepcopy__", |v, a| decompress_copy(v, Args::new(&a.values[..0], None)), "__deepcopy__($self, memo, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::getter("unused_data", |v| Ok(bytes::new(decompress_this(v).state.borrow().unused_data.clone()))),
        GetSetDef::getter("unconsumed_tail", |v| Ok(bytes::new(decompress_this(v).state.borrow().unconsumed_tail.clone()))),
        GetSetDef::getter("eof", |v| Ok(pybool::py_bool(decompress_this(v).state.borrow().eof))),
    ],
    ..TypeSpec::DEFAULT
});

/// `zlib._ZlibDecompressor`: buffers its input, as the gzip module wants.
pub struct ZlibDecompressor {
    state: RefCell<DecompressState>,
    needs_input: std::cell::Cell<bool>,
}

fn zd_this(v: &Value) -> &ZlibDecompressor {
    v.downcast::<ZlibDecompressor>()
        .expect("_ZlibDecompressor method")
}

fn zd_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [wbits, zdict] =
        Args::new(args, kwnames).parse("_ZlibDecompressor", ["wbits", "zdict"], 0, 0, 2)?;
    let framing = decompress_framing(int_arg(wbits, MAX_WBITS)?)
        .ok_or_else(|| value_error("Invalid initialization option"))?;
    let zdict = zdict_arg(zdict)?;
    Ok(alloc_typed(
        ty,
        ZlibDecompressor {
            state: RefCell::new(DecompressState::new(framing, zdict)),
            needs_input: std::cell::Cell::new(true),
        },
    ))
}

fn zd_decompress(v: &Value, args: Args) -> PyResult {
    let [data, max_length] = args.parse("decompress", ["data", "max_length"], 0, 1, 2)?;
    let data = data_arg(data.as_ref().expect("required"))?;
    let max = int_arg(max_length, -1)?;
    let z = zd_this(v);
    let mut s = z.state.borrow_mut();
    if s.eof {
        return Err(PyErr::new(
            &exceptions::EOF_ERROR,
            "End of stream already reached",
        ));
    }
    let mut input = std::mem::take(&mut s.unconsumed_tail);
    input.extend_from_slice(&data);
    let limit = if max < 0 { 0 } else { max as usize };
    let out = if max == 0 {
        s.unconsumed_tail = input;
        Vec::new()
    } else {
        s.feed(&input, limit, FlushDecompress::None)?
    };
    z.needs_input
        .set(!s.eof && s.unconsumed_tail.is_empty() && (max < 0 || out.len() < limit));
    Ok(bytes::new(out))
}

builtin_type!(pub static ZLIB_DECOMPRESSOR_TYPE: ZlibDecompressor = TypeSpec {
    name: "zlib._ZlibDecompressor",
    doc: Some("_ZlibDecompressor(wbits=15, zdict=b'')\n--\n\nCreate a decompressor object for decompressing data incrementally."),
    slots: SlotDefs { new: Some(zd_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("decompress", zd_decompress, "decompress($self, /, data, max_length=-1)\n--\n\nDecompress *data*, returning uncompressed data as bytes."),
    ],
    getsets: &[
        GetSetDef::getter("eof", |v| Ok(pybool::py_bool(zd_this(v).state.borrow().eof))),
        GetSetDef::getter("unused_data", |v| Ok(bytes::new(zd_this(v).state.borrow().unused_data.clone()))),
        GetSetDef::getter("needs_input", |v| Ok(pybool::py_bool(zd_this(v).needs_input.get()))),
    ],
    ..TypeSpec::DEFAULT
});

fn zlib_crc32(_m: &Value, args: Args) -> PyResult {
    let a = args.range("crc32", "crc32", 1, 2)?;
    let data = data_arg(&a[0])?;
    let crc = a.get(1).map_or(Ok(0), crc_arg)?;
    Ok(int::from_i64(i64::from(crc32_update(crc, &data))))
}

fn zlib_adler32(_m: &Value, args: Args) -> PyResult {
    let a = args.range("adler32", "adler32", 1, 2)?;
    let data = data_arg(&a[0])?;
    let start = a.get(1).map_or(Ok(1), crc_arg)?;
    let (mut lo, mut hi) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &b in chunk {
            lo += u32::from(b);
            hi += lo;
        }
        lo %= 65521;
        hi %= 65521;
    }
    Ok(int::from_i64(i64::from((hi << 16) | lo)))
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    // The stream types are reached through compressobj/decompressobj only.
    ouro_objects::typeobj::ready(&COMPRESS_TYPE);
    ouro_objects::typeobj::ready(&DECOMPRESS_TYPE);
    let cls =
        ouro_eval::native_module::exception_class("zlib", "error", &[&exceptions::EXCEPTION])?;
    ZLIB_ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    m.set("error", cls);
    for (name, value) in [
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE as i64),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ] {
        m.set(name, int::from_i64(value));
    }
    // zlib-rs implements zlib 1.3.1's interface.
    m.set("ZLIB_VERSION", PyStr::new("1.3.1"));
    m.set("ZLIB_RUNTIME_VERSION", PyStr::new("1.3.1"));
    m.set("__version__", PyStr::new("1.0"));
    Ok(())
}

pub static ZLIB: ModuleDef = ModuleDef {
    name: "zlib",
    doc: "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.",
    functions: &[
        MethodDef::new(
            "adler32",
            zlib_adler32,
            "adler32($module, data, value=1, /)\n--\n\nCompute an Adler-32 checksum of data.",
        ),
        MethodDef::new(
            "compress",
            zlib_compress,
            "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)\n--\n\nReturns a bytes object containing compressed data.",
        ),
        MethodDef::new(
            "compressobj",
            compressobj,
            "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n            strategy=Z_DEFAULT_STRATEGY, zdict=None)\n--\n\nReturn a compressor object.",
        ),
        MethodDef::new(
            "crc32",
            zlib_crc32,
            "crc32($module, data, value=0, /)\n--\n\nCompute a CRC-32 checksum of data.",
        ),
        MethodDef::new(
            "decompress",
            zlib_decompress,
            "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)\n--\n\nReturns a bytes object containing the uncompressed data.",
        ),
        MethodDef::new(
            "decompressobj",
            decompressobj,
            "decompressobj($module, /, wbits=MAX_WBITS, zdict=b'')\n--\n\nReturn a decompressor object.",
        ),
    ],
    types: || vec![&ZLIB_DECOMPRESSOR_TYPE],
    init,
};
