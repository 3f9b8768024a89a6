//! Path and descriptor arguments of `posix` functions and the `OSError`s they raise; mirrors `path_converter`, `fildes_converter`, `dir_fd_converter` and `path_error` in Modules/posixmodule.c.

use ouro_objects::bytes::{self, Bytes};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::{TypeRef, Value, exceptions, int, protocol};

use super::sys::AT_FDCWD;

/// A converted `path_t`: the argument as given, its bytes (file system
/// encoding, surrogateescape), whether it was `bytes`, or a descriptor.
pub struct PathArg {
    pub object: Value,
    pub bytes: Vec<u8>,
    pub is_bytes: bool,
    pub fd: Option<i32>,
}

impl PathArg {
    /// A file name result in the argument's flavour: `bytes` for `bytes`
    /// paths, `str` otherwise.
    pub fn wrap(&self, name: &[u8]) -> Value {
        if self.is_bytes {
            bytes::new(name.to_vec())
        } else {
            fsdecode(name)
        }
    }
}

/// `os.fsencode` for `str`: UTF-8 with lone surrogates U+DC80..U+DCFF
/// standing for the undecodable bytes.
pub fn fsencode(s: &Value) -> PyResult<Vec<u8>> {
    let text = s.downcast::<PyStr>().expect("str");
    ouro_objects::codecs::encode(text, s, "utf-8", "surrogateescape")
}

/// `os.fsdecode` for bytes.
pub fn fsdecode(b: &[u8]) -> Value {
    match std::str::from_utf8(b) {
        Ok(s) => PyStr::new(s),
        Err(_) => {
            let cps: Vec<u32> = String::from_utf8_lossy(b).chars().map(u32::from).collect();
            ouro_objects::codecs::decode(b, "utf-8", "surrogateescape", &none())
                .unwrap_or_else(|_| PyStr::from_cps(&cps))
        }
    }
}

/// `os.fspath(obj)`: str and bytes as they are, else `__fspath__()`.
pub fn fspath(obj: &Value) -> PyResult {
    if obj.downcast::<PyStr>().is_some() || obj.downcast::<Bytes>().is_some() {
        return Ok(obj.clone());
    }
    let Some(p) = protocol::call_dunder(obj, "__fspath__", &[])? else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            protocol::type_name(obj)
        )));
    };
    if p.downcast::<PyStr>().is_none() && p.downcast::<Bytes>().is_none() {
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            protocol::type_name(obj),
            protocol::type_name(&p)
        )));
    }
    Ok(p)
}

/// How a function takes its path argument.
#[derive(Clone, Copy)]
pub struct PathSpec {
    pub func: &'static str,
    pub arg: &'static str,
    pub allow_fd: bool,
    pub nullable: bool,
}

impl PathSpec {
    pub const fn new(func: &'static str, arg: &'static str) -> PathSpec {
        PathSpec {
            func,
            arg,
            allow_fd: false,
            nullable: false,
        }
    }

    pub const fn fd(self) -> PathSpec {
        PathSpec {
            allow_fd: true,
            ..self
        }
    }

    pub const fn nullable(self) -> PathSpec {
        PathSpec {
            nullable: true,
            ..self
        }
    }
}

/// `path_converter`.
pub fn path_arg(v: &Value, spec: PathSpec) -> PyResult<PathArg> {
    let PathSpec {
        func,
        arg,
        allow_fd,
        nullable,
    } = spec;
    if nullable && is_none(v) {
        return Ok(PathArg {
            object: v.clone(),
            bytes: b".".to_vec(),
            is_bytes: false,
            fd: None,
        });
    }
    if allow_fd && int::is_int(v) {
        return Ok(PathArg {
            object: v.clone(),
            bytes: Vec::new(),
            is_bytes: false,
            fd: Some(fd_value(v)?),
        });
    }
    let converted = if v.downcast::<PyStr>().is_some() || v.downcast::<Bytes>().is_some() {
        v.clone()
    } else {
        match protocol::call_dunder(v, "__fspath__", &[])? {
            Some(p) if p.downcast::<PyStr>().is_some() || p.downcast::<Bytes>().is_some() => p,
            Some(p) => {
                return Err(type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    protocol::type_name(v),
                    protocol::type_name(&p)
                )));
            }
            None => {
                let allowed = match (allow_fd, nullable) {
                    (true, true) => "string, bytes, os.PathLike, integer or None",
                    (true, false) => "string, bytes, os.PathLike or integer",
                    (false, true) => "string, bytes, os.PathLike or None",
                    (false, false) => "string, bytes or os.PathLike",
                };
                return Err(type_error(format!(
                    "{func}: {arg} should be {allowed}, not {}",
                    ouro_objects::args::arg_type_name(v)
                )));
            }
        }
    };
    let (bytes, is_bytes) = match converted.downcast::<Bytes>() {
        Some(b) => (b.0.to_vec(), true),
        None => (fsencode(&converted)?, false),
    };
    if bytes.contains(&0) {
        return Err(value_error(format!(
            "{func}: embedded null character in {arg}"
        )));
    }
    Ok(PathArg {
        object: v.clone(),
        bytes,
        is_bytes,
        fd: None,
    })
}

/// A file descriptor argument (`fildes_converter` / `_PyLong_FileDescriptor_Converter`).
pub fn fd_value(v: &Value) -> PyResult<i32> {
    if ouro_objects::float::as_f64(v).is_some() && !int::is_int(v) {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = protocol::index(v)?;
    match int::to_i64(&n) {
        Some(n) if n < 0 => Err(value_error(format!("fd is less than 0"))),
        Some(n) if n > i64::from(i32::MAX) => Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "fd is greater than maximum",
        )),
        Some(n) => Ok(n as i32),
        None => Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C int",
        )),
    }
}

/// A plain C `int` argument (descriptors where CPython takes an `int`).
pub fn int_arg(v: &Value) -> PyResult<i64> {
    if ouro_objects::float::as_f64(v).is_some() && !int::is_int(v) {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = protocol::index(v)?;
    int::to_i64(&n).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C long",
        )
    })
}

/// A `dir_fd` argument: None (the default) is `AT_FDCWD`.
pub fn dir_fd_arg(v: Option<&Value>) -> PyResult<i32> {
    match v {
        None => Ok(AT_FDCWD),
        Some(x) if is_none(x) => Ok(AT_FDCWD),
        Some(x) if int::is_int(x) => fd_value(x),
        Some(x) => Err(type_error(format!(
            "argument should be integer or None, not {}",
            ouro_objects::args::arg_type_name(x)
        ))),
    }
}

/// A boolean keyword (`follow_symlinks=True`).
pub fn flag_arg(v: Option<&Value>, default: bool) -> PyResult<bool> {
    v.map_or(Ok(default), protocol::is_true)
}

/// `OSError(errno, strerror[, filename[, None, filename2]])`: the subclass
/// for the errno (FileNotFoundError, ...) comes from OSError's constructor.
pub fn os_error_errno(errno: i32, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    let mut args = vec![
        int::from_i64(i64::from(errno)),
        PyStr::new(&strerror(errno)),
    ];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(none());
            args.push(f2.clone());
        }
    }
    match protocol::call(
        &TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
        &args,
        None,
    ) {
        Ok(exc) => PyErr::from_instance(exc),
        Err(err) => err,
    }
}

/// The `OSError` for a failed call.
pub fn os_error(e: &std::io::Error, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    match e.raw_os_error() {
        Some(errno) => os_error_errno(errno, filename, filename2),
        None => PyErr::new(&exceptions::OS_ERROR, e.to_string()),
    }
}

/// The error of a call on `path` (filename is the argument as given).
pub fn path_error(e: &std::io::Error, path: &PathArg) -> PyErr {
    os_error(e, Some(&path.object), None)
}

/// `strerror(errno)`, as the C library words it.
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.strip_suffix(&format!(" (os error {errno})")) {
        Some(s) => s.to_string(),
        None => text,
    }
}
