//! `ZstdDecompressor`: incremental decompression of one Zstandard frame, with output limits; mirrors
//! Modules/_zstd/decompressor.c.

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult};
use ouro_objects::none::none;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, bytes, exceptions};

use super::ffi::DCtx;
use super::{
    DictUse, Failure, apply_options, failure, parameter_error, parse_zstd_dict, zstd_error,
};
use crate::bz2::{data_arg, max_length_arg};

/// Output grows by this much when a call fills what it had.
const CHUNK: usize = 32 * 1024;

struct DecompressorState {
    dctx: DCtx,
    /// Input given but not consumed yet; after the end of the frame, the unused data.
    pending: Vec<u8>,
    needs_input: bool,
    eof: bool,
}

impl DecompressorState {
    /// `decompressor_reset_session_lock_held`: forget the input and start a new frame after an error.
    fn reset_session(&mut self) {
        self.pending.clear();
        self.needs_input = true;
        self.eof = false;
        self.dctx.reset_session();
    }

    /// `decompress_lock_held`: decompresses `input` until it is used up, the frame ends or `max` bytes came out;
    /// returns the output and how much input was consumed.
    fn run(&mut self, input: &[u8], max: Option<usize>) -> PyResult<(Vec<u8>, usize)> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            let room = max.map_or(CHUNK, |m| (m - out.len()).min(CHUNK));
            let before = out.len();
            let left = self
                .dctx
                .decompress(&mut out, room, input, &mut pos)
                .map_err(|c| failure(Failure::Decompress, c))?;
            if left == 0 {
                self.eof = true;
                return Ok((out, pos));
            }
            if out.len() - before == room {
                if max == Some(out.len()) {
                    return Ok((out, pos));
                }
            } else if pos == input.len() {
                return Ok((out, pos));
            }
        }
    }
}

pub struct ZstdDecompressor {
    state: RefCell<DecompressorState>,
}

fn this(v: &Value) -> &ZstdDecompressor {
    v.downcast::<ZstdDecompressor>()
        .expect("ZstdDecompressor method on a ZstdDecompressor")
}

fn decompressor_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [zstd_dict, options] =
        Args::new(args, kwnames).parse("ZstdDecompressor", ["zstd_dict", "options"], 0, 0, 2)?;
    let present = |v: Option<Value>| v.filter(|v| !v.is(&none()));
    let mut dctx = DCtx::new().ok_or_else(|| zstd_error("Unable to create ZSTD_DCtx instance."))?;
    if let Some(d) = present(zstd_dict) {
        let (d, use_) = parse_zstd_dict(&d, DictUse::Digested)?;
        let zd = super::dict_this(&d);
        let loaded = match use_ {
            DictUse::Digested => {
                let ddict = zd.ddict()?;
                dctx.ref_ddict(ddict)
            }
            DictUse::Undigested => dctx.load_dictionary(&zd.content),
            DictUse::Prefix => dctx.ref_prefix(zd.content.clone()),
        };
        loaded.map_err(|c| failure(Failure::LoadDDict, c))?;
    }
    if let Some(options) = present(options) {
        apply_options(&options, "ZstdDecompressor", false, |key, value| {
            dctx.set_parameter(key, value)
                .map_err(|_| parameter_error(false, key, value))
        })?;
    }
    Ok(alloc_typed(
        ty,
        ZstdDecompressor {
            state: RefCell::new(DecompressorState {
                dctx,
                pending: Vec::new(),
                needs_input: true,
                eof: false,
            }),
        },
    ))
}

/// `stream_decompress_lock_held`.
fn decompressor_decompress(v: &Value, args: Args) -> PyResult {
    let [data, max_length] = args.parse("decompress", ["data", "max_length"], 0, 1, 2)?;
    let data = data_arg(data.as_ref().expect("required"))?;
    let max = max_length_arg(max_length)?;
    let mut guard = this(v).state.borrow_mut();
    let s = &mut *guard;
    if s.eof {
        return Err(PyErr::new(
            &exceptions::EOF_ERROR,
            "Already at the end of a Zstandard frame.",
        ));
    }
    let mut input = std::mem::take(&mut s.pending);
    input.extend_from_slice(&data);
    let (out, consumed) = match s.run(&input, max) {
        Ok(r) => r,
        Err(e) => {
            s.reset_session();
            return Err(e);
        }
    };
    if consumed == input.len() {
        s.needs_input = !(max == Some(out.len()) || s.eof);
    } else {
        s.needs_input = false;
        input.drain(..consumed);
        s.pending = input;
    }
    Ok(bytes::new(out))
}

fn unused_data(v: &Value) -> PyResult {
    let s = this(v).state.borrow();
    Ok(bytes::new(if s.eof {
        s.pending.clone()
    } else {
        Vec::new()
    }))
}

builtin_type!(pub static ZSTD_DECOMPRESSOR_TYPE: ZstdDecompressor = TypeSpec {
    name: "compression.zstd.ZstdDecompressor",
    doc: Some("ZstdDecompressor(zstd_dict=None, options=None)\n--\n\nCreate a decompressor object for decompressing data incrementally.\n\n  zstd_dict\n    A ZstdDict object, a pre-trained Zstandard dictionary.\n  options\n    A dict object that contains advanced decompression parameters.\n\nThread-safe at method level. For one-shot decompression, use the decompress()\nfunction instead."),
    slots: SlotDefs { new: Some(decompressor_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("decompress", decompressor_decompress, "decompress($self, /, data, max_length=-1)\n--\n\nDecompress *data*, returning uncompressed bytes if possible, or b'' otherwise.\n\n  data\n    A bytes-like object, Zstandard data to be decompressed.\n  max_length\n    Maximum size of returned data. When it is negative, the size of\n    output buffer is unlimited. When it is nonnegative, returns at\n    most max_length bytes of decompressed data.\n\nIf *max_length* is nonnegative, returns at most *max_length* bytes of\ndecompressed data. If this limit is reached and further output can be\nproduced, *self.needs_input* will be set to ``False``. In this case, the next\ncall to *decompress()* may provide *data* as b'' to obtain more of the output.\n\nIf all of the input data was decompressed and returned (either because this\nwas less than *max_length* bytes, or because *max_length* was negative),\n*self.needs_input* will be set to True.\n\nAttempting to decompress data after the end of a frame is reached raises an\nEOFError. Any data found after the end of the frame is ignored and saved in\nthe self.unused_data attribute."),
    ],
    getsets: &[
        GetSetDef::member("eof", |v| Ok(pybool::py_bool(this(v).state.borrow().eof)), None).with_doc("True means the end of the first frame has been reached. If decompress data\nafter that, an EOFError exception will be raised."),
        GetSetDef::member("needs_input", |v| Ok(pybool::py_bool(this(v).state.borrow().needs_input)), None).with_doc("If the max_length output limit in .decompress() method has been reached,\nand the decompressor has (or may has) unconsumed input data, it will be set\nto False. In this case, passing b'' to the .decompress() method may output\nfurther data."),
        GetSetDef::getter("unused_data", unused_data).with_doc("A bytes object of un-consumed input data.\n\nWhen ZstdDecompressor object stops after a frame is\ndecompressed, unused input data after the frame. Otherwise this will be b''."),
    ],
    ..TypeSpec::DEFAULT
});
