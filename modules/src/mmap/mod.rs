//! The `mmap` module: `mmap.mmap`, anonymous and file-backed memory maps with file-like methods, indexing, slicing and the buffer protocol; mirrors Modules/mmapmodule.c (Unix build).

mod sys;

use std::cell::{Cell, RefCell};

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::buffer::BufferExporter;
use ouro_objects::bytes;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, index_error, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::slice::{Slice, slice_index};
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, exceptions, int, protocol};

use crate::posix;
use sys::Mapping;

const ACCESS_DEFAULT: i64 = 0;
const ACCESS_READ: i64 = 1;
const ACCESS_WRITE: i64 = 2;
const ACCESS_COPY: i64 = 3;

/// The module's integer constants with their Linux values (PAGESIZE and
/// ALLOCATIONGRANULARITY are added at init).
const CONSTANTS: &[(&str, i64)] = &[
    ("ACCESS_COPY", ACCESS_COPY),
    ("ACCESS_DEFAULT", ACCESS_DEFAULT),
    ("ACCESS_READ", ACCESS_READ),
    ("ACCESS_WRITE", ACCESS_WRITE),
    ("MADV_DODUMP", libc::MADV_DODUMP as i64),
    ("MADV_DOFORK", libc::MADV_DOFORK as i64),
    ("MADV_DONTDUMP", libc::MADV_DONTDUMP as i64),
    ("MADV_DONTFORK", libc::MADV_DONTFORK as i64),
    ("MADV_DONTNEED", libc::MADV_DONTNEED as i64),
    ("MADV_FREE", libc::MADV_FREE as i64),
    ("MADV_HUGEPAGE", libc::MADV_HUGEPAGE as i64),
    ("MADV_HWPOISON", libc::MADV_HWPOISON as i64),
    ("MADV_MERGEABLE", libc::MADV_MERGEABLE as i64),
    ("MADV_NOHUGEPAGE", libc::MADV_NOHUGEPAGE as i64),
    ("MADV_NORMAL", libc::MADV_NORMAL as i64),
    ("MADV_RANDOM", libc::MADV_RANDOM as i64),
    ("MADV_REMOVE", libc::MADV_REMOVE as i64),
    ("MADV_SEQUENTIAL", libc::MADV_SEQUENTIAL as i64),
    ("MADV_UNMERGEABLE", libc::MADV_UNMERGEABLE as i64),
    ("MADV_WILLNEED", libc::MADV_WILLNEED as i64),
    ("MAP_32BIT", libc::MAP_32BIT as i64),
    ("MAP_ANON", libc::MAP_ANON as i64),
    ("MAP_ANONYMOUS", libc::MAP_ANONYMOUS as i64),
    ("MAP_DENYWRITE", libc::MAP_DENYWRITE as i64),
    ("MAP_EXECUTABLE", libc::MAP_EXECUTABLE as i64),
    ("MAP_NORESERVE", libc::MAP_NORESERVE as i64),
    ("MAP_POPULATE", libc::MAP_POPULATE as i64),
    ("MAP_PRIVATE", libc::MAP_PRIVATE as i64),
    ("MAP_SHARED", libc::MAP_SHARED as i64),
    ("MAP_STACK", libc::MAP_STACK as i64),
    ("PROT_EXEC", libc::PROT_EXEC as i64),
    ("PROT_READ", libc::PROT_READ as i64),
    ("PROT_WRITE", libc::PROT_WRITE as i64),
];

pub struct Mmap {
    /// `None` once closed.
    map: RefCell<Option<Mapping>>,
    pos: Cell<usize>,
    offset: i64,
    /// A duplicate of the mapped file's descriptor, or -1 (anonymous or
    /// `trackfd=False`).
    fd: Cell<i32>,
    access: i64,
    anonymous: bool,
    /// Live memoryviews of the map.
    exports: Cell<isize>,
}

fn this(v: &Value) -> &Mmap {
    v.downcast::<Mmap>().expect("mmap")
}

fn closed_error() -> PyErr {
    value_error("mmap closed or invalid")
}

fn buffer_error(msg: &str) -> PyErr {
    PyErr::new(&exceptions::BUFFER_ERROR, msg)
}

impl Mmap {
    /// `CHECK_VALID`: runs `f` on the open mapping.
    fn with<R>(&self, f: impl FnOnce(&Mapping) -> PyResult<R>) -> PyResult<R> {
        match &*self.map.borrow() {
            Some(m) => f(m),
            None => Err(closed_error()),
        }
    }

    /// `is_writable`, then `f` on the open mapping for writing.
    fn with_mut<R>(&self, f: impl FnOnce(&mut Mapping) -> PyResult<R>) -> PyResult<R> {
        match &mut *self.map.borrow_mut() {
            Some(_) if self.access == ACCESS_READ => {
                Err(type_error("mmap can't modify a readonly memory map."))
            }
            Some(m) => f(m),
            None => Err(closed_error()),
        }
    }

    fn size(&self) -> PyResult<usize> {
        self.with(|m| Ok(m.len()))
    }
}

fn os_error(e: &std::io::Error) -> PyErr {
    posix::os_error(e)
}

/// A `Py_ssize_t` argument (`n` format).
fn ssize(v: &Value) -> PyResult<isize> {
    protocol::index_as_isize(v)
}

/// An optional size (`_Py_convert_optional_to_ssize_t`): None is `default`.
fn optional_ssize(v: Option<&Value>, default: isize) -> PyResult<isize> {
    match v {
        Some(x) if !is_none(x) => {
            if !protocol::has_index(x) {
                return Err(type_error(format!(
                    "argument should be integer or None, not '{}'",
                    protocol::type_name(x)
                )));
            }
            ssize(x)
        }
        _ => Ok(default),
    }
}

fn mmap_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let names = [
        "fileno", "length", "flags", "prot", "access", "offset", "trackfd",
    ];
    let given: Vec<String> = a
        .keywords()
        .iter()
        .map(|(k, _)| protocol::str_lossy(k))
        .collect();
    for (i, name) in names.iter().enumerate().take(2) {
        if a.positional().len() <= i && !given.iter().any(|g| g == name) {
            return Err(type_error(format!(
                "function missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if let Some(bad) = given.iter().find(|g| !names.contains(&g.as_str())) {
        return Err(type_error(format!(
            "this function got an unexpected keyword argument '{bad}'"
        )));
    }
    let [fileno, length, map_flags, prot, access, offset, trackfd] =
        a.parse("mmap", names, 0, 2, 6)?;
    let fd = posix::c_int(&fileno.expect("required"))?;
    let length = ssize(&length.expect("required"))?;
    let int_or = |v: Option<Value>, default: i64| -> PyResult<i64> {
        v.map_or(Ok(default), |v| posix::c_int(&v).map(i64::from))
    };
    let mut map_flags = int_or(map_flags, i64::from(libc::MAP_SHARED))? as i32;
    let mut prot = int_or(prot, i64::from(libc::PROT_READ | libc::PROT_WRITE))? as i32;
    let mut access = int_or(access, ACCESS_DEFAULT)?;
    let offset = match offset {
        Some(o) => {
            let n = protocol::index(&o)?;
            int::to_i64(&n).ok_or_else(|| {
                PyErr::new(
                    &exceptions::OVERFLOW_ERROR,
                    "Python int too large to convert to C long",
                )
            })?
        }
        None => 0,
    };
    let trackfd = trackfd.map_or(Ok(true), |t| protocol::is_true(&t))?;
    if length < 0 {
        return Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "memory mapped length must be positive",
        ));
    }
    if offset < 0 {
        return Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "memory mapped offset must be positive",
        ));
    }
    if access != ACCESS_DEFAULT
        && (map_flags != libc::MAP_SHARED || prot != libc::PROT_READ | libc::PROT_WRITE)
    {
        return Err(value_error(
            "mmap can't specify both access and flags, prot.",
        ));
    }
    match access {
        ACCESS_READ => (map_flags, prot) = (libc::MAP_SHARED, libc::PROT_READ),
        ACCESS_WRITE => (map_flags, prot) = (libc::MAP_SHARED, libc::PROT_READ | libc::PROT_WRITE),
        ACCESS_COPY => (map_flags, prot) = (libc::MAP_PRIVATE, libc::PROT_READ | libc::PROT_WRITE),
        ACCESS_DEFAULT => {
            if prot & libc::PROT_READ != 0 && prot & libc::PROT_WRITE != 0 {
            } else if prot & libc::PROT_WRITE != 0 {
                access = ACCESS_WRITE;
            } else {
                access = ACCESS_READ;
            }
        }
        _ => return Err(value_error("mmap invalid access parameter.")),
    }
    let mut length = length as usize;
    if fd != -1
        && let Ok(st) = posix::sys::fstat(fd)
        && st.st_mode & libc::S_IFMT == libc::S_IFREG
    {
        let file_size = st.st_size;
        if length == 0 {
            if file_size == 0 {
                return Err(value_error("cannot mmap an empty file"));
            }
            if offset >= file_size {
                return Err(value_error("mmap offset is greater than file size"));
            }
            length = (file_size - offset) as usize;
        } else if offset > file_size || ((file_size - offset) as u64) < length as u64 {
            return Err(value_error("mmap length is greater than file size"));
        }
    }
    let anonymous = fd == -1;
    let own_fd = if anonymous {
        map_flags |= libc::MAP_ANONYMOUS;
        -1
    } else if trackfd {
        posix::sys::dup(fd).map_err(|e| os_error(&e))?
    } else {
        -1
    };
    let mapping = match Mapping::new(length, prot, map_flags, fd, offset) {
        Ok(m) => m,
        Err(e) => {
            if own_fd >= 0 {
                let _ = posix::sys::close(own_fd);
            }
            return Err(os_error(&e));
        }
    };
    Ok(alloc_typed(
        ty,
        Mmap {
            map: RefCell::new(Some(mapping)),
            pos: Cell::new(0),
            offset,
            fd: Cell::new(own_fd),
            access,
            anonymous,
            exports: Cell::new(0),
        },
    ))
}

impl Drop for Mmap {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 {
            let _ = posix::sys::close(fd);
        }
        if let Some(m) = self.map.get_mut().take()
            && self.access != ACCESS_READ
            && self.access != ACCESS_COPY
        {
            let _ = m.sync(0, m.len());
        }
    }
}

fn mmap_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let m = this(v);
    if m.exports.get() > 0 {
        return Err(buffer_error("cannot close exported pointers exist"));
    }
    let fd = m.fd.replace(-1);
    if fd >= 0 {
        let _ = posix::sys::close(fd);
    }
    m.map.borrow_mut().take();
    Ok(none())
}

fn mmap_closed(v: &Value) -> PyResult {
    Ok(ouro_objects::bool::py_bool(this(v).map.borrow().is_none()))
}

/// A `view` argument: any bytes-like object.
fn view_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes::bytes_from_object(v)
}

/// `start`/`end` of find and rfind: slice indices, negative from the end,
/// clamped to the map.
fn clamp_index(v: Option<&Value>, default: usize, size: usize) -> PyResult<usize> {
    let Some(i) = v.map(slice_index).transpose()?.flatten() else {
        return Ok(default);
    };
    let size = size as isize;
    let i = if i < 0 { i + size } else { i };
    Ok(i.clamp(0, size) as usize)
}

fn find(v: &Value, args: Args, reverse: bool) -> PyResult {
    let name = if reverse { "rfind" } else { "find" };
    let a = args.range(name, name, 1, 3)?;
    let m = this(v);
    m.with(|map| {
        let needle = view_arg(&a[0])?;
        let size = map.len();
        let start = clamp_index(a.get(1), m.pos.get(), size)?;
        let end = clamp_index(a.get(2), size, size)?;
        let hay = map.bytes();
        let found = if start > end || end - start < needle.len() {
            None
        } else if needle.is_empty() {
            Some(if reverse { end } else { start })
        } else {
            let window = &hay[start..end];
            let mut hits = window.windows(needle.len());
            if reverse {
                hits.rposition(|w| w == needle.as_slice())
            } else {
                hits.position(|w| w == needle.as_slice())
            }
            .map(|i| i + start)
        };
        Ok(found.map_or_else(|| int::from_i64(-1), int::from_usize))
    })
}

fn mmap_find(v: &Value, args: Args) -> PyResult {
    find(v, args, false)
}

fn mmap_rfind(v: &Value, args: Args) -> PyResult {
    find(v, args, true)
}

fn mmap_flush(v: &Value, args: Args) -> PyResult {
    let a = args.range("flush", "flush", 0, 2)?;
    let m = this(v);
    m.with(|map| {
        let size = map.len() as isize;
        let offset = a.first().map_or(Ok(0), ssize)?;
        let len = optional_ssize(a.get(1), size)?;
        if len < 0 || offset < 0 || size - offset < len {
            return Err(value_error("flush values out of range"));
        }
        if len == 0 || m.access == ACCESS_READ || m.access == ACCESS_COPY {
            return Ok(none());
        }
        map.sync(offset as usize, len as usize)
            .map_err(|e| os_error(&e))?;
        Ok(none())
    })
}

fn mmap_madvise(v: &Value, args: Args) -> PyResult {
    let a = args.range("madvise", "madvise", 1, 3)?;
    let m = this(v);
    m.with(|map| {
        let option = posix::c_int(&a[0])?;
        let size = map.len() as isize;
        let start = a.get(1).map_or(Ok(0), ssize)?;
        let mut len = optional_ssize(a.get(2), size)?;
        if start < 0 || start >= size {
            return Err(value_error("madvise start out of bounds"));
        }
        if len < 0 {
            return Err(value_error("madvise length invalid"));
        }
        if isize::MAX - start < len {
            return Err(PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "madvise length too large",
            ));
        }
        if start + len > size {
            len = size - start;
        }
        map.advise(start as usize, len as usize, option)
            .map_err(|e| os_error(&e))?;
        Ok(none())
    })
}

fn mmap_move(v: &Value, args: Args) -> PyResult {
    let a = args.range("move", "move", 3, 3)?;
    let (dest, src, count) = (ssize(&a[0])?, ssize(&a[1])?, ssize(&a[2])?);
    this(v).with_mut(|map| {
        let size = map.len() as isize;
        if dest < 0 || src < 0 || count < 0 || size - dest < count || size - src < count {
            return Err(value_error("source, destination, or count out of range"));
        }
        let (dest, src, count) = (dest as usize, src as usize, count as usize);
        map.bytes_mut().copy_within(src..src + count, dest);
        Ok(none())
    })
}

fn mmap_read(v: &Value, args: Args) -> PyResult {
    let a = args.range("read", "read", 0, 1)?;
    let m = this(v);
    let n = optional_ssize(a.first(), -1)?;
    m.with(|map| {
        let pos = m.pos.get();
        let remaining = map.len().saturating_sub(pos);
        let n = if n < 0 || n as usize > remaining {
            remaining
        } else {
            n as usize
        };
        m.pos.set(pos + n);
        Ok(bytes::new(map.bytes()[pos..pos + n].to_vec()))
    })
}

fn mmap_read_byte(v: &Value, args: Args) -> PyResult {
    args.none("read_byte")?;
    let m = this(v);
    m.with(|map| {
        let pos = m.pos.get();
        match map.bytes().get(pos) {
            Some(&b) => {
                m.pos.set(pos + 1);
                Ok(int::from_i64(i64::from(b)))
            }
            None => Err(value_error("read byte out of range")),
        }
    })
}

fn mmap_readline(v: &Value, args: Args) -> PyResult {
    args.none("readline")?;
    let m = this(v);
    m.with(|map| {
        let pos = m.pos.get().min(map.len());
        let rest = &map.bytes()[pos..];
        let n = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        m.pos.set(pos + n);
        Ok(bytes::new(rest[..n].to_vec()))
    })
}

fn mmap_resize(v: &Value, args: Args) -> PyResult {
    let a = args.range("resize", "resize", 1, 1)?;
    let new_size = ssize(&a[0])?;
    let m = this(v);
    m.with(|_| Ok(()))?;
    if m.access != ACCESS_WRITE && m.access != ACCESS_DEFAULT {
        return Err(type_error(
            "mmap can't resize a readonly or copy-on-write memory map.",
        ));
    }
    if m.exports.get() > 0 {
        return Err(buffer_error(
            "mmap can't resize with extant buffers exported.",
        ));
    }
    if new_size < 0 || ((isize::MAX - new_size) as i64) < m.offset {
        return Err(value_error("new size out of range"));
    }
    if m.fd.get() < 0 && !m.anonymous {
        return Err(value_error(
            "mmap: cannot resize a memory map that was created with trackfd=False",
        ));
    }
    if m.fd.get() >= 0 {
        posix::sys::ftruncate(m.fd.get(), m.offset + new_size as i64).map_err(|e| os_error(&e))?;
    }
    let mut slot = m.map.borrow_mut();
    let map = slot.as_mut().ok_or_else(closed_error)?;
    map.resize(new_size as usize).map_err(|e| os_error(&e))?;
    Ok(none())
}

fn mmap_seek(v: &Value, args: Args) -> PyResult {
    let a = args.range("seek", "seek", 1, 2)?;
    let dist = ssize(&a[0])?;
    let how = a.get(1).map_or(Ok(0), posix::c_int)?;
    let m = this(v);
    m.with(|map| {
        let size = map.len() as isize;
        let base = match how {
            0 => 0,
            1 => m.pos.get() as isize,
            2 => size,
            _ => return Err(value_error("unknown seek type")),
        };
        let out_of_range = || value_error("seek out of range");
        let target = base.checked_add(dist).ok_or_else(out_of_range)?;
        if target < 0 || target > size {
            return Err(out_of_range());
        }
        m.pos.set(target as usize);
        Ok(int::from_usize(target as usize))
    })
}

fn mmap_seekable(_v: &Value, args: Args) -> PyResult {
    args.none("seekable")?;
    Ok(ouro_objects::bool::py_bool(true))
}

fn mmap_size(v: &Value, args: Args) -> PyResult {
    args.none("size")?;
    let m = this(v);
    m.with(|_| Ok(()))?;
    let st = posix::sys::fstat(m.fd.get()).map_err(|e| os_error(&e))?;
    Ok(int::from_i64(st.st_size))
}

fn mmap_tell(v: &Value, args: Args) -> PyResult {
    args.none("tell")?;
    let m = this(v);
    m.with(|_| Ok(int::from_usize(m.pos.get())))
}

fn mmap_write(v: &Value, args: Args) -> PyResult {
    let a = args.range("write", "write", 1, 1)?;
    let m = this(v);
    m.with(|_| Ok(()))?;
    let data = view_arg(&a[0])?;
    m.with_mut(|map| {
        let pos = m.pos.get();
        if pos > map.len() || map.len() - pos < data.len() {
            return Err(value_error("data out of range"));
        }
        map.bytes_mut()[pos..pos + data.len()].copy_from_slice(&data);
        m.pos.set(pos + data.len());
        Ok(int::from_usize(data.len()))
    })
}

/// An unsigned byte argument (`b` format).
fn byte_arg(v: &Value) -> PyResult<u8> {
    let n = posix::c_int(v).map_err(|e| {
        if e.matches(&exceptions::OVERFLOW_ERROR) {
            PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "unsigned byte integer is greater than maximum",
            )
        } else {
            e
        }
    })?;
    match n {
        n if n < 0 => Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "unsigned byte integer is less than minimum",
        )),
        n if n > 255 => Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "unsigned byte integer is greater than maximum",
        )),
        n => Ok(n as u8),
    }
}

fn mmap_write_byte(v: &Value, args: Args) -> PyResult {
    let a = args.range("write_byte", "write_byte", 1, 1)?;
    let m = this(v);
    m.with(|_| Ok(()))?;
    let b = byte_arg(&a[0])?;
    m.with_mut(|map| {
        let pos = m.pos.get();
        match map.bytes_mut().get_mut(pos) {
            Some(slot) => {
                *slot = b;
                m.pos.set(pos + 1);
                Ok(none())
            }
            None => Err(value_error("write byte out of range")),
        }
    })
}

fn mmap_enter(v: &Value, args: Args) -> PyResult {
    args.none("__enter__")?;
    this(v).with(|_| Ok(v.clone()))
}

fn mmap_exit(v: &Value, args: Args) -> PyResult {
    args.range("__exit__", "__exit__", 3, 3)?;
    mmap_close(v, Args::new(&[], None))
}

fn mmap_buffer(v: &Value, args: Args) -> PyResult {
    let flags = args.one("__buffer__")?;
    protocol::index(flags)?;
    this(v).with(|_| Ok(()))?;
    ouro_objects::memoryview::from_object(v)
}

fn mmap_repr(v: &Value) -> PyResult {
    let m = this(v);
    let name = v.type_obj().payload().tp_name().to_string();
    let map = m.map.borrow();
    let Some(map) = &*map else {
        return Ok(PyStr::new(&format!("<{name} closed=True>")));
    };
    let access = match m.access {
        ACCESS_READ => "ACCESS_READ",
        ACCESS_WRITE => "ACCESS_WRITE",
        ACCESS_COPY => "ACCESS_COPY",
        _ => "ACCESS_DEFAULT",
    };
    Ok(PyStr::new(&format!(
        "<{name} closed=False, access={access}, length={}, pos={}, offset={}>",
        map.len(),
        m.pos.get(),
        m.offset
    )))
}

fn mmap_len(v: &Value) -> PyResult<usize> {
    this(v).size()
}

fn mmap_getitem(v: &Value, key: &Value) -> PyResult {
    let m = this(v);
    m.with(|map| {
        let data = map.bytes();
        if let Some(s) = key.downcast::<Slice>() {
            let (start, _, step, n) = s.indices_for(data.len())?;
            let out = (0..n)
                .map(|i| data[(start + i as isize * step) as usize])
                .collect();
            return Ok(bytes::new(out));
        }
        if !protocol::has_index(key) {
            return Err(type_error("mmap indices must be integers"));
        }
        let i = index_in(key, data.len())?;
        Ok(int::from_i64(i64::from(data[i])))
    })
}

/// An item index, negative from the end, in range.
fn index_in(key: &Value, len: usize) -> PyResult<usize> {
    let i = protocol::index_as_isize(key)?;
    let i = if i < 0 { i + len as isize } else { i };
    if i < 0 || i as usize >= len {
        return Err(index_error("mmap index out of range"));
    }
    Ok(i as usize)
}

fn mmap_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let m = this(v);
    m.with(|_| Ok(()))?;
    let Some(value) = value else {
        return Err(type_error("mmap doesn't support item deletion"));
    };
    m.with_mut(|map| {
        let len = map.len();
        if let Some(s) = key.downcast::<Slice>() {
            let (start, _, step, n) = s.indices_for(len)?;
            let data = view_arg(value)?;
            if data.len() != n {
                return Err(index_error("mmap slice assignment is wrong size"));
            }
            let buf = map.bytes_mut();
            for (i, b) in data.into_iter().enumerate() {
                buf[(start + i as isize * step) as usize] = b;
            }
            return Ok(());
        }
        if !protocol::has_index(key) {
            return Err(type_error("mmap indices must be integer"));
        }
        let i = index_in(key, len)?;
        if !int::is_int(value) && !protocol::has_index(value) {
            return Err(type_error("mmap item value must be an int"));
        }
        let n = int::to_i64(&protocol::index(value)?);
        let Some(b) = n.and_then(|n| u8::try_from(n).ok()) else {
            return Err(value_error("mmap item value must be in range(0, 256)"));
        };
        map.bytes_mut()[i] = b;
        Ok(())
    })
}

/// Iteration goes through the sequence protocol's item, which gives
/// one-byte `bytes` (unlike indexing, which gives ints). CPython has no
/// `__iter__` for this (`sq_item` does it); Ouro's iteration falls back to
/// `__getitem__`, which gives ints, so mmap has an `__iter__` here (the one
/// name `dir(mmap.mmap)` has beyond CPython's).
fn mmap_iter(v: &Value) -> PyResult {
    let items = this(v).with(|map| {
        Ok(map
            .bytes()
            .iter()
            .map(|&b| bytes::new(vec![b]))
            .collect::<Vec<_>>())
    })?;
    protocol::iter(&List::from_vec(items))
}

builtin_type!(pub static MMAP_TYPE: Mmap = TypeSpec {
    name: "mmap.mmap",
    doc: Some("Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\nMaps length bytes from the file specified by the file handle fileno,\nand returns a mmap object.  If length is larger than the current size\nof the file, the file is extended to contain length bytes.  If length\nis 0, the maximum length of the map is the current size of the file,\nexcept that if the file is empty Windows raises an exception (you cannot\ncreate an empty mapping on Windows).\n\nUnix: mmap(fileno, length[, flags[, prot[, access[, offset[, trackfd]]]]])\n\nMaps length bytes from the file specified by the file descriptor fileno,\nand returns a mmap object.  If length is 0, the maximum length of the map\nwill be the current size of the file when mmap is called.\nflags specifies the nature of the mapping. MAP_PRIVATE creates a\nprivate copy-on-write mapping, so changes to the contents of the mmap\nobject will be private to this process, and MAP_SHARED creates a mapping\nthat's shared with all other processes mapping the same areas of the file.\nThe default value is MAP_SHARED.\n\nTo map anonymous memory, pass -1 as the fileno (both versions)."),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    slots: SlotDefs {
        new: Some(mmap_new),
        repr: Some(mmap_repr),
        len: Some(mmap_len),
        getitem: Some(mmap_getitem),
        setitem: Some(mmap_setitem),
        iter: Some(mmap_iter),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("close", mmap_close, "close($self, /)\n--\n\n"),
        MethodDef::new("find", mmap_find, "find($self, view, start=None, end=None, /)\n--\n\n"),
        MethodDef::new("rfind", mmap_rfind, "rfind($self, view, start=None, end=None, /)\n--\n\n"),
        MethodDef::new("move", mmap_move, "move($self, dest, src, count, /)\n--\n\n"),
        MethodDef::new("read", mmap_read, "read($self, n=None, /)\n--\n\n"),
        MethodDef::new("read_byte", mmap_read_byte, "read_byte($self, /)\n--\n\n"),
        MethodDef::new("readline", mmap_readline, "readline($self, /)\n--\n\n"),
        MethodDef::new("resize", mmap_resize, "resize($self, newsize, /)\n--\n\n"),
        MethodDef::new("seek", mmap_seek, "seek($self, pos, whence=0, /)\n--\n\n"),
        MethodDef::new("seekable", mmap_seekable, "seekable($self, /)\n--\n\n"),
        MethodDef::new("size", mmap_size, "size($self, /)\n--\n\n"),
        MethodDef::new("tell", mmap_tell, "tell($self, /)\n--\n\n"),
        MethodDef::new("write", mmap_write, "write($self, bytes, /)\n--\n\n"),
        MethodDef::new("write_byte", mmap_write_byte, "write_byte($self, byte, /)\n--\n\n"),
        MethodDef::new("flush", mmap_flush, "flush($self, offset=0, size=None, /)\n--\n\n"),
        MethodDef::new("madvise", mmap_madvise, "madvise($self, option, start=0, length=None, /)\n--\n\n"),
        MethodDef::new("__enter__", mmap_enter, "__enter__($self, /)\n--\n\n"),
        MethodDef::new("__exit__", mmap_exit, "__exit__($self, exc_type, exc_value, traceback, /)\n--\n\n"),
        MethodDef::new("__buffer__", mmap_buffer, "__buffer__($self, flags, /)\n--\n\nReturn a buffer object that exposes the underlying memory of the object."),
        MethodDef::new("__release_buffer__", ouro_objects::memoryview::release_buffer, "__release_buffer__($self, buffer, /)\n--\n\nRelease the buffer object that exposes the underlying memory of the object."),
    ],
    getsets: &[GetSetDef::getter("closed", mmap_closed)],
    ..TypeSpec::DEFAULT
});

fn export_read(v: &Value) -> PyResult<Vec<u8>> {
    this(v).with(|m| Ok(m.bytes().to_vec()))
}

fn export_write(v: &Value, offset: usize, data: &[u8]) -> PyResult<()> {
    this(v).with_mut(|map| {
        if let Some(dst) = map.bytes_mut().get_mut(offset..offset + data.len()) {
            dst.copy_from_slice(data);
        }
        Ok(())
    })
}

fn export_readonly(v: &Value) -> bool {
    this(v).access == ACCESS_READ
}

fn export_count(v: &Value, delta: isize) {
    let m = this(v);
    m.exports.set(m.exports.get() + delta);
}

/// The mapped memory (it does not move while views exist: resize refuses).
fn export_address(v: &Value) -> PyResult<(usize, usize)> {
    this(v).with(|m| Ok((m.address(), m.len())))
}

static EXPORTER: BufferExporter = BufferExporter {
    ty: &MMAP_TYPE,
    read: export_read,
    write: export_write,
    readonly: export_readonly,
    exports: export_count,
    address: Some(export_address),
};

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    crate::heaptype::list_module_in_dict(&[&MMAP_TYPE]);
    ouro_objects::buffer::register(&EXPORTER);
    for &(name, value) in CONSTANTS {
        m.set(name, int::from_i64(value));
    }
    let page = sys::page_size();
    m.set("PAGESIZE", int::from_i64(page));
    m.set("ALLOCATIONGRANULARITY", int::from_i64(page));
    m.set(
        "error",
        TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
    );
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "mmap",
    doc: "",
    functions: &[],
    types: || vec![&MMAP_TYPE],
    init,
};
