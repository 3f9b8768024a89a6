//! Rewriting a code object's adaptive instructions to their `INSTRUMENTED_*` forms for the events its tools want, and running those forms: fire the event, then the original instruction; mirrors `_Py_Instrument`, `_Py_call_instrumentation_line` and the `INSTRUMENTED_*` instructions of Python/instrumentation.c and Python/bytecodes.c.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use ouro_bytecode::Opcode;
use ouro_objects::code::{Adaptive, Code, InlineCache, Instr, NO_CACHE, backoff};
use ouro_objects::err::PyResult;
use ouro_objects::functype::{Function, Method};
use ouro_objects::none::is_none;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Ref, Value};

use super::{State, TOOLS, code_events, code_key, event, fire, fire_line, tool_events, with_state};
use crate::frame::Frame;
use crate::interp::{Flow, peek, pop, top};

/// A code object's monitoring state (CPython's `_PyCoMonitoringData`).
pub struct CodeMon {
    /// Keeps the code (and so its address, the key) alive while monitored.
    code: Ref<Code>,
    /// The instrumentation version it was last brought up to.
    version: u64,
    /// Per-tool local events.
    pub local: [u32; TOOLS],
    /// The original (family head) opcode of every rewritten instruction.
    originals: HashMap<u32, Opcode>,
    lines: Option<Rc<Lines>>,
}

/// Where lines start and what ran before each instruction when control
/// falls through (`_PyCoLineInstrumentationData`).
struct Lines {
    /// Line of each code unit (-1: none).
    line: Vec<i32>,
    /// Whether the instruction at a unit can start a line event.
    start: Vec<bool>,
    /// The instruction that falls through to each unit.
    prev: Vec<u32>,
}

thread_local! {
    /// The last jump taken in monitored code: (code address, target,
    /// source), so the line check at the target knows the instruction that
    /// ran before it.
    static LAST_JUMP: Cell<(usize, u32, u32)> = const { Cell::new((0, 0, 0)) };
}

/// The state entry of `code`, made if missing.
pub(super) fn entry<'a>(s: &'a mut State, code: &Ref<Code>) -> &'a mut CodeMon {
    s.codes.entry(code_key(code)).or_insert_with(|| CodeMon {
        code: code.clone(),
        version: 0,
        local: [0; TOOLS],
        originals: HashMap::new(),
        lines: None,
    })
}

/// The instruction base opcodes of `code`, from `co_code` (`None` inside
/// inline caches).
fn base_op(code: &Code, i: usize) -> Option<Opcode> {
    Opcode::from_u8(*code.code.get(2 * i)?).map(Opcode::deopt)
}

fn first_traceable(code: &Code, adaptive: &Adaptive) -> usize {
    (0..adaptive.units())
        .find(|&i| adaptive.instrs[i].at as usize == i && base_op(code, i) == Some(Opcode::RESUME))
        .unwrap_or(0)
}

/// `initialize_lines`: a line starts where the line changes, at jump
/// targets and at exception handlers (never at `RESUME`, `END_FOR`,
/// `END_SEND`, `POP_ITER` or `END_ASYNC_FOR`).
fn compute_lines(code: &Code, adaptive: &Adaptive) -> Lines {
    let units = adaptive.units();
    let entries = ouro_bytecode::location_table::decode(code.firstlineno, &code.linetable)
        .unwrap_or_default();
    let mut line: Vec<i32> = ouro_bytecode::location_table::positions(&entries)
        .map(|p| p.line.unwrap_or(-1))
        .take(units)
        .collect();
    line.resize(units, -1);
    let mut start = vec![false; units];
    let mut prev = vec![0u32; units];
    let first = first_traceable(code, adaptive);
    let never_starts = |op: Opcode| {
        matches!(
            op,
            Opcode::RESUME
                | Opcode::END_FOR
                | Opcode::END_SEND
                | Opcode::POP_ITER
                | Opcode::END_ASYNC_FOR
        )
    };
    let mut current = -1;
    for i in first..units {
        let instr = &adaptive.instrs[i];
        if instr.at as usize != i {
            continue;
        }
        if let Some(next) = prev.get_mut(instr.next as usize) {
            *next = i as u32;
        }
        let Some(op) = base_op(code, i) else { continue };
        if never_starts(op) {
            continue;
        }
        if line[i] != current && line[i] >= 0 {
            start[i] = true;
        }
        current = line[i];
    }
    let mut mark = |target: usize| {
        if target < units
            && line[target] >= 0
            && base_op(code, target).is_some_and(|op| op != Opcode::POP_ITER)
        {
            start[target] = true;
        }
    };
    for i in first..units {
        let instr = &adaptive.instrs[i];
        if instr.at as usize != i {
            continue;
        }
        let (next, arg) = (instr.next as usize, instr.arg as usize);
        match base_op(code, i) {
            Some(
                Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_NOT_NONE
                | Opcode::JUMP_FORWARD,
            ) => mark(next + arg),
            Some(Opcode::FOR_ITER | Opcode::SEND) => mark(next + arg + 1),
            Some(Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT) => {
                if let Some(t) = next.checked_sub(arg) {
                    mark(t);
                }
            }
            _ => {}
        }
    }
    for e in ouro_bytecode::exception_table::entries(&code.exceptiontable).flatten() {
        mark(e.target as usize);
    }
    Lines { line, start, prev }
}

/// Whether some tool wants `e` at instruction `i` of the code `key`.
fn wants(s: &State, key: usize, i: u32, e: usize) -> bool {
    (0..TOOLS).any(|t| {
        tool_events(s, t, key) & event::bit(e) != 0
            && !s.disabled.contains(&(key, i, t as u8, e as u8))
    })
}

/// Whether the instruction's own `INSTRUMENTED_*` form is needed: its
/// event is wanted there, or it is a jump in code with line events (the
/// line check at the target needs to know where control came from).
fn wants_own_event(s: &State, key: usize, i: u32, op: Opcode, arg: u32, lines_on: bool) -> bool {
    use Opcode as O;
    match op {
        O::RESUME => wants(
            s,
            key,
            i,
            if arg & 3 == 0 {
                event::PY_START
            } else {
                event::PY_RESUME
            },
        ),
        O::RETURN_VALUE => wants(s, key, i, event::PY_RETURN),
        O::YIELD_VALUE => wants(s, key, i, event::PY_YIELD),
        O::END_SEND => wants(s, key, i, event::STOP_ITERATION),
        O::NOT_TAKEN => wants(s, key, i, event::BRANCH_LEFT),
        O::END_ASYNC_FOR => wants(s, key, i, event::BRANCH_RIGHT),
        O::CALL | O::CALL_KW | O::CALL_FUNCTION_EX | O::LOAD_SUPER_ATTR => {
            wants(s, key, i, event::CALL)
        }
        // Jumps also record where they came from for a POP_ITER's branch event.
        O::JUMP_FORWARD | O::JUMP_BACKWARD => {
            lines_on || wants(s, key, i, event::JUMP) || wants(s, key, i, event::BRANCH_RIGHT)
        }
        O::POP_ITER => wants(s, key, i, event::BRANCH_RIGHT),
        O::POP_JUMP_IF_FALSE
        | O::POP_JUMP_IF_TRUE
        | O::POP_JUMP_IF_NONE
        | O::POP_JUMP_IF_NOT_NONE
        | O::FOR_ITER => {
            lines_on
                || wants(s, key, i, event::BRANCH_LEFT)
                || wants(s, key, i, event::BRANCH_RIGHT)
        }
        _ => false,
    }
}

/// Brings `code`'s instructions in line with the events its tools want
/// (`_Py_Instrument`): rewrites to `INSTRUMENTED_*` forms, restores the
/// family heads where nothing is wanted any more.
pub fn instrument_code(code: &Ref<Code>) {
    let key = code_key(code);
    let version = super::version();
    with_state(|s| {
        let events = code_events(s, key);
        if events == 0 && !s.codes.contains_key(&key) {
            return;
        }
        let adaptive = code.adaptive().clone();
        let lines_on = events & event::bit(event::LINE) != 0;
        let lines = if lines_on {
            let e = entry(s, code);
            Some(
                e.lines
                    .get_or_insert_with(|| Rc::new(compute_lines(code, &adaptive)))
                    .clone(),
            )
        } else {
            None
        };
        let first = first_traceable(code, &adaptive);
        let mut originals = std::mem::take(&mut entry(s, code).originals);
        for i in 0..adaptive.units() {
            let instr = &adaptive.instrs[i];
            if instr.at as usize != i {
                continue;
            }
            let Some(base) = base_op(code, i) else {
                continue;
            };
            let at = i as u32;
            let desired = if events == 0 {
                None
            } else if i >= first && base != Opcode::RESUME && wants(s, key, at, event::INSTRUCTION)
            {
                Some(Opcode::INSTRUMENTED_INSTRUCTION)
            } else if i >= first
                && lines.as_ref().is_some_and(|l| l.start[i])
                && wants(s, key, at, event::LINE)
            {
                Some(Opcode::INSTRUMENTED_LINE)
            } else if wants_own_event(s, key, at, base, instr.arg, lines_on) {
                base.instrumented()
            } else {
                None
            };
            match desired {
                Some(op) => {
                    instr.op.set(op);
                    originals.insert(at, base);
                }
                None => {
                    if originals.remove(&at).is_some() || instr.op.get().is_instrumented() {
                        instr.op.set(base);
                        if instr.cache != NO_CACHE {
                            instr.counter.set(backoff::WARMUP);
                        }
                    }
                }
            }
        }
        let e = entry(s, code);
        e.originals = originals;
        e.version = version;
        if events == 0 && e.local.iter().all(|&l| l == 0) {
            s.codes.remove(&key);
        }
    });
}

/// After the events changed: code that already ran goes back through
/// `RESUME` (which re-instruments it), and monitored code and the code of
/// every frame on this thread's stack are instrumented now
/// (`instrument_all_executing_code_objects`).
pub fn refresh_all() {
    ouro_objects::code::for_each_adaptive(|a| {
        for instr in &a.instrs[..a.units()] {
            if instr.op.get() == Opcode::RESUME_CHECK {
                instr.op.set(Opcode::RESUME);
            }
        }
    });
    // Monitored code is brought up to date at once, so code no tool wants
    // any more runs uninstrumented even in suspended generators.
    let monitored: Vec<Ref<Code>> =
        with_state(|s| s.codes.values().map(|c| c.code.clone()).collect());
    for code in &monitored {
        instrument_code(code);
    }
    let mut n = 0;
    while let Some(meta) = crate::frame::nth_meta(n) {
        instrument_code(&meta.code);
        n += 1;
    }
}

/// `RESUME`'s version check: code instrumented for an older version (or
/// never) is brought up to date; true when the instruction at `RESUME` was
/// rewritten, and `f.ip` is then set to run it again.
pub fn check_resume(f: &mut Frame, instr: &Instr) -> bool {
    let version = super::version();
    if version == 0 {
        return false;
    }
    let key = code_key(&f.code);
    let stale = with_state(|s| match s.codes.get(&key) {
        Some(c) => c.version != version,
        None => code_events(s, key) != 0,
    });
    if !stale {
        return false;
    }
    instrument_code(&f.code);
    let at = instr.at as usize;
    if f.adaptive.instrs[at].op.get() == Opcode::RESUME {
        return false;
    }
    f.ip = at;
    true
}

/// The original opcode of the rewritten instruction at `i`.
fn original(code: &Code, i: u32) -> Opcode {
    with_state(|s| {
        s.codes
            .get(&code_key(code))
            .and_then(|c| c.originals.get(&i).copied())
    })
    .or_else(|| base_op(code, i as usize))
    .unwrap_or(Opcode::NOP)
}

/// The instruction at `instr` with opcode `op`, never specializing (what
/// CPython's instrumented instructions run: the generic form).
fn generic_copy(instr: &Instr, op: Opcode) -> Instr {
    Instr {
        op: Cell::new(op),
        counter: Cell::new(backoff::UNREACHABLE),
        arg: instr.arg,
        at: instr.at,
        next: instr.next,
        cache: instr.cache,
    }
}

/// Runs `op` as the instruction at `instr` by writing it to the scratch
/// entry of that instruction and continuing there.
fn dispatch_original(f: &mut Frame, instr: &Instr, op: Opcode) -> Flow {
    let units = f.adaptive.units();
    let i = instr.at as usize;
    if let Some(scratch) = f.adaptive.instrs.get(units + i) {
        scratch.op.set(op);
        // The original runs generic, as CPython's instrumented forms do.
        scratch.counter.set(backoff::UNREACHABLE);
        f.ip = units + i;
    }
    Flow::Next
}

/// Records a jump for the line check at its target (code run by a tool's
/// callback records nothing: its events do not fire).
fn record_jump(code: &Code, from: u32, to: usize) {
    if super::in_callback() {
        return;
    }
    LAST_JUMP.with(|j| j.set((code_key(code), to as u32, from)));
}

/// Records that the exception handler at `target` caught an exception
/// raised at `from` (for the line check at the handler).
pub fn record_handler(code: &Code, from: usize, target: u32) {
    if super::active() {
        record_jump(code, from as u32, target as usize);
    }
}

/// Runs an `INSTRUMENTED_*` instruction: its events, then the original.
pub fn run_instrumented(f: &mut Frame, instr: &Instr, callee: &mut Frame) -> PyResult<Flow> {
    let code = f.code.clone();
    let i = instr.at;
    let mut op = instr.op.get();
    if op == Opcode::INSTRUMENTED_INSTRUCTION {
        fire(f, i, event::INSTRUCTION, &[])?;
        op = below_instruction(&code, i);
    }
    if op == Opcode::INSTRUMENTED_LINE {
        line_event(f, i)?;
        op = below_line(&code, i);
    }
    // A callback may have written the frame's locals through `f_locals`.
    crate::frame::take_pending_writes(f);
    let flow = match op.uninstrumented() {
        Some(base) if op.is_instrumented() => run_own_event(f, instr, base, callee)?,
        _ => dispatch_original(f, instr, op),
    };
    crate::frame::take_pending_writes(f);
    Ok(flow)
}

/// What the instruction would be without its `INSTRUCTION` layer.
fn below_instruction(code: &Ref<Code>, i: u32) -> Opcode {
    let key = code_key(code);
    let is_line = with_state(|s| {
        s.codes
            .get(&key)
            .and_then(|c| c.lines.clone())
            .is_some_and(|l| l.start[i as usize])
            && wants(s, key, i, event::LINE)
    });
    if is_line {
        Opcode::INSTRUMENTED_LINE
    } else {
        below_line(code, i)
    }
}

/// What the instruction would be without its `LINE` layer.
fn below_line(code: &Ref<Code>, i: u32) -> Opcode {
    let base = original(code, i);
    let key = code_key(code);
    let adaptive = code.adaptive().clone();
    let arg = adaptive.instrs[i as usize].arg;
    let own = with_state(|s| {
        let lines_on = code_events(s, key) & event::bit(event::LINE) != 0;
        wants_own_event(s, key, i, base, arg, lines_on)
    });
    match base.instrumented() {
        Some(twin) if own => twin,
        _ => base,
    }
}

/// `_Py_call_instrumentation_line`: fires `LINE` unless control came from
/// the same line (and not from an instrumented `RESUME`).
fn line_event(f: &Frame, i: u32) -> PyResult<()> {
    if super::in_callback() {
        return Ok(());
    }
    let code = &f.code;
    let key = code_key(code);
    let Some(lines) = with_state(|s| s.codes.get(&key).and_then(|c| c.lines.clone())) else {
        return Ok(());
    };
    let idx = i as usize;
    let line = lines.line[idx];
    let jump = LAST_JUMP.with(Cell::get);
    let prev = if jump.0 == key && jump.1 == i {
        LAST_JUMP.with(|j| j.set((0, 0, 0)));
        jump.2
    } else {
        lines.prev[idx]
    };
    if line < 0 {
        return Ok(());
    }
    let prev_line = lines.line.get(prev as usize).copied().unwrap_or(-1);
    // Only an instrumented RESUME shows through (CPython compares the
    // current opcode, which for an uninstrumented RESUME is RESUME_CHECK by
    // then).
    let prev_op = f.adaptive.instrs.get(prev as usize).map(|p| p.op.get());
    if prev_line == line && prev != i && prev_op != Some(Opcode::INSTRUMENTED_RESUME) {
        return Ok(());
    }
    fire_line(f, i, line)
}

fn at_index(instr: &Instr) -> usize {
    instr.at as usize
}

/// The instruction that falls through to `i`.
fn predecessor(adaptive: &Adaptive, i: usize) -> usize {
    (0..i)
        .rev()
        .find(|&j| {
            let d = &adaptive.instrs[j];
            d.at as usize == j && d.next as usize == i && d.op.get() != Opcode::CACHE
        })
        .unwrap_or(i)
}

/// The instruction that ran before `i`: the jump recorded to it, or the
/// one that falls through to it (CPython's `prev_instr`).
fn came_from(f: &Frame, i: usize) -> usize {
    let key = code_key(&f.code);
    let jump = LAST_JUMP.with(Cell::get);
    if jump.0 == key && jump.1 as usize == i {
        LAST_JUMP.with(|j| j.set((0, 0, 0)));
        return jump.2 as usize;
    }
    predecessor(&f.adaptive, i)
}

/// A branch event reported at instruction `from` going to `dest`.
fn fire_from(f: &Frame, from: usize, ev: usize, dest: usize) -> PyResult<()> {
    fire(f, from as u32, ev, &[offset_value(dest)])
}

fn offset_value(index: usize) -> Value {
    ouro_objects::int::from_usize(index * 2)
}

/// Whether a callable runs as Python code (no `C_RETURN`/`C_RAISE`).
fn is_python_callable(c: &Value) -> bool {
    c.downcast_exact::<Function>().is_some()
        || c.downcast_exact::<Method>()
            .is_some_and(|m| m.func.downcast_exact::<Function>().is_some())
}

/// `CALL`'s `(callable, arg0)` after `_MAYBE_EXPAND_METHOD`.
fn call_event_args(
    callable: &Value,
    self_or_null: Option<&Value>,
    first_arg: Option<&Value>,
) -> (Value, Value) {
    if let Some(this) = self_or_null {
        return (callable.clone(), this.clone());
    }
    if let Some(m) = callable.downcast_exact::<Method>() {
        return (m.func.clone(), m.this.clone());
    }
    (
        callable.clone(),
        first_arg.cloned().unwrap_or_else(super::missing),
    )
}

/// The stack slot `n` from the top, `None` for a `NULL`.
fn slot(f: &Frame, n: usize) -> Option<Value> {
    f.stack
        .len()
        .checked_sub(n)
        .and_then(|i| f.stack.get(i).cloned().flatten())
}

/// Runs an instruction whose own event is instrumented.
fn run_own_event(f: &mut Frame, instr: &Instr, base: Opcode, callee: &mut Frame) -> PyResult<Flow> {
    use Opcode as O;
    let code = f.code.clone();
    let i = instr.at;
    let next = instr.next as usize;
    let arg = instr.arg as usize;
    match base {
        O::RESUME => {
            if check_resume(f, instr) {
                return Ok(Flow::Next);
            }
            let e = if arg & 3 == 0 {
                event::PY_START
            } else {
                event::PY_RESUME
            };
            fire(f, i, e, &[])?;
            crate::frame::check_breaker(f)?;
            Ok(Flow::Next)
        }
        O::RETURN_VALUE => {
            fire(f, i, event::PY_RETURN, &[top(f)?.clone()])?;
            Ok(Flow::Return(pop(f)?))
        }
        O::YIELD_VALUE => {
            fire(f, i, event::PY_YIELD, &[top(f)?.clone()])?;
            Ok(Flow::Yield(pop(f)?))
        }
        O::LOAD_SUPER_ATTR => {
            // `super(...)` is reported as a call of the built-in `super`.
            let global_super = peek(f, 3)?.clone();
            let arg0 = if arg & 2 != 0 {
                peek(f, 2)?.clone()
            } else {
                super::missing()
            };
            fire(f, i, event::CALL, &[global_super.clone(), arg0.clone()])?;
            let result = crate::families::load_super_attr(f, &generic_copy(instr, base), &code);
            let ev = if result.is_ok() {
                event::C_RETURN
            } else {
                event::C_RAISE
            };
            fire(f, i, ev, &[global_super, arg0])?;
            result.map(|()| Flow::Next)
        }
        O::END_SEND => {
            // A generator or coroutine that `yield from`/`await` ran to its
            // end raised a StopIteration no one sees (`monitor_stop_iteration`).
            let value = pop(f)?;
            let receiver = pop(f)?;
            let ty = receiver.type_obj();
            if std::ptr::eq(ty, &crate::generator::GENERATOR_TYPE)
                || std::ptr::eq(ty, &crate::generator::COROUTINE_TYPE)
            {
                let exc = ouro_objects::exceptions::stop_iteration(value.clone()).into_value();
                fire(f, i, event::STOP_ITERATION, &[exc])?;
            }
            f.stack.push(Some(value));
            Ok(Flow::Next)
        }
        O::CALL | O::CALL_KW | O::CALL_FUNCTION_EX => {
            let (callable, arg0) = match base {
                O::CALL_FUNCTION_EX => {
                    let callargs = peek(f, 2)?.clone();
                    let first = callargs
                        .downcast::<Tuple>()
                        .and_then(|t| t.iter().next().cloned());
                    (peek(f, 4)?.clone(), first.unwrap_or_else(super::missing))
                }
                _ => {
                    let kw = usize::from(base == O::CALL_KW);
                    let callable = peek(f, arg + 2 + kw)?.clone();
                    let this = slot(f, arg + 1 + kw);
                    let first = if arg > 0 { slot(f, arg + kw) } else { None };
                    call_event_args(&callable, this.as_ref(), first.as_ref())
                }
            };
            fire(f, i, event::CALL, &[callable.clone(), arg0.clone()])?;
            let generic = generic_copy(instr, base);
            let cache = InlineCache::default();
            let result = match base {
                O::CALL => crate::families::call(f, &generic, &cache, None, callee),
                O::CALL_KW => crate::families::call_kw(f, &generic, &cache, callee),
                _ => crate::ops::call_function_ex(f, callee),
            };
            if is_python_callable(&callable) {
                return result;
            }
            match result {
                Ok(flow) => {
                    fire(f, i, event::C_RETURN, &[callable, arg0])?;
                    Ok(flow)
                }
                Err(e) => {
                    fire(f, i, event::C_RAISE, &[callable, arg0])?;
                    Err(e)
                }
            }
        }
        O::JUMP_FORWARD | O::JUMP_BACKWARD => {
            let dest = if base == O::JUMP_FORWARD {
                next + arg
            } else {
                next.saturating_sub(arg)
            };
            f.ip = dest;
            fire(f, i, event::JUMP, &[offset_value(dest)])?;
            record_jump(&code, i, dest);
            if base == O::JUMP_BACKWARD {
                crate::frame::check_breaker(f)?;
            }
            Ok(Flow::Next)
        }
        O::POP_JUMP_IF_FALSE
        | O::POP_JUMP_IF_TRUE
        | O::POP_JUMP_IF_NONE
        | O::POP_JUMP_IF_NOT_NONE => {
            let v = pop(f)?;
            let jumps = match base {
                O::POP_JUMP_IF_TRUE => crate::ops::truth(&v)?,
                O::POP_JUMP_IF_FALSE => !crate::ops::truth(&v)?,
                O::POP_JUMP_IF_NONE => is_none(&v),
                _ => !is_none(&v),
            };
            // The left branch is reported by the NOT_TAKEN that follows.
            if jumps {
                let dest = next + arg;
                f.ip = dest;
                fire(f, i, event::BRANCH_RIGHT, &[offset_value(dest)])?;
                record_jump(&code, i, dest);
            }
            Ok(Flow::Next)
        }
        O::NOT_TAKEN => {
            // `BRANCH_LEFT` from the instruction that fell through to here.
            let from = came_from(f, at_index(instr));
            fire_from(f, from, event::BRANCH_LEFT, next)?;
            Ok(Flow::Next)
        }
        O::END_ASYNC_FOR => {
            // The loop ends: `BRANCH_RIGHT` from the END_SEND the oparg
            // points back to.
            let exc = top(f)?;
            if exc
                .type_obj()
                .payload()
                .is_subtype(ouro_objects::exceptions::STOP_ASYNC_ITERATION.payload())
            {
                let from = next.saturating_sub(arg);
                fire_from(f, from, event::BRANCH_RIGHT, next)?;
            }
            Ok(dispatch_original(f, instr, base))
        }
        O::FOR_ITER => {
            let generic = generic_copy(instr, base);
            crate::families::for_iter(f, &generic)?;
            // Exhausted, it jumps to the POP_ITER, which reports the right branch.
            if f.ip == next {
                fire(f, i, event::BRANCH_LEFT, &[offset_value(next)])?;
            } else {
                record_jump(&code, i, f.ip);
            }
            Ok(Flow::Next)
        }
        O::POP_ITER => {
            let from = came_from(f, at_index(instr));
            fire_from(f, from, event::BRANCH_RIGHT, next)?;
            Ok(dispatch_original(f, instr, base))
        }
        _ => Ok(dispatch_original(f, instr, base)),
    }
}
