//! `_zstd`: Zstandard compressor, decompressor and dictionary objects, dictionary training, frame headers and
//! parameter bounds over libzstd; mirrors Modules/_zstd/_zstdmodule.c and zstddict.c.

mod compressor;
mod decompressor;
mod ffi;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ouro_eval::native_module::{ModuleDef, exception_class};
use ouro_objects::args::Args;
use ouro_objects::bytes::Bytes;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{TypeRef, Value, builtin_type, bytes, int, protocol};

use crate::bz2::data_arg;
use ffi::{CDict, ContentSize, DDict, ZstdCode};
use zstd_sys::{ZSTD_cParameter as C, ZSTD_dParameter as D, ZSTD_strategy as S};

ouro_objects::gil_shared! {
    /// `compression.zstd.ZstdError`, made when the module is first created.
    static ZSTD_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The `CompressionParameter` and `DecompressionParameter` enums, once `set_parameter_types` is called.
    static PARAMETER_TYPES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

/// A `ZstdError` with `msg`.
fn zstd_error(msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    match ZSTD_ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match protocol::call1(&cls, PyStr::new(&msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => value_error(msg),
    }
}

/// `set_zstd_error`'s messages, one per failing operation.
#[derive(Clone, Copy)]
enum Failure {
    Decompress,
    Compress,
    SetPledgedInputSize,
    LoadDDict,
    LoadCDict,
    GetCBounds,
    GetDBounds,
    SetCLevel,
    TrainDict,
    FinalizeDict,
}

/// `set_zstd_error`: a `ZstdError` naming the operation and libzstd's reason.
fn failure(what: Failure, code: ZstdCode) -> PyErr {
    let doing = match what {
        Failure::Decompress => "Unable to decompress Zstandard data",
        Failure::Compress => "Unable to compress Zstandard data",
        Failure::SetPledgedInputSize => "Unable to set pledged uncompressed content size",
        Failure::LoadDDict => "Unable to load Zstandard dictionary or prefix for decompression",
        Failure::LoadCDict => "Unable to load Zstandard dictionary or prefix for compression",
        Failure::GetCBounds => "Unable to get zstd compression parameter bounds",
        Failure::GetDBounds => "Unable to get zstd decompression parameter bounds",
        Failure::SetCLevel => "Unable to set zstd compression level",
        Failure::TrainDict => "Unable to train the Zstandard dictionary",
        Failure::FinalizeDict => "Unable to finalize the Zstandard dictionary",
    };
    zstd_error(format!("{doing}: {}", code.name()))
}

/// `ZSTD_c_compressionLevel` and `ZSTD_c_nbWorkers`, which the compressor treats specially.
const C_COMPRESSION_LEVEL: i32 = C::ZSTD_c_compressionLevel as i32;
const C_NB_WORKERS: i32 = C::ZSTD_c_nbWorkers as i32;

/// The parameters `_zstd` exports, as its module constant, the name `set_parameter_error` gives it, libzstd's key.
const C_PARAMETERS: [(&str, &str, i32); 19] = [
    (
        "ZSTD_c_compressionLevel",
        "compression_level",
        C::ZSTD_c_compressionLevel as i32,
    ),
    ("ZSTD_c_windowLog", "window_log", C::ZSTD_c_windowLog as i32),
    ("ZSTD_c_hashLog", "hash_log", C::ZSTD_c_hashLog as i32),
    ("ZSTD_c_chainLog", "chain_log", C::ZSTD_c_chainLog as i32),
    ("ZSTD_c_searchLog", "search_log", C::ZSTD_c_searchLog as i32),
    ("ZSTD_c_minMatch", "min_match", C::ZSTD_c_minMatch as i32),
    (
        "ZSTD_c_targetLength",
        "target_length",
        C::ZSTD_c_targetLength as i32,
    ),
    ("ZSTD_c_strategy", "strategy", C::ZSTD_c_strategy as i32),
    (
        "ZSTD_c_enableLongDistanceMatching",
        "enable_long_distance_matching",
        C::ZSTD_c_enableLongDistanceMatching as i32,
    ),
    (
        "ZSTD_c_ldmHashLog",
        "ldm_hash_log",
        C::ZSTD_c_ldmHashLog as i32,
    ),
    (
        "ZSTD_c_ldmMinMatch",
        "ldm_min_match",
        C::ZSTD_c_ldmMinMatch as i32,
    ),
    (
        "ZSTD_c_ldmBucketSizeLog",
        "ldm_bucket_size_log",
        C::ZSTD_c_ldmBucketSizeLog as i32,
    ),
    (
        "ZSTD_c_ldmHashRateLog",
        "ldm_hash_rate_log",
        C::ZSTD_c_ldmHashRateLog as i32,
    ),
    (
        "ZSTD_c_contentSizeFlag",
        "content_size_flag",
        C::ZSTD_c_contentSizeFlag as i32,
    ),
    (
        "ZSTD_c_checksumFlag",
        "checksum_flag",
        C::ZSTD_c_checksumFlag as i32,
    ),
    (
        "ZSTD_c_dictIDFlag",
        "dict_id_flag",
        C::ZSTD_c_dictIDFlag as i32,
    ),
    ("ZSTD_c_nbWorkers", "nb_workers", C::ZSTD_c_nbWorkers as i32),
    ("ZSTD_c_jobSize", "job_size", C::ZSTD_c_jobSize as i32),
    (
        "ZSTD_c_overlapLog",
        "overlap_log",
        C::ZSTD_c_overlapLog as i32,
    ),
];

const D_PARAMETERS: [(&str, &str, i32); 1] = [(
    "ZSTD_d_windowLogMax",
    "window_log_max",
    D::ZSTD_d_windowLogMax as i32,
)];

/// The `ZSTD_strategy` values, exported as module constants.
const STRATEGIES: [(&str, S); 9] = [
    ("ZSTD_fast", S::ZSTD_fast),
    ("ZSTD_dfast", S::ZSTD_dfast),
    ("ZSTD_greedy", S::ZSTD_greedy),
    ("ZSTD_lazy", S::ZSTD_lazy),
    ("ZSTD_lazy2", S::ZSTD_lazy2),
    ("ZSTD_btlazy2", S::ZSTD_btlazy2),
    ("ZSTD_btopt", S::ZSTD_btopt),
    ("ZSTD_btultra", S::ZSTD_btultra),
    ("ZSTD_btultra2", S::ZSTD_btultra2),
];

/// `set_parameter_error`: why setting `key` to `value` failed, with the parameter's valid range.
fn parameter_error(compress: bool, key: i32, value: i32) -> PyErr {
    let (params, kind): (&[(&str, &str, i32)], _) = if compress {
        (&C_PARAMETERS, "compression")
    } else {
        (&D_PARAMETERS, "decompression")
    };
    let name = params.iter().find(|(_, _, k)| *k == key).map_or_else(
        || format!("unknown parameter (key {key})"),
        |(_, n, _)| (*n).to_string(),
    );
    match ffi::param_bounds(key, compress) {
        None => value_error(format!("invalid {kind} parameter '{name}'")),
        Some((lo, hi)) => value_error(format!(
            "{kind} parameter '{name}' received an illegal value {value}; the valid range is [{lo}, {hi}]"
        )),
    }
}

/// Passes the items of an `options` dict to `apply` as C ints, one at a time so errors come in CPython's order, and
/// refuses keys of the other direction's parameter enum (`_zstd_set_c_parameters` / `_zstd_set_d_parameters`).
fn apply_options(
    options: &Value,
    owner: &str,
    compress: bool,
    mut apply: impl FnMut(i32, i32) -> PyResult<()>,
) -> PyResult<()> {
    let Some(d) = options.downcast::<Dict>() else {
        return Err(type_error(format!(
            "{owner}() argument 'options' must be dict, not {}",
            protocol::type_name(options)
        )));
    };
    let wrong_type = PARAMETER_TYPES.with(|t| {
        t.borrow()
            .as_ref()
            .map(|(c, d)| if compress { d.clone() } else { c.clone() })
    });
    for (key, value) in d.items() {
        if wrong_type.as_ref().is_some_and(|t| key.type_value().is(t)) {
            return Err(type_error(if compress {
                "compression options dictionary key must not be a DecompressionParameter attribute"
            } else {
                "compression options dictionary key must not be a CompressionParameter attribute"
            }));
        }
        apply(int::index_as_c_int(&key)?, int::index_as_c_int(&value)?)?;
    }
    Ok(())
}

/// `DICT_TYPE_*`: how a compressor or decompressor loads a `ZstdDict`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DictUse {
    Digested = 0,
    Undigested = 1,
    Prefix = 2,
}

/// `ZstdDict`: dictionary content with its id and the digested forms made from it so far.
pub struct ZstdDict {
    content: Rc<[u8]>,
    dict_id: u32,
    /// One `ZSTD_CDict` per compression level asked for.
    cdicts: RefCell<HashMap<i32, Rc<CDict>>>,
    ddict: RefCell<Option<Rc<DDict>>>,
}

impl ZstdDict {
    /// `_get_CDict`: the digested dictionary for `level`, made on first use.
    fn cdict(&self, level: i32) -> PyResult<Rc<CDict>> {
        if let Some(c) = self.cdicts.borrow().get(&level) {
            return Ok(c.clone());
        }
        let c = CDict::new(&self.content, level)
            .map(Rc::new)
            .ok_or_else(|| {
                zstd_error(
                    "Failed to create a ZSTD_CDict instance from Zstandard dictionary content.",
                )
            })?;
        self.cdicts.borrow_mut().insert(level, c.clone());
        Ok(c)
    }

    /// `_get_DDict`: the digested dictionary for decompression, made on first use.
    fn ddict(&self) -> PyResult<Rc<DDict>> {
        if let Some(d) = self.ddict.borrow().as_ref() {
            return Ok(d.clone());
        }
        let d = DDict::new(&self.content).map(Rc::new).ok_or_else(|| {
            zstd_error("Failed to create a ZSTD_DDict instance from Zstandard dictionary content.")
        })?;
        *self.ddict.borrow_mut() = Some(d.clone());
        Ok(d)
    }
}

fn dict_this(v: &Value) -> &ZstdDict {
    v.downcast::<ZstdDict>()
        .expect("ZstdDict method on a ZstdDict")
}

/// `_Py_parse_zstd_dict`: a `ZstdDict` or a `(ZstdDict, DICT_TYPE_*)` pair from `as_*_dict`.
fn parse_zstd_dict(v: &Value, default: DictUse) -> PyResult<(Value, DictUse)> {
    if v.downcast::<ZstdDict>().is_some() {
        return Ok((v.clone(), default));
    }
    if let Some(t) = v.downcast_exact::<Tuple>()
        && let [d, kind] = t.as_slice()
        && d.downcast::<ZstdDict>().is_some()
        && int::is_int(kind)
    {
        let use_ = match int::index_as_c_int(kind)? {
            0 => Some(DictUse::Digested),
            1 => Some(DictUse::Undigested),
            2 => Some(DictUse::Prefix),
            _ => None,
        };
        if let Some(use_) = use_ {
            return Ok((d.clone(), use_));
        }
    }
    Err(type_error(
        "zstd_dict argument should be a ZstdDict object.",
    ))
}

fn dict_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [content, is_raw] =
        Args::new(args, kwnames).parse("ZstdDict", ["dict_content", "is_raw"], 1, 1, 1)?;
    let content = data_arg(content.as_ref().expect("required"))?;
    let is_raw = match is_raw {
        Some(v) => protocol::is_true(&v)?,
        None => false,
    };
    if content.len() < 8 {
        return Err(value_error(
            "Zstandard dictionary content too short (must have at least eight bytes)",
        ));
    }
    let dict_id = ffi::dict_id(&content);
    if !is_raw && dict_id == 0 {
        return Err(value_error("invalid Zstandard dictionary"));
    }
    Ok(alloc_typed(
        ty,
        ZstdDict {
            content: content.into(),
            dict_id,
            cdicts: RefCell::new(HashMap::new()),
            ddict: RefCell::new(None),
        },
    ))
}

fn dict_repr(v: &Value) -> PyResult {
    let d = dict_this(v);
    Ok(PyStr::new(&format!(
        "<ZstdDict dict_id={} dict_size={}>",
        d.dict_id,
        d.content.len()
    )))
}

fn dict_as(v: &Value, use_: DictUse) -> PyResult {
    Ok(Tuple::new(vec![v.clone(), int::from_i64(use_ as i64)]))
}

builtin_type!(pub static ZSTD_DICT_TYPE: ZstdDict = TypeSpec {
    name: "compression.zstd.ZstdDict",
    doc: Some("ZstdDict(dict_content, /, *, is_raw=False)\n--\n\nRepresents a Zstandard dictionary.\n\n  dict_content\n    The content of a Zstandard dictionary as a bytes-like object.\n  is_raw\n    If true, perform no checks on *dict_content*, useful for some\n    advanced cases. Otherwise, check that the content represents\n    a Zstandard dictionary created by the zstd library or CLI.\n\nThe dictionary can be used for compression or decompression, and can be shared\nby multiple ZstdCompressor or ZstdDecompressor objects."),
    slots: SlotDefs {
        new: Some(dict_new),
        repr: Some(dict_repr),
        len: Some(|v| Ok(dict_this(v).content.len())),
        ..SlotDefs::NONE
    },
    getsets: &[
        GetSetDef::member("dict_id", |v| Ok(int::from_i64(i64::from(dict_this(v).dict_id))), None)
            .with_doc("The Zstandard dictionary, an int between 0 and 2**32.\n\nA non-zero value represents an ordinary Zstandard dictionary,\nconforming to the standardised format.\n\nA value of zero indicates a 'raw content' dictionary,\nwithout any restrictions on format or content."),
        GetSetDef::getter("dict_content", |v| Ok(bytes::new(dict_this(v).content.to_vec())))
            .with_doc("The content of a Zstandard dictionary, as a bytes object."),
        GetSetDef::getter("as_digested_dict", |v| dict_as(v, DictUse::Digested))
            .with_doc("Load as a digested dictionary to compressor.\n\nPass this attribute as zstd_dict argument:\ncompress(dat, zstd_dict=zd.as_digested_dict)\n\n1. Some advanced compression parameters of compressor may be overridden\n   by parameters of digested dictionary.\n2. ZstdDict has a digested dictionaries cache for each compression level.\n   It's faster when loading again a digested dictionary with the same\n   compression level.\n3. No need to use this for decompression."),
        GetSetDef::getter("as_undigested_dict", |v| dict_as(v, DictUse::Undigested))
            .with_doc("Load as an undigested dictionary to compressor.\n\nPass this attribute as zstd_dict argument:\ncompress(dat, zstd_dict=zd.as_undigested_dict)\n\n1. The advanced compression parameters of compressor will not be overridden.\n2. Loading an undigested dictionary is costly. If load an undigested dictionary\n   multiple times, consider reusing a compressor object.\n3. No need to use this for decompression."),
        GetSetDef::getter("as_prefix", |v| dict_as(v, DictUse::Prefix))
            .with_doc("Load as a prefix to compressor/decompressor.\n\nPass this attribute as zstd_dict argument:\ncompress(dat, zstd_dict=zd.as_prefix)\n\n1. Prefix is compatible with long distance matching, while dictionary is not.\n2. It only works for the first frame, then the compressor/decompressor will\n   return to no prefix state.\n3. When decompressing, must use the same prefix as when compressing."),
    ],
    ..TypeSpec::DEFAULT
});

/// Clinic's message for a positional-only argument of the wrong type.
fn bad_positional(fname: &str, pos: usize, expected: &str, arg: &Value) -> PyErr {
    type_error(format!(
        "{fname}() argument {pos} must be {expected}, not {}",
        ouro_objects::args::arg_type_name(arg)
    ))
}

/// A `PyBytesObject` argument (bytes itself, not any bytes-like object).
fn bytes_arg<'a>(fname: &str, pos: usize, v: &'a Value) -> PyResult<&'a [u8]> {
    v.downcast::<Bytes>()
        .map(|b| &b.0[..])
        .ok_or_else(|| bad_positional(fname, pos, "bytes", v))
}

/// The tuple of sample sizes, checked for type as clinic does before the function body runs.
fn sizes_arg<'a>(fname: &str, pos: usize, v: &'a Value) -> PyResult<&'a [Value]> {
    v.downcast::<Tuple>()
        .map(Tuple::as_slice)
        .ok_or_else(|| bad_positional(fname, pos, "tuple", v))
}

/// `calculate_samples_stats`: the sample sizes, which must add up to the concatenation's length.
fn sample_sizes(samples: &[u8], sizes: &[Value]) -> PyResult<Vec<usize>> {
    let mismatch = || value_error("The samples size tuple doesn't match the concatenation's size.");
    let mut left = samples.len();
    let mut out = Vec::with_capacity(sizes.len());
    for size in sizes {
        if !int::is_int(size) {
            return Err(type_error("an integer is required"));
        }
        let n = int::to_i64(size)
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(mismatch)?;
        left = left.checked_sub(n).ok_or_else(mismatch)?;
        out.push(n);
    }
    if left != 0 {
        return Err(mismatch());
    }
    Ok(out)
}

/// `dict_size`: a `Py_ssize_t` that must be positive.
fn dict_size_arg(v: &Value) -> PyResult<usize> {
    let n = protocol::index_as_isize(v)?;
    usize::try_from(n)
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| value_error("dict_size argument should be positive number."))
}

fn train_dict(_m: &Value, args: Args) -> PyResult {
    let a = args.range("train_dict", "train_dict", 3, 3)?;
    let samples = bytes_arg("train_dict", 1, &a[0])?;
    let sizes = sizes_arg("train_dict", 2, &a[1])?;
    let size = dict_size_arg(&a[2])?;
    let sizes = sample_sizes(samples, sizes)?;
    let dict =
        ffi::train_dict(samples, &sizes, size).map_err(|c| failure(Failure::TrainDict, c))?;
    Ok(bytes::new(dict))
}

fn finalize_dict(_m: &Value, args: Args) -> PyResult {
    let a = args.range("finalize_dict", "finalize_dict", 5, 5)?;
    let content = bytes_arg("finalize_dict", 1, &a[0])?;
    let samples = bytes_arg("finalize_dict", 2, &a[1])?;
    let sizes = sizes_arg("finalize_dict", 3, &a[2])?;
    let size = dict_size_arg(&a[3])?;
    let level = int::index_as_c_int(&a[4])?;
    let sizes = sample_sizes(samples, sizes)?;
    let dict = ffi::finalize_dict(content, samples, &sizes, size, level)
        .map_err(|c| failure(Failure::FinalizeDict, c))?;
    Ok(bytes::new(dict))
}

fn get_param_bounds(_m: &Value, args: Args) -> PyResult {
    let [parameter, is_compress] =
        args.parse("get_param_bounds", ["parameter", "is_compress"], 0, 2, 2)?;
    let key = int::index_as_c_int(parameter.as_ref().expect("required"))?;
    let compress = protocol::is_true(is_compress.as_ref().expect("required"))?;
    let (lo, hi) = ffi::param_bounds(key, compress).ok_or_else(|| {
        let what = if compress {
            Failure::GetCBounds
        } else {
            Failure::GetDBounds
        };
        failure(what, ffi::unsupported_parameter())
    })?;
    Ok(Tuple::new(vec![
        int::from_i64(i64::from(lo)),
        int::from_i64(i64::from(hi)),
    ]))
}

fn get_frame_size(_m: &Value, args: Args) -> PyResult {
    let [frame] = args.parse("get_frame_size", ["frame_buffer"], 0, 1, 1)?;
    let frame = data_arg(frame.as_ref().expect("required"))?;
    let size = ffi::frame_compressed_size(&frame).map_err(|c| {
        zstd_error(format!(
            "Error when finding the compressed size of a Zstandard frame. Ensure the frame_buffer argument starts \
             from the beginning of a frame, and its length is not less than this complete frame. Zstd error \
             message: {}.",
            c.name()
        ))
    })?;
    Ok(int::from_usize(size))
}

fn get_frame_info(_m: &Value, args: Args) -> PyResult {
    let [frame] = args.parse("get_frame_info", ["frame_buffer"], 0, 1, 1)?;
    let frame = data_arg(frame.as_ref().expect("required"))?;
    let size = match ffi::frame_content_size(&frame) {
        ContentSize::Error => {
            return Err(zstd_error(
                "Error when getting information from the header of a Zstandard frame. Ensure the frame_buffer \
                 argument starts from the beginning of a frame, and its length is not less than the frame header \
                 (6~18 bytes).",
            ));
        }
        ContentSize::Unknown => none(),
        ContentSize::Known(n) => int::from_i128(i128::from(n)),
    };
    let dict_id = int::from_i64(i64::from(ffi::frame_dict_id(&frame)));
    Ok(Tuple::new(vec![size, dict_id]))
}

fn set_parameter_types(_m: &Value, args: Args) -> PyResult {
    let [c, d] = args.parse(
        "set_parameter_types",
        ["c_parameter_type", "d_parameter_type"],
        0,
        2,
        2,
    )?;
    let (c, d) = (c.expect("required"), d.expect("required"));
    for (i, t) in [&c, &d].into_iter().enumerate() {
        if TypeRef::from_value(t).is_none() {
            return Err(ouro_objects::args::bad_argument(
                "set_parameter_types",
                ["c_parameter_type", "d_parameter_type"][i],
                "type",
                t,
            ));
        }
    }
    PARAMETER_TYPES.with(|p| *p.borrow_mut() = Some((c, d)));
    Ok(none())
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let cls = exception_class(
        "compression.zstd",
        "ZstdError",
        &[&ouro_objects::exceptions::EXCEPTION],
    )?;
    protocol::setattr(
        &cls,
        &PyStr::new("__doc__"),
        Some(&PyStr::new("An error occurred in the zstd library.")),
    )?;
    ZSTD_ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    m.set("ZstdError", cls);
    m.set(
        "zstd_version_number",
        int::from_i64(i64::from(ffi::version_number())),
    );
    m.set("zstd_version", PyStr::new(ffi::version_string()));
    m.set(
        "ZSTD_CLEVEL_DEFAULT",
        int::from_i64(i64::from(ffi::default_level())),
    );
    m.set(
        "ZSTD_DStreamOutSize",
        int::from_usize(ffi::dstream_out_size()),
    );
    for (name, _, key) in C_PARAMETERS.iter().chain(&D_PARAMETERS) {
        m.set(name, int::from_i64(i64::from(*key)));
    }
    for (name, strategy) in STRATEGIES {
        m.set(name, int::from_i64(strategy as i64));
    }
    compressor::add_mode_constants();
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_zstd",
    doc: "Implementation module for Zstandard compression.",
    functions: &[
        MethodDef::new(
            "train_dict",
            train_dict,
            "train_dict($module, samples_bytes, samples_sizes, dict_size, /)\n--\n\nTrain a Zstandard dictionary on sample data.\n\n  samples_bytes\n    Concatenation of samples.\n  samples_sizes\n    Tuple of samples' sizes.\n  dict_size\n    The size of the dictionary.",
        ),
        MethodDef::new(
            "finalize_dict",
            finalize_dict,
            "finalize_dict($module, custom_dict_bytes, samples_bytes, samples_sizes,\n              dict_size, compression_level, /)\n--\n\nFinalize a Zstandard dictionary.\n\n  custom_dict_bytes\n    Custom dictionary content.\n  samples_bytes\n    Concatenation of samples.\n  samples_sizes\n    Tuple of samples' sizes.\n  dict_size\n    The size of the dictionary.\n  compression_level\n    Optimize for a specific Zstandard compression level, 0 means default.",
        ),
        MethodDef::new(
            "get_param_bounds",
            get_param_bounds,
            "get_param_bounds($module, /, parameter, is_compress)\n--\n\nGet CompressionParameter/DecompressionParameter bounds.\n\n  parameter\n    The parameter to get bounds.\n  is_compress\n    True for CompressionParameter, False for DecompressionParameter.",
        ),
        MethodDef::new(
            "get_frame_size",
            get_frame_size,
            "get_frame_size($module, /, frame_buffer)\n--\n\nGet the size of a Zstandard frame, including the header and optional checksum.\n\n  frame_buffer\n    A bytes-like object, it should start from the beginning of a frame,\n    and contains at least one complete frame.",
        ),
        MethodDef::new(
            "get_frame_info",
            get_frame_info,
            "get_frame_info($module, /, frame_buffer)\n--\n\nGet Zstandard frame infomation from a frame header.\n\n  frame_buffer\n    A bytes-like object, containing the header of a Zstandard frame.",
        ),
        MethodDef::new(
            "set_parameter_types",
            set_parameter_types,
            "set_parameter_types($module, /, c_parameter_type, d_parameter_type)\n--\n\nSet CompressionParameter and DecompressionParameter types for validity check.\n\n  c_parameter_type\n    CompressionParameter IntEnum type object\n  d_parameter_type\n    DecompressionParameter IntEnum type object",
        ),
    ],
    types: || {
        vec![
            &ZSTD_DICT_TYPE,
            &compressor::ZSTD_COMPRESSOR_TYPE,
            &decompressor::ZSTD_DECOMPRESSOR_TYPE,
        ]
    },
    init,
};
