//! Flow-graph optimizations: `optimize_cfg` and the passes it runs (block inlining, unreachable-code removal, jump threading, peepholes, constant folding, NOP and jump cleanup); mirrors CPython 3.14's Python/flowgraph.c.

use super::cfg::{BlockId, Cfg, CfgError, CfgInstr};
use super::constant::{ConstPool, Constant};
use super::fold::{self, UnaryOp};
use super::instr_seq::Location;
use super::op;

/// Blocks of at most this many instructions that exit are copied into their jumpers (`MAX_COPY_SIZE`).
const MAX_COPY_SIZE: usize = 4;
/// CPython's `_PY_STACK_USE_GUIDELINE`: longer constant sequences are not folded.
const STACK_USE_GUIDELINE: u32 = 30;
/// Literal lists and sets shorter than this stay as they are (`MIN_CONST_SEQUENCE_SIZE`).
const MIN_CONST_SEQUENCE_SIZE: u32 = 3;
/// Deepest SWAP run `swaptimize` simulates (CPython's codegen never goes past a few hundred).
const MAX_SWAP_DEPTH: usize = 1 << 16;
/// `INTRINSIC_UNARY_POSITIVE`.
pub const INTRINSIC_UNARY_POSITIVE: u32 = 5;
/// `INTRINSIC_LIST_TO_TUPLE`.
pub const INTRINSIC_LIST_TO_TUPLE: u32 = 6;

/// `optimize_cfg`: the optimization half of `_PyCfg_OptimizeCodeUnit`.
pub fn optimize_cfg(g: &mut Cfg, consts: &mut ConstPool, firstlineno: i32) -> Result<(), CfgError> {
    g.check()?;
    inline_small_or_no_lineno_blocks(g);
    remove_unreachable(g);
    super::lines::resolve_line_numbers(g, firstlineno);
    optimize_load_const(g, consts);
    for b in g.order() {
        optimize_basic_block(g, b, consts);
    }
    remove_redundant_nops_and_pairs(g);
    remove_unreachable(g);
    remove_redundant_nops_and_jumps(g)?;
    Ok(())
}

/// `basicblock_inline_small_or_no_lineno_blocks` over the whole graph, to a fixed point.
pub fn inline_small_or_no_lineno_blocks(g: &mut Cfg) {
    loop {
        let mut changes = false;
        for b in g.order() {
            changes |= inline_into(g, b);
        }
        if !changes {
            break;
        }
    }
}

fn inline_into(g: &mut Cfg, b: BlockId) -> bool {
    let Some(last) = g.blocks[b].last().copied() else {
        return false;
    };
    if !op::is_unconditional_jump(last.opcode) {
        return false;
    }
    let Some(target) = last.target else {
        return false;
    };
    let tb = &g.blocks[target];
    let small_exit_block = tb.exits_scope() && tb.instrs.len() <= MAX_COPY_SIZE;
    let no_lineno_no_fallthrough = tb.has_no_lineno() && !tb.has_fallthrough();
    if !(small_exit_block || no_lineno_no_fallthrough) {
        return false;
    }
    let copied = tb.instrs.clone();
    let block = &mut g.blocks[b];
    if let Some(l) = block.instrs.last_mut() {
        l.set_nop();
    }
    for instr in copied {
        block.push_copy(instr);
    }
    if no_lineno_no_fallthrough
        && let Some(l) = block.instrs.last_mut()
        && op::is_unconditional_jump(l.opcode)
        && last.opcode == op::JUMP
    {
        // Keep the eval-breaker check of the jump that was removed.
        l.opcode = op::JUMP;
    }
    g.blocks[target].predecessors = g.blocks[target].predecessors.saturating_sub(1);
    true
}

/// `remove_unreachable`: counts predecessors and empties blocks that have none.
pub fn remove_unreachable(g: &mut Cfg) {
    let order = g.order();
    for &b in &order {
        g.blocks[b].predecessors = 0;
    }
    g.clear_visited();
    let entry = g.entry;
    g.blocks[entry].predecessors = 1;
    g.blocks[entry].visited = true;
    let mut stack = vec![entry];
    while let Some(b) = stack.pop() {
        if let Some(next) = g.blocks[b].next
            && g.blocks[b].has_fallthrough()
        {
            if !g.blocks[next].visited {
                stack.push(next);
                g.blocks[next].visited = true;
            }
            g.blocks[next].predecessors += 1;
        }
        let targets: Vec<BlockId> = g.blocks[b]
            .instrs
            .iter()
            .filter(|i| i.is_jump() || i.is_block_push())
            .filter_map(|i| i.target)
            .collect();
        for t in targets {
            if !g.blocks[t].visited {
                stack.push(t);
                g.blocks[t].visited = true;
            }
            g.blocks[t].predecessors += 1;
        }
    }
    for &b in &order {
        if g.blocks[b].predecessors == 0 {
            g.blocks[b].truncate(0);
            g.blocks[b].except_handler = false;
        }
    }
}

/// `basicblock_remove_redundant_nops`: drops NOPs that carry no new line. Returns how many went.
pub fn remove_redundant_nops_in(g: &mut Cfg, b: BlockId) -> usize {
    let next_loc = g.next_nonempty(g.blocks[b].next).map(|n| {
        g.blocks[n]
            .instrs
            .iter()
            .find(|i| i.opcode != op::NOP || i.loc.has_line())
            .map_or(Location::NONE, |i| i.loc)
    });
    let block = &mut g.blocks[b];
    let instrs = &mut block.instrs;
    let mut dest = 0;
    let mut prev_lineno = -1;
    let n = instrs.len();
    for src in 0..n {
        let lineno = instrs[src].loc.lineno;
        if instrs[src].opcode == op::NOP {
            if lineno < 0 || prev_lineno == lineno {
                continue;
            }
            if src + 1 < n {
                let next_lineno = instrs[src + 1].loc.lineno;
                if next_lineno == lineno {
                    continue;
                }
                if next_lineno < 0 {
                    instrs[src + 1].loc = instrs[src].loc;
                    continue;
                }
            } else if let Some(next_loc) = next_loc
                && lineno == next_loc.lineno
            {
                continue;
            }
        }
        instrs[dest] = instrs[src];
        dest += 1;
        prev_lineno = lineno;
    }
    block.truncate(dest);
    n - dest
}

/// `remove_redundant_nops` over every block.
pub fn remove_redundant_nops(g: &mut Cfg) -> usize {
    g.order()
        .into_iter()
        .map(|b| remove_redundant_nops_in(g, b))
        .sum()
}

/// `remove_redundant_nops_and_pairs`: also cancels a constant load (or
/// `COPY 1`) directly followed by `POP_TOP`, across fall-through edges.
pub fn remove_redundant_nops_and_pairs(g: &mut Cfg) {
    loop {
        let mut done = true;
        let mut instr: Option<(BlockId, usize)> = None;
        for b in g.order() {
            remove_redundant_nops_in(g, b);
            if g.blocks[b].label.is_some() {
                instr = None;
            }
            for i in 0..g.blocks[b].instrs.len() {
                let prev = instr;
                instr = Some((b, i));
                let (prev_opcode, prev_oparg) = prev.map_or((0, 0), |(pb, pi)| {
                    let p = &g.blocks[pb].instrs[pi];
                    (p.opcode, p.oparg)
                });
                if g.blocks[b].instrs[i].opcode == op::POP_TOP {
                    let redundant = matches!(prev_opcode, op::LOAD_CONST | op::LOAD_SMALL_INT)
                        || (prev_opcode == op::COPY && prev_oparg == 1);
                    if let (true, Some((pb, pi))) = (redundant, prev) {
                        g.blocks[pb].instrs[pi].set_nop();
                        g.blocks[b].instrs[i].set_nop();
                        done = false;
                    }
                }
            }
            let ends_in_jump = instr.is_some_and(|(ib, ii)| g.blocks[ib].instrs[ii].is_jump());
            if ends_in_jump || !g.blocks[b].has_fallthrough() {
                instr = None;
            }
        }
        if done {
            break;
        }
    }
}

/// `remove_redundant_jumps`: a jump to the block that follows anyway becomes a NOP.
pub fn remove_redundant_jumps(g: &mut Cfg) -> Result<usize, CfgError> {
    let mut changes = 0;
    for b in g.order() {
        let Some(last) = g.blocks[b].last().copied() else {
            continue;
        };
        if op::is_unconditional_jump(last.opcode) {
            let jump_target = g
                .next_nonempty(last.target)
                .ok_or(CfgError::JumpWithoutTarget)?;
            let next = g.next_nonempty(g.blocks[b].next);
            if Some(jump_target) == next {
                changes += 1;
                if let Some(l) = g.blocks[b].instrs.last_mut() {
                    l.set_nop();
                }
            }
        }
    }
    Ok(changes)
}

/// `remove_redundant_nops_and_jumps`, to a fixed point.
pub fn remove_redundant_nops_and_jumps(g: &mut Cfg) -> Result<(), CfgError> {
    loop {
        let removed_nops = remove_redundant_nops(g);
        let removed_jumps = remove_redundant_jumps(g)?;
        if removed_nops + removed_jumps == 0 {
            return Ok(());
        }
    }
}

/// `jump_thread`: the last instruction of `b` (a jump to a block starting
/// with `target_instr`, itself a jump) becomes a NOP plus a jump straight to
/// the second target.
fn jump_thread(
    g: &mut Cfg,
    b: BlockId,
    i: usize,
    target_instr: &CfgInstr,
    opcode: op::Opcode,
) -> bool {
    let inst = g.blocks[b].instrs[i];
    if inst.target == target_instr.target {
        return false;
    }
    let Some(new_target) = target_instr.target else {
        return false;
    };
    g.blocks[b].instrs[i].set_nop();
    g.add_jump(b, opcode, new_target, target_instr.loc);
    true
}

fn loads_const(opcode: op::Opcode) -> bool {
    op::has_const(opcode) || opcode == op::LOAD_SMALL_INT
}

/// `get_const_value`.
fn const_value(instr: &CfgInstr, consts: &ConstPool) -> Option<Constant> {
    match instr.opcode {
        op::LOAD_CONST => consts.get(instr.oparg as usize).cloned(),
        op::LOAD_SMALL_INT => Some(Constant::int(i64::from(instr.oparg))),
        _ => None,
    }
}

/// `get_const_loading_instrs`: the `size` constant loads ending at `start`, skipping NOPs.
fn const_loading_instrs(instrs: &[CfgInstr], start: usize, size: usize) -> Option<Vec<usize>> {
    let mut found = Vec::with_capacity(size);
    let mut pos = start as isize;
    while pos >= 0 && found.len() < size {
        let instr = &instrs[pos as usize];
        if instr.opcode != op::NOP {
            if !loads_const(instr.opcode) {
                return None;
            }
            found.push(pos as usize);
        }
        pos -= 1;
    }
    found.reverse();
    (found.len() == size).then_some(found)
}

/// `nop_out`.
fn nop_out(instrs: &mut [CfgInstr], which: &[usize]) {
    for &i in which {
        instrs[i].set_nop();
        instrs[i].loc = Location::NONE;
    }
}

/// `maybe_instr_make_load_smallint`: exact ints in `0..256` load without a constant.
fn small_int(value: &Constant) -> Option<u32> {
    value
        .as_i64()
        .filter(|v| (0..256).contains(v))
        .map(|v| v as u32)
}

/// `instr_make_load_const`.
fn make_load_const(instr: &mut CfgInstr, value: Constant, consts: &mut ConstPool) {
    match small_int(&value) {
        Some(v) => instr.set_op(op::LOAD_SMALL_INT, v),
        None => instr.set_op(op::LOAD_CONST, consts.add(value) as u32),
    }
}

/// `optimize_load_const` (`basicblock_optimize_load_const` on each block).
pub fn optimize_load_const(g: &mut Cfg, consts: &mut ConstPool) {
    for b in g.order() {
        let instrs = &mut g.blocks[b].instrs;
        let mut opcode = 0;
        let mut oparg = 0;
        for i in 0..instrs.len() {
            if instrs[i].opcode == op::LOAD_CONST
                && let Some(v) = consts.get(instrs[i].oparg as usize).and_then(small_int)
            {
                instrs[i].set_op(op::LOAD_SMALL_INT, v);
            }
            let is_copy_of_load_const =
                opcode == op::LOAD_CONST && instrs[i].opcode == op::COPY && instrs[i].oparg == 1;
            if !is_copy_of_load_const {
                opcode = instrs[i].opcode;
                oparg = instrs[i].oparg;
            }
            if opcode != op::LOAD_CONST && opcode != op::LOAD_SMALL_INT {
                continue;
            }
            let load = CfgInstr::new(opcode, oparg, Location::NONE);
            let Some(value) = const_value(&load, consts) else {
                continue;
            };
            let nextop = instrs.get(i + 1).map_or(0, |n| n.opcode);
            match nextop {
                op::POP_JUMP_IF_FALSE
                | op::POP_JUMP_IF_TRUE
                | op::JUMP_IF_FALSE
                | op::JUMP_IF_TRUE => {
                    let is_true = value.is_true();
                    if matches!(nextop, op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE) {
                        instrs[i].set_nop();
                    }
                    let jump_if_true = matches!(nextop, op::POP_JUMP_IF_TRUE | op::JUMP_IF_TRUE);
                    if is_true == jump_if_true {
                        instrs[i + 1].opcode = op::JUMP;
                    } else {
                        instrs[i + 1].set_nop();
                    }
                }
                op::IS_OP => {
                    if !matches!(value, Constant::None) || instrs.len() <= i + 2 {
                        continue;
                    }
                    let is_oparg = instrs[i + 1].oparg;
                    let mut jump = i + 2;
                    if instrs[jump].opcode == op::TO_BOOL {
                        instrs[jump].set_nop();
                        if instrs.len() <= i + 3 {
                            continue;
                        }
                        jump = i + 3;
                    }
                    let mut invert = is_oparg != 0;
                    if instrs[jump].opcode == op::POP_JUMP_IF_FALSE {
                        invert = !invert;
                    } else if instrs[jump].opcode != op::POP_JUMP_IF_TRUE {
                        continue;
                    }
                    instrs[i].set_nop();
                    instrs[i + 1].set_nop();
                    instrs[jump].opcode = if invert {
                        op::POP_JUMP_IF_NOT_NONE
                    } else {
                        op::POP_JUMP_IF_NONE
                    };
                }
                op::TO_BOOL => {
                    let index = consts.add(Constant::Bool(value.is_true()));
                    instrs[i].set_nop();
                    instrs[i + 1].set_op(op::LOAD_CONST, index as u32);
                }
                _ => {}
            }
        }
    }
}

/// `fold_tuple_of_constants`.
fn fold_tuple_of_constants(instrs: &mut [CfgInstr], i: usize, consts: &mut ConstPool) {
    let size = instrs[i].oparg;
    if size > STACK_USE_GUIDELINE {
        return;
    }
    let found = if i == 0 {
        (size == 0).then(Vec::new)
    } else {
        const_loading_instrs(instrs, i - 1, size as usize)
    };
    let Some(found) = found else { return };
    let Some(items) = found
        .iter()
        .map(|&k| const_value(&instrs[k], consts))
        .collect::<Option<Vec<_>>>()
    else {
        return;
    };
    nop_out(instrs, &found);
    make_load_const(&mut instrs[i], Constant::Tuple(items.into()), consts);
}

/// `fold_constant_intrinsic_list_to_tuple`: `BUILD_LIST 0; (LOAD_CONST; LIST_APPEND 1)*; CALL_INTRINSIC_1 LIST_TO_TUPLE`.
fn fold_list_to_tuple(instrs: &mut [CfgInstr], i: usize, consts: &mut ConstPool) {
    let mut consts_found = 0;
    let mut expect_append = true;
    for pos in (0..i).rev() {
        let (opcode, oparg) = (instrs[pos].opcode, instrs[pos].oparg);
        if opcode == op::NOP {
            continue;
        }
        if opcode == op::BUILD_LIST && oparg == 0 {
            if !expect_append {
                return;
            }
            let mut items = Vec::with_capacity(consts_found);
            for k in pos..i {
                if instrs[k].opcode == op::NOP {
                    continue;
                }
                if loads_const(instrs[k].opcode) {
                    let Some(v) = const_value(&instrs[k], consts) else {
                        return;
                    };
                    items.push(v);
                }
                nop_out(instrs, &[k]);
            }
            make_load_const(&mut instrs[i], Constant::Tuple(items.into()), consts);
            return;
        }
        if expect_append {
            if opcode != op::LIST_APPEND || oparg != 1 {
                return;
            }
        } else {
            if !loads_const(opcode) {
                return;
            }
            consts_found += 1;
        }
        expect_append = !expect_append;
    }
}

/// Builds `frozenset(items)`: later items equal to earlier ones are dropped.
fn frozenset(items: Vec<Constant>) -> Constant {
    let mut unique: Vec<Constant> = Vec::with_capacity(items.len());
    for item in items {
        if !unique.iter().any(|u| u.py_eq(&item)) {
            unique.push(item);
        }
    }
    Constant::FrozenSet(unique.into())
}

/// `optimize_lists_and_sets`.
fn optimize_lists_and_sets(
    instrs: &mut [CfgInstr],
    i: usize,
    nextop: op::Opcode,
    consts: &mut ConstPool,
) {
    let opcode = instrs[i].opcode;
    let contains_or_iter = nextop == op::GET_ITER || nextop == op::CONTAINS_OP;
    let size = instrs[i].oparg;
    if size > STACK_USE_GUIDELINE || (size < MIN_CONST_SEQUENCE_SIZE && !contains_or_iter) {
        return;
    }
    let found = if i == 0 {
        (size == 0).then(Vec::new)
    } else {
        const_loading_instrs(instrs, i - 1, size as usize)
    };
    let Some(found) = found else {
        if contains_or_iter && opcode == op::BUILD_LIST {
            instrs[i].set_op(op::BUILD_TUPLE, size);
        }
        return;
    };
    let Some(items) = found
        .iter()
        .map(|&k| const_value(&instrs[k], consts))
        .collect::<Option<Vec<_>>>()
    else {
        return;
    };
    let value = if opcode == op::BUILD_SET {
        frozenset(items)
    } else {
        Constant::Tuple(items.into())
    };
    let index = consts.add(value) as u32;
    nop_out(instrs, &found);
    if contains_or_iter {
        instrs[i].set_op(op::LOAD_CONST, index);
    } else if i >= 2 {
        instrs[i - 2].loc = instrs[i].loc;
        instrs[i - 2].set_op(opcode, 0);
        instrs[i - 1].set_op(op::LOAD_CONST, index);
        let extend = if opcode == op::BUILD_LIST {
            op::LIST_EXTEND
        } else {
            op::SET_UPDATE
        };
        instrs[i].set_op(extend, 1);
    }
}

/// `fold_const_binop`.
fn fold_const_binop(instrs: &mut [CfgInstr], i: usize, consts: &mut ConstPool) {
    if i == 0 {
        return;
    }
    let Some(found) = const_loading_instrs(instrs, i - 1, 2) else {
        return;
    };
    let (Some(lhs), Some(rhs)) = (
        const_value(&instrs[found[0]], consts),
        const_value(&instrs[found[1]], consts),
    ) else {
        return;
    };
    let Some(result) = fold::binary_op(&lhs, instrs[i].oparg, &rhs) else {
        return;
    };
    nop_out(instrs, &found);
    make_load_const(&mut instrs[i], result, consts);
}

/// `fold_const_unaryop`.
fn fold_const_unaryop(instrs: &mut [CfgInstr], i: usize, consts: &mut ConstPool) {
    if i == 0 {
        return;
    }
    let Some(found) = const_loading_instrs(instrs, i - 1, 1) else {
        return;
    };
    let Some(operand) = const_value(&instrs[found[0]], consts) else {
        return;
    };
    let unary = match instrs[i].opcode {
        op::UNARY_NEGATIVE => UnaryOp::Negative,
        op::UNARY_INVERT => UnaryOp::Invert,
        op::UNARY_NOT => UnaryOp::Not,
        _ => UnaryOp::Positive,
    };
    let Some(result) = fold::unary_op(&operand, unary) else {
        return;
    };
    nop_out(instrs, &found);
    make_load_const(&mut instrs[i], result, consts);
}

/// `optimize_basic_block`: the peephole pass over one block.
pub fn optimize_basic_block(g: &mut Cfg, b: BlockId, consts: &mut ConstPool) {
    let nop = CfgInstr::new(op::NOP, 0, Location::NONE);
    let mut i: isize = 0;
    while (i as usize) < g.blocks[b].instrs.len() {
        let iu = i as usize;
        let inst = g.blocks[b].instrs[iu];
        let (opcode, oparg) = (inst.opcode, inst.oparg);
        let target = if op::has_target(opcode) {
            inst.target
                .and_then(|t| g.blocks[t].instrs.first().copied())
                .unwrap_or(nop)
        } else {
            nop
        };
        let next = g.blocks[b].instrs.get(iu + 1).copied();
        let nextop = next.map_or(0, |n| n.opcode);
        let instrs = &mut g.blocks[b].instrs;
        match opcode {
            op::BUILD_TUPLE => {
                if nextop == op::UNPACK_SEQUENCE && next.is_some_and(|n| n.oparg == oparg) {
                    match oparg {
                        1 => {
                            instrs[iu].set_nop();
                            instrs[iu + 1].set_nop();
                            i += 1;
                            continue;
                        }
                        2 | 3 => {
                            instrs[iu].set_nop();
                            instrs[iu + 1].opcode = op::SWAP;
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                }
                fold_tuple_of_constants(instrs, iu, consts);
            }
            op::BUILD_LIST | op::BUILD_SET => optimize_lists_and_sets(instrs, iu, nextop, consts),
            op::POP_JUMP_IF_NOT_NONE
            | op::POP_JUMP_IF_NONE
            | op::POP_JUMP_IF_FALSE
            | op::POP_JUMP_IF_TRUE
                if target.opcode == op::JUMP =>
            {
                i -= isize::from(jump_thread(g, b, iu, &target, opcode));
            }
            op::JUMP_IF_FALSE | op::JUMP_IF_TRUE => {
                let same = opcode;
                let other = if opcode == op::JUMP_IF_FALSE {
                    op::JUMP_IF_TRUE
                } else {
                    op::JUMP_IF_FALSE
                };
                if target.opcode == op::JUMP || target.opcode == same {
                    i -= isize::from(jump_thread(g, b, iu, &target, opcode));
                } else if target.opcode == other {
                    let t = inst.target.and_then(|t| g.blocks[t].next);
                    if let Some(t) = t {
                        g.blocks[b].instrs[iu].target = Some(t);
                        i -= 1;
                    }
                }
            }
            op::JUMP | op::JUMP_NO_INTERRUPT => {
                let threaded = match target.opcode {
                    op::JUMP => jump_thread(g, b, iu, &target, op::JUMP),
                    op::JUMP_NO_INTERRUPT => jump_thread(g, b, iu, &target, opcode),
                    _ => false,
                };
                if threaded {
                    i -= 1;
                }
            }
            op::STORE_FAST => {
                if let Some(n) = next
                    && n.opcode == opcode
                    && n.oparg == oparg
                    && inst.loc.lineno == n.loc.lineno
                {
                    instrs[iu].set_op(op::POP_TOP, 0);
                }
            }
            op::SWAP if oparg == 1 => instrs[iu].set_nop(),
            op::LOAD_GLOBAL if nextop == op::PUSH_NULL && oparg & 1 == 0 => {
                instrs[iu].set_op(op::LOAD_GLOBAL, oparg | 1);
                instrs[iu + 1].set_nop();
            }
            op::COMPARE_OP if nextop == op::TO_BOOL => {
                instrs[iu].set_nop();
                instrs[iu + 1].set_op(op::COMPARE_OP, oparg | 16);
            }
            op::CONTAINS_OP | op::IS_OP => {
                if nextop == op::TO_BOOL {
                    instrs[iu].set_nop();
                    instrs[iu + 1].set_op(opcode, oparg);
                } else if nextop == op::UNARY_NOT {
                    instrs[iu].set_nop();
                    instrs[iu + 1].set_op(opcode, oparg ^ 1);
                }
            }
            op::TO_BOOL if nextop == op::TO_BOOL => instrs[iu].set_nop(),
            op::UNARY_NOT => {
                if nextop == op::TO_BOOL {
                    instrs[iu].set_nop();
                    instrs[iu + 1].set_op(op::UNARY_NOT, 0);
                } else if nextop == op::UNARY_NOT {
                    instrs[iu].set_nop();
                    instrs[iu + 1].set_nop();
                } else {
                    fold_const_unaryop(instrs, iu, consts);
                }
            }
            op::UNARY_INVERT | op::UNARY_NEGATIVE => fold_const_unaryop(instrs, iu, consts),
            op::CALL_INTRINSIC_1 => {
                if oparg == INTRINSIC_LIST_TO_TUPLE {
                    if nextop == op::GET_ITER {
                        instrs[iu].set_nop();
                    } else {
                        fold_list_to_tuple(instrs, iu, consts);
                    }
                } else if oparg == INTRINSIC_UNARY_POSITIVE {
                    fold_const_unaryop(instrs, iu, consts);
                }
            }
            op::BINARY_OP => fold_const_binop(instrs, iu, consts),
            _ => {}
        }
        i += 1;
    }
    let instrs = &mut g.blocks[b].instrs;
    let mut i = 0;
    while i < instrs.len() {
        if instrs[i].opcode == op::SWAP {
            i = swaptimize(instrs, i);
            apply_static_swaps(instrs, i as isize);
        }
        i += 1;
    }
}

/// `swaptimize`: replaces a run of SWAPs and NOPs starting at `ix` by the
/// fewest SWAPs with the same effect. Returns the index of the run's last instruction.
fn swaptimize(instrs: &mut [CfgInstr], ix: usize) -> usize {
    let mut depth = instrs[ix].oparg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = instrs.len() - ix;
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        match instrs[ix + len].opcode {
            op::SWAP => {
                depth = depth.max(instrs[ix + len].oparg as usize);
                more = true;
            }
            op::NOP => {}
            _ => break,
        }
    }
    // Codegen's SWAPs stay shallow; a deeper run is left alone rather than simulated.
    if !more || depth == 0 || depth > MAX_SWAP_DEPTH {
        return ix;
    }
    let mut stack: Vec<Option<usize>> = (0..depth).map(Some).collect();
    for k in 0..len {
        if instrs[ix + k].opcode == op::SWAP {
            let arg = instrs[ix + k].oparg as usize;
            if arg == 0 || arg > depth {
                return ix;
            }
            stack.swap(0, arg - 1);
        }
    }
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i].is_none() || stack[i] == Some(i) {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                if current < 0 {
                    return ix;
                }
                instrs[ix + current as usize].set_op(op::SWAP, j as u32 + 1);
                current -= 1;
            }
            let Some(next_j) = stack[j] else { break };
            stack[j] = None;
            j = next_j;
        }
    }
    while current >= 0 {
        instrs[ix + current as usize].set_nop();
        current -= 1;
    }
    ix + len - 1
}

fn swappable(opcode: op::Opcode) -> bool {
    matches!(
        opcode,
        op::STORE_FAST | op::STORE_FAST_MAYBE_NULL | op::POP_TOP
    )
}

fn stores_to(instr: &CfgInstr) -> Option<u32> {
    matches!(instr.opcode, op::STORE_FAST | op::STORE_FAST_MAYBE_NULL).then_some(instr.oparg)
}

/// `next_swappable_instruction`.
fn next_swappable(instrs: &[CfgInstr], mut i: usize, lineno: Option<i32>) -> Option<usize> {
    loop {
        i += 1;
        let instr = instrs.get(i)?;
        if lineno.is_some_and(|l| instr.loc.lineno != l) {
            return None;
        }
        if instr.opcode == op::NOP {
            continue;
        }
        return swappable(instr.opcode).then_some(i);
    }
}

/// `apply_static_swaps`: `SWAP n` before stores and pops is done by reordering those instructions.
fn apply_static_swaps(instrs: &mut [CfgInstr], mut i: isize) {
    while i >= 0 {
        let iu = i as usize;
        let swap = instrs[iu];
        if swap.opcode != op::SWAP {
            if swap.opcode == op::NOP || swappable(swap.opcode) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, iu, None) else {
            return;
        };
        let mut k = j;
        let lineno = instrs[j].loc.lineno;
        let lineno = (lineno >= 0).then_some(lineno);
        for _ in 1..swap.oparg {
            match next_swappable(instrs, k, lineno) {
                Some(n) => k = n,
                None => return,
            }
        }
        let (store_j, store_k) = (stores_to(&instrs[j]), stores_to(&instrs[k]));
        if store_j.is_some() || store_k.is_some() {
            if store_j == store_k {
                return;
            }
            for instr in &instrs[j + 1..k] {
                let s = stores_to(instr);
                if s.is_some() && (s == store_j || s == store_k) {
                    return;
                }
            }
        }
        instrs[iu].set_nop();
        instrs.swap(j, k);
        i -= 1;
    }
}
