//! Warnings raised by object code: delivered through a hook the interpreter installs (the `warnings` machinery needs frames and the `warnings` module).

use std::cell::Cell;

use crate::core::PyObj;
use crate::err::PyResult;
use crate::exceptions;
use crate::typeobj::TypeObject;

/// Issues a warning of `category`; an error when warnings are errors.
pub type WarnHook = fn(&'static PyObj<TypeObject>, &str, usize) -> PyResult<()>;

crate::gil_shared! {
    static HOOK: Cell<Option<WarnHook>> = const { Cell::new(None) };
}

pub fn set_hook(hook: WarnHook) {
    HOOK.with(|h| h.set(Some(hook)));
}

/// `PyErr_WarnEx(category, msg, stacklevel)`.
pub fn warn(category: &'static PyObj<TypeObject>, msg: &str, stacklevel: usize) -> PyResult<()> {
    match HOOK.with(Cell::get) {
        Some(hook) => hook(category, msg, stacklevel),
        None => {
            eprintln!("{}: {msg}", category.payload().name());
            Ok(())
        }
    }
}

pub fn deprecation(msg: &str) -> PyResult<()> {
    warn(&exceptions::DEPRECATION_WARNING, msg, 1)
}
