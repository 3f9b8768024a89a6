//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` (one buffer over a raw stream, calling its methods so Python raw classes work) and `BufferedRWPair`; mirrors Modules/_io/bufferedio.c.

use std::cell::{Cell, RefCell};

use ouro_objects::args::Args;
use ouro_objects::bytes::{self, Bytes, bytes_from_object};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_subtype, builtin_type, int, protocol};

use super::fileio::int_arg;
use super::iobase::{BUFFERED_IO_BASE_TYPE, buffer_len, copy_into};
use super::{DEFAULT_BUFFER_SIZE, size_arg, unsupported};

pub struct Buffered {
    raw: RefCell<Option<Value>>,
    reads: Cell<bool>,
    writes: Cell<bool>,
    buffer_size: Cell<usize>,
    /// Bytes read ahead from the raw stream; `read_pos` of them are consumed.
    read_buf: RefCell<Vec<u8>>,
    read_pos: Cell<usize>,
    write_buf: RefCell<Vec<u8>>,
}

fn this(v: &Value) -> &Buffered {
    v.downcast::<Buffered>()
        .expect("buffered method on a buffered object")
}

impl Buffered {
    fn raw(&self) -> PyResult<Value> {
        self.raw
            .borrow()
            .clone()
            .ok_or_else(|| value_error("raw stream has been detached"))
    }

    fn unread(&self) -> usize {
        self.read_buf.borrow().len() - self.read_pos.get()
    }

    fn take_unread(&self, n: usize) -> Vec<u8> {
        let pos = self.read_pos.get();
        let buf = self.read_buf.borrow();
        let n = n.min(buf.len() - pos);
        let out = buf[pos..pos + n].to_vec();
        self.read_pos.set(pos + n);
        out
    }

    fn drop_read_buffer(&self) {
        self.read_buf.borrow_mut().clear();
        self.read_pos.set(0);
    }

    /// Raises `ValueError(message)` if the raw stream is closed.
    fn check_closed(&self, message: &str) -> PyResult<Value> {
        let raw = self.raw()?;
        if protocol::is_true(&protocol::getattr_str(&raw, "closed")?)? {
            return Err(value_error(message.to_string()));
        }
        Ok(raw)
    }

    /// One `raw.read(n)`: `None` when the raw stream would block.
    fn raw_read(&self, n: usize) -> PyResult<Option<Vec<u8>>> {
        let got = protocol::call_method(&self.raw()?, "read", &[int::from_usize(n)])?;
        if is_none(&got) {
            return Ok(None);
        }
        match got.downcast::<Bytes>() {
            Some(b) => Ok(Some(b.0.to_vec())),
            None => Err(type_error(format!(
                "read() should return bytes, not '{}'",
                protocol::type_name(&got)
            ))),
        }
    }

    /// Refills an exhausted read buffer with one raw read; false at EOF.
    fn fill(&self) -> PyResult<bool> {
        let Some(data) = self.raw_read(self.buffer_size.get())? else {
            return Ok(false);
        };
        let more = !data.is_empty();
        let pos = self.read_pos.get();
        let mut buf = self.read_buf.borrow_mut();
        buf.drain(..pos);
        buf.extend_from_slice(&data);
        self.read_pos.set(0);
        Ok(more)
    }

    /// Writes the write buffer out to the raw stream.
    fn flush_writes(&self) -> PyResult<()> {
        let raw = self.raw()?;
        loop {
            let pending = self.write_buf.borrow().clone();
            if pending.is_empty() {
                return Ok(());
            }
            let n = protocol::call_method(&raw, "write", &[bytes::new(pending.clone())])?;
            if is_none(&n) {
                return Err(PyErr::new(
                    &exceptions::BLOCKING_IO_ERROR,
                    "write could not complete without blocking",
                ));
            }
            let n = usize::try_from(protocol::index_as_isize(&n)?)
                .ok()
                .filter(|&n| n <= pending.len())
                .ok_or_else(|| {
                    PyErr::new(
                        &exceptions::OS_ERROR,
                        format!(
                            "raw write() returned invalid length {} (should have been between 0 and {})",
                            protocol::repr_string(&n).unwrap_or_default(),
                            pending.len()
                        ),
                    )
                })?;
            self.write_buf.borrow_mut().drain(..n);
        }
    }

    /// Before a write or seek: give back read-ahead bytes by seeking the raw stream.
    fn rewind_read_ahead(&self) -> PyResult<()> {
        let unread = self.unread();
        if unread > 0 {
            protocol::call_method(
                &self.raw()?,
                "seek",
                &[int::from_i64(-(unread as i64)), int::from_i64(1)],
            )?;
        }
        self.drop_read_buffer();
        Ok(())
    }
}

fn buffered_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        Buffered {
            raw: RefCell::new(None),
            reads: Cell::new(false),
            writes: Cell::new(false),
            buffer_size: Cell::new(DEFAULT_BUFFER_SIZE),
            read_buf: RefCell::new(Vec::new()),
            read_pos: Cell::new(0),
            write_buf: RefCell::new(Vec::new()),
        },
    ))
}

fn is_a(
    v: &Value,
    ty: &'static ouro_objects::core::PyObj<ouro_objects::typeobj::TypeObject>,
) -> bool {
    v.type_obj().payload().is_subtype(ty.payload())
}

fn buffered_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let tp = protocol::type_name(v);
    let short = tp.rsplit('.').next().unwrap_or(&tp).to_string();
    let [raw, buffer_size] =
        Args::new(args, kwnames).parse(&short, ["raw", "buffer_size"], 0, 1, 2)?;
    let raw = raw.expect("required");
    let random = is_a(v, &BUFFERED_RANDOM_TYPE);
    let reads = random || is_a(v, &BUFFERED_READER_TYPE) && !is_a(v, &BUFFERED_WRITER_TYPE);
    let writes = random || is_a(v, &BUFFERED_WRITER_TYPE);
    if random {
        check_raw(&raw, "seekable", "File or stream is not seekable.")?;
    }
    if reads {
        check_raw(&raw, "readable", "File or stream is not readable.")?;
    }
    if writes {
        check_raw(&raw, "writable", "File or stream is not writable.")?;
    }
    let size = match buffer_size {
        Some(s) => int_arg(&s)?,
        None => DEFAULT_BUFFER_SIZE as i64,
    };
    if size <= 0 {
        return Err(value_error("buffer size must be strictly positive"));
    }
    let b = this(v);
    *b.raw.borrow_mut() = Some(raw);
    b.reads.set(reads);
    b.writes.set(writes);
    b.buffer_size
        .set(usize::try_from(size).unwrap_or(usize::MAX));
    b.drop_read_buffer();
    b.write_buf.borrow_mut().clear();
    Ok(())
}

fn check_raw(raw: &Value, what: &str, message: &str) -> PyResult<()> {
    if !protocol::is_true(&protocol::call_method(raw, what, &[])?)? {
        return Err(unsupported(message));
    }
    Ok(())
}

fn buffered_read(v: &Value, args: Args) -> PyResult {
    let a = args.range("read", "read", 0, 1)?;
    let b = this(v);
    let size = match a.first().filter(|x| !is_none(x)) {
        Some(x) => int_arg(x)?,
        None => -1,
    };
    if size < -1 {
        return Err(value_error("read length must be non-negative or -1"));
    }
    let raw = b.check_closed("read of closed file")?;
    b.flush_writes()?;
    if size < 0 {
        let mut data = b.take_unread(usize::MAX);
        b.drop_read_buffer();
        let rest = match protocol::getattr_opt(&raw, &intern("readall"))? {
            Some(readall) => protocol::call0(&readall)?,
            None => {
                let mut rest = Vec::new();
                while let Some(chunk) = b.raw_read(b.buffer_size.get())? {
                    if chunk.is_empty() {
                        break;
                    }
                    rest.extend_from_slice(&chunk);
                }
                bytes::new(rest)
            }
        };
        if is_none(&rest) {
            return Ok(if data.is_empty() {
                none()
            } else {
                bytes::new(data)
            });
        }
        // Nothing was buffered: the raw file's bytes are the result, uncopied.
        if data.is_empty() && rest.downcast::<Bytes>().is_some() {
            return Ok(rest);
        }
        data.extend_from_slice(&bytes_from_object(&rest)?);
        return Ok(bytes::new(data));
    }
    let size = size as usize;
    while b.unread() < size {
        if !b.fill()? {
            break;
        }
    }
    Ok(bytes::new(b.take_unread(size)))
}

fn buffered_read1(v: &Value, args: Args) -> PyResult {
    let a = args.range("read1", "read1", 0, 1)?;
    let b = this(v);
    let size = size_arg(a.first())?.unwrap_or(b.buffer_size.get());
    b.check_closed("read of closed file")?;
    b.flush_writes()?;
    if size == 0 {
        return Ok(bytes::new(Vec::new()));
    }
    if b.unread() == 0 {
        b.drop_read_buffer();
        return Ok(bytes::new(b.raw_read(size)?.unwrap_or_default()));
    }
    Ok(bytes::new(b.take_unread(size)))
}

fn buffered_peek(v: &Value, args: Args) -> PyResult {
    args.range("peek", "peek", 0, 1)?;
    let b = this(v);
    b.check_closed("peek of closed file")?;
    b.flush_writes()?;
    if b.unread() == 0 {
        b.fill()?;
    }
    let buf = b.read_buf.borrow();
    Ok(bytes::new(buf[b.read_pos.get()..].to_vec()))
}

fn buffered_readline(v: &Value, args: Args) -> PyResult {
    let a = args.range("readline", "readline", 0, 1)?;
    let limit = size_arg(a.first())?;
    let b = this(v);
    b.check_closed("readline of closed file")?;
    b.flush_writes()?;
    let mut scanned = 0;
    loop {
        let end = {
            let buf = b.read_buf.borrow();
            let pending = &buf[b.read_pos.get()..];
            let window = limit.map_or(pending.len(), |l| l.min(pending.len()));
            match pending[scanned.min(window)..window]
                .iter()
                .position(|&c| c == b'\n')
            {
                Some(i) => Some(scanned + i + 1),
                None if limit.is_some_and(|l| pending.len() >= l) => limit,
                None => {
                    scanned = pending.len();
                    None
                }
            }
        };
        if let Some(end) = end {
            return Ok(bytes::new(b.take_unread(end)));
        }
        if !b.fill()? {
            return Ok(bytes::new(b.take_unread(usize::MAX)));
        }
    }
}

fn buffered_readinto_with(v: &Value, args: Args, read: &str) -> PyResult {
    let target = args.one(read)?;
    let n = buffer_len(target)?;
    let data = protocol::call_method(v, read, &[int::from_usize(n)])?;
    Ok(int::from_usize(copy_into(
        target,
        &bytes_from_object(&data)?,
    )?))
}

fn buffered_write(v: &Value, args: Args) -> PyResult {
    let data = args.one("write")?;
    let b = this(v);
    let data = bytes_from_object(data)?;
    b.check_closed("write to closed file")?;
    if b.reads.get() {
        b.rewind_read_ahead()?;
    }
    b.write_buf.borrow_mut().extend_from_slice(&data);
    if b.write_buf.borrow().len() >= b.buffer_size.get() {
        b.flush_writes()?;
    }
    Ok(int::from_usize(data.len()))
}

fn buffered_flush(v: &Value, args: Args) -> PyResult {
    args.none("flush")?;
    let b = this(v);
    let raw = b.check_closed("flush of closed file")?;
    if b.writes.get() {
        b.flush_writes()?;
        if b.reads.get() {
            b.rewind_read_ahead()?;
        }
        Ok(none())
    } else {
        protocol::call_method(&raw, "flush", &[])
    }
}

fn buffered_tell(v: &Value, args: Args) -> PyResult {
    args.none("tell")?;
    let b = this(v);
    let at = int_arg(&protocol::call_method(&b.raw()?, "tell", &[])?)?;
    let at = at - b.unread() as i64 + b.write_buf.borrow().len() as i64;
    Ok(int::from_i64(at.max(0)))
}

fn buffered_seek(v: &Value, args: Args) -> PyResult {
    let a = args.range("seek", "seek", 1, 2)?;
    let b = this(v);
    if !int::is_int(&a[0]) && !protocol::has_index(&a[0]) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            protocol::type_name(&a[0])
        )));
    }
    let mut target = int_arg(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => int_arg(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("whence value {whence} unsupported")));
    }
    let raw = b.check_closed("seek of closed file")?;
    b.flush_writes()?;
    if whence == 1 {
        target -= b.unread() as i64;
    }
    b.drop_read_buffer();
    protocol::call_method(
        &raw,
        "seek",
        &[int::from_i64(target), int::from_i64(whence)],
    )
}

fn buffered_truncate(v: &Value, args: Args) -> PyResult {
    let a = args.range("truncate", "truncate", 0, 1)?;
    let b = this(v);
    let raw = b.check_closed("truncate of closed file")?;
    if !b.writes.get() {
        return Err(unsupported("truncate"));
    }
    b.flush_writes()?;
    let pos = match a.first().filter(|p| !is_none(p)) {
        Some(p) => p.clone(),
        None => buffered_tell(v, Args::new(&[], None))?,
    };
    b.rewind_read_ahead()?;
    protocol::call_method(&raw, "truncate", &[pos])
}

fn buffered_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let b = this(v);
    let raw = b.raw()?;
    if protocol::is_true(&protocol::getattr_str(&raw, "closed")?)? {
        return Ok(none());
    }
    let flushed = protocol::call_method(v, "flush", &[]);
    let closed = protocol::call_method(&raw, "close", &[]);
    b.drop_read_buffer();
    flushed?;
    closed.map(|_| none())
}

fn buffered_detach(v: &Value, args: Args) -> PyResult {
    args.none("detach")?;
    let b = this(v);
    protocol::call_method(v, "flush", &[])?;
    b.raw
        .borrow_mut()
        .take()
        .ok_or_else(|| value_error("raw stream has been detached"))
}

/// A method that forwards to the raw stream (`fileno`, `isatty`, ...).
fn forward(v: &Value, name: &str) -> PyResult {
    protocol::call_method(&this(v).raw()?, name, &[])
}

fn buffered_repr(v: &Value) -> PyResult {
    let tp = protocol::type_name(v);
    let Some(_guard) = ouro_objects::reprguard::enter(v) else {
        return Err(ouro_objects::err::runtime_error(format!(
            "reentrant call inside {tp}.__repr__"
        )));
    };
    Ok(PyStr::new(
        &match protocol::getattr_opt(v, &intern("name")) {
            Ok(Some(name)) => format!("<{tp} name={}>", protocol::repr_string(&name)?),
            Ok(None) => format!("<{tp}>"),
            Err(e) if e.matches(&exceptions::VALUE_ERROR) => format!("<{tp}>"),
            Err(e) => return Err(e),
        },
    ))
}

const READ: MethodDef = MethodDef::new("read", buffered_read, "read($self, size=-1, /)\n--\n\n");
const READ1: MethodDef =
    MethodDef::new("read1", buffered_read1, "read1($self, size=-1, /)\n--\n\n");
const PEEK: MethodDef = MethodDef::new("peek", buffered_peek, "peek($self, size=0, /)\n--\n\n");
const READLINE: MethodDef = MethodDef::new(
    "readline",
    buffered_readline,
    "readline($self, size=-1, /)\n--\n\n",
);
const READINTO: MethodDef = MethodDef::new(
    "readinto",
    |v, a| buffered_readinto_with(v, a, "read"),
    "readinto($self, buffer, /)\n--\n\n",
);
const READINTO1: MethodDef = MethodDef::new(
    "readinto1",
    |v, a| buffered_readinto_with(v, a, "read1"),
    "readinto1($self, buffer, /)\n--\n\n",
);
const WRITE: MethodDef = MethodDef::new("write", buffered_write, "write($self, buffer, /)\n--\n\n");
const FLUSH: MethodDef = MethodDef::new("flush", buffered_flush, "flush($self, /)\n--\n\n");
const TELL: MethodDef = MethodDef::new("tell", buffered_tell, "tell($self, /)\n--\n\n");
const SEEK: MethodDef = MethodDef::new(
    "seek",
    buffered_seek,
    "seek($self, target, whence=0, /)\n--\n\n",
);
const TRUNCATE: MethodDef = MethodDef::new(
    "truncate",
    buffered_truncate,
    "truncate($self, pos=None, /)\n--\n\n",
);
const CLOSE: MethodDef = MethodDef::new("close", buffered_close, "close($self, /)\n--\n\n");
const DETACH: MethodDef = MethodDef::new("detach", buffered_detach, "detach($self, /)\n--\n\n");
const SEEKABLE: MethodDef = MethodDef::new(
    "seekable",
    |v, _| forward(v, "seekable"),
    "seekable($self, /)\n--\n\n",
);
const READABLE: MethodDef = MethodDef::new(
    "readable",
    |v, _| forward(v, "readable"),
    "readable($self, /)\n--\n\n",
);
const WRITABLE: MethodDef = MethodDef::new(
    "writable",
    |v, _| forward(v, "writable"),
    "writable($self, /)\n--\n\n",
);
const FILENO: MethodDef = MethodDef::new(
    "fileno",
    |v, _| forward(v, "fileno"),
    "fileno($self, /)\n--\n\n",
);
const ISATTY: MethodDef = MethodDef::new(
    "isatty",
    |v, _| forward(v, "isatty"),
    "isatty($self, /)\n--\n\n",
);

const GETSETS: &[GetSetDef] = &[
    GetSetDef::getter("raw", |v| this(v).raw()),
    GetSetDef::getter("closed", |v| {
        protocol::getattr_str(&this(v).raw()?, "closed")
    }),
    GetSetDef::getter("name", |v| protocol::getattr_str(&this(v).raw()?, "name")),
    GetSetDef::getter("mode", |v| protocol::getattr_str(&this(v).raw()?, "mode")),
];

const SLOTS: SlotDefs = SlotDefs {
    new: Some(buffered_new),
    init: Some(buffered_init),
    repr: Some(buffered_repr),
    ..SlotDefs::NONE
};

builtin_type!(pub static BUFFERED_READER_TYPE: Buffered = TypeSpec {
    name: "_io.BufferedReader",
    doc: Some("BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\nCreate a new buffered reader using the given readable raw IO object."),
    base: Some(&BUFFERED_IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SLOTS,
    methods: &[READ, READ1, PEEK, READLINE, READINTO, READINTO1, FLUSH, TELL, SEEK, TRUNCATE, CLOSE, DETACH, SEEKABLE, READABLE, FILENO, ISATTY],
    getsets: GETSETS,
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static BUFFERED_WRITER_TYPE: Buffered as BUFFERED_READER_TYPE = TypeSpec {
    name: "_io.BufferedWriter",
    doc: Some("BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\nA buffer for a writeable sequential RawIO object."),
    base: Some(&BUFFERED_IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SLOTS,
    methods: &[WRITE, FLUSH, TELL, SEEK, TRUNCATE, CLOSE, DETACH, SEEKABLE, WRITABLE, FILENO, ISATTY],
    getsets: GETSETS,
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static BUFFERED_RANDOM_TYPE: Buffered as BUFFERED_READER_TYPE = TypeSpec {
    name: "_io.BufferedRandom",
    doc: Some("BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\nA buffered interface to random access streams."),
    base: Some(&BUFFERED_IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SLOTS,
    methods: &[READ, READ1, PEEK, READLINE, READINTO, READINTO1, WRITE, FLUSH, TELL, SEEK, TRUNCATE, CLOSE, DETACH, SEEKABLE, READABLE, WRITABLE, FILENO, ISATTY],
    getsets: GETSETS,
    ..TypeSpec::DEFAULT
});

/// A reader and a writer joined into one stream (sockets, pipes).
pub struct RWPair {
    reader: RefCell<Option<Value>>,
    writer: RefCell<Option<Value>>,
}

fn pair(v: &Value) -> PyResult<(Value, Value)> {
    let p = v.downcast::<RWPair>().expect("BufferedRWPair method");
    match (p.reader.borrow().clone(), p.writer.borrow().clone()) {
        (Some(r), Some(w)) => Ok((r, w)),
        _ => Err(value_error("I/O operation on uninitialized object")),
    }
}

fn rwpair_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        RWPair {
            reader: RefCell::new(None),
            writer: RefCell::new(None),
        },
    ))
}

fn rwpair_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    a.no_keywords("BufferedRWPair")?;
    let a = a.range("BufferedRWPair", "BufferedRWPair", 2, 3)?;
    let size = a
        .get(2)
        .cloned()
        .unwrap_or_else(|| int::from_usize(DEFAULT_BUFFER_SIZE));
    let reader = protocol::call(
        &TypeRef::from_static(&BUFFERED_READER_TYPE).into_value(),
        &[a[0].clone(), size.clone()],
        None,
    )?;
    let writer = protocol::call(
        &TypeRef::from_static(&BUFFERED_WRITER_TYPE).into_value(),
        &[a[1].clone(), size],
        None,
    )?;
    let p = v.downcast::<RWPair>().expect("BufferedRWPair");
    *p.reader.borrow_mut() = Some(reader);
    *p.writer.borrow_mut() = Some(writer);
    Ok(())
}

fn to_reader(v: &Value, name: &str, args: &Args) -> PyResult {
    let (reader, _) = pair(v)?;
    protocol::call_method(&reader, name, args.positional())
}

fn to_writer(v: &Value, name: &str, args: &Args) -> PyResult {
    let (_, writer) = pair(v)?;
    protocol::call_method(&writer, name, args.positional())
}

fn rwpair_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let (reader, writer) = pair(v)?;
    let first = protocol::call_method(&writer, "close", &[]);
    let second = protocol::call_method(&reader, "close", &[]);
    first?;
    second
}

fn rwpair_isatty(v: &Value, args: Args) -> PyResult {
    args.none("isatty")?;
    let (reader, writer) = pair(v)?;
    let w = protocol::call_method(&writer, "isatty", &[])?;
    if protocol::is_true(&w)? {
        return Ok(w);
    }
    protocol::call_method(&reader, "isatty", &[])
}

builtin_type!(pub static BUFFERED_RW_PAIR_TYPE: RWPair = TypeSpec {
    name: "_io.BufferedRWPair",
    doc: Some("BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)\n--\n\nA buffered reader and writer object together."),
    base: Some(&BUFFERED_IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        new: Some(rwpair_new),
        init: Some(rwpair_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("read", |v, a| to_reader(v, "read", &a), ""),
        MethodDef::new("peek", |v, a| to_reader(v, "peek", &a), ""),
        MethodDef::new("read1", |v, a| to_reader(v, "read1", &a), ""),
        MethodDef::new("readinto", |v, a| to_reader(v, "readinto", &a), ""),
        MethodDef::new("readinto1", |v, a| to_reader(v, "readinto1", &a), ""),
        MethodDef::new("write", |v, a| to_writer(v, "write", &a), ""),
        MethodDef::new("flush", |v, a| to_writer(v, "flush", &a), ""),
        MethodDef::new("readable", |v, a| to_reader(v, "readable", &a), ""),
        MethodDef::new("writable", |v, a| to_writer(v, "writable", &a), ""),
        MethodDef::new("close", rwpair_close, ""),
        MethodDef::new("isatty", rwpair_isatty, ""),
    ],
    getsets: &[GetSetDef::getter("closed", |v| protocol::getattr_str(&pair(v)?.1, "closed"))],
    ..TypeSpec::DEFAULT
});
