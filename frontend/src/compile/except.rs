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
    for b in g.order() {
        let targets: Vec<BlockId> = g.blocks[b]
            .instrs
            .iter()
            .filter(|i| i.is_block_push())
            .filter_map(|i| i.target)
            .collect();
        for t in targets {
            g.blocks[t].except_handler = true;
        }
    }
}

/// The handler stack of `_PyCfgExceptStack`; slot 0 is "no handler".
#[derive(Clone, Debug)]
struct ExceptStack(Vec<Option<BlockId>>);

impl ExceptStack {
    fn top(&self) -> Option<BlockId> {
        self.0.last().copied().flatten()
    }

    fn depth(&self) -> usize {
        self.0.len() - 1
    }
}

/// `label_exception_targets`: records on every instruction the handler
/// active there, turns `POP_BLOCK` into `NOP`, marks handlers that keep
/// `lasti`, and tags `RESUME` after a yield at handler depth one.
pub fn label_exception_targets(g: &mut Cfg) -> Result<(), CfgError> {
    g.clear_visited();
    let mut stacks: Vec<Option<ExceptStack>> = vec![None; g.blocks.len()];
    let entry = g.entry;
    let mut todo = vec![entry];
    g.blocks[entry].visited = true;
    stacks[entry] = Some(ExceptStack(vec![None]));
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b].take();
        let mut handler = stack.as_ref().and_then(ExceptStack::top);
        let mut last_yield_except_depth: Option<usize> = None;
        let has_fallthrough = g.blocks[b].has_fallthrough();
        for i in 0..g.blocks[b].instrs.len() {
            let instr = g.blocks[b].instrs[i];
            let Some(st) = stack.as_mut() else { break };
            if instr.is_block_push() {
                let target = instr.target.ok_or(CfgError::JumpWithoutTarget)?;
                if !g.blocks[target].visited {
                    stacks[target] = Some(st.clone());
                    todo.push(target);
                    g.blocks[target].visited = true;
                }
                if matches!(instr.opcode, op::SETUP_WITH | op::SETUP_CLEANUP) {
                    g.blocks[target].preserve_lasti = true;
                }
                if st.depth() > CO_MAXBLOCKS {
                    return Err(CfgError::TooManyBlocks);
                }
                st.0.push(Some(target));
                handler = Some(target);
            } else if instr.opcode == op::POP_BLOCK {
                if st.depth() == 0 {
                    return Err(CfgError::PopBlockUnderflow);
                }
                st.0.pop();
                handler = st.top();
                g.blocks[b].instrs[i].set_nop();
            } else if instr.is_jump() {
                g.blocks[b].instrs[i].except = handler;
                let target = instr.target.ok_or(CfgError::JumpWithoutTarget)?;
                if !g.blocks[target].visited {
                    stacks[target] = if has_fallthrough {
                        Some(st.clone())
                    } else {
                        stack.take()
                    };
                    todo.push(target);
                    g.blocks[target].visited = true;
                }
            } else if instr.opcode == op::YIELD_VALUE {
                g.blocks[b].instrs[i].except = handler;
                last_yield_except_depth = Some(st.depth());
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
