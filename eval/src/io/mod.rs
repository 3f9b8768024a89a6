//! The `_io` module: `open`, the I/O class hierarchy and the standard streams; mirrors Modules/_io/_iomodule.c. It lives in `eval`, not `modules`, because `sys` (here) builds `sys.stdout` from it and `modules` depends on `eval`.

pub mod buffered;
pub mod bytesio;
pub mod fileio;
pub mod iobase;
pub mod newlines;
pub mod stringio;
pub mod textio;

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::core::PyObj;
use ouro_objects::descr::{BuiltinFunction, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{TypeRef, Value, bool as pybool, int, protocol};

/// `io.DEFAULT_BUFFER_SIZE` (128 KiB since 3.14).
pub const DEFAULT_BUFFER_SIZE: usize = 128 * 1024;

ouro_objects::gil_shared! {
    static UNSUPPORTED_OPERATION: RefCell<Option<Value>> = const { RefCell::new(None) };
    static IO_MODULE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The `_io` module, built on first use (`sys` and `builtins` share it).
pub fn module() -> Value {
    IO_MODULE.with(|m| m.borrow_mut().get_or_insert_with(make_module).clone())
}

/// Every `_io` type, bases first, for `typeobj::ready`.
pub fn types() -> [&'static PyObj<TypeObject>; 13] {
    [
        &iobase::IO_BASE_TYPE,
        &iobase::RAW_IO_BASE_TYPE,
        &iobase::BUFFERED_IO_BASE_TYPE,
        &iobase::TEXT_IO_BASE_TYPE,
        &fileio::FILE_IO_TYPE,
        &buffered::BUFFERED_READER_TYPE,
        &buffered::BUFFERED_WRITER_TYPE,
        &buffered::BUFFERED_RANDOM_TYPE,
        &buffered::BUFFERED_RW_PAIR_TYPE,
        &bytesio::BYTES_IO_TYPE,
        &stringio::STRING_IO_TYPE,
        &textio::TEXT_IO_WRAPPER_TYPE,
        &newlines::NEWLINE_DECODER_TYPE,
    ]
}

/// `io.UnsupportedOperation`, a subclass of both `OSError` and `ValueError`, made once.
fn unsupported_operation() -> Value {
    UNSUPPORTED_OPERATION.with(|u| {
        u.borrow_mut()
            .get_or_insert_with(|| {
                let bases = Tuple::new(vec![
                    TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
                    TypeRef::from_static(&exceptions::VALUE_ERROR).into_value(),
                ]);
                let ns = Dict::new_value();
                ns.downcast::<Dict>()
                    .expect("dict")
                    .set_str("__module__", PyStr::new("io"));
                protocol::call(
                    &TypeRef::from_static(&ouro_objects::typeobj::TYPE_TYPE).into_value(),
                    &[PyStr::new("UnsupportedOperation"), bases, ns],
                    None,
                )
                .expect("UnsupportedOperation is a valid class")
            })
            .clone()
    })
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> PyErr {
    match protocol::call1(&unsupported_operation(), PyStr::new(msg)) {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// The `OSError` subclass for a failed system call, with CPython's errno,
/// strerror and filename.
pub fn os_error(e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::new(&exceptions::OS_ERROR, e.to_string());
    };
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text);
    let mut args = vec![int::from_i64(i64::from(errno)), PyStr::new(strerror)];
    args.extend(filename.cloned());
    match protocol::call(
        &TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
        &args,
        None,
    ) {
        Ok(exc) => PyErr::from_instance(exc),
        Err(err) => err,
    }
}

/// Raises `ValueError` if `obj.closed` is true (`_PyIOBase_check_closed`).
pub fn check_closed(obj: &Value) -> PyResult<()> {
    let closed = protocol::getattr_str(obj, "closed")?;
    if protocol::is_true(&closed)? {
        return Err(closed_error());
    }
    Ok(())
}

/// A `size` argument: `None` or negative means "all".
pub fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(x) if is_none(x) => Ok(None),
        Some(x) => {
            if !protocol::has_index(x) {
                return Err(type_error(format!(
                    "argument should be integer or None, not '{}'",
                    protocol::type_name(x)
                )));
            }
            let n = protocol::index_as_isize_clamped(x)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

/// A zeroed buffer of `n` bytes, or `MemoryError` if it cannot be had.
pub fn zeroed(n: usize) -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(n)
        .map_err(|_| PyErr::empty(&exceptions::MEMORY_ERROR))?;
    buf.resize(n, 0);
    Ok(buf)
}

/// Grows `buf` to `len` items, or `MemoryError` (a write far past the end).
pub fn grow<T: Clone + Default>(buf: &mut Vec<T>, len: usize) -> PyResult<()> {
    if len > buf.len() {
        buf.try_reserve(len - buf.len())
            .map_err(|_| PyErr::empty(&exceptions::MEMORY_ERROR))?;
        buf.resize(len, T::default());
    }
    Ok(())
}

/// `obj.<name> = value` (the attributes CPython keeps in an I/O object's `__dict__`).
pub fn set_attr(obj: &Value, name: &str, value: Value) -> PyResult<()> {
    protocol::setattr(obj, &intern(name), Some(&value))
}

/// Which of create/read/write/append a mode string asks for, and whether it updates.
struct OpenMode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_open_mode(mode: &str) -> PyResult<OpenMode> {
    let mut m = OpenMode {
        creating: false,
        reading: false,
        writing: false,
        appending: false,
        updating: false,
        text: false,
        binary: false,
    };
    let invalid = || value_error(format!("invalid mode: '{mode}'"));
    for (i, c) in mode.char_indices() {
        if !"rwxab+t".contains(c) || mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
        match c {
            'x' => m.creating = true,
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            '+' => m.updating = true,
            't' => m.text = true,
            _ => m.binary = true,
        }
    }
    if m.text && m.binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.creating, m.reading, m.writing, m.appending]
        .iter()
        .filter(|b| **b)
        .count();
    if kinds > 1 {
        return Err(value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
fn io_open(_m: &Value, args: Args) -> PyResult {
    let [
        file,
        mode,
        buffering,
        encoding,
        errors,
        newline,
        closefd,
        opener,
    ] = args.parse(
        "open",
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        0,
        1,
        8,
    )?;
    let file = file.expect("required");
    let mode_text = match &mode {
        None => "r".to_string(),
        Some(m) => match m.downcast::<PyStr>() {
            Some(s) => s.to_string_lossy(),
            None => {
                return Err(type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    protocol::type_name(m)
                )));
            }
        },
    };
    if ouro_objects::float::as_f64(&file).is_some() && !int::is_int(&file) {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            protocol::type_name(&file)
        )));
    }
    for (v, what) in [
        (&encoding, "encoding"),
        (&errors, "errors"),
        (&newline, "newline"),
    ] {
        if let Some(x) = v
            .as_ref()
            .filter(|x| !is_none(x) && x.downcast::<PyStr>().is_none())
        {
            return Err(type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                protocol::type_name(x)
            )));
        }
    }
    let m = parse_open_mode(&mode_text)?;
    let given = |v: &Option<Value>| v.as_ref().is_some_and(|x| !is_none(x));
    if m.binary {
        for (v, what) in [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ] {
            if given(v) {
                return Err(value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    }
    let mut buffering = match &buffering {
        Some(b) => int::to_i64(&protocol::index(b)?).unwrap_or(i64::MAX),
        None => -1,
    };
    if m.binary && buffering == 1 {
        ouro_objects::warnings::warn(
            &exceptions::RUNTIME_WARNING,
            "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
            1,
        )?;
    }
    let rawmode = format!(
        "{}{}",
        if m.creating {
            "x"
        } else if m.reading {
            "r"
        } else if m.writing {
            "w"
        } else {
            "a"
        },
        if m.updating { "+" } else { "" }
    );
    let file_io = TypeRef::from_static(&fileio::FILE_IO_TYPE).into_value();
    let raw = protocol::call(
        &file_io,
        &[
            file,
            PyStr::new(&rawmode),
            closefd.unwrap_or_else(|| pybool::py_bool(true)),
            opener.unwrap_or_else(none),
        ],
        None,
    )?;
    let wrapped = (|| {
        let mut line_buffering = false;
        if buffering == 1
            || (buffering < 0 && protocol::is_true(&protocol::call_method(&raw, "isatty", &[])?)?)
        {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            buffering = DEFAULT_BUFFER_SIZE as i64;
        }
        if buffering == 0 {
            if m.binary {
                return Ok(raw.clone());
            }
            return Err(value_error("can't have unbuffered text I/O"));
        }
        let buffer_type = if m.updating {
            &buffered::BUFFERED_RANDOM_TYPE
        } else if m.reading {
            &buffered::BUFFERED_READER_TYPE
        } else {
            &buffered::BUFFERED_WRITER_TYPE
        };
        let buffer = protocol::call(
            &TypeRef::from_static(buffer_type).into_value(),
            &[raw.clone(), int::from_i64(buffering)],
            None,
        )?;
        if m.binary {
            return Ok(buffer);
        }
        let wrapper = protocol::call(
            &TypeRef::from_static(&textio::TEXT_IO_WRAPPER_TYPE).into_value(),
            &[
                buffer,
                encoding.clone().unwrap_or_else(none),
                errors.clone().unwrap_or_else(none),
                newline.clone().unwrap_or_else(none),
                pybool::py_bool(line_buffering),
            ],
            None,
        )?;
        set_attr(&wrapper, "mode", PyStr::new(&mode_text))?;
        Ok(wrapper)
    })();
    if wrapped.is_err() {
        let _ = protocol::call_method(&raw, "close", &[]);
    }
    wrapped
}

/// `text_encoding(encoding, stacklevel=2)`: `"locale"` for `None`.
fn io_text_encoding(_m: &Value, args: Args) -> PyResult {
    let [encoding, _stacklevel] =
        args.parse("text_encoding", ["encoding", "stacklevel"], 2, 1, 2)?;
    let encoding = encoding.expect("required");
    Ok(if is_none(&encoding) {
        PyStr::new("locale")
    } else {
        encoding
    })
}

/// `open_code(path)`: the file opened for reading in binary mode.
fn io_open_code(m: &Value, args: Args) -> PyResult {
    let [path] = args.parse("open_code", ["path"], 0, 1, 1)?;
    let path = path.expect("required");
    if path.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            protocol::type_name(&path)
        )));
    }
    io_open(m, Args::new(&[path, PyStr::new("rb")], None))
}

static OPEN_DEF: MethodDef = MethodDef::new(
    "open",
    io_open,
    "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\nOpen file and return a stream.  Raise OSError upon failure.",
);

static IO_FUNCTIONS: &[MethodDef] = &[
    MethodDef::new(
        "text_encoding",
        io_text_encoding,
        "text_encoding($module, encoding, stacklevel=2, /)\n--\n\nA helper function to choose the text encoding.",
    ),
    MethodDef::new(
        "open_code",
        io_open_code,
        "open_code($module, /, path)\n--\n\nOpens the provided file with the intent to import the contents.",
    ),
];

/// Builds the `_io` module; `builtins.open` is its `open`.
fn make_module() -> Value {
    let m = Module::new("_io");
    let module = m.downcast::<Module>().expect("module");
    let name = PyStr::new("_io");
    module.set(
        "__doc__",
        PyStr::new("The io module provides the Python interfaces to stream handling."),
    );
    module.set(
        "open",
        BuiltinFunction::module_function(&OPEN_DEF, m.clone(), name.clone()),
    );
    for def in IO_FUNCTIONS {
        module.set(
            def.name,
            BuiltinFunction::module_function(def, m.clone(), name.clone()),
        );
    }
    for ty in types() {
        module.set(&ty.payload().name(), TypeRef::from_static(ty).into_value());
    }
    module.set("DEFAULT_BUFFER_SIZE", int::from_usize(DEFAULT_BUFFER_SIZE));
    module.set("UnsupportedOperation", unsupported_operation());
    module.set(
        "BlockingIOError",
        TypeRef::from_static(&exceptions::BLOCKING_IO_ERROR).into_value(),
    );
    m
}

/// `sys.stdin`, `sys.stdout`, `sys.stderr`: text wrappers over buffered
/// `FileIO`s on fds 0, 1 and 2, or `None` for a descriptor that is not open
/// (mirrors `create_stdio` in Python/pylifecycle.c).
pub fn std_streams() -> [Value; 3] {
    // `-u` or `PYTHONUNBUFFERED`: output goes straight to the raw file.
    let unbuffered = crate::config::get().unbuffered;
    let stream = |fd: i64, name: &str, errors: &str| -> PyResult {
        let writing = fd != 0;
        let raw = protocol::call(
            &TypeRef::from_static(&fileio::FILE_IO_TYPE).into_value(),
            &[
                int::from_i64(fd),
                PyStr::new(if writing { "wb" } else { "rb" }),
                pybool::py_bool(false),
            ],
            None,
        )?;
        set_attr(&raw, "name", PyStr::new(name))?;
        let tty = protocol::is_true(&protocol::call_method(&raw, "isatty", &[])?)?;
        let buffer_type = if writing {
            &buffered::BUFFERED_WRITER_TYPE
        } else {
            &buffered::BUFFERED_READER_TYPE
        };
        let buffer = if writing && unbuffered {
            raw
        } else {
            protocol::call1(&TypeRef::from_static(buffer_type).into_value(), raw)?
        };
        let line_buffering = writing && !unbuffered && (tty || fd == 2);
        let wrapper = protocol::call(
            &TypeRef::from_static(&textio::TEXT_IO_WRAPPER_TYPE).into_value(),
            &[
                buffer,
                PyStr::new("utf-8"),
                PyStr::new(errors),
                none(),
                pybool::py_bool(line_buffering),
                pybool::py_bool(writing && unbuffered),
            ],
            None,
        )?;
        set_attr(
            &wrapper,
            "mode",
            PyStr::new(if writing { "w" } else { "r" }),
        )?;
        Ok(wrapper)
    };
    [
        (0, "<stdin>", "strict"),
        (1, "<stdout>", "strict"),
        (2, "<stderr>", "backslashreplace"),
    ]
    .map(|(fd, name, errors)| stream(fd, name, errors).unwrap_or_else(|_| none()))
}
