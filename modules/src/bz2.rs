//! `_bz2`: bzip2 compressor and decompressor objects over the bzip2 crate; mirrors Modules/_bz2module.c.

use std::cell::RefCell;

use bzip2::{Action, Compress, Compression, Decompress, Status};
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error, value_error};
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, bytes, exceptions, protocol};

/// Output is produced in chunks of this size.
const CHUNK: usize = 64 * 1024;

/// A bytes-like argument, or CPython's buffer-protocol TypeError.
pub(crate) fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes::as_bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(v)
        ))
    })
}

/// `max_length`: negative means no limit.
pub(crate) fn max_length_arg(v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) => {
            let n = protocol::index_as_isize(&v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

/// `catch_bz2_error`'s exception for a libbzip2 failure.
fn bz2_error(e: bzip2::Error) -> PyErr {
    match e {
        bzip2::Error::Data | bzip2::Error::DataMagic => {
            PyErr::new(&exceptions::OS_ERROR, "Invalid data stream")
        }
        bzip2::Error::Param => {
            value_error("Internal error - invalid parameters passed to libbzip2")
        }
        bzip2::Error::Sequence => {
            runtime_error("Internal error - Invalid sequence of commands sent to libbzip2")
        }
    }
}

fn memory_error() -> PyErr {
    PyErr::empty(&exceptions::MEMORY_ERROR)
}

/// Runs the compressor over `input` with `action` until the input is used
/// up (and, for flush/finish, the stream says it is done).
fn run_compress(c: &mut Compress, input: &[u8], action: Action) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let mut buf = vec![0u8; CHUNK];
        let (in0, out0) = (c.total_in(), c.total_out());
        let status = c
            .compress(&input[pos..], &mut buf, action)
            .map_err(bz2_error)?;
        pos += (c.total_in() - in0) as usize;
        let produced = (c.total_out() - out0) as usize;
        out.extend_from_slice(&buf[..produced]);
        match status {
            Status::MemNeeded => return Err(memory_error()),
            Status::StreamEnd => return Ok(out),
            _ if action == Action::Run && pos == input.len() && produced < CHUNK => return Ok(out),
            _ => {}
        }
    }
}

/// `BZ2Compressor`; `None` once flushed.
pub struct Bz2Compressor {
    stream: RefCell<Option<Compress>>,
}

fn compressor_this(v: &Value) -> &Bz2Compressor {
    v.downcast::<Bz2Compressor>()
        .expect("BZ2Compressor method on a BZ2Compressor")
}

fn compressor_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames).range("BZ2Compressor", "BZ2Compressor", 0, 1)?;
    let level = match a.first() {
        Some(v) => protocol::index_as_isize(v)?,
        None => 9,
    };
    if !(1..=9).contains(&level) {
        return Err(value_error("compresslevel must be between 1 and 9"));
    }
    Ok(alloc_typed(
        ty,
        Bz2Compressor {
            stream: RefCell::new(Some(Compress::new(Compression::new(level as u32), 0))),
        },
    ))
}

fn compressor_compress(v: &Value, args: Args) -> PyResult {
    let data = data_arg(args.one("compress")?)?;
    let mut guard = compressor_this(v).stream.borrow_mut();
    let Some(c) = guard.as_mut() else {
        return Err(value_error("Compressor has been flushed"));
    };
    Ok(bytes::new(run_compress(c, &data, Action::Run)?))
}

fn compressor_flush(v: &Value, args: Args) -> PyResult {
    args.none("flush")?;
    let mut guard = compressor_this(v).stream.borrow_mut();
    let Some(c) = guard.as_mut() else {
        return Err(value_error("Repeated call to flush()"));
    };
    let out = run_compress(c, &[], Action::Finish)?;
    *guard = None;
    Ok(bytes::new(out))
}

builtin_type!(pub static BZ2_COMPRESSOR_TYPE: Bz2Compressor = TypeSpec {
    name: "_bz2.BZ2Compressor",
    doc: Some("BZ2Compressor(compresslevel=9, /)\n--\n\nCreate a compressor object for compressing data incrementally.\n\n  compresslevel\n    Compression level, as a number between 1 and 9.\n\nFor one-shot compression, use the compress() function instead."),
    slots: SlotDefs { new: Some(compressor_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("compress", compressor_compress, "compress($self, data, /)\n--\n\nProvide data to the compressor object.\n\nReturns a chunk of compressed data if possible, or b'' otherwise.\n\nWhen you have finished providing data to the compressor, call the\nflush() method to finish the compression process."),
        MethodDef::new("flush", compressor_flush, "flush($self, /)\n--\n\nFinish the compression process.\n\nReturns the compressed data left in internal buffers.\n\nThe compressor object may not be used after this method is called."),
    ],
    ..TypeSpec::DEFAULT
});

/// What one decompression run did.
pub(crate) struct Decoded {
    pub out: Vec<u8>,
    pub consumed: usize,
    pub eof: bool,
}

struct DecompressorState {
    stream: Decompress,
    /// Input given but not yet consumed.
    pending: Vec<u8>,
    eof: bool,
    unused_data: Vec<u8>,
    needs_input: bool,
}

/// Decompresses `input` until it is used up, the stream ends, or `max`
/// bytes came out.
fn run_decompress(d: &mut Decompress, input: &[u8], max: Option<usize>) -> PyResult<Decoded> {
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let room = max.map_or(CHUNK, |m| (m - out.len()).min(CHUNK));
        if room == 0 {
            return Ok(Decoded {
                out,
                consumed: pos,
                eof: false,
            });
        }
        let mut buf = vec![0u8; room];
        let (in0, out0) = (d.total_in(), d.total_out());
        let status = d.decompress(&input[pos..], &mut buf).map_err(bz2_error)?;
        pos += (d.total_in() - in0) as usize;
        let produced = (d.total_out() - out0) as usize;
        out.extend_from_slice(&buf[..produced]);
        match status {
            Status::MemNeeded => return Err(memory_error()),
            Status::StreamEnd => {
                return Ok(Decoded {
                    out,
                    consumed: pos,
                    eof: true,
                });
            }
            _ if pos == input.len() && produced < room => {
                return Ok(Decoded {
                    out,
                    consumed: pos,
                    eof: false,
                });
            }
            _ => {}
        }
    }
}

/// The `needs_input` rule shared by the decompressor objects: more input is
/// wanted when all of it was used and the output limit was not what stopped.
pub(crate) fn needs_input(eof: bool, pending: &[u8], out_len: usize, max: Option<usize>) -> bool {
    !eof && pending.is_empty() && max != Some(out_len)
}

pub struct Bz2Decompressor {
    state: RefCell<DecompressorState>,
}

fn decompressor_this(v: &Value) -> &Bz2Decompressor {
    v.downcast::<Bz2Decompressor>()
        .expect("BZ2Decompressor method on a BZ2Decompressor")
}

fn decompressor_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("BZ2Decompressor")?;
    if !a.positional().is_empty() {
        return Err(type_error(
            "BZ2Decompressor() takes no positional arguments",
        ));
    }
    Ok(alloc_typed(
        ty,
        Bz2Decompressor {
            state: RefCell::new(DecompressorState {
                stream: Decompress::new(false),
                pending: Vec::new(),
                eof: false,
                unused_data: Vec::new(),
                needs_input: true,
            }),
        },
    ))
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
            "End of stream already reached",
        ));
    }
    let mut input = std::mem::take(&mut s.pending);
    input.extend_from_slice(&data);
    let r = run_decompress(&mut s.stream, &input, max)?;
    let rest = input[r.consumed..].to_vec();
    if r.eof {
        s.eof = true;
        s.unused_data = rest;
    } else {
        s.pending = rest;
    }
    s.needs_input = needs_input(s.eof, &s.pending, r.out.len(), max);
    Ok(bytes::new(r.out))
}

builtin_type!(pub static BZ2_DECOMPRESSOR_TYPE: Bz2Decompressor = TypeSpec {
    name: "_bz2.BZ2Decompressor",
    doc: Some("BZ2Decompressor()\n--\n\nCreate a decompressor object for decompressing data incrementally.\n\nFor one-shot decompression, use the decompress() function instead."),
    slots: SlotDefs { new: Some(decompressor_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("decompress", decompressor_decompress, "decompress($self, /, data, max_length=-1)\n--\n\nDecompress *data*, returning uncompressed data as bytes.\n\nIf *max_length* is nonnegative, returns at most *max_length* bytes of\ndecompressed data. If this limit is reached and further output can be\nproduced, *self.needs_input* will be set to ``False``. In this case, the next\ncall to *decompress()* may provide *data* as b'' to obtain more of the output.\n\nIf all of the input data was decompressed and returned (either because this\nwas less than *max_length* bytes, or because *max_length* was negative),\n*self.needs_input* will be set to True.\n\nAttempting to decompress data after the end of stream is reached raises an\nEOFError.  Any data found after the end of the stream is ignored and saved in\nthe unused_data attribute."),
    ],
    getsets: &[
        GetSetDef::getter("eof", |v| Ok(pybool::py_bool(decompressor_this(v).state.borrow().eof))),
        GetSetDef::getter("unused_data", |v| Ok(bytes::new(decompressor_this(v).state.borrow().unused_data.clone()))),
        GetSetDef::getter("needs_input", |v| Ok(pybool::py_bool(decompressor_this(v).state.borrow().needs_input))),
    ],
    ..TypeSpec::DEFAULT
});

pub static BZ2: ModuleDef = ModuleDef {
    name: "_bz2",
    doc: "",
    functions: &[],
    types: || vec![&BZ2_COMPRESSOR_TYPE, &BZ2_DECOMPRESSOR_TYPE],
    init: |_| Ok(()),
};
