//! Generators and coroutines: objects owning a suspended frame, resumed by `send`/`throw`/`close` and by the `SEND` instruction; mirrors Objects/genobject.c.

use std::cell::{Cell, RefCell};

use ouro_objects::args::Args;
use ouro_objects::builtin_subtype;
use ouro_objects::builtin_type;
use ouro_objects::code::co;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error, value_error};
use ouro_objects::exceptions::{self, BaseException};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, protocol};

use crate::frame::Frame;
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
    name: RefCell<Value>,
    qualname: RefCell<Value>,
    code: Value,
}

thread_local! {
    /// Generators being resumed, innermost last (where a yield stores its frame).
    static RESUMING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
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
    Ok(alloc_typed(
        &TypeRef::from_static(ty),
        Generator {
            frame: RefCell::new(Some(frame)),
            kind,
            started: Cell::new(false),
            running: Cell::new(false),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            code,
        },
    ))
}

/// Stores a yielding frame back into the generator being resumed.
pub fn suspend(frame: Frame) {
    let g = RESUMING.with(|r| r.borrow().last().cloned());
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
    frame.entry = true;
    if exc.is_none() {
        interp::push(&mut frame, value);
    }
    gn.running.set(true);
    RESUMING.with(|r| r.borrow_mut().push(g.clone()));
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
            None => protocol::next(receiver),
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
    if a.len() > 1 {
        ouro_objects::warnings::deprecation(
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
        )?;
    }
    let e = throw_exception(a)?;
    match throw_into(g, e)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(returned_to_stop(r)),
    }
}

/// `_gen_throw`: a generator in `yield from` first passes the exception to
/// its sub-iterator (closing it for `GeneratorExit`).
fn throw_into(g: &Value, e: PyErr) -> PyResult<SendResult> {
    let gn = generator_of(g);
    let delegate = gn.frame.borrow().as_ref().and_then(delegate_of);
    let Some(yf) = delegate.filter(|_| !gn.running.get()) else {
        return resume(g, none(), Some(e));
    };
    if e.matches(&exceptions::GENERATOR_EXIT) {
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
        throw_into(&yf, e.clone()).map(|r| match r {
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
    match throw_into(g, exit) {
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

/// `tp_finalize`: a suspended generator is closed when it is deallocated.
fn gen_finalize(g: &Value) {
    let gn = generator_of(g);
    if !gn.started.get() || gn.frame.borrow().is_none() {
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
    Ok(match gn.frame.borrow().as_ref() {
        Some(f) => f.meta.frame_object(),
        None => none(),
    })
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

builtin_type!(pub static GENERATOR_TYPE: Generator = TypeSpec {
    name: "generator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(gen_repr), iter: Some(self_iter), iternext: Some(gen_iternext), finalize: Some(gen_finalize), ..SlotDefs::NONE },
    methods: GEN_METHODS,
    getsets: &[
        GetSetDef::with_setter("__name__", |g| Ok(generator_of(g).name.borrow().clone()), set_name),
        GetSetDef::with_setter("__qualname__", |g| Ok(generator_of(g).qualname.borrow().clone()), set_qualname),
        GetSetDef::getter("gi_yieldfrom", gen_yieldfrom),
        GetSetDef::member("gi_running", gen_running, None),
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
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(gen_repr), ..SlotDefs::NONE },
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
        GetSetDef::member("cr_running", gen_running, None),
        GetSetDef::getter("cr_frame", gen_frame),
        GetSetDef::getter("cr_code", gen_code),
        GetSetDef::getter("cr_suspended", gen_suspended),
        GetSetDef::member("cr_origin", |_| Ok(none()), None),
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

/// An async generator's `__anext__`/`asend`/`athrow` awaitable: resumes the
/// async generator; a plain `yield` inside it (wrapped by
/// `INTRINSIC_ASYNC_GEN_WRAP`) ends the await with `StopIteration(value)`.
pub struct AsyncGenSend {
    agen: Value,
    value: RefCell<Option<Value>>,
    throw: RefCell<Option<PyErr>>,
    done: Cell<bool>,
    close: bool,
}

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

fn asend_step(w: &Value, value: Value, exc: Option<PyErr>) -> PyResult {
    let s = w.downcast::<AsyncGenSend>().expect("async_generator_asend");
    if s.done.get() {
        return Err(runtime_error(
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let first = s.value.borrow_mut().take();
    let first_exc = s.throw.borrow_mut().take();
    let (value, exc) = match (first, first_exc) {
        (Some(v), None) => (v, exc),
        (None, Some(e)) => (value, Some(e)),
        _ => (value, exc),
    };
    let r = resume(&s.agen, value, exc);
    match r {
        Ok(SendResult::Yielded(y)) => {
            if let Some(wrapped) = y.downcast::<AsyncGenWrapped>() {
                s.done.set(true);
                if s.close {
                    return Err(runtime_error("async generator ignored GeneratorExit"));
                }
                return Err(exceptions::stop_iteration(wrapped.0.clone()));
            }
            Ok(y)
        }
        Ok(SendResult::Returned(_)) => {
            s.done.set(true);
            if s.close {
                return Err(PyErr::empty(&exceptions::STOP_ITERATION));
            }
            Err(PyErr::empty(&exceptions::STOP_ASYNC_ITERATION))
        }
        Err(e) => {
            s.done.set(true);
            if s.close
                && (e.matches(&exceptions::GENERATOR_EXIT)
                    || e.matches(&exceptions::STOP_ASYNC_ITERATION))
            {
                return Err(PyErr::empty(&exceptions::STOP_ITERATION));
            }
            Err(e)
        }
    }
}

fn asend_next(w: &Value) -> PyResult<Option<Value>> {
    match asend_step(w, none(), None) {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if e.matches(&exceptions::STOP_ITERATION)
                && is_none(&exceptions::stop_iteration_value(e.value()))
                && e.value()
                    .downcast::<BaseException>()
                    .is_some_and(|b| protocol::len(&b.args()).unwrap_or(0) == 0) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn asend_send(w: &Value, args: Args) -> PyResult {
    asend_step(w, args.one("send")?.clone(), None)
}

fn asend_throw(w: &Value, args: Args) -> PyResult {
    let a = args.range("throw", "throw", 1, 3)?;
    let e = throw_exception(a)?;
    asend_step(w, none(), Some(e))
}

fn asend_close(w: &Value, args: Args) -> PyResult {
    args.none("close")?;
    w.downcast::<AsyncGenSend>().expect("asend").done.set(true);
    Ok(none())
}

builtin_type!(pub static ASYNC_GEN_ASEND_TYPE: AsyncGenSend = TypeSpec {
    name: "async_generator_asend",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(self_iter), iternext: Some(asend_next), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("send", asend_send, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."),
        MethodDef::new("throw", asend_throw, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."),
        MethodDef::new("close", asend_close, "close() -> raise GeneratorExit inside generator."),
        MethodDef::new("__await__", |w, args| {
            args.none("__await__")?;
            Ok(w.clone())
        }, "__await__($self, /)\n--\n\nReturn an iterator to be used in await expression."),
    ],
    ..TypeSpec::DEFAULT
});

fn new_asend(agen: &Value, value: Option<Value>, throw: Option<PyErr>, close: bool) -> Value {
    alloc_typed(
        &TypeRef::from_static(&ASYNC_GEN_ASEND_TYPE),
        AsyncGenSend {
            agen: agen.clone(),
            value: RefCell::new(value.or_else(|| Some(none()))),
            throw: RefCell::new(throw),
            done: Cell::new(false),
            close,
        },
    )
}

fn agen_anext(g: &Value, args: Args) -> PyResult {
    args.none("__anext__")?;
    Ok(new_asend(g, None, None, false))
}

fn agen_asend(g: &Value, args: Args) -> PyResult {
    let v = args.one("asend")?;
    Ok(new_asend(g, Some(v.clone()), None, false))
}

fn agen_athrow(g: &Value, args: Args) -> PyResult {
    let a = args.range("athrow", "athrow", 1, 3)?;
    let e = throw_exception(a)?;
    Ok(new_asend(g, None, Some(e), false))
}

fn agen_aclose(g: &Value, args: Args) -> PyResult {
    args.none("aclose")?;
    let gn = generator_of(g);
    if gn.frame.borrow().is_none() || !gn.started.get() {
        let old = gn.frame.borrow_mut().take();
        drop(old);
        return Ok(new_asend(
            g,
            None,
            Some(PyErr::empty(&exceptions::GENERATOR_EXIT)),
            true,
        ));
    }
    Ok(new_asend(
        g,
        None,
        Some(PyErr::empty(&exceptions::GENERATOR_EXIT)),
        true,
    ))
}

fn agen_aiter(g: &Value, args: Args) -> PyResult {
    args.none("__aiter__")?;
    Ok(g.clone())
}

builtin_subtype!(pub static ASYNC_GENERATOR_TYPE: Generator as GENERATOR_TYPE = TypeSpec {
    name: "async_generator",
    flags: flags::IMMUTABLETYPE,
    base: Some(&ouro_objects::typeobj::OBJECT_TYPE),
    slots: SlotDefs { repr: Some(gen_repr), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("asend", agen_asend, "asend(v) -> send 'v' in generator."),
        MethodDef::new("athrow", agen_athrow, "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator."),
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
        GetSetDef::member("ag_running", gen_running, None),
        GetSetDef::getter("ag_code", gen_code),
        GetSetDef::getter("ag_suspended", gen_suspended),
    ],
    ..TypeSpec::DEFAULT
});

pub fn is_coroutine(v: &Value) -> bool {
    v.downcast::<Generator>()
        .is_some_and(|g| g.kind == Kind::Coroutine)
}

/// `GET_AWAITABLE`: a coroutine, or what `__await__` returns.
pub fn get_awaitable(v: &Value, where_: u32) -> PyResult {
    if is_coroutine(v) {
        let g = generator_of(v);
        if g.running.get() || g.frame.borrow().as_ref().and_then(delegate_of).is_some() {
            return Err(runtime_error("coroutine is being awaited already"));
        }
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
    let msg = match where_ {
        1 => format!(
            "'async with' received an object from __aenter__ that does not implement __await__: {}",
            protocol::type_name(v)
        ),
        2 => format!(
            "'async with' received an object from __aexit__ that does not implement __await__: {}",
            protocol::type_name(v)
        ),
        _ => format!("'{}' object can't be awaited", protocol::type_name(v)),
    };
    Err(type_error(msg))
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
