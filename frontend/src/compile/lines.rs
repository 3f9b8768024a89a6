//! Line-number passes that keep PEP 626 line events and `f_lineno` right: `duplicate_exits_without_lineno`, `propagate_line_numbers`, `resolve_line_numbers` of CPython's Python/flowgraph.c.

use super::cfg::{BlockId, Cfg};
use super::instr_seq::Location;
use super::op;

/// `is_exit_or_eval_check_without_lineno`.
fn is_exit_or_eval_check_without_lineno(g: &Cfg, b: BlockId) -> bool {
    let block = &g.blocks[b];
    (block.exits_scope() || block.instrs.iter().any(|i| op::has_eval_break(i.opcode)))
        && block.has_no_lineno()
}

/// `duplicate_exits_without_lineno`: every exit (or eval-breaker) block
/// without a line gets a private copy per jump, so it can take that jump's line.
pub fn duplicate_exits_without_lineno(g: &mut Cfg) {
    let mut next_label = g.max_label() + 1;
    for b in g.order() {
        let Some(last) = g.blocks[b].last().copied() else {
            continue;
        };
        if !last.is_jump() {
            continue;
        }
        let Some(target) = g.next_nonempty(last.target) else {
            continue;
        };
        if is_exit_or_eval_check_without_lineno(g, target) && g.blocks[target].predecessors > 1 {
            let new_target = g.copy_block(target);
            g.blocks[new_target].instrs[0].loc = last.loc;
            if let Some(l) = g.blocks[b].instrs.last_mut() {
                l.target = Some(new_target);
            }
            g.blocks[target].predecessors -= 1;
            g.blocks[new_target].predecessors = 1;
            g.blocks[new_target].next = g.blocks[target].next;
            g.blocks[new_target].label = Some(next_label as u32);
            next_label += 1;
            g.blocks[target].next = Some(new_target);
        }
    }
    // The remaining exits without a line are reached only by falling through.
    for b in g.order() {
        let block = &g.blocks[b];
        if let (true, Some(next), Some(last)) =
            (block.has_fallthrough(), block.next, block.last().copied())
            && is_exit_or_eval_check_without_lineno(g, next)
        {
            g.blocks[next].instrs[0].loc = last.loc;
        }
    }
}

/// `propagate_line_numbers`: instructions without a line take the previous
/// one's, and a block with a single predecessor takes that predecessor's.
pub fn propagate_line_numbers(g: &mut Cfg) {
    for b in g.order() {
        let Some(last) = g.blocks[b].last().copied() else {
            continue;
        };
        let mut prev = Location::NONE;
        for instr in &mut g.blocks[b].instrs {
            if instr.loc.lineno == Location::NONE.lineno {
                instr.loc = prev;
            } else {
                prev = instr.loc;
            }
        }
        let next = g.blocks[b].next.filter(|_| g.blocks[b].has_fallthrough());
        let target = last.target.filter(|_| last.is_jump());
        for succ in [next, target].into_iter().flatten() {
            if g.blocks[succ].predecessors == 1
                && let Some(first) = g.blocks[succ].instrs.first_mut()
                && first.loc.lineno == Location::NONE.lineno
            {
                first.loc = prev;
            }
        }
    }
}

/// `resolve_line_numbers`.
pub fn resolve_line_numbers(g: &mut Cfg, _firstlineno: i32) {
    duplicate_exits_without_lineno(g);
    propagate_line_numbers(g);
}
