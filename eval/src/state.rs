//! Per-thread interpreter state that outlives single frames: the exception being handled (`sys.exception()`), the `builtins` module and the exit hook (`atexit`).

use std::cell::{Cell, RefCell};

use ouro_objects::Value;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult};
use ouro_objects::exceptions::BaseException;
use ouro_objects::str::intern;

thread_local! {
    static HANDLED: RefCell<Option<Value>> = const { RefCell::new(None) };
}

ouro_objects::gil_shared! {
    static BUILTINS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static EXIT_HOOK: Cell<Option<fn()>> = const { Cell::new(None) };
    /// Set once the exit hook has run: the interpreter is finalizing.
    static FINALIZING: Cell<bool> = const { Cell::new(false) };
}

/// Installs what runs at interpreter exit (`atexit`'s callbacks, installed
/// when that module is first created: `_PyAtExit_Call`).
pub fn set_exit_hook(hook: fn()) {
    EXIT_HOOK.with(|h| h.set(Some(hook)));
}

/// Runs the exit hook, if any, once the program has finished.
pub fn run_exit_hook() {
    if let Some(hook) = EXIT_HOOK.with(|h| h.get()) {
        hook();
    }
    FINALIZING.with(|f| f.set(true));
}

/// `sys.is_finalizing()`: true after the `atexit` callbacks ran, as in
/// `Py_FinalizeEx`.
pub fn is_finalizing() -> bool {
    FINALIZING.with(Cell::get)
}

/// Replaces the exception being handled, returning the previous one.
pub fn swap_handled(exc: Option<Value>) -> Option<Value> {
    HANDLED.with(|h| std::mem::replace(&mut *h.borrow_mut(), exc))
}

/// The exception being handled (`sys.exception()`).
pub fn handled() -> Option<Value> {
    HANDLED.with(|h| h.borrow().clone())
}

/// Sets a newly raised exception's `__context__` to the one being handled
/// (`_PyErr_SetObject`'s chaining), never making a cycle.
pub fn chain_context(e: &PyErr) {
    let Some(current) = handled() else { return };
    let exc = e.value();
    if current.is(exc) {
        return;
    }
    let Some(be) = exc.downcast::<BaseException>() else {
        return;
    };
    if be.context().is_some() {
        return;
    }
    // Break a cycle: if `exc` is already in current's context chain, cut it there.
    let mut o = current.clone();
    while let Some(ob) = o.downcast::<BaseException>() {
        let Some(ctx) = ob.context() else { break };
        if ctx.is(exc) {
            ob.set_context(None);
            break;
        }
        o = ctx;
    }
    be.set_context(Some(current));
}

pub fn set_builtins(module: Value) {
    ouro_objects::module::set_builtins_module(module.clone());
    BUILTINS.with(|b| *b.borrow_mut() = Some(module));
}

/// The `builtins` module.
pub fn builtins_module() -> Value {
    BUILTINS
        .with(|b| b.borrow().clone())
        .expect("builtins initialised")
}

/// The builtins a frame with these globals uses: `globals['__builtins__']`
/// (a module or a dict), else the interpreter's.
pub fn builtins_for(globals: &Value) -> PyResult<Value> {
    let module = builtins_module();
    let b = globals
        .downcast::<Dict>()
        .and_then(|g| g.get_str(&intern("__builtins__")));
    let b = match b {
        Some(b) => b,
        None => {
            if let Some(g) = globals.downcast::<Dict>() {
                g.set_str("__builtins__", module.clone());
            }
            module
        }
    };
    Ok(match b.downcast::<ouro_objects::module::Module>() {
        Some(m) => m.dict.clone(),
        None => b,
    })
}
