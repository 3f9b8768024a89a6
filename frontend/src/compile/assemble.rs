//! The assembler: instruction sequence to code object (code units with `EXTENDED_ARG` and caches, location table, exception table); mirrors CPython 3.14's Python/assemble.c.

use super::CodeUnitMetadata;
use super::cfg::CfgError;
use super::constant::Constant;
use super::instr_seq::{Instruction, InstructionSequence, Location};
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
    let extended =
        u32::from(oparg > 0xFF_FFFF) + u32::from(oparg > 0xFFFF) + u32::from(oparg > 0xFF);
    extended + 1 + op::cache_entries(opcode)
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
/// instruction's offset in code units.
pub fn resolve_jump_offsets(seq: &mut InstructionSequence) -> Result<Vec<u32>, CfgError> {
    let targets: Vec<usize> = seq.instrs.iter().map(|i| i.oparg as usize).collect();
    loop {
        let mut offsets = Vec::with_capacity(seq.instrs.len());
        let mut total = 0u32;
        for instr in &seq.instrs {
            offsets.push(total);
            total += instr_size(instr.opcode, instr.oparg);
        }
        let mut recompile = false;
        let mut offset = 0u32;
        for (i, instr) in seq.instrs.iter_mut().enumerate() {
            let size = instr_size(instr.opcode, instr.oparg);
            offset += size;
            if op::has_jump(instr.opcode) {
                let target = *offsets.get(targets[i]).ok_or(CfgError::JumpWithoutTarget)?;
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

/// `write_instr`: one instruction as code units.
fn write_instr(code: &mut Vec<u8>, instr: &Instruction) {
    let size = instr_size(instr.opcode, instr.oparg);
    let caches = op::cache_entries(instr.opcode);
    let arg = instr.oparg;
    for shift in (1..size - caches).rev() {
        code.push(op::EXTENDED_ARG as u8);
        code.push((arg >> (8 * shift)) as u8);
    }
    code.push(instr.opcode as u8);
    code.push(arg as u8);
    for _ in 0..caches {
        code.extend_from_slice(&[op::CACHE as u8, 0]);
    }
}

/// Location-table entry kinds (`PY_CODE_LOCATION_INFO_*`).
mod entry {
    pub const SHORT0: u8 = 0;
    pub const ONE_LINE0: u8 = 10;
    pub const NO_COLUMNS: u8 = 13;
    pub const LONG: u8 = 14;
    pub const NONE: u8 = 15;
}

fn write_varint(out: &mut Vec<u8>, mut val: u32) {
    while val >= 64 {
        out.push(64 | (val & 63) as u8);
        val >>= 6;
    }
    out.push(val as u8);
}

fn write_signed_varint(out: &mut Vec<u8>, val: i32) {
    let v = if val < 0 {
        (val.unsigned_abs() << 1) | 1
    } else {
        (val as u32) << 1
    };
    write_varint(out, v);
}

/// The location table writer (`assemble_location_info` and `write_location_info_entry`).
struct LineTable {
    bytes: Vec<u8>,
    lineno: i32,
}

impl LineTable {
    fn first_byte(&mut self, code: u8, length: u32) {
        self.bytes.push(0x80 | (code << 3) | (length as u8 - 1));
    }

    fn entry(&mut self, loc: Location, isize: u32) {
        if loc.lineno < 0 {
            self.first_byte(entry::NONE, isize);
            return;
        }
        let line_delta = loc.lineno - self.lineno;
        let (column, end_column) = (loc.col_offset, loc.end_col_offset);
        if column < 0 || end_column < 0 {
            if loc.end_lineno == loc.lineno || loc.end_lineno < 0 {
                self.first_byte(entry::NO_COLUMNS, isize);
                write_signed_varint(&mut self.bytes, line_delta);
                self.lineno = loc.lineno;
                return;
            }
        } else if loc.end_lineno == loc.lineno {
            if line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column {
                self.first_byte(entry::SHORT0 + (column >> 3) as u8, isize);
                self.bytes
                    .push((((column & 7) << 4) | (end_column - column)) as u8);
                return;
            }
            if (0..3).contains(&line_delta) && column < 128 && end_column < 128 {
                self.first_byte(entry::ONE_LINE0 + line_delta as u8, isize);
                self.bytes.push(column as u8);
                self.bytes.push(end_column as u8);
                self.lineno = loc.lineno;
                return;
            }
        }
        self.first_byte(entry::LONG, isize);
        write_signed_varint(&mut self.bytes, line_delta);
        write_varint(&mut self.bytes, (loc.end_lineno - loc.lineno).max(0) as u32);
        write_varint(&mut self.bytes, (loc.col_offset + 1).max(0) as u32);
        write_varint(&mut self.bytes, (loc.end_col_offset + 1).max(0) as u32);
        self.lineno = loc.lineno;
    }

    fn emit(&mut self, loc: Location, mut isize: u32) {
        while isize > 8 {
            self.entry(loc, 8);
            isize -= 8;
        }
        if isize > 0 {
            self.entry(loc, isize);
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

fn location_table(seq: &InstructionSequence, firstlineno: i32) -> Vec<u8> {
    let mut table = LineTable {
        bytes: Vec::new(),
        lineno: firstlineno,
    };
    let mut loc = Location::NONE;
    let mut size = 0;
    for instr in &seq.instrs {
        if instr.loc != loc {
            table.emit(loc, size);
            loc = instr.loc;
            size = 0;
        }
        size += instr_size(instr.opcode, instr.oparg);
    }
    table.emit(loc, size);
    table.bytes
}

/// `assemble_emit_exception_table_item`: 6-bit big-endian groups; bit 7 marks an entry's start.
fn write_exception_item(out: &mut Vec<u8>, value: u32, mut msb: u8) {
    const CONTINUATION: u8 = 64;
    for shift in [24, 18, 12, 6] {
        if value >= 1 << shift {
            out.push(((value >> shift) & 0x3f) as u8 | CONTINUATION | msb);
            msb = 0;
        }
    }
    out.push((value & 0x3f) as u8 | msb);
}

/// `assemble_exception_table`: one entry per run of instructions sharing a handler.
fn exception_table(seq: &InstructionSequence, offsets: &[u32]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut emit = |start: u32, end: u32, h: &super::instr_seq::HandlerInfo| {
        let target = offsets.get(h.target).copied().unwrap_or(0);
        let depth = h
            .start_depth
            .saturating_sub(1)
            .saturating_sub(u32::from(h.preserve_lasti));
        write_exception_item(&mut out, start, 0x80);
        write_exception_item(&mut out, end - start, 0);
        write_exception_item(&mut out, target, 0);
        write_exception_item(&mut out, (depth << 1) | u32::from(h.preserve_lasti), 0);
    };
    let mut current = None;
    let mut start = 0;
    let mut ioffset = 0;
    for instr in &seq.instrs {
        let key = instr.handler.map(|h| h.target);
        if key != current.map(|h: super::instr_seq::HandlerInfo| h.target) {
            if let Some(h) = current {
                emit(start, ioffset, &h);
            }
            start = ioffset;
            current = instr.handler;
        }
        ioffset += instr_size(instr.opcode, instr.oparg);
    }
    if let Some(h) = current {
        emit(start, ioffset, &h);
    }
    out
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
    umd: &CodeUnitMetadata,
    consts: Vec<Constant>,
    stacksize: u32,
    mut seq: InstructionSequence,
    nlocalsplus: usize,
    flags: u32,
) -> Result<CodeObject, CfgError> {
    resolve_unconditional_jumps(&mut seq);
    let offsets = resolve_jump_offsets(&mut seq)?;
    let mut code = Vec::new();
    for instr in &seq.instrs {
        write_instr(&mut code, instr);
    }
    resolve_next_locations(&mut seq);
    let linetable = location_table(&seq, umd.firstlineno);
    let exceptiontable = exception_table(&seq, &offsets);
    Ok(CodeObject {
        name: umd.name.clone(),
        qualname: umd.qualname.clone(),
        filename: umd.filename.clone(),
        firstlineno: umd.firstlineno,
        argcount: umd.posonlyargcount + umd.argcount,
        posonlyargcount: umd.posonlyargcount,
        kwonlyargcount: umd.kwonlyargcount,
        flags,
        // CPython 3.14 never makes a code object with an empty stack.
        stacksize: stacksize.max(1),
        consts,
        names: umd.names.clone(),
        localsplus: localsplus_info(umd, nlocalsplus, flags),
        code,
        linetable,
        exceptiontable,
    })
}
