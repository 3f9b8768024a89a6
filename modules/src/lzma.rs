//! `_lzma`: xz, lzma-alone and raw compressor/decompressor objects and filter chains over liblzma; mirrors Modules/_lzmamodule.c.

use std::cell::RefCell;

use liblzma::stream::{Action, Check, Filters, LzmaOptions, MatchFinder, Mode, Status, Stream};
use ouro_eval::native_module::{ModuleDef, exception_class};
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{
    TypeRef, Value, bool as pybool, builtin_type, bytes, exceptions, int, protocol,
};

use crate::bz2::{data_arg, max_length_arg, needs_input};

ouro_objects::gil_shared! {
    /// `_lzma.LZMAError`, made when the module is first created.
    static LZMA_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn error(msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    match LZMA_ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match protocol::call1(&cls, PyStr::new(&msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => value_error(msg),
    }
}

const FORMAT_AUTO: i64 = 0;
const FORMAT_XZ: i64 = 1;
const FORMAT_ALONE: i64 = 2;
const FORMAT_RAW: i64 = 3;
const CHECK_NONE: i64 = 0;
const CHECK_UNKNOWN: i64 = 16;
const FILTER_LZMA1: i64 = 0x4000_0000_0000_0001;
const FILTER_LZMA2: i64 = 0x21;
const FILTER_DELTA: i64 = 0x03;
const FILTER_X86: i64 = 0x04;
const FILTER_POWERPC: i64 = 0x05;
const FILTER_IA64: i64 = 0x06;
const FILTER_ARM: i64 = 0x07;
const FILTER_ARMTHUMB: i64 = 0x08;
const FILTER_SPARC: i64 = 0x09;
const PRESET_DEFAULT: u32 = 6;
const PRESET_EXTREME: u32 = 0x8000_0000;
/// liblzma's `LZMA_TELL_ANY_CHECK`: report the stream's check as soon as it is known.
const TELL_ANY_CHECK: u32 = 0x04;
const CHUNK: usize = 64 * 1024;

/// `catch_lzma_error`'s exception for a liblzma failure.
fn lzma_error(e: liblzma::stream::Error) -> PyErr {
    use liblzma::stream::Error as E;
    match e {
        E::UnsupportedCheck => error("Unsupported integrity check"),
        E::Mem => PyErr::empty(&exceptions::MEMORY_ERROR),
        E::MemLimit => error("Memory usage limit exceeded"),
        E::Format => error("Input format not supported by decoder"),
        E::Options => error("Invalid or unsupported options"),
        E::Data => error("Corrupt input data"),
        E::Program | E::NoCheck => error("Internal error"),
    }
}

fn u64_arg(v: &Value) -> PyResult<u64> {
    let i = protocol::index(v)?;
    if int::is_negative(&i) {
        return Err(value_error("Cannot convert negative int"));
    }
    let value = match int::as_int(&i) {
        Some(int::IntRef::Small(n)) => u64::try_from(n).ok(),
        Some(int::IntRef::Big(b)) => num_traits::ToPrimitive::to_u64(b),
        None => None,
    };
    value.ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Value too large for uint64_t type",
        )
    })
}

fn u32_arg(v: &Value) -> PyResult<u32> {
    let n = u64_arg(v)?;
    u32::try_from(n).map_err(|_| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Value too large for uint32_t type",
        )
    })
}

/// One filter specifier dict, read into its id and options.
struct FilterSpec {
    id: i64,
    entries: Vec<(String, Value)>,
}

fn read_spec(spec: &Value) -> PyResult<FilterSpec> {
    let Some(d) = spec.downcast::<Dict>() else {
        return Err(type_error(
            "Filter specifier must be a dict or dict-like object",
        ));
    };
    let Some(id) = d.get_str(&PyStr::new("id")) else {
        return Err(value_error("Filter specifier must have an \"id\" entry"));
    };
    let id = int::to_i64(&protocol::index(&id)?).unwrap_or(-1);
    let mut entries = Vec::new();
    for key in protocol::collect(spec)? {
        let value = protocol::getitem(spec, &key)?;
        let name = key.downcast::<PyStr>().map(|s| s.to_string_lossy());
        entries.push((name.unwrap_or_default(), value));
    }
    Ok(FilterSpec { id, entries })
}

/// Default options of a preset, as `lzma_lzma_preset` sets them.
fn preset_dict_size(preset: u32) -> u32 {
    const SIZES: [u32; 10] = [18, 20, 21, 22, 22, 23, 23, 24, 25, 26];
    1 << SIZES[(preset & 0x1f).min(9) as usize]
}

/// The LZMA1/LZMA2 options of a filter specifier.
struct LzmaSpec {
    options: LzmaOptions,
    dict_size: u32,
    lc: u32,
    lp: u32,
    pb: u32,
}

fn lzma_spec(spec: &FilterSpec) -> PyResult<LzmaSpec> {
    let mut preset = PRESET_DEFAULT;
    for (name, value) in &spec.entries {
        match name.as_str() {
            "preset" => preset = u32_arg(value)?,
            "id" | "dict_size" | "lc" | "lp" | "pb" | "mode" | "nice_len" | "mf" | "depth" => {}
            _ => return Err(value_error("Invalid filter specifier for LZMA filter")),
        }
    }
    let mut options = LzmaOptions::new_preset(preset)
        .map_err(|_| error(format!("Invalid compression preset: {preset}")))?;
    let mut out = LzmaSpec {
        options: LzmaOptions::new(),
        dict_size: preset_dict_size(preset),
        lc: 3,
        lp: 0,
        pb: 2,
    };
    for (name, value) in &spec.entries {
        match name.as_str() {
            "dict_size" => {
                out.dict_size = u32_arg(value)?;
                options.dict_size(out.dict_size);
            }
            "lc" => {
                out.lc = u32_arg(value)?;
                options.literal_context_bits(out.lc);
            }
            "lp" => {
                out.lp = u32_arg(value)?;
                options.literal_position_bits(out.lp);
            }
            "pb" => {
                out.pb = u32_arg(value)?;
                options.position_bits(out.pb);
            }
            "mode" => {
                options.mode(match u32_arg(value)? {
                    1 => Mode::Fast,
                    2 => Mode::Normal,
                    _ => return Err(error("Invalid or unsupported options")),
                });
            }
            "nice_len" => {
                options.nice_len(u32_arg(value)?);
            }
            "mf" => {
                options.match_finder(match u32_arg(value)? {
                    0x03 => MatchFinder::HashChain3,
                    0x04 => MatchFinder::HashChain4,
                    0x12 => MatchFinder::BinaryTree2,
                    0x13 => MatchFinder::BinaryTree3,
                    0x14 => MatchFinder::BinaryTree4,
                    _ => return Err(error("Invalid or unsupported options")),
                });
            }
            "depth" => {
                options.depth(u32_arg(value)?);
            }
            _ => {}
        }
    }
    out.options = options;
    Ok(out)
}

/// The option of a delta (`dist`) or BCJ (`start_offset`) specifier.
fn single_option(spec: &FilterSpec, key: &str, what: &str, default: u32) -> PyResult<u32> {
    let mut v = default;
    for (name, value) in &spec.entries {
        match name.as_str() {
            "id" => {}
            n if n == key => v = u32_arg(value)?,
            _ => {
                return Err(value_error(format!(
                    "Invalid filter specifier for {what} filter"
                )));
            }
        }
    }
    Ok(v)
}

/// A filter's encoded properties (`lzma_properties_encode`).
fn encode_properties(spec: &FilterSpec) -> PyResult<Vec<u8>> {
    match spec.id {
        FILTER_LZMA1 => {
            let s = lzma_spec(spec)?;
            if s.lc > 8 || s.lp > 4 || s.pb > 4 {
                return Err(error("Invalid or unsupported options"));
            }
            let mut p = vec![((s.pb * 5 + s.lp) * 9 + s.lc) as u8];
            p.extend_from_slice(&s.dict_size.to_le_bytes());
            Ok(p)
        }
        FILTER_LZMA2 => {
            let s = lzma_spec(spec)?;
            let code = (0u32..40)
                .find(|&i| u64::from(2 | (i & 1)) << (i / 2 + 11) >= u64::from(s.dict_size))
                .unwrap_or(40);
            Ok(vec![code as u8])
        }
        FILTER_DELTA => {
            let dist = single_option(spec, "dist", "delta", 1)?;
            if !(1..=256).contains(&dist) {
                return Err(error("Invalid or unsupported options"));
            }
            Ok(vec![(dist - 1) as u8])
        }
        FILTER_X86 | FILTER_POWERPC | FILTER_IA64 | FILTER_ARM | FILTER_ARMTHUMB | FILTER_SPARC => {
            let start = single_option(spec, "start_offset", "BCJ", 0)?;
            Ok(if start == 0 {
                Vec::new()
            } else {
                start.to_le_bytes().to_vec()
            })
        }
        id => Err(value_error(format!("Invalid filter ID: {id}"))),
    }
}

/// Adds one filter to `filters`.
fn push_filter(filters: &mut Filters, spec: &FilterSpec) -> PyResult<()> {
    let invalid = |_| error("Invalid or unsupported options");
    match spec.id {
        FILTER_LZMA1 => {
            filters.lzma1(&lzma_spec(spec)?.options);
        }
        FILTER_LZMA2 => {
            filters.lzma2(&lzma_spec(spec)?.options);
        }
        FILTER_DELTA => {
            filters
                .delta_properties(&encode_properties(spec)?)
                .map_err(invalid)?;
        }
        FILTER_X86 => {
            filters
                .x86_properties(&encode_properties(spec)?)
                .map_err(invalid)?;
        }
        FILTER_POWERPC => {
            filters
                .powerpc_properties(&encode_properties(spec)?)
                .map_err(invalid)?;
        }
        FILTER_IA64 => {
            filters
                .ia64_properties(&encode_properties(spec)?)
                .map_err(invalid)?;
        }
        FILTER_ARM => {
            filters
                .arm_properties(&encode_properties(spec)?)
                .map_err(invalid)?;
        }
        FILTER_ARMTHUMB => {
            filters
                .arm_thumb_properties(&encode_properties(spec)?)
                .map_err(invalid)?;
        }
        FILTER_SPARC => {
            filters
                .sparc_properties(&encode_properties(spec)?)
                .map_err(invalid)?;
        }
        id => return Err(value_error(format!("Invalid filter ID: {id}"))),
    }
    Ok(())
}

/// A filter chain from a sequence of specifier dicts.
fn filter_chain(specs: &Value) -> PyResult<(Filters, Vec<FilterSpec>)> {
    if protocol::len(specs)? > 4 {
        return Err(value_error(
            "Too many filters - liblzma supports a maximum of 4",
        ));
    }
    let mut filters = Filters::new();
    let mut read = Vec::new();
    for item in &protocol::collect(specs)? {
        let spec = read_spec(item)?;
        push_filter(&mut filters, &spec)?;
        read.push(spec);
    }
    Ok((filters, read))
}

fn check_of(id: i64) -> PyResult<Check> {
    match id {
        0 => Ok(Check::None),
        1 => Ok(Check::Crc32),
        4 => Ok(Check::Crc64),
        10 => Ok(Check::Sha256),
        _ => Err(error("Unsupported integrity check")),
    }
}

fn is_none(v: &Option<Value>) -> bool {
    v.as_ref().is_none_or(ouro_objects::none::is_none)
}

/// `LZMACompressor`; `None` once flushed.
pub struct LzmaCompressor {
    stream: RefCell<Option<Stream>>,
}

fn compressor_this(v: &Value) -> &LzmaCompressor {
    v.downcast::<LzmaCompressor>()
        .expect("LZMACompressor method on an LZMACompressor")
}

fn compressor_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [format, check, preset, filters] = Args::new(args, kwnames).parse(
        "LZMACompressor",
        ["format", "check", "preset", "filters"],
        0,
        0,
        4,
    )?;
    let format = match &format {
        Some(f) => protocol::index_as_isize(f)? as i64,
        None => FORMAT_XZ,
    };
    let check = match &check {
        Some(c) => protocol::index_as_isize(c)? as i64,
        None => -1,
    };
    if format != FORMAT_XZ && check != -1 && check != CHECK_NONE {
        return Err(value_error(
            "Integrity checks are only supported by FORMAT_XZ",
        ));
    }
    if !is_none(&preset) && !is_none(&filters) {
        return Err(value_error("Cannot specify both preset and filter chain"));
    }
    let preset = match preset.filter(|p| !ouro_objects::none::is_none(p)) {
        Some(p) => u32_arg(&p)?,
        None => PRESET_DEFAULT,
    };
    let filters = filters.filter(|f| !ouro_objects::none::is_none(f));
    let stream = match format {
        FORMAT_XZ => {
            let check = check_of(if check == -1 { 4 } else { check })?;
            match &filters {
                Some(f) => Stream::new_stream_encoder(&filter_chain(f)?.0, check),
                None => Stream::new_easy_encoder(preset, check),
            }
        }
        FORMAT_ALONE => {
            let options = match &filters {
                Some(f) => {
                    let (_, specs) = filter_chain(f)?;
                    match specs.as_slice() {
                        [spec] if spec.id == FILTER_LZMA1 => lzma_spec(spec)?.options,
                        _ => {
                            return Err(value_error(
                                "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter",
                            ));
                        }
                    }
                }
                None => LzmaOptions::new_preset(preset)
                    .map_err(|_| error(format!("Invalid compression preset: {preset}")))?,
            };
            Stream::new_lzma_encoder(&options)
        }
        FORMAT_RAW => match &filters {
            Some(f) => Stream::new_raw_encoder(&filter_chain(f)?.0),
            None => return Err(value_error("Must specify filters for FORMAT_RAW")),
        },
        _ => return Err(value_error(format!("Invalid container format: {format}"))),
    }
    .map_err(lzma_error)?;
    Ok(alloc_typed(
        ty,
        LzmaCompressor {
            stream: RefCell::new(Some(stream)),
        },
    ))
}

/// Runs `stream` over `input` with `action` until the input is used up
/// (and, for finish, the stream ends).
fn run_compress(s: &mut Stream, input: &[u8], action: Action) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let mut buf = vec![0u8; CHUNK];
        let (in0, out0) = (s.total_in(), s.total_out());
        let status = s
            .process(&input[pos..], &mut buf, action)
            .map_err(lzma_error)?;
        pos += (s.total_in() - in0) as usize;
        let produced = (s.total_out() - out0) as usize;
        out.extend_from_slice(&buf[..produced]);
        let finishing = matches!(action, Action::Finish);
        if status == Status::StreamEnd || (!finishing && pos == input.len() && produced < CHUNK) {
            return Ok(out);
        }
    }
}

fn compressor_compress(v: &Value, args: Args) -> PyResult {
    let data = data_arg(args.one("compress")?)?;
    let mut guard = compressor_this(v).stream.borrow_mut();
    let Some(s) = guard.as_mut() else {
        return Err(value_error("Compressor has been flushed"));
    };
    Ok(bytes::new(run_compress(s, &data, Action::Run)?))
}

fn compressor_flush(v: &Value, args: Args) -> PyResult {
    args.none("flush")?;
    let mut guard = compressor_this(v).stream.borrow_mut();
    let Some(s) = guard.as_mut() else {
        return Err(value_error("Repeated call to flush()"));
    };
    let out = run_compress(s, &[], Action::Finish)?;
    *guard = None;
    Ok(bytes::new(out))
}

builtin_type!(pub static LZMA_COMPRESSOR_TYPE: LzmaCompressor = TypeSpec {
    name: "_lzma.LZMACompressor",
    doc: Some("LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\nCreate a compressor object for compressing data incrementally.\n\nformat specifies the container format to use for the output. This can\nbe FORMAT_XZ (default), FORMAT_ALONE, or FORMAT_RAW.\n\ncheck specifies the integrity check to use. For FORMAT_XZ, the default\nis CHECK_CRC64. FORMAT_ALONE and FORMAT_RAW do not support integrity\nchecks; for these formats, check must be omitted, or be CHECK_NONE.\n\nThe settings used by the compressor can be specified either as a\npreset compression level (with the 'preset' argument), or in detail\nas a custom filter chain (with the 'filters' argument). For FORMAT_XZ\nand FORMAT_ALONE, the default is to use the PRESET_DEFAULT preset\nlevel. For FORMAT_RAW, the caller must always specify a filter chain;\nthe raw compressor does not support preset compression levels.\n\npreset (if provided) should be an integer in the range 0-9, optionally\nOR-ed with the constant PRESET_EXTREME.\n\nfilters (if provided) should be a sequence of dicts. Each dict should\nhave an entry for \"id\" indicating the ID of the filter, plus\nadditional entries for options to the filter.\n\nFor one-shot compression, use the compress() function instead.\n"),
    slots: SlotDefs { new: Some(compressor_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("compress", compressor_compress, "compress($self, data, /)\n--\n\nProvide data to the compressor object.\n\nReturns a chunk of compressed data if possible, or b'' otherwise.\n\nWhen you have finished providing data to the compressor, call the\nflush() method to finish the compression process."),
        MethodDef::new("flush", compressor_flush, "flush($self, /)\n--\n\nFinish the compression process.\n\nReturns the compressed data left in internal buffers.\n\nThe compressor object may not be used after this method is called."),
    ],
    ..TypeSpec::DEFAULT
});

struct DecompressorState {
    stream: Stream,
    /// Input given but not yet consumed.
    pending: Vec<u8>,
    /// The first bytes seen, to read an xz stream's check id from its header.
    header: Vec<u8>,
    check: i64,
    eof: bool,
    unused_data: Vec<u8>,
    needs_input: bool,
}

pub struct LzmaDecompressor {
    state: RefCell<DecompressorState>,
}

fn decompressor_this(v: &Value) -> &LzmaDecompressor {
    v.downcast::<LzmaDecompressor>()
        .expect("LZMADecompressor method on an LZMADecompressor")
}

fn decompressor_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [format, memlimit, filters] = Args::new(args, kwnames).parse(
        "LZMADecompressor",
        ["format", "memlimit", "filters"],
        0,
        0,
        3,
    )?;
    let format = match &format {
        Some(f) => protocol::index_as_isize(f)? as i64,
        None => FORMAT_AUTO,
    };
    let memlimit = memlimit.filter(|m| !ouro_objects::none::is_none(m));
    let filters = filters.filter(|f| !ouro_objects::none::is_none(f));
    if memlimit.is_some() && format == FORMAT_RAW {
        return Err(value_error("Cannot specify memory limit with FORMAT_RAW"));
    }
    if format == FORMAT_RAW && filters.is_none() {
        return Err(value_error("Must specify filters for FORMAT_RAW"));
    }
    if format != FORMAT_RAW && filters.is_some() {
        return Err(value_error("Cannot specify filters except with FORMAT_RAW"));
    }
    let memlimit = match &memlimit {
        Some(m) => u64_arg(m)?,
        None => u64::MAX,
    };
    let (stream, check) = match format {
        FORMAT_AUTO => (
            Stream::new_auto_decoder(memlimit, TELL_ANY_CHECK),
            CHECK_UNKNOWN,
        ),
        FORMAT_XZ => (
            Stream::new_stream_decoder(memlimit, TELL_ANY_CHECK),
            CHECK_UNKNOWN,
        ),
        FORMAT_ALONE => (Stream::new_lzma_decoder(memlimit), CHECK_NONE),
        FORMAT_RAW => {
            let chain = filter_chain(filters.as_ref().expect("checked above"))?.0;
            (Stream::new_raw_decoder(&chain), CHECK_NONE)
        }
        _ => return Err(value_error(format!("Invalid container format: {format}"))),
    };
    Ok(alloc_typed(
        ty,
        LzmaDecompressor {
            state: RefCell::new(DecompressorState {
                stream: stream.map_err(lzma_error)?,
                pending: Vec::new(),
                header: Vec::new(),
                check,
                eof: false,
                unused_data: Vec::new(),
                needs_input: true,
            }),
        },
    ))
}

impl DecompressorState {
    /// Decompresses `input` until it is used up, the stream ends, or `max`
    /// bytes came out; returns the output and how much input was used.
    fn run(&mut self, input: &[u8], max: Option<usize>) -> PyResult<(Vec<u8>, usize)> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            let room = max.map_or(CHUNK, |m| (m - out.len()).min(CHUNK));
            if room == 0 {
                return Ok((out, pos));
            }
            let mut buf = vec![0u8; room];
            let s = &mut self.stream;
            let (in0, out0) = (s.total_in(), s.total_out());
            let status = s
                .process(&input[pos..], &mut buf, Action::Run)
                .map_err(lzma_error)?;
            let consumed = (s.total_in() - in0) as usize;
            if self.header.len() < 8 {
                let take = consumed.min(8 - self.header.len());
                self.header.extend_from_slice(&input[pos..pos + take]);
            }
            pos += consumed;
            let produced = (s.total_out() - out0) as usize;
            out.extend_from_slice(&buf[..produced]);
            match status {
                // An xz stream header's flags byte holds the check id.
                Status::GetCheck => {
                    self.check = self
                        .header
                        .get(7)
                        .map_or(CHECK_UNKNOWN, |b| i64::from(b & 0x0f));
                }
                Status::StreamEnd => {
                    self.eof = true;
                    return Ok((out, pos));
                }
                Status::MemNeeded => return Err(error("Memory usage limit exceeded")),
                Status::Ok if pos == input.len() && produced < room => return Ok((out, pos)),
                Status::Ok => {}
            }
        }
    }
}

fn decompressor_decompress(v: &Value, args: Args) -> PyResult {
    let [data, max_length] = args.parse("decompress", ["data", "max_length"], 0, 1, 2)?;
    let data = data_arg(data.as_ref().expect("required"))?;
    let max = max_length_arg(max_length)?;
    let mut guard = decompressor_this(v).state.borrow_mut();
    let s = &mut *guard;
    if s.eof {
        return Err(PyErr::new(
            &exceptions::EOF_ERROR,
            "Already at end of stream",
        ));
    }
    let mut input = std::mem::take(&mut s.pending);
    input.extend_from_slice(&data);
    let (out, consumed) = s.run(&input, max)?;
    let rest = input[consumed..].to_vec();
    if s.eof {
        s.unused_data = rest;
    } else {
        s.pending = rest;
    }
    s.needs_input = needs_input(s.eof, &s.pending, out.len(), max);
    Ok(bytes::new(out))
}

builtin_type!(pub static LZMA_DECOMPRESSOR_TYPE: LzmaDecompressor = TypeSpec {
    name: "_lzma.LZMADecompressor",
    doc: Some("LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)\n--\n\nCreate a decompressor object for decompressing data incrementally.\n\n  format\n    Specifies the container format of the input stream.  If this is\n    FORMAT_AUTO (the default), the decompressor will automatically detect\n    whether the input is FORMAT_XZ or FORMAT_ALONE.  Streams created with\n    FORMAT_RAW cannot be autodetected.\n  memlimit\n    Limit the amount of memory used by the decompressor.  This will cause\n    decompression to fail if the input cannot be decompressed within the\n    given limit.\n  filters\n    A custom filter chain.  This argument is required for FORMAT_RAW, and\n    not accepted with any other format.  When provided, this should be a\n    sequence of dicts, each indicating the ID and options for a single\n    filter.\n\nFor one-shot decompression, use the decompress() function instead."),
    slots: SlotDefs { new: Some(decompressor_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("decompress", decompressor_decompress, "decompress($self, /, data, max_length=-1)\n--\n\nDecompress *data*, returning uncompressed data as bytes.\n\nIf *max_length* is nonnegative, returns at most *max_length* bytes of\ndecompressed data. If this limit is reached and further output can be\nproduced, *self.needs_input* will be set to ``False``. In this case, the next\ncall to *decompress()* may provide *data* as b'' to obtain more of the output.\n\nIf all of the input data was decompressed and returned (either because this\nwas less than *max_length* bytes, or because *max_length* was negative),\n*self.needs_input* will be set to True.\n\nAttempting to decompress data after the end of stream is reached raises an\nEOFError.  Any data found after the end of the stream is ignored and saved in\nthe unused_data attribute."),
    ],
    getsets: &[
        GetSetDef::getter("check", |v| Ok(int::from_i64(decompressor_this(v).state.borrow().check))),
        GetSetDef::getter("eof", |v| Ok(pybool::py_bool(decompressor_this(v).state.borrow().eof))),
        GetSetDef::getter("unused_data", |v| Ok(bytes::new(decompressor_this(v).state.borrow().unused_data.clone()))),
        GetSetDef::getter("needs_input", |v| Ok(pybool::py_bool(decompressor_this(v).state.borrow().needs_input))),
    ],
    ..TypeSpec::DEFAULT
});

fn is_check_supported(_m: &Value, args: Args) -> PyResult {
    let id = protocol::index_as_isize(args.one("is_check_supported")?)?;
    Ok(pybool::py_bool(matches!(id, 0 | 1 | 4 | 10)))
}

fn encode_filter_properties(_m: &Value, args: Args) -> PyResult {
    let spec = read_spec(args.one("_encode_filter_properties")?)?;
    Ok(bytes::new(encode_properties(&spec)?))
}

fn decode_filter_properties(_m: &Value, args: Args) -> PyResult {
    let a = args.range(
        "_decode_filter_properties",
        "_decode_filter_properties",
        2,
        2,
    )?;
    let id = int::to_i64(&protocol::index(&a[0])?).unwrap_or(-1);
    let props = data_arg(&a[1])?;
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    dict.set_str("id", int::from_i64(id));
    let invalid = || error("Invalid or unsupported options");
    let set = |k: &str, v: u32| dict.set_str(k, int::from_i64(i64::from(v)));
    match id {
        FILTER_LZMA1 => {
            let [b, d0, d1, d2, d3] = props[..] else {
                return Err(invalid());
            };
            if b >= 9 * 5 * 5 {
                return Err(invalid());
            }
            let b = u32::from(b);
            set("lc", b % 9);
            set("lp", (b / 9) % 5);
            set("pb", b / 45);
            set("dict_size", u32::from_le_bytes([d0, d1, d2, d3]));
        }
        FILTER_LZMA2 => {
            let [b] = props[..] else {
                return Err(invalid());
            };
            let size = match b {
                0..40 => (2 | (u32::from(b) & 1)) << (u32::from(b) / 2 + 11),
                40 => u32::MAX,
                _ => return Err(invalid()),
            };
            set("dict_size", size);
        }
        FILTER_DELTA => {
            let [b] = props[..] else {
                return Err(invalid());
            };
            set("dist", u32::from(b) + 1);
        }
        FILTER_X86 | FILTER_POWERPC | FILTER_IA64 | FILTER_ARM | FILTER_ARMTHUMB | FILTER_SPARC => {
            match props[..] {
                [] => {}
                [a, b, c, e] => {
                    let start = u32::from_le_bytes([a, b, c, e]);
                    if start != 0 {
                        set("start_offset", start);
                    }
                }
                _ => return Err(invalid()),
            }
        }
        _ => return Err(value_error(format!("Invalid filter ID: {id}"))),
    }
    Ok(d)
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let cls = exception_class("_lzma", "LZMAError", &[&exceptions::EXCEPTION])?;
    LZMA_ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    m.set("LZMAError", cls);
    for (name, value) in [
        ("FORMAT_AUTO", FORMAT_AUTO),
        ("FORMAT_XZ", FORMAT_XZ),
        ("FORMAT_ALONE", FORMAT_ALONE),
        ("FORMAT_RAW", FORMAT_RAW),
        ("CHECK_NONE", CHECK_NONE),
        ("CHECK_CRC32", 1),
        ("CHECK_CRC64", 4),
        ("CHECK_SHA256", 10),
        ("CHECK_ID_MAX", 15),
        ("CHECK_UNKNOWN", CHECK_UNKNOWN),
        ("FILTER_LZMA1", FILTER_LZMA1),
        ("FILTER_LZMA2", FILTER_LZMA2),
        ("FILTER_DELTA", FILTER_DELTA),
        ("FILTER_X86", FILTER_X86),
        ("FILTER_POWERPC", FILTER_POWERPC),
        ("FILTER_IA64", FILTER_IA64),
        ("FILTER_ARM", FILTER_ARM),
        ("FILTER_ARMTHUMB", FILTER_ARMTHUMB),
        ("FILTER_SPARC", FILTER_SPARC),
        ("MF_HC3", 0x03),
        ("MF_HC4", 0x04),
        ("MF_BT2", 0x12),
        ("MF_BT3", 0x13),
        ("MF_BT4", 0x14),
        ("MODE_FAST", 1),
        ("MODE_NORMAL", 2),
        ("PRESET_DEFAULT", i64::from(PRESET_DEFAULT)),
        ("PRESET_EXTREME", i64::from(PRESET_EXTREME)),
    ] {
        m.set(name, int::from_i64(value));
    }
    Ok(())
}

pub static LZMA: ModuleDef = ModuleDef {
    name: "_lzma",
    doc: "",
    functions: &[
        MethodDef::new(
            "is_check_supported",
            is_check_supported,
            "is_check_supported($module, check_id, /)\n--\n\nTest whether the given integrity check is supported.\n\nAlways returns True for CHECK_NONE and CHECK_CRC32.",
        ),
        MethodDef::new(
            "_encode_filter_properties",
            encode_filter_properties,
            "_encode_filter_properties($module, filter, /)\n--\n\nReturn a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\nThe result does not include the filter ID itself, only the options.",
        ),
        MethodDef::new(
            "_decode_filter_properties",
            decode_filter_properties,
            "_decode_filter_properties($module, filter_id, encoded_props, /)\n--\n\nReturn a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\nThe result does not include the filter ID itself, only the options.",
        ),
    ],
    types: || vec![&LZMA_COMPRESSOR_TYPE, &LZMA_DECOMPRESSOR_TYPE],
    init,
};
