//! The eval loop: runs frames instruction by instruction, pushing a frame for a Python-to-Python call instead of recursing, and unwinding exceptions through the exception table; mirrors Python/ceval.c and the generic instructions of Python/bytecodes.c.

use ouro_bytecode::Opcode;
use ouro_bytecode::oparg::Intrinsic1;
use std::rc::Rc;

use ouro_objects::code::{Adaptive, Code, InlineCache, Instr};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::exceptions::{self, BaseException};
use ouro_objects::functype::{Cell, Function};
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Ref, Value, bool as pybool, int};

use crate::frame::{self, Frame};
use crate::{families, ops, specialize};

/// What an instruction asks the loop to do next.
pub enum Flow {
    Next,
    /// Run the frame the instruction started in the loop's idle slot (a
    /// Python-to-Python call).
    Call,
    Return(Value),
    Yield(Value),
}

/// Pops the top of the stack (a `NULL` there is a compiler invariant
/// broken by hand-made bytecode: SystemError, not a crash).
#[inline(always)]
pub fn pop(f: &mut Frame) -> PyResult<Value> {
    match f.stack.pop() {
        Some(Some(v)) => Ok(v),
        _ => Err(ouro_objects::err::system_error(
            "bad bytecode: stack underflow or NULL",
        )),
    }
}

#[inline(always)]
pub fn pop_opt(f: &mut Frame) -> PyResult<Option<Value>> {
    f.stack
        .pop()
        .ok_or_else(|| ouro_objects::err::system_error("bad bytecode: stack underflow"))
}

#[inline(always)]
pub fn push(f: &mut Frame, v: Value) {
    f.stack.push(Some(v));
}

#[inline(always)]
pub fn top(f: &Frame) -> PyResult<&Value> {
    match f.stack.last() {
        Some(Some(v)) => Ok(v),
        _ => Err(ouro_objects::err::system_error("bad bytecode: empty stack")),
    }
}

/// The stack item `n` from the top (1 = top).
pub fn peek(f: &Frame, n: usize) -> PyResult<&Value> {
    match f.stack.len().checked_sub(n).and_then(|i| f.stack.get(i)) {
        Some(Some(v)) => Ok(v),
        _ => Err(ouro_objects::err::system_error(
            "bad bytecode: stack underflow",
        )),
    }
}

/// Runs `frame` (and any frames it calls) until it returns or yields.
pub fn run(frame: Frame) -> PyResult<Value> {
    run_frames(frame, None).map(|(v, _)| v)
}

/// Runs an entry frame, first raising `pending` in it when given (a
/// generator's `throw`); the flag says whether it yielded (the frame is
/// then handed back through `crate::generator::suspend`).
///
/// `frames` is this loop's frame stack: `frames[..=top]` are running
/// (`frames[0]` is the entry), the slots above are idle frames kept with
/// their registers so the next call at that depth reuses them in place.
pub fn run_frames(entry: Frame, pending: Option<PyErr>) -> PyResult<(Value, bool)> {
    frame::push_meta(&entry.meta)?;
    let mut frames = take_stack(entry);
    let mut top = 0;
    if let Some(e) = pending {
        let e = crate::monitoring::thrown(&frames[top], e);
        top = handle_error(&mut frames, top, e)?;
    }
    loop {
        match run_until_event(&mut frames, &mut top) {
            Ok(Event::Return(v)) => {
                finish_entry(&mut frames);
                return Ok((v, false));
            }
            Ok(Event::Yield(v)) => {
                frame::pop_meta();
                crate::generator::suspend(release_stack(&mut frames));
                return Ok((v, true));
            }
            Err(e) => top = handle_error(&mut frames, top, e)?,
        }
    }
}

/// How the entry frame of a loop stops running.
enum Event {
    Return(Value),
    Yield(Value),
}

/// Idle frames a pooled stack keeps, and how many stacks are pooled: enough
/// for ordinary call depths under ordinary native re-entry.
const MAX_IDLE_FRAMES: usize = 64;
const MAX_IDLE_STACKS: usize = 16;

thread_local! {
    /// Frame stacks of ended loops with their idle frames, so a native call
    /// into Python (a generator's resumption, a `key=` function) allocates
    /// no stack and no idle frame.
    static IDLE_STACKS: std::cell::RefCell<Vec<Vec<Frame>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A thread ends: its pooled frames (which hold code objects) go while it
/// still holds the GIL.
pub fn clear_idle_stacks() {
    let idle = IDLE_STACKS.with(|s| std::mem::take(&mut *s.borrow_mut()));
    drop(idle);
}

/// A frame stack for a new loop with `entry` at its bottom.
fn take_stack(entry: Frame) -> Vec<Frame> {
    // At thread exit the pool may be gone while finalizers still run code.
    let pooled = IDLE_STACKS
        .try_with(|s| s.borrow_mut().pop())
        .ok()
        .flatten();
    let mut frames = pooled.unwrap_or_else(|| Vec::with_capacity(8));
    match frames.first_mut() {
        Some(bottom) => {
            let idle = std::mem::replace(bottom, entry);
            frames.push(idle);
        }
        None => frames.push(entry),
    }
    frames
}

/// Takes the entry frame out of an ended loop's stack and pools the rest
/// (all idle by then).
fn release_stack(frames: &mut Vec<Frame>) -> Frame {
    let entry = frames.swap_remove(0);
    let mut idle = std::mem::take(frames);
    idle.truncate(MAX_IDLE_FRAMES);
    // A pool already destroyed (thread exit) just lets the frames go.
    let _ = IDLE_STACKS.try_with(|s| {
        let mut s = s.borrow_mut();
        if s.len() < MAX_IDLE_STACKS {
            s.push(idle);
        }
    });
    entry
}

/// Ends a called frame that returned or unwound, leaving its slot idle;
/// says whether its caller has `f_locals` writes to take (see
/// `frame::take_pending_writes`).
fn end_called(f: &mut Frame) -> bool {
    let caller_has_writes = frame::finish(f);
    frame::pop_meta();
    f.end();
    caller_has_writes
}

/// Ends the entry frame (its result or error goes to the native caller).
fn finish_entry(frames: &mut Vec<Frame>) {
    let entry = release_stack(frames);
    frame::finish(&entry);
    frame::pop_meta();
    frame::recycle(entry);
}

/// Unwinds `e` through the running frames `frames[..=top]`: the innermost
/// handler catches it (the new top is returned), or the entry frame returns
/// it to the native caller.
fn handle_error(frames: &mut Vec<Frame>, mut top: usize, e: PyErr) -> PyResult<usize> {
    let mut e = e;
    crate::state::chain_context(&e);
    let mut from_callee = false;
    loop {
        let f = &mut frames[top];
        let lasti = f.meta.lasti.get();
        let reraising = f.reraising;
        let at = if std::mem::take(&mut f.reraising) {
            f.reraise_at
        } else {
            frame::add_traceback(e.value(), &f.meta);
            lasti
        };
        if crate::monitoring::active() {
            e = crate::monitoring::raised(f, reraising, from_callee, e);
        }
        match ouro_bytecode::exception_table::find_handler(&f.code.exceptiontable, at as u32) {
            Ok(Some(h)) => {
                f.stack.truncate(h.depth as usize);
                // A generator thrown into while suspended has the yielded
                // value's slot unused (CPython leaves it as garbage).
                f.stack.resize(h.depth as usize, None);
                if h.lasti {
                    push(f, int::from_usize(lasti));
                }
                push(f, e.into_value());
                f.ip = h.target as usize;
                if crate::monitoring::active()
                    && let Some(Some(exc)) = f.stack.last().cloned()
                    && let Err(err) = crate::monitoring::handled(f, at, h.target, &exc)
                {
                    // Unwinding goes on from the handler (CPython's `goto exception_unwind`).
                    e = err;
                    f.reraising = true;
                    f.reraise_at = h.target as usize;
                    continue;
                }
                return Ok(top);
            }
            Ok(None) => {}
            Err(_) => {
                e = ouro_objects::err::system_error("malformed exception table");
            }
        }
        if crate::monitoring::active() {
            e = crate::monitoring::unwound(&frames[top], reraising, from_callee, e);
        }
        if top == 0 {
            finish_entry(frames);
            return Err(e);
        }
        let caller_has_writes = end_called(&mut frames[top]);
        top -= 1;
        if caller_has_writes {
            frame::take_pending_writes(&mut frames[top]);
        }
        from_callee = true;
    }
}

/// `LOAD_CONST`'s constant.
#[inline(always)]
fn constant(code: &Code, i: u32) -> PyResult<Value> {
    code.consts
        .get(i as usize)
        .cloned()
        .ok_or_else(|| ouro_objects::err::system_error("bad LOAD_CONST"))
}

/// Reads the instruction at `f.ip` and advances past it and its inline
/// cache.
#[inline(always)]
fn fetch<'a>(f: &mut Frame, instrs: &'a [Instr]) -> PyResult<&'a Instr> {
    let Some(d) = instrs.get(f.ip) else {
        return Err(ouro_objects::err::system_error(
            "bad bytecode: ran off the end of the code",
        ));
    };
    f.meta.lasti.set(d.at as usize);
    f.ip = d.next as usize;
    Ok(d)
}

/// The inline cache of a specializable instruction.
#[inline(always)]
fn cache_of<'a>(caches: &'a [InlineCache], instr: &Instr) -> PyResult<&'a InlineCache> {
    caches
        .get(instr.cache as usize)
        .ok_or_else(|| ouro_objects::err::system_error("bad bytecode: no inline cache"))
}

/// Executes instructions until the entry frame `frames[0]` returns or
/// yields, or an instruction raises (`*top` is then the frame it raised in):
/// the dispatch loop proper. A Python-to-Python call starts the new frame in
/// the idle slot above the running one and carries on there; a return goes
/// back to the caller the same way, so neither leaves the loop.
fn run_until_event(frames: &mut Vec<Frame>, top: &mut usize) -> PyResult<Event> {
    use Opcode as O;
    // A callee's result (or `__init__`'s instance), pushed once its caller
    // is running again.
    let mut returned: Option<Value> = None;
    'frame: loop {
        if frames.len() == *top + 1 {
            let idle = Frame::idle(&frames[*top].code);
            frames.push(idle);
        }
        let (running, idle) = frames.split_at_mut(*top + 1);
        let f = &mut running[*top];
        let callee = &mut idle[0];
        if let Some(v) = returned.take() {
            push(f, v);
        }
        // Borrowed apart from the frame, so instructions and names are read
        // while the instructions mutate it.
        // SAFETY: `f.adaptive` and `f.code` keep both alive, and a frame's
        // code is only replaced by `Frame::start_call` on an idle slot: not
        // before this running frame ends, which leaves this iteration of
        // `'frame` (moving the frame within `frames` moves neither).
        let (adaptive, code): (&Adaptive, &Code) =
            unsafe { (&*Rc::as_ptr(&f.adaptive), &*(&*f.code as *const Code)) };
        let (instrs, caches) = (&adaptive.instrs[..], &adaptive.caches[..]);
        // The next instruction, kept out of the frame while the loop runs
        // and written back whenever something else may read it.
        let mut ip = f.ip;
        // Acts on an instruction's `Flow`: a call runs the callee next, a
        // return resumes the caller.
        macro_rules! switch {
            ($flow:expr) => {{
                match $flow {
                    Flow::Next => {}
                    Flow::Call => {
                        f.ip = ip;
                        if let Err(e) = frame::push_meta(&callee.meta) {
                            callee.end();
                            return Err(e);
                        }
                        *top += 1;
                        continue 'frame;
                    }
                    Flow::Return(v) => {
                        if *top == 0 {
                            return Ok(Event::Return(v));
                        }
                        let init_self = f.init_self.take();
                        let caller_has_writes = end_called(f);
                        *top -= 1;
                        if caller_has_writes {
                            frame::take_pending_writes(&mut running[*top]);
                        }
                        returned = Some(match init_self {
                            Some(this) => {
                                init_result(&v)?;
                                this
                            }
                            None => v,
                        });
                        continue 'frame;
                    }
                    Flow::Yield(v) => {
                        // Only a resumed generator's own frame (always the
                        // entry: generators resume natively) can yield; in
                        // any other frame it is hand-made bytecode.
                        if *top != 0 || !is_generator_code(&f.code) {
                            return Err(ouro_objects::err::system_error(
                                "YIELD_VALUE outside a generator",
                            ));
                        }
                        f.ip = ip;
                        return Ok(Event::Yield(v));
                    }
                }
            }};
        }
        // The end of a `CALL` form: a native callee has returned (`Next`)
        // and the eval breaker is checked (`CHECK_EVAL_BREAKER` after
        // CPython's native calls), or the call switches frames.
        macro_rules! after_call {
            ($flow:expr) => {{
                let flow = $flow;
                if matches!(flow, Flow::Next) {
                    frame::check_breaker(f)?;
                }
                switch!(flow)
            }};
        }
        // Runs `$body`, which reads and may move the frame's `ip`.
        macro_rules! with_frame_ip {
            ($body:expr) => {{
                f.ip = ip;
                let result = $body;
                ip = f.ip;
                result
            }};
        }
        loop {
            let Some(instr) = instrs.get(ip) else {
                return Err(ouro_objects::err::system_error(
                    "bad bytecode: ran off the end of the code",
                ));
            };
            f.meta.lasti.set(instr.at as usize);
            ip = instr.next as usize;
            let arg = instr.arg;
            let op = instr.op.get();
            match op {
                O::NOP | O::NOT_TAKEN | O::EXTENDED_ARG => {}
                O::RESUME_CHECK => frame::check_breaker(f)?,
                O::POP_TOP | O::POP_ITER => {
                    pop_opt(f)?;
                }
                O::PUSH_NULL => f.stack.push(None),
                O::END_FOR => {
                    pop_opt(f)?;
                }
                O::COPY => {
                    let v = f
                        .stack
                        .len()
                        .checked_sub(arg as usize)
                        .and_then(|i| f.stack.get(i).cloned())
                        .ok_or_else(|| ouro_objects::err::system_error("bad COPY"))?;
                    f.stack.push(v);
                }
                O::SWAP => {
                    let n = f.stack.len();
                    let i = n
                        .checked_sub(arg as usize)
                        .filter(|_| arg >= 1)
                        .ok_or_else(|| ouro_objects::err::system_error("bad SWAP"))?;
                    f.stack.swap(i, n - 1);
                }
                O::LOAD_SMALL_INT => push(f, int::from_i64(i64::from(arg))),
                O::LOAD_FAST | O::LOAD_FAST_BORROW | O::LOAD_FAST_CHECK => {
                    let v = load_fast(f, arg as usize)?;
                    push(f, v);
                }
                O::LOAD_FAST_LOAD_FAST | O::LOAD_FAST_BORROW_LOAD_FAST_BORROW => {
                    let a = load_fast(f, (arg >> 4) as usize)?;
                    let b = load_fast(f, (arg & 15) as usize)?;
                    push(f, a);
                    push(f, b);
                }
                O::STORE_FAST => {
                    let v = pop_opt(f)?;
                    set_fast(f, arg as usize, v)?;
                }
                O::STORE_FAST_LOAD_FAST => {
                    let v = pop_opt(f)?;
                    set_fast(f, (arg >> 4) as usize, v)?;
                    let w = load_fast(f, (arg & 15) as usize)?;
                    push(f, w);
                }
                O::STORE_FAST_STORE_FAST => {
                    let a = pop_opt(f)?;
                    set_fast(f, (arg >> 4) as usize, a)?;
                    let b = pop_opt(f)?;
                    set_fast(f, (arg & 15) as usize, b)?;
                }
                O::LOAD_DEREF => {
                    let v = ops::load_deref(f, arg as usize)?;
                    push(f, v);
                }
                O::LOAD_GLOBAL_MODULE => {
                    families::load_global_module(f, instr, cache_of(caches, instr)?, code)?;
                }
                O::LOAD_GLOBAL_BUILTIN => {
                    families::load_global_builtin(f, instr, cache_of(caches, instr)?, code)?;
                }
                O::LOAD_ATTR_INSTANCE_VALUE | O::LOAD_ATTR_WITH_HINT => {
                    families::load_attr_instance(f, instr, cache_of(caches, instr)?, code)?;
                }
                O::LOAD_ATTR_METHOD_WITH_VALUES
                | O::LOAD_ATTR_METHOD_NO_DICT
                | O::LOAD_ATTR_METHOD_LAZY_DICT
                | O::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES
                | O::LOAD_ATTR_NONDESCRIPTOR_NO_DICT => {
                    families::load_attr_from_class(f, instr, cache_of(caches, instr)?, code)?;
                }
                O::LOAD_ATTR_CLASS | O::LOAD_ATTR_CLASS_WITH_METACLASS_CHECK => {
                    families::load_attr_class(f, instr, cache_of(caches, instr)?, code)?;
                }
                O::LOAD_ATTR_MODULE => {
                    families::load_attr_module(f, instr, cache_of(caches, instr)?, code)?;
                }
                O::LOAD_ATTR_SLOT => {
                    families::load_attr_slot(f, instr, cache_of(caches, instr)?, code)?
                }
                O::STORE_ATTR_INSTANCE_VALUE | O::STORE_ATTR_WITH_HINT => {
                    families::store_attr_instance(f, instr, cache_of(caches, instr)?, code)?;
                }
                O::STORE_ATTR_SLOT => {
                    families::store_attr_slot(f, instr, cache_of(caches, instr)?, code)?
                }
                O::BINARY_OP_ADD_INT if families::int_arith(f, i64::checked_add) => {}
                O::BINARY_OP_SUBTRACT_INT if families::int_arith(f, i64::checked_sub) => {}
                O::BINARY_OP_MULTIPLY_INT if families::int_arith(f, i64::checked_mul) => {}
                O::BINARY_OP_ADD_FLOAT if families::float_arith(f, |a, b| a + b) => {}
                O::BINARY_OP_SUBTRACT_FLOAT if families::float_arith(f, |a, b| a - b) => {}
                O::BINARY_OP_MULTIPLY_FLOAT if families::float_arith(f, |a, b| a * b) => {}
                O::BINARY_OP_ADD_INT
                | O::BINARY_OP_SUBTRACT_INT
                | O::BINARY_OP_MULTIPLY_INT
                | O::BINARY_OP_ADD_FLOAT
                | O::BINARY_OP_SUBTRACT_FLOAT
                | O::BINARY_OP_MULTIPLY_FLOAT => {
                    let next = instrs.get(instr.next as usize);
                    families::binary_op_miss(f, instr, cache_of(caches, instr)?, next)?;
                }
                O::BINARY_OP_ADD_UNICODE
                | O::BINARY_OP_SUBSCR_LIST_INT
                | O::BINARY_OP_SUBSCR_LIST_SLICE
                | O::BINARY_OP_SUBSCR_TUPLE_INT
                | O::BINARY_OP_SUBSCR_STR_INT
                | O::BINARY_OP_SUBSCR_DICT
                | O::BINARY_OP_SUBSCR_GETITEM
                | O::BINARY_OP_EXTEND
                | O::BINARY_OP_INPLACE_ADD_UNICODE => {
                    let next = instrs.get(instr.next as usize);
                    switch!(families::binary_op_specialized(
                        f,
                        instr,
                        cache_of(caches, instr)?,
                        next,
                        callee,
                    )?)
                }
                O::STORE_SUBSCR_LIST_INT | O::STORE_SUBSCR_DICT => {
                    families::store_subscr_specialized(f, instr)?;
                }
                O::TO_BOOL_ALWAYS_TRUE
                | O::TO_BOOL_BOOL
                | O::TO_BOOL_INT
                | O::TO_BOOL_LIST
                | O::TO_BOOL_NONE
                | O::TO_BOOL_STR => {
                    families::to_bool_specialized(f, instr, cache_of(caches, instr)?)?
                }
                O::COMPARE_OP_INT if families::compare_int(f, instr) => {}
                O::COMPARE_OP_FLOAT if families::compare_float(f, instr) => {}
                O::COMPARE_OP_FLOAT | O::COMPARE_OP_INT | O::COMPARE_OP_STR => {
                    families::compare_op_specialized(f, instr)?;
                }
                O::IS_OP => {
                    let rhs = pop(f)?;
                    let lhs = pop(f)?;
                    push(f, pybool::py_bool(lhs.is(&rhs) != (arg == 1)));
                }
                O::CONTAINS_OP_SET | O::CONTAINS_OP_DICT => {
                    families::contains_op_specialized(f, instr)?
                }
                O::POP_JUMP_IF_FALSE | O::POP_JUMP_IF_TRUE => {
                    let v = pop(f)?;
                    let truth = ops::truth(&v)?;
                    if truth == (op == O::POP_JUMP_IF_TRUE) {
                        ip += arg as usize;
                    }
                }
                O::POP_JUMP_IF_NONE | O::POP_JUMP_IF_NOT_NONE => {
                    let v = pop(f)?;
                    if is_none(&v) == (op == O::POP_JUMP_IF_NONE) {
                        ip += arg as usize;
                    }
                }
                O::JUMP_FORWARD => ip += arg as usize,
                // Backward targets count from the instruction after the
                // cache; a target before the code (malformed bytecode) wraps
                // out of range and the fetch reports it.
                O::JUMP_BACKWARD_NO_JIT | O::JUMP_BACKWARD_JIT => {
                    ip = ip.wrapping_sub(arg as usize);
                    frame::check_breaker(f)?;
                }
                O::JUMP_BACKWARD_NO_INTERRUPT => ip = ip.wrapping_sub(arg as usize),
                O::FOR_ITER_LIST | O::FOR_ITER_TUPLE | O::FOR_ITER_RANGE | O::FOR_ITER_GEN => {
                    with_frame_ip!(families::for_iter_specialized(f, instr))?;
                }
                O::LIST_APPEND => {
                    let v = pop(f)?;
                    let list = peek(f, arg as usize)?;
                    list.downcast::<List>()
                        .ok_or_else(|| {
                            ouro_objects::err::system_error("LIST_APPEND to a non-list")
                        })?
                        .push(v);
                }
                O::UNPACK_SEQUENCE_TWO_TUPLE
                | O::UNPACK_SEQUENCE_TUPLE
                | O::UNPACK_SEQUENCE_LIST => {
                    families::unpack_sequence_specialized(f, instr)?;
                }
                O::CALL_PY_EXACT_ARGS | O::CALL_BOUND_METHOD_EXACT_ARGS
                    if families::enter_py_exact_args(
                        f,
                        instr,
                        cache_of(caches, instr)?,
                        callee,
                    ) =>
                {
                    specialize::hit(O::CALL);
                    switch!(Flow::Call);
                }
                O::CALL_BOUND_METHOD_EXACT_ARGS
                | O::CALL_PY_EXACT_ARGS
                | O::CALL_TYPE_1
                | O::CALL_STR_1
                | O::CALL_TUPLE_1
                | O::CALL_BUILTIN_CLASS
                | O::CALL_BUILTIN_O
                | O::CALL_BUILTIN_FAST
                | O::CALL_BUILTIN_FAST_WITH_KEYWORDS
                | O::CALL_LEN
                | O::CALL_ISINSTANCE
                | O::CALL_LIST_APPEND
                | O::CALL_METHOD_DESCRIPTOR_O
                | O::CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS
                | O::CALL_METHOD_DESCRIPTOR_NOARGS
                | O::CALL_METHOD_DESCRIPTOR_FAST
                | O::CALL_ALLOC_AND_ENTER_INIT
                | O::CALL_PY_GENERAL
                | O::CALL_BOUND_METHOD_GENERAL
                | O::CALL_NON_PY_GENERAL => {
                    let next = instrs.get(instr.next as usize);
                    let flow = families::call_specialized(
                        f,
                        instr,
                        cache_of(caches, instr)?,
                        next,
                        callee,
                    )?;
                    after_call!(flow)
                }
                O::CALL_KW_BOUND_METHOD | O::CALL_KW_PY | O::CALL_KW_NON_PY => {
                    let flow =
                        families::call_kw_specialized(f, instr, cache_of(caches, instr)?, callee)?;
                    after_call!(flow)
                }
                O::RETURN_VALUE => {
                    let v = pop(f)?;
                    switch!(Flow::Return(v));
                }
                O::LOAD_CONST_IMMORTAL | O::LOAD_CONST_MORTAL => push(f, constant(code, arg)?),
                O::RESUME => {
                    // The generic form runs until it specializes: where code
                    // catches up with a changed sys.monitoring.
                    if with_frame_ip!(crate::monitoring::instrument::check_resume(f, instr)) {
                        continue;
                    }
                    specialize::first_run(instr, || O::RESUME_CHECK);
                    frame::check_breaker(f)?;
                }
                O::LOAD_CONST => {
                    let c = constant(code, arg)?;
                    specialize::first_run(instr, || {
                        if specialize::is_immortal_constant(&c) {
                            O::LOAD_CONST_IMMORTAL
                        } else {
                            O::LOAD_CONST_MORTAL
                        }
                    });
                    push(f, c);
                }
                O::LOAD_GLOBAL => families::load_global(f, instr, cache_of(caches, instr)?, code)?,
                O::LOAD_ATTR => families::load_attr(f, instr, cache_of(caches, instr)?, code)?,
                O::STORE_ATTR => families::store_attr(f, instr, cache_of(caches, instr)?, code)?,
                O::BINARY_OP => {
                    families::binary_op(
                        f,
                        instr,
                        cache_of(caches, instr)?,
                        instrs.get(instr.next as usize),
                    )?;
                    frame::after_possible_proxy_write(f);
                }
                O::STORE_SUBSCR => {
                    families::store_subscr(f, instr)?;
                    frame::after_possible_proxy_write(f);
                }
                O::TO_BOOL => families::to_bool(f, instr, cache_of(caches, instr)?)?,
                O::COMPARE_OP => families::compare_op(f, instr)?,
                O::CONTAINS_OP => families::contains_op(f, instr)?,
                O::JUMP_BACKWARD => {
                    specialize::first_run(instr, || O::JUMP_BACKWARD_NO_JIT);
                    ip = ip.wrapping_sub(arg as usize);
                    frame::check_breaker(f)?;
                }
                O::GET_ITER => {
                    let v = pop(f)?;
                    push(f, protocol::iter(&v)?);
                }
                O::FOR_ITER => {
                    with_frame_ip!(families::for_iter(f, instr))?;
                }
                O::UNPACK_SEQUENCE => families::unpack_sequence(f, instr)?,
                O::CALL => {
                    let next = instrs.get(instr.next as usize);
                    let flow = families::call(f, instr, cache_of(caches, instr)?, next, callee)?;
                    after_call!(flow)
                }
                _ => {
                    let flow = with_frame_ip!(run_other(f, callee, instr, code, caches))?;
                    frame::after_possible_proxy_write(f);
                    switch!(flow);
                }
            }
        }
    }
}

/// Executes an instruction the dispatch loop does not run inline (the rare
/// and the heavy ones, kept apart so the loop's own state stays in
/// registers).
#[inline(never)]
fn run_other(
    f: &mut Frame,
    callee: &mut Frame,
    instr: &Instr,
    code: &Code,
    caches: &[InlineCache],
) -> PyResult<Flow> {
    use Opcode as O;
    let arg = instr.arg;
    let op = instr.op.get();
    match op {
        // A jump into an inline cache or an invalid opcode (see `Decoded`).
        O::CACHE => {
            return Err(ouro_objects::err::system_error(
                "bad bytecode: not an instruction",
            ));
        }
        O::END_SEND => {
            let v = pop(f)?;
            pop_opt(f)?;
            push(f, v);
        }
        O::LOAD_COMMON_CONSTANT => push(f, ops::common_constant(arg)?),
        O::LOAD_FAST_AND_CLEAR => {
            let v = f.fast.get_mut(arg as usize).and_then(Option::take);
            f.stack.push(v);
        }
        O::DELETE_FAST => {
            if f.fast.get(arg as usize).is_none_or(Option::is_none) {
                return Err(unbound_local(f, arg as usize));
            }
            let old = f.fast[arg as usize].take();
            drop(old);
        }
        O::MAKE_CELL => make_cell(f, arg)?,
        O::COPY_FREE_VARS => copy_free_vars(f, arg)?,
        O::STORE_DEREF => {
            let v = pop(f)?;
            cell_at(f, arg as usize)?.set(Some(v));
        }
        O::DELETE_DEREF => {
            let c = cell_at(f, arg as usize)?;
            if c.get().is_none() {
                return Err(ops::unbound_deref(f, arg as usize));
            }
            c.set(None);
        }
        O::LOAD_FROM_DICT_OR_DEREF => {
            let mapping = pop(f)?;
            let name = f
                .code
                .localsplus_names
                .get(arg as usize)
                .cloned()
                .ok_or_else(|| ouro_objects::err::system_error("bad local index"))?;
            let v = match ops::mapping_get(&mapping, &name)? {
                Some(v) => v,
                None => ops::load_deref(f, arg as usize)?,
            };
            push(f, v);
        }
        O::STORE_GLOBAL => {
            let v = pop(f)?;
            let name = name_at(f, arg)?;
            dict_of(f.globals()).set_item(name, v)?;
        }
        O::DELETE_GLOBAL => {
            let name = name_at(f, arg)?;
            if !dict_of(f.globals()).del_item_opt(&name)? {
                return Err(ops::name_error(&name));
            }
        }
        O::LOAD_NAME => {
            let name = name_at(f, arg)?;
            let v = ops::load_name(f, &name)?;
            push(f, v);
        }
        O::LOAD_FROM_DICT_OR_GLOBALS => {
            let mapping = pop(f)?;
            let name = name_at(f, arg)?;
            let v = match ops::mapping_get(&mapping, &name)? {
                Some(v) => v,
                None => ops::load_global(f, &name)?,
            };
            push(f, v);
        }
        O::STORE_NAME => {
            let v = pop(f)?;
            let name = name_at(f, arg)?;
            let locals = f.locals().cloned().ok_or_else(|| {
                ouro_objects::err::system_error(format!(
                    "no locals found when storing {}",
                    protocol::repr_string(&name).unwrap_or_default()
                ))
            })?;
            match locals.downcast_exact::<Dict>() {
                Some(d) => d.set_item(name, v)?,
                None => protocol::setitem(&locals, &name, Some(&v))?,
            }
        }
        O::DELETE_NAME => {
            let name = name_at(f, arg)?;
            let locals = f
                .locals()
                .cloned()
                .ok_or_else(|| ouro_objects::err::system_error("no locals when deleting"))?;
            let removed = match locals.downcast_exact::<Dict>() {
                Some(d) => d.del_item_opt(&name)?,
                None => match protocol::setitem(&locals, &name, None) {
                    Ok(()) => true,
                    Err(e) if e.matches(&exceptions::KEY_ERROR) => false,
                    Err(e) => return Err(e),
                },
            };
            if !removed {
                return Err(ops::name_error(&name));
            }
        }
        O::LOAD_LOCALS => {
            let l = f
                .locals()
                .cloned()
                .ok_or_else(|| ouro_objects::err::system_error("no locals found"))?;
            push(f, l);
        }
        O::LOAD_ATTR_PROPERTY | O::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN => {
            return families::load_attr_call(f, instr, cache_of(caches, instr)?, code, callee);
        }
        O::LOAD_SUPER_ATTR | O::LOAD_SUPER_ATTR_ATTR | O::LOAD_SUPER_ATTR_METHOD => {
            families::load_super_attr(f, instr, code)?;
        }
        O::DELETE_ATTR => {
            let owner = pop(f)?;
            let name = name_at(f, arg)?;
            protocol::setattr(&owner, &name, None)?;
        }
        O::LOAD_SPECIAL => {
            let owner = pop(f)?;
            let (meth, this) = ops::load_special(&owner, arg)?;
            push(f, meth);
            f.stack.push(this);
        }
        O::BINARY_SLICE => {
            let stop = pop(f)?;
            let start = pop(f)?;
            let container = pop(f)?;
            let slice = ouro_objects::slice::Slice::new(start, stop, none());
            push(f, protocol::getitem(&container, &slice)?);
        }
        O::STORE_SLICE => {
            let stop = pop(f)?;
            let start = pop(f)?;
            let container = pop(f)?;
            let v = pop(f)?;
            let slice = ouro_objects::slice::Slice::new(start, stop, none());
            protocol::setitem(&container, &slice, Some(&v))?;
        }
        O::DELETE_SUBSCR => {
            let key = pop(f)?;
            let container = pop(f)?;
            protocol::setitem(&container, &key, None)?;
        }
        O::UNARY_NEGATIVE => {
            let v = pop(f)?;
            push(
                f,
                protocol::unary_op(&v, ouro_objects::typeobj::UnaryOp::Negative)?,
            );
        }
        O::UNARY_INVERT => {
            let v = pop(f)?;
            push(
                f,
                protocol::unary_op(&v, ouro_objects::typeobj::UnaryOp::Invert)?,
            );
        }
        O::UNARY_NOT => {
            let v = pop(f)?;
            push(f, pybool::py_bool(!protocol::is_true(&v)?));
        }
        O::BUILD_TUPLE => {
            let items = pop_n(f, arg as usize)?;
            push(f, Tuple::new(items));
        }
        O::BUILD_LIST => {
            let items = pop_n(f, arg as usize)?;
            push(f, List::from_vec(items));
        }
        O::BUILD_SET => {
            let items = pop_n(f, arg as usize)?;
            push(f, ouro_objects::set::set_from(items)?);
        }
        O::BUILD_MAP => {
            let items = pop_n(f, 2 * arg as usize)?;
            let d = Dict::new_value();
            let dict = dict_of(&d);
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                dict.set_item(k, v)?;
            }
            push(f, d);
        }
        O::BUILD_STRING => {
            let items = pop_n(f, arg as usize)?;
            let parts: Vec<&PyStr> = items.iter().filter_map(|v| v.downcast::<PyStr>()).collect();
            push(f, ouro_objects::str::concat(&parts));
        }
        O::BUILD_SLICE => {
            let step = if arg == 3 { pop(f)? } else { none() };
            let stop = pop(f)?;
            let start = pop(f)?;
            push(f, ouro_objects::slice::Slice::new(start, stop, step));
        }
        O::LIST_EXTEND => {
            let iterable = pop(f)?;
            let list = peek(f, arg as usize)?.clone();
            ops::list_extend(&list, &iterable)?;
        }
        O::SET_ADD => {
            let v = pop(f)?;
            let set = peek(f, arg as usize)?;
            set.downcast::<ouro_objects::set::Set>()
                .ok_or_else(|| ouro_objects::err::system_error("SET_ADD to a non-set"))?
                .add(v)?;
        }
        O::SET_UPDATE => {
            let iterable = pop(f)?;
            let set = peek(f, arg as usize)?;
            set.downcast::<ouro_objects::set::Set>()
                .ok_or_else(|| ouro_objects::err::system_error("SET_UPDATE to a non-set"))?
                .update_from(&iterable)?;
        }
        O::MAP_ADD => {
            let v = pop(f)?;
            let k = pop(f)?;
            peek(f, arg as usize)?
                .downcast::<Dict>()
                .ok_or_else(|| ouro_objects::err::system_error("MAP_ADD to a non-dict"))?
                .set_item(k, v)?;
        }
        O::DICT_UPDATE => {
            let update = pop(f)?;
            let d = peek(f, arg as usize)?.clone();
            ops::dict_update(&d, &update)?;
        }
        O::DICT_MERGE => {
            let update = pop(f)?;
            let d = peek(f, arg as usize)?.clone();
            let callable = peek(f, arg as usize + 3)?.clone();
            ops::dict_merge(&d, &update, &callable)?;
        }
        O::UNPACK_EX => {
            let seq = pop(f)?;
            let items = ops::unpack_ex(&seq, (arg & 0xff) as usize, (arg >> 8) as usize)?;
            for v in items.into_iter().rev() {
                push(f, v);
            }
        }
        O::GET_LEN => {
            let v = top(f)?.clone();
            push(f, int::from_usize(protocol::len(&v)?));
        }
        O::MATCH_MAPPING => {
            let v = top(f)?;
            let r = ops::is_mapping(v);
            push(f, pybool::py_bool(r));
        }
        O::MATCH_SEQUENCE => {
            let v = top(f)?;
            let r = ops::is_sequence(v);
            push(f, pybool::py_bool(r));
        }
        O::MATCH_KEYS => {
            let keys = top(f)?.clone();
            let subject = peek(f, 2)?.clone();
            push(f, ops::match_keys(&subject, &keys)?);
        }
        O::MATCH_CLASS => {
            let names = pop(f)?;
            let class = pop(f)?;
            let subject = pop(f)?;
            push(f, ops::match_class(&subject, &class, arg as usize, &names)?);
        }
        O::FORMAT_SIMPLE => {
            let v = pop(f)?;
            let r = if v.downcast_exact::<PyStr>().is_some() {
                v
            } else {
                ouro_objects::format::format(&v, &PyStr::new(""))?
            };
            push(f, r);
        }
        O::FORMAT_WITH_SPEC => {
            let spec = pop(f)?;
            let v = pop(f)?;
            push(f, ouro_objects::format::format(&v, &spec)?);
        }
        O::CONVERT_VALUE => {
            let v = pop(f)?;
            let r = match arg {
                1 => protocol::str(&v)?,
                2 => protocol::repr(&v)?,
                _ => PyStr::new(&ouro_objects::str_methods::ascii_of(&v)?),
            };
            push(f, r);
        }
        O::BUILD_INTERPOLATION | O::BUILD_TEMPLATE => {
            ops::template_op(f, op, arg)?;
        }
        O::MAKE_FUNCTION => {
            let code = pop(f)?;
            push(f, ops::make_function(f, code)?);
        }
        O::SET_FUNCTION_ATTRIBUTE => {
            let func = pop(f)?;
            let attr = pop(f)?;
            ops::set_function_attribute(&func, &attr, arg)?;
            push(f, func);
        }
        O::LOAD_BUILD_CLASS => {
            let v = ops::builtin(f, "__build_class__")?;
            push(f, v);
        }
        O::SETUP_ANNOTATIONS => ops::setup_annotations(f)?,
        O::CALL_KW => return families::call_kw(f, instr, cache_of(caches, instr)?, callee),
        O::CALL_FUNCTION_EX => return ops::call_function_ex(f, callee),
        O::CALL_INTRINSIC_1 => {
            let v = pop(f)?;
            let which = Intrinsic1::from_oparg(arg)
                .ok_or_else(|| ouro_objects::err::system_error("bad CALL_INTRINSIC_1"))?;
            push(f, ops::intrinsic1(f, which, v)?);
        }
        O::CALL_INTRINSIC_2 => {
            let v1 = pop(f)?;
            let v2 = pop(f)?;
            push(f, ops::intrinsic2(arg, v2, v1)?);
        }
        O::EXIT_INIT_CHECK => {
            let v = pop(f)?;
            init_result(&v)?;
        }
        O::RETURN_GENERATOR => {
            return Err(ouro_objects::err::system_error(
                "RETURN_GENERATOR outside generator creation",
            ));
        }
        O::YIELD_VALUE => {
            let v = pop(f)?;
            return Ok(Flow::Yield(v));
        }
        O::GET_YIELD_FROM_ITER => {
            let v = pop(f)?;
            push(f, ops::yield_from_iter(f, v)?);
        }
        O::SEND => families::send(f, instr)?,
        O::SEND_GEN => families::send_gen(f, instr)?,
        O::GET_AWAITABLE => {
            let v = pop(f)?;
            push(f, crate::generator::get_awaitable(&v, arg)?);
        }
        O::GET_AITER => {
            let v = pop(f)?;
            push(f, crate::generator::get_aiter(&v)?);
        }
        O::GET_ANEXT => {
            let v = top(f)?.clone();
            push(f, crate::generator::get_anext(&v)?);
        }
        O::END_ASYNC_FOR => {
            let exc = pop(f)?;
            let _awaitable = pop(f)?;
            if exc.downcast::<BaseException>().is_some()
                && exc
                    .type_obj()
                    .payload()
                    .is_subtype(exceptions::STOP_ASYNC_ITERATION.payload())
            {
                return Ok(Flow::Next);
            }
            // Re-raised as it came (`goto exception_unwind`): no second
            // traceback entry for this frame.
            f.reraising = true;
            f.reraise_at = instr.at as usize;
            return Err(stack_exception(exc));
        }
        O::CLEANUP_THROW => {
            let exc = pop(f)?;
            let _last_sent = pop_opt(f)?;
            let _sub_iter = pop_opt(f)?;
            if exc
                .type_obj()
                .payload()
                .is_subtype(exceptions::STOP_ITERATION.payload())
            {
                push(f, none());
                push(f, exceptions::stop_iteration_value(&exc));
            } else {
                f.reraising = true;
                f.reraise_at = instr.at as usize;
                return Err(stack_exception(exc));
            }
        }
        O::PUSH_EXC_INFO => {
            let exc = pop(f)?;
            let prev = crate::state::swap_handled(Some(exc.clone()));
            push(f, prev.unwrap_or_else(none));
            push(f, exc);
        }
        O::POP_EXCEPT => {
            let prev = pop(f)?;
            crate::state::swap_handled(if is_none(&prev) { None } else { Some(prev) });
        }
        O::CHECK_EXC_MATCH => {
            let types = pop(f)?;
            let exc = top(f)?.clone();
            ops::check_except_type(&types)?;
            push(f, pybool::py_bool(ops::exception_matches(&exc, &types)?));
        }
        O::CHECK_EG_MATCH => {
            let types = pop(f)?;
            let exc = pop(f)?;
            ops::check_except_star_type(&types)?;
            let (rest, matched) = ops::exception_group_match(&exc, &types)?;
            push(f, rest);
            push(f, matched.clone());
            if !is_none(&matched) {
                crate::state::swap_handled(Some(matched));
            }
        }
        O::RAISE_VARARGS => {
            // "No active exception to reraise" is a new error, not a re-raise.
            f.reraising = arg == 0 && crate::state::handled().is_some();
            f.reraise_at = instr.at as usize;
            return Err(ops::raise(f, arg)?);
        }
        O::RERAISE => {
            let exc = pop(f)?;
            f.reraise_at = instr.at as usize;
            if arg != 0 {
                let lasti = peek(f, arg as usize)?.clone();
                if let Some(i) = int::to_i64(&lasti) {
                    f.meta.lasti.set(i as usize);
                }
            }
            f.reraising = true;
            return Err(stack_exception(exc));
        }
        O::WITH_EXCEPT_START => {
            // Stack: exit_func, self_or_null, lasti, prev_exc, exc.
            let exc = top(f)?.clone();
            let exit_self = peek(f, 4)?.clone();
            let exit_func = peek(f, 5)?.clone();
            let tb = exc
                .downcast::<BaseException>()
                .and_then(BaseException::traceback)
                .unwrap_or_else(none);
            let r = protocol::call(
                &exit_func,
                &[exit_self, exc.type_value(), exc.clone(), tb],
                None,
            )?;
            push(f, r);
        }
        O::IMPORT_NAME => {
            let fromlist = pop(f)?;
            let level = pop(f)?;
            let name = name_at(f, arg)?;
            push(f, crate::import::import_name(f, &name, &fromlist, &level)?);
        }
        O::IMPORT_FROM => {
            let module = top(f)?.clone();
            let name = name_at(f, arg)?;
            push(f, crate::import::import_from(&module, &name)?);
        }
        O::INTERPRETER_EXIT => {
            let v = pop(f)?;
            return Ok(Flow::Return(v));
        }
        O::INSTRUMENTED_END_FOR
        | O::INSTRUMENTED_POP_ITER
        | O::INSTRUMENTED_END_SEND
        | O::INSTRUMENTED_FOR_ITER
        | O::INSTRUMENTED_INSTRUCTION
        | O::INSTRUMENTED_JUMP_FORWARD
        | O::INSTRUMENTED_NOT_TAKEN
        | O::INSTRUMENTED_POP_JUMP_IF_TRUE
        | O::INSTRUMENTED_POP_JUMP_IF_FALSE
        | O::INSTRUMENTED_POP_JUMP_IF_NONE
        | O::INSTRUMENTED_POP_JUMP_IF_NOT_NONE
        | O::INSTRUMENTED_RESUME
        | O::INSTRUMENTED_RETURN_VALUE
        | O::INSTRUMENTED_YIELD_VALUE
        | O::INSTRUMENTED_END_ASYNC_FOR
        | O::INSTRUMENTED_LOAD_SUPER_ATTR
        | O::INSTRUMENTED_CALL
        | O::INSTRUMENTED_CALL_KW
        | O::INSTRUMENTED_CALL_FUNCTION_EX
        | O::INSTRUMENTED_JUMP_BACKWARD
        | O::INSTRUMENTED_LINE => {
            return crate::monitoring::instrument::run_instrumented(f, instr, callee);
        }
        O::ENTER_EXECUTOR | O::RESERVED => {
            return Err(ouro_objects::err::system_error(format!(
                "unexpected instruction {}",
                op.name()
            )));
        }
        other => {
            return Err(ouro_objects::err::system_error(format!(
                "instruction {} is not executable here",
                other.name()
            )));
        }
    }
    Ok(Flow::Next)
}

/// The exception a re-raising instruction finds on the stack; anything
/// else there is hand-made bytecode.
fn stack_exception(v: Value) -> PyErr {
    if v.downcast::<BaseException>().is_some() {
        PyErr::from_instance(v)
    } else {
        ouro_objects::err::system_error("bad bytecode: re-raising a non-exception")
    }
}

/// `EXIT_INIT_CHECK`: `__init__` must return `None`.
pub fn init_result(v: &Value) -> PyResult<()> {
    if is_none(v) {
        return Ok(());
    }
    Err(type_error(format!(
        "__init__() should return None, not '{}'",
        protocol::type_name(v)
    )))
}

/// Runs one of the instructions before `RETURN_GENERATOR` (`MAKE_CELL`,
/// `COPY_FREE_VARS`) while a generator is being created.
pub fn run_prefix_instruction(f: &mut Frame) -> PyResult<()> {
    let adaptive = f.adaptive.clone();
    let instr = fetch(f, &adaptive.instrs)?;
    let arg = instr.arg;
    match instr.op.get().deopt() {
        Opcode::MAKE_CELL => make_cell(f, arg),
        Opcode::COPY_FREE_VARS => copy_free_vars(f, arg),
        Opcode::NOP | Opcode::RESUME => Ok(()),
        _ => Err(ouro_objects::err::system_error(
            "unexpected instruction before RETURN_GENERATOR",
        )),
    }
}

/// `MAKE_CELL`: the local becomes a cell holding its value.
fn make_cell(f: &mut Frame, arg: u32) -> PyResult<()> {
    let i = arg as usize;
    let initial = f.fast.get_mut(i).and_then(Option::take);
    set_fast(f, i, Some(Cell::new_value(initial)))
}

/// `COPY_FREE_VARS`: the function's closure cells become the free variables.
fn copy_free_vars(f: &mut Frame, arg: u32) -> PyResult<()> {
    let closure = f
        .func
        .as_ref()
        .and_then(|func| {
            func.downcast::<Function>()
                .and_then(|fu| fu.closure.borrow().clone())
        })
        .ok_or_else(|| ouro_objects::err::system_error("COPY_FREE_VARS without a closure"))?;
    let cells = closure
        .downcast::<Tuple>()
        .map(Tuple::to_vec)
        .unwrap_or_default();
    let start = f.code.nlocalsplus() - arg as usize;
    for (i, c) in cells.into_iter().enumerate().take(arg as usize) {
        f.fast[start + i] = Some(c);
    }
    Ok(())
}

pub fn pop_n(f: &mut Frame, n: usize) -> PyResult<Vec<Value>> {
    let len = f.stack.len();
    let start = len
        .checked_sub(n)
        .ok_or_else(|| ouro_objects::err::system_error("bad bytecode: stack underflow"))?;
    f.stack
        .drain(start..)
        .map(|v| v.ok_or_else(|| ouro_objects::err::system_error("bad bytecode: NULL item")))
        .collect()
}

#[inline(always)]
fn load_fast(f: &Frame, i: usize) -> PyResult<Value> {
    match f.fast.get(i) {
        Some(Some(v)) => Ok(v.clone()),
        _ => Err(unbound_local(f, i)),
    }
}

#[inline(always)]
fn set_fast(f: &mut Frame, i: usize, v: Option<Value>) -> PyResult<()> {
    let slot = f
        .fast
        .get_mut(i)
        .ok_or_else(|| ouro_objects::err::system_error("bad local index"))?;
    let old = std::mem::replace(slot, v);
    drop(old);
    Ok(())
}

fn unbound_local(f: &Frame, i: usize) -> PyErr {
    let name = f
        .code
        .localsplus_names
        .get(i)
        .cloned()
        .unwrap_or_else(|| PyStr::new("?"));
    // Only a plain NameError carries `name` (`format_exc_check_arg`).
    PyErr::new(
        &exceptions::UNBOUND_LOCAL_ERROR,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            protocol::str_lossy(&name)
        ),
    )
}

fn cell_at(f: &Frame, i: usize) -> PyResult<&Cell> {
    f.fast
        .get(i)
        .and_then(|v| v.as_ref())
        .and_then(|v| v.downcast::<Cell>())
        .ok_or_else(|| ouro_objects::err::system_error("no cell for a free variable"))
}

#[inline(always)]
pub fn name_at(f: &Frame, i: u32) -> PyResult<Value> {
    f.code
        .names
        .get(i as usize)
        .cloned()
        .ok_or_else(|| ouro_objects::err::system_error("bad name index"))
}

pub fn dict_of(v: &Value) -> &Dict {
    v.downcast::<Dict>().expect("a dict")
}

/// Whether the code object makes a generator, coroutine or async generator.
pub fn is_generator_code(code: &Code) -> bool {
    use ouro_objects::code::co;
    code.flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR) != 0
}

/// Binds a function's arguments into a new frame (`_PyEvalFramePushAndInit`).
pub fn function_frame(func: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Frame> {
    let fu = func.downcast::<Function>().expect("function");
    let code_value = fu.code();
    let code: Ref<Code> = code_value.downcast_ref::<Code>().expect("code");
    let mut frame = Frame::new(
        code.clone(),
        fu.globals.clone(),
        fu.builtins.clone(),
        None,
        Some(func.clone()),
    );
    crate::callargs::bind(fu, &code, &mut frame.fast, args, kwnames)?;
    Ok(frame)
}

/// The function type's call slot: runs a Python function from native code.
pub fn call_function(func: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let frame = function_frame(func, args, kwnames)?;
    if is_generator_code(&frame.code) {
        return crate::generator::new_from_frame(frame);
    }
    run(frame)
}

/// Runs module- or class-level code with the given namespaces.
pub fn run_code(code: &Value, globals: Value, locals: Option<Value>) -> PyResult {
    let code_ref: Ref<Code> = code
        .downcast_ref::<Code>()
        .ok_or_else(|| type_error("expected a code object"))?;
    let builtins = crate::state::builtins_for(&globals)?;
    let frame = Frame::new(code_ref, globals, builtins, locals, None);
    run(frame)
}

#[cfg(test)]
mod tests {
    use ouro_frontend::codegen::CompileOptions;
    use ouro_frontend::parser::Mode;
    use ouro_objects::dict::Dict;
    use ouro_objects::str::intern;

    /// A `YIELD_VALUE` patched into a plain function (hand-made bytecode)
    /// raises SystemError in that frame instead of suspending its caller.
    #[test]
    fn yield_outside_a_generator_is_a_system_error() {
        let _runtime = crate::run::init_for_test();
        let source = "\
def f():
    return 1
c = bytearray(f.__code__.co_code)
c[-2] = YIELD_VALUE
g = type(f)(f.__code__.replace(co_code=bytes(c)), {})
try:
    g()
    result = 'no error'
except SystemError as e:
    result = str(e)
";
        let code = crate::compilefn::compile_source(
            source,
            "<test>",
            Mode::Exec,
            &CompileOptions::default(),
        )
        .expect("compiles");
        let builtins = crate::builtins::make_module();
        crate::state::set_builtins(builtins.clone());
        let globals = Dict::new_value();
        let d = super::dict_of(&globals);
        d.set_str("__builtins__", builtins);
        d.set_str(
            "YIELD_VALUE",
            ouro_objects::int::from_i64(i64::from(super::Opcode::YIELD_VALUE as u8)),
        );
        super::run_code(&code, globals.clone(), Some(globals.clone())).expect("runs");
        let result = d.get_str(&intern("result")).expect("result");
        assert_eq!(
            ouro_objects::protocol::str_string(&result).unwrap(),
            "YIELD_VALUE outside a generator"
        );
    }
}
