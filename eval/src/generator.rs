//! Generators and coroutines: objects owning a suspended frame, resumed by `send`/`throw`/`close` and by the `SEND` instruction; mirrors Objects/genobject.c.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use ouro_objects::args::Args;
use ouro_objects::builtin_subtype;
use ouro_objects::builtin_type;
use ouro_objects::code::co;
use ouro_objects::core::{WeakSlot, alloc_typed};
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error, value_error};
use ouro_objects::exceptions::{self, BaseException};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, protocol};

use crate::frame::{Frame, FrameMeta};
use crate::interp;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// A generator, coroutine or async generator.
pub struct Generator {
    frame: RefCell<Option<Frame>>,
    kind: Kind,
    started: Cell<bool>,
    running: Cell<bool>,
    /// `cr_origin`: where a coroutine was created, when tracking was on.
    origin: Option<Value>,
    /// `ag_running_async`: an `asend`/`athrow` awaitable is driving this
    /// async generator.
    running_async: Cell<bool>,
    /// `ag_closed`: the async generator finished or is being closed.
    closed: Cell<bool>,
    /// `ag_hooks_inited`: `sys.set_asyncgen_hooks`' hooks were looked at
    /// (on the first `__anext__`/`asend`/`athrow`/`aclose`).
    hooks_inited: Cell<bool>,
    /// The finalizer hook in force then, called instead of closing an
    /// unfinished async generator when it is collected.
    finalizer: RefCell<Option<Value>>,
    name: RefCell<Value>,
    qualname: RefCell<Value>,
    code: Value,
    /// This generator's address for its frame's `f_generator`, made when
    /// the frame gets a frame object; emptied when the generator is freed.
    owner_link: OnceCell<Rc<WeakSlot>>,
}

impl Drop for Generator {
    fn drop(&mut self) {
        if let Some(link) = self.owner_link.get() {
            link.clear();
        }
    }
}

thread_local! {
    /// Generators being resumed, innermost last (where a yield stores its
    /// frame), each with its running frame's meta's address (compared, never
    /// followed).
    static RESUMING: RefCell<Vec<(Value, usize)>> = const { RefCell::new(Vec::new()) };
    /// `sys.set_coroutine_origin_tracking_depth`'s value.
    static ORIGIN_DEPTH: Cell<usize> = const { Cell::new(0) };
}

pub fn origin_tracking_depth() -> usize {
    ORIGIN_DEPTH.with(Cell::get)
}

pub fn set_origin_tracking_depth(depth: usize) {
    ORIGIN_DEPTH.with(|d| d.set(depth));
}

/// `compute_cr_origin`: `(filename, line, function)` of up to `depth`
/// frames, starting with the one creating the coroutine.
fn coroutine_origin(depth: usize) -> Value {
    let frames = (0..depth)
        .map_while(crate::frame::nth_meta)
        .map(|m| {
            Tuple::new(vec![
                m.code.filename(),
                ouro_objects::int::from_i64(i64::from(m.line().unwrap_or(0))),
                m.code.name.clone(),
            ])
        })
        .collect();
    Tuple::new(frames)
}

fn generator_of(v: &Value) -> &Generator {
    v.downcast::<Generator>().expect("generator")
}

/// Creates the generator object for a frame of generator code (what
/// `RETURN_GENERATOR` does), the frame positioned after that instruction.
pub fn new_from_frame(mut frame: Frame) -> PyResult {
    let flags = frame.code.flags;
    let kind = if flags & co::COROUTINE != 0 {
        Kind::Coroutine
    } else if flags & co::ASYNC_GENERATOR != 0 {
        Kind::AsyncGenerator
    } else {
        Kind::Generator
    };
    // Skip RETURN_GENERATOR (and anything before it, e.g. COPY_FREE_VARS
    // and MAKE_CELL, which must run first).
    loop {
        let byte = frame.code.code.get(frame.ip * 2).copied();
        let op = byte.and_then(ouro_bytecode::Opcode::from_u8);
        match op {
            Some(ouro_bytecode::Opcode::RETURN_GENERATOR) => {
                frame.ip += 1;
                break;
            }
            Some(_) => {
                // Run prefix instructions (MAKE_CELL, COPY_FREE_VARS) now.
                interp::run_prefix_instruction(&mut frame)?;
            }
            None => {
                return Err(ouro_objects::err::system_error(
                    "generator code without RETURN_GENERATOR",
                ));
            }
        }
    }
    let ty = match kind {
        Kind::Generator => &GENERATOR_TYPE,
        Kind::Coroutine => &COROUTINE_TYPE,
        Kind::AsyncGenerator => &ASYNC_GENERATOR_TYPE,
    };
    let func_name = frame.func.as_ref().and_then(|f| {
        f.downcast::<ouro_objects::functype::Function>()
            .map(|f| (f.name.borrow().clone(), f.qualname.borrow().clone()))
    });
    let (name, qualname) =
        func_name.unwrap_or_else(|| (frame.code.name.clone(), frame.code.qualname.clone()));
    let code = frame.code.value().clone();
    let depth = origin_tracking_depth();
    let origin = (kind == Kind::Coroutine && depth > 0).then(|| coroutine_origin(depth));
    Ok(alloc_typed(
        &TypeRef::from_static(ty),
        Generator {
            frame: RefCell::new(Some(frame)),
            kind,
            started: Cell::new(false),
            running: Cell::new(false),
            origin,
            running_async: Cell::new(false),
            closed: Cell::new(false),
            hooks_inited: Cell::new(false),
            finalizer: RefCell::new(None),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            code,
            owner_link: OnceCell::new(),
        },
    ))
}

/// Stores a yielding frame back into the generator being resumed (with
/// the `f_locals` writes it has yet to take stored in its registers, where
/// a suspended generator's proxy reads).
pub fn suspend(mut frame: Frame) {
    crate::frame::after_possible_proxy_write(&mut frame);
    let g = RESUMING.with(|r| r.borrow().last().map(|(g, _)| g.clone()));
    if let Some(g) = g {
        *generator_of(&g).frame.borrow_mut() = Some(frame);
    }
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Generator => "generator",
        Kind::Coroutine => "coroutine",
        Kind::AsyncGenerator => "async generator",
    }
}

/// Resumes `g` with `value` sent in, or with `exc` raised at the yield.
fn resume(g: &Value, value: Value, exc: Option<PyErr>) -> PyResult<SendResult> {
    let gn = generator_of(g);
    if gn.running.get() {
        return Err(value_error(format!(
            "{} already executing",
            kind_name(gn.kind)
        )));
    }
    let Some(mut frame) = gn.frame.borrow_mut().take() else {
        if let Some(e) = exc {
            return Err(e);
        }
        if gn.kind == Kind::Coroutine {
            return Err(runtime_error("cannot reuse already awaited coroutine"));
        }
        return Ok(SendResult::Returned(none()));
    };
    if !gn.started.get() {
        if exc.is_none() && !is_none(&value) {
            *gn.frame.borrow_mut() = Some(frame);
            return Err(type_error(format!(
                "can't send non-None value to a just-started {}",
                kind_name(gn.kind)
            )));
        }
        gn.started.set(true);
    }
    if exc.is_none() {
        interp::push(&mut frame, value);
    }
    gn.running.set(true);
    let meta_address = Rc::as_ptr(&frame.meta) as usize;
    RESUMING.with(|r| r.borrow_mut().push((g.clone(), meta_address)));
    let saved_handled = crate::state::handled();
    let result = interp::run_frames(frame, exc);
    crate::state::swap_handled(saved_handled);
    RESUMING.with(|r| r.borrow_mut().pop());
    gn.running.set(false);
    match result {
        Ok((v, true)) => Ok(SendResult::Yielded(v)),
        Ok((v, false)) => Ok(SendResult::Returned(v)),
        Err(e) => Err(e),
    }
}

/// `gen.send(value)` as the `SEND` instruction and `yield from` use it:
/// other iterators get `__next__()` (for `None`) or `send(value)`, and a
/// `StopIteration`'s value is the result.
pub fn send(receiver: &Value, value: Value) -> PyResult<SendResult> {
    if receiver.downcast::<Generator>().is_some() {
        return resume(receiver, value, None);
    }
    let r = if is_none(&value) {
        match receiver.type_obj().payload().lookup_str("__next__") {
            Some(f) => {
                let bound = protocol::descr_get(&f, Some(receiver), &receiver.type_value())?;
                protocol::call0(&bound).map(Some)
            }
            None => protocol::iternext(receiver),
        }
    } else {
        protocol::call_method(receiver, "send", &[value]).map(Some)
    };
    match r {
        Ok(Some(v)) => Ok(SendResult::Yielded(v)),
        Ok(None) => Ok(SendResult::Returned(none())),
        Err(e) if e.matches(&exceptions::STOP_ITERATION) => Ok(SendResult::Returned(
            exceptions::stop_iteration_value(e.value()),
        )),
        Err(e) => Err(e),
    }
}

/// The iterator a suspended generator delegates to (`_PyGen_yf`): it is
/// suspended at a `RESUME` after `yield from`/`await` (oparg 2 or 3), with
/// the sub-iterator on top of its stack.
fn delegate_of(frame: &Frame) -> Option<Value> {
    let code = &frame.code.code;
    let op = ouro_bytecode::Opcode::from_u8(*code.get(frame.ip * 2)?)?;
    let arg = *code.get(frame.ip * 2 + 1)?;
    if op.deopt() != ouro_bytecode::Opcode::RESUME || arg & 3 < 2 {
        return None;
    }
    frame.stack.last().cloned().flatten()
}

/// Resumes a generator suspended in `yield from` as if its `SEND` had
/// received `result` from the sub-iterator (jumps to the loop's `END_SEND`).
fn resume_after_delegate(g: &Value, result: Value) -> PyResult<SendResult> {
    let gn = generator_of(g);
    {
        let mut slot = gn.frame.borrow_mut();
        let Some(frame) = slot.as_mut() else {
            return Ok(SendResult::Returned(none()));
        };
        // RESUME, then JUMP_BACKWARD_NO_INTERRUPT, then END_SEND.
        let mut ip = frame.ip;
        for _ in 0..2 {
            let op = ouro_bytecode::Opcode::from_u8(frame.code.code[ip * 2])
                .ok_or_else(|| ouro_objects::err::system_error("bad yield from loop"))?;
            ip += 1 + op.cache_entries();
        }
        let end_send = frame
            .code
            .code
            .get(ip * 2)
            .copied()
            .and_then(ouro_bytecode::Opcode::from_u8);
        if end_send.map(ouro_bytecode::Opcode::deopt) != Some(ouro_bytecode::Opcode::END_SEND) {
            return Err(ouro_objects::err::system_error(
                "yield from loop without END_SEND",
            ));
        }
        frame.ip = ip;
        // END_SEND pops the receiver under the value; resume() pushes it.
    }
    resume(g, result, None)
}

fn returned_to_stop(v: Value) -> PyErr {
    if is_none(&v) {
        PyErr::empty(&exceptions::STOP_ITERATION)
    } else {
        exceptions::stop_iteration(v)
    }
}

fn gen_iternext(g: &Value) -> PyResult<Option<Value>> {
    match resume(g, none(), None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(v) if is_none(&v) => Ok(None),
        SendResult::Returned(v) => Err(exceptions::stop_iteration(v)),
    }
}

fn gen_send(g: &Value, args: Args) -> PyResult {
    let v = args.one("send")?;
    match resume(g, v.clone(), None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(returned_to_stop(r)),
    }
}

/// The exception `throw(typ, val, tb)` raises.
fn throw_exception(args: &[Value]) -> PyResult<PyErr> {
    let typ = &args[0];
    let val = args.get(1).filter(|v| !is_none(v));
    let e = if exceptions::is_exception_type(typ) {
        match val {
            Some(v) if exceptions::is_exception(v) => v.clone(),
            Some(v) => protocol::call1(typ, v.clone())?,
            None => protocol::call0(typ)?,
        }
    } else if exceptions::is_exception(typ) {
        if val.is_some() {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        typ.clone()
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            protocol::type_name(typ)
        )));
    };
    if let Some(tb) = args.get(2).filter(|t| !is_none(t))
        && let Some(be) = e.downcast::<BaseException>()
    {
        be.set_traceback(Some(tb.clone()));
    }
    Ok(PyErr::from_instance(e))
}

fn gen_throw(g: &Value, args: Args) -> PyResult {
    let a = args.range("throw", "throw", 1, 3)?;
    match throw_with_args(g, a, "throw", true)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(returned_to_stop(r)),
    }
}

/// `_gen_throw`: a generator in `yield from` first passes the exception to
/// its sub-iterator (closing it for `GeneratorExit`).
fn throw_into(g: &Value, e: PyErr, close_on_genexit: bool) -> PyResult<SendResult> {
    let gn = generator_of(g);
    let delegate = gn.frame.borrow().as_ref().and_then(delegate_of);
    let Some(yf) = delegate.filter(|_| !gn.running.get()) else {
        return resume(g, none(), Some(e));
    };
    if close_on_genexit && e.matches(&exceptions::GENERATOR_EXIT) {
        gn.running.set(true);
        let closed = close_iter(&yf);
        gn.running.set(false);
        return match closed {
            Ok(()) => resume(g, none(), Some(e)),
            Err(e2) => resume(g, none(), Some(e2)),
        };
    }
    gn.running.set(true);
    let r = if yf.downcast::<Generator>().is_some() {
        throw_into(&yf, e.clone(), close_on_genexit).map(|r| match r {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(v) => Err(returned_to_stop(v)),
        })
    } else {
        match protocol::getattr_opt(&yf, &ouro_objects::str::intern("throw")) {
            Ok(Some(meth)) => Ok(protocol::call1(&meth, e.value().clone())),
            Ok(None) => {
                gn.running.set(false);
                return resume(g, none(), Some(e));
            }
            Err(err) => Ok(Err(err)),
        }
    };
    gn.running.set(false);
    match r {
        Ok(Ok(v)) => Ok(SendResult::Yielded(v)),
        Ok(Err(err)) | Err(err) => {
            if err.matches(&exceptions::STOP_ITERATION) {
                resume_after_delegate(g, exceptions::stop_iteration_value(err.value()))
            } else {
                resume(g, none(), Some(err))
            }
        }
    }
}

/// `gen_close_iter`: `close()` on a sub-iterator, if it has one.
fn close_iter(yf: &Value) -> PyResult<()> {
    if yf.downcast::<Generator>().is_some() {
        return gen_close(yf, Args::new(&[], None)).map(drop);
    }
    if let Some(close) = protocol::getattr_opt(yf, &ouro_objects::str::intern("close"))? {
        protocol::call0(&close)?;
    }
    Ok(())
}

fn gen_close(g: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let gn = generator_of(g);
    if gn.frame.borrow().is_none() {
        return Ok(none());
    }
    if !gn.started.get() {
        let old = gn.frame.borrow_mut().take();
        drop(old);
        return Ok(none());
    }
    let exit = PyErr::empty(&exceptions::GENERATOR_EXIT);
    match throw_into(g, exit, true) {
        Ok(SendResult::Yielded(_)) => Err(runtime_error(format!(
            "{} ignored GeneratorExit",
            kind_name(gn.kind)
        ))),
        Ok(SendResult::Returned(v)) => Ok(v),
        Err(e) if e.matches(&exceptions::GENERATOR_EXIT) => Ok(none()),
        Err(e) if e.matches(&exceptions::STOP_ITERATION) => Ok(none()),
        Err(e) => Err(e),
    }
}

/// `warnings._warn_unawaited_coroutine`'s account of `cr_origin`, as
/// `traceback.format_list` lays it out.
fn origin_text(origin: &Value) -> String {
    let mut text = String::from("\nCoroutine created at (most recent call last)");
    let frames = origin
        .downcast::<Tuple>()
        .map(Tuple::to_vec)
        .unwrap_or_default();
    for frame in frames.iter().rev() {
        let Some(f) = frame.downcast::<Tuple>() else {
            continue;
        };
        let (Some(file), Some(line), Some(name)) = (f.get(0), f.get(1), f.get(2)) else {
            continue;
        };
        let (file, name) = (protocol::str_lossy(file), protocol::str_lossy(name));
        let line = ouro_objects::int::to_i64(line).unwrap_or(0);
        text.push_str(&format!("\n  File \"{file}\", line {line}, in {name}"));
        let source = std::fs::read_to_string(&file).ok();
        if let Some(src) = source
            .as_deref()
            .and_then(|s| s.lines().nth((line as usize).saturating_sub(1)))
        {
            text.push_str(&format!("\n    {}", src.trim()));
        }
    }
    text
}

/// `_PyGen_Finalize`: a coroutine never started warns that it was never
/// awaited; a suspended generator is closed.
fn gen_finalize(g: &Value) {
    // A generator freed while the thread's locals are destroyed (held by
    // one of them) cannot be resumed to close it any more.
    if RESUMING.try_with(|_| ()).is_err() || !crate::frame::thread_can_run_code() {
        return;
    }
    let gn = generator_of(g);
    if gn.kind == Kind::Coroutine && !gn.started.get() && gn.frame.borrow().is_some() {
        let qualname = protocol::str_lossy(&gn.qualname.borrow());
        let mut msg = format!("coroutine '{qualname}' was never awaited");
        if let Some(origin) = &gn.origin {
            msg.push_str(&origin_text(origin));
        }
        if let Err(e) = crate::warnings::warn_with_source(&exceptions::RUNTIME_WARNING, &msg, 1, g)
        {
            crate::warnings::unraisable(&e, g);
        }
        return;
    }
    if gn.frame.borrow().is_none() {
        return;
    }
    let finalizer = gn.finalizer.borrow().clone();
    if let Some(finalizer) = finalizer.filter(|_| !gn.closed.get()) {
        if let Err(e) = protocol::call(&finalizer, std::slice::from_ref(g), None) {
            crate::warnings::unraisable(&e, g);
        }
        return;
    }
    if !gn.started.get() {
        return;
    }
    if let Err(e) = gen_close(g, Args::new(&[], None)) {
        crate::warnings::unraisable(&e, g);
    }
}

fn gen_repr(g: &Value) -> PyResult {
    let gn = generator_of(g);
    Ok(PyStr::new(&format!(
        "<{} object {} at {:#x}>",
        match gn.kind {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async_generator",
        },
        protocol::str_lossy(&gn.qualname.borrow()),
        g.word()
    )))
}

fn self_iter(g: &Value) -> PyResult {
    Ok(g.clone())
}

fn gen_running(g: &Value) -> PyResult {
    Ok(pybool::py_bool(generator_of(g).running.get()))
}

fn gen_suspended(g: &Value) -> PyResult {
    let gn = generator_of(g);
    Ok(pybool::py_bool(
        gn.started.get() && !gn.running.get() && gn.frame.borrow().is_some(),
    ))
}

fn gen_frame(g: &Value) -> PyResult {
    let gn = generator_of(g);
    let meta = gn.frame.borrow().as_ref().map(|f| f.meta.clone());
    Ok(match meta {
        Some(meta) => {
            link(&meta, g);
            meta.frame_object()
        }
        None => none(),
    })
}

/// Records `g` as the owner of the frame of `meta` (for `f_generator`).
fn link(meta: &FrameMeta, g: &Value) {
    let slot = generator_of(g).owner_link.get_or_init(|| {
        let slot = WeakSlot::default();
        slot.set(g);
        Rc::new(slot)
    });
    *meta.extras().generator.borrow_mut() = Some(slot.clone());
}

/// The generator running the frame of `meta`, if one is.
fn running_owner(meta: &Rc<FrameMeta>) -> Option<Value> {
    let address = Rc::as_ptr(meta) as usize;
    RESUMING.with(|r| {
        r.borrow()
            .iter()
            .rev()
            .find(|(g, a)| *a == address && generator_of(g).code.is(meta.code.value()))
            .map(|(g, _)| g.clone())
    })
}

/// A frame object was made for the frame of `meta`: if a generator runs
/// that frame, it is recorded as the frame's owner.
pub fn link_running(meta: &Rc<FrameMeta>) {
    if meta.code.flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR) == 0 {
        return;
    }
    if let Some(g) = running_owner(meta) {
        link(meta, &g);
    }
}

/// `frame.f_generator`: the generator, coroutine or async generator whose
/// frame `meta` is, while it has not finished (it then no longer owns the
/// frame, as in CPython, where the frame object takes the frame over).
pub fn owner_of(meta: &Rc<FrameMeta>) -> Option<Value> {
    if let Some(g) = running_owner(meta) {
        return Some(g);
    }
    let slot = meta.extras_if_made()?.generator.borrow().clone()?;
    let g = Value::from_weak_slot(&slot)?;
    let owns = generator_of(&g)
        .frame
        .borrow()
        .as_ref()
        .is_some_and(|f| Rc::ptr_eq(&f.meta, meta));
    owns.then_some(g)
}

/// The suspended generator frame of `meta`, if it is one, for `f`.
fn with_suspended<R>(meta: &Rc<FrameMeta>, f: impl FnOnce(&mut Frame) -> R) -> Option<R> {
    let g = owner_of(meta)?;
    let mut frame = generator_of(&g).frame.try_borrow_mut().ok()?;
    frame
        .as_mut()
        .filter(|fr| Rc::ptr_eq(&fr.meta, meta))
        .map(f)
}

/// The registers of a suspended generator's frame, for its `f_locals`.
pub fn suspended_fast(meta: &Rc<FrameMeta>) -> Option<Vec<Option<Value>>> {
    with_suspended(meta, |f| f.fast.clone())
}

/// Stores `value` in fast slot `i` of a suspended generator's frame (its
/// `f_locals` writing through); the value comes back when `meta` is not
/// such a frame.
pub fn store_suspended(meta: &Rc<FrameMeta>, i: usize, value: Value) -> Result<(), Value> {
    let mut value = Some(value);
    let old = with_suspended(meta, |f| {
        f.fast
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, value.take()))
    });
    // The old value goes once the generator's frame is put back.
    drop(old);
    value.map_or(Ok(()), Err)
}

fn gen_code(g: &Value) -> PyResult {
    Ok(generator_of(g).code.clone())
}

fn gen_yieldfrom(g: &Value) -> PyResult {
    let gn = generator_of(g);
    let delegate = gn.frame.borrow().as_ref().and_then(delegate_of);
    Ok(delegate.unwrap_or_else(none))
}

fn set_name(g: &Value, v: Option<&Value>) -> PyResult<()> {
    match v {
        Some(x) if x.downcast::<PyStr>().is_some() => {
            *generator_of(g).name.borrow_mut() = x.clone();
            Ok(())
        }
        _ => Err(type_error("__name__ must be set to a string object")),
    }
}

fn set_qualname(g: &Value, v: Option<&Value>) -> PyResult<()> {
    match v {
        Some(x) if x.downcast::<PyStr>().is_some() => {
            *generator_of(g).qualname.borrow_mut() = x.clone();
            Ok(())
        }
        _ => Err(type_error("__qualname__ must be set to a string object")),
    }
}

const GEN_METHODS: &[MethodDef] = &[
    MethodDef::new(
        "send",
        gen_send,
        "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.",
    ),
    MethodDef::new(
        "throw",
        gen_throw,
        "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.",
    ),
    MethodDef::new(
        "close",
        gen_close,
        "close() -> raise GeneratorExit inside generator.",
    ),
    ouro_objects::genericalias::CLASS_GETITEM_DEF,
];

/// `gen_traverse`: the suspended frame's function, locals and value stack
/// (the frame's shared `FrameMeta` is not the generator's alone, so its
/// references are left to look external), the finalizer hook and names.
fn gen_traverse(g: &Value, visit: &mut dyn FnMut(&Value)) {
    let gn = generator_of(g);
    if let Ok(frame) = gn.frame.try_borrow()
        && let Some(f) = frame.as_ref()
    {
        for v in f.func.iter().chain(f.init_self.iter()) {
            visit(v);
        }
        for v in f.fast.iter().chain(f.stack.iter()).flatten() {
            visit(v);
        }
    }
    if let Some(origin) = &gn.origin {
        visit(origin);
    }
    ouro_objects::gc::visit_optional(&gn.finalizer, visit);
    ouro_objects::gc::visit_field(&gn.name, visit);
    ouro_objects::gc::visit_field(&gn.qualname, visit);
}

/// Drops the frame of a collected generator (already closed by its
/// finalizer): it then reads as exhausted.
fn gen_clear(g: &Value) {
    let gn = generator_of(g);
    let old = gn.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
    drop(old);
    ouro_objects::gc::clear_optional(&gn.finalizer);
}

builtin_type!(pub static GENERATOR_TYPE: Generator = TypeSpec {
    name: "generator",
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE | flags::WEAKREFS_BEFORE_FINALIZE,
    slots: SlotDefs { repr: Some(gen_repr), iter: Some(self_iter), iternext: Some(gen_iternext), finalize: Some(gen_finalize), traverse: Some(gen_traverse), clear: Some(gen_clear), ..SlotDefs::NONE },
    methods: GEN_METHODS,
    getsets: &[
        GetSetDef::with_setter("__name__", |g| Ok(generator_of(g).name.borrow().clone()), set_name),
        GetSetDef::with_setter("__qualname__", |g| Ok(generator_of(g).qualname.borrow().clone()), set_qualname),
        GetSetDef::getter("gi_yieldfrom", gen_yieldfrom),
        GetSetDef::getter("gi_running", gen_running),
        GetSetDef::getter("gi_frame", gen_frame),
        GetSetDef::getter("gi_suspended", gen_suspended),
        GetSetDef::getter("gi_code", gen_code),
    ],
    ..TypeSpec::DEFAULT
});

fn coro_await(g: &Value, args: Args) -> PyResult {
    args.none("__await__")?;
    Ok(alloc_typed(
        &TypeRef::from_static(&CORO_WRAPPER_TYPE),
        CoroWrapper { coro: g.clone() },
    ))
}

builtin_subtype!(pub static COROUTINE_TYPE: Generator as GENERATOR_TYPE = TypeSpec {
    name: "coroutine",
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE | flags::WEAKREFS_BEFORE_FINALIZE,
    slots: SlotDefs { repr: Some(gen_repr), finalize: Some(gen_finalize), traverse: Some(gen_traverse), clear: Some(gen_clear), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("send", gen_send, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."),
        MethodDef::new("throw", gen_throw, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python."),
        MethodDef::new("close", gen_close, "close() -> raise GeneratorExit inside coroutine."),
        MethodDef::new("__await__", coro_await, "__await__($self, /)\n--\n\nReturn an iterator to be used in await expression."),
        ouro_objects::genericalias::CLASS_GETITEM_DEF,
    ],
    getsets: &[
        GetSetDef::with_setter("__name__", |g| Ok(generator_of(g).name.borrow().clone()), set_name),
        GetSetDef::with_setter("__qualname__", |g| Ok(generator_of(g).qualname.borrow().clone()), set_qualname),
        GetSetDef::getter("cr_await", gen_yieldfrom),
        GetSetDef::getter("cr_running", gen_running),
        GetSetDef::getter("cr_frame", gen_frame),
        GetSetDef::getter("cr_code", gen_code),
        GetSetDef::getter("cr_suspended", gen_suspended),
        GetSetDef::member("cr_origin", |g| Ok(generator_of(g).origin.clone().unwrap_or_else(none)), None),
    ],
    base: Some(&ouro_objects::typeobj::OBJECT_TYPE),
    ..TypeSpec::DEFAULT
});

/// `coroutine_wrapper`: the iterator `coro.__await__()` returns.
pub struct CoroWrapper {
    coro: Value,
}

fn wrapper_next(w: &Value) -> PyResult<Option<Value>> {
    gen_iternext(&w.downcast::<CoroWrapper>().expect("coroutine_wrapper").coro)
}

fn wrapper_send(w: &Value, args: Args) -> PyResult {
    gen_send(
        &w.downcast::<CoroWrapper>().expect("coroutine_wrapper").coro,
        args,
    )
}

fn wrapper_throw(w: &Value, args: Args) -> PyResult {
    gen_throw(
        &w.downcast::<CoroWrapper>().expect("coroutine_wrapper").coro,
        args,
    )
}

fn wrapper_close(w: &Value, args: Args) -> PyResult {
    gen_close(
        &w.downcast::<CoroWrapper>().expect("coroutine_wrapper").coro,
        args,
    )
}

builtin_type!(pub static CORO_WRAPPER_TYPE: CoroWrapper = TypeSpec {
    name: "coroutine_wrapper",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(self_iter), iternext: Some(wrapper_next), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("send", wrapper_send, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."),
        MethodDef::new("throw", wrapper_throw, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."),
        MethodDef::new("close", wrapper_close, "close() -> raise GeneratorExit inside coroutine."),
    ],
    ..TypeSpec::DEFAULT
});

/// A value an async generator yields (as opposed to one awaited through it).
pub struct AsyncGenWrapped(pub Value);

builtin_type!(pub static ASYNC_GEN_WRAPPED_TYPE: AsyncGenWrapped = TypeSpec {
    name: "async_generator_wrapped_value",
    flags: flags::IMMUTABLETYPE,
    ..TypeSpec::DEFAULT
});

pub fn async_gen_wrap(v: Value) -> Value {
    ouro_objects::Ref::new(AsyncGenWrapped(v)).into_value()
}

/// The life of an `asend`/`athrow` awaitable (`AwaitableState`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum AwaitState {
    Init,
    Iter,
    Closed,
}

const ASEND_REUSED: &str = "cannot reuse already awaited __anext__()/asend()";
const ATHROW_REUSED: &str = "cannot reuse already awaited aclose()/athrow()";
const IGNORED_EXIT: &str = "async generator ignored GeneratorExit";

/// `gen_send_ex` for an async generator: returning ends it with
/// `StopAsyncIteration`.
fn agen_result(r: PyResult<SendResult>) -> PyResult {
    match r? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(_) => Err(PyErr::empty(&exceptions::STOP_ASYNC_ITERATION)),
    }
}

/// `async_gen_unwrap_value`: a plain `yield` (a wrapped value) ends the
/// current await with `StopIteration(value)`; the end of the generator marks
/// it closed.
fn agen_unwrap(g: &Value, r: PyResult) -> PyResult {
    let gn = generator_of(g);
    match r {
        Err(e) => {
            if e.matches(&exceptions::STOP_ASYNC_ITERATION)
                || e.matches(&exceptions::GENERATOR_EXIT)
            {
                gn.closed.set(true);
            }
            gn.running_async.set(false);
            Err(e)
        }
        Ok(v) => match v.downcast::<AsyncGenWrapped>() {
            Some(w) => {
                gn.running_async.set(false);
                Err(exceptions::stop_iteration(w.0.clone()))
            }
            None => Ok(v),
        },
    }
}

/// `gen_throw` with the deprecation of the three-argument form.
fn throw_with_args(
    g: &Value,
    args: &[Value],
    what: &str,
    close_on_genexit: bool,
) -> PyResult<SendResult> {
    if args.len() > 1 {
        ouro_objects::warnings::deprecation(&format!(
            "the (type, exc, tb) signature of {what}() is deprecated, use the single-arg signature instead."
        ))?;
    }
    throw_into(g, throw_exception(args)?, close_on_genexit)
}

/// Converts the `StopIteration` that ends an await into the `tp_iternext`
/// convention (`Ok(None)`) when it carries no value.
fn stop_to_exhausted(r: PyResult) -> PyResult<Option<Value>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if e.matches(&exceptions::STOP_ITERATION)
                && e.value()
                    .downcast::<BaseException>()
                    .is_some_and(|b| protocol::len(&b.args()).unwrap_or(0) == 0) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `close()` of an awaitable through its `throw(GeneratorExit)`.
fn awaitable_close(throw: impl FnOnce(PyErr) -> PyResult) -> PyResult {
    match throw(PyErr::empty(&exceptions::GENERATOR_EXIT)) {
        Ok(_) => Err(runtime_error("coroutine ignored GeneratorExit")),
        Err(e)
            if e.matches(&exceptions::STOP_ITERATION)
                || e.matches(&exceptions::STOP_ASYNC_ITERATION)
                || e.matches(&exceptions::GENERATOR_EXIT) =>
        {
            Ok(none())
        }
        Err(e) => Err(e),
    }
}

/// `_PyErr_WarnUnawaitedAgenMethod`, from an awaitable's finalizer.
fn warn_unawaited(w: &Value, agen: &Value, method: &str) {
    let qualname = protocol::repr_string(&generator_of(agen).qualname.borrow()).unwrap_or_default();
    let msg = format!("coroutine method '{method}' of {qualname} was never awaited");
    if let Err(e) = crate::warnings::warn_with_source(&exceptions::RUNTIME_WARNING, &msg, 1, agen) {
        crate::warnings::unraisable(&e, w);
    }
}

/// `async_generator_asend`: the awaitable of `__anext__()` and `asend(v)`.
pub struct AsyncGenASend {
    agen: Value,
    sendval: Value,
    state: Cell<AwaitState>,
}

fn asend_of(w: &Value) -> &AsyncGenASend {
    w.downcast::<AsyncGenASend>()
        .expect("async_generator_asend")
}

/// `async_gen_asend_send`.
fn asend_step(w: &Value, arg: Value) -> PyResult {
    let s = asend_of(w);
    let gn = generator_of(&s.agen);
    let mut arg = arg;
    match s.state.get() {
        AwaitState::Closed => return Err(runtime_error(ASEND_REUSED)),
        AwaitState::Init => {
            if gn.running_async.get() {
                s.state.set(AwaitState::Closed);
                return Err(runtime_error(
                    "anext(): asynchronous generator is already running",
                ));
            }
            if is_none(&arg) {
                arg = s.sendval.clone();
            }
            s.state.set(AwaitState::Iter);
        }
        AwaitState::Iter => {}
    }
    gn.running_async.set(true);
    let r = agen_unwrap(&s.agen, agen_result(resume(&s.agen, arg, None)));
    if r.is_err() {
        s.state.set(AwaitState::Closed);
    }
    r
}

/// `async_gen_asend_throw`.
fn asend_throw_args(w: &Value, args: &[Value]) -> PyResult {
    let s = asend_of(w);
    let gn = generator_of(&s.agen);
    match s.state.get() {
        AwaitState::Closed => return Err(runtime_error(ASEND_REUSED)),
        AwaitState::Init => {
            if gn.running_async.get() {
                s.state.set(AwaitState::Closed);
                return Err(runtime_error(
                    "anext(): asynchronous generator is already running",
                ));
            }
            s.state.set(AwaitState::Iter);
            gn.running_async.set(true);
        }
        AwaitState::Iter => {}
    }
    let r = agen_unwrap(
        &s.agen,
        agen_result(throw_with_args(&s.agen, args, "throw", true)),
    );
    if r.is_err() {
        gn.running_async.set(false);
        s.state.set(AwaitState::Closed);
    }
    r
}

fn asend_next(w: &Value) -> PyResult<Option<Value>> {
    stop_to_exhausted(asend_step(w, none()))
}

fn asend_send(w: &Value, args: Args) -> PyResult {
    asend_step(w, args.one("send")?.clone())
}

fn asend_throw(w: &Value, args: Args) -> PyResult {
    asend_throw_args(w, args.range("throw", "throw", 1, 3)?)
}

fn asend_close(w: &Value, args: Args) -> PyResult {
    args.none("close")?;
    if asend_of(w).state.get() == AwaitState::Closed {
        return Ok(none());
    }
    awaitable_close(|e| asend_throw_args(w, &[e.into_value()]))
}

fn asend_finalize(w: &Value) {
    let s = asend_of(w);
    if s.state.get() == AwaitState::Init {
        warn_unawaited(w, &s.agen, "asend");
    }
}

fn self_await(w: &Value, args: Args) -> PyResult {
    args.none("__await__")?;
    Ok(w.clone())
}

const AWAIT_SELF: MethodDef = MethodDef::new(
    "__await__",
    self_await,
    "__await__($self, /)\n--\n\nReturn an iterator to be used in await expression.",
);

builtin_type!(pub static ASYNC_GEN_ASEND_TYPE: AsyncGenASend = TypeSpec {
    name: "async_generator_asend",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(self_iter), iternext: Some(asend_next), finalize: Some(asend_finalize), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("send", asend_send, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."),
        MethodDef::new("throw", asend_throw, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python."),
        MethodDef::new("close", asend_close, "close() -> raise GeneratorExit inside generator."),
        AWAIT_SELF,
    ],
    ..TypeSpec::DEFAULT
});

fn new_asend(agen: &Value, sendval: Value) -> Value {
    alloc_typed(
        &TypeRef::from_static(&ASYNC_GEN_ASEND_TYPE),
        AsyncGenASend {
            agen: agen.clone(),
            sendval,
            state: Cell::new(AwaitState::Init),
        },
    )
}

/// `async_generator_athrow`: the awaitable of `athrow(...)` and, without
/// an exception, of `aclose()`.
pub struct AsyncGenAThrow {
    agen: Value,
    /// `athrow`'s arguments; `None` for `aclose()`.
    throw_args: Option<Vec<Value>>,
    state: Cell<AwaitState>,
}

fn athrow_of(w: &Value) -> &AsyncGenAThrow {
    w.downcast::<AsyncGenAThrow>()
        .expect("async_generator_athrow")
}

/// The end of an `aclose()`/`athrow()` await on an error (`check_error`):
/// `aclose()` reports the generator's end as a plain `StopIteration`.
fn athrow_error(o: &AsyncGenAThrow, e: PyErr) -> PyErr {
    generator_of(&o.agen).running_async.set(false);
    o.state.set(AwaitState::Closed);
    if o.throw_args.is_none()
        && (e.matches(&exceptions::STOP_ASYNC_ITERATION) || e.matches(&exceptions::GENERATOR_EXIT))
    {
        return PyErr::empty(&exceptions::STOP_ITERATION);
    }
    e
}

/// `yield_close`: the generator yielded a value while being closed.
fn athrow_ignored_exit(o: &AsyncGenAThrow) -> PyErr {
    generator_of(&o.agen).running_async.set(false);
    o.state.set(AwaitState::Closed);
    runtime_error(IGNORED_EXIT)
}

fn already_running(o: &AsyncGenAThrow) -> PyErr {
    o.state.set(AwaitState::Closed);
    let what = if o.throw_args.is_none() {
        "aclose"
    } else {
        "athrow"
    };
    runtime_error(format!(
        "{what}(): asynchronous generator is already running"
    ))
}

/// `async_gen_athrow_send`.
fn athrow_step(w: &Value, arg: Value) -> PyResult {
    let o = athrow_of(w);
    let gn = generator_of(&o.agen);
    if o.state.get() == AwaitState::Closed {
        return Err(runtime_error(ATHROW_REUSED));
    }
    if gn.frame.borrow().is_none() && !gn.running.get() {
        o.state.set(AwaitState::Closed);
        return Err(PyErr::empty(&exceptions::STOP_ITERATION));
    }
    if o.state.get() == AwaitState::Init {
        if gn.running_async.get() {
            return Err(already_running(o));
        }
        if gn.closed.get() {
            o.state.set(AwaitState::Closed);
            return Err(PyErr::empty(&exceptions::STOP_ASYNC_ITERATION));
        }
        if !is_none(&arg) {
            return Err(runtime_error(
                "can't send non-None value to a just-started coroutine",
            ));
        }
        o.state.set(AwaitState::Iter);
        gn.running_async.set(true);
        let r = match &o.throw_args {
            None => {
                gn.closed.set(true);
                let r = agen_result(throw_into(
                    &o.agen,
                    PyErr::empty(&exceptions::GENERATOR_EXIT),
                    false,
                ));
                if r.as_ref()
                    .is_ok_and(|v| v.downcast::<AsyncGenWrapped>().is_some())
                {
                    return Err(athrow_ignored_exit(o));
                }
                r
            }
            Some(args) => {
                let r =
                    throw_exception(args).and_then(|e| agen_result(throw_into(&o.agen, e, false)));
                agen_unwrap(&o.agen, r)
            }
        };
        return r.map_err(|e| athrow_error(o, e));
    }
    let r = agen_result(resume(&o.agen, arg, None));
    if o.throw_args.is_some() {
        return agen_unwrap(&o.agen, r);
    }
    match r {
        Ok(v) if v.downcast::<AsyncGenWrapped>().is_some() => Err(athrow_ignored_exit(o)),
        Ok(v) => Ok(v),
        Err(e) => Err(athrow_error(o, e)),
    }
}

/// `async_gen_athrow_throw`.
fn athrow_throw_args(w: &Value, args: &[Value]) -> PyResult {
    let o = athrow_of(w);
    let gn = generator_of(&o.agen);
    match o.state.get() {
        AwaitState::Closed => return Err(runtime_error(ATHROW_REUSED)),
        AwaitState::Init => {
            if gn.running_async.get() {
                return Err(already_running(o));
            }
            o.state.set(AwaitState::Iter);
            gn.running_async.set(true);
        }
        AwaitState::Iter => {}
    }
    let r = agen_result(throw_with_args(&o.agen, args, "throw", true));
    if o.throw_args.is_some() {
        let r = agen_unwrap(&o.agen, r);
        if r.is_err() {
            gn.running_async.set(false);
            o.state.set(AwaitState::Closed);
        }
        return r;
    }
    match r {
        Ok(v) if v.downcast::<AsyncGenWrapped>().is_some() => Err(athrow_ignored_exit(o)),
        Ok(v) => Ok(v),
        Err(e) => Err(athrow_error(o, e)),
    }
}

fn athrow_next(w: &Value) -> PyResult<Option<Value>> {
    stop_to_exhausted(athrow_step(w, none()))
}

fn athrow_send(w: &Value, args: Args) -> PyResult {
    athrow_step(w, args.one("send")?.clone())
}

fn athrow_throw(w: &Value, args: Args) -> PyResult {
    athrow_throw_args(w, args.range("throw", "throw", 1, 3)?)
}

fn athrow_close(w: &Value, args: Args) -> PyResult {
    args.none("close")?;
    if athrow_of(w).state.get() == AwaitState::Closed {
        return Ok(none());
    }
    awaitable_close(|e| athrow_throw_args(w, &[e.into_value()]))
}

fn athrow_finalize(w: &Value) {
    let o = athrow_of(w);
    if o.state.get() == AwaitState::Init {
        let method = if o.throw_args.is_some() {
            "athrow"
        } else {
            "aclose"
        };
        warn_unawaited(w, &o.agen, method);
    }
}

builtin_type!(pub static ASYNC_GEN_ATHROW_TYPE: AsyncGenAThrow = TypeSpec {
    name: "async_generator_athrow",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(self_iter), iternext: Some(athrow_next), finalize: Some(athrow_finalize), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("send", athrow_send, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."),
        MethodDef::new("throw", athrow_throw, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python."),
        MethodDef::new("close", athrow_close, "close() -> raise GeneratorExit inside generator."),
        AWAIT_SELF,
    ],
    ..TypeSpec::DEFAULT
});

fn new_athrow(agen: &Value, throw_args: Option<Vec<Value>>) -> Value {
    alloc_typed(
        &TypeRef::from_static(&ASYNC_GEN_ATHROW_TYPE),
        AsyncGenAThrow {
            agen: agen.clone(),
            throw_args,
            state: Cell::new(AwaitState::Init),
        },
    )
}

/// `async_gen_init_hooks`: on the first `__anext__`/`asend`/`athrow`/
/// `aclose`, the finalizer hook in force is kept and `firstiter` is called.
fn init_hooks(g: &Value) -> PyResult<()> {
    let gn = generator_of(g);
    if gn.hooks_inited.replace(true) {
        return Ok(());
    }
    let (firstiter, finalizer) = crate::sysmod::asyncgen_hooks();
    *gn.finalizer.borrow_mut() = finalizer;
    if let Some(firstiter) = firstiter {
        protocol::call(&firstiter, std::slice::from_ref(g), None)?;
    }
    Ok(())
}

fn agen_anext(g: &Value, args: Args) -> PyResult {
    args.none("__anext__")?;
    init_hooks(g)?;
    Ok(new_asend(g, none()))
}

fn agen_asend(g: &Value, args: Args) -> PyResult {
    let v = args.one("asend")?;
    init_hooks(g)?;
    Ok(new_asend(g, v.clone()))
}

fn agen_athrow(g: &Value, args: Args) -> PyResult {
    let a = args.range("athrow", "athrow", 1, 3)?;
    if a.len() > 1 {
        ouro_objects::warnings::deprecation(
            "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
        )?;
    }
    init_hooks(g)?;
    Ok(new_athrow(g, Some(a.to_vec())))
}

fn agen_aclose(g: &Value, args: Args) -> PyResult {
    args.none("aclose")?;
    init_hooks(g)?;
    Ok(new_athrow(g, None))
}

fn agen_aiter(g: &Value, args: Args) -> PyResult {
    args.none("__aiter__")?;
    Ok(g.clone())
}

fn agen_running(g: &Value) -> PyResult {
    Ok(pybool::py_bool(generator_of(g).running_async.get()))
}

builtin_subtype!(pub static ASYNC_GENERATOR_TYPE: Generator as GENERATOR_TYPE = TypeSpec {
    name: "async_generator",
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE | flags::WEAKREFS_BEFORE_FINALIZE,
    base: Some(&ouro_objects::typeobj::OBJECT_TYPE),
    slots: SlotDefs { repr: Some(gen_repr), finalize: Some(gen_finalize), traverse: Some(gen_traverse), clear: Some(gen_clear), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("asend", agen_asend, "asend(v) -> send 'v' in generator."),
        MethodDef::new("athrow", agen_athrow, "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python."),
        MethodDef::new("aclose", agen_aclose, "aclose() -> raise GeneratorExit inside generator."),
        MethodDef::new("__aiter__", agen_aiter, "__aiter__($self, /)\n--\n\nReturn an awaitable, that resolves in asynchronous iterator."),
        MethodDef::new("__anext__", agen_anext, "__anext__($self, /)\n--\n\nReturn a value or raise StopAsyncIteration."),
        ouro_objects::genericalias::CLASS_GETITEM_DEF,
    ],
    getsets: &[
        GetSetDef::with_setter("__name__", |g| Ok(generator_of(g).name.borrow().clone()), set_name),
        GetSetDef::with_setter("__qualname__", |g| Ok(generator_of(g).qualname.borrow().clone()), set_qualname),
        GetSetDef::getter("ag_await", gen_yieldfrom),
        GetSetDef::getter("ag_frame", gen_frame),
        GetSetDef::member("ag_running", agen_running, None),
        GetSetDef::getter("ag_code", gen_code),
        GetSetDef::getter("ag_suspended", gen_suspended),
    ],
    ..TypeSpec::DEFAULT
});

/// `anext_awaitable`: what `anext(it, default)` returns; the wrapped
/// awaitable's `StopAsyncIteration` becomes `StopIteration(default)`
/// (mirrors Objects/iterobject.c's anextawaitable).
pub struct AnextAwaitable {
    wrapped: Value,
    default: Value,
}

pub fn anext_awaitable(wrapped: Value, default: Value) -> Value {
    alloc_typed(
        &TypeRef::from_static(&ANEXT_AWAITABLE_TYPE),
        AnextAwaitable { wrapped, default },
    )
}

fn anext_of(w: &Value) -> &AnextAwaitable {
    w.downcast::<AnextAwaitable>().expect("anext_awaitable")
}

/// `anextawaitable_getiter`: the iterator behind the wrapped awaitable.
fn anext_iter(o: &AnextAwaitable) -> PyResult {
    let it = awaitable_iter(&o.wrapped)?;
    if is_coroutine(&it) {
        return coro_await(&it, Args::new(&[], None));
    }
    Ok(it)
}

fn anext_default(o: &AnextAwaitable, r: PyResult) -> PyResult {
    match r {
        Err(e) if e.matches(&exceptions::STOP_ASYNC_ITERATION) => {
            Err(exceptions::stop_iteration(o.default.clone()))
        }
        r => r,
    }
}

fn anext_next(w: &Value) -> PyResult<Option<Value>> {
    let o = anext_of(w);
    let it = anext_iter(o)?;
    match protocol::iternext(&it) {
        Err(e) if e.matches(&exceptions::STOP_ASYNC_ITERATION) => {
            Err(exceptions::stop_iteration(o.default.clone()))
        }
        r => r,
    }
}

fn anext_proxy(w: &Value, method: &str, args: &[Value]) -> PyResult {
    let o = anext_of(w);
    let it = anext_iter(o)?;
    anext_default(o, protocol::call_method(&it, method, args))
}

fn anext_send(w: &Value, args: Args) -> PyResult {
    anext_proxy(w, "send", &[args.one("send")?.clone()])
}

fn anext_throw(w: &Value, args: Args) -> PyResult {
    anext_proxy(w, "throw", args.range("throw", "throw", 1, 3)?)
}

fn anext_close(w: &Value, args: Args) -> PyResult {
    args.none("close")?;
    anext_proxy(w, "close", &[])
}

builtin_type!(pub static ANEXT_AWAITABLE_TYPE: AnextAwaitable = TypeSpec {
    name: "anext_awaitable",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(self_iter), iternext: Some(anext_next), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("send", anext_send, "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."),
        MethodDef::new("throw", anext_throw, "throw(value)\nthrow(typ[,val[,tb]])\n\nraise exception in the wrapped iterator, return next yielded value\nor raise StopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python."),
        MethodDef::new("close", anext_close, "close() -> raise GeneratorExit inside generator."),
        AWAIT_SELF,
    ],
    ..TypeSpec::DEFAULT
});

pub fn is_coroutine(v: &Value) -> bool {
    v.downcast::<Generator>()
        .is_some_and(|g| g.kind == Kind::Coroutine)
}

/// `GET_AWAITABLE`: a coroutine not awaited elsewhere, or what `__await__`
/// returns.
pub fn get_awaitable(v: &Value, where_: u32) -> PyResult {
    if is_coroutine(v) {
        let g = generator_of(v);
        if g.running.get() || g.frame.borrow().as_ref().and_then(delegate_of).is_some() {
            return Err(runtime_error("coroutine is being awaited already"));
        }
        return Ok(v.clone());
    }
    if where_ != 0 && v.type_obj().payload().lookup_str("__await__").is_none() {
        return Err(type_error(format!(
            "'async with' received an object from __a{}__ that does not implement __await__: {}",
            if where_ == 1 { "enter" } else { "exit" },
            protocol::type_name(v)
        )));
    }
    awaitable_iter(v)
}

/// `gen_is_coroutine`: a plain generator whose code carries `CO_ITERABLE_COROUTINE`
/// (`@types.coroutine`), awaitable as itself.
fn is_iterable_coroutine(v: &Value) -> bool {
    v.downcast::<Generator>().is_some_and(|g| {
        g.kind == Kind::Generator
            && g.code
                .downcast::<ouro_objects::code::Code>()
                .is_some_and(|c| c.flags & co::ITERABLE_COROUTINE != 0)
    })
}

/// `_PyCoro_GetAwaitableIter`: a coroutine, or what `__await__` returns.
fn awaitable_iter(v: &Value) -> PyResult {
    if is_coroutine(v) || is_iterable_coroutine(v) {
        return Ok(v.clone());
    }
    if let Some(it) = protocol::call_dunder(v, "__await__", &[])? {
        if is_coroutine(&it) || it.type_obj().payload().slots.iternext.get().is_none() {
            return Err(type_error(format!(
                "__await__() returned {}",
                if is_coroutine(&it) {
                    "a coroutine".to_string()
                } else {
                    format!("non-iterator of type '{}'", protocol::type_name(&it))
                }
            )));
        }
        return Ok(it);
    }
    Err(type_error(format!(
        "'{}' object can't be awaited",
        protocol::type_name(v)
    )))
}

pub fn get_aiter(v: &Value) -> PyResult {
    let Some(it) = protocol::call_dunder(v, "__aiter__", &[])? else {
        return Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            protocol::type_name(v)
        )));
    };
    if it.type_obj().payload().lookup_str("__anext__").is_none() {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            protocol::type_name(&it)
        )));
    }
    Ok(it)
}

/// `PyObject_GetAIter`, the `aiter()` built-in.
pub fn aiter(v: &Value) -> PyResult {
    let Some(it) = protocol::call_dunder(v, "__aiter__", &[])? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            protocol::type_name(v)
        )));
    };
    if it.type_obj().payload().lookup_str("__anext__").is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            protocol::type_name(&it)
        )));
    }
    Ok(it)
}

pub fn get_anext(v: &Value) -> PyResult {
    let Some(awaitable) = protocol::call_dunder(v, "__anext__", &[])? else {
        return Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            protocol::type_name(v)
        )));
    };
    get_awaitable(&awaitable, 0).map_err(|_| {
        type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            protocol::type_name(&awaitable)
        ))
    })
}

/// `INTRINSIC_STOPITERATION_ERROR` (PEP 479): a `StopIteration` escaping a
/// generator becomes `RuntimeError`.
pub fn stop_iteration_error(f: &Frame, exc: Value) -> Value {
    let flags = f.code.flags;
    let what = if flags & co::COROUTINE != 0 {
        "coroutine"
    } else if flags & co::ASYNC_GENERATOR != 0 {
        "async generator"
    } else {
        "generator"
    };
    let ty = exc.type_obj().payload();
    let msg = if ty.is_subtype(exceptions::STOP_ITERATION.payload()) {
        format!("{what} raised StopIteration")
    } else if flags & co::ASYNC_GENERATOR != 0
        && ty.is_subtype(exceptions::STOP_ASYNC_ITERATION.payload())
    {
        "async generator raised StopAsyncIteration".to_string()
    } else {
        return exc;
    };
    let new = exceptions::new_exception(&exceptions::RUNTIME_ERROR, &msg);
    if let (Some(n), Some(_)) = (
        new.downcast::<BaseException>(),
        exc.downcast::<BaseException>(),
    ) {
        n.set_cause(Some(exc.clone()));
        n.set_context(Some(exc));
    }
    new
}
