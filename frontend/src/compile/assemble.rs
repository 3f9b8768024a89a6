//! The assembler: instruction sequence to code object (code units with `EXTENDED_ARG` and caches, location table, exception table); mirrors CPython 3.14's Python/assemble.c.

use super::CodeUnitMetadata;
use ouro_bytecode::Opcode;
use ouro_bytecode::code_unit::{instruction_units, write_instruction};
use ouro_bytecode::exception_table::{self, ExceptionTableBuilder, Handler};
use ouro_bytecode::location_table::{self, Position};

use super::cfg::CfgError;
use super::constant::Constant;
use super::instr_seq::{InstructionSequence, Location};
use super::op;

/// Locals-plus kinds (`CO_FAST_*` in CPython's `pycore_code.h`).
pub mod fast {
    pub const ARG_POS: u8 = 0x02;
    pub const ARG_KW: u8 = 0x04;
    pub const ARG_VAR: u8 = 0x08;
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// `CO_VARARGS`.
pub const CO_VARARGS: u32 = 0x04;
/// `CO_VARKEYWORDS`.
pub const CO_VARKEYWORDS: u32 = 0x08;

/// A finished code object: the fields of CPython's `PyCodeObject` that the
/// compiler decides.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: i32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    /// `co_localsplusnames` and `co_localspluskinds`.
    pub localsplus: Vec<(String, u8)>,
    /// `co_code`: little-endian code units, caches zeroed.
    pub code: Vec<u8>,
    pub linetable: Vec<u8>,
    pub exceptiontable: Vec<u8>,
}

impl CodeObject {
    fn names_with(&self, kind: u8) -> Vec<&str> {
        self.localsplus
            .iter()
            .filter(|(_, k)| k & kind != 0)
            .map(|(n, _)| n.as_str())
            .collect()
    }

    pub fn varnames(&self) -> Vec<&str> {
        self.names_with(fast::LOCAL)
    }

    pub fn cellvars(&self) -> Vec<&str> {
        self.names_with(fast::CELL)
    }

    pub fn freevars(&self) -> Vec<&str> {
        self.names_with(fast::FREE)
    }
}

/// `instr_size`: code units including `EXTENDED_ARG`s and inline caches.
pub fn instr_size(opcode: op::Opcode, oparg: u32) -> u32 {
    match real_opcode(opcode) {
        Some(real) => instruction_units(real, oparg) as u32,
        // Pseudo-ops never reach co_code; size them as cache-less instructions.
        None => {
            1 + u32::from(oparg > 0xFF) + u32::from(oparg > 0xFFFF) + u32::from(oparg > 0xFF_FFFF)
        }
    }
}

fn real_opcode(opcode: op::Opcode) -> Option<Opcode> {
    u8::try_from(opcode).ok().and_then(Opcode::from_u8)
}

/// The code-unit distance `END_ASYNC_FOR`'s argument leaves out so that it
/// names the matching `END_SEND` (`END_SEND_OFFSET`).
const END_SEND_OFFSET: u32 = 5;

/// `resolve_unconditional_jumps`: `JUMP` becomes `JUMP_FORWARD` or
/// `JUMP_BACKWARD` by the direction of its target.
pub fn resolve_unconditional_jumps(seq: &mut InstructionSequence) {
    for (i, instr) in seq.instrs.iter_mut().enumerate() {
        let forward = instr.oparg as usize > i;
        match instr.opcode {
            op::JUMP => {
                instr.opcode = if forward {
                    op::JUMP_FORWARD
                } else {
                    op::JUMP_BACKWARD
                }
            }
            op::JUMP_NO_INTERRUPT => {
                instr.opcode = if forward {
                    op::JUMP_FORWARD
                } else {
                    op::JUMP_BACKWARD_NO_INTERRUPT
                }
            }
            _ => {}
        }
    }
}

/// `resolve_jump_offsets`: instruction-index targets become code-unit
/// distances, growing `EXTENDED_ARG`s until the sizes settle. Returns each
/// instruction's offset in code units, then the total length.
pub fn resolve_jump_offsets(seq: &mut InstructionSequence) -> Result<Vec<u32>, CfgError> {
    // Only jumps' arguments change, so only their targets are kept.
    let targets: Vec<usize> = seq
        .instrs
        .iter()
        .map(|i| {
            if op::has_jump(i.opcode) {
                i.oparg as usize
            } else {
                0
            }
        })
        .collect();
    let mut offsets = Vec::with_capacity(seq.instrs.len() + 1);
    loop {
        offsets.clear();
        let mut total = 0u32;
        for instr in &seq.instrs {
            offsets.push(total);
            total += instr_size(instr.opcode, instr.oparg);
        }
        offsets.push(total);
        let mut recompile = false;
        let mut offset = 0u32;
        for (i, instr) in seq.instrs.iter_mut().enumerate() {
            // Its own argument has not changed since the sizes were taken.
            let size = offsets[i + 1] - offsets[i];
            offset += size;
            if op::has_jump(instr.opcode) {
                // The total at the end is no instruction's offset.
                let target = *offsets[..offsets.len() - 1]
                    .get(targets[i])
                    .ok_or(CfgError::JumpWithoutTarget)?;
                instr.oparg = if instr.opcode == op::END_ASYNC_FOR {
                    offset
                        .saturating_sub(target)
                        .saturating_sub(END_SEND_OFFSET)
                } else {
                    // Backward jumps count back from the next instruction, forward ones on.
                    offset.abs_diff(target)
                };
                if instr_size(instr.opcode, instr.oparg) != size {
                    recompile = true;
                }
            }
        }
        if !recompile {
            return Ok(offsets);
        }
    }
}

/// Gives each `NEXT_LOCATION` instruction the location of the one after it
/// (none for a terminator), back to front as `assemble_location_info` does.
fn resolve_next_locations(seq: &mut InstructionSequence) {
    let mut following = Location::NONE;
    for instr in seq.instrs.iter_mut().rev() {
        if instr.loc == Location::NEXT {
            instr.loc = if op::is_terminator(instr.opcode) {
                Location::NONE
            } else {
                following
            };
        }
        following = instr.loc;
    }
}

fn position(loc: Location) -> Position {
    let some = |v: i32| (v >= 0).then_some(v);
    if loc.lineno < 0 {
        return Position::NONE;
    }
    Position {
        line: Some(loc.lineno),
        end_line: some(loc.end_lineno),
        col: some(loc.col_offset),
        end_col: some(loc.end_col_offset),
    }
}

/// `assemble_location_info`. `offsets` are the instructions' code-unit
/// offsets followed by the total, so neighbours give each one's size.
fn location_table(
    seq: &InstructionSequence,
    offsets: &[u32],
    firstlineno: i32,
) -> Result<Vec<u8>, CfgError> {
    // Neighbours with the same location are one run already here: comparing
    // `Location`s is cheaper than the encoder's comparison of `Position`s.
    let mut runs: Vec<(Location, u32)> = Vec::with_capacity(seq.instrs.len());
    for (instr, at) in seq.instrs.iter().zip(offsets.windows(2)) {
        let size = at[1] - at[0];
        match runs.last_mut() {
            Some((loc, total)) if *loc == instr.loc => *total += size,
            _ => runs.push((instr.loc, size)),
        }
    }
    let runs = runs.into_iter().map(|(loc, size)| (position(loc), size));
    location_table::encode(firstlineno, runs).map_err(|_| CfgError::UnrepresentableLocation)
}

/// `assemble_exception_table`: one entry per run of instructions sharing a
/// handler. `offsets` as for [`location_table`].
fn exception_table(seq: &InstructionSequence, offsets: &[u32]) -> Result<Vec<u8>, CfgError> {
    let mut builder = ExceptionTableBuilder::new();
    let instruction_offsets = &offsets[..offsets.len() - 1];
    for (instr, at) in seq.instrs.iter().zip(offsets.windows(2)) {
        let handler = instr.handler.map(|h| Handler {
            target: instruction_offsets
                .get(h.target as usize)
                .copied()
                .unwrap_or(0),
            // The handler's depth without the exception (and lasti) it pushes.
            depth: h
                .start_depth
                .saturating_sub(1)
                .saturating_sub(u32::from(h.preserve_lasti)),
            lasti: h.preserve_lasti,
        });
        builder.push(at[1] - at[0], handler);
    }
    exception_table::encode(&builder.finish()).map_err(|_| CfgError::UnrepresentableHandler)
}

/// `compute_localsplus_info`: names and kinds of locals, cells and free variables.
fn localsplus_info(umd: &CodeUnitMetadata, nlocalsplus: usize, flags: u32) -> Vec<(String, u8)> {
    let mut out = vec![(String::new(), 0u8); nlocalsplus];
    let arg_kinds = [
        (umd.posonlyargcount as usize, fast::ARG_POS),
        (umd.argcount as usize, fast::ARG_POS | fast::ARG_KW),
        (umd.kwonlyargcount as usize, fast::ARG_KW),
        (
            usize::from(flags & CO_VARARGS != 0),
            fast::ARG_VAR | fast::ARG_POS,
        ),
        (
            usize::from(flags & CO_VARKEYWORDS != 0),
            fast::ARG_VAR | fast::ARG_KW,
        ),
    ];
    let mut kinds_by_index = Vec::new();
    for (count, kind) in arg_kinds {
        kinds_by_index.extend(std::iter::repeat_n(kind, count));
    }
    for (offset, name) in umd.varnames.iter().enumerate() {
        let mut kind = fast::LOCAL | kinds_by_index.get(offset).copied().unwrap_or(0);
        if umd.fasthidden.contains(name) {
            kind |= fast::HIDDEN;
        }
        if umd.cellvars.contains(name) {
            kind |= fast::CELL;
        }
        if let Some(slot) = out.get_mut(offset) {
            *slot = (name.clone(), kind);
        }
    }
    let nlocals = umd.varnames.len();
    let mut dropped = 0;
    for (index, name) in umd.cellvars.iter().enumerate() {
        if umd.varnames.contains(name) {
            dropped += 1;
            continue;
        }
        if let Some(slot) = out.get_mut(index + nlocals - dropped) {
            *slot = (name.clone(), fast::CELL);
        }
    }
    let ncells = umd.cellvars.len();
    for (index, name) in umd.freevars.iter().enumerate() {
        if let Some(slot) = out.get_mut(ncells + index + nlocals - dropped) {
            *slot = (name.clone(), fast::FREE);
        }
    }
    out
}

/// `_PyAssemble_MakeCodeObject`: the final instruction sequence (jump
/// arguments as instruction indices) and the unit's metadata to a code object.
pub fn make_code_object(
    umd: CodeUnitMetadata,
    consts: Vec<Constant>,
    stacksize: u32,
    mut seq: InstructionSequence,
    nlocalsplus: usize,
    flags: u32,
) -> Result<CodeObject, CfgError> {
    resolve_unconditional_jumps(&mut seq);
    let offsets = resolve_jump_offsets(&mut seq)?;
    let units = offsets.last().copied().unwrap_or(0) as usize;
    let mut code = Vec::with_capacity(2 * units);
    for instr in &seq.instrs {
        let real = real_opcode(instr.opcode).ok_or(CfgError::PseudoOpInCode(instr.opcode))?;
        write_instruction(&mut code, real, instr.oparg);
    }
    resolve_next_locations(&mut seq);
    let linetable = location_table(&seq, &offsets, umd.firstlineno)?;
    let exceptiontable = exception_table(&seq, &offsets)?;
    let localsplus = localsplus_info(&umd, nlocalsplus, flags);
    Ok(CodeObject {
        name: umd.name,
        qualname: umd.qualname,
        filename: umd.filename,
        firstlineno: umd.firstlineno,
        argcount: umd.posonlyargcount + umd.argcount,
        posonlyargcount: umd.posonlyargcount,
        kwonlyargcount: umd.kwonlyargcount,
        flags,
        // CPython 3.14 never makes a code object with an empty stack.
        stacksize: stacksize.max(1),
        consts,
        names: umd.names,
        localsplus,
        code,
        linetable,
        exceptiontable,
    })
}
