//! The PEP 695 intrinsics (`TypeVar`, `ParamSpec`, `TypeVarTuple`, `Generic[...]`, `type X = ...`); CPython implements them in Objects/typevarobject.c. Not built yet: they raise `NotImplementedError` naming the construct, so programs see a Python exception, never a crash.

use ouro_bytecode::oparg::Intrinsic1;
use ouro_objects::Value;
use ouro_objects::err::{PyErr, PyResult};
use ouro_objects::exceptions;

fn unsupported(what: &str) -> PyErr {
    PyErr::new(
        &exceptions::NOT_IMPLEMENTED_ERROR,
        format!("Ouro does not support {what} (PEP 695) yet"),
    )
}

pub fn intrinsic1(which: Intrinsic1, _v: Value) -> PyResult {
    Err(unsupported(which.name()))
}

pub fn intrinsic2(which: u32, _v1: Value, _v2: Value) -> PyResult {
    Err(unsupported(&format!("intrinsic {which}")))
}
