//! `FileIO`: raw unbuffered I/O on a file descriptor (open by name with CPython's mode rules, `closefd`, `opener`); mirrors Modules/_io/fileio.c.

use std::cell::{Cell, RefCell};
use std::fs::{File, OpenOptions};
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, IntoRawFd};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::rc::Rc;

use ouro_objects::args::Args;
use ouro_objects::bytes::{self, Bytes, bytes_from_object};
use ouro_objects::core::{alloc_typed, fd_is_open, file_from_raw_fd};
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, int, protocol};

use super::iobase::{RAW_IO_BASE_TYPE, buffer_len, copy_into};
use super::{os_error, set_attr, size_arg, unsupported};

/// Linux `open(2)` flag values, for the `flags` an `opener` receives.
const O_WRONLY: i64 = 0o1;
const O_RDWR: i64 = 0o2;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;
const O_CLOEXEC: i64 = 0o2000000;
const EBADF: i32 = 9;
/// How much `readall` asks for at a time.
const READALL_CHUNK: usize = 64 * 1024;
const EISDIR: i32 = 21;

pub struct FileIO {
    file: RefCell<Option<Rc<SharedFile>>>,
    fd: Cell<i32>,
    readable: Cell<bool>,
    writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    closefd: Cell<bool>,
    /// Unknown (`None`) until first asked.
    seekable: Cell<Option<bool>>,
    blksize: Cell<i64>,
}

/// An open file, shared with a thread reading it with the GIL let go (so
/// closing the `FileIO` meanwhile leaves the descriptor open until that read
/// returns); the last reference closes it if the `FileIO` owns it.
struct SharedFile {
    file: Option<File>,
    owns_fd: Cell<bool>,
}

impl SharedFile {
    fn get(&self) -> &File {
        self.file
            .as_ref()
            .expect("a SharedFile holds its file until dropped")
    }
}

impl Drop for SharedFile {
    fn drop(&mut self) {
        if !self.owns_fd.get()
            && let Some(f) = self.file.take()
        {
            let _ = f.into_raw_fd();
        }
    }
}

fn this(v: &Value) -> &FileIO {
    v.downcast::<FileIO>().expect("FileIO method on a FileIO")
}

impl FileIO {
    /// Runs `op` on the open file, or raises `ValueError` if it is closed.
    fn with<R>(&self, op: impl FnOnce(&mut &File) -> std::io::Result<R>) -> PyResult<R> {
        let file = self.file.borrow().clone().ok_or_else(closed_file)?;
        op(&mut file.get()).map_err(|e| os_error(&e, None))
    }

    /// `with` for a read or write that may block: other threads run
    /// meanwhile (a write keeps the GIL: the buffered layer above has no
    /// lock of its own to keep two threads' flushes apart). A signal that
    /// interrupts it runs the handlers, then it is retried (PEP 475).
    fn blocking<R>(
        &self,
        release_gil: bool,
        mut op: impl FnMut(&mut &File) -> std::io::Result<R>,
    ) -> PyResult<R> {
        let file = self.file.borrow().clone().ok_or_else(closed_file)?;
        loop {
            let result = if release_gil {
                ouro_objects::core::gil::allow_threads(|| op(&mut file.get()))
            } else {
                op(&mut file.get())
            };
            match result {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    crate::signals::check()?;
                }
                other => return other.map_err(|e| os_error(&e, None)),
            }
        }
    }

    fn check_open(&self) -> PyResult<()> {
        if self.file.borrow().is_none() {
            return Err(closed_file());
        }
        Ok(())
    }

    fn mode(&self) -> &'static str {
        match (
            self.created.get(),
            self.appending.get(),
            self.readable.get(),
            self.writable.get(),
        ) {
            (true, _, true, _) => "xb+",
            (true, ..) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, ..) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }

    /// Closes the descriptor (or lets go of it when `closefd` is false);
    /// EBADF if something else closed it first.
    fn release(&self) -> PyResult<()> {
        let file = self.file.borrow_mut().take();
        self.fd.set(-1);
        if let Some(f) = file {
            let closefd = self.closefd.get();
            let owned = closefd && fd_is_open(f.get().as_raw_fd());
            f.owns_fd.set(owned);
            drop(f);
            if closefd && !owned {
                return Err(bad_fd());
            }
        }
        Ok(())
    }
}

fn fileio_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        FileIO {
            file: RefCell::new(None),
            fd: Cell::new(-1),
            readable: Cell::new(false),
            writable: Cell::new(false),
            appending: Cell::new(false),
            created: Cell::new(false),
            closefd: Cell::new(true),
            seekable: Cell::new(None),
            blksize: Cell::new(0),
        },
    ))
}

/// `OSError: [Errno 9] Bad file descriptor`.
fn bad_fd() -> PyErr {
    os_error(&std::io::Error::from_raw_os_error(EBADF), None)
}

fn bad_mode() -> PyErr {
    value_error("Must have exactly one of create/read/write/append mode and at most one plus")
}

/// The path of a file name argument (`str`, `bytes` or `os.PathLike`).
fn path_of(name: &Value) -> PyResult<std::path::PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    if let Some(s) = name.downcast::<PyStr>() {
        let bytes = s.to_wtf8();
        if bytes.contains(&0) {
            return Err(value_error("embedded null character"));
        }
        return Ok(std::ffi::OsStr::from_bytes(&bytes).into());
    }
    if let Some(b) = name.downcast::<Bytes>() {
        if b.0.contains(&0) {
            return Err(value_error("embedded null byte"));
        }
        return Ok(std::ffi::OsStr::from_bytes(&b.0).into());
    }
    if let Some(p) = protocol::call_dunder(name, "__fspath__", &[])? {
        return path_of(&p);
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        protocol::type_name(name)
    )))
}

fn fileio_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [file, mode, closefd, opener] =
        Args::new(args, kwnames).parse("FileIO", ["file", "mode", "closefd", "opener"], 0, 1, 4)?;
    let f = this(v);
    if f.file.borrow().is_some() {
        f.release()?;
    }
    let name = file.expect("required");
    let mode = match &mode {
        None => "r".to_string(),
        Some(m) => match m.downcast::<PyStr>() {
            Some(s) => s.to_string_lossy(),
            None => {
                return Err(type_error(format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    protocol::type_name(m)
                )));
            }
        },
    };
    let closefd = match &closefd {
        Some(c) => protocol::is_true(c)?,
        None => true,
    };
    let (mut rwa, mut plus) = (false, false);
    let (mut readable, mut writable, mut appending, mut created, mut truncate) =
        (false, false, false, false, false);
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad_mode());
                }
                rwa = true;
                match c {
                    'x' => {
                        created = true;
                        writable = true;
                    }
                    'r' => readable = true,
                    'w' => {
                        writable = true;
                        truncate = true;
                    }
                    _ => {
                        writable = true;
                        appending = true;
                    }
                }
            }
            '+' => {
                if plus {
                    return Err(bad_mode());
                }
                readable = true;
                writable = true;
                plus = true;
            }
            'b' => {}
            _ => return Err(value_error(format!("invalid mode: {mode}"))),
        }
    }
    if !rwa {
        return Err(bad_mode());
    }
    let fd_arg = if int::is_int(&name) {
        let fd = int::to_i64(&name).unwrap_or(-1);
        if fd < 0 {
            return Err(value_error("negative file descriptor"));
        }
        Some(i32::try_from(fd).map_err(|_| {
            ouro_objects::err::overflow_error("signed integer is greater than maximum")
        })?)
    } else {
        if ouro_objects::float::as_f64(&name).is_some() {
            return Err(type_error("integer argument expected, got float"));
        }
        None
    };
    let file = match fd_arg {
        Some(fd) => file_from_raw_fd(fd).ok_or_else(bad_fd)?,
        None => {
            if !closefd {
                return Err(value_error("Cannot use closefd=False with file name"));
            }
            match opener.filter(|o| !is_none(o)) {
                Some(opener) => {
                    let mut flags = if readable && writable {
                        O_RDWR
                    } else if writable {
                        O_WRONLY
                    } else {
                        0
                    };
                    if created {
                        flags |= O_EXCL | O_CREAT;
                    }
                    if truncate {
                        flags |= O_CREAT | O_TRUNC;
                    }
                    if appending {
                        flags |= O_APPEND | O_CREAT;
                    }
                    flags |= O_CLOEXEC;
                    let fd = protocol::call(&opener, &[name.clone(), int::from_i64(flags)], None)?;
                    if !int::is_int(&fd) {
                        return Err(type_error("expected integer from opener"));
                    }
                    let fd = int::to_i64(&fd).unwrap_or(-1);
                    if fd < 0 {
                        return Err(value_error(format!("opener returned {fd}")));
                    }
                    file_from_raw_fd(i32::try_from(fd).unwrap_or(-1)).ok_or_else(bad_fd)?
                }
                None => {
                    let path = path_of(&name)?;
                    let mut options = OpenOptions::new();
                    options
                        .read(readable)
                        .write(writable && !appending)
                        .append(appending)
                        .truncate(truncate)
                        .mode(0o666);
                    if created {
                        options.create_new(true);
                    } else if truncate || appending {
                        options.create(true);
                    }
                    options.open(&path).map_err(|e| os_error(&e, Some(&name)))?
                }
            }
        }
    };
    let release_on_error = |file: File| {
        if closefd {
            drop(file);
        } else {
            let _ = file.into_raw_fd();
        }
    };
    match file.metadata() {
        Ok(meta) if meta.is_dir() => {
            release_on_error(file);
            return Err(os_error(
                &std::io::Error::from_raw_os_error(EISDIR),
                Some(&name),
            ));
        }
        Ok(meta) => f.blksize.set(i64::try_from(meta.blksize()).unwrap_or(0)),
        Err(e) => {
            release_on_error(file);
            return Err(os_error(&e, None));
        }
    }
    f.fd.set(file.as_raw_fd());
    *f.file.borrow_mut() = Some(Rc::new(SharedFile {
        file: Some(file),
        owns_fd: Cell::new(closefd),
    }));
    f.readable.set(readable);
    f.writable.set(writable);
    f.appending.set(appending);
    f.created.set(created);
    f.closefd.set(closefd);
    f.seekable.set(None);
    set_attr(v, "name", name)?;
    if appending {
        // `O_APPEND` writes at the end; tell() should say so from the start.
        let _ = f.with(|file| file.seek(SeekFrom::End(0)));
    }
    Ok(())
}

fn fileio_read(v: &Value, args: Args) -> PyResult {
    let a = args.range("read", "read", 0, 1)?;
    let f = this(v);
    f.check_open()?;
    if !f.readable.get() {
        return Err(unsupported("File not open for reading"));
    }
    let Some(n) = size_arg(a.first())? else {
        return fileio_readall(v, Args::new(&[], None));
    };
    let mut buf = super::zeroed(n)?;
    match f.blocking(true, |file| file.read(&mut buf)) {
        Ok(got) => {
            buf.truncate(got);
            Ok(bytes::new(buf))
        }
        Err(e) if would_block(&e) => Ok(none()),
        Err(e) => Err(e),
    }
}

/// Whether an error is `EAGAIN` on a non-blocking descriptor (read returns None).
fn would_block(e: &PyErr) -> bool {
    e.matches(&ouro_objects::exceptions::BLOCKING_IO_ERROR)
}

fn fileio_readall(v: &Value, args: Args) -> PyResult {
    args.none("readall")?;
    let f = this(v);
    // Like CPython, sized from the file's length (and position), so a
    // regular file is read without growing the buffer.
    let expected = f
        .blocking(false, |file| {
            let end = file.metadata()?.len();
            Ok(end.saturating_sub(file.stream_position()?))
        })
        .unwrap_or(0);
    let mut data = Vec::with_capacity(usize::try_from(expected).map_or(0, |n| n.saturating_add(1)));
    let mut chunk = vec![0u8; READALL_CHUNK];
    loop {
        match f.blocking(true, |file| file.read(&mut chunk)) {
            Ok(0) => return Ok(bytes::new(data)),
            Ok(got) => data.extend_from_slice(&chunk[..got]),
            Err(e) if would_block(&e) && data.is_empty() => return Ok(none()),
            Err(e) if would_block(&e) => return Ok(bytes::new(data)),
            Err(e) => return Err(e),
        }
    }
}

fn fileio_readinto(v: &Value, args: Args) -> PyResult {
    let target = args.one("readinto")?;
    let f = this(v);
    f.check_open()?;
    if !f.readable.get() {
        return Err(unsupported("File not open for reading"));
    }
    let mut buf = super::zeroed(buffer_len(target)?)?;
    let got = f.blocking(true, |file| file.read(&mut buf))?;
    Ok(int::from_usize(copy_into(target, &buf[..got])?))
}

fn fileio_write(v: &Value, args: Args) -> PyResult {
    let data = args.one("write")?;
    let f = this(v);
    f.check_open()?;
    if !f.writable.get() {
        return Err(unsupported("File not open for writing"));
    }
    let data = bytes_from_object(data)?;
    match f.blocking(false, |file| file.write(&data)) {
        Ok(n) => Ok(int::from_usize(n)),
        Err(e) if would_block(&e) => Ok(none()),
        Err(e) => Err(e),
    }
}

/// `SeekFrom` for a CPython `(pos, whence)` pair.
fn seek_from(pos: i64, whence: i64) -> PyResult<SeekFrom> {
    Ok(match whence {
        0 => SeekFrom::Start(
            u64::try_from(pos)
                .map_err(|_| os_error(&std::io::Error::from_raw_os_error(22), None))?,
        ),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(os_error(&std::io::Error::from_raw_os_error(22), None)),
    })
}

/// An integer argument that must be an `int` (no `float`).
pub fn int_arg(v: &Value) -> PyResult<i64> {
    if ouro_objects::float::as_f64(v).is_some() && !int::is_int(v) {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    int::to_i64(&protocol::index(v)?).ok_or_else(|| {
        ouro_objects::err::overflow_error("Python int too large to convert to C long")
    })
}

fn fileio_seek(v: &Value, args: Args) -> PyResult {
    let a = args.range("seek", "seek", 1, 2)?;
    let f = this(v);
    f.check_open()?;
    let pos = int_arg(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => int_arg(w)?,
        None => 0,
    };
    let target = seek_from(pos, whence)?;
    let at = f.with(|file| file.seek(target))?;
    Ok(int::from_i128(i128::from(at)))
}

fn fileio_tell(v: &Value, args: Args) -> PyResult {
    args.none("tell")?;
    let at = this(v).with(|file| file.stream_position())?;
    Ok(int::from_i128(i128::from(at)))
}

fn fileio_truncate(v: &Value, args: Args) -> PyResult {
    let a = args.range("truncate", "truncate", 0, 1)?;
    let f = this(v);
    f.check_open()?;
    if !f.writable.get() {
        return Err(unsupported("File not open for writing"));
    }
    let size = match a.first().filter(|s| !is_none(s)) {
        Some(s) => u64::try_from(int_arg(s)?)
            .map_err(|_| os_error(&std::io::Error::from_raw_os_error(22), None))?,
        None => f.with(|file| file.stream_position())?,
    };
    f.with(|file| file.set_len(size))?;
    Ok(int::from_i128(i128::from(size)))
}

fn fileio_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let f = this(v);
    if f.file.borrow().is_none() {
        return Ok(none());
    }
    let flushed = protocol::call_method(v, "flush", &[]);
    let released = f.release();
    flushed?;
    released.map(|()| none())
}

fn fileio_seekable(v: &Value, args: Args) -> PyResult {
    args.none("seekable")?;
    let f = this(v);
    f.check_open()?;
    let seekable = match f.seekable.get() {
        Some(s) => s,
        None => {
            let s = f.with(|file| file.stream_position()).is_ok();
            f.seekable.set(Some(s));
            s
        }
    };
    Ok(pybool::py_bool(seekable))
}

fn fileio_isatty(v: &Value, args: Args) -> PyResult {
    args.none("isatty")?;
    Ok(pybool::py_bool(
        this(v).with(|file| Ok(file.is_terminal()))?,
    ))
}

fn fileio_flag(v: &Value, flag: fn(&FileIO) -> bool) -> PyResult {
    let f = this(v);
    f.check_open()?;
    Ok(pybool::py_bool(flag(f)))
}

fn fileio_repr(v: &Value) -> PyResult {
    let f = this(v);
    let tp = protocol::type_name(v);
    if f.file.borrow().is_none() {
        return Ok(PyStr::new(&format!("<{tp} [closed]>")));
    }
    let Some(_guard) = ouro_objects::reprguard::enter(v) else {
        return Err(ouro_objects::err::runtime_error(format!(
            "reentrant call inside {tp}.__repr__"
        )));
    };
    let closefd = if f.closefd.get() { "True" } else { "False" };
    let mode = f.mode();
    Ok(PyStr::new(
        &match protocol::getattr_opt(v, &intern("name"))? {
            Some(name) => format!(
                "<{tp} name={} mode='{mode}' closefd={closefd}>",
                protocol::repr_string(&name)?
            ),
            None => format!("<{tp} fd={} mode='{mode}' closefd={closefd}>", f.fd.get()),
        },
    ))
}

fn fileio_finalize(v: &Value) {
    if this(v).file.borrow().is_some() {
        let _ = protocol::call_method(v, "close", &[]);
    }
}

builtin_type!(pub static FILE_IO_TYPE: FileIO = TypeSpec {
    name: "_io.FileIO",
    doc: Some("FileIO(file, mode='r', closefd=True, opener=None)\n--\n\nOpen a file.\n\nThe mode can be 'r' (default), 'w', 'x' or 'a' for reading,\nwriting, exclusive creation or appending."),
    base: Some(&RAW_IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        new: Some(fileio_new),
        init: Some(fileio_init),
        repr: Some(fileio_repr),
        finalize: Some(fileio_finalize),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("read", fileio_read, "read($self, size=-1, /)\n--\n\nRead at most size bytes, returned as bytes."),
        MethodDef::new("readall", fileio_readall, "readall($self, /)\n--\n\nRead all data from the file, returned as bytes."),
        MethodDef::new("readinto", fileio_readinto, "readinto($self, buffer, /)\n--\n\nSame as RawIOBase.readinto()."),
        MethodDef::new("write", fileio_write, "write($self, b, /)\n--\n\nWrite buffer b to file, return number of bytes written."),
        MethodDef::new("seek", fileio_seek, "seek($self, pos, whence=0, /)\n--\n\nMove to new file position and return the file position."),
        MethodDef::new("tell", fileio_tell, "tell($self, /)\n--\n\nCurrent file position."),
        MethodDef::new("truncate", fileio_truncate, "truncate($self, size=None, /)\n--\n\nTruncate the file to at most size bytes and return the truncated size."),
        MethodDef::new("close", fileio_close, "close($self, /)\n--\n\nClose the file."),
        MethodDef::new("seekable", fileio_seekable, "seekable($self, /)\n--\n\nTrue if file supports random-access."),
        MethodDef::new("readable", |v, _| fileio_flag(v, |f| f.readable.get()), "readable($self, /)\n--\n\nTrue if file was opened in a read mode."),
        MethodDef::new("writable", |v, _| fileio_flag(v, |f| f.writable.get()), "writable($self, /)\n--\n\nTrue if file was opened in a write mode."),
        MethodDef::new("fileno", |v, _| { let f = this(v); f.check_open()?; Ok(int::from_i64(i64::from(f.fd.get()))) }, "fileno($self, /)\n--\n\nReturn the underlying file descriptor (an integer)."),
        MethodDef::new("isatty", fileio_isatty, "isatty($self, /)\n--\n\nTrue if the file is connected to a TTY device."),
    ],
    getsets: &[
        GetSetDef::getter("closed", |v| Ok(pybool::py_bool(this(v).file.borrow().is_none()))),
        GetSetDef::getter("closefd", |v| Ok(pybool::py_bool(this(v).closefd.get()))),
        GetSetDef::getter("mode", |v| Ok(PyStr::new(this(v).mode()))),
        GetSetDef::getter("_blksize", |v| Ok(int::from_i64(this(v).blksize.get()))),
    ],
    ..TypeSpec::DEFAULT
});

/// `ValueError: I/O operation on closed file` (this type's message has no full stop).
fn closed_file() -> ouro_objects::err::PyErr {
    value_error("I/O operation on closed file")
}
