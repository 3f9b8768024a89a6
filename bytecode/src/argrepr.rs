//! The `argrepr` text `dis` shows for an instruction's argument (mirrors
//! `dis.ArgResolver.get_argval_argrepr`), with the code object's names and
//! constants supplied by the caller.

use crate::code_unit::Instruction;
use crate::oparg::{
    BinaryOp, COMPARE_TO_BOOL, CommonConstant, Comparison, Conversion, FUNCTION_ATTRIBUTES,
    Intrinsic1, Intrinsic2, SpecialMethod,
};
use crate::opcode::Opcode;

/// What `dis` looks up in the code object to describe an argument.
pub trait ArgNames {
    /// `repr(co_consts[index])` (refdump shows a code object as `<code QUALNAME>`).
    fn const_repr(&self, index: u32) -> Option<String>;
    /// `co_names[index]`.
    fn name(&self, index: u32) -> Option<&str>;
    /// `co._varname_from_oparg(index)`: locals, then cells, then free variables.
    fn varname(&self, index: u32) -> Option<&str>;
}

/// `dis`'s `argrepr` for `instruction`. `labels` are the code's jump targets
/// from [`crate::code_unit::jump_labels`]. `None` where `dis` would fail (an
/// index out of range, a jump to no label).
pub fn argrepr(
    instruction: &Instruction,
    labels: &[usize],
    names: &dyn ArgNames,
) -> Option<String> {
    let Some(arg) = instruction.arg else {
        return Some(String::new());
    };
    let op = instruction.opcode.deopt();
    if op.has_const() {
        return names.const_repr(arg);
    }
    if op.has_name() {
        let (index, suffix) = match op {
            Opcode::LOAD_GLOBAL => (arg >> 1, " + NULL"),
            Opcode::LOAD_ATTR => (arg >> 1, " + NULL|self"),
            Opcode::LOAD_SUPER_ATTR => (arg >> 2, " + NULL|self"),
            _ => (arg, ""),
        };
        let name = names.name(index)?;
        let flagged = arg & 1 == 1 && !suffix.is_empty() && !name.is_empty();
        return Some(if flagged {
            format!("{name}{suffix}")
        } else {
            name.to_string()
        });
    }
    if op.has_jump() {
        let target = instruction.jump_target()?;
        let label = labels.binary_search(&target).ok()? + 1;
        let preposition = if op == Opcode::END_ASYNC_FOR {
            "from"
        } else {
            "to"
        };
        return Some(format!("{preposition} L{label}"));
    }
    let text = match op {
        Opcode::LOAD_FAST_LOAD_FAST
        | Opcode::LOAD_FAST_BORROW_LOAD_FAST_BORROW
        | Opcode::STORE_FAST_LOAD_FAST
        | Opcode::STORE_FAST_STORE_FAST => {
            format!("{}, {}", names.varname(arg >> 4)?, names.varname(arg & 15)?)
        }
        _ if op.has_local() || op.has_free() => names.varname(arg)?.to_string(),
        Opcode::COMPARE_OP => {
            let shown = Comparison::from_compare_oparg(arg)?.argrepr();
            if arg & COMPARE_TO_BOOL != 0 {
                format!("bool({shown})")
            } else {
                shown.to_string()
            }
        }
        Opcode::CONVERT_VALUE => Conversion::from_oparg(arg)?.argrepr().to_string(),
        Opcode::SET_FUNCTION_ATTRIBUTE => {
            let set: Vec<&str> = FUNCTION_ATTRIBUTES
                .iter()
                .filter(|(bit, _)| arg & bit != 0)
                .map(|(_, name)| *name)
                .collect();
            set.join(", ")
        }
        Opcode::BINARY_OP => BinaryOp::from_oparg(arg)?.argrepr().to_string(),
        Opcode::CALL_INTRINSIC_1 => Intrinsic1::from_oparg(arg)?.argrepr().to_string(),
        Opcode::CALL_INTRINSIC_2 => Intrinsic2::from_oparg(arg)?.argrepr().to_string(),
        Opcode::LOAD_COMMON_CONSTANT => CommonConstant::from_oparg(arg)?.argrepr().to_string(),
        Opcode::LOAD_SPECIAL => SpecialMethod::from_oparg(arg)?.argrepr().to_string(),
        Opcode::IS_OP => (if arg != 0 { "is not" } else { "is" }).to_string(),
        Opcode::CONTAINS_OP => (if arg != 0 { "not in" } else { "in" }).to_string(),
        _ => String::new(),
    };
    Some(text)
}
