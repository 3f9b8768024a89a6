//! Passes over locals and constants: `remove_unused_consts`, `add_checks_for_loads_of_uninitialized_variables`, `insert_superinstructions` and `optimize_load_fast` of CPython 3.14's Python/flowgraph.c.

use super::cfg::{BlockId, Cfg, CfgError};
use super::constant::ConstPool;
use super::op;
use super::optimize::remove_redundant_nops;

/// `remove_unused_consts`: drops constants no instruction loads (the first,
/// possibly a docstring, always stays) and renumbers the loads.
pub fn remove_unused_consts(g: &mut Cfg, consts: &mut ConstPool) {
    let n = consts.len();
    if n == 0 {
        return;
    }
    let mut used = vec![false; n];
    used[0] = true;
    let order = g.order();
    for &b in &order {
        for instr in &g.blocks[b].instrs {
            if op::has_const(instr.opcode)
                && let Some(u) = used.get_mut(instr.oparg as usize)
            {
                *u = true;
            }
        }
    }
    if used.iter().all(|&u| u) {
        return;
    }
    let mut new_index = vec![0u32; n];
    let mut kept = 0;
    for (i, &u) in used.iter().enumerate() {
        if u {
            new_index[i] = kept;
            kept += 1;
        }
    }
    consts.retain_indices(|i| used[i]);
    for &b in &order {
        for instr in &mut g.blocks[b].instrs {
            if op::has_const(instr.opcode)
                && let Some(&ni) = new_index.get(instr.oparg as usize)
            {
                instr.oparg = ni;
            }
        }
    }
}

/// `maybe_push`: pushes `b` if `mask` adds uninitialized locals to what it knew.
fn maybe_push(g: &mut Cfg, b: BlockId, mask: u64, stack: &mut Vec<BlockId>) {
    let both = g.blocks[b].unsafe_locals_mask | mask;
    if g.blocks[b].unsafe_locals_mask != both {
        g.blocks[b].unsafe_locals_mask = both;
        if !g.blocks[b].visited {
            stack.push(b);
            g.blocks[b].visited = true;
        }
    }
}

/// `scan_block_for_locals`.
fn scan_block_for_locals(g: &mut Cfg, b: BlockId, stack: &mut Vec<BlockId>) {
    let mut unsafe_mask = g.blocks[b].unsafe_locals_mask;
    for i in 0..g.blocks[b].instrs.len() {
        let instr = g.blocks[b].instrs[i];
        if let Some(handler) = instr.except {
            maybe_push(g, handler, unsafe_mask, stack);
        }
        if instr.oparg >= 64 {
            continue;
        }
        let bit = 1u64 << instr.oparg;
        match instr.opcode {
            op::DELETE_FAST | op::LOAD_FAST_AND_CLEAR | op::STORE_FAST_MAYBE_NULL => {
                unsafe_mask |= bit
            }
            op::STORE_FAST | op::LOAD_FAST_CHECK => unsafe_mask &= !bit,
            op::LOAD_FAST => {
                if unsafe_mask & bit != 0 {
                    g.blocks[b].instrs[i].opcode = op::LOAD_FAST_CHECK;
                }
                unsafe_mask &= !bit;
            }
            _ => {}
        }
    }
    if let Some(next) = g.blocks[b].next
        && g.blocks[b].has_fallthrough()
    {
        maybe_push(g, next, unsafe_mask, stack);
    }
    if let Some(last) = g.blocks[b].last().copied()
        && last.is_jump()
        && let Some(t) = last.target
    {
        maybe_push(g, t, unsafe_mask, stack);
    }
}

/// `fast_scan_many_locals`: locals past the 64th are checked one block at a time.
fn fast_scan_many_locals(g: &mut Cfg, nlocals: usize) {
    let mut states = vec![0usize; nlocals - 64];
    let mut blocknum = 0;
    for b in g.order() {
        blocknum += 1;
        for instr in &mut g.blocks[b].instrs {
            let arg = instr.oparg as usize;
            if arg < 64 || arg >= nlocals {
                continue;
            }
            match instr.opcode {
                op::DELETE_FAST | op::LOAD_FAST_AND_CLEAR | op::STORE_FAST_MAYBE_NULL => {
                    states[arg - 64] = blocknum - 1
                }
                op::STORE_FAST => states[arg - 64] = blocknum,
                op::LOAD_FAST => {
                    if states[arg - 64] != blocknum {
                        instr.opcode = op::LOAD_FAST_CHECK;
                    }
                    states[arg - 64] = blocknum;
                }
                _ => {}
            }
        }
    }
}

/// `add_checks_for_loads_of_uninitialized_variables`: `LOAD_FAST` of a local
/// that may be unbound there becomes `LOAD_FAST_CHECK`.
pub fn add_checks_for_loads_of_uninitialized_variables(
    g: &mut Cfg,
    nlocals: usize,
    nparams: usize,
) {
    if nlocals == 0 {
        return;
    }
    let mut nlocals = nlocals;
    if nlocals > 64 {
        fast_scan_many_locals(g, nlocals);
        nlocals = 64;
    }
    g.clear_visited();
    let mut stack = Vec::new();
    let mut start_mask = 0u64;
    for i in nparams..nlocals {
        start_mask |= 1u64 << i;
    }
    let entry = g.entry;
    maybe_push(g, entry, start_mask, &mut stack);
    for b in g.order() {
        scan_block_for_locals(g, b, &mut stack);
    }
    while let Some(b) = stack.pop() {
        g.blocks[b].visited = false;
        scan_block_for_locals(g, b, &mut stack);
    }
}

/// `insert_superinstructions`: pairs of local loads and stores on one line
/// become `LOAD_FAST_LOAD_FAST`, `STORE_FAST_LOAD_FAST`, `STORE_FAST_STORE_FAST`.
pub fn insert_superinstructions(g: &mut Cfg) {
    for b in g.order() {
        let instrs = &mut g.blocks[b].instrs;
        for i in 0..instrs.len() {
            let nextop = instrs.get(i + 1).map_or(0, |n| n.opcode);
            let super_op = match (instrs[i].opcode, nextop) {
                (op::LOAD_FAST, op::LOAD_FAST) => op::LOAD_FAST_LOAD_FAST,
                (op::STORE_FAST, op::LOAD_FAST) => op::STORE_FAST_LOAD_FAST,
                (op::STORE_FAST, op::STORE_FAST) => op::STORE_FAST_STORE_FAST,
                _ => continue,
            };
            let (line1, line2) = (instrs[i].loc.lineno, instrs[i + 1].loc.lineno);
            if line1 >= 0 && line2 >= 0 && line1 != line2 {
                continue;
            }
            let (a1, a2) = (instrs[i].oparg, instrs[i + 1].oparg);
            if a1 >= 16 || a2 >= 16 {
                continue;
            }
            instrs[i].set_op(super_op, (a1 << 4) | a2);
            instrs[i + 1].set_nop();
        }
    }
    remove_redundant_nops(g);
}

/// A value on the abstract stack of `optimize_load_fast`: the instruction
/// that produced it (`None` for values from before the block) and the
/// local it was loaded from.
#[derive(Clone, Copy)]
struct Ref {
    instr: Option<usize>,
    local: Option<u32>,
}

/// The loaded reference is still on the stack when its local is overwritten.
const SUPPORT_KILLED: u8 = 1;
/// The loaded reference is stored into a local.
const STORED_AS_LOCAL: u8 = 2;
/// The loaded reference is still on the stack at the end of the block.
const REF_UNCONSUMED: u8 = 4;

fn kill_local(flags: &mut [u8], refs: &[Ref], local: u32) {
    for r in refs {
        if r.local == Some(local)
            && let Some(i) = r.instr
        {
            flags[i] |= SUPPORT_KILLED;
        }
    }
}

fn store_local(flags: &mut [u8], refs: &[Ref], local: u32, r: Ref) {
    kill_local(flags, refs, local);
    if let Some(i) = r.instr {
        flags[i] |= STORED_AS_LOCAL;
    }
}

fn pop(refs: &mut Vec<Ref>) -> Result<Ref, CfgError> {
    refs.pop().ok_or(CfgError::StackUnderflow)
}

fn push_block(g: &mut Cfg, stack: &mut Vec<BlockId>, target: BlockId) {
    if !g.blocks[target].visited {
        g.blocks[target].visited = true;
        stack.push(target);
    }
}

/// `optimize_load_fast`: a `LOAD_FAST` (or `LOAD_FAST_LOAD_FAST`) whose value
/// is consumed within its block before the local can change, and is never
/// stored to a local, becomes `LOAD_FAST_BORROW`
/// (`LOAD_FAST_BORROW_LOAD_FAST_BORROW`). Uses the stack depths of
/// `calculate_stackdepth`.
pub fn optimize_load_fast(g: &mut Cfg) -> Result<(), CfgError> {
    g.clear_visited();
    let entry = g.entry;
    let mut stack = vec![entry];
    g.blocks[entry].visited = true;
    let mut refs: Vec<Ref> = Vec::new();
    while let Some(b) = stack.pop() {
        let n = g.blocks[b].instrs.len();
        let mut flags = vec![0u8; n];
        refs.clear();
        let depth = g.blocks[b].start_depth.unwrap_or(0);
        refs.extend((0..depth).map(|_| Ref {
            instr: None,
            local: None,
        }));
        for i in 0..n {
            let instr = g.blocks[b].instrs[i];
            let (opcode, oparg) = (instr.opcode, instr.oparg);
            let here = Ref {
                instr: Some(i),
                local: None,
            };
            match opcode {
                op::LOAD_FAST => refs.push(Ref {
                    instr: Some(i),
                    local: Some(oparg),
                }),
                op::LOAD_FAST_AND_CLEAR => {
                    kill_local(&mut flags, &refs, oparg);
                    refs.push(Ref {
                        instr: Some(i),
                        local: Some(oparg),
                    });
                }
                op::LOAD_FAST_LOAD_FAST => {
                    refs.push(Ref {
                        instr: Some(i),
                        local: Some(oparg >> 4),
                    });
                    refs.push(Ref {
                        instr: Some(i),
                        local: Some(oparg & 15),
                    });
                }
                op::STORE_FAST => {
                    let r = pop(&mut refs)?;
                    store_local(&mut flags, &refs, oparg, r);
                }
                op::STORE_FAST_LOAD_FAST => {
                    let r = pop(&mut refs)?;
                    store_local(&mut flags, &refs, oparg >> 4, r);
                    refs.push(Ref {
                        instr: Some(i),
                        local: Some(oparg & 15),
                    });
                }
                op::STORE_FAST_STORE_FAST => {
                    let r = pop(&mut refs)?;
                    store_local(&mut flags, &refs, oparg >> 4, r);
                    let r = pop(&mut refs)?;
                    store_local(&mut flags, &refs, oparg & 15, r);
                }
                op::COPY => {
                    let idx = refs
                        .len()
                        .checked_sub(oparg as usize)
                        .ok_or(CfgError::StackUnderflow)?;
                    let r = refs[idx];
                    refs.push(r);
                }
                op::SWAP => {
                    let len = refs.len();
                    let idx = len
                        .checked_sub(oparg as usize)
                        .ok_or(CfgError::StackUnderflow)?;
                    refs.swap(idx, len - 1);
                }
                op::DELETE_FAST => kill_local(&mut flags, &refs, oparg),
                // `yield from` may send to its operand itself, and
                // FORMAT_SIMPLE may return its operand: it stays on the stack.
                op::GET_ANEXT
                | op::GET_YIELD_FROM_ITER
                | op::FORMAT_SIMPLE
                | op::GET_LEN
                | op::IMPORT_FROM
                | op::MATCH_KEYS
                | op::MATCH_MAPPING
                | op::MATCH_SEQUENCE
                | op::WITH_EXCEPT_START => {
                    let (popped, pushed) = stack_of(opcode, oparg)?;
                    // CPython records these pushes under the loop counter
                    // (instructions 0, 1, ...) instead of this instruction.
                    for k in 0..(pushed - popped).max(0) as usize {
                        refs.push(Ref {
                            instr: (k < n).then_some(k),
                            local: None,
                        });
                    }
                }
                op::DICT_MERGE
                | op::DICT_UPDATE
                | op::LIST_APPEND
                | op::LIST_EXTEND
                | op::MAP_ADD
                | op::RERAISE
                | op::SET_ADD
                | op::SET_UPDATE => {
                    let (popped, pushed) = stack_of(opcode, oparg)?;
                    for _ in 0..(popped - pushed).max(0) {
                        pop(&mut refs)?;
                    }
                }
                op::CHECK_EXC_MATCH => {
                    pop(&mut refs)?;
                    refs.push(here);
                }
                op::FOR_ITER => {
                    if let Some(t) = instr.target {
                        push_block(g, &mut stack, t);
                    }
                    refs.push(here);
                }
                op::LOAD_ATTR | op::LOAD_SUPER_ATTR => {
                    let self_ref = pop(&mut refs)?;
                    if opcode == op::LOAD_SUPER_ATTR {
                        pop(&mut refs)?;
                        pop(&mut refs)?;
                    }
                    refs.push(here);
                    if oparg & 1 != 0 {
                        refs.push(self_ref);
                    }
                }
                op::LOAD_SPECIAL => {
                    // Pushes the method and its `self`: the owner stays on the stack.
                    let self_ref = pop(&mut refs)?;
                    refs.push(here);
                    refs.push(self_ref);
                }
                op::SEND => {
                    if let Some(t) = instr.target {
                        push_block(g, &mut stack, t);
                    }
                    pop(&mut refs)?;
                    refs.push(here);
                }
                _ => {
                    let (popped, pushed) = stack_of(opcode, oparg)?;
                    if op::has_target(opcode)
                        && let Some(t) = instr.target
                    {
                        push_block(g, &mut stack, t);
                    }
                    if !op::is_block_push(opcode) {
                        for _ in 0..popped {
                            pop(&mut refs)?;
                        }
                        for _ in 0..pushed {
                            refs.push(here);
                        }
                    }
                }
            }
        }
        if let (Some(term), Some(next)) = (g.blocks[b].last().copied(), g.blocks[b].next)
            && !(op::is_unconditional_jump(term.opcode) || op::is_scope_exit(term.opcode))
        {
            push_block(g, &mut stack, next);
        }
        for r in &refs {
            if let Some(i) = r.instr {
                flags[i] |= REF_UNCONSUMED;
            }
        }
        for (i, instr) in g.blocks[b].instrs.iter_mut().enumerate() {
            if flags[i] == 0 {
                match instr.opcode {
                    op::LOAD_FAST => instr.opcode = op::LOAD_FAST_BORROW,
                    op::LOAD_FAST_LOAD_FAST => instr.opcode = op::LOAD_FAST_BORROW_LOAD_FAST_BORROW,
                    _ => {}
                }
            }
        }
    }
    Ok(())
}

fn stack_of(opcode: op::Opcode, oparg: u32) -> Result<(i64, i64), CfgError> {
    op::stack(opcode, oparg).ok_or(CfgError::InvalidStackEffect { opcode, oparg })
}
