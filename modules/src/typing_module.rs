//! `_typing`: the native pieces `typing.py` imports (`TypeVar` & co., `Generic`, `TypeAliasType`, `Union`, `NoDefault`, `_idfunc`); mirrors Modules/_typingmodule.c over the types in `ouro_eval::typevar` and `ouro_eval::typing`.

use ouro_eval::native_module::ModuleDef;
use ouro_eval::typevar;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::PyResult;
use ouro_objects::module::Module;
use ouro_objects::{TypeRef, Value};

/// `_idfunc(x)`: `x` itself (what `typing.NewType` instances call).
fn idfunc(_m: &Value, args: Args) -> PyResult {
    Ok(args.one("_typing._idfunc")?.clone())
}

/// Binds the types under their short names (their `__name__` is dotted).
fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    for (name, ty) in [
        ("TypeVar", &typevar::TYPEVAR_TYPE),
        ("ParamSpec", &typevar::PARAMSPEC_TYPE),
        ("ParamSpecArgs", &typevar::PARAMSPEC_ARGS_TYPE),
        ("ParamSpecKwargs", &typevar::PARAMSPEC_KWARGS_TYPE),
        ("TypeVarTuple", &typevar::TYPEVARTUPLE_TYPE),
        ("Generic", &ouro_eval::typing::GENERIC_TYPE),
        ("TypeAliasType", &ouro_eval::typing::TYPEALIAS_TYPE),
        ("Union", &ouro_objects::union::UNION_TYPE),
    ] {
        m.set(name, TypeRef::from_static(ty).into_value());
    }
    m.set("NoDefault", typevar::NO_DEFAULT.value());
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_typing",
    doc: "Primitives and accelerators for the typing module.\n",
    functions: &[MethodDef::new(
        "_idfunc",
        idfunc,
        "_idfunc($module, x, /)\n--\n\n",
    )],
    types: ModuleDef::no_types,
    init,
};
