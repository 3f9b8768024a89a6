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
    args.none("pipe")?;
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
