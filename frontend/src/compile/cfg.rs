//! The control-flow graph of one code unit: basic blocks linked in layout order; mirrors the data half of CPython's Python/flowgraph.c.
//!
//! Blocks live in an arena (`Vec<Block>`) and refer to each other by
//! [`BlockId`]. `next` is the layout (fall-through) order, as CPython's
//! `b_next`; blocks that drop out of that chain are simply unreachable.

use super::instr_seq::{HandlerInfo, Instruction, InstructionSequence, Location, SequenceError};
use super::op::{self, Opcode};

pub type BlockId = usize;

/// One CFG instruction (`cfg_instr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CfgInstr {
    pub opcode: Opcode,
    pub oparg: u32,
    pub loc: Location,
    /// The jump or handler target, for opcodes with [`op::has_target`].
    pub target: Option<BlockId>,
    /// The handler active at this instruction (set by `label_exception_targets`).
    pub except: Option<BlockId>,
}

impl CfgInstr {
    pub fn new(opcode: Opcode, oparg: u32, loc: Location) -> CfgInstr {
        CfgInstr {
            opcode,
            oparg,
            loc,
            target: None,
            except: None,
        }
    }

    /// `INSTR_SET_OP0`/`INSTR_SET_OP1`: change the operation, keep the position.
    pub fn set_op(&mut self, opcode: Opcode, oparg: u32) {
        self.opcode = opcode;
        self.oparg = oparg;
    }

    /// Turns the instruction into a `NOP` (keeping its location).
    pub fn set_nop(&mut self) {
        self.set_op(op::NOP, 0);
    }

    pub fn is_jump(&self) -> bool {
        op::has_jump(self.opcode)
    }

    pub fn is_block_push(&self) -> bool {
        op::is_block_push(self.opcode)
    }
}

/// A basic block (`basicblock`).
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<CfgInstr>,
    pub next: Option<BlockId>,
    /// The label this block was created for, if it is a jump target.
    pub label: Option<u32>,
    pub unsafe_locals_mask: u64,
    pub predecessors: u32,
    /// Stack depth on entry; `None` until computed.
    pub start_depth: Option<u32>,
    pub preserve_lasti: bool,
    pub visited: bool,
    pub except_handler: bool,
    pub cold: bool,
    pub warm: bool,
    /// The handlers CPython's instruction array still holds past `b_iused`,
    /// last element first (`stale.last()` is the slot at `instrs.len()`).
    /// `basicblock_addop` leaves a slot's `i_except` as it was, so an
    /// instruction appended there inherits the handler of whatever
    /// instruction used the slot before; never-used slots are zeroed (no handler).
    stale: Vec<Option<BlockId>>,
}

impl Block {
    /// Shrinks to `n` instructions (CPython lowers `b_iused`; the slots keep their contents).
    pub fn truncate(&mut self, n: usize) {
        if n < self.instrs.len() {
            self.stale
                .extend(self.instrs[n..].iter().rev().map(|i| i.except));
            self.instrs.truncate(n);
        }
    }

    fn take_slot(&mut self) -> Option<BlockId> {
        self.stale.pop().flatten()
    }

    /// Appends like `basicblock_addop`: the handler is whatever the slot held.
    pub fn push_new(&mut self, mut instr: CfgInstr) {
        instr.except = self.take_slot();
        self.instrs.push(instr);
    }

    /// Appends a whole instruction (a struct copy in CPython).
    pub fn push_copy(&mut self, instr: CfgInstr) {
        self.take_slot();
        self.instrs.push(instr);
    }

    /// Inserts a whole instruction at `pos` (`basicblock_insert_instruction`).
    pub fn insert_copy(&mut self, pos: usize, instr: CfgInstr) {
        self.take_slot();
        self.instrs.insert(pos.min(self.instrs.len()), instr);
    }

    pub fn last(&self) -> Option<&CfgInstr> {
        self.instrs.last()
    }

    /// `BB_NO_FALLTHROUGH`: ends in a scope exit or an unconditional jump.
    pub fn no_fallthrough(&self) -> bool {
        self.last()
            .is_some_and(|l| op::is_scope_exit(l.opcode) || op::is_unconditional_jump(l.opcode))
    }

    pub fn has_fallthrough(&self) -> bool {
        !self.no_fallthrough()
    }

    /// `basicblock_exits_scope`.
    pub fn exits_scope(&self) -> bool {
        self.last().is_some_and(|l| op::is_scope_exit(l.opcode))
    }

    pub fn has_no_lineno(&self) -> bool {
        self.instrs.iter().all(|i| !i.loc.has_line())
    }
}

/// Errors the back end reports (CPython raises `SystemError` or `ValueError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CfgError {
    Sequence(SequenceError),
    /// A jump or scope exit that is not the last instruction of its block.
    MalformedCfg,
    /// `Invalid CFG, inconsistent stackdepth`.
    InconsistentStackDepth,
    /// `Invalid CFG, stack underflow`.
    StackUnderflow,
    /// An opcode without a known stack effect.
    InvalidStackEffect {
        opcode: Opcode,
        oparg: u32,
    },
    /// More than CPython's `CO_MAXBLOCKS` nested handlers.
    TooManyBlocks,
    /// A `POP_BLOCK` with no handler to pop.
    PopBlockUnderflow,
    /// A jump whose target block is missing.
    JumpWithoutTarget,
    /// A pseudo-instruction left when writing `co_code`.
    PseudoOpInCode(Opcode),
    /// A position the location table cannot hold (an end before its start).
    UnrepresentableLocation,
    /// A handler range the exception table cannot hold.
    UnrepresentableHandler,
}

impl CfgError {
    /// The exception CPython raises for this error: its type name and message.
    pub fn python_error(&self) -> (&'static str, String) {
        match self {
            CfgError::InconsistentStackDepth => {
                ("ValueError", "Invalid CFG, inconsistent stackdepth".into())
            }
            CfgError::StackUnderflow => ("ValueError", "Invalid CFG, stack underflow".into()),
            CfgError::InvalidStackEffect { opcode, oparg } => (
                "SystemError",
                format!("Invalid stack effect for opcode={opcode}, arg={oparg}"),
            ),
            CfgError::MalformedCfg => ("SystemError", "malformed control flow graph.".into()),
            CfgError::JumpWithoutTarget => ("SystemError", "jump with NULL target".into()),
            other => ("SystemError", format!("compiler back end: {other:?}")),
        }
    }
}

impl From<SequenceError> for CfgError {
    fn from(e: SequenceError) -> CfgError {
        CfgError::Sequence(e)
    }
}

/// The graph (`cfg_builder`).
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    pub entry: BlockId,
    current: BlockId,
    current_label: Option<u32>,
}

impl Default for Cfg {
    fn default() -> Cfg {
        Cfg::new()
    }
}

impl Cfg {
    pub fn new() -> Cfg {
        Cfg {
            blocks: vec![Block::default()],
            entry: 0,
            current: 0,
            current_label: None,
        }
    }

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// The block after `b` in layout order; with `Some(entry)` as the
    /// start, walks the layout without allocating (and sees blocks a pass
    /// links in behind the current one).
    pub fn next_in_layout(&self, b: BlockId) -> Option<BlockId> {
        self.blocks[b].next
    }

    /// The blocks in layout order.
    pub fn order(&self) -> Vec<BlockId> {
        let mut out = Vec::with_capacity(self.blocks.len());
        let mut b = Some(self.entry);
        while let Some(id) = b {
            out.push(id);
            b = self.blocks[id].next;
        }
        out
    }

    fn current_block_is_terminated(&mut self) -> bool {
        let cur = &mut self.blocks[self.current];
        if cur.last().is_some_and(|l| op::is_terminator(l.opcode)) {
            return true;
        }
        if let Some(label) = self.current_label {
            if !cur.instrs.is_empty() || cur.label.is_some() {
                return true;
            }
            cur.label = Some(label);
            self.current_label = None;
        }
        false
    }

    fn maybe_start_new_block(&mut self) {
        if self.current_block_is_terminated() {
            let b = self.new_block();
            self.blocks[b].label = self.current_label.take();
            self.blocks[self.current].next = Some(b);
            self.current = b;
        }
    }

    /// `_PyCfgBuilder_UseLabel`.
    pub fn use_label(&mut self, label: u32) {
        self.current_label = Some(label);
        self.maybe_start_new_block();
    }

    /// `_PyCfgBuilder_Addop`.
    pub fn addop(&mut self, opcode: Opcode, oparg: u32, loc: Location) {
        self.maybe_start_new_block();
        self.blocks[self.current].push_new(CfgInstr::new(opcode, oparg, loc));
    }

    /// `_PyCfg_FromInstructionSequence`: one block per straight-line run,
    /// labels named by the index of the instruction they precede.
    pub fn from_sequence(seq: &mut InstructionSequence) -> Result<Cfg, CfgError> {
        seq.apply_label_map()?;
        let n = seq.instrs.len();
        let mut is_target = vec![false; n];
        for instr in &seq.instrs {
            if op::has_target(instr.opcode) {
                let t = instr.oparg as usize;
                *is_target.get_mut(t).ok_or(CfgError::JumpWithoutTarget)? = true;
            }
        }
        // run[i]: instructions from i to the next label or past the next
        // terminator, so each block's vector is sized once.
        let mut run = vec![0u32; n];
        for i in (0..n).rev() {
            let ends_block =
                i + 1 == n || is_target[i + 1] || op::is_terminator(seq.instrs[i].opcode);
            run[i] = 1 + if ends_block { 0 } else { run[i + 1] };
        }
        let mut g = Cfg::new();
        g.blocks.reserve(run.iter().filter(|&&r| r == 1).count());
        let mut i = 0;
        while i < n {
            if is_target[i] {
                g.use_label(i as u32);
            } else if g.blocks[g.current]
                .last()
                .is_some_and(|l| op::is_terminator(l.opcode))
            {
                // `addop` without a pending label: a new block only after a terminator.
                g.maybe_start_new_block();
            }
            // Up to the end of the run nothing but appending happens: no
            // label is placed and no terminator comes before its last
            // instruction. A fresh block's vector is sized for the run.
            let end = i + run[i] as usize;
            let chunk = &seq.instrs[i..end];
            if chunk
                .iter()
                .any(|x| x.opcode == op::ANNOTATIONS_PLACEHOLDER)
            {
                g.add_with_annotations(chunk, seq.annotations_code(), run[i] as usize);
            } else {
                let block = &mut g.blocks[g.current];
                if block.instrs.capacity() == 0 {
                    block.instrs.reserve_exact(run[i] as usize);
                }
                for x in chunk {
                    block.push_new(CfgInstr::new(x.opcode, x.oparg, x.loc));
                }
            }
            i = end;
        }
        Ok(g)
    }

    /// Appends `chunk` instruction by instruction, `ANNOTATIONS_PLACEHOLDER`
    /// replaced by the annotations code; `run` sizes a fresh block.
    fn add_with_annotations(
        &mut self,
        chunk: &[Instruction],
        annotations: Option<&InstructionSequence>,
        run: usize,
    ) {
        for (k, instr) in chunk.iter().enumerate() {
            if instr.opcode == op::ANNOTATIONS_PLACEHOLDER {
                if let Some(ann) = annotations {
                    for a in &ann.instrs {
                        self.addop(a.opcode, a.oparg, a.loc);
                    }
                }
                continue;
            }
            if self.blocks[self.current]
                .last()
                .is_some_and(|l| op::is_terminator(l.opcode))
            {
                self.maybe_start_new_block();
            }
            let block = &mut self.blocks[self.current];
            if block.instrs.capacity() == 0 {
                block.instrs.reserve_exact(run - k);
            }
            block.push_new(CfgInstr::new(instr.opcode, instr.oparg, instr.loc));
        }
    }

    /// The largest label number in use (`get_max_label`), or -1.
    pub fn max_label(&self) -> i64 {
        self.blocks
            .iter()
            .filter_map(|block| block.label)
            .map(i64::from)
            .max()
            .unwrap_or(-1)
    }

    /// `translate_jump_labels_to_targets`.
    pub fn translate_jump_labels(&mut self) -> Result<(), CfgError> {
        // Labels are instruction indices here, so a vector indexes them.
        let mut by_label: Vec<Option<BlockId>> = vec![None; (self.max_label() + 1) as usize];
        let mut cur = Some(self.entry);
        while let Some(b) = cur {
            if let Some(l) = self.blocks[b].label {
                by_label[l as usize] = Some(b);
            }
            cur = self.blocks[b].next;
        }
        for block in &mut self.blocks {
            for instr in &mut block.instrs {
                if op::has_target(instr.opcode) {
                    instr.target = Some(
                        by_label
                            .get(instr.oparg as usize)
                            .copied()
                            .flatten()
                            .ok_or(CfgError::JumpWithoutTarget)?,
                    );
                }
            }
        }
        Ok(())
    }

    /// `check_cfg`: terminators only at block ends.
    pub fn check(&self) -> Result<(), CfgError> {
        for block in &self.blocks {
            let instrs = &block.instrs;
            for (i, instr) in instrs.iter().enumerate() {
                if op::is_terminator(instr.opcode) && i + 1 != instrs.len() {
                    return Err(CfgError::MalformedCfg);
                }
            }
        }
        Ok(())
    }

    /// `next_nonempty_block`.
    pub fn next_nonempty(&self, mut b: Option<BlockId>) -> Option<BlockId> {
        while let Some(id) = b {
            if !self.blocks[id].instrs.is_empty() {
                return Some(id);
            }
            b = self.blocks[id].next;
        }
        None
    }

    /// Clears `visited` on every block (`make_cfg_traversal_stack`; every
    /// block the arena holds is linked into the layout order).
    pub fn clear_visited(&mut self) {
        for block in &mut self.blocks {
            block.visited = false;
        }
    }

    /// Appends a jump to `target` at the end of `b` (`basicblock_add_jump`).
    pub fn add_jump(&mut self, b: BlockId, opcode: Opcode, target: BlockId, loc: Location) {
        let label = self.blocks[target].label.unwrap_or(0);
        let mut instr = CfgInstr::new(opcode, label, loc);
        instr.target = Some(target);
        self.blocks[b].push_new(instr);
    }

    /// A copy of a block without fall-through, not yet linked (`copy_basicblock`).
    pub fn copy_block(&mut self, b: BlockId) -> BlockId {
        let new = self.new_block();
        self.blocks[new].instrs = self.blocks[b].instrs.clone();
        new
    }

    /// `_PyCfg_ToInstructionSequence`: blocks renumbered in layout order,
    /// jumps and handlers pointing at the first instruction of their block.
    pub fn to_sequence(&mut self) -> InstructionSequence {
        let order = self.order();
        let mut first_index = vec![0usize; self.blocks.len()];
        let mut n = 0;
        for &b in &order {
            first_index[b] = n;
            n += self.blocks[b].instrs.len();
        }
        // A jump to an empty block lands on the next non-empty one, which is
        // where the instruction index of the empty block already points.
        for (label, &b) in order.iter().enumerate() {
            self.blocks[b].label = Some(label as u32);
        }
        let mut out = Vec::with_capacity(n);
        for &b in &order {
            for instr in &self.blocks[b].instrs {
                let oparg = match instr.target {
                    Some(t) if op::has_target(instr.opcode) => first_index[t] as u32,
                    _ => instr.oparg,
                };
                let handler = instr.except.map(|h| HandlerInfo {
                    target: first_index[h] as u32,
                    start_depth: self.blocks[h].start_depth.unwrap_or(0),
                    preserve_lasti: self.blocks[h].preserve_lasti,
                });
                out.push(Instruction {
                    opcode: instr.opcode,
                    oparg,
                    loc: instr.loc,
                    handler,
                });
            }
        }
        InstructionSequence::from_resolved(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_code_replaces_its_placeholder() {
        let mut seq = InstructionSequence::new();
        seq.addop(op::RESUME, 0, Location::NONE);
        seq.addop(op::ANNOTATIONS_PLACEHOLDER, 0, Location::NONE);
        seq.addop(op::RETURN_VALUE, 0, Location::NONE);
        let mut ann = InstructionSequence::new();
        ann.addop(op::LOAD_CONST, 0, Location::line_only(1));
        ann.addop(op::STORE_NAME, 0, Location::line_only(1));
        seq.set_annotations_code(ann);
        let g = Cfg::from_sequence(&mut seq).unwrap();
        let ops: Vec<_> = g.blocks[g.entry].instrs.iter().map(|i| i.opcode).collect();
        assert_eq!(
            ops,
            vec![op::RESUME, op::LOAD_CONST, op::STORE_NAME, op::RETURN_VALUE]
        );
    }

    #[test]
    fn jumps_and_exits_end_blocks() {
        let mut seq = InstructionSequence::new();
        let end = seq.new_label();
        seq.addop(op::NOP, 0, Location::NONE);
        seq.add_jump(op::POP_JUMP_IF_TRUE, end, Location::NONE);
        seq.addop(op::RETURN_VALUE, 0, Location::NONE);
        seq.use_label(end);
        seq.addop(op::RETURN_VALUE, 0, Location::NONE);
        let g = Cfg::from_sequence(&mut seq).unwrap();
        let sizes: Vec<_> = g
            .order()
            .iter()
            .map(|&b| g.blocks[b].instrs.len())
            .collect();
        assert_eq!(sizes, vec![2, 1, 1]);
        assert_eq!(
            CfgError::InconsistentStackDepth.python_error().1,
            "Invalid CFG, inconsistent stackdepth"
        );
    }
}
