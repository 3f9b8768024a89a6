//! `calculate_stackdepth` of CPython's Python/flowgraph.c: the deepest operand stack any path needs, and each block's entry depth.

use super::cfg::{BlockId, Cfg, CfgError};
use super::op;

fn effect(opcode: op::Opcode, oparg: u32, jump: bool) -> Result<i64, CfgError> {
    let (popped, pushed) =
        op::stack(opcode, oparg).ok_or(CfgError::InvalidStackEffect { opcode, oparg })?;
    if op::is_block_push(opcode) && !jump {
        return Ok(0);
    }
    Ok(pushed - popped)
}

/// `stackdepth_push`.
fn push(g: &mut Cfg, stack: &mut Vec<BlockId>, b: BlockId, depth: u32) -> Result<(), CfgError> {
    match g.blocks[b].start_depth {
        Some(d) if d != depth => Err(CfgError::InconsistentStackDepth),
        Some(_) => Ok(()),
        None => {
            g.blocks[b].start_depth = Some(depth);
            stack.push(b);
            Ok(())
        }
    }
}

/// `calculate_stackdepth`: sets every reachable block's `start_depth` and
/// returns the maximum depth; fails if two paths reach a block at different
/// depths. As in CPython 3.14, the maximum is taken over the depths before
/// each instruction.
pub fn calculate_stackdepth(g: &mut Cfg) -> Result<u32, CfgError> {
    for b in g.order() {
        g.blocks[b].start_depth = None;
    }
    let mut stack = Vec::new();
    let entry = g.entry;
    push(g, &mut stack, entry, 0)?;
    let mut max_depth: i64 = 0;
    while let Some(b) = stack.pop() {
        let mut depth = i64::from(g.blocks[b].start_depth.unwrap_or(0));
        let mut next = g.blocks[b].next;
        for i in 0..g.blocks[b].instrs.len() {
            let instr = g.blocks[b].instrs[i];
            let new_depth = depth + effect(instr.opcode, instr.oparg, false)?;
            if new_depth < 0 {
                return Err(CfgError::StackUnderflow);
            }
            max_depth = max_depth.max(depth);
            if op::has_target(instr.opcode) && instr.opcode != op::END_ASYNC_FOR {
                let target_depth = depth + effect(instr.opcode, instr.oparg, true)?;
                let target = instr.target.ok_or(CfgError::JumpWithoutTarget)?;
                let target_depth =
                    u32::try_from(target_depth).map_err(|_| CfgError::StackUnderflow)?;
                push(g, &mut stack, target, target_depth)?;
            }
            depth = new_depth;
            if op::is_unconditional_jump(instr.opcode) || op::is_scope_exit(instr.opcode) {
                next = None;
                break;
            }
        }
        if let Some(n) = next {
            let depth = u32::try_from(depth).map_err(|_| CfgError::StackUnderflow)?;
            push(g, &mut stack, n, depth)?;
        }
    }
    u32::try_from(max_depth).map_err(|_| CfgError::StackUnderflow)
}
