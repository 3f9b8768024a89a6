//! `_opcode`: the instruction table's facts for `dis` and `opcode.py` (flags, stack effects, oparg names); mirrors Modules/_opcode.c over `ouro_bytecode::opcode`.

use ouro_bytecode::oparg::{BinaryOp, Intrinsic1, Intrinsic2, SpecialMethod};
use ouro_bytecode::opcode::{AnyOpcode, Flags};
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::code::Code;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, int, protocol};

/// The `opcode` argument of the `has_*` functions, as the table knows it.
fn opcode_arg(fname: &str, args: Args) -> PyResult<Option<AnyOpcode>> {
    let [opcode] = args.parse(fname, ["opcode"], 0, 1, 1)?;
    let n = int::index_as_c_int(&opcode.expect("required"))?;
    Ok(u32::try_from(n).ok().and_then(AnyOpcode::from_number))
}

fn has_flag(fname: &str, args: Args, flag: Flags) -> PyResult {
    Ok(py_bool(
        opcode_arg(fname, args)?.is_some_and(|op| op.flags().contains(flag)),
    ))
}

fn is_valid(_m: &Value, args: Args) -> PyResult {
    Ok(py_bool(opcode_arg("is_valid", args)?.is_some()))
}

fn has_arg(_m: &Value, args: Args) -> PyResult {
    has_flag("has_arg", args, Flags::ARG)
}

fn has_const(_m: &Value, args: Args) -> PyResult {
    has_flag("has_const", args, Flags::CONST)
}

fn has_name(_m: &Value, args: Args) -> PyResult {
    has_flag("has_name", args, Flags::NAME)
}

fn has_jump(_m: &Value, args: Args) -> PyResult {
    has_flag("has_jump", args, Flags::JUMP)
}

fn has_free(_m: &Value, args: Args) -> PyResult {
    has_flag("has_free", args, Flags::FREE)
}

fn has_local(_m: &Value, args: Args) -> PyResult {
    has_flag("has_local", args, Flags::LOCAL)
}

fn has_exc(_m: &Value, args: Args) -> PyResult {
    Ok(py_bool(
        opcode_arg("has_exc", args)?.is_some_and(AnyOpcode::is_block_push),
    ))
}

/// `stack_effect(opcode, oparg=None, /, *, jump=None)`.
fn stack_effect(_m: &Value, args: Args) -> PyResult {
    let [opcode, oparg, jump] = args.parse("stack_effect", ["opcode", "oparg", "jump"], 2, 1, 2)?;
    let opcode = int::index_as_c_int(&opcode.expect("required"))?;
    // `(int)PyLong_AsLong(oparg)`: a C long, then truncated to an int.
    let oparg = match oparg.filter(|o| !is_none(o)) {
        None => 0,
        Some(o) => int::to_i64(&protocol::index(&o)?)
            .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?
            as i32,
    };
    let jump = match jump {
        None => None,
        Some(j) if is_none(&j) => None,
        Some(j) if j.is(&py_bool(true)) => Some(true),
        Some(j) if j.is(&py_bool(false)) => Some(false),
        Some(_) => {
            return Err(value_error(
                "stack_effect: jump must be False, True or None",
            ));
        }
    };
    let effect = u32::try_from(opcode)
        .ok()
        .zip(u32::try_from(oparg).ok())
        .and_then(|(op, arg)| ouro_bytecode::opcode::stack_effect(op, arg, jump));
    match effect {
        Some(e) => Ok(int::from_i64(e)),
        None => Err(value_error("invalid opcode or oparg")),
    }
}

/// `None`: Ouro is not built with `--enable-pystats`.
fn get_specialization_stats(_m: &Value, args: Args) -> PyResult {
    args.none("get_specialization_stats")?;
    Ok(none())
}

fn names(items: impl Iterator<Item = &'static str>) -> Value {
    List::from_vec(items.map(PyStr::new).collect())
}

fn get_intrinsic1_descs(_m: &Value, args: Args) -> PyResult {
    args.none("get_intrinsic1_descs")?;
    Ok(names(Intrinsic1::ALL.iter().map(|i| i.name())))
}

fn get_intrinsic2_descs(_m: &Value, args: Args) -> PyResult {
    args.none("get_intrinsic2_descs")?;
    Ok(names(Intrinsic2::ALL.iter().map(|i| i.name())))
}

fn get_special_method_names(_m: &Value, args: Args) -> PyResult {
    args.none("get_special_method_names")?;
    Ok(names(SpecialMethod::ALL.iter().map(|s| s.name())))
}

/// `[(name, symbol), ...]` of `BINARY_OP`'s opargs.
fn get_nb_ops(_m: &Value, args: Args) -> PyResult {
    args.none("get_nb_ops")?;
    Ok(List::from_vec(
        BinaryOp::ALL
            .iter()
            .map(|op| Tuple::new(vec![PyStr::new(op.name()), PyStr::new(op.argrepr())]))
            .collect(),
    ))
}

/// `get_executor(code, offset)`: tier-2 executors are CPython's; Ouro's JIT
/// keeps its compiled code elsewhere, as a build without `_Py_TIER2` does.
fn get_executor(_m: &Value, args: Args) -> PyResult {
    let [code, offset] = args.parse("get_executor", ["code", "offset"], 0, 2, 2)?;
    int::index_as_c_int(&offset.expect("required"))?;
    let code = code.expect("required");
    if code.downcast::<Code>().is_none() {
        return Err(type_error(format!(
            "expected a code object, not '{}'",
            protocol::type_name(&code)
        )));
    }
    Err(PyErr::new(
        &exceptions::RUNTIME_ERROR,
        "Executors are not available in this build",
    ))
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    m.set("ENABLE_SPECIALIZATION", int::from_i64(1));
    m.set("ENABLE_SPECIALIZATION_FT", int::from_i64(1));
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_opcode",
    doc: "Opcode support module.",
    functions: &[
        MethodDef::new(
            "stack_effect",
            stack_effect,
            "stack_effect($module, opcode, oparg=None, /, *, jump=None)\n--\n\nCompute the stack effect of the opcode.",
        ),
        MethodDef::new(
            "is_valid",
            is_valid,
            "is_valid($module, /, opcode)\n--\n\nReturn True if opcode is valid, False otherwise.",
        ),
        MethodDef::new(
            "has_arg",
            has_arg,
            "has_arg($module, /, opcode)\n--\n\nReturn True if the opcode uses its oparg, False otherwise.",
        ),
        MethodDef::new(
            "has_const",
            has_const,
            "has_const($module, /, opcode)\n--\n\nReturn True if the opcode accesses a constant, False otherwise.",
        ),
        MethodDef::new(
            "has_name",
            has_name,
            "has_name($module, /, opcode)\n--\n\nReturn True if the opcode accesses an attribute by name, False otherwise.",
        ),
        MethodDef::new(
            "has_jump",
            has_jump,
            "has_jump($module, /, opcode)\n--\n\nReturn True if the opcode has a jump target, False otherwise.",
        ),
        MethodDef::new(
            "has_free",
            has_free,
            "has_free($module, /, opcode)\n--\n\nReturn True if the opcode accesses a free variable, False otherwise.\n\nNote that 'free' in this context refers to names in the current scope\nthat are referenced by inner scopes or names in outer scopes that are\nreferenced from this scope. It does not include references to global\nor builtin scopes.",
        ),
        MethodDef::new(
            "has_local",
            has_local,
            "has_local($module, /, opcode)\n--\n\nReturn True if the opcode accesses a local variable, False otherwise.",
        ),
        MethodDef::new(
            "has_exc",
            has_exc,
            "has_exc($module, /, opcode)\n--\n\nReturn True if the opcode sets an exception handler, False otherwise.",
        ),
        MethodDef::new(
            "get_specialization_stats",
            get_specialization_stats,
            "get_specialization_stats($module, /)\n--\n\nReturn the specialization stats",
        ),
        MethodDef::new(
            "get_intrinsic1_descs",
            get_intrinsic1_descs,
            "get_intrinsic1_descs($module, /)\n--\n\nReturn a list of names of the unary intrinsics.",
        ),
        MethodDef::new(
            "get_intrinsic2_descs",
            get_intrinsic2_descs,
            "get_intrinsic2_descs($module, /)\n--\n\nReturn a list of names of the binary intrinsics.",
        ),
        MethodDef::new(
            "get_special_method_names",
            get_special_method_names,
            "get_special_method_names($module, /)\n--\n\nReturn a list of special method names.",
        ),
        MethodDef::new(
            "get_nb_ops",
            get_nb_ops,
            "get_nb_ops($module, /)\n--\n\nReturn array of symbols of binary ops.\n\nIndexed by the BINARY_OP oparg value.",
        ),
        MethodDef::new(
            "get_executor",
            get_executor,
            "get_executor($module, /, code, offset)\n--\n\nReturn the executor object at offset in code if exists, None otherwise.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
