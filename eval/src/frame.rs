//! Interpreter frames: the per-call state the eval loop runs on, the thread's chain of live frames (for `sys._getframe`, tracebacks and the recursion limit), and the lazily created `frame` and `traceback` objects; mirrors Include/internal/pycore_frame.h and Objects/frameobject.c, Python/traceback.c.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use ouro_objects::builtin_type;
use ouro_objects::code::{Adaptive, Code, fast};
use ouro_objects::core::WeakSlot;
use ouro_objects::descr::GetSetDef;
use ouro_objects::err::PyResult;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{Ref, TypeRef, Value, int, protocol};

/// What outlives a running frame's registers: enough to build `frame`
/// objects and tracebacks while the frame runs and after it ends.
pub struct FrameMeta {
    pub code: Ref<Code>,
    pub globals: Value,
    pub builtins: Value,
    pub locals: Option<Value>,
    /// Code-unit index of the instruction running (or last run).
    pub lasti: Cell<usize>,
    /// Index in the thread's chain of live frames while on it.
    depth: Cell<usize>,
    /// What only frames that are looked at need, made on first use so an
    /// ordinary call allocates and drops none of it.
    extras: OnceCell<Box<FrameExtras>>,
}

/// The parts of a frame's state that exist once something looks at it.
#[derive(Default)]
pub struct FrameExtras {
    /// The `frame` object.
    object: RefCell<Option<Value>>,
    /// The caller's meta, kept for `f_back` once this frame has ended (a
    /// live frame finds its caller on the chain).
    back: RefCell<Option<Rc<FrameMeta>>>,
    /// The fast locals as last published by the running frame (see
    /// [`publishes_caller_locals`]), with the proxy's pending writes in
    /// them, or as left when it ended.
    pub fast_snapshot: RefCell<Option<Vec<Option<Value>>>>,
    /// Fast slots a `FrameLocalsProxy` wrote while the frame ran, whose
    /// values (in `fast_snapshot`) the eval loop has yet to store in the
    /// registers (see [`take_pending_writes`]).
    pending_writes: RefCell<Vec<usize>>,
    /// The generator, coroutine or async generator owning the frame
    /// (`f_generator`), held weakly: see `generator::owner_of`.
    pub generator: RefCell<Option<Rc<WeakSlot>>>,
    /// Names a `FrameLocalsProxy` stored that are not fast locals.
    pub extra_locals: RefCell<Option<Value>>,
    /// `f_trace`, `f_trace_lines`, `f_trace_opcodes`.
    trace: RefCell<Option<Value>>,
    trace_lines: Cell<bool>,
    trace_opcodes: Cell<bool>,
}

impl FrameMeta {
    fn new(code: Ref<Code>, globals: Value, builtins: Value, locals: Option<Value>) -> Rc<Self> {
        Rc::new(FrameMeta {
            code,
            globals,
            builtins,
            locals,
            lasti: Cell::new(0),
            depth: Cell::new(usize::MAX),
            extras: OnceCell::new(),
        })
    }

    /// Points a reused meta at a new call's code and namespaces; a meta a
    /// frame object still holds is left to it and replaced.
    #[inline(always)]
    fn rebind(
        this: &mut Rc<Self>,
        code: &Ref<Code>,
        globals: Value,
        builtins: Value,
        locals: Option<Value>,
    ) {
        match Rc::get_mut(this) {
            Some(m) => {
                // The same function called again at this depth: the code
                // stays (no reference count round trip).
                if !m.code.value().is(code.value()) {
                    m.code = code.clone();
                }
                m.globals = globals;
                m.builtins = builtins;
                m.locals = locals;
                m.lasti.set(0);
            }
            None => *this = FrameMeta::new(code.clone(), globals, builtins, locals),
        }
    }

    /// Lets go of an ended frame's namespaces (so a module's globals die
    /// when the module does) when nothing else holds the meta; says whether
    /// it can be reused. The code object stays: it has no finalizers, and
    /// the next call replaces it.
    #[inline(always)]
    fn release(this: &mut Rc<Self>) -> bool {
        let Some(m) = Rc::get_mut(this) else {
            return false;
        };
        m.globals = none();
        m.builtins = none();
        m.locals = None;
        if m.extras.get().is_some() {
            m.extras.take();
        }
        true
    }

    pub fn line(&self) -> Option<i32> {
        self.code.line_at(self.lasti.get())
    }

    /// The extra state, made on first use.
    pub fn extras(&self) -> &FrameExtras {
        self.extras.get_or_init(|| {
            Box::new(FrameExtras {
                trace_lines: Cell::new(true),
                ..FrameExtras::default()
            })
        })
    }

    /// The extra state if anything made it.
    pub fn extras_if_made(&self) -> Option<&FrameExtras> {
        self.extras.get().map(|b| &**b)
    }

    /// The `frame` object for this frame.
    pub fn frame_object(self: &Rc<FrameMeta>) -> Value {
        let extras = self.extras();
        if let Some(f) = extras.object.borrow().clone() {
            return f;
        }
        let f = Ref::new(FrameObj { meta: self.clone() }).into_value();
        *extras.object.borrow_mut() = Some(f.clone());
        crate::generator::link_running(self);
        f
    }

    /// Whether the frame is on its thread's chain of live frames.
    fn is_live(self: &Rc<FrameMeta>) -> bool {
        CHAIN.with(|c| {
            c.borrow()
                .get(self.depth.get())
                .is_some_and(|m| Rc::ptr_eq(m, self))
        })
    }

    fn has_pending_writes(&self) -> bool {
        self.extras_if_made()
            .is_some_and(|e| !e.pending_writes.borrow().is_empty())
    }

    /// A `FrameLocalsProxy` stores `value` in fast slot `i` of this frame
    /// (not a suspended generator's, whose registers it writes itself):
    /// into the snapshot, and while the frame runs also as a pending write
    /// for the eval loop, which takes it when control comes back to the
    /// frame (a call returning, a monitoring event, the eval breaker).
    pub fn store_fast_from_proxy(self: &Rc<FrameMeta>, i: usize, value: Value) {
        let extras = self.extras();
        let old = {
            let mut snapshot = extras.fast_snapshot.borrow_mut();
            let values = snapshot.get_or_insert_with(|| vec![None; self.code.nlocalsplus()]);
            values.get_mut(i).and_then(|slot| slot.replace(value))
        };
        drop(old);
        if !self.is_live() {
            return;
        }
        let mut pending = extras.pending_writes.borrow_mut();
        if pending.is_empty() {
            frames_with_pending_writes(1);
        }
        if !pending.contains(&i) {
            pending.push(i);
        }
        drop(pending);
        // The frame resumes when its callee ends (which then reports the
        // writes, see `finish`) or when a native call returns (at the eval
        // breaker).
        let callee = CHAIN.with(|c| c.borrow().get(self.depth.get() + 1).cloned());
        if let Some(callee) = callee {
            callee.extras();
        }
    }

    /// The caller: the previous frame on the chain while this one runs,
    /// the one kept when it ended otherwise.
    fn back(self: &Rc<FrameMeta>) -> Option<Rc<FrameMeta>> {
        let depth = self.depth.get();
        let live = CHAIN.with(|c| {
            let c = c.borrow();
            match c.get(depth) {
                Some(m) if Rc::ptr_eq(m, self) => Some(depth.checked_sub(1).map(|i| c[i].clone())),
                _ => None,
            }
        });
        match live {
            Some(back) => back,
            None => self.extras_if_made()?.back.borrow().clone(),
        }
    }
}

/// A running frame: code, fast locals (locals + cells + frees) and the
/// value stack; the namespaces are in its meta. `NULL` slots are `None`.
pub struct Frame {
    pub code: Ref<Code>,
    /// `code`'s adaptive instructions and caches, held here so the loop
    /// reaches them without going through the code object.
    pub adaptive: Rc<Adaptive>,
    pub func: Option<Value>,
    pub fast: Vec<Option<Value>>,
    pub stack: Vec<Option<Value>>,
    /// Next code unit to execute.
    pub ip: usize,
    pub meta: Rc<FrameMeta>,
    /// The pending error is a re-raise (`RERAISE` or a bare `raise`): no
    /// traceback entry for this frame, and the exception table is searched
    /// from `reraise_at`, the re-raising instruction (`RERAISE` restores
    /// `meta.lasti` to where the exception was first raised).
    pub reraising: bool,
    pub reraise_at: usize,
    /// The instance an `__init__` running here initializes
    /// (`CALL_ALLOC_AND_ENTER_INIT`): the call's result instead of
    /// `__init__`'s `None`.
    pub init_self: Option<Value>,
}

impl Frame {
    pub fn new(
        code: Ref<Code>,
        globals: Value,
        builtins: Value,
        locals: Option<Value>,
        func: Option<Value>,
    ) -> Frame {
        let n = code.nlocalsplus();
        let stacksize = code.stacksize as usize;
        let Registers {
            mut fast,
            mut stack,
            meta,
        } = SPARE_REGISTERS
            .with(|spare| spare.borrow_mut().pop())
            .unwrap_or_default();
        let meta = match meta {
            Some(mut pooled) => {
                FrameMeta::rebind(&mut pooled, &code, globals, builtins, locals);
                pooled
            }
            None => FrameMeta::new(code.clone(), globals, builtins, locals),
        };
        fast.resize_with(n, || None);
        stack.reserve(stacksize);
        Frame {
            adaptive: code.adaptive().clone(),
            code,
            func,
            fast,
            stack,
            ip: 0,
            meta,
            reraise_at: 0,
            reraising: false,
            init_self: None,
        }
    }

    /// An idle slot of the eval loop's frame stack, to be started by
    /// [`Frame::start_call`]; it holds `code` only because a frame always
    /// names one.
    pub fn idle(code: &Ref<Code>) -> Frame {
        Frame {
            code: code.clone(),
            adaptive: code.adaptive().clone(),
            func: None,
            fast: Vec::new(),
            stack: Vec::new(),
            ip: 0,
            meta: FrameMeta::new(code.clone(), none(), none(), None),
            reraise_at: 0,
            reraising: false,
            init_self: None,
        }
    }

    /// Starts a Python-to-Python call in this idle slot (see [`Frame::end`]):
    /// the registers and, unless a frame object kept it, the meta of the
    /// frame that ran here last are reused, so a call allocates nothing.
    pub fn start_call(&mut self, code: Ref<Code>, globals: Value, builtins: Value, func: Value) {
        // An idle slot's locals are all unbound (see `end`): only their
        // number may need to change.
        debug_assert!(self.fast.iter().all(Option::is_none));
        let n = code.nlocalsplus();
        if self.fast.len() != n {
            self.fast.resize_with(n, || None);
        }
        self.stack.reserve(code.stacksize as usize);
        FrameMeta::rebind(&mut self.meta, &code, globals, builtins, None);
        if !self.code.value().is(code.value()) {
            self.adaptive = code.adaptive().clone();
            self.code = code;
        }
        self.func = Some(func);
        self.ip = 0;
        self.reraising = false;
    }

    /// Ends a called frame in place, leaving an idle slot: its values go
    /// now (finalizers run as they would in CPython), the meta's namespaces
    /// too (see [`FrameMeta::release`]).
    pub fn end(&mut self) {
        // Unbound in place: the next call here most often has as many.
        for slot in &mut self.fast {
            *slot = None;
        }
        self.stack.clear();
        self.func = None;
        self.init_self = None;
        if !FrameMeta::release(&mut self.meta) {
            // A frame object owns the meta now: the idle slot lets go of
            // it, or the frame's locals would look referenced from outside
            // to the cycle collector until the slot's next call.
            self.meta = FrameMeta::new(self.code.clone(), none(), none(), None);
        }
    }

    pub fn globals(&self) -> &Value {
        &self.meta.globals
    }

    pub fn builtins(&self) -> &Value {
        &self.meta.builtins
    }

    /// The locals mapping of a module or class body (or `exec`/`eval`).
    pub fn locals(&self) -> Option<&Value> {
        self.meta.locals.as_ref()
    }
}

/// Frames kept for reuse by [`recycle`]: enough for the call depth of
/// ordinary recursion without holding much memory.
const MAX_SPARE_REGISTERS: usize = 64;

/// A thread ends: its spare registers (whose metas hold code objects) go
/// while it still holds the GIL.
pub fn clear_spare_registers() {
    let spare = SPARE_REGISTERS.with(|s| std::mem::take(&mut *s.borrow_mut()));
    drop(spare);
}

/// Takes an ended frame's register vectors and, when no frame object or
/// traceback kept it, its meta back for the next call, so a call allocates
/// nothing (DESIGN.md §3, free lists).
pub fn recycle(frame: Frame) {
    let Frame {
        mut fast,
        mut stack,
        mut meta,
        code,
        func,
        ..
    } = frame;
    // Clearing can run finalizers that call Python code: done before the
    // spare list is borrowed.
    fast.clear();
    stack.clear();
    drop(func);
    drop(code);
    let meta = FrameMeta::release(&mut meta).then_some(meta);
    SPARE_REGISTERS.with(|spare| {
        let mut spare = spare.borrow_mut();
        if spare.len() < MAX_SPARE_REGISTERS {
            spare.push(Registers { fast, stack, meta });
        }
    });
}

/// What [`recycle`] keeps of an ended frame for the next call.
#[derive(Default)]
struct Registers {
    fast: Vec<Option<Value>>,
    stack: Vec<Option<Value>>,
    /// The meta, when nothing else holds it.
    meta: Option<Rc<FrameMeta>>,
}

thread_local! {
    /// Register vectors of ended frames (see [`recycle`]).
    static SPARE_REGISTERS: RefCell<Vec<Registers>> = const { RefCell::new(Vec::new()) };
    /// Live frames of this thread, innermost last.
    static CHAIN: RefCell<Vec<Rc<FrameMeta>>> = const { RefCell::new(Vec::new()) };
}

/// Registers a frame as the innermost live frame; past the recursion limit
/// (which counts Python frames only: native levels have their own guard,
/// `protocol::enter_recursion`, as in CPython 3.14) it is refused.
#[inline]
pub fn push_meta(meta: &Rc<FrameMeta>) -> PyResult<()> {
    let limit = protocol::recursion_limit() as usize;
    CHAIN.with_borrow_mut(|c| {
        if c.len() >= limit {
            return Err(recursion_error());
        }
        meta.depth.set(c.len());
        c.push(meta.clone());
        Ok(())
    })
}

#[cold]
fn recursion_error() -> ouro_objects::PyErr {
    ouro_objects::PyErr::new(
        &ouro_objects::exceptions::RECURSION_ERROR,
        "maximum recursion depth exceeded",
    )
}

/// A frame has ended: its frame object, if any, keeps the final locals and
/// the meta lets go of the object, so the two do not keep each other alive
/// (the object alone now owns the meta). Says whether the caller it
/// returns to has pending writes from a `FrameLocalsProxy` to take (see
/// [`take_pending_writes`]).
#[inline(always)]
pub fn finish(f: &Frame) -> bool {
    match f.meta.extras_if_made() {
        Some(extras) => finish_looked_at(f, extras),
        None => false,
    }
}

/// [`finish`] of a frame that something looked at (kept out of line: the
/// return path of an ordinary call is just the test above).
#[cold]
#[inline(never)]
fn finish_looked_at(f: &Frame, extras: &FrameExtras) -> bool {
    let back = f.meta.back();
    let caller_has_writes = back.as_ref().is_some_and(|b| b.has_pending_writes());
    *extras.back.borrow_mut() = back;
    let pending = std::mem::take(&mut *extras.pending_writes.borrow_mut());
    if !pending.is_empty() {
        frames_with_pending_writes(-1);
    }
    if extras.object.borrow_mut().take().is_some() {
        let fast = with_writes(f.fast.clone(), &pending, extras);
        let old = extras.fast_snapshot.borrow_mut().replace(fast);
        drop(old);
    }
    caller_has_writes
}

ouro_objects::gil_shared! {
    /// How many running frames have pending proxy writes: while any has,
    /// the eval breaker stays set so each frame takes its writes at its
    /// next check (see [`check_breaker`]).
    static FRAMES_WITH_PENDING_WRITES: Cell<usize> = const { Cell::new(0) };
}

/// A frame gained (`1`) or took (`-1`) its pending writes.
fn frames_with_pending_writes(change: isize) {
    let n = FRAMES_WITH_PENDING_WRITES.with(|n| {
        n.set(n.get().saturating_add_signed(change));
        n.get()
    });
    crate::signals::hold_breaker(n > 0);
}

/// `fast` with the values of the proxy's pending writes `slots` put in.
fn with_writes(
    mut fast: Vec<Option<Value>>,
    slots: &[usize],
    extras: &FrameExtras,
) -> Vec<Option<Value>> {
    if let Some(written) = extras.fast_snapshot.borrow().as_ref() {
        for &i in slots {
            if let (Some(slot), Some(value)) = (fast.get_mut(i), written.get(i)) {
                *slot = value.clone();
            }
        }
    }
    fast
}

/// Stores the values a `FrameLocalsProxy` wrote into `f`'s registers, as
/// CPython's proxy writes into the live frame: a cell or free variable's
/// cell gets the value.
pub fn take_pending_writes(f: &mut Frame) {
    let Some(extras) = f.meta.extras_if_made() else {
        return;
    };
    let pending = std::mem::take(&mut *extras.pending_writes.borrow_mut());
    if pending.is_empty() {
        return;
    }
    frames_with_pending_writes(-1);
    let written: Vec<(usize, Value)> = {
        let snapshot = extras.fast_snapshot.borrow();
        pending
            .iter()
            .filter_map(|&i| Some((i, snapshot.as_ref()?.get(i)?.clone()?)))
            .collect()
    };
    // Old values go once the registers are consistent and nothing is
    // borrowed (`__del__` may run, and may use the proxy).
    let mut old = Vec::with_capacity(written.len());
    for (i, value) in written {
        let Some(slot) = f.fast.get_mut(i) else {
            continue;
        };
        let kind = f.code.localsplus_kinds.get(i).copied().unwrap_or(0);
        match slot
            .as_ref()
            .and_then(|s| s.downcast::<ouro_objects::functype::Cell>())
        {
            Some(cell) if kind & (fast::CELL | fast::FREE) != 0 => cell.set(Some(value)),
            _ => old.push(slot.replace(value)),
        }
    }
    drop(old);
}

/// The eval breaker check of a running frame (CPython's
/// `CHECK_EVAL_BREAKER`): [`crate::signals::check`], and first the frame
/// takes the writes a `FrameLocalsProxy` made to its locals.
#[inline(always)]
pub fn check_breaker(f: &mut Frame) -> PyResult<()> {
    if crate::signals::breaker_set() {
        breaker(f)
    } else {
        Ok(())
    }
}

#[cold]
fn breaker(f: &mut Frame) -> PyResult<()> {
    take_pending_writes(f);
    crate::signals::check()
}

/// After an instruction that may have run a `FrameLocalsProxy` write to
/// `f` (the generic `STORE_SUBSCR` and `BINARY_OP`, the instructions the
/// loop does not run inline): `f` takes its pending writes.
#[inline(always)]
pub fn after_possible_proxy_write(f: &mut Frame) {
    if crate::signals::breaker_set() {
        take_pending_writes(f);
    }
}

/// Whether this thread's frame chain still exists: false while the thread's
/// locals are being destroyed, when no Python code can run any more.
pub fn thread_can_run_code() -> bool {
    CHAIN.try_with(|_| ()).is_ok()
}

/// Unregisters the innermost frame.
#[inline]
pub fn pop_meta() {
    let popped = CHAIN.with(|c| c.borrow_mut().pop());
    drop(popped);
}

/// Number of live Python frames (the recursion depth).
pub fn depth() -> usize {
    CHAIN.with(|c| c.borrow().len())
}

/// The live frame `n` levels up (0 = innermost).
pub fn nth_meta(n: usize) -> Option<Rc<FrameMeta>> {
    CHAIN.with(|c| {
        let c = c.borrow();
        c.len().checked_sub(n + 1).map(|i| c[i].clone())
    })
}

/// The innermost frame's globals (for `globals()`, `eval`, `__build_class__`).
pub fn current_globals() -> Option<Value> {
    nth_meta(0).map(|m| m.globals.clone())
}

/// A `frame` object.
pub struct FrameObj {
    pub meta: Rc<FrameMeta>,
}

fn meta(v: &Value) -> &Rc<FrameMeta> {
    &v.downcast::<FrameObj>().expect("frame").meta
}

fn frame_repr(v: &Value) -> PyResult {
    let m = meta(v);
    Ok(PyStr::new(&format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.word(),
        protocol::str_lossy(&m.code.filename()),
        m.line().unwrap_or(0),
        m.code.name_str()
    )))
}

fn f_back(v: &Value) -> PyResult {
    Ok(meta(v)
        .back()
        .as_ref()
        .map_or_else(none, FrameMeta::frame_object))
}

/// Whether calling `callable` reads its caller's locals (`locals()`,
/// `vars()`, `dir()`, `eval`/`exec` defaults, `sys._getframe`): the calling
/// frame publishes its fast locals first, as the frame's objects cannot see
/// the running frame's registers.
pub fn publishes_caller_locals(callable: &Value) -> bool {
    callable
        .downcast_exact::<ouro_objects::descr::BuiltinFunction>()
        .is_some_and(|b| {
            matches!(
                b.def.name,
                "locals" | "vars" | "dir" | "eval" | "exec" | "_getframe"
            )
        })
}

/// Publishes `f`'s fast locals for its frame object's `f_locals` (and, in
/// a module or class body, for `locals()` inside an inlined comprehension),
/// with the proxy's writes the frame has yet to take.
pub fn publish_fast_locals(f: &Frame) {
    let extras = f.meta.extras();
    let fast = with_writes(f.fast.clone(), &extras.pending_writes.borrow(), extras);
    let old = extras.fast_snapshot.borrow_mut().replace(fast);
    drop(old);
}

fn is_optimized(m: &FrameMeta) -> bool {
    m.code.flags & ouro_objects::code::co::OPTIMIZED != 0
}

fn f_locals(v: &Value) -> PyResult {
    let m = meta(v);
    if is_optimized(m) {
        return Ok(crate::framelocals::new(v.clone()));
    }
    Ok(m.locals.clone().unwrap_or_else(|| m.globals.clone()))
}

/// `locals()` in frame `m`: a snapshot dict in a function, the namespace
/// itself elsewhere (PEP 667).
pub fn locals_of(m: &Rc<FrameMeta>) -> PyResult {
    if is_optimized(m) {
        return crate::framelocals::snapshot(m);
    }
    Ok(m.locals.clone().unwrap_or_else(|| m.globals.clone()))
}

/// `frame.clear()`: drops the locals of a finished frame.
fn frame_clear(v: &Value, args: ouro_objects::args::Args) -> PyResult {
    args.none("clear")?;
    let m = meta(v);
    if m.is_live() {
        return Err(ouro_objects::err::runtime_error(
            "cannot clear an executing frame",
        ));
    }
    if let Some(extras) = m.extras_if_made() {
        *extras.fast_snapshot.borrow_mut() = None;
        *extras.extra_locals.borrow_mut() = None;
    }
    Ok(none())
}

fn set_flag(cell: &Cell<bool>, x: Option<&Value>) -> PyResult<()> {
    let x = x.ok_or_else(|| ouro_objects::err::type_error("cannot delete attribute"))?;
    cell.set(protocol::is_true(x)?);
    Ok(())
}

builtin_type!(pub static FRAME_TYPE: FrameObj = TypeSpec {
    name: "frame",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(frame_repr), traverse: Some(crate::frame_gc::frame_traverse), clear: Some(crate::frame_gc::frame_clear), ..SlotDefs::NONE },
    getsets: &[
        GetSetDef::getter("f_code", |v| Ok(meta(v).code.value().clone())),
        GetSetDef::getter("f_globals", |v| Ok(meta(v).globals.clone())),
        GetSetDef::getter("f_builtins", |v| Ok(meta(v).builtins.clone())),
        GetSetDef::getter("f_locals", f_locals),
        GetSetDef::getter("f_lineno", |v| Ok(meta(v).line().map_or_else(none, |l| int::from_i64(i64::from(l))))),
        GetSetDef::getter("f_lasti", |v| Ok(int::from_usize(meta(v).lasti.get() * 2))),
        GetSetDef::getter("f_back", f_back),
        GetSetDef::with_setter("f_trace", |v| Ok(meta(v).extras().trace.borrow().clone().unwrap_or_else(none)), |v, x| {
            *meta(v).extras().trace.borrow_mut() = x.filter(|t| !ouro_objects::none::is_none(t)).cloned();
            Ok(())
        }),
        GetSetDef::with_setter("f_trace_lines", |v| Ok(ouro_objects::bool::py_bool(meta(v).extras().trace_lines.get())), |v, x| set_flag(&meta(v).extras().trace_lines, x)),
        GetSetDef::with_setter("f_trace_opcodes", |v| Ok(ouro_objects::bool::py_bool(meta(v).extras().trace_opcodes.get())), |v, x| { set_flag(&meta(v).extras().trace_opcodes, x)?; crate::monitoring::legacy::trace_opcodes_changed(&meta(v).code, meta(v).extras().trace_opcodes.get(), meta(v).extras().trace.borrow().is_some()); Ok(()) }),
        GetSetDef::getter("f_generator", |v| Ok(crate::generator::owner_of(meta(v)).unwrap_or_else(none))),
    ],
    methods: &[
        ouro_objects::descr::MethodDef::new("clear", frame_clear, "F.clear(): clear all references held by the frame"),
    ],
    ..TypeSpec::DEFAULT
});

/// A traceback entry (`PyTracebackObject`).
pub struct Traceback {
    pub next: RefCell<Option<Value>>,
    pub frame: Value,
    /// `tb_lasti`: the byte offset of the instruction (code unit * 2).
    pub lasti: i64,
    pub lineno: Option<i32>,
}

impl Traceback {
    /// The code-unit index of the instruction, when `tb_lasti` names one.
    pub fn instruction(&self) -> Option<usize> {
        usize::try_from(self.lasti / 2).ok()
    }
}

fn tb(v: &Value) -> &Traceback {
    v.downcast::<Traceback>().expect("traceback")
}

fn expected_traceback(what: &str, got: &Value) -> ouro_objects::PyErr {
    ouro_objects::err::type_error(format!(
        "expected traceback object{what}, got '{}'",
        protocol::type_name(got)
    ))
}

/// `traceback(tb_next, tb_frame, tb_lasti, tb_lineno)` (`tb_new`).
fn tb_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = ouro_objects::args::Args::new(args, kwnames);
    let [next, frame, lasti, lineno] = a.parse(
        "traceback",
        ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
        0,
        4,
        4,
    )?;
    let (Some(next), Some(frame), Some(lasti), Some(lineno)) = (next, frame, lasti, lineno) else {
        return Err(ouro_objects::err::type_error(
            "traceback() missing required argument",
        ));
    };
    if frame.downcast::<FrameObj>().is_none() {
        let got = if ouro_objects::none::is_none(&frame) {
            "None".to_string()
        } else {
            protocol::type_name(&frame)
        };
        return Err(ouro_objects::err::type_error(format!(
            "traceback() argument 'tb_frame' must be frame, not {got}"
        )));
    }
    let next = if ouro_objects::none::is_none(&next) {
        None
    } else if next.downcast::<Traceback>().is_some() {
        Some(next)
    } else {
        return Err(expected_traceback(" or None", &next));
    };
    let as_int = |v: &Value| -> PyResult<i64> {
        int::to_i64(&protocol::index(v)?).ok_or_else(|| {
            ouro_objects::err::overflow_error("Python int too large to convert to C int")
        })
    };
    let lasti = as_int(&lasti)?;
    let lineno = i32::try_from(as_int(&lineno)?).ok().filter(|&l| l != -1);
    let lineno = lineno.or_else(|| {
        let code = &frame.downcast::<FrameObj>()?.meta.code;
        code.line_at(usize::try_from(lasti / 2).ok()?)
    });
    Ok(Ref::new(Traceback {
        next: RefCell::new(next),
        frame,
        lasti,
        lineno,
    })
    .into_value())
}

/// `tb_next = x`: a traceback or `None`, never making a loop.
fn set_tb_next(v: &Value, x: Option<&Value>) -> PyResult<()> {
    let Some(x) = x else {
        return Err(ouro_objects::err::type_error(
            "can't delete tb_next attribute",
        ));
    };
    let next = if ouro_objects::none::is_none(x) {
        None
    } else if x.downcast::<Traceback>().is_some() {
        Some(x.clone())
    } else {
        return Err(expected_traceback("", x));
    };
    let mut cursor = next.clone();
    while let Some(c) = cursor {
        if c.is(v) {
            return Err(ouro_objects::err::value_error("traceback loop detected"));
        }
        cursor = tb(&c).next.borrow().clone();
    }
    *tb(v).next.borrow_mut() = next;
    Ok(())
}

builtin_type!(pub static TRACEBACK_TYPE: Traceback = TypeSpec {
    name: "traceback",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { new: Some(tb_new), traverse: Some(crate::frame_gc::traceback_traverse), clear: Some(crate::frame_gc::traceback_clear), ..SlotDefs::NONE },
    getsets: &[
        GetSetDef::with_setter("tb_next", |v| Ok(tb(v).next.borrow().clone().unwrap_or_else(none)), set_tb_next),
        GetSetDef::member("tb_frame", |v| Ok(tb(v).frame.clone()), None),
        GetSetDef::member("tb_lasti", |v| Ok(int::from_i64(tb(v).lasti)), None),
        GetSetDef::getter("tb_lineno", |v| Ok(tb(v).lineno.map_or_else(none, |l| int::from_i64(i64::from(l))))),
    ],
    ..TypeSpec::DEFAULT
});

/// Adds a traceback entry for `meta`'s current instruction to `exc`
/// (`PyTraceBack_Here`).
pub fn add_traceback(exc: &Value, meta: &Rc<FrameMeta>) {
    let Some(e) = exc.downcast::<ouro_objects::exceptions::BaseException>() else {
        return;
    };
    let lasti = meta.lasti.get();
    let entry = Ref::new(Traceback {
        next: RefCell::new(e.traceback()),
        frame: meta.frame_object(),
        lasti: i64::try_from(lasti * 2).unwrap_or(i64::MAX),
        lineno: meta.code.line_at(lasti),
    })
    .into_value();
    e.set_traceback(Some(entry));
}
