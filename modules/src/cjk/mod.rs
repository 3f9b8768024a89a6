//! The CJK codecs: `_multibytecodec` (the codec objects and their stateful wrappers) and the six modules that hold the codecs themselves (`_codecs_cn`, `_codecs_hk`, `_codecs_iso2022`, `_codecs_jp`, `_codecs_kr`, `_codecs_tw`); mirrors Modules/cjkcodecs/cjkcodecs.h and the `getcodec` of each codec module, with the character set maps in the `ouro_cjk` crate.
//!
//! A codec is a pair of functions in CPython's shape: the encoder turns
//! characters from `*pos` into bytes and the decoder bytes from `*pos` into
//! characters, each stopping at the first problem with a `Stop` (CPython's
//! `MBERR_*` results and positive error lengths) and leaving `*pos` there.
//! `multibytecodec` drives them and applies the error handlers.

mod cn;
mod iso2022;
mod jp;
mod kr;
pub mod multibytecodec;
mod stateful;
mod tw;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::ready;
use ouro_objects::{TypeRef, Value, exceptions};

use crate::types_module::{CAPSULE_TYPE, Capsule};

/// Why a codec stopped before the end of its input.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Stop {
    /// This many characters or bytes at `*pos` cannot be coded.
    Illegal(usize),
    /// The input ends inside a sequence (`MBERR_TOOFEW`).
    TooFew,
    /// A state the codec cannot be in (`MBERR_INTERNAL`).
    Internal,
}

pub type Step = Result<(), Stop>;

/// A stateful codec's state: CPython's `MultibyteCodec_State.c`, whose bytes
/// `getstate`/`setstate` expose.
pub type State = [u8; 8];

/// Encodes `text[*pos..]` onto `out`; `flush` says no more text follows.
pub type EncodeFn = fn(&Codec, &mut State, &[u32], &mut usize, &mut Vec<u8>, bool) -> Step;
/// Decodes `data[*pos..]` onto `out`.
pub type DecodeFn = fn(&Codec, &mut State, &[u8], &mut usize, &mut Vec<u32>) -> Step;

/// One codec (CPython's `MultibyteCodec`).
pub struct Codec {
    pub name: &'static str,
    /// Which variant the shared functions serve (JIS X 0213:2000 emulation,
    /// an ISO-2022 configuration).
    pub variant: u8,
    pub encode: EncodeFn,
    pub decode: DecodeFn,
    /// State at the start and after `reset` (stateless codecs: all zero).
    pub encoder_init: fn(&mut State),
    /// Bytes that return a stateful encoder to its initial state.
    pub encoder_reset: Option<fn(&mut State, &mut Vec<u8>)>,
    pub decoder_init: fn(&mut State),
    pub decoder_reset: fn(&mut State),
}

fn no_state(_: &mut State) {}

impl Codec {
    /// A codec whose encoder and decoder keep no state.
    pub const fn stateless(name: &'static str, encode: EncodeFn, decode: DecodeFn) -> Codec {
        Codec {
            name,
            variant: 0,
            encode,
            decode,
            encoder_init: no_state,
            encoder_reset: None,
            decoder_init: no_state,
            decoder_reset: no_state,
        }
    }

    pub const fn with_variant(self, variant: u8) -> Codec {
        Codec { variant, ..self }
    }
}

/// `REQUIRE_INBUF(n)`.
fn need(data: &[u8], pos: usize, n: usize) -> Step {
    if data.len() - pos < n {
        Err(Stop::TooFew)
    } else {
        Ok(())
    }
}

/// Two bytes of a code.
fn push2(out: &mut Vec<u8>, code: u16) {
    out.extend(code.to_be_bytes());
}

/// A character or pair from a map onto the output.
fn push_decoded(out: &mut Vec<u32>, d: ouro_cjk::Decoded) {
    match d {
        ouro_cjk::Decoded::One(c) => out.push(c),
        ouro_cjk::Decoded::Pair(a, b) => out.extend([a, b]),
    }
}

/// A map lookup that yields only single characters (maps without pairs).
fn decode_one(map: &ouro_cjk::Map, c1: u8, c2: u8) -> Option<u32> {
    match map.decode(c1, c2)? {
        ouro_cjk::Decoded::One(c) => Some(c),
        ouro_cjk::Decoded::Pair(..) => None,
    }
}

/// The codecs of one codec module and the names of its maps.
pub struct CodecModule {
    name: &'static str,
    codecs: &'static [Codec],
    maps: &'static [&'static str],
}

/// `getcodec(encoding)`: a `MultibyteCodec` for one of the module's codecs.
fn getcodec(module: &CodecModule, args: &Args) -> PyResult {
    let arg = args.one(format_args!("{}.getcodec", module.name))?;
    let name = arg
        .downcast::<PyStr>()
        .ok_or_else(|| type_error("encoding name must be a string."))?;
    let codec = module
        .codecs
        .iter()
        .find(|c| name.eq_rust(c.name))
        .ok_or_else(|| PyErr::new(&exceptions::LOOKUP_ERROR, "no such codec is supported."))?;
    Ok(multibytecodec::new_codec(codec))
}

/// Adds the module's `__map_*` attributes: capsules, as in CPython, that
/// other codec modules import maps through (Ouro's modules share the maps
/// directly, so a capsule only names its map).
fn add_maps(module: &Value, codecs: &CodecModule) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    ready(&CAPSULE_TYPE);
    for map in codecs.maps {
        let capsule = alloc_typed(
            &TypeRef::from_static(&CAPSULE_TYPE),
            Capsule {
                name: "multibytecodec.map",
            },
        );
        m.set(&format!("__map_{map}"), capsule);
    }
    Ok(())
}

macro_rules! codec_module {
    ($static:ident, $name:literal, $codecs:expr, $maps:expr) => {
        pub static $static: ModuleDef = {
            static CODECS: CodecModule = CodecModule {
                name: $name,
                codecs: $codecs,
                maps: $maps,
            };
            fn getcodec_fn(_m: &Value, args: Args) -> PyResult {
                getcodec(&CODECS, &args)
            }
            fn init(module: &Value) -> PyResult<()> {
                add_maps(module, &CODECS)
            }
            ModuleDef {
                name: $name,
                doc: "",
                functions: &[MethodDef::new(
                    "getcodec",
                    getcodec_fn,
                    "getcodec($self, object, /)\n--\n\n",
                )],
                types: Vec::new,
                init,
            }
        };
    };
}

codec_module!(
    CODECS_CN,
    "_codecs_cn",
    &cn::CODECS,
    &["gb2312", "gbkext", "gbcommon", "gb18030ext"]
);
codec_module!(
    CODECS_HK,
    "_codecs_hk",
    &tw::HK_CODECS,
    &["big5hkscs", "big5hkscs_bmp", "big5hkscs_nonbmp"]
);
codec_module!(CODECS_ISO2022, "_codecs_iso2022", &iso2022::CODECS, &[]);
codec_module!(
    CODECS_JP,
    "_codecs_jp",
    &jp::CODECS,
    &[
        "jisx0208",
        "jisx0212",
        "jisxcommon",
        "jisx0213_1_bmp",
        "jisx0213_2_bmp",
        "jisx0213_bmp",
        "jisx0213_1_emp",
        "jisx0213_2_emp",
        "jisx0213_emp",
        "jisx0213_pair",
        "cp932ext",
    ]
);
codec_module!(
    CODECS_KR,
    "_codecs_kr",
    &kr::CODECS,
    &["ksx1001", "cp949", "cp949ext"]
);
codec_module!(
    CODECS_TW,
    "_codecs_tw",
    &tw::TW_CODECS,
    &["big5", "cp950ext"]
);
