//! `_pickle`: the C accelerator `pickle` imports (`Pickler`, `Unpickler`, `dump(s)`, `load(s)`, `PickleBuffer` and the pickle errors), writing the same bytes as CPython's C pickler; mirrors Modules/_pickle.c.

mod buffer;
mod load;
mod opcodes;
mod pickler;
mod save;
mod unpickler;

use std::cell::RefCell;
use std::rc::Rc;

use ouro_eval::native_module::{ModuleDef, exception_class};
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, runtime_error};
use ouro_objects::exceptions::{self, EXCEPTION};
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TYPE_TYPE;
use ouro_objects::{PyObj, TypeRef, Value, protocol};

/// What the module keeps from other modules (CPython's `PickleState`):
/// its errors, copyreg's tables, `_compat_pickle`'s name maps and the
/// callables old protocols reduce to.
pub(crate) struct State {
    pub pickling_error: Value,
    pub unpickling_error: Value,
    pub dispatch_table: Value,
    pub extension_registry: Value,
    pub extension_cache: Value,
    pub inverted_registry: Value,
    pub name_mapping_2to3: Value,
    pub import_mapping_2to3: Value,
    pub name_mapping_3to2: Value,
    pub import_mapping_3to2: Value,
    pub codecs_encode: Value,
    pub getattr: Value,
    pub partial: Value,
}

ouro_objects::gil_shared! {
    static STATE: RefCell<Option<Rc<State>>> = const { RefCell::new(None) };
}

/// The module's state; set up when `_pickle` is first imported.
pub(crate) fn state() -> PyResult<Rc<State>> {
    if let Some(st) = STATE.with(|s| s.borrow().clone()) {
        return Ok(st);
    }
    protocol::import_module("_pickle")?;
    STATE
        .with(|s| s.borrow().clone())
        .ok_or_else(|| runtime_error("_pickle is not initialized"))
}

/// An instance of one of the module's exception classes, as a raised error.
pub(crate) fn error(class: &Value, msg: impl Into<String>) -> PyErr {
    match protocol::call1(class, PyStr::new(&msg.into())) {
        Ok(exc) => PyErr::from_instance(exc),
        Err(e) => e,
    }
}

/// `_PyErr_ChainExceptions1`: `cause` becomes the `__context__` of `err`.
pub(crate) fn chained(err: PyErr, cause: PyErr) -> PyErr {
    if let Some(b) = err.value().downcast::<exceptions::BaseException>() {
        b.set_context(Some(cause.into_value()));
    }
    err
}

/// The type name CPython's `%T` shows: the fully qualified name, without
/// the module for `builtins` and `__main__`.
pub(crate) fn type_name(v: &Value) -> String {
    let ty = v.type_value();
    let qualname = protocol::getattr_str(&ty, "__qualname__")
        .map(|q| protocol::str_lossy(&q))
        .unwrap_or_else(|_| v.type_obj().payload().name());
    match protocol::getattr_str(&ty, "__module__") {
        Ok(m)
            if m.downcast::<PyStr>()
                .is_some_and(|s| !s.eq_rust("builtins") && !s.eq_rust("__main__")) =>
        {
            format!("{}.{qualname}", protocol::str_lossy(&m))
        }
        _ => qualname,
    }
}

fn module_attr(module: &Value, name: &str) -> PyResult {
    protocol::getattr_str(module, name)
}

/// Checks that `module.name` is an exact dict, as `_Pickle_InitState` does.
fn dict_attr(module: &Value, module_name: &str, name: &str) -> PyResult {
    let v = module_attr(module, name)?;
    if v.downcast_exact::<Dict>().is_none() {
        return Err(runtime_error(format!(
            "{module_name}.{name} should be a dict, not {}",
            type_name(&v)
        )));
    }
    Ok(v)
}

fn subclass_error(name: &str, base: &Value) -> PyResult {
    let ns = Dict::new_value();
    if let Some(d) = ns.downcast::<Dict>() {
        d.set_str("__module__", PyStr::new("_pickle"));
    }
    protocol::call(
        &TypeRef::from_static(&TYPE_TYPE).into_value(),
        &[PyStr::new(name), Tuple::new(vec![base.clone()]), ns],
        None,
    )
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let pickle_error = exception_class("_pickle", "PickleError", &[&EXCEPTION])?;
    let pickling_error = subclass_error("PicklingError", &pickle_error)?;
    let unpickling_error = subclass_error("UnpicklingError", &pickle_error)?;
    m.set("PickleError", pickle_error);
    m.set("PicklingError", pickling_error.clone());
    m.set("UnpicklingError", unpickling_error.clone());
    let copyreg = protocol::import_module("copyreg")?;
    let compat = protocol::import_module("_compat_pickle")?;
    let codecs = protocol::import_module("codecs")?;
    let functools = protocol::import_module("functools")?;
    let builtins = protocol::import_module("builtins")?;
    let codecs_encode = module_attr(&codecs, "encode")?;
    if !is_callable(&codecs_encode) {
        return Err(runtime_error(format!(
            "codecs.encode should be a callable, not {}",
            type_name(&codecs_encode)
        )));
    }
    let st = State {
        pickling_error,
        unpickling_error,
        dispatch_table: dict_attr(&copyreg, "copyreg", "dispatch_table")?,
        extension_registry: dict_attr(&copyreg, "copyreg", "_extension_registry")?,
        extension_cache: dict_attr(&copyreg, "copyreg", "_extension_cache")?,
        inverted_registry: dict_attr(&copyreg, "copyreg", "_inverted_registry")?,
        name_mapping_2to3: dict_attr(&compat, "_compat_pickle", "NAME_MAPPING")?,
        import_mapping_2to3: dict_attr(&compat, "_compat_pickle", "IMPORT_MAPPING")?,
        name_mapping_3to2: dict_attr(&compat, "_compat_pickle", "REVERSE_NAME_MAPPING")?,
        import_mapping_3to2: dict_attr(&compat, "_compat_pickle", "REVERSE_IMPORT_MAPPING")?,
        codecs_encode,
        getattr: module_attr(&builtins, "getattr")?,
        partial: module_attr(&functools, "partial")?,
    };
    STATE.with(|s| *s.borrow_mut() = Some(Rc::new(st)));
    crate::heaptype::list_module_in_dict(&[
        &pickler::PICKLER_TYPE,
        &unpickler::UNPICKLER_TYPE,
        &pickler::PICKLER_MEMO_PROXY_TYPE,
        &unpickler::UNPICKLER_MEMO_PROXY_TYPE,
    ]);
    buffer::register();
    Ok(())
}

fn types() -> Vec<&'static PyObj<ouro_objects::typeobj::TypeObject>> {
    vec![
        &pickler::PICKLER_TYPE,
        &unpickler::UNPICKLER_TYPE,
        &buffer::PICKLE_BUFFER_TYPE,
    ]
}

static FUNCTIONS: [MethodDef; 4] = [
    MethodDef::new(
        "dump",
        pickler::dump,
        "dump($module, /, obj, file, protocol=None, *, fix_imports=True,\n     buffer_callback=None)\n--\n\nWrite a pickled representation of obj to the open file object file.\n\nThis is equivalent to ``Pickler(file, protocol).dump(obj)``, but may\nbe more efficient.\n\nThe optional *protocol* argument tells the pickler to use the given\nprotocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default\nprotocol is 5. It was introduced in Python 3.8, and is incompatible\nwith previous versions.\n\nSpecifying a negative protocol version selects the highest protocol\nversion supported.  The higher the protocol used, the more recent the\nversion of Python needed to read the pickle produced.\n\nThe *file* argument must have a write() method that accepts a single\nbytes argument.  It can thus be a file object opened for binary\nwriting, an io.BytesIO instance, or any other custom object that meets\nthis interface.\n\nIf *fix_imports* is True and protocol is less than 3, pickle will try\nto map the new Python 3 names to the old module names used in Python\n2, so that the pickle data stream is readable with Python 2.\n\nIf *buffer_callback* is None (the default), buffer views are serialized\ninto *file* as part of the pickle stream.  It is an error if\n*buffer_callback* is not None and *protocol* is None or smaller than 5.",
    ),
    MethodDef::new(
        "dumps",
        pickler::dumps,
        "dumps($module, /, obj, protocol=None, *, fix_imports=True,\n      buffer_callback=None)\n--\n\nReturn the pickled representation of the object as a bytes object.\n\nThe optional *protocol* argument tells the pickler to use the given\nprotocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default\nprotocol is 5. It was introduced in Python 3.8, and is incompatible\nwith previous versions.\n\nSpecifying a negative protocol version selects the highest protocol\nversion supported.  The higher the protocol used, the more recent the\nversion of Python needed to read the pickle produced.\n\nIf *fix_imports* is True and *protocol* is less than 3, pickle will\ntry to map the new Python 3 names to the old module names used in\nPython 2, so that the pickle data stream is readable with Python 2.\n\nIf *buffer_callback* is None (the default), buffer views are serialized\ninto *file* as part of the pickle stream.  It is an error if\n*buffer_callback* is not None and *protocol* is None or smaller than 5.",
    ),
    MethodDef::new(
        "load",
        unpickler::load,
        "load($module, /, file, *, fix_imports=True, encoding='ASCII',\n     errors='strict', buffers=())\n--\n\nRead and return an object from the pickle data stored in a file.\n\nThis is equivalent to ``Unpickler(file).load()``, but may be more\nefficient.\n\nThe protocol version of the pickle is detected automatically, so no\nprotocol argument is needed.  Bytes past the pickled object's\nrepresentation are ignored.\n\nThe argument *file* must have two methods, a read() method that takes\nan integer argument, and a readline() method that requires no\narguments.  Both methods should return bytes.  Thus *file* can be a\nbinary file object opened for reading, an io.BytesIO object, or any\nother custom object that meets this interface.\n\nOptional keyword arguments are *fix_imports*, *encoding* and *errors*,\nwhich are used to control compatibility support for pickle stream\ngenerated by Python 2.  If *fix_imports* is True, pickle will try to\nmap the old Python 2 names to the new names used in Python 3.  The\n*encoding* and *errors* tell pickle how to decode 8-bit string\ninstances pickled by Python 2; these default to 'ASCII' and 'strict',\nrespectively.  The *encoding* can be 'bytes' to read these 8-bit\nstring instances as bytes objects.",
    ),
    MethodDef::new(
        "loads",
        unpickler::loads,
        "loads($module, data, /, *, fix_imports=True, encoding='ASCII',\n      errors='strict', buffers=())\n--\n\nRead and return an object from the given pickle data.\n\nThe protocol version of the pickle is detected automatically, so no\nprotocol argument is needed.  Bytes past the pickled object's\nrepresentation are ignored.\n\nOptional keyword arguments are *fix_imports*, *encoding* and *errors*,\nwhich are used to control compatibility support for pickle stream\ngenerated by Python 2.  If *fix_imports* is True, pickle will try to\nmap the old Python 2 names to the new names used in Python 3.  The\n*encoding* and *errors* tell pickle how to decode 8-bit string\ninstances pickled by Python 2; these default to 'ASCII' and 'strict',\nrespectively.  The *encoding* can be 'bytes' to read these 8-bit\nstring instances as bytes objects.",
    ),
];

pub static MODULE: ModuleDef = ModuleDef {
    name: "_pickle",
    doc: "Optimized C implementation for the Python pickle module.",
    functions: &FUNCTIONS,
    types,
    init,
};

/// What both memo proxies' `__reduce__` return: `(dict, (contents,))`.
pub(crate) fn reduce_to_dict(contents: Value) -> Value {
    Tuple::new(vec![
        TypeRef::from_static(&ouro_objects::dict::DICT_TYPE).into_value(),
        Tuple::new(vec![contents]),
    ])
}

/// The keyword-only flags every entry point parses: `fix_imports`.
pub(crate) fn flag(v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => protocol::is_true(&v),
        None => Ok(default),
    }
}

/// Whether `e` is an instance of the exception class `cls`.
pub(crate) fn err_is(e: &PyErr, cls: &Value) -> bool {
    TypeRef::from_value(cls).is_some_and(|t| protocol::is_instance_of(e.value(), &t))
}

/// `PyCallable_Check`.
pub(crate) fn is_callable(v: &Value) -> bool {
    v.type_obj().payload().slots.call.get().is_some()
}
