//! The `fcntl` module: `fcntl`, `ioctl`, `flock` and `lockf` on descriptors, with the Linux `F_*`/`LOCK_*` constants; mirrors Modules/fcntlmodule.c.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bytearray::ByteArray;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, bytes, int, protocol};

use crate::posix::os_error;
use crate::select::file_descriptor;
use crate::unix;

fn os_err(e: std::io::Error) -> PyErr {
    os_error(&e)
}

/// Whether `v` has `__index__` (`PyIndex_Check`).
fn is_index(v: &Value) -> PyResult<bool> {
    Ok(int::is_int(v)
        || protocol::getattr_opt(&v.type_value(), &PyStr::new("__index__"))?.is_some())
}

/// A str (UTF-8) or bytes-like argument's bytes (`s*`).
fn buffer_arg(v: &Value) -> Option<Vec<u8>> {
    if let Some(s) = v.downcast::<PyStr>() {
        return Some(s.to_wtf8());
    }
    bytes::as_bytes_like(v)
}

fn bad_arg3(fname: &str, v: &Value) -> PyErr {
    type_error(format!(
        "{fname}() argument 3 must be an integer, a bytes-like object, or a string, not {}",
        protocol::type_name(v)
    ))
}

/// The `I` format: any int, its low 32 bits.
fn unsigned_int_bits(v: &Value) -> PyResult<u32> {
    let n = protocol::index(v)?;
    let b = int::as_int(&n).expect("an int").to_bigint().into_owned();
    let (_, digits) = b.to_u32_digits();
    let low = digits.first().copied().unwrap_or(0);
    Ok(if b.sign() == num_bigint::Sign::Minus {
        low.wrapping_neg()
    } else {
        low
    })
}

fn fcntl(_m: &Value, args: Args) -> PyResult {
    let a = args.range("fcntl", "fcntl", 2, 3)?;
    let fd = file_descriptor(&a[0])?;
    let code = int::index_as_c_int(&a[1])?;
    let Some(arg) = a.get(2) else {
        return Ok(int::from_i64(i64::from(
            unix::fcntl_int(fd, code, 0).map_err(os_err)?,
        )));
    };
    if is_index(arg)? {
        let n = unsigned_int_bits(arg)? as i32;
        return Ok(int::from_i64(i64::from(
            unix::fcntl_int(fd, code, n).map_err(os_err)?,
        )));
    }
    let data = buffer_arg(arg).ok_or_else(|| bad_arg3("fcntl", arg))?;
    let (_, out) = unix::fcntl_buf(fd, code, &data).map_err(os_err)?;
    Ok(bytes::new(out))
}

/// `unsigned_long(bitwise=True)`: any int, its low 64 bits.
fn request_code(v: &Value) -> PyResult<u64> {
    if !is_index(v)? {
        return Err(type_error(format!(
            "ioctl() argument 2 must be int, not {}",
            protocol::type_name(v)
        )));
    }
    let n = protocol::index(v)?;
    let b = int::as_int(&n).expect("an int").to_bigint().into_owned();
    let (_, digits) = b.to_u64_digits();
    let low = digits.first().copied().unwrap_or(0);
    Ok(if b.sign() == num_bigint::Sign::Minus {
        low.wrapping_neg()
    } else {
        low
    })
}

fn ioctl(_m: &Value, args: Args) -> PyResult {
    let a = args.range("ioctl", "ioctl", 2, 4)?;
    let fd = file_descriptor(&a[0])?;
    let code = request_code(&a[1])?;
    let mutate = a.get(3).map_or(Ok(true), protocol::is_true)?;
    let Some(arg) = a.get(2) else {
        return Ok(int::from_i64(i64::from(
            unix::ioctl_int(fd, code, 0).map_err(os_err)?,
        )));
    };
    if is_index(arg)? {
        let n = int::index_as_c_int(arg)?;
        return Ok(int::from_i64(i64::from(
            unix::ioctl_int(fd, code, n).map_err(os_err)?,
        )));
    }
    if mutate && let Some(ba) = arg.downcast::<ByteArray>() {
        let data = ba.to_vec();
        let (r, out) = unix::ioctl_buf(fd, code, &data).map_err(os_err)?;
        ba.0.borrow_mut()
            .copy_from_slice(&out[..ba.0.borrow().len().min(out.len())]);
        return Ok(int::from_i64(i64::from(r)));
    }
    let data = buffer_arg(arg).ok_or_else(|| bad_arg3("ioctl", arg))?;
    let (_, out) = unix::ioctl_buf(fd, code, &data).map_err(os_err)?;
    Ok(bytes::new(out))
}

fn flock(_m: &Value, args: Args) -> PyResult {
    let a = args.range("flock", "flock", 2, 2)?;
    let fd = file_descriptor(&a[0])?;
    let code = int::index_as_c_int(&a[1])?;
    unix::flock(fd, code).map_err(os_err)?;
    Ok(none())
}

/// An `off_t` argument (`PyLong_AsLongLong`).
fn offset_arg(v: &Value) -> PyResult<i64> {
    let n = protocol::index(v)?;
    int::to_i64(&n).ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

fn lockf(_m: &Value, args: Args) -> PyResult {
    let a = args.range("lockf", "lockf", 2, 5)?;
    let fd = file_descriptor(&a[0])?;
    let code = int::index_as_c_int(&a[1])?;
    let kind = if code == libc::LOCK_UN {
        libc::F_UNLCK
    } else if code & libc::LOCK_SH != 0 {
        libc::F_RDLCK
    } else if code & libc::LOCK_EX != 0 {
        libc::F_WRLCK
    } else {
        return Err(value_error("unrecognized lockf argument"));
    };
    let len = a.get(2).map_or(Ok(0), offset_arg)?;
    let start = a.get(3).map_or(Ok(0), offset_arg)?;
    let whence = a.get(4).map_or(Ok(0), int::index_as_c_int)?;
    unix::set_lock(fd, code & libc::LOCK_NB == 0, kind, whence, start, len).map_err(os_err)?;
    Ok(none())
}

/// The module's constants with their Linux (x86-64) values.
const CONSTANTS: &[(&str, i64)] = &[
    ("DN_ACCESS", 1),
    ("DN_ATTRIB", 32),
    ("DN_CREATE", 4),
    ("DN_DELETE", 8),
    ("DN_MODIFY", 2),
    ("DN_MULTISHOT", 2147483648),
    ("DN_RENAME", 16),
    ("FASYNC", 8192),
    ("FD_CLOEXEC", 1),
    ("FICLONE", 1074041865),
    ("FICLONERANGE", 1075876877),
    ("F_ADD_SEALS", 1033),
    ("F_DUPFD", 0),
    ("F_DUPFD_CLOEXEC", 1030),
    ("F_EXLCK", 4),
    ("F_GETFD", 1),
    ("F_GETFL", 3),
    ("F_GETLEASE", 1025),
    ("F_GETLK", 5),
    ("F_GETLK64", 5),
    ("F_GETOWN", 9),
    ("F_GETOWN_EX", 16),
    ("F_GETPIPE_SZ", 1032),
    ("F_GETSIG", 11),
    ("F_GET_FILE_RW_HINT", 1037),
    ("F_GET_RW_HINT", 1035),
    ("F_GET_SEALS", 1034),
    ("F_NOTIFY", 1026),
    ("F_OFD_GETLK", 36),
    ("F_OFD_SETLK", 37),
    ("F_OFD_SETLKW", 38),
    ("F_OWNER_PGRP", 2),
    ("F_OWNER_PID", 1),
    ("F_OWNER_TID", 0),
    ("F_RDLCK", 0),
    ("F_SEAL_FUTURE_WRITE", 16),
    ("F_SEAL_GROW", 4),
    ("F_SEAL_SEAL", 1),
    ("F_SEAL_SHRINK", 2),
    ("F_SEAL_WRITE", 8),
    ("F_SETFD", 2),
    ("F_SETFL", 4),
    ("F_SETLEASE", 1024),
    ("F_SETLK", 6),
    ("F_SETLK64", 6),
    ("F_SETLKW", 7),
    ("F_SETLKW64", 7),
    ("F_SETOWN", 8),
    ("F_SETOWN_EX", 15),
    ("F_SETPIPE_SZ", 1031),
    ("F_SETSIG", 10),
    ("F_SET_FILE_RW_HINT", 1038),
    ("F_SET_RW_HINT", 1036),
    ("F_SHLCK", 8),
    ("F_UNLCK", 2),
    ("F_WRLCK", 1),
    ("LOCK_EX", 2),
    ("LOCK_MAND", 32),
    ("LOCK_NB", 4),
    ("LOCK_READ", 64),
    ("LOCK_RW", 192),
    ("LOCK_SH", 1),
    ("LOCK_UN", 8),
    ("LOCK_WRITE", 128),
    ("RWH_WRITE_LIFE_EXTREME", 5),
    ("RWH_WRITE_LIFE_LONG", 4),
    ("RWH_WRITE_LIFE_MEDIUM", 3),
    ("RWH_WRITE_LIFE_NONE", 1),
    ("RWH_WRITE_LIFE_NOT_SET", 0),
    ("RWH_WRITE_LIFE_SHORT", 2),
];

fn init(m: &Value) -> PyResult<()> {
    let module = m.downcast::<Module>().expect("module");
    for &(name, value) in CONSTANTS {
        module.set(name, int::from_i64(value));
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "fcntl",
    doc: "This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object.",
    functions: &[
        MethodDef::new(
            "fcntl",
            fcntl,
            "fcntl($module, fd, cmd, arg=0, /)\n--\n\nPerform the operation `cmd` on file descriptor fd.\n\nThe values used for `cmd` are operating system dependent, and are available\nas constants in the fcntl module, using the same names as used in\nthe relevant C header files.  The argument arg is optional, and\ndefaults to 0; it may be an int or a string.  If arg is given as a string,\nthe return value of fcntl is a string of that length, containing the\nresulting value put in the arg buffer by the operating system.  The length\nof the arg string is not allowed to exceed 1024 bytes.  If the arg given\nis an integer or if none is specified, the result value is an integer\ncorresponding to the return value of the fcntl call in the C code.",
        ),
        MethodDef::new(
            "ioctl",
            ioctl,
            "ioctl($module, fd, request, arg=0, mutate_flag=True, /)\n--\n\nPerform the operation `request` on file descriptor `fd`.",
        ),
        MethodDef::new(
            "flock",
            flock,
            "flock($module, fd, operation, /)\n--\n\nPerform the lock operation `operation` on file descriptor `fd`.\n\nSee the Unix manual page for flock(2) for details (On some systems, this\nfunction is emulated using fcntl()).",
        ),
        MethodDef::new(
            "lockf",
            lockf,
            "lockf($module, fd, cmd, len=0, start=0, whence=0, /)\n--\n\nA wrapper around the fcntl() locking calls.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
