//! Buffer exporters defined outside `objects` (`mmap.mmap`): how the bytes-like checks, `bytes()` and `memoryview` read and write their memory; a small stand-in for CPython's `bf_getbuffer`/`bf_releasebuffer` slots.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::core::{PyObj, TypeRef, Value};
use crate::err::PyResult;
use crate::typeobj::TypeObject;

/// Where an exporter's memory is: its address and length.
pub type AddressFn = fn(&Value) -> PyResult<(usize, usize)>;

/// One exporting type (and its subclasses).
pub struct BufferExporter {
    pub ty: &'static PyObj<TypeObject>,
    /// The current contents, or why the object cannot export now (a
    /// closed mmap's ValueError).
    pub read: fn(&Value) -> PyResult<Vec<u8>>,
    /// Stores `data` at byte `offset` (memoryview item assignment).
    pub write: fn(&Value, usize, &[u8]) -> PyResult<()>,
    pub readonly: fn(&Value) -> bool,
    /// Counts a view taken (+1) or released (-1), so the exporter can
    /// refuse to close or resize while views exist.
    pub exports: fn(&Value, isize),
    /// The address and length of the memory itself, for exporters whose
    /// memory stays put while exported (an mmap): what ctypes'
    /// `from_buffer` needs to share it rather than copy it.
    pub address: Option<AddressFn>,
}

static EXPORTERS: Mutex<Vec<&'static BufferExporter>> = Mutex::new(Vec::new());

/// Whether any exporter is registered: the bytes-like checks of every
/// non-bytes object skip the table until then.
static ANY: AtomicBool = AtomicBool::new(false);

/// Registers an exporting type (once, when its module is created).
pub fn register(exporter: &'static BufferExporter) {
    let mut all = EXPORTERS.lock().unwrap_or_else(|e| e.into_inner());
    if !all.iter().any(|e| std::ptr::eq(*e, exporter)) {
        all.push(exporter);
    }
    ANY.store(true, Ordering::Release);
}

/// The exporter of `v`'s type, if any.
pub fn exporter(v: &Value) -> Option<&'static BufferExporter> {
    if !ANY.load(Ordering::Acquire) {
        return None;
    }
    let all = EXPORTERS.lock().unwrap_or_else(|e| e.into_inner());
    all.iter()
        .copied()
        .find(|e| crate::protocol::is_instance_of(v, &TypeRef::from_static(e.ty)))
}

/// `PyObject_GetBuffer` for an exporter defined outside `objects`: `None`
/// when `v` is not one.
pub fn export(v: &Value) -> Option<PyResult<Vec<u8>>> {
    exporter(v).map(|e| (e.read)(v))
}

/// The contents of an exporter defined outside `objects`, if it can export.
pub fn read(v: &Value) -> Option<Vec<u8>> {
    export(v).and_then(Result::ok)
}
