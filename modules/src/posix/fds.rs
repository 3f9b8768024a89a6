//! `posix` calls on open descriptors: dup, dup2, pipe, lseek, isatty, ftruncate, fsync, inheritable and blocking flags, `device_encoding`; mirrors the matching `os_*_impl`s of Modules/posixmodule.c.

use ouro_objects::args::Args;
use ouro_objects::err::PyResult;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, bool as pybool, int};

use super::files::c_int;
use super::path::{flag_arg, int_arg, os_error};
use super::sys;

fn os_err(e: std::io::Error) -> ouro_objects::PyErr {
    os_error(&e, None, None)
}

pub fn dup(_m: &Value, args: Args) -> PyResult {
    let a = args.range("dup", "dup", 1, 1)?;
    let fd = sys::dup(c_int(&a[0])?).map_err(os_err)?;
    Ok(int::from_i64(i64::from(fd)))
}

pub fn dup2(_m: &Value, args: Args) -> PyResult {
    let [fd, fd2, inheritable] = args.parse("dup2", ["fd", "fd2", "inheritable"], 0, 2, 3)?;
    let (fd, fd2) = (
        c_int(&fd.expect("required"))?,
        c_int(&fd2.expect("required"))?,
    );
    let r = sys::dup2(fd, fd2, flag_arg(inheritable.as_ref(), true)?).map_err(os_err)?;
    Ok(int::from_i64(i64::from(r)))
}

pub fn pipe(_m: &Value, args: Args) -> PyResult {
    args.none("posix.pipe")?;
    let (r, w) = sys::pipe(libc::O_CLOEXEC).map_err(os_err)?;
    Ok(Tuple::new(vec![
        int::from_i64(i64::from(r)),
        int::from_i64(i64::from(w)),
    ]))
}

pub fn pipe2(_m: &Value, args: Args) -> PyResult {
    let a = args.range("pipe2", "pipe2", 1, 1)?;
    let (r, w) = sys::pipe(c_int(&a[0])?).map_err(os_err)?;
    Ok(Tuple::new(vec![
        int::from_i64(i64::from(r)),
        int::from_i64(i64::from(w)),
    ]))
}

pub fn lseek(_m: &Value, args: Args) -> PyResult {
    let a = args.range("lseek", "lseek", 3, 3)?;
    let pos = sys::lseek(c_int(&a[0])?, int_arg(&a[1])?, c_int(&a[2])?).map_err(os_err)?;
    Ok(int::from_i64(pos))
}

pub fn isatty(_m: &Value, args: Args) -> PyResult {
    let a = args.range("isatty", "isatty", 1, 1)?;
    Ok(pybool::py_bool(sys::isatty(c_int(&a[0])?)))
}

pub fn ftruncate(_m: &Value, args: Args) -> PyResult {
    let a = args.range("ftruncate", "ftruncate", 2, 2)?;
    sys::ftruncate(c_int(&a[0])?, int_arg(&a[1])?).map_err(os_err)?;
    Ok(none())
}

/// A descriptor argument that may also be an object with `fileno()`.
fn fileno_arg(v: &Value) -> PyResult<i32> {
    if int::is_int(v) {
        return c_int(v);
    }
    let n = ouro_objects::protocol::call_method(v, "fileno", &[])?;
    c_int(&n)
}

pub fn fsync(_m: &Value, args: Args) -> PyResult {
    let [fd] = args.parse("fsync", ["fd"], 0, 1, 1)?;
    sys::fsync(fileno_arg(&fd.expect("required"))?, false).map_err(os_err)?;
    Ok(none())
}

pub fn fdatasync(_m: &Value, args: Args) -> PyResult {
    let [fd] = args.parse("fdatasync", ["fd"], 0, 1, 1)?;
    sys::fsync(fileno_arg(&fd.expect("required"))?, true).map_err(os_err)?;
    Ok(none())
}

pub fn get_inheritable(_m: &Value, args: Args) -> PyResult {
    let a = args.range("get_inheritable", "get_inheritable", 1, 1)?;
    let flags = sys::fd_flags(c_int(&a[0])?, false).map_err(os_err)?;
    Ok(pybool::py_bool(flags & libc::FD_CLOEXEC == 0))
}

pub fn set_inheritable(_m: &Value, args: Args) -> PyResult {
    let a = args.range("set_inheritable", "set_inheritable", 2, 2)?;
    let fd = c_int(&a[0])?;
    let inheritable = c_int(&a[1])? != 0;
    let flags = sys::fd_flags(fd, false).map_err(os_err)?;
    let new = if inheritable {
        flags & !libc::FD_CLOEXEC
    } else {
        flags | libc::FD_CLOEXEC
    };
    if new != flags {
        sys::set_fd_flags(fd, false, new).map_err(os_err)?;
    }
    Ok(none())
}

pub fn get_blocking(_m: &Value, args: Args) -> PyResult {
    let a = args.range("get_blocking", "get_blocking", 1, 1)?;
    let flags = sys::fd_flags(c_int(&a[0])?, true).map_err(os_err)?;
    Ok(pybool::py_bool(flags & libc::O_NONBLOCK == 0))
}

pub fn set_blocking(_m: &Value, args: Args) -> PyResult {
    let a = args.range("set_blocking", "set_blocking", 2, 2)?;
    let fd = c_int(&a[0])?;
    let blocking = c_int(&a[1])? != 0;
    let flags = sys::fd_flags(fd, true).map_err(os_err)?;
    let new = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    if new != flags {
        sys::set_fd_flags(fd, true, new).map_err(os_err)?;
    }
    Ok(none())
}

/// `device_encoding(fd)`: the locale's encoding for a terminal, else None
/// (Ouro runs in UTF-8 mode's locale view: 'UTF-8').
pub fn device_encoding(_m: &Value, args: Args) -> PyResult {
    let [fd] = args.parse("device_encoding", ["fd"], 0, 1, 1)?;
    if sys::isatty(c_int(&fd.expect("required"))?) {
        return Ok(PyStr::new("UTF-8"));
    }
    Ok(none())
}

/// Reads up to the length of the writable `buffer` and copies it in.
fn read_into(
    buffer: &Value,
    read: impl FnOnce(usize) -> std::io::Result<Vec<u8>>,
) -> PyResult<usize> {
    let n = ouro_eval::io::iobase::buffer_len(buffer)?;
    let data = read(n).map_err(os_err)?;
    ouro_eval::io::iobase::copy_into(buffer, &data)
}

pub fn readinto(_m: &Value, args: Args) -> PyResult {
    let a = args.range("readinto", "readinto", 2, 2)?;
    let fd = c_int(&a[0])?;
    if ouro_eval::io::iobase::buffer_len(&a[1]).is_err() {
        return Err(ouro_objects::err::type_error(format!(
            "readinto() argument 2 must be read-write bytes-like object, not {}",
            ouro_objects::protocol::type_name(&a[1])
        )));
    }
    Ok(int::from_usize(read_into(&a[1], |n| sys::read(fd, n))?))
}

/// Fills `buffers` in order from one read of their total length.
fn scatter(buffers: &Value, read: impl FnOnce(usize) -> std::io::Result<Vec<u8>>) -> PyResult {
    let targets = ouro_objects::protocol::collect(buffers)?;
    let mut lens = Vec::with_capacity(targets.len());
    for t in &targets {
        lens.push(ouro_eval::io::iobase::buffer_len(t)?);
    }
    let data = read(lens.iter().sum()).map_err(os_err)?;
    let mut at = 0;
    for (t, len) in targets.iter().zip(lens) {
        if at >= data.len() {
            break;
        }
        let end = (at + len).min(data.len());
        ouro_eval::io::iobase::copy_into(t, &data[at..end])?;
        at = end;
    }
    Ok(int::from_usize(data.len()))
}

pub fn readv(_m: &Value, args: Args) -> PyResult {
    let a = args.range("readv", "readv", 2, 2)?;
    let fd = c_int(&a[0])?;
    scatter(&a[1], |n| sys::read(fd, n))
}

pub fn preadv(_m: &Value, args: Args) -> PyResult {
    let a = args.range("preadv", "preadv", 3, 4)?;
    let fd = c_int(&a[0])?;
    let offset = int_arg(&a[2])?;
    let flags = a.get(3).map_or(Ok(0), c_int)?;
    scatter(&a[1], |n| sys::preadv(fd, n, offset, flags))
}

pub fn pwritev(_m: &Value, args: Args) -> PyResult {
    let a = args.range("pwritev", "pwritev", 3, 4)?;
    let fd = c_int(&a[0])?;
    let mut data = Vec::new();
    for b in ouro_objects::protocol::collect(&a[1])? {
        data.extend(ouro_objects::bytes::as_bytes_like(&b).ok_or_else(|| {
            ouro_objects::err::type_error(format!(
                "a bytes-like object is required, not '{}'",
                ouro_objects::protocol::type_name(&b)
            ))
        })?);
    }
    let flags = a.get(3).map_or(Ok(0), c_int)?;
    let n = sys::pwritev(fd, &data, int_arg(&a[2])?, flags).map_err(os_err)?;
    Ok(int::from_usize(n))
}

pub fn splice(_m: &Value, args: Args) -> PyResult {
    let [src, dst, count, offset_src, offset_dst, flags] = args.parse(
        "splice",
        ["src", "dst", "count", "offset_src", "offset_dst", "flags"],
        0,
        3,
        6,
    )?;
    let offset = |v: Option<Value>| -> PyResult<Option<i64>> {
        match v {
            Some(x) if !ouro_objects::none::is_none(&x) => Ok(Some(int_arg(&x)?)),
            _ => Ok(None),
        }
    };
    let count = usize::try_from(int_arg(&count.expect("required"))?)
        .map_err(|_| ouro_objects::err::value_error("negative value not allowed"))?;
    let n = sys::splice(
        c_int(&src.expect("required"))?,
        offset(offset_src)?,
        c_int(&dst.expect("required"))?,
        offset(offset_dst)?,
        count,
        flags.as_ref().map_or(Ok(0), c_int)? as u32,
    )
    .map_err(os_err)?;
    Ok(int::from_usize(n))
}
