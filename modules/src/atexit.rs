//! `atexit`: callbacks registered to run at interpreter exit, last registered first; mirrors Modules/atexitmodule.c.

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::none::none;
use ouro_objects::protocol;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, int};

/// One registration: the function, its positional arguments and its
/// keyword arguments as (names tuple, values).
#[derive(Clone)]
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Option<Value>,
}

ouro_objects::gil_shared! {
    static CALLBACKS: RefCell<Vec<Callback>> = const { RefCell::new(Vec::new()) };
}

/// `atexit.register(func, *args, **kwargs)`: returns `func`.
fn register(_m: &Value, args: Args) -> PyResult {
    let positional = args.positional();
    let Some(func) = positional.first() else {
        return Err(type_error("register() takes at least 1 argument (0 given)"));
    };
    if func.type_obj().payload().slots.call.get().is_none() {
        return Err(type_error("the first argument must be callable"));
    }
    let mut call_args = positional[1..].to_vec();
    let keywords = args.keywords();
    let kwnames = if keywords.is_empty() {
        None
    } else {
        let (names, values): (Vec<Value>, Vec<Value>) = keywords.into_iter().unzip();
        call_args.extend(values);
        Some(Tuple::new(names))
    };
    CALLBACKS.with(|c| {
        c.borrow_mut().push(Callback {
            func: func.clone(),
            args: call_args,
            kwnames,
        })
    });
    Ok(func.clone())
}

/// `atexit.unregister(func)`: removes every registration of a function
/// equal to `func`.
fn unregister(_m: &Value, args: Args) -> PyResult {
    let func = args.one("atexit.unregister")?;
    // The list is taken out while `__eq__` (Python code) runs; what that
    // code registers meanwhile goes after the kept callbacks.
    let list = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    let mut kept = Vec::with_capacity(list.len());
    let mut result = Ok(none());
    for cb in list {
        if result.is_ok() {
            match protocol::eq(&cb.func, func) {
                Ok(true) => continue,
                Ok(false) => {}
                Err(e) => result = Err(e),
            }
        }
        kept.push(cb);
    }
    CALLBACKS.with(|c| {
        let mut list = c.borrow_mut();
        let added = std::mem::replace(&mut *list, kept);
        list.extend(added);
    });
    result
}

/// `atexit_callfuncs`: runs and forgets the callbacks, last registered
/// first; an exception is reported and the others still run.
pub fn run_exitfuncs() {
    // As `atexit_callfuncs`: the callbacks registered when the run starts,
    // newest first, even those a callback unregisters; the list is emptied
    // afterwards, dropping any a callback registered meanwhile.
    let callbacks = CALLBACKS.with(|c| c.borrow().clone());
    for cb in callbacks.iter().rev() {
        if let Err(e) = protocol::call(&cb.func, &cb.args, cb.kwnames.as_ref()) {
            let what = protocol::repr_string(&cb.func).unwrap_or_else(|_| "<object>".into());
            ouro_objects::err::write_unraisable(
                &e,
                &format!("Exception ignored in atexit callback {what}"),
            );
        }
    }
    let registered = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(registered);
    drop(callbacks);
}

fn run_exitfuncs_fn(_m: &Value, args: Args) -> PyResult {
    args.none("_run_exitfuncs")?;
    run_exitfuncs();
    Ok(none())
}

fn clear(_m: &Value, args: Args) -> PyResult {
    args.none("_clear")?;
    let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
    Ok(none())
}

fn ncallbacks(_m: &Value, args: Args) -> PyResult {
    args.none("_ncallbacks")?;
    Ok(int::from_i64(CALLBACKS.with(|c| c.borrow().len()) as i64))
}

/// Creating the module installs the exit hook that runs the callbacks.
fn init(_module: &Value) -> PyResult<()> {
    ouro_eval::state::set_exit_hook(run_exitfuncs);
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "atexit",
    doc: "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n",
    functions: &[
        MethodDef::new(
            "register",
            register,
            "register($module, func, /, *args, **kwargs)\n--\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.",
        ),
        MethodDef::new(
            "unregister",
            unregister,
            "unregister($module, func, /)\n--\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered",
        ),
        MethodDef::new(
            "_run_exitfuncs",
            run_exitfuncs_fn,
            "_run_exitfuncs($module, /)\n--\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.",
        ),
        MethodDef::new(
            "_clear",
            clear,
            "_clear($module, /)\n--\n\nClear the list of previously registered exit functions.",
        ),
        MethodDef::new(
            "_ncallbacks",
            ncallbacks,
            "_ncallbacks($module, /)\n--\n\nReturn the number of registered exit functions.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
