//! Code units: writing instructions into `co_code` and decoding it back (mirrors
//! `write_instr`/`instr_size` in Python/assemble.c, `dis._unpack_opargs`,
//! `dis._get_jump_target`, `dis.findlabels` and `co_branches()`).

use crate::opcode::Opcode;

/// One 16-bit code unit as stored in `co_code`: opcode byte, then oparg byte.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct CodeUnit {
    /// The instruction.
    pub opcode: Opcode,
    /// The low 8 bits of its argument (`EXTENDED_ARG` units supply the rest).
    pub oparg: u8,
}

impl CodeUnit {
    /// A unit of `opcode` with argument byte `oparg`.
    pub const fn new(opcode: Opcode, oparg: u8) -> CodeUnit {
        CodeUnit { opcode, oparg }
    }

    /// The zeroed inline-cache unit `co_code` shows after cached instructions.
    pub const CACHE: CodeUnit = CodeUnit::new(Opcode::CACHE, 0);

    /// The two bytes of the unit in `co_code`.
    pub const fn to_bytes(self) -> [u8; 2] {
        [self.opcode as u8, self.oparg]
    }

    /// The unit these two bytes hold, if the opcode byte is a CPython 3.14 opcode.
    pub const fn from_bytes(bytes: [u8; 2]) -> Option<CodeUnit> {
        match Opcode::from_u8(bytes[0]) {
            Some(opcode) => Some(CodeUnit::new(opcode, bytes[1])),
            None => None,
        }
    }
}

/// Number of code units `op` with argument `arg` occupies in `co_code`: its
/// `EXTENDED_ARG` prefixes, itself and its inline caches (CPython's `instr_size`).
pub const fn instruction_units(op: Opcode, arg: u32) -> usize {
    let prefixes = (arg > 0xff) as usize + (arg > 0xffff) as usize + (arg > 0xff_ffff) as usize;
    prefixes + 1 + op.cache_entries()
}

/// Appends `op` with argument `arg` to `code` as CPython's assembler writes it
/// (`write_instr`): `EXTENDED_ARG` units for the high bytes of `arg`, the
/// instruction with the low byte, then zeroed cache units.
#[inline]
pub fn write_instruction(code: &mut Vec<u8>, op: Opcode, arg: u32) {
    let bytes = arg.to_be_bytes();
    let caches = op.cache_entries();
    if arg > 0xff {
        let prefixes = instruction_units(op, arg) - 1 - caches;
        for &high in &bytes[3 - prefixes..3] {
            code.extend_from_slice(&CodeUnit::new(Opcode::EXTENDED_ARG, high).to_bytes());
        }
    }
    code.extend_from_slice(&CodeUnit::new(op, bytes[3]).to_bytes());
    // Cache units are all zero bytes.
    code.resize(code.len() + 2 * caches, 0);
}

const _: () = assert!(CodeUnit::CACHE.to_bytes()[0] == 0 && CodeUnit::CACHE.to_bytes()[1] == 0);

/// Why a byte string is not decodable bytecode.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum DecodeError {
    /// The code has an odd number of bytes.
    OddLength(usize),
    /// The byte at this offset is not a CPython 3.14 opcode.
    UnknownOpcode {
        /// Byte offset of the unit.
        offset: usize,
        /// The opcode byte.
        byte: u8,
    },
}

/// One decoded instruction, as `dis.get_instructions` yields it.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Instruction {
    /// Byte offset of the instruction's own unit.
    pub offset: usize,
    /// Byte offset of its first `EXTENDED_ARG` prefix (or its own offset).
    pub start_offset: usize,
    /// The opcode as stored (possibly specialized).
    pub opcode: Opcode,
    /// The argument with `EXTENDED_ARG` prefixes folded in; `None` for
    /// instructions that take none. Like CPython's eval loop, it is 32 bits
    /// wide (dis shows values from 2**31 up as negative).
    pub arg: Option<u32>,
}

impl Instruction {
    /// Number of inline cache units after the instruction.
    pub const fn cache_entries(&self) -> usize {
        self.opcode.cache_entries()
    }

    /// Byte offset just past the instruction and its caches.
    pub const fn end_offset(&self) -> usize {
        self.offset.saturating_add(2 + 2 * self.cache_entries())
    }

    /// The byte offset a jump goes to (dis's `argval` of a jump): relative to
    /// the end of the instruction and its caches, backwards for
    /// `JUMP_BACKWARD*` and `END_ASYNC_FOR`. `None` for non-jumps and for
    /// targets outside `0..=usize::MAX`.
    pub fn jump_target(&self) -> Option<usize> {
        let arg = self.arg?;
        if !self.opcode.deopt().has_jump() {
            return None;
        }
        let distance = usize::try_from(arg).ok()?.checked_mul(2)?;
        if self.opcode.deopt().is_backward_jump() {
            self.end_offset().checked_sub(distance)
        } else {
            self.end_offset().checked_add(distance)
        }
    }
}

/// Iterator over the instructions of a `co_code` byte string; see [`instructions`].
#[derive(Clone, Debug)]
pub struct Instructions<'a> {
    code: &'a [u8],
    offset: usize,
    extended_arg: u32,
    start_offset: usize,
    failed: bool,
}

/// Decodes `co_code` the way `dis._unpack_opargs` does: every instruction in
/// order, `EXTENDED_ARG` units included (their folded argument so far as
/// `arg`), the argument folded into the instruction they prefix, inline cache
/// units skipped. Stops after the first error. (An instrumented opcode skips
/// its base's caches, as the eval loop does; `dis` would skip none, but
/// `co_code` never holds instrumented opcodes.)
pub fn instructions(code: &[u8]) -> Instructions<'_> {
    Instructions {
        code,
        offset: 0,
        extended_arg: 0,
        start_offset: 0,
        failed: false,
    }
}

impl Iterator for Instructions<'_> {
    type Item = Result<Instruction, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.offset >= self.code.len() {
            return None;
        }
        let offset = self.offset;
        let (Some(&byte), Some(&oparg)) = (self.code.get(offset), self.code.get(offset + 1)) else {
            self.failed = true;
            return Some(Err(DecodeError::OddLength(self.code.len())));
        };
        let Some(opcode) = Opcode::from_u8(byte) else {
            self.failed = true;
            return Some(Err(DecodeError::UnknownOpcode { offset, byte }));
        };
        let deopt = opcode.deopt();
        let arg = if deopt.has_arg() {
            let arg = self.extended_arg | u32::from(oparg);
            self.extended_arg = if deopt == Opcode::EXTENDED_ARG {
                arg << 8
            } else {
                0
            };
            Some(arg)
        } else {
            self.extended_arg = 0;
            None
        };
        let start_offset = if deopt == Opcode::EXTENDED_ARG {
            offset
        } else {
            self.start_offset
        };
        let instruction = Instruction {
            offset,
            start_offset,
            opcode,
            arg,
        };
        self.offset = instruction.end_offset();
        if deopt != Opcode::EXTENDED_ARG {
            self.start_offset = self.offset;
        }
        Some(Ok(instruction))
    }
}

/// The sorted byte offsets that jumps in `code` go to: `dis` numbers them
/// `L1`, `L2`, ... in this order (`findlabels`, `_make_labels_map`).
pub fn jump_labels(code: &[u8]) -> Result<Vec<usize>, DecodeError> {
    let mut labels = Vec::new();
    for instruction in instructions(code) {
        if let Some(target) = instruction?.jump_target() {
            labels.push(target);
        }
    }
    labels.sort_unstable();
    labels.dedup();
    Ok(labels)
}

/// One `co_branches()` entry: byte offsets of a conditional branch, where
/// execution continues when it is not taken, and where it goes when it is.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Branch {
    /// The branching instruction (for `END_ASYNC_FOR`, its `END_SEND`).
    pub source: usize,
    /// Where execution continues if the branch is not taken (past `NOT_TAKEN`).
    pub not_taken: usize,
    /// Where execution goes if it is.
    pub taken: usize,
}

/// `co_branches()`: the conditional branches sys.monitoring reports as
/// BRANCH_LEFT/BRANCH_RIGHT (CPython's `branchesiter_next`). `FOR_ITER`'s
/// exhausted path lands past its `END_FOR` and `POP_ITER`; a `POP_JUMP_IF_*`
/// falls through past its `NOT_TAKEN`; an `END_ASYNC_FOR` closes the branch
/// its loop's `END_SEND`, `NOT_TAKEN` pair opens. Branches whose offsets fall
/// outside the address space (malformed code) are left out.
pub fn branches(code: &[u8]) -> Result<Vec<Branch>, DecodeError> {
    let mut found = Vec::new();
    for instruction in instructions(code) {
        let instruction = instruction?;
        let (Some(arg), end) = (instruction.arg, instruction.end_offset()) else {
            continue;
        };
        let Some(distance) = usize::try_from(arg).ok().and_then(|a| a.checked_mul(2)) else {
            continue;
        };
        let branch = match instruction.opcode.deopt() {
            Opcode::FOR_ITER => end
                .checked_add(distance)
                .and_then(|t| t.checked_add(4))
                .map(|taken| Branch {
                    source: instruction.offset,
                    not_taken: end,
                    taken,
                }),
            Opcode::POP_JUMP_IF_FALSE
            | Opcode::POP_JUMP_IF_TRUE
            | Opcode::POP_JUMP_IF_NONE
            | Opcode::POP_JUMP_IF_NOT_NONE => end.checked_add(distance).map(|taken| Branch {
                source: instruction.offset,
                not_taken: end + 2,
                taken,
            }),
            Opcode::END_ASYNC_FOR => end.checked_sub(distance).map(|source| Branch {
                source,
                not_taken: source + 4,
                taken: end,
            }),
            _ => None,
        };
        found.extend(branch);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assemble(units: &[(Opcode, u8)]) -> Vec<u8> {
        units
            .iter()
            .flat_map(|&(op, arg)| CodeUnit::new(op, arg).to_bytes())
            .collect()
    }

    #[test]
    fn folds_extended_args_and_skips_caches() {
        let code = assemble(&[
            (Opcode::RESUME, 0),
            (Opcode::EXTENDED_ARG, 1),
            (Opcode::LOAD_GLOBAL, 3),
            (Opcode::CACHE, 0),
            (Opcode::CACHE, 0),
            (Opcode::CACHE, 0),
            (Opcode::CACHE, 0),
            (Opcode::RETURN_VALUE, 0),
        ]);
        let decoded: Vec<Instruction> = instructions(&code).map(Result::unwrap).collect();
        let summary: Vec<(usize, usize, &str, Option<u32>)> = decoded
            .iter()
            .map(|i| (i.offset, i.start_offset, i.opcode.name(), i.arg))
            .collect();
        assert_eq!(
            summary,
            [
                (0, 0, "RESUME", Some(0)),
                (2, 2, "EXTENDED_ARG", Some(1)),
                (4, 2, "LOAD_GLOBAL", Some(259)),
                (14, 14, "RETURN_VALUE", None),
            ]
        );
    }

    #[test]
    fn jump_targets_count_from_after_the_caches() {
        let code = assemble(&[
            (Opcode::NOP, 0),
            (Opcode::POP_JUMP_IF_FALSE, 2),
            (Opcode::CACHE, 0),
            (Opcode::NOP, 0),
            (Opcode::JUMP_BACKWARD, 5),
            (Opcode::CACHE, 0),
            (Opcode::NOP, 0),
        ]);
        let targets: Vec<Option<usize>> = instructions(&code)
            .map(|i| i.unwrap().jump_target())
            .collect();
        assert_eq!(targets, [None, Some(10), None, Some(2), None]);
        assert_eq!(jump_labels(&code), Ok(vec![2, 10]));
    }

    #[test]
    fn writes_extended_args_and_caches() {
        let mut code = Vec::new();
        write_instruction(&mut code, Opcode::LOAD_ATTR, 0x0102_0304);
        write_instruction(&mut code, Opcode::NOP, 0);
        write_instruction(&mut code, Opcode::BUILD_TUPLE, 0x1ff);
        assert_eq!(instruction_units(Opcode::LOAD_ATTR, 0x0102_0304), 3 + 1 + 9);
        assert_eq!(&code[..8], [69, 1, 69, 2, 69, 3, 80, 4]);
        assert_eq!(code.len(), 2 * (13 + 1 + 2));
        let decoded: Vec<(&str, Option<u32>)> = instructions(&code)
            .map(|i| i.unwrap())
            .map(|i| (i.opcode.name(), i.arg))
            .collect();
        assert_eq!(decoded[3], ("LOAD_ATTR", Some(0x0102_0304)));
        assert_eq!(
            decoded[4..],
            [
                ("NOP", None),
                ("EXTENDED_ARG", Some(1)),
                ("BUILD_TUPLE", Some(0x1ff))
            ]
        );
    }

    #[test]
    fn bad_code_is_an_error_not_a_panic() {
        assert_eq!(
            instructions(&[27, 0, 27]).collect::<Vec<_>>().last(),
            Some(&Err(DecodeError::OddLength(3)))
        );
        assert_eq!(
            instructions(&[121, 0]).next(),
            Some(Err(DecodeError::UnknownOpcode {
                offset: 0,
                byte: 121
            }))
        );
        // A backward jump before the start has no target.
        let code = assemble(&[(Opcode::JUMP_BACKWARD, 9), (Opcode::CACHE, 0)]);
        assert_eq!(
            instructions(&code).next().unwrap().unwrap().jump_target(),
            None
        );
        // Four EXTENDED_ARGs wrap at 32 bits like CPython's oparg.
        let code = assemble(&[
            (Opcode::EXTENDED_ARG, 0xff),
            (Opcode::EXTENDED_ARG, 0xff),
            (Opcode::EXTENDED_ARG, 0xff),
            (Opcode::EXTENDED_ARG, 0xff),
            (Opcode::LOAD_SMALL_INT, 0x12),
        ]);
        assert_eq!(
            instructions(&code).last().unwrap().unwrap().arg,
            Some(0xffff_ff12)
        );
        // A truncated cache just ends the walk.
        let code = assemble(&[(Opcode::LOAD_ATTR, 0), (Opcode::CACHE, 0)]);
        assert_eq!(instructions(&code).count(), 1);
    }
}
