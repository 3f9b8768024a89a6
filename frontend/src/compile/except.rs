//! Exception-handler preprocessing: `mark_except_handlers` and `label_exception_targets` of CPython's Python/flowgraph.c.

use super::cfg::{BlockId, Cfg, CfgError};
use super::op;

/// CPython's `CO_MAXBLOCKS`: the deepest handler nesting codegen allows.
const CO_MAXBLOCKS: usize = 21;
/// `RESUME_AT_FUNC_START`.
const RESUME_AT_FUNC_START: u32 = 0;
/// `RESUME_OPARG_DEPTH1_MASK`: set on a `RESUME` after a yield inside exactly one handler.
const RESUME_OPARG_DEPTH1_MASK: u32 = 4;

/// `mark_except_handlers`: flags every `SETUP_*` target.
pub fn mark_except_handlers(g: &mut Cfg) {
    for b in 0..g.blocks.len() {
        for i in 0..g.blocks[b].instrs.len() {
            let instr = g.blocks[b].instrs[i];
            if instr.is_block_push()
                && let Some(t) = instr.target
            {
                g.blocks[t].except_handler = true;
            }
        }
    }
}

/// The handler stacks of `_PyCfgExceptStack`, shared as a tree: a stack is
/// its top node, pushing adds a child, so copying a stack to a successor
/// block is copying an index. Node 0 is the empty stack ("no handler").
struct ExceptStacks {
    /// (handler, the stack below it, depth).
    nodes: Vec<(Option<BlockId>, usize, usize)>,
}

impl ExceptStacks {
    fn new() -> ExceptStacks {
        ExceptStacks {
            nodes: vec![(None, 0, 0)],
        }
    }

    fn top(&self, stack: usize) -> Option<BlockId> {
        self.nodes[stack].0
    }

    fn depth(&self, stack: usize) -> usize {
        self.nodes[stack].2
    }

    fn push(&mut self, stack: usize, handler: BlockId) -> usize {
        let depth = self.depth(stack) + 1;
        self.nodes.push((Some(handler), stack, depth));
        self.nodes.len() - 1
    }

    fn pop(&self, stack: usize) -> usize {
        self.nodes[stack].1
    }
}

/// `label_exception_targets`: records on every instruction the handler
/// active there, turns `POP_BLOCK` into `NOP`, marks handlers that keep
/// `lasti`, and tags `RESUME` after a yield at handler depth one.
pub fn label_exception_targets(g: &mut Cfg) -> Result<(), CfgError> {
    // Without handler pushes or pops every instruction keeps "no handler"
    // (a fresh graph has no other), and nothing else here applies.
    let any_block_op = g.blocks.iter().any(|b| {
        b.instrs
            .iter()
            .any(|i| i.is_block_push() || i.opcode == op::POP_BLOCK)
    });
    if !any_block_op {
        return Ok(());
    }
    g.clear_visited();
    let mut tree = ExceptStacks::new();
    let mut stacks: Vec<Option<usize>> = vec![None; g.blocks.len()];
    let entry = g.entry;
    let mut todo = vec![entry];
    g.blocks[entry].visited = true;
    stacks[entry] = Some(0);
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b].take();
        let mut handler = stack.and_then(|st| tree.top(st));
        let mut last_yield_except_depth: Option<usize> = None;
        let has_fallthrough = g.blocks[b].has_fallthrough();
        for i in 0..g.blocks[b].instrs.len() {
            let instr = g.blocks[b].instrs[i];
            let Some(st) = stack else { break };
            if instr.is_block_push() {
                let target = instr.target.ok_or(CfgError::JumpWithoutTarget)?;
                if !g.blocks[target].visited {
                    stacks[target] = Some(st);
                    todo.push(target);
                    g.blocks[target].visited = true;
                }
                if matches!(instr.opcode, op::SETUP_WITH | op::SETUP_CLEANUP) {
                    g.blocks[target].preserve_lasti = true;
                }
                if tree.depth(st) > CO_MAXBLOCKS {
                    return Err(CfgError::TooManyBlocks);
                }
                stack = Some(tree.push(st, target));
                handler = Some(target);
            } else if instr.opcode == op::POP_BLOCK {
                if tree.depth(st) == 0 {
                    return Err(CfgError::PopBlockUnderflow);
                }
                let below = tree.pop(st);
                stack = Some(below);
                handler = tree.top(below);
                g.blocks[b].instrs[i].set_nop();
            } else if instr.is_jump() {
                g.blocks[b].instrs[i].except = handler;
                let target = instr.target.ok_or(CfgError::JumpWithoutTarget)?;
                if !g.blocks[target].visited {
                    stacks[target] = Some(st);
                    if !has_fallthrough {
                        // The stack moves to the target (CPython hands it over).
                        stack = None;
                    }
                    todo.push(target);
                    g.blocks[target].visited = true;
                }
            } else if instr.opcode == op::YIELD_VALUE {
                g.blocks[b].instrs[i].except = handler;
                last_yield_except_depth = Some(tree.depth(st));
            } else if instr.opcode == op::RESUME {
                g.blocks[b].instrs[i].except = handler;
                if instr.oparg != RESUME_AT_FUNC_START {
                    if last_yield_except_depth == Some(1) {
                        g.blocks[b].instrs[i].oparg |= RESUME_OPARG_DEPTH1_MASK;
                    }
                    last_yield_except_depth = None;
                }
            } else {
                g.blocks[b].instrs[i].except = handler;
            }
        }
        if let Some(next) = g.blocks[b].next
            && has_fallthrough
            && !g.blocks[next].visited
        {
            stacks[next] = stack;
            todo.push(next);
            g.blocks[next].visited = true;
        }
    }
    Ok(())
}
