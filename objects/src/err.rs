//! `PyErr` (a raised exception instance) and `PyResult`, with constructors for the common CPython errors.

use crate::core::{PyObj, Value};
use crate::exceptions;
use crate::typeobj::TypeObject;

/// A raised exception: always a normalized exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(Value);

pub type PyResult<T = Value> = Result<T, PyErr>;

impl PyErr {
    /// `PyErr_SetString(ty, msg)`.
    pub fn new(ty: &'static PyObj<TypeObject>, msg: impl Into<String>) -> PyErr {
        PyErr(exceptions::new_exception(ty, &msg.into()))
    }

    /// An exception of type `ty` with no arguments (`PyErr_SetNone`).
    pub fn empty(ty: &'static PyObj<TypeObject>) -> PyErr {
        PyErr(exceptions::new_exception_args(
            ty,
            crate::tuple::Tuple::empty(),
        ))
    }

    /// Wraps an exception instance (the caller checked it is one).
    pub fn from_instance(exc: Value) -> PyErr {
        PyErr(exc)
    }

    pub fn value(&self) -> &Value {
        &self.0
    }

    pub fn into_value(self) -> Value {
        self.0
    }

    /// Whether the exception is an instance of `ty` (or a subclass).
    pub fn matches(&self, ty: &'static PyObj<TypeObject>) -> bool {
        self.0.type_obj().payload().is_subtype(ty.payload())
    }
}

/// `TypeError(msg)`.
pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exceptions::TYPE_ERROR, msg)
}

/// `ValueError(msg)`.
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exceptions::VALUE_ERROR, msg)
}

/// `OverflowError(msg)`.
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exceptions::OVERFLOW_ERROR, msg)
}

/// `IndexError(msg)`.
pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exceptions::INDEX_ERROR, msg)
}

/// `ZeroDivisionError(msg)`.
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exceptions::ZERO_DIVISION_ERROR, msg)
}

/// `RuntimeError(msg)`.
pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exceptions::RUNTIME_ERROR, msg)
}

/// `KeyError(key)`: the key itself is the argument.
pub fn key_error(key: Value) -> PyErr {
    PyErr::from_instance(exceptions::new_exception_args(
        &exceptions::KEY_ERROR,
        crate::tuple::Tuple::new(vec![key]),
    ))
}

/// `SystemError(msg)`: an internal inconsistency reported to Python.
pub fn system_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exceptions::SYSTEM_ERROR, msg)
}

/// The interpreter's `PyErr_FormatUnraisable`: reports an exception nobody
/// can catch under a "`message`:" heading.
pub type UnraisableHook = fn(&PyErr, &str);

crate::gil_shared! {
    static UNRAISABLE_HOOK: std::cell::Cell<Option<UnraisableHook>> = const { std::cell::Cell::new(None) };
}

/// Installs the interpreter's unraisable-exception reporter.
pub fn set_unraisable_hook(hook: UnraisableHook) {
    UNRAISABLE_HOOK.with(|h| h.set(Some(hook)));
}

/// `PyErr_FormatUnraisable(message)` (weakref callbacks, `atexit`); without
/// an interpreter (unit tests) the message alone goes to stderr.
pub fn write_unraisable(e: &PyErr, message: &str) {
    match UNRAISABLE_HOOK.get() {
        Some(hook) => hook(e, message),
        None => eprintln!("{message}:"),
    }
}
