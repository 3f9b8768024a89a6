//! CPython 3.14's bytecode format: the instruction table, code units and inline caches, exception and location tables.
//!
//! ```text
//! opcode table (opcode/table.rs) -> Opcode, PseudoOpcode, cache layouts, flags, stack effects
//! co_code bytes -> code_unit::instructions -> Instruction (EXTENDED_ARG folded, caches skipped)
//! co_exceptiontable <-> exception_table::{encode, decode}
//! co_linetable      <-> location_table::{encode, positions, lines}
//! ```

pub mod opcode;

pub use opcode::{
    AnyOpcode, CacheField, Flags, HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE, Opcode, PseudoOpcode,
    stack_effect,
};
