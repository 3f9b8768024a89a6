//! `callable_iterator` (`iter(callable, sentinel)`): calls until the result equals the sentinel; mirrors Objects/iterobject.c's calliter.

use std::cell::RefCell;

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, Value};
use crate::descr::MethodDef;
use crate::err::PyResult;
use crate::exceptions;
use crate::protocol;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

/// (callable, sentinel) until exhaustion, then nothing.
pub struct CallableIter(RefCell<Option<(Value, Value)>>);

/// `iter(callable, sentinel)` once the builtin has checked `callable`.
pub fn new(callable: Value, sentinel: Value) -> Value {
    Ref::new(CallableIter(RefCell::new(Some((callable, sentinel))))).into_value()
}

fn calliter_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn calliter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<CallableIter>().expect("callable_iterator");
    let Some((callable, sentinel)) = it.0.borrow().clone() else {
        return Ok(None);
    };
    let finish = || {
        let old = it.0.borrow_mut().take();
        drop(old);
    };
    match protocol::call0(&callable) {
        Ok(x) => {
            if protocol::eq(&sentinel, &x)? {
                finish();
                return Ok(None);
            }
            Ok(Some(x))
        }
        Err(e) if e.matches(&exceptions::STOP_ITERATION) => {
            finish();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `(iter, (callable, sentinel))`, or `(iter, ((),))` once exhausted.
fn calliter_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let it = v.downcast::<CallableIter>().expect("callable_iterator");
    let state = match it.0.borrow().clone() {
        Some((callable, sentinel)) => Tuple::new(vec![callable, sentinel]),
        None => Tuple::new(vec![Tuple::empty()]),
    };
    Ok(Tuple::new(vec![crate::module::builtin("iter")?, state]))
}

/// `calliter_traverse`.
fn calliter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<CallableIter>()
        && let Ok(pair) = it.0.try_borrow()
        && let Some((callable, sentinel)) = pair.as_ref()
    {
        visit(callable);
        visit(sentinel);
    }
}

/// The iterator is exhausted once cleared.
fn calliter_clear(v: &Value) {
    if let Some(it) = v.downcast::<CallableIter>() {
        let old = it.0.try_borrow_mut().ok().and_then(|mut p| p.take());
        drop(old);
    }
}

builtin_type!(pub static CALLABLE_ITER_TYPE: CallableIter = TypeSpec {
    name: "callable_iterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(calliter_traverse), clear: Some(calliter_clear), iter: Some(calliter_iter), iternext: Some(calliter_next), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reduce__", calliter_reduce, "Return state information for pickling.")],
    ..TypeSpec::DEFAULT
});
