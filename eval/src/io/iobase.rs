//! `_IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`: the default methods every stream inherits, written against the object's own (possibly Python) methods so subclasses work; mirrors Modules/_io/iobase.c and the base parts of bufferedio.c and textio.c.

use ouro_objects::args::Args;
use ouro_objects::bytearray::ByteArray;
use ouro_objects::bytes::{self, Bytes};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::intern;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_subtype, builtin_type, int, protocol};

use super::{DEFAULT_BUFFER_SIZE, check_closed, closed_error, size_arg, unsupported};

/// No fields: like CPython, the closed flag lives in `__dict__` as `__IOBase_closed`.
pub struct IOBase;

fn iobase_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(ty, IOBase))
}

/// Whether `close()` has run on a stream using `_IOBase`'s own closed flag.
fn iobase_is_closed(v: &Value) -> PyResult<bool> {
    Ok(
        match protocol::getattr_opt(v, &intern("__IOBase_closed"))? {
            Some(c) => protocol::is_true(&c)?,
            None => false,
        },
    )
}

fn iobase_closed(v: &Value) -> PyResult {
    Ok(pybool::py_bool(iobase_is_closed(v)?))
}

fn iobase_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    if iobase_is_closed(v)? {
        return Ok(none());
    }
    let flushed = protocol::call_method(v, "flush", &[]);
    protocol::setattr(v, &intern("__IOBase_closed"), Some(&pybool::py_bool(true)))?;
    flushed.map(|_| none())
}

fn iobase_flush(v: &Value, args: Args) -> PyResult {
    args.none("flush")?;
    if iobase_is_closed(v)? {
        return Err(closed_error());
    }
    Ok(none())
}

fn iobase_seek(_v: &Value, args: Args) -> PyResult {
    if args.positional().is_empty() {
        return Err(type_error(
            "seek() takes at least 1 positional argument (0 given)",
        ));
    }
    Err(unsupported("seek"))
}

fn iobase_tell(v: &Value, args: Args) -> PyResult {
    args.none("tell")?;
    protocol::call_method(v, "seek", &[int::from_i64(0), int::from_i64(1)])
}

fn iobase_isatty(v: &Value, args: Args) -> PyResult {
    args.none("isatty")?;
    check_closed(v)?;
    Ok(pybool::py_bool(false))
}

/// `_checkReadable()` and friends: `UnsupportedOperation` unless `self.<what>()` is true.
fn check_capability(v: &Value, what: &str, message: &str) -> PyResult {
    let ok = protocol::call_method(v, what, &[])?;
    if !protocol::is_true(&ok)? {
        return Err(unsupported(message));
    }
    Ok(ok)
}

fn iobase_enter(v: &Value, args: Args) -> PyResult {
    args.none("__enter__")?;
    check_closed(v)?;
    Ok(v.clone())
}

fn iobase_exit(v: &Value, _args: Args) -> PyResult {
    protocol::call_method(v, "close", &[])
}

fn iobase_iter(v: &Value) -> PyResult {
    check_closed(v)?;
    Ok(v.clone())
}

fn iobase_iternext(v: &Value) -> PyResult<Option<Value>> {
    let line = protocol::call_method(v, "readline", &[])?;
    Ok((protocol::len(&line)? > 0).then_some(line))
}

/// The bytes of a `read()`/`peek()` result, which must be `bytes`.
fn returned_bytes(v: &Value, what: &str) -> PyResult<Vec<u8>> {
    match v.downcast::<Bytes>() {
        Some(b) => Ok(b.0.to_vec()),
        None => Err(PyErr::new(
            &exceptions::OS_ERROR,
            format!(
                "{what}() should have returned a bytes object, not '{}'",
                protocol::type_name(v)
            ),
        )),
    }
}

fn iobase_readline(v: &Value, args: Args) -> PyResult {
    let a = args.range("readline", "readline", 0, 1)?;
    let limit = size_arg(a.first())?;
    let peek = protocol::getattr_opt(v, &intern("peek"))?;
    let mut line = Vec::new();
    while limit.is_none_or(|l| line.len() < l) {
        let mut want = 1;
        if let Some(peek) = &peek {
            let ahead = returned_bytes(&protocol::call1(peek, int::from_i64(1))?, "peek")?;
            if !ahead.is_empty() {
                let room = limit.map_or(ahead.len(), |l| (l - line.len()).min(ahead.len()));
                want = ahead[..room]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(room, |i| i + 1);
            }
        }
        let chunk = protocol::call_method(v, "read", &[int::from_usize(want)])?;
        if is_none(&chunk) {
            break;
        }
        let chunk = returned_bytes(&chunk, "read")?;
        if chunk.is_empty() {
            break;
        }
        line.extend_from_slice(&chunk);
        if line.ends_with(b"\n") {
            break;
        }
    }
    Ok(bytes::new(line))
}

/// `readlines(hint=-1)` over any iterable stream.
fn readlines(v: &Value, args: Args) -> PyResult {
    let a = args.range("readlines", "readlines", 0, 1)?;
    let hint = size_arg(a.first())?.filter(|&h| h > 0);
    let it = protocol::iter(v)?;
    let mut lines = Vec::new();
    let mut total = 0;
    while let Some(line) = protocol::next(&it)? {
        total += protocol::len(&line)?;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(List::from_vec(lines))
}

fn iobase_writelines(v: &Value, args: Args) -> PyResult {
    let lines = args.one("writelines")?;
    check_closed(v)?;
    let it = protocol::iter(lines)?;
    while let Some(line) = protocol::next(&it)? {
        protocol::call_method(v, "write", &[line])?;
    }
    Ok(none())
}

/// Closes a stream that is being deallocated while still open, so its
/// buffered data reaches the file (CPython's `iobase_finalize`).
fn iobase_finalize(v: &Value) {
    let closed = protocol::getattr_str(v, "closed").and_then(|c| protocol::is_true(&c));
    if let Ok(false) = closed {
        let _ = protocol::setattr(v, &intern("_finalizing"), Some(&pybool::py_bool(true)));
        let _ = protocol::call_method(v, "close", &[]);
    }
}

builtin_type!(pub static IO_BASE_TYPE: IOBase = TypeSpec {
    name: "_io._IOBase",
    doc: Some("The abstract base class for all I/O classes.\n\nThis class provides dummy implementations for many methods that\nderived classes can override selectively; the default implementations\nrepresent a file that cannot be read, written or seeked."),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    instance_dict: true,
    slots: SlotDefs {
        new: Some(iobase_new),
        iter: Some(iobase_iter),
        iternext: Some(iobase_iternext),
        finalize: Some(iobase_finalize),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("seek", iobase_seek, "seek($self, offset, whence=os.SEEK_SET, /)\n--\n\nChange the stream position to the given byte offset."),
        MethodDef::new("tell", iobase_tell, "tell($self, /)\n--\n\nReturn current stream position."),
        MethodDef::new("truncate", |_, _| Err(unsupported("truncate")), "truncate($self, size=None, /)\n--\n\nTruncate file to size bytes."),
        MethodDef::new("flush", iobase_flush, "flush($self, /)\n--\n\nFlush write buffers, if applicable."),
        MethodDef::new("close", iobase_close, "close($self, /)\n--\n\nFlush and close the IO object."),
        MethodDef::new("seekable", |_, _| Ok(pybool::py_bool(false)), "seekable($self, /)\n--\n\nReturn whether object supports random access."),
        MethodDef::new("readable", |_, _| Ok(pybool::py_bool(false)), "readable($self, /)\n--\n\nReturn whether object was opened for reading."),
        MethodDef::new("writable", |_, _| Ok(pybool::py_bool(false)), "writable($self, /)\n--\n\nReturn whether object was opened for writing."),
        MethodDef::new("_checkClosed", |v, _| check_closed(v).map(|()| none()), ""),
        MethodDef::new("_checkSeekable", |v, _| check_capability(v, "seekable", "File or stream is not seekable."), ""),
        MethodDef::new("_checkReadable", |v, _| check_capability(v, "readable", "File or stream is not readable."), ""),
        MethodDef::new("_checkWritable", |v, _| check_capability(v, "writable", "File or stream is not writable."), ""),
        MethodDef::new("fileno", |_, _| Err(unsupported("fileno")), "fileno($self, /)\n--\n\nReturn underlying file descriptor if one exists."),
        MethodDef::new("isatty", iobase_isatty, "isatty($self, /)\n--\n\nReturn whether this is an 'interactive' stream."),
        MethodDef::new("__enter__", iobase_enter, ""),
        MethodDef::new("__exit__", iobase_exit, ""),
        MethodDef::new("readline", iobase_readline, "readline($self, size=-1, /)\n--\n\nRead and return a line from the stream."),
        MethodDef::new("readlines", readlines, "readlines($self, hint=-1, /)\n--\n\nReturn a list of lines from the stream."),
        MethodDef::new("writelines", iobase_writelines, "writelines($self, lines, /)\n--\n\nWrite a list of lines to stream."),
    ],
    getsets: &[GetSetDef::getter("closed", iobase_closed), ouro_objects::descr::DICT_DEF],
    ..TypeSpec::DEFAULT
});

/// `_RawIOBase.read(size=-1)`: `readall()`, or `readinto` a fresh buffer.
fn rawiobase_read(v: &Value, args: Args) -> PyResult {
    let a = args.range("read", "read", 0, 1)?;
    let Some(n) = size_arg(a.first())? else {
        return protocol::call_method(v, "readall", &[]);
    };
    let buf = ouro_objects::bytearray::new(super::zeroed(n)?);
    let got = protocol::call_method(v, "readinto", std::slice::from_ref(&buf))?;
    if is_none(&got) {
        return Ok(none());
    }
    let got = protocol::index_as_isize(&got)?;
    let mut data = buf.downcast::<ByteArray>().expect("bytearray").to_vec();
    data.truncate(usize::try_from(got).unwrap_or(0));
    Ok(bytes::new(data))
}

fn rawiobase_readall(v: &Value, args: Args) -> PyResult {
    args.none("readall")?;
    let mut data = Vec::new();
    loop {
        let chunk = protocol::call_method(v, "read", &[int::from_usize(DEFAULT_BUFFER_SIZE)])?;
        if is_none(&chunk) {
            if data.is_empty() {
                return Ok(none());
            }
            break;
        }
        let chunk = returned_bytes(&chunk, "read")?;
        if chunk.is_empty() {
            break;
        }
        data.extend_from_slice(&chunk);
    }
    Ok(bytes::new(data))
}

fn not_implemented(_v: &Value, _args: Args) -> PyResult {
    Err(PyErr::empty(&exceptions::NOT_IMPLEMENTED_ERROR))
}

builtin_subtype!(pub static RAW_IO_BASE_TYPE: IOBase as IO_BASE_TYPE = TypeSpec {
    name: "_io._RawIOBase",
    doc: Some("Base class for raw binary I/O."),
    base: Some(&IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    methods: &[
        MethodDef::new("read", rawiobase_read, "read($self, size=-1, /)\n--\n\n"),
        MethodDef::new("readall", rawiobase_readall, "readall($self, /)\n--\n\nRead until EOF, using multiple read() call."),
        MethodDef::new("readinto", not_implemented, ""),
        MethodDef::new("write", not_implemented, ""),
    ],
    ..TypeSpec::DEFAULT
});

fn not_writable_buffer(target: &Value) -> PyErr {
    type_error(format!(
        "readinto() argument must be read-write bytes-like object, not {}",
        protocol::type_name(target)
    ))
}

/// Copies `data` into the writable buffer `target` (a `bytearray`, or a
/// writable `memoryview` through slice assignment); returns the count.
pub fn copy_into(target: &Value, data: &[u8]) -> PyResult<usize> {
    if let Some(ba) = target.downcast::<ByteArray>() {
        let mut buf = ba.0.borrow_mut();
        let n = data.len().min(buf.len());
        buf[..n].copy_from_slice(&data[..n]);
        return Ok(n);
    }
    let n = data.len().min(buffer_len(target)?);
    let whole = ouro_objects::slice::Slice::new(int::from_i64(0), int::from_usize(n), none());
    protocol::setitem(target, &whole, Some(&bytes::new(data[..n].to_vec())))
        .map_err(|_| not_writable_buffer(target))?;
    Ok(n)
}

/// The length in bytes of a writable buffer argument (`readinto(b)`).
pub fn buffer_len(target: &Value) -> PyResult<usize> {
    if let Some(ba) = target.downcast::<ByteArray>() {
        return Ok(ba.0.borrow().len());
    }
    if target
        .downcast::<ouro_objects::memoryview::MemoryView>()
        .is_some()
        && !protocol::is_true(&protocol::getattr_str(target, "readonly")?)?
    {
        return Ok(ouro_objects::memoryview::view_bytes(target)
            .ok_or_else(closed_error)?
            .len());
    }
    Err(not_writable_buffer(target))
}

fn bufferediobase_readinto_with(v: &Value, args: Args, read: &str) -> PyResult {
    let target = args.one(read)?;
    let n = buffer_len(target)?;
    let data = protocol::call_method(v, read, &[int::from_usize(n)])?;
    let data = returned_bytes(&data, read)?;
    Ok(int::from_usize(copy_into(target, &data)?))
}

/// `_BufferedIOBase.read(size=-1)`: the size is checked before the refusal.
fn unsupported_read(args: Args, name: &str) -> PyResult {
    let a = args.range(name, name, 0, 1)?;
    if let Some(size) = a.first().filter(|s| !is_none(s)) {
        protocol::index(size)?;
    }
    Err(unsupported(name))
}

builtin_subtype!(pub static BUFFERED_IO_BASE_TYPE: IOBase as IO_BASE_TYPE = TypeSpec {
    name: "_io._BufferedIOBase",
    doc: Some("Base class for buffered IO objects."),
    base: Some(&IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    methods: &[
        MethodDef::new("detach", |_, _| Err(unsupported("detach")), "detach($self, /)\n--\n\nDisconnect this buffer from its underlying raw stream and return it."),
        MethodDef::new("read", |_, a| unsupported_read(a, "read"), "read($self, size=-1, /)\n--\n\nRead and return up to n bytes."),
        MethodDef::new("read1", |_, a| unsupported_read(a, "read1"), "read1($self, size=-1, /)\n--\n\nRead and return up to size bytes, with at most one read() call to the underlying raw stream."),
        MethodDef::new("write", |_, _| Err(unsupported("write")), "write($self, b, /)\n--\n\nWrite buffer b to the IO stream."),
        MethodDef::new("readinto", |v, a| bufferediobase_readinto_with(v, a, "read"), "readinto($self, buffer, /)\n--\n\n"),
        MethodDef::new("readinto1", |v, a| bufferediobase_readinto_with(v, a, "read1"), "readinto1($self, buffer, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static TEXT_IO_BASE_TYPE: IOBase as IO_BASE_TYPE = TypeSpec {
    name: "_io._TextIOBase",
    doc: Some("Base class for text I/O."),
    base: Some(&IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    methods: &[
        MethodDef::new("detach", |_, _| Err(unsupported("detach")), "detach($self, /)\n--\n\nSeparate the underlying buffer from the TextIOBase and return it."),
        MethodDef::new("read", |_, _| Err(unsupported("read")), "read($self, size=-1, /)\n--\n\nRead at most size characters from stream."),
        MethodDef::new("readline", |_, _| Err(unsupported("readline")), "readline($self, size=-1, /)\n--\n\nRead until newline or EOF."),
        MethodDef::new("write", |_, a| { a.one("write")?; Err(unsupported("write")) }, "write($self, s, /)\n--\n\nWrite string s to stream."),
    ],
    getsets: &[
        GetSetDef::getter("encoding", |_| Ok(none())),
        GetSetDef::getter("errors", |_| Ok(none())),
        GetSetDef::getter("newlines", |_| Ok(none())),
    ],
    ..TypeSpec::DEFAULT
});
