//! `BytesIO`: a binary stream over an in-memory, growable byte buffer; mirrors Modules/_io/bytesio.c.

use std::cell::Cell;

use ouro_objects::args::Args;
use ouro_objects::bytearray::ByteArray;
use ouro_objects::bytes::{self, bytes_from_object};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, value_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, int};

use super::fileio::int_arg;
use super::iobase::{BUFFERED_IO_BASE_TYPE, buffer_len, copy_into};
use super::{closed_error, size_arg};

/// The contents live in a `bytearray` so `getbuffer()` can export them.
pub struct BytesIO {
    buf: Value,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

fn this(v: &Value) -> PyResult<&BytesIO> {
    let b = v
        .downcast::<BytesIO>()
        .expect("BytesIO method on a BytesIO");
    if b.closed.get() {
        return Err(closed_error());
    }
    Ok(b)
}

impl BytesIO {
    fn array(&self) -> &ByteArray {
        self.buf.downcast::<ByteArray>().expect("bytearray")
    }

    /// The contents for a change, refused while `getbuffer()` views exist.
    fn data_mut(&self) -> PyResult<std::cell::RefMut<'_, Vec<u8>>> {
        let ba = self.array();
        if ba.1.get() > 0 {
            return Err(PyErr::new(
                &exceptions::BUFFER_ERROR,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(ba.0.borrow_mut())
    }

    /// Up to `n` bytes (all with `None`) from the position, advancing it.
    fn take(&self, n: Option<usize>) -> Vec<u8> {
        let buf = self.array().0.borrow();
        let start = self.pos.get().min(buf.len());
        let end = n.map_or(buf.len(), |n| start.saturating_add(n).min(buf.len()));
        self.pos.set(end.max(self.pos.get()));
        buf[start..end].to_vec()
    }

    fn line_end(&self, limit: Option<usize>) -> Option<usize> {
        let buf = self.array().0.borrow();
        let start = self.pos.get().min(buf.len());
        let rest = &buf[start..];
        let window = limit.map_or(rest.len(), |l| l.min(rest.len()));
        Some(
            rest[..window]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(window, |i| i + 1),
        )
    }
}

fn bytesio_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        BytesIO {
            buf: ouro_objects::bytearray::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
        },
    ))
}

fn bytesio_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [initial] = Args::new(args, kwnames).parse("BytesIO", ["initial_bytes"], 0, 0, 1)?;
    let b = v.downcast::<BytesIO>().expect("BytesIO");
    let data = match initial.filter(|i| !is_none(i)) {
        Some(i) => bytes_from_object(&i)?,
        None => Vec::new(),
    };
    *b.data_mut()? = data;
    b.pos.set(0);
    Ok(())
}

fn bytesio_read(v: &Value, args: Args) -> PyResult {
    let a = args.range("read", "read", 0, 1)?;
    let b = this(v)?;
    Ok(bytes::new(b.take(size_arg(a.first())?)))
}

fn bytesio_readline(v: &Value, args: Args) -> PyResult {
    let a = args.range("readline", "readline", 0, 1)?;
    let b = this(v)?;
    let n = b.line_end(size_arg(a.first())?);
    Ok(bytes::new(b.take(n)))
}

fn bytesio_readlines(v: &Value, args: Args) -> PyResult {
    let a = args.range("readlines", "readlines", 0, 1)?;
    let b = this(v)?;
    let hint = size_arg(a.first())?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let n = b.line_end(None);
        let line = b.take(n);
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(bytes::new(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(List::from_vec(lines))
}

fn bytesio_readinto(v: &Value, args: Args) -> PyResult {
    let target = args.one("readinto")?;
    let b = this(v)?;
    let data = b.take(Some(buffer_len(target)?));
    Ok(int::from_usize(copy_into(target, &data)?))
}

fn bytesio_write(v: &Value, args: Args) -> PyResult {
    let data = args.one("write")?;
    let b = this(v)?;
    let data = bytes_from_object(data)?;
    let pos = b.pos.get();
    let mut buf = b.data_mut()?;
    let end = pos
        .checked_add(data.len())
        .ok_or_else(|| PyErr::empty(&exceptions::MEMORY_ERROR))?;
    super::grow(&mut buf, pos)?;
    let overlap = end.min(buf.len());
    buf[pos..overlap].copy_from_slice(&data[..overlap - pos]);
    buf.extend_from_slice(&data[overlap - pos..]);
    b.pos.set(end);
    Ok(int::from_usize(data.len()))
}

fn bytesio_seek(v: &Value, args: Args) -> PyResult {
    let a = args.range("seek", "seek", 1, 2)?;
    let b = this(v)?;
    let pos = int_arg(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => int_arg(w)?,
        None => 0,
    };
    let base = match whence {
        0 => {
            if pos < 0 {
                return Err(value_error(format!("negative seek value {pos}")));
            }
            0
        }
        1 => b.pos.get() as i64,
        2 => b.array().0.borrow().len() as i64,
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )));
        }
    };
    let at = base
        .checked_add(pos)
        .filter(|&at| at <= isize::MAX as i64)
        .ok_or_else(|| ouro_objects::err::overflow_error("new position too large"))?
        .max(0);
    b.pos.set(at as usize);
    Ok(int::from_i64(at))
}

fn bytesio_truncate(v: &Value, args: Args) -> PyResult {
    let a = args.range("truncate", "truncate", 0, 1)?;
    let b = this(v)?;
    let size = match a.first().filter(|s| !is_none(s)) {
        Some(s) => {
            let n = int_arg(s)?;
            if n < 0 {
                return Err(value_error(format!("negative size value {n}")));
            }
            n as usize
        }
        None => b.pos.get(),
    };
    b.data_mut()?.truncate(size);
    Ok(int::from_usize(size))
}

fn bytesio_iternext(v: &Value) -> PyResult<Option<Value>> {
    let b = this(v)?;
    let n = b.line_end(None);
    let line = b.take(n);
    Ok((!line.is_empty()).then(|| bytes::new(line)))
}

fn bytesio_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let b = v.downcast::<BytesIO>().expect("BytesIO");
    b.data_mut()?;
    b.closed.set(true);
    Ok(none())
}

fn yes(v: &Value, _args: Args) -> PyResult {
    this(v)?;
    Ok(pybool::py_bool(true))
}

builtin_type!(pub static BYTES_IO_TYPE: BytesIO = TypeSpec {
    name: "_io.BytesIO",
    doc: Some("BytesIO(initial_bytes=b'')\n--\n\nBuffered I/O implementation using an in-memory bytes buffer."),
    base: Some(&BUFFERED_IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        new: Some(bytesio_new),
        init: Some(bytesio_init),
        iternext: Some(bytesio_iternext),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("getvalue", |v, _| Ok(bytes::new(this(v)?.array().to_vec())), "getvalue($self, /)\n--\n\nRetrieve the entire contents of the BytesIO object."),
        MethodDef::new("read", bytesio_read, "read($self, size=-1, /)\n--\n\nRead at most size bytes, returned as a bytes object."),
        MethodDef::new("read1", bytesio_read, "read1($self, size=-1, /)\n--\n\nRead at most size bytes, returned as a bytes object."),
        MethodDef::new("readline", bytesio_readline, "readline($self, size=-1, /)\n--\n\nNext line from the file, as a bytes object."),
        MethodDef::new("readlines", bytesio_readlines, "readlines($self, size=None, /)\n--\n\nList of bytes objects, each a line from the file."),
        MethodDef::new("readinto", bytesio_readinto, "readinto($self, buffer, /)\n--\n\nRead bytes into buffer."),
        MethodDef::new("write", bytesio_write, "write($self, b, /)\n--\n\nWrite bytes to file."),
        MethodDef::new("seek", bytesio_seek, "seek($self, pos, whence=0, /)\n--\n\nChange stream position."),
        MethodDef::new("tell", |v, _| Ok(int::from_usize(this(v)?.pos.get())), "tell($self, /)\n--\n\nCurrent file position, an integer."),
        MethodDef::new("truncate", bytesio_truncate, "truncate($self, size=None, /)\n--\n\nTruncate the file to at most size bytes."),
        MethodDef::new("readable", yes, "readable($self, /)\n--\n\nReturns True if the IO object can be read."),
        MethodDef::new("writable", yes, "writable($self, /)\n--\n\nReturns True if the IO object can be written."),
        MethodDef::new("seekable", yes, "seekable($self, /)\n--\n\nReturns True if the IO object can be seeked."),
        MethodDef::new("isatty", |v, _| { this(v)?; Ok(pybool::py_bool(false)) }, "isatty($self, /)\n--\n\nAlways returns False."),
        MethodDef::new("flush", |v, _| { this(v)?; Ok(none()) }, "flush($self, /)\n--\n\nDoes nothing."),
        MethodDef::new("close", bytesio_close, "close($self, /)\n--\n\nDisable all I/O operations."),
        MethodDef::new("getbuffer", |v, _| ouro_objects::memoryview::from_object(&this(v)?.buf), "getbuffer($self, /)\n--\n\nGet a read-write view over the contents of the BytesIO object."),
    ],
    getsets: &[GetSetDef::getter("closed", |v| Ok(pybool::py_bool(v.downcast::<BytesIO>().expect("BytesIO").closed.get())))],
    ..TypeSpec::DEFAULT
});
