//! The `_sysconfig` module: `config_vars()`, the build variables `sysconfig` cannot read from a Makefile; mirrors Modules/_sysconfig.c (non-Windows build).

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::PyResult;
use ouro_objects::{Value, int};

/// `config_vars()`: a new dict of `Py_GIL_DISABLED` and `Py_DEBUG`, both 0
/// (Ouro has one interpreter lock and is not a debug build).
fn config_vars(_m: &Value, args: Args) -> PyResult {
    args.none("_sysconfig.config_vars")?;
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    dict.set_str("Py_GIL_DISABLED", int::from_i64(0));
    dict.set_str("Py_DEBUG", int::from_i64(0));
    Ok(d)
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_sysconfig",
    doc: "A helper for the sysconfig module.",
    functions: &[MethodDef::new(
        "config_vars",
        config_vars,
        "config_vars($module, /)\n--\n\nReturns a dictionary containing build variables intended to be exposed by sysconfig.",
    )],
    types: ModuleDef::no_types,
    init: ModuleDef::no_init,
};
