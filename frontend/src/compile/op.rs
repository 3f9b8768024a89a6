//! The opcode facts the compiler back end asks about (CPython's `pycore_opcode_utils.h` predicates), read from the bytecode crate's instruction table.

use ouro_bytecode::{AnyOpcode, Flags, Opcode as RealOpcode, PseudoOpcode};

/// A CPython 3.14 opcode number: real opcodes below 256, pseudo-opcodes from
/// 256 (numbers, so passes can `match` on them as CPython's C does).
pub type Opcode = u16;

macro_rules! opcode_numbers {
    (real: $($real:ident),*; pseudo: $($pseudo:ident),* $(;)?) => {
        $(pub const $real: Opcode = RealOpcode::$real as u16;)*
        $(pub const $pseudo: Opcode = PseudoOpcode::$pseudo as u16;)*
    };
}

// Every opcode codegen and the passes name; the numbers come from the bytecode crate.
opcode_numbers! {
    real: CACHE, BINARY_SLICE, BUILD_TEMPLATE, CALL_FUNCTION_EX, CHECK_EG_MATCH, CHECK_EXC_MATCH, CLEANUP_THROW, DELETE_SUBSCR, END_FOR, END_SEND, EXIT_INIT_CHECK, FORMAT_SIMPLE, FORMAT_WITH_SPEC, GET_AITER, GET_ANEXT, GET_ITER, GET_LEN, GET_YIELD_FROM_ITER, LOAD_BUILD_CLASS, LOAD_LOCALS, MAKE_FUNCTION, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, NOP, NOT_TAKEN, POP_EXCEPT, POP_ITER, POP_TOP, PUSH_EXC_INFO, PUSH_NULL, RETURN_GENERATOR, RETURN_VALUE, SETUP_ANNOTATIONS, STORE_SLICE, STORE_SUBSCR, TO_BOOL, UNARY_INVERT, UNARY_NEGATIVE, UNARY_NOT, WITH_EXCEPT_START, BINARY_OP, BUILD_INTERPOLATION, BUILD_LIST, BUILD_MAP, BUILD_SET, BUILD_SLICE, BUILD_STRING, BUILD_TUPLE, CALL, CALL_INTRINSIC_1, CALL_INTRINSIC_2, CALL_KW, COMPARE_OP, CONTAINS_OP, CONVERT_VALUE, COPY, COPY_FREE_VARS, DELETE_ATTR, DELETE_DEREF, DELETE_FAST, DELETE_GLOBAL, DELETE_NAME, DICT_MERGE, DICT_UPDATE, END_ASYNC_FOR, EXTENDED_ARG, FOR_ITER, GET_AWAITABLE, IMPORT_FROM, IMPORT_NAME, IS_OP, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, JUMP_FORWARD, LIST_APPEND, LIST_EXTEND, LOAD_ATTR, LOAD_COMMON_CONSTANT, LOAD_CONST, LOAD_DEREF, LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_FAST_BORROW, LOAD_FAST_BORROW_LOAD_FAST_BORROW, LOAD_FAST_CHECK, LOAD_FAST_LOAD_FAST, LOAD_FROM_DICT_OR_DEREF, LOAD_FROM_DICT_OR_GLOBALS, LOAD_GLOBAL, LOAD_NAME, LOAD_SMALL_INT, LOAD_SPECIAL, LOAD_SUPER_ATTR, MAKE_CELL, MAP_ADD, MATCH_CLASS, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, RAISE_VARARGS, RERAISE, SEND, SET_ADD, SET_FUNCTION_ATTRIBUTE, SET_UPDATE, STORE_ATTR, STORE_DEREF, STORE_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST, STORE_GLOBAL, STORE_NAME, SWAP, UNPACK_EX, UNPACK_SEQUENCE, YIELD_VALUE, RESUME;
    pseudo: ANNOTATIONS_PLACEHOLDER, JUMP, JUMP_IF_FALSE, JUMP_IF_TRUE, JUMP_NO_INTERRUPT, LOAD_CLOSURE, POP_BLOCK, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH, STORE_FAST_MAYBE_NULL;
}

/// The opcode's name as `dis` prints it.
pub fn name(op: Opcode) -> &'static str {
    AnyOpcode::from_number(u32::from(op)).map_or("<unknown>", AnyOpcode::name)
}

/// The opcode called `name`, real or pseudo.
pub fn from_name(name: &str) -> Option<Opcode> {
    if let Some(op) = RealOpcode::from_name(name) {
        return Some(op as u16);
    }
    PseudoOpcode::ALL
        .iter()
        .find(|p| p.name() == name)
        .map(|&p| p as u16)
}

fn flags(op: Opcode) -> Flags {
    AnyOpcode::from_number(u32::from(op)).map_or(Flags::NONE, AnyOpcode::flags)
}

/// (popped, pushed) for this argument (`_PyOpcode_num_popped`/`_PyOpcode_num_pushed`);
/// `None` for unknown or specialized opcodes, which the compiler never emits.
pub fn stack(op: Opcode, oparg: u32) -> Option<(i64, i64)> {
    let any = AnyOpcode::from_number(u32::from(op))?;
    if let AnyOpcode::Real(real) = any
        && real.is_specialized()
    {
        return None;
    }
    Some(any.stack(oparg))
}

/// Inline cache code units after the instruction (`_PyOpcode_Caches`).
pub fn cache_entries(op: Opcode) -> u32 {
    u8::try_from(op)
        .ok()
        .and_then(RealOpcode::from_u8)
        .map_or(0, |o| o.cache_entries() as u32)
}

/// Whether the opcode uses its argument (`OPCODE_HAS_ARG`).
pub fn has_arg(op: Opcode) -> bool {
    flags(op).contains(Flags::ARG)
}

/// `OPCODE_HAS_JUMP`: the argument is a jump target.
pub fn has_jump(op: Opcode) -> bool {
    flags(op).contains(Flags::JUMP)
}

/// `IS_BLOCK_PUSH_OPCODE`: pushes an exception handler.
pub fn is_block_push(op: Opcode) -> bool {
    flags(op).contains(Flags::EXC)
}

/// `HAS_TARGET`: the argument names a label (a jump or a handler).
pub fn has_target(op: Opcode) -> bool {
    has_jump(op) || is_block_push(op)
}

/// `IS_UNCONDITIONAL_JUMP_OPCODE`.
pub fn is_unconditional_jump(op: Opcode) -> bool {
    matches!(
        op,
        JUMP | JUMP_NO_INTERRUPT | JUMP_FORWARD | JUMP_BACKWARD | JUMP_BACKWARD_NO_INTERRUPT
    )
}

/// `IS_CONDITIONAL_JUMP_OPCODE`.
pub fn is_conditional_jump(op: Opcode) -> bool {
    matches!(
        op,
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE
    )
}

/// `IS_SCOPE_EXIT_OPCODE`: control never continues to the next instruction.
pub fn is_scope_exit(op: Opcode) -> bool {
    matches!(op, RETURN_VALUE | RAISE_VARARGS | RERAISE)
}

/// `IS_TERMINATOR_OPCODE`: must end a basic block.
pub fn is_terminator(op: Opcode) -> bool {
    has_jump(op) || is_scope_exit(op)
}

/// `IS_BACKWARDS_JUMP_OPCODE`.
pub fn is_backwards_jump(op: Opcode) -> bool {
    matches!(op, JUMP_BACKWARD | JUMP_BACKWARD_NO_INTERRUPT)
}

/// `OPCODE_HAS_CONST`: the argument indexes `co_consts`.
pub fn has_const(op: Opcode) -> bool {
    flags(op).contains(Flags::CONST)
}

/// The argument indexes fast locals, cells or free variables that `fix_cell_offsets` renumbers.
pub fn has_deref(op: Opcode) -> bool {
    matches!(
        op,
        MAKE_CELL
            | LOAD_CLOSURE
            | LOAD_DEREF
            | STORE_DEREF
            | DELETE_DEREF
            | LOAD_FROM_DICT_OR_DEREF
    )
}

/// `OPCODE_HAS_EVAL_BREAK`: the instruction checks the eval breaker
/// (`HAS_EVAL_BREAK_FLAG` in CPython's opcode metadata, which `_opcode` does not expose).
pub fn has_eval_break(op: Opcode) -> bool {
    matches!(
        op,
        CALL | CALL_KW | CALL_FUNCTION_EX | JUMP_BACKWARD | RESUME | JUMP
    )
}
