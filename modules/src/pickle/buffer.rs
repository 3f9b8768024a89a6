//! `pickle.PickleBuffer`: a wrapper marking a buffer for out-of-band pickling (protocol 5), itself exporting that buffer; mirrors Objects/picklebufobject.c.

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::buffer::BufferExporter;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::none::none;
use ouro_objects::slice::Slice;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, bytes, int, memoryview, protocol};

/// Holds a memoryview of the wrapped object until `release()`.
pub struct PickleBuffer {
    view: RefCell<Option<Value>>,
}

fn this(v: &Value) -> &PickleBuffer {
    v.downcast::<PickleBuffer>().expect("PickleBuffer")
}

fn released() -> ouro_objects::PyErr {
    value_error("operation forbidden on released PickleBuffer object")
}

fn view_of(v: &Value) -> PyResult<Value> {
    this(v).view.borrow().clone().ok_or_else(released)
}

/// The bytes a PickleBuffer exposes and whether they are read-only, for
/// the pickler.
pub(crate) fn contents(v: &Value) -> PyResult<(Vec<u8>, bool)> {
    let view = view_of(v)?;
    let contiguous = protocol::is_true(&protocol::getattr_str(&view, "contiguous")?)?;
    if !contiguous {
        return Err(super::error(
            &super::state()?.pickling_error,
            "PickleBuffer can not be pickled when pointing to a non-contiguous buffer",
        ));
    }
    let data = memoryview::view_bytes(&view).unwrap_or_default();
    let readonly = protocol::is_true(&protocol::getattr_str(&view, "readonly")?)?;
    Ok((data, readonly))
}

fn picklebuffer_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [obj] = Args::new(args, kwnames).parse("PickleBuffer", ["buffer"], 1, 1, 1)?;
    let obj = &obj.expect("required");
    if ouro_objects::bytes::as_bytes_like(obj).is_none()
        && ouro_objects::buffer::exporter(obj).is_none()
    {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(obj)
        )));
    }
    let view = memoryview::from_object(obj)?;
    Ok(alloc_typed(
        ty,
        PickleBuffer {
            view: RefCell::new(Some(view)),
        },
    ))
}

fn picklebuffer_raw(v: &Value, args: Args) -> PyResult {
    args.none("raw")?;
    let view = view_of(v)?;
    if !protocol::is_true(&protocol::getattr_str(&view, "contiguous")?)? {
        return Err(ouro_objects::err::PyErr::new(
            &ouro_objects::exceptions::BUFFER_ERROR,
            "cannot extract raw buffer from non-contiguous buffer",
        ));
    }
    protocol::call_method(&view, "cast", &[PyStr::new("B")])
}

fn picklebuffer_release(v: &Value, args: Args) -> PyResult {
    args.none("release")?;
    let view = this(v).view.borrow_mut().take();
    if let Some(view) = view {
        protocol::call_method(&view, "release", &[])?;
    }
    Ok(none())
}

fn picklebuffer_buffer(v: &Value, args: Args) -> PyResult {
    let flags = args.one("__buffer__")?;
    protocol::index(flags)?;
    view_of(v)?;
    memoryview::from_object(v)
}

builtin_type!(pub static PICKLE_BUFFER_TYPE: PickleBuffer = TypeSpec {
    name: "pickle.PickleBuffer",
    doc: Some("Wrapper for potentially out-of-band buffers"),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { new: Some(picklebuffer_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("raw", picklebuffer_raw, "raw($self, /)\n--\n\nReturn a memoryview of the raw memory underlying this buffer.\nWill raise BufferError is the buffer isn't contiguous."),
        MethodDef::new("release", picklebuffer_release, "release($self, /)\n--\n\nRelease the underlying buffer exposed by the PickleBuffer object."),
        MethodDef::new("__buffer__", picklebuffer_buffer, "__buffer__($self, flags, /)\n--\n\nReturn a buffer object that exposes the underlying memory of the object."),
        MethodDef::new("__release_buffer__", memoryview::release_buffer, "__release_buffer__($self, buffer, /)\n--\n\nRelease the buffer object that exposes the underlying memory of the object."),
    ],
    ..TypeSpec::DEFAULT
});

fn export_read(v: &Value) -> PyResult<Vec<u8>> {
    let view = view_of(v)?;
    Ok(memoryview::view_bytes(&view).unwrap_or_default())
}

/// Writes through the held view into the wrapped object.
fn export_write(v: &Value, offset: usize, data: &[u8]) -> PyResult<()> {
    let view = view_of(v)?;
    let flat = protocol::call_method(&view, "cast", &[PyStr::new("B")])?;
    let range = Slice::new(
        int::from_usize(offset),
        int::from_usize(offset + data.len()),
        none(),
    );
    protocol::setitem(&flat, &range, Some(&bytes::new(data.to_vec())))
}

fn export_readonly(v: &Value) -> bool {
    this(v).view.borrow().as_ref().is_none_or(|view| {
        protocol::getattr_str(view, "readonly")
            .and_then(|r| protocol::is_true(&r))
            .unwrap_or(true)
    })
}

/// The held view pins the wrapped object's buffer itself.
fn export_count(_v: &Value, _delta: isize) {}

static EXPORTER: BufferExporter = BufferExporter {
    ty: &PICKLE_BUFFER_TYPE,
    read: export_read,
    write: export_write,
    readonly: export_readonly,
    exports: export_count,
    address: None,
};

pub(crate) fn register() {
    ouro_objects::buffer::register(&EXPORTER);
}
