//! List, set and dict comprehensions and generator expressions (inlined per PEP 709 or as nested units); mirrors `codegen_comprehension` and friends in CPython's Python/codegen.c, with `_PyCompile_TweakInlinedComprehensionScopes` and its revert from Python/compile.c.

use super::{
    ArgCounts, CResult, CompileError, Compiler, FBlockDatum, FBlockType, NameKind, ScopeType, loc,
};
use crate::ast::{Comprehension, Expr, ExprKind};
use crate::compile::op::{self, Opcode};
use crate::compile::{Constant, Label, Location};
use crate::symtable::{EntryId, Scope, ScopeKey, Symbol, flags};

/// Which comprehension is compiled (`COMP_GENEXP` .. `COMP_DICTCOMP`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Generator,
    List,
    Set,
    Dict,
}

/// The parts of a comprehension node.
struct Parts<'a> {
    kind: Kind,
    name: &'static str,
    generators: &'a [Comprehension],
    elt: &'a Expr,
    /// The value of a dict comprehension.
    val: Option<&'a Expr>,
}

/// `codegen_genexp`: a generator expression.
pub fn genexp<'a>(c: &mut Compiler<'a>, e: &'a Expr) -> CResult {
    comprehension(c, e)
}

/// `codegen_listcomp`: a list comprehension.
pub fn listcomp<'a>(c: &mut Compiler<'a>, e: &'a Expr) -> CResult {
    comprehension(c, e)
}

/// `codegen_setcomp`: a set comprehension.
pub fn setcomp<'a>(c: &mut Compiler<'a>, e: &'a Expr) -> CResult {
    comprehension(c, e)
}

/// `codegen_dictcomp`: a dict comprehension.
pub fn dictcomp<'a>(c: &mut Compiler<'a>, e: &'a Expr) -> CResult {
    comprehension(c, e)
}

fn parts(e: &Expr) -> CResult<Parts<'_>> {
    let (kind, name, generators, elt, val) = match &e.kind {
        ExprKind::GeneratorExp { elt, generators } => {
            (Kind::Generator, "<genexpr>", generators, elt, None)
        }
        ExprKind::ListComp { elt, generators } => (Kind::List, "<listcomp>", generators, elt, None),
        ExprKind::SetComp { elt, generators } => (Kind::Set, "<setcomp>", generators, elt, None),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => (Kind::Dict, "<dictcomp>", generators, key, Some(&**value)),
        _ => {
            return Err(CompileError::Internal(
                "comprehension codegen on another node".into(),
            ));
        }
    };
    Ok(Parts {
        kind,
        name,
        generators,
        elt,
        val,
    })
}

/// `GET_ITER`, or `GET_AITER` for an `async for` clause.
fn get_iter(generator: &Comprehension) -> Opcode {
    if generator.is_async != 0 {
        op::GET_AITER
    } else {
        op::GET_ITER
    }
}

/// `codegen_comprehension`: inlined into the current unit when the symbol
/// table says so (PEP 709), else a nested function called at once with
/// the outermost iterator as its one argument `.0`.
fn comprehension<'a>(c: &mut Compiler<'a>, e: &'a Expr) -> CResult {
    let p = parts(e)?;
    let entry_id = c.lookup_scope(ScopeKey::of(e))?;
    let entry = c.table.entry(entry_id);
    let (is_inlined, is_async) = (entry.comp_inlined, entry.coroutine);
    let l = loc(&e.range);
    let outermost = p
        .generators
        .first()
        .ok_or_else(|| CompileError::Internal("comprehension without generators".into()))?;
    let mut inline_state = None;
    if is_inlined {
        c.visit_expr(&outermost.iter)?;
        c.addop(get_iter(outermost), loc(&outermost.iter.range));
        inline_state = Some(push_inlined_comprehension_state(c, l, entry_id)?);
    } else {
        let counts = ArgCounts {
            argcount: 1,
            ..ArgCounts::default()
        };
        c.enter_scope(
            p.name,
            ScopeType::Comprehension,
            ScopeKey::of(e),
            e.range.lineno as i32,
            None,
            counts,
        )?;
    }
    let body = comprehension_body(c, l, &p, is_inlined);
    if let Some(state) = inline_state {
        body?;
        return pop_inlined_comprehension_state(c, l, state);
    }
    let code = body.and_then(|()| {
        if p.kind == Kind::Generator {
            c.wrap_in_stopiteration_handler();
        } else {
            c.addop(op::RETURN_VALUE, l);
        }
        c.optimize_and_assemble(true)
    });
    c.exit_scope();
    c.make_closure(l, code?, 0)?;
    c.visit_expr(&outermost.iter)?;
    c.addop(get_iter(outermost), loc(&outermost.iter.range));
    c.addop_i(op::CALL, 0, l);
    if is_async && p.kind != Kind::Generator {
        c.addop_i(op::GET_AWAITABLE, 0, l);
        c.load_const(Constant::None, l);
        c.add_yield_from(l, true);
    }
    Ok(())
}

/// The empty container (swapped under the iterator when inlined) and the loops.
fn comprehension_body<'a>(
    c: &mut Compiler<'a>,
    l: Location,
    p: &Parts<'a>,
    is_inlined: bool,
) -> CResult {
    let build = match p.kind {
        Kind::Generator => None,
        Kind::List => Some(op::BUILD_LIST),
        Kind::Set => Some(op::BUILD_SET),
        Kind::Dict => Some(op::BUILD_MAP),
    };
    if let Some(build) = build {
        c.addop_i(build, 0, l);
        if is_inlined {
            c.addop_i(op::SWAP, 2, l);
        }
    }
    generator(c, l, p, 0, 0, is_inlined)
}

/// `codegen_comprehension_generator`: the loop of `generators[index]` and
/// everything inside it. `depth` counts the iterators on the stack above
/// the container.
fn generator<'a>(
    c: &mut Compiler<'a>,
    l: Location,
    p: &Parts<'a>,
    index: usize,
    depth: u32,
    iter_on_stack: bool,
) -> CResult {
    let generator = p
        .generators
        .get(index)
        .ok_or_else(|| CompileError::Internal("no such generator".into()))?;
    if generator.is_async != 0 {
        async_generator(c, l, p, index, depth, iter_on_stack)
    } else {
        sync_generator(c, l, p, index, depth, iter_on_stack)
    }
}

/// The element of `[x]` or `(x,)` (not starred): `for y in [x]` binds `y`
/// without a loop.
fn single_element(iter: &Expr) -> Option<&Expr> {
    match &iter.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => match elts.as_slice() {
            [only] if !matches!(only.kind, ExprKind::Starred { .. }) => Some(only),
            _ => None,
        },
        _ => None,
    }
}

/// `codegen_sync_comprehension_generator`.
fn sync_generator<'a>(
    c: &mut Compiler<'a>,
    l: Location,
    p: &Parts<'a>,
    index: usize,
    mut depth: u32,
    iter_on_stack: bool,
) -> CResult {
    let generator = &p.generators[index];
    let if_cleanup = c.new_label();
    let anchor = c.new_label();
    let mut looping = true;
    let iter_loc = loc(&generator.iter.range);
    if !iter_on_stack {
        if index == 0 {
            c.addop_i(op::LOAD_FAST, 0, l);
        } else {
            if let Some(only) = single_element(&generator.iter) {
                c.visit_expr(only)?;
                looping = false;
            }
            if looping {
                c.visit_expr(&generator.iter)?;
                c.addop(op::GET_ITER, iter_loc);
            }
        }
    }
    let start = looping.then(|| c.new_label());
    if let Some(start) = start {
        depth += 1;
        c.use_label(start);
        c.addop_j(op::FOR_ITER, anchor, iter_loc);
    }
    c.visit_expr(&generator.target)?;
    for cond in &generator.ifs {
        c.jump_if(cond, if_cleanup, false)?;
    }
    let elt_loc = loop_body(c, l, p, index, depth)?;
    c.use_label(if_cleanup);
    if let Some(start) = start {
        c.addop_j(op::JUMP, start, elt_loc);
        c.use_label(anchor);
        // END_FOR first: iteration over a generator jumps to it, others past it.
        c.addop(op::END_FOR, Location::NONE);
        c.addop(op::POP_ITER, Location::NONE);
    }
    Ok(())
}

/// `codegen_async_comprehension_generator`: `GET_ANEXT` and an await per
/// item inside a `SETUP_FINALLY` that `END_ASYNC_FOR` ends.
fn async_generator<'a>(
    c: &mut Compiler<'a>,
    l: Location,
    p: &Parts<'a>,
    index: usize,
    mut depth: u32,
    iter_on_stack: bool,
) -> CResult {
    let generator = &p.generators[index];
    let start = c.new_label();
    let send = c.new_label();
    let except = c.new_label();
    let if_cleanup = c.new_label();
    if !iter_on_stack {
        if index == 0 {
            c.addop_i(op::LOAD_FAST, 0, l);
        } else {
            c.visit_expr(&generator.iter)?;
            c.addop(op::GET_AITER, loc(&generator.iter.range));
        }
    }
    c.use_label(start);
    c.push_fblock(
        l,
        FBlockType::AsyncComprehensionGenerator,
        Some(start),
        None,
        FBlockDatum::None,
    )?;
    c.addop_j(op::SETUP_FINALLY, except, l);
    c.addop(op::GET_ANEXT, l);
    c.load_const(Constant::None, l);
    c.use_label(send);
    c.add_yield_from(l, true);
    c.addop(op::POP_BLOCK, l);
    c.visit_expr(&generator.target)?;
    for cond in &generator.ifs {
        c.jump_if(cond, if_cleanup, false)?;
    }
    depth += 1;
    let elt_loc = loop_body(c, l, p, index, depth)?;
    c.use_label(if_cleanup);
    c.addop_j(op::JUMP, start, elt_loc);
    c.pop_fblock(FBlockType::AsyncComprehensionGenerator);
    c.use_label(except);
    c.addop_j(op::END_ASYNC_FOR, send, l);
    Ok(())
}

/// The next generator's loop, or after the last one the element: yielded,
/// or added to the container `depth + 1` items down. Returns the element's
/// location, which the loop's backward jump takes.
fn loop_body<'a>(
    c: &mut Compiler<'a>,
    l: Location,
    p: &Parts<'a>,
    index: usize,
    depth: u32,
) -> CResult<Location> {
    if index + 1 < p.generators.len() {
        generator(c, l, p, index + 1, depth, false)?;
        return Ok(loc(&p.elt.range));
    }
    c.visit_expr(p.elt)?;
    let mut elt_loc = loc(&p.elt.range);
    match (p.kind, p.val) {
        (Kind::Generator, _) => {
            c.addop_yield(elt_loc);
            c.addop(op::POP_TOP, elt_loc);
        }
        (Kind::List, _) => c.addop_i(op::LIST_APPEND, depth + 1, elt_loc),
        (Kind::Set, _) => c.addop_i(op::SET_ADD, depth + 1, elt_loc),
        (Kind::Dict, Some(val)) => {
            c.visit_expr(val)?;
            elt_loc = Location::new(
                p.elt.range.lineno as i32,
                p.elt.range.col_offset as i32,
                val.range.end_lineno as i32,
                val.range.end_col_offset as i32,
            );
            c.addop_i(op::MAP_ADD, depth + 1, elt_loc);
        }
        (Kind::Dict, None) => {
            return Err(CompileError::Internal(
                "dict comprehension without a value".into(),
            ));
        }
    }
    Ok(elt_loc)
}

/// What inlining changed in the enclosing unit, to undo afterwards
/// (`_PyCompile_InlinedComprehensionState`).
struct InlinedState {
    /// Names whose outer values wait on the stack, in push order.
    pushed_locals: Vec<String>,
    /// Outer symbols replaced by the comprehension's while compiling it.
    temp_symbols: Vec<(String, Symbol)>,
    /// Names made fast locals of a module or class body for the comprehension.
    fast_hidden: Vec<String>,
    cleanup: Option<Label>,
}

/// `push_inlined_comprehension_state`: gives the comprehension's names
/// their inner scopes in the enclosing unit, then saves and clears the
/// outer values of the names it binds (the iterator is swapped back on top)
/// under a handler that restores them if the comprehension raises.
fn push_inlined_comprehension_state(
    c: &mut Compiler<'_>,
    l: Location,
    comp: EntryId,
) -> CResult<InlinedState> {
    let mut state = InlinedState {
        pushed_locals: Vec::new(),
        temp_symbols: Vec::new(),
        fast_hidden: Vec::new(),
        cleanup: None,
    };
    tweak_inlined_comprehension_scopes(c, comp, &mut state);
    let outer = c.ur().ste;
    let symbols: Vec<(String, Symbol)> = c
        .table
        .entry(comp)
        .symbols
        .iter()
        .map(|(name, symbol)| (name.to_string(), symbol.clone()))
        .collect();
    // The class-body case of CPython's test is decided after the scope tweak
    // counted this comprehension, so it never holds here.
    for (name, symbol) in symbols {
        if symbol.flags & flags::DEF_LOCAL == 0 || symbol.flags & flags::DEF_NONLOCAL != 0 {
            continue;
        }
        let mangled = c.maybe_mangle(&name);
        c.addop_n(op::LOAD_FAST_AND_CLEAR, &mangled, NameKind::Varnames, l);
        if symbol.scope == Some(Scope::Cell) {
            let kind = if c.table.entry(outer).symbols.scope(&name) == Some(Scope::Free) {
                NameKind::Freevars
            } else {
                NameKind::Cellvars
            };
            c.addop_n(op::MAKE_CELL, &mangled, kind, l);
        }
        state.pushed_locals.push(name);
    }
    if !state.pushed_locals.is_empty() {
        c.addop_i(op::SWAP, state.pushed_locals.len() as u32 + 1, l);
        let cleanup = c.new_label();
        state.cleanup = Some(cleanup);
        // No fblock for this virtual try/finally: a comprehension cannot
        // return, break or continue.
        c.addop_j(op::SETUP_FINALLY, cleanup, l);
    }
    Ok(state)
}

/// `_PyCompile_TweakInlinedComprehensionScopes`: where a name's scope in
/// the comprehension differs from the enclosing one (or always, directly in
/// a class body), the enclosing entry takes the comprehension's symbol for
/// now; names the comprehension binds become fast locals of a module or
/// class body.
fn tweak_inlined_comprehension_scopes(
    c: &mut Compiler<'_>,
    comp: EntryId,
    state: &mut InlinedState,
) {
    let outer = c.ur().ste;
    let in_class_block = c.table.entry(outer).block_type == crate::symtable::BlockType::Class
        && c.ur().in_inlined_comp == 0;
    c.u().in_inlined_comp += 1;
    let symbols: Vec<(String, Symbol)> = c
        .table
        .entry(comp)
        .symbols
        .iter()
        .map(|(name, symbol)| (name.to_string(), symbol.clone()))
        .collect();
    let outer_function_like = c.table.entry(outer).is_function_like();
    for (name, symbol) in symbols {
        let outer_symbol = c
            .table
            .entry(outer)
            .symbols
            .get(&name)
            .cloned()
            .unwrap_or(Symbol {
                flags: 0,
                scope: None,
            });
        let (scope, outer_scope) = (symbol.scope, outer_symbol.scope);
        let differs = scope != outer_scope
            && scope != Some(Scope::Free)
            && !(scope == Some(Scope::Cell) && outer_scope == Some(Scope::Free));
        if differs || in_class_block {
            c.table.entries[outer].symbols.insert(&name, symbol.clone());
            state.temp_symbols.push((name.clone(), outer_symbol));
        }
        let binds = symbol.flags & flags::DEF_LOCAL != 0 && symbol.flags & flags::DEF_NONLOCAL == 0;
        if (binds || in_class_block)
            && !outer_function_like
            && c.ur().fasthidden.get(&name) != Some(&true)
        {
            c.u().fasthidden.insert(name.clone(), true);
            state.fast_hidden.push(name);
        }
    }
}

/// `pop_inlined_comprehension_state`: restores the saved outer values (on
/// the normal path and, re-raising, on the exception path), then the
/// enclosing unit's symbols. Names that were fast locals only for the
/// comprehension stay known as such (`CO_FAST_HIDDEN`).
fn pop_inlined_comprehension_state(
    c: &mut Compiler<'_>,
    l: Location,
    state: InlinedState,
) -> CResult {
    if let Some(cleanup) = state.cleanup {
        c.addop(op::POP_BLOCK, Location::NONE);
        let end = c.new_label();
        c.addop_j(op::JUMP_NO_INTERRUPT, end, Location::NONE);
        c.use_label(cleanup);
        // Drop the unfinished result, beneath the exception.
        c.addop_i(op::SWAP, 2, Location::NONE);
        c.addop(op::POP_TOP, Location::NONE);
        restore_inlined_comprehension_locals(c, l, &state.pushed_locals);
        c.addop_i(op::RERAISE, 0, Location::NONE);
        c.use_label(end);
        restore_inlined_comprehension_locals(c, l, &state.pushed_locals);
    }
    let outer = c.ur().ste;
    c.u().in_inlined_comp = c.ur().in_inlined_comp.saturating_sub(1);
    for (name, symbol) in state.temp_symbols {
        c.table.entries[outer].symbols.insert(&name, symbol);
    }
    for name in state.fast_hidden {
        c.u().fasthidden.insert(name, false);
    }
    Ok(())
}

/// `restore_inlined_comprehension_locals`: the result (or exception) back on
/// top, then the saved values stored in reverse push order.
fn restore_inlined_comprehension_locals(c: &mut Compiler<'_>, l: Location, pushed: &[String]) {
    c.addop_i(op::SWAP, pushed.len() as u32 + 1, l);
    for name in pushed.iter().rev() {
        let mangled = c.maybe_mangle(name);
        c.addop_n(op::STORE_FAST_MAYBE_NULL, &mangled, NameKind::Varnames, l);
    }
}
