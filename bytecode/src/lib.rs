//! CPython 3.14's bytecode format: the instruction table, code units and inline caches, exception and location tables.
//!
//! ```text
//! opcode/table.rs (one row per opcode) -> Opcode, PseudoOpcode, cache layouts, flags,
//!                                         stack effects, families, instrumented twins
//! compiler:  (op, arg) -> code_unit::write_instruction -> co_code
//!            per-instruction handlers -> exception_table::ExceptionTableBuilder -> encode -> co_exceptiontable
//!            per-instruction positions -> location_table::encode -> co_linetable
//! readers:   co_code -> code_unit::instructions -> Instruction (EXTENDED_ARG folded, caches skipped)
//!                    -> argrepr::argrepr (what dis shows), code_unit::branches (co_branches)
//!            co_exceptiontable -> exception_table::{decode, find_handler}
//!            co_linetable -> location_table::decode -> positions (co_positions), lines (co_lines)
//! ```

pub mod argrepr;
pub mod code_unit;
pub mod exception_table;
pub mod location_table;
pub mod oparg;
pub mod opcode;

pub use opcode::{
    AnyOpcode, CacheField, Flags, HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE, Opcode, PseudoOpcode,
    PseudoTargets, stack_effect,
};
