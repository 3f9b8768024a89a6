//! `ZstdCompressor`: incremental Zstandard compression with the three end modes; mirrors Modules/_zstd/compressor.c.

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::none::none;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{TypeRef, Value, builtin_type, bytes, exceptions, int};

use super::ffi::{self, CCtx, EndMode};
use super::{
    DictUse, Failure, apply_options, failure, parameter_error, parse_zstd_dict, zstd_error,
};
use crate::bz2::data_arg;

/// `ZSTD_e_continue`, `ZSTD_e_flush`, `ZSTD_e_end`: the values of `CONTINUE`, `FLUSH_BLOCK`, `FLUSH_FRAME`.
const CONTINUE: i32 = 0;
const FLUSH_BLOCK: i32 = 1;
const FLUSH_FRAME: i32 = 2;

fn end_mode(mode: i32) -> Option<EndMode> {
    match mode {
        CONTINUE => Some(EndMode::Continue),
        FLUSH_BLOCK => Some(EndMode::Flush),
        FLUSH_FRAME => Some(EndMode::End),
        _ => None,
    }
}

/// The class attributes `_zstd_exec` adds to `ZstdCompressor`.
pub(super) fn add_mode_constants() {
    let ty = ZSTD_COMPRESSOR_TYPE.payload();
    if let Some(d) = ty.dict().downcast::<Dict>() {
        d.set_str("CONTINUE", int::from_i64(CONTINUE.into()));
        d.set_str("FLUSH_BLOCK", int::from_i64(FLUSH_BLOCK.into()));
        d.set_str("FLUSH_FRAME", int::from_i64(FLUSH_FRAME.into()));
        ty.modified();
    }
}

struct CompressorState {
    cctx: CCtx,
    last_mode: i32,
    /// `nb_workers` was set to a non-zero value.
    multithreaded: bool,
    /// Kept for making digested dictionaries (`_get_CDict`); 0 means libzstd's default.
    level: i32,
}

pub struct ZstdCompressor {
    state: RefCell<CompressorState>,
}

fn this(v: &Value) -> &ZstdCompressor {
    v.downcast::<ZstdCompressor>()
        .expect("ZstdCompressor method on a ZstdCompressor")
}

/// `_zstd_set_c_level`.
fn set_level(s: &mut CompressorState, level: i32) -> PyResult<()> {
    let (lo, hi) = ffi::level_range();
    if !(lo..=hi).contains(&level) {
        return Err(value_error(format!(
            "illegal compression level {level}; the valid range is [{lo}, {hi}]"
        )));
    }
    s.level = level;
    s.cctx
        .set_parameter(super::C_COMPRESSION_LEVEL, level)
        .map_err(|c| failure(Failure::SetCLevel, c))
}

fn compressor_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [level, options, zstd_dict] = Args::new(args, kwnames).parse(
        "ZstdCompressor",
        ["level", "options", "zstd_dict"],
        0,
        0,
        3,
    )?;
    let present = |v: &Option<Value>| v.as_ref().filter(|v| !v.is(&none())).cloned();
    let (level, options, zstd_dict) = (present(&level), present(&options), present(&zstd_dict));
    let cctx = CCtx::new().ok_or_else(|| zstd_error("Unable to create ZSTD_CCtx instance."))?;
    let mut s = CompressorState {
        cctx,
        last_mode: FLUSH_FRAME,
        multithreaded: false,
        level: 0,
    };
    if level.is_some() && options.is_some() {
        return Err(type_error("Only one of level or options should be used."));
    }
    if let Some(level) = level {
        if !int::is_int(&level) {
            return Err(type_error("invalid type for level, expected int"));
        }
        let n = int::index_as_c_int(&level).map_err(|e| {
            if e.matches(&exceptions::OVERFLOW_ERROR) {
                let (lo, hi) = ffi::level_range();
                value_error(format!(
                    "illegal compression level; the valid range is [{lo}, {hi}]"
                ))
            } else {
                e
            }
        })?;
        set_level(&mut s, n)?;
    }
    if let Some(options) = options {
        apply_options(&options, "ZstdCompressor", true, |key, value| {
            if key == super::C_COMPRESSION_LEVEL {
                return set_level(&mut s, value);
            }
            if key == super::C_NB_WORKERS && value != 0 {
                s.multithreaded = true;
            }
            s.cctx
                .set_parameter(key, value)
                .map_err(|_| parameter_error(true, key, value))
        })?;
    }
    if let Some(d) = zstd_dict {
        let (d, use_) = parse_zstd_dict(&d, DictUse::Undigested)?;
        let zd = super::dict_this(&d);
        let loaded = match use_ {
            DictUse::Digested => {
                let cdict = zd.cdict(s.level)?;
                s.cctx.ref_cdict(cdict)
            }
            DictUse::Undigested => s.cctx.load_dictionary(&zd.content),
            DictUse::Prefix => s.cctx.ref_prefix(zd.content.clone()),
        };
        loaded.map_err(|c| failure(Failure::LoadCDict, c))?;
    }
    Ok(alloc_typed(
        ty,
        ZstdCompressor {
            state: RefCell::new(s),
        },
    ))
}

/// Output grows by this much when a call fills what it had.
const CHUNK: usize = 32 * 1024;

/// `compress_lock_held`: compresses `input` with `mode` until libzstd has nothing left to flush.
fn run(s: &mut CompressorState, input: &[u8], mode: EndMode) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut room = input.len() + input.len() / 255 + 64;
    loop {
        let before = out.len();
        let left = s
            .cctx
            .compress(&mut out, room, input, &mut pos, mode)
            .map_err(|c| failure(Failure::Compress, c))?;
        if left == 0 && pos == input.len() {
            return Ok(out);
        }
        if out.len() - before == room || pos < input.len() {
            room = CHUNK.max(out.len());
        }
    }
}

/// `compress_mt_continue_lock_held`: with worker threads, CONTINUE returns once the input is handed over and the
/// output that is ready has been collected.
fn run_mt_continue(s: &mut CompressorState, input: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut room = CHUNK;
    loop {
        let before = out.len();
        s.cctx
            .compress(&mut out, room, input, &mut pos, EndMode::Continue)
            .map_err(|c| failure(Failure::Compress, c))?;
        if out.len() - before == room {
            room = CHUNK.max(out.len());
        } else if pos == input.len() {
            return Ok(out);
        }
    }
}

/// Runs one compression call; a failure ends the frame and resets the session, as CPython does.
fn compress_with(v: &Value, input: &[u8], mode: i32) -> PyResult {
    let end = end_mode(mode).expect("checked mode");
    let mut guard = this(v).state.borrow_mut();
    let s = &mut *guard;
    let result = if s.multithreaded && end == EndMode::Continue {
        run_mt_continue(s, input)
    } else {
        run(s, input, end)
    };
    match result {
        Ok(out) => {
            s.last_mode = mode;
            Ok(bytes::new(out))
        }
        Err(e) => {
            s.last_mode = FLUSH_FRAME;
            s.cctx.reset_session();
            Err(e)
        }
    }
}

fn mode_arg(v: Option<Value>, default: i32) -> PyResult<i32> {
    v.map_or(Ok(default), |v| int::index_as_c_int(&v))
}

fn compressor_compress(v: &Value, args: Args) -> PyResult {
    let [data, mode] = args.parse("compress", ["data", "mode"], 0, 1, 2)?;
    let data = data_arg(data.as_ref().expect("required"))?;
    let mode = mode_arg(mode, CONTINUE)?;
    if end_mode(mode).is_none() {
        return Err(value_error(
            "mode argument wrong value, it should be one of ZstdCompressor.CONTINUE, \
             ZstdCompressor.FLUSH_BLOCK, ZstdCompressor.FLUSH_FRAME.",
        ));
    }
    compress_with(v, &data, mode)
}

fn compressor_flush(v: &Value, args: Args) -> PyResult {
    let [mode] = args.parse("flush", ["mode"], 0, 0, 1)?;
    let mode = mode_arg(mode, FLUSH_FRAME)?;
    if mode != FLUSH_FRAME && mode != FLUSH_BLOCK {
        return Err(value_error(
            "mode argument wrong value, it should be ZstdCompressor.FLUSH_FRAME or \
             ZstdCompressor.FLUSH_BLOCK.",
        ));
    }
    compress_with(v, &[], mode)
}

/// `zstd_contentsize_converter`: `None` for an unknown size, else a size below `ZSTD_CONTENTSIZE_ERROR`.
fn content_size_arg(v: &Value) -> PyResult<u64> {
    const UNKNOWN: u64 = u64::MAX;
    let too_big = || {
        value_error(format!(
            "size argument should be a positive int less than {}ll",
            (UNKNOWN - 1) as u32
        ))
    };
    if v.is(&none()) {
        return Ok(UNKNOWN);
    }
    if !int::is_int(v) {
        return Err(type_error("an integer is required"));
    }
    if int::is_negative(v) {
        return Err(too_big());
    }
    let n = match int::as_int(v) {
        Some(int::IntRef::Small(n)) => u64::try_from(n).ok(),
        Some(int::IntRef::Big(b)) => num_traits::ToPrimitive::to_u64(b),
        None => None,
    };
    n.filter(|&n| n < UNKNOWN - 1).ok_or_else(too_big)
}

fn compressor_set_pledged_input_size(v: &Value, args: Args) -> PyResult {
    let size = content_size_arg(args.one("set_pledged_input_size")?)?;
    let mut guard = this(v).state.borrow_mut();
    if guard.last_mode != FLUSH_FRAME {
        return Err(value_error(
            "set_pledged_input_size() method must be called when last_mode == FLUSH_FRAME",
        ));
    }
    guard
        .cctx
        .set_pledged_size(size)
        .map_err(|c| failure(Failure::SetPledgedInputSize, c))?;
    Ok(none())
}

fn last_mode(v: &Value) -> PyResult {
    Ok(int::from_i64(this(v).state.borrow().last_mode.into()))
}

builtin_type!(pub static ZSTD_COMPRESSOR_TYPE: ZstdCompressor = TypeSpec {
    name: "compression.zstd.ZstdCompressor",
    doc: Some("ZstdCompressor(level=None, options=None, zstd_dict=None)\n--\n\nCreate a compressor object for compressing data incrementally.\n\n  level\n    The compression level to use. Defaults to COMPRESSION_LEVEL_DEFAULT.\n  options\n    A dict object that contains advanced compression parameters.\n  zstd_dict\n    A ZstdDict object, a pre-trained Zstandard dictionary.\n\nThread-safe at method level. For one-shot compression, use the compress()\nfunction instead."),
    slots: SlotDefs { new: Some(compressor_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("compress", compressor_compress, "compress($self, /, data, mode=ZstdCompressor.CONTINUE)\n--\n\nProvide data to the compressor object.\n\n  mode\n    Can be these 3 values ZstdCompressor.CONTINUE,\n    ZstdCompressor.FLUSH_BLOCK, ZstdCompressor.FLUSH_FRAME\n\nReturn a chunk of compressed data if possible, or b'' otherwise. When you have\nfinished providing data to the compressor, call the flush() method to finish\nthe compression process."),
        MethodDef::new("flush", compressor_flush, "flush($self, /, mode=ZstdCompressor.FLUSH_FRAME)\n--\n\nFinish the compression process.\n\n  mode\n    Can be these 2 values ZstdCompressor.FLUSH_FRAME,\n    ZstdCompressor.FLUSH_BLOCK\n\nFlush any remaining data left in internal buffers. Since Zstandard data\nconsists of one or more independent frames, the compressor object can still\nbe used after this method is called."),
        MethodDef::new("set_pledged_input_size", compressor_set_pledged_input_size, "set_pledged_input_size($self, size, /)\n--\n\nSet the uncompressed content size to be written into the frame header.\n\n  size\n    The size of the uncompressed data to be provided to the compressor.\n\nThis method can be used to ensure the header of the frame about to be written\nincludes the size of the data, unless the CompressionParameter.content_size_flag\nis set to False. If last_mode != FLUSH_FRAME, then a RuntimeError is raised.\n\nIt is important to ensure that the pledged data size matches the actual data\nsize. If they do not match the compressed output data may be corrupted and the\nfinal chunk written may be lost."),
    ],
    getsets: &[
        GetSetDef::member("last_mode", last_mode, None).with_doc("The last mode used to this compressor object, its value can be .CONTINUE,\n.FLUSH_BLOCK, .FLUSH_FRAME. Initialized to .FLUSH_FRAME.\n\nIt can be used to get the current state of a compressor, such as, data\nflushed, or a frame ended."),
    ],
    ..TypeSpec::DEFAULT
});
