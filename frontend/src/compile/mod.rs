//! The back half of the compiler: instruction sequence -> CFG -> optimized CFG -> code object; mirrors CPython 3.14's Python/flowgraph.c and Python/assemble.c.
//!
//! ```text
//! codegen -> InstructionSequence -> Cfg::from_sequence
//!   -> optimize_code_unit            (_PyCfg_OptimizeCodeUnit)
//!   -> optimized_cfg_to_sequence     (_PyCfg_OptimizedCfgToInstructionSequence)
//!   -> assemble::make_code_object    (_PyAssemble_MakeCodeObject)
//! ```
//!
//! Codegen fills an [`InstructionSequence`] and a [`CodeUnitMetadata`] for
//! each code unit and calls [`optimize_and_assemble`]:
//!
//! - opcodes are the numbers in [`op`] (real ones and the pseudo-ops `JUMP`,
//!   `JUMP_NO_INTERRUPT`, `JUMP_IF_FALSE`/`TRUE`, `SETUP_FINALLY`/`CLEANUP`/`WITH`,
//!   `POP_BLOCK`, `LOAD_CLOSURE`, `STORE_FAST_MAYBE_NULL`, `ANNOTATIONS_PLACEHOLDER`);
//! - jumps and handler pushes name a [`Label`] from
//!   [`InstructionSequence::new_label`], placed with `use_label`; a
//!   protected range is `SETUP_* handler` ... `POP_BLOCK`;
//! - locations are [`Location`]s, with [`Location::NONE`] and
//!   [`Location::NEXT`] as CPython's `NO_LOCATION`/`NEXT_LOCATION`;
//! - constants go through [`ConstPool::add`] (a nested code object is
//!   assembled first and added as `Constant::Code`); cells and free variables
//!   are numbered in CPython's `u_cellvars`/`u_freevars` order;
//! - codegen itself appends the final `LOAD_CONST None; RETURN_VALUE`
//!   (`_PyCodegen_AddReturnAtEnd`), and gives module/class annotations code
//!   with [`InstructionSequence::set_annotations_code`].
//!
//! Tests: `tests.rs` runs CPython's own codegen output (recorded by
//! `testdata/record.py`) through the back end and compares every field of
//! the code objects, and whole files in refdump's `code` format;
//! `OURO_BACKEND_CASES=DIR` points it at a recording of the whole stdlib.
//! `pass_tests.rs` runs single passes on `testdata/passes/*.pass` listings.

pub mod assemble;
pub mod cfg;
pub mod constant;
pub mod except;
pub mod fold;
pub mod instr_seq;
pub mod layout;
pub mod lines;
pub mod listing;
pub mod locals;
pub mod localsplus;
pub mod op;
pub mod optimize;
#[cfg(test)]
mod pass_tests;
pub mod stackdepth;
#[cfg(test)]
mod tests;

pub use assemble::CodeObject;
pub use cfg::{Cfg, CfgError};
pub use constant::{ConstPool, Constant};
pub use instr_seq::{InstructionSequence, Label, Location};

/// What codegen knows about a code unit besides its instructions
/// (CPython's `_PyCompile_CodeUnitMetadata`). Name lists are in index order.
#[derive(Clone, Debug, Default)]
pub struct CodeUnitMetadata {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    /// `u_consts`: every constant codegen loaded, in first-use order.
    pub consts: ConstPool,
    pub names: Vec<String>,
    /// Parameters first, then other locals.
    pub varnames: Vec<String>,
    /// Cell variables; argument offsets `0..cellvars.len()` in `LOAD_DEREF` and friends.
    pub cellvars: Vec<String>,
    /// Free variables; numbered after the cell variables.
    pub freevars: Vec<String>,
    /// Locals of inlined comprehensions (`CO_FAST_HIDDEN`).
    pub fasthidden: Vec<String>,
    /// Positional-or-keyword parameters, not counting positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: i32,
}

/// `_PyCfg_OptimizeCodeUnit`: preprocessing (labels to targets, handler
/// marking, exception depths) then every optimization pass.
pub fn optimize_code_unit(
    g: &mut Cfg,
    consts: &mut ConstPool,
    nlocals: usize,
    nparams: usize,
    firstlineno: i32,
) -> Result<(), CfgError> {
    g.translate_jump_labels()?;
    except::mark_except_handlers(g);
    except::label_exception_targets(g)?;
    optimize::optimize_cfg(g, consts, firstlineno)?;
    locals::remove_unused_consts(g, consts);
    locals::add_checks_for_loads_of_uninitialized_variables(g, nlocals, nparams);
    locals::insert_superinstructions(g);
    layout::push_cold_blocks_to_end(g)?;
    lines::resolve_line_numbers(g, firstlineno);
    Ok(())
}

/// The result of [`optimized_cfg_to_sequence`].
pub struct FinalSequence {
    pub seq: InstructionSequence,
    pub stackdepth: u32,
    pub nlocalsplus: usize,
}

/// `_PyCfg_OptimizedCfgToInstructionSequence`: lowers pseudo-ops, computes
/// stack depths, adds the prefix instructions, orients jumps and borrows
/// loads, then flattens the graph.
pub fn optimized_cfg_to_sequence(
    g: &mut Cfg,
    umd: &CodeUnitMetadata,
    code_flags: u32,
) -> Result<FinalSequence, CfgError> {
    layout::convert_pseudo_conditional_jumps(g);
    let stackdepth = stackdepth::calculate_stackdepth(g)?;
    let nlocalsplus = localsplus::prepare_localsplus(umd, g, code_flags);
    layout::convert_pseudo_ops(g)?;
    layout::normalize_jumps(g);
    locals::optimize_load_fast(g)?;
    Ok(FinalSequence {
        seq: g.to_sequence(),
        stackdepth,
        nlocalsplus,
    })
}

/// `optimize_and_assemble_code_unit`: the whole back end for one code unit.
/// `nparams` counts every parameter (including `*args` and `**kwargs`);
/// `code_flags` are the `CO_*` flags of the finished code object.
pub fn optimize_and_assemble(
    mut seq: InstructionSequence,
    mut umd: CodeUnitMetadata,
    code_flags: u32,
    nparams: usize,
) -> Result<CodeObject, CfgError> {
    let mut consts = std::mem::take(&mut umd.consts);
    let mut g = Cfg::from_sequence(&mut seq)?;
    optimize_code_unit(
        &mut g,
        &mut consts,
        umd.varnames.len(),
        nparams,
        umd.firstlineno,
    )?;
    let fin = optimized_cfg_to_sequence(&mut g, &umd, code_flags)?;
    assemble::make_code_object(
        umd,
        consts.into_values(),
        fin.stackdepth,
        fin.seq,
        fin.nlocalsplus,
        code_flags,
    )
}
