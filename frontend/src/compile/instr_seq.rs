//! The flat instruction list codegen emits into and the assembler reads; mirrors CPython's Python/instruction_sequence.c.

use super::op::{self, Opcode};

/// A source range: 1-based lines, 0-based UTF-8 byte columns; `-1` means absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col_offset: i32,
    pub end_col_offset: i32,
}

impl Location {
    /// CPython's `NO_LOCATION`: the instruction has no position of its own.
    pub const NONE: Location = Location {
        lineno: -1,
        end_lineno: -1,
        col_offset: -1,
        end_col_offset: -1,
    };

    /// CPython's `NEXT_LOCATION`: take the location of the instruction that
    /// follows in the final code (resolved by the assembler).
    pub const NEXT: Location = Location {
        lineno: -2,
        end_lineno: -2,
        col_offset: -2,
        end_col_offset: -2,
    };

    pub const fn new(
        lineno: i32,
        col_offset: i32,
        end_lineno: i32,
        end_col_offset: i32,
    ) -> Location {
        Location {
            lineno,
            end_lineno,
            col_offset,
            end_col_offset,
        }
    }

    /// A location with only a line, as CPython's `LOCATION(l, l, -1, -1)`.
    pub const fn line_only(lineno: i32) -> Location {
        Location {
            lineno,
            end_lineno: lineno,
            col_offset: -1,
            end_col_offset: -1,
        }
    }

    pub fn has_line(&self) -> bool {
        self.lineno >= 0
    }
}

/// A jump target. Codegen gets fresh labels from [`InstructionSequence::new_label`]
/// and places them with [`InstructionSequence::use_label`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// The handler that covers one instruction, filled in after optimization
/// (`_PyExceptHandlerInfo`): the handler's instruction index, the stack
/// depth at the handler, and whether it pushes `lasti`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandlerInfo {
    pub target: u32,
    pub start_depth: u32,
    pub preserve_lasti: bool,
}

/// One instruction. For opcodes with a target ([`op::has_target`]) the
/// argument is a label number until [`InstructionSequence::apply_label_map`]
/// turns it into an instruction index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub opcode: Opcode,
    pub oparg: u32,
    pub loc: Location,
    pub handler: Option<HandlerInfo>,
}

/// Ways an instruction sequence can be malformed (CPython raises `SystemError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SequenceError {
    /// A jump names a label that was never placed.
    UnplacedLabel(u32),
    /// An argument that does not fit CPython's 30-bit limit.
    ArgumentTooLarge(Opcode),
}

/// CPython's `_PyInstructionSequence`.
#[derive(Clone, Debug, Default)]
pub struct InstructionSequence {
    pub instrs: Vec<Instruction>,
    next_free_label: u32,
    /// `label_map[l]` is the index of the instruction label `l` was placed
    /// before; `None` while unplaced. Empty once applied.
    label_map: Vec<Option<usize>>,
    labels_applied: bool,
    /// The annotations code that replaces `ANNOTATIONS_PLACEHOLDER` when the CFG is built.
    annotations: Option<Box<InstructionSequence>>,
}

impl InstructionSequence {
    pub fn new() -> InstructionSequence {
        // Room for a small function's code before the vector first grows.
        InstructionSequence {
            instrs: Vec::with_capacity(32),
            ..InstructionSequence::default()
        }
    }

    /// A new label, not yet placed (`_PyInstructionSequence_NewLabel`).
    pub fn new_label(&mut self) -> Label {
        self.next_free_label += 1;
        Label(self.next_free_label)
    }

    /// Places `label` before the next instruction added.
    pub fn use_label(&mut self, label: Label) {
        let l = label.0 as usize;
        if self.label_map.len() <= l {
            self.label_map.resize(l + 1, None);
        }
        self.label_map[l] = Some(self.instrs.len());
    }

    /// Appends an instruction. For jumps and handler pushes pass the label
    /// number as `oparg` (or use [`InstructionSequence::add_jump`]).
    pub fn addop(&mut self, opcode: Opcode, oparg: u32, loc: Location) {
        self.instrs.push(Instruction {
            opcode,
            oparg,
            loc,
            handler: None,
        });
    }

    /// Appends a jump or `SETUP_*` to `target`.
    pub fn add_jump(&mut self, opcode: Opcode, target: Label, loc: Location) {
        debug_assert!(op::has_target(opcode));
        self.addop(opcode, target.0, loc);
    }

    /// Inserts an instruction at `pos`, keeping labels on the instructions they named.
    pub fn insert(&mut self, pos: usize, opcode: Opcode, oparg: u32, loc: Location) {
        let pos = pos.min(self.instrs.len());
        self.instrs.insert(
            pos,
            Instruction {
                opcode,
                oparg,
                loc,
                handler: None,
            },
        );
        for slot in self.label_map.iter_mut().flatten() {
            if *slot >= pos {
                *slot += 1;
            }
        }
    }

    /// Sets the code that `ANNOTATIONS_PLACEHOLDER` stands for.
    pub fn set_annotations_code(&mut self, annotations: InstructionSequence) {
        self.annotations = Some(Box::new(annotations));
    }

    pub(crate) fn annotations_code(&self) -> Option<&InstructionSequence> {
        self.annotations.as_deref()
    }

    /// Replaces label numbers by instruction indices (`_PyInstructionSequence_ApplyLabelMap`).
    pub fn apply_label_map(&mut self) -> Result<(), SequenceError> {
        if self.labels_applied {
            return Ok(());
        }
        for instr in &mut self.instrs {
            if op::has_target(instr.opcode) {
                let target = self.label_map.get(instr.oparg as usize).copied().flatten();
                instr.oparg = target.ok_or(SequenceError::UnplacedLabel(instr.oparg))? as u32;
            }
        }
        self.label_map.clear();
        self.labels_applied = true;
        Ok(())
    }

    /// A sequence whose jump arguments are already instruction indices.
    pub fn from_resolved(instrs: Vec<Instruction>) -> InstructionSequence {
        InstructionSequence {
            instrs,
            labels_applied: true,
            ..InstructionSequence::default()
        }
    }

    pub fn len(&self) -> usize {
        self.instrs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.instrs.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_become_instruction_indices() {
        let mut seq = InstructionSequence::new();
        let top = seq.new_label();
        let end = seq.new_label();
        seq.use_label(top);
        seq.addop(op::NOP, 0, Location::NONE);
        seq.add_jump(op::POP_JUMP_IF_TRUE, end, Location::NONE);
        seq.add_jump(op::JUMP, top, Location::NONE);
        seq.use_label(end);
        seq.addop(op::RETURN_VALUE, 0, Location::NONE);
        seq.insert(0, op::NOP, 0, Location::NONE);
        seq.apply_label_map().unwrap();
        let args: Vec<u32> = seq.instrs.iter().map(|i| i.oparg).collect();
        assert_eq!(args, vec![0, 0, 4, 1, 0]);
    }

    #[test]
    fn unplaced_label_is_an_error() {
        let mut seq = InstructionSequence::new();
        let l = seq.new_label();
        seq.add_jump(op::JUMP, l, Location::NONE);
        assert_eq!(seq.apply_label_map(), Err(SequenceError::UnplacedLabel(1)));
    }
}
