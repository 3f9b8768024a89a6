//! `prepare_localsplus` of CPython's Python/flowgraph.c: the prefix instructions (`COPY_FREE_VARS`, `MAKE_CELL`, `RETURN_GENERATOR`) and cell/free variable renumbering into the locals-plus array.

use super::CodeUnitMetadata;
use super::cfg::{Cfg, CfgInstr};
use super::instr_seq::Location;
use super::op;

/// Code flags that make a generator-like frame (`IS_GENERATOR`).
const GENERATOR_FLAGS: u32 = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_COROUTINE: u32 = 0x80;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;

/// `build_cellfixedoffsets`: where each cell and free variable lands in
/// locals-plus before duplicates are dropped; a cell that is also an
/// argument lives in the argument's slot.
fn build_cell_fixed_offsets(umd: &CodeUnitMetadata) -> Vec<usize> {
    let nlocals = umd.varnames.len();
    let mut fixed: Vec<usize> = (0..umd.cellvars.len() + umd.freevars.len())
        .map(|i| nlocals + i)
        .collect();
    for (cell_index, name) in umd.cellvars.iter().enumerate() {
        if let Some(arg_offset) = umd.varnames.iter().position(|v| v == name) {
            fixed[cell_index] = arg_offset;
        }
    }
    fixed
}

/// `insert_prefix_instructions`.
fn insert_prefix_instructions(
    umd: &CodeUnitMetadata,
    g: &mut Cfg,
    fixed: &[usize],
    code_flags: u32,
) {
    let entry = g.entry;
    let block = &mut g.blocks[entry];
    if code_flags & GENERATOR_FLAGS != 0 {
        let loc = Location::line_only(umd.firstlineno);
        block.insert_copy(0, CfgInstr::new(op::RETURN_GENERATOR, 0, loc));
        block.insert_copy(1, CfgInstr::new(op::POP_TOP, 0, loc));
    }
    let ncellvars = umd.cellvars.len();
    if ncellvars > 0 {
        // MAKE_CELL in locals-plus order (argument cells first).
        let mut sorted = vec![None; ncellvars + umd.varnames.len()];
        for (i, &f) in fixed.iter().take(ncellvars).enumerate() {
            if let Some(slot) = sorted.get_mut(f) {
                *slot = Some(i);
            }
        }
        for (used, old_index) in sorted.into_iter().flatten().enumerate() {
            block.insert_copy(
                used,
                CfgInstr::new(op::MAKE_CELL, old_index as u32, Location::NONE),
            );
        }
    }
    if !umd.freevars.is_empty() {
        block.insert_copy(
            0,
            CfgInstr::new(
                op::COPY_FREE_VARS,
                umd.freevars.len() as u32,
                Location::NONE,
            ),
        );
    }
}

/// `fix_cell_offsets`: rewrites cell and free variable arguments to
/// locals-plus indices. Returns how many cells share an argument's slot.
fn fix_cell_offsets(umd: &CodeUnitMetadata, g: &mut Cfg, fixed: &mut [usize]) -> usize {
    let nlocals = umd.varnames.len();
    let mut dropped = 0;
    for (i, f) in fixed.iter_mut().enumerate() {
        if *f == i + nlocals {
            *f -= dropped;
        } else {
            dropped += 1;
        }
    }
    for b in g.order() {
        for instr in &mut g.blocks[b].instrs {
            if op::has_deref(instr.opcode)
                && let Some(&f) = fixed.get(instr.oparg as usize)
            {
                instr.oparg = f as u32;
            }
        }
    }
    dropped
}

/// `prepare_localsplus`: returns the size of locals-plus.
pub fn prepare_localsplus(umd: &CodeUnitMetadata, g: &mut Cfg, code_flags: u32) -> usize {
    let nlocalsplus = umd.varnames.len() + umd.cellvars.len() + umd.freevars.len();
    let mut fixed = build_cell_fixed_offsets(umd);
    insert_prefix_instructions(umd, g, &fixed, code_flags);
    nlocalsplus - fix_cell_offsets(umd, g, &mut fixed)
}
