//! Block layout and pseudo-op lowering: `push_cold_blocks_to_end`, `convert_pseudo_conditional_jumps`, `convert_pseudo_ops`, `normalize_jumps` of CPython's Python/flowgraph.c.

use super::cfg::{Cfg, CfgError, CfgInstr};
use super::instr_seq::Location;
use super::op;
use super::optimize::remove_redundant_nops_and_jumps;

/// `mark_warm`: blocks reachable from the entry without an exception edge.
fn mark_warm(g: &mut Cfg) {
    g.clear_visited();
    let entry = g.entry;
    let mut stack = vec![entry];
    g.blocks[entry].visited = true;
    while let Some(b) = stack.pop() {
        g.blocks[b].warm = true;
        if let Some(next) = g.blocks[b].next
            && g.blocks[b].has_fallthrough()
            && !g.blocks[next].visited
        {
            stack.push(next);
            g.blocks[next].visited = true;
        }
        let targets: Vec<_> = g.blocks[b]
            .instrs
            .iter()
            .filter(|i| i.is_jump())
            .filter_map(|i| i.target)
            .collect();
        for t in targets {
            if !g.blocks[t].visited {
                stack.push(t);
                g.blocks[t].visited = true;
            }
        }
    }
}

/// `mark_cold`: blocks reachable only from exception handlers.
fn mark_cold(g: &mut Cfg) {
    mark_warm(g);
    g.clear_visited();
    let mut stack = Vec::new();
    for b in g.order() {
        if g.blocks[b].except_handler {
            stack.push(b);
            g.blocks[b].visited = true;
        }
    }
    while let Some(b) = stack.pop() {
        g.blocks[b].cold = true;
        if let Some(next) = g.blocks[b].next
            && g.blocks[b].has_fallthrough()
            && !g.blocks[next].warm
            && !g.blocks[next].visited
        {
            stack.push(next);
            g.blocks[next].visited = true;
        }
        let targets: Vec<_> = g.blocks[b]
            .instrs
            .iter()
            .filter(|i| i.is_jump())
            .filter_map(|i| i.target)
            .collect();
        for t in targets {
            if !g.blocks[t].warm && !g.blocks[t].visited {
                stack.push(t);
                g.blocks[t].visited = true;
            }
        }
    }
}

/// `push_cold_blocks_to_end`: moves exception-only code after the rest,
/// adding explicit jumps where cold code fell through into warm code.
pub fn push_cold_blocks_to_end(g: &mut Cfg) -> Result<(), CfgError> {
    let entry = g.entry;
    if g.blocks[entry].next.is_none() {
        return Ok(());
    }
    mark_cold(g);
    let mut next_label = g.max_label() + 1;
    for b in g.order() {
        let Some(next) = g.blocks[b].next else {
            continue;
        };
        if g.blocks[b].cold && g.blocks[b].has_fallthrough() && g.blocks[next].warm {
            let jump = g.new_block();
            if g.blocks[next].label.is_none() {
                g.blocks[next].label = Some(next_label as u32);
                next_label += 1;
            }
            g.add_jump(jump, op::JUMP_NO_INTERRUPT, next, Location::NONE);
            g.blocks[jump].cold = true;
            g.blocks[jump].next = Some(next);
            g.blocks[jump].predecessors = 1;
            g.blocks[b].next = Some(jump);
        }
    }
    let mut cold_head = None;
    let mut cold_tail: Option<usize> = None;
    let mut b = entry;
    while g.blocks[b].next.is_some() {
        while let Some(n) = g.blocks[b].next {
            if g.blocks[n].cold {
                break;
            }
            b = n;
        }
        let Some(start) = g.blocks[b].next else { break };
        let mut end = start;
        while let Some(n) = g.blocks[end].next {
            if !g.blocks[n].cold {
                break;
            }
            end = n;
        }
        match cold_tail {
            None => cold_head = Some(start),
            Some(t) => g.blocks[t].next = Some(start),
        }
        cold_tail = Some(end);
        g.blocks[b].next = g.blocks[end].next;
        g.blocks[end].next = None;
    }
    g.blocks[b].next = cold_head;
    if cold_head.is_some() {
        remove_redundant_nops_and_jumps(g)?;
    }
    Ok(())
}

/// `convert_pseudo_conditional_jumps`: `JUMP_IF_X` becomes `COPY 1; TO_BOOL; POP_JUMP_IF_X`.
pub fn convert_pseudo_conditional_jumps(g: &mut Cfg) {
    for b in g.order() {
        let block = &mut g.blocks[b];
        let mut i = 0;
        while i < block.instrs.len() {
            let opcode = block.instrs[i].opcode;
            if opcode == op::JUMP_IF_FALSE || opcode == op::JUMP_IF_TRUE {
                block.instrs[i].opcode = if opcode == op::JUMP_IF_FALSE {
                    op::POP_JUMP_IF_FALSE
                } else {
                    op::POP_JUMP_IF_TRUE
                };
                // The new instructions run under the jump's handler.
                let (loc, except) = (block.instrs[i].loc, block.instrs[i].except);
                block.insert_copy(
                    i,
                    CfgInstr {
                        except,
                        ..CfgInstr::new(op::COPY, 1, loc)
                    },
                );
                block.insert_copy(
                    i + 1,
                    CfgInstr {
                        except,
                        ..CfgInstr::new(op::TO_BOOL, 0, loc)
                    },
                );
                i += 2;
            }
            i += 1;
        }
    }
}

/// `convert_pseudo_ops`: handler pushes become NOPs, `LOAD_CLOSURE` is
/// `LOAD_FAST`, `STORE_FAST_MAYBE_NULL` is `STORE_FAST`.
pub fn convert_pseudo_ops(g: &mut Cfg) -> Result<(), CfgError> {
    for b in g.order() {
        for instr in &mut g.blocks[b].instrs {
            if instr.is_block_push() {
                instr.set_nop();
            } else if instr.opcode == op::LOAD_CLOSURE {
                instr.opcode = op::LOAD_FAST;
            } else if instr.opcode == op::STORE_FAST_MAYBE_NULL {
                instr.opcode = op::STORE_FAST;
            }
        }
    }
    remove_redundant_nops_and_jumps(g)
}

/// `normalize_jumps`: a backward conditional jump becomes a forward jump
/// around a `JUMP` back; forward conditional jumps get their `NOT_TAKEN`.
pub fn normalize_jumps(g: &mut Cfg) {
    let order = g.order();
    for &b in &order {
        g.blocks[b].visited = false;
    }
    let mut b = Some(g.entry);
    while let Some(id) = b {
        g.blocks[id].visited = true;
        normalize_jumps_in_block(g, id);
        b = g.blocks[id].next;
    }
}

fn normalize_jumps_in_block(g: &mut Cfg, b: usize) {
    let Some(last) = g.blocks[b].last().copied() else {
        return;
    };
    if !op::is_conditional_jump(last.opcode) {
        return;
    }
    let Some(target) = last.target else { return };
    let not_taken = CfgInstr::new(op::NOT_TAKEN, 0, last.loc);
    if !g.blocks[target].visited {
        g.blocks[b].push_new(not_taken);
        return;
    }
    let reversed = match last.opcode {
        op::POP_JUMP_IF_NOT_NONE => op::POP_JUMP_IF_NONE,
        op::POP_JUMP_IF_NONE => op::POP_JUMP_IF_NOT_NONE,
        op::POP_JUMP_IF_FALSE => op::POP_JUMP_IF_TRUE,
        _ => op::POP_JUMP_IF_FALSE,
    };
    let backwards_jump = g.new_block();
    g.blocks[backwards_jump].push_new(not_taken);
    g.add_jump(backwards_jump, op::JUMP, target, last.loc);
    g.blocks[backwards_jump].start_depth = g.blocks[target].start_depth;
    let next = g.blocks[b].next;
    if let Some(l) = g.blocks[b].instrs.last_mut() {
        l.opcode = reversed;
        l.target = next;
    }
    g.blocks[backwards_jump].cold = g.blocks[b].cold;
    g.blocks[backwards_jump].next = next;
    g.blocks[b].next = Some(backwards_jump);
}
