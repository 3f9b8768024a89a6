//! `_sqlite3`: the DB-API 2.0 driver behind the `sqlite3` package over the SQLite C library; mirrors
//! Modules/_sqlite/module.c (module functions, exceptions, constants) and microprotocols.c (adapters).
//!
//! SQLite itself comes from libsqlite3-sys's bundled amalgamation (nothing to install); `ffi` holds every
//! unsafe call. `connection` is Modules/_sqlite/connection.c, `cursor` is cursor.c with row.c and
//! statement.c, `blob` is blob.c.

mod blob;
mod connection;
mod consts;
mod cursor;
mod ffi;

use std::cell::{Cell, RefCell};
use std::ffi::c_int;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TYPE_TYPE, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, exceptions, int, protocol};

pub use connection::CONNECTION_TYPE;

const PARSE_DECLTYPES: i64 = 1;
const PARSE_COLNAMES: i64 = 2;
/// `LEGACY_TRANSACTION_CONTROL`: the pre-3.12 implicit-BEGIN transaction handling.
const LEGACY: i64 = -1;

/// The DB-API exception classes, in the order they are made.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Exc {
    Warning,
    Error,
    InterfaceError,
    DatabaseError,
    InternalError,
    OperationalError,
    ProgrammingError,
    IntegrityError,
    DataError,
    NotSupportedError,
}

const EXC_NAMES: [(&str, Option<Exc>); 10] = [
    ("Warning", None),
    ("Error", None),
    ("InterfaceError", Some(Exc::Error)),
    ("DatabaseError", Some(Exc::Error)),
    ("InternalError", Some(Exc::DatabaseError)),
    ("OperationalError", Some(Exc::DatabaseError)),
    ("ProgrammingError", Some(Exc::DatabaseError)),
    ("IntegrityError", Some(Exc::DatabaseError)),
    ("DataError", Some(Exc::DatabaseError)),
    ("NotSupportedError", Some(Exc::DatabaseError)),
];

ouro_objects::gil_shared! {
    static CLASSES: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static ADAPTERS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static CONVERTERS: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// Set once an adapter is registered for int, float, str or bytearray: then those need adapting too.
    static BASE_TYPE_ADAPTED: Cell<bool> = const { Cell::new(false) };
    static CALLBACK_TRACEBACKS: Cell<bool> = const { Cell::new(false) };
}

pub fn exc_class(kind: Exc) -> Value {
    CLASSES
        .with(|c| c.borrow().get(kind as usize).cloned())
        .unwrap_or_else(|| TypeRef::from_static(&exceptions::EXCEPTION).into_value())
}

pub fn exc(kind: Exc, msg: impl Into<String>) -> PyErr {
    match protocol::call1(&exc_class(kind), PyStr::new(&msg.into())) {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

fn error_name(code: c_int) -> Option<&'static str> {
    consts::RESULT_CODES
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(n, _)| *n)
}

/// `set_error_from_code`/`_pysqlite_seterror`: the exception for result code `rc`, with SQLite's message and
/// the extended code as `sqlite_errorcode`/`sqlite_errorname`.
pub fn db_error(db: &ffi::Db) -> PyErr {
    code_error(db.extended_errcode(), &db.errmsg())
}

pub fn code_error(code: c_int, msg: &str) -> PyErr {
    use libsqlite3_sys as sys;
    let kind = match code & 0xff {
        sys::SQLITE_INTERNAL | sys::SQLITE_NOTFOUND => Exc::InternalError,
        sys::SQLITE_NOMEM => return PyErr::empty(&exceptions::MEMORY_ERROR),
        sys::SQLITE_ERROR
        | sys::SQLITE_PERM
        | sys::SQLITE_ABORT
        | sys::SQLITE_BUSY
        | sys::SQLITE_LOCKED
        | sys::SQLITE_READONLY
        | sys::SQLITE_INTERRUPT
        | sys::SQLITE_IOERR
        | sys::SQLITE_FULL
        | sys::SQLITE_CANTOPEN
        | sys::SQLITE_PROTOCOL
        | sys::SQLITE_EMPTY
        | sys::SQLITE_SCHEMA => Exc::OperationalError,
        sys::SQLITE_CORRUPT => Exc::DatabaseError,
        sys::SQLITE_TOOBIG => Exc::DataError,
        sys::SQLITE_CONSTRAINT | sys::SQLITE_MISMATCH => Exc::IntegrityError,
        sys::SQLITE_MISUSE | sys::SQLITE_RANGE => Exc::InterfaceError,
        _ => Exc::DatabaseError,
    };
    let e = exc(kind, msg);
    let inst = e.value();
    let name = error_name(code).map_or_else(|| PyStr::new("unknown"), PyStr::new);
    if protocol::setattr(
        inst,
        &PyStr::new("sqlite_errorcode"),
        Some(&int::from_i64(code.into())),
    )
    .is_err()
        || protocol::setattr(inst, &PyStr::new("sqlite_errorname"), Some(&name)).is_err()
    {
        return e;
    }
    e
}

/// Reports an exception raised by a user callback as CPython does when `enable_callback_tracebacks(True)`.
pub fn report_callback_error(e: &PyErr) {
    if CALLBACK_TRACEBACKS.with(Cell::get) {
        ouro_objects::err::write_unraisable(e, "Exception ignored in user-defined function");
    }
}

pub fn adapters() -> Value {
    ADAPTERS
        .with(|a| a.borrow().clone())
        .unwrap_or_else(Dict::new_value)
}

pub fn converters() -> Value {
    CONVERTERS
        .with(|a| a.borrow().clone())
        .unwrap_or_else(Dict::new_value)
}

pub fn base_type_adapted() -> bool {
    BASE_TYPE_ADAPTED.with(Cell::get)
}

fn prepare_protocol() -> Value {
    TypeRef::from_static(&PREPARE_PROTOCOL_TYPE).into_value()
}

/// `pysqlite_microprotocols_adapt`: the registered adapter, then `proto.__adapt__`, then `obj.__conform__`;
/// `alt` (or ProgrammingError "can't adapt") when none applies.
pub fn adapt_value(obj: &Value, proto: &Value, alt: Option<&Value>) -> PyResult {
    let key = Tuple::new(vec![obj.type_value(), proto.clone()]);
    let adapters = adapters();
    if let Some(d) = adapters.downcast::<Dict>()
        && let Some(adapter) = d.get_item_opt(&key)?
    {
        return protocol::call1(&adapter, obj.clone());
    }
    for (target, name, arg) in [(proto, "__adapt__", obj), (obj, "__conform__", proto)] {
        if let Some(f) = protocol::getattr_opt(target, &PyStr::new(name))? {
            match protocol::call1(&f, arg.clone()) {
                Ok(v) if !is_none(&v) => return Ok(v),
                Ok(_) => {}
                Err(e) if e.matches(&exceptions::TYPE_ERROR) => {}
                Err(e) => return Err(e),
            }
        }
    }
    match alt {
        Some(v) => Ok(v.clone()),
        None => Err(exc(Exc::ProgrammingError, "can't adapt")),
    }
}

fn m_adapt(_m: &Value, args: Args) -> PyResult {
    let [obj, proto, alt] = args.parse("adapt", ["obj", "proto", "alt"], 3, 1, 3)?;
    let obj = obj.unwrap_or_else(none);
    let proto = proto.unwrap_or_else(prepare_protocol);
    adapt_value(&obj, &proto, alt.as_ref())
}

fn m_register_adapter(_m: &Value, args: Args) -> PyResult {
    let [ty, caster] = args.parse("register_adapter", ["type", "adapter"], 2, 2, 2)?;
    let (ty, caster) = (ty.unwrap_or_else(none), caster.unwrap_or_else(none));
    if [
        &ouro_objects::int::INT_TYPE,
        &ouro_objects::float::FLOAT_TYPE,
        &ouro_objects::str::STR_TYPE,
        &ouro_objects::bytearray::BYTEARRAY_TYPE,
    ]
    .iter()
    .any(|t| ty.is(&TypeRef::from_static(t).into_value()))
    {
        BASE_TYPE_ADAPTED.with(|b| b.set(true));
    }
    let key = Tuple::new(vec![ty, prepare_protocol()]);
    if let Some(d) = adapters().downcast::<Dict>() {
        d.set_item(key, caster)?;
    }
    Ok(none())
}

fn m_register_converter(_m: &Value, args: Args) -> PyResult {
    let [name, caster] = args.parse("register_converter", ["typename", "converter"], 2, 2, 2)?;
    let (name, caster) = (name.unwrap_or_else(none), caster.unwrap_or_else(none));
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "register_converter() argument 1 must be str, not {}",
            ouro_objects::args::arg_type_name(&name)
        )));
    }
    let upper = protocol::call_method(&name, "upper", &[])?;
    if let Some(d) = converters().downcast::<Dict>() {
        d.set_item(upper, caster)?;
    }
    Ok(none())
}

fn m_complete_statement(_m: &Value, args: Args) -> PyResult {
    let [stmt] = args.parse("complete_statement", ["statement"], 0, 1, 1)?;
    let stmt = stmt.unwrap_or_else(none);
    let Some(s) = stmt.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "complete_statement() argument 'statement' must be str, not {}",
            ouro_objects::args::arg_type_name(&stmt)
        )));
    };
    Ok(pybool::py_bool(ffi::complete(
        s.to_string_lossy().as_bytes(),
    )))
}

fn m_enable_callback_tracebacks(_m: &Value, args: Args) -> PyResult {
    let [enable] = args.parse("enable_callback_tracebacks", ["enable"], 1, 1, 1)?;
    let on = int::to_i64(&protocol::index(&enable.unwrap_or_else(none))?).unwrap_or(1) != 0;
    CALLBACK_TRACEBACKS.with(|c| c.set(on));
    Ok(none())
}

/// `connect(database, ...)`: `factory(database, ...)` with the same arguments.
fn m_connect(_m: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    let mut kw = args.keywords();
    let factory = match kw
        .iter()
        .position(|(k, _)| k.downcast::<PyStr>().is_some_and(|s| s.eq_rust("factory")))
    {
        Some(i) => kw.remove(i).1,
        None if pos.len() > 5 => pos[5].clone(),
        None => TypeRef::from_static(&CONNECTION_TYPE).into_value(),
    };
    let mut call_args: Vec<Value> = pos
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 5)
        .map(|(_, v)| v.clone())
        .collect();
    let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
    call_args.extend(kw.into_iter().map(|(_, v)| v));
    let kwnames = (!names.is_empty()).then(|| Tuple::new(names));
    protocol::call(&factory, &call_args, kwnames.as_ref())
}

/// `sqlite3.PrepareProtocol`: the protocol object adapters are registered for.
pub struct PrepareProtocol;

builtin_type!(pub static PREPARE_PROTOCOL_TYPE: PrepareProtocol = TypeSpec {
    name: "sqlite3.PrepareProtocol",
    doc: Some("PEP 246 style object adaption protocol type."),
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(prepare_protocol_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

fn prepare_protocol_new(ty: &TypeRef, _args: &[Value], _kw: Option<&Value>) -> PyResult {
    Ok(ouro_objects::core::alloc_typed(ty, PrepareProtocol))
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    crate::heaptype::list_module_in_dict(&[
        &PREPARE_PROTOCOL_TYPE,
        &CONNECTION_TYPE,
        &cursor::CURSOR_TYPE,
        &cursor::ROW_TYPE,
        &blob::BLOB_TYPE,
        &connection::STATEMENT_TYPE,
    ]);
    let mut classes: Vec<Value> = Vec::new();
    for (name, base) in EXC_NAMES {
        let base = match base {
            Some(b) => classes[b as usize].clone(),
            None => TypeRef::from_static(&exceptions::EXCEPTION).into_value(),
        };
        let ns = Dict::new_value();
        if let Some(d) = ns.downcast::<Dict>() {
            d.set_str("__module__", PyStr::new("sqlite3"));
        }
        let cls = protocol::call(
            &TypeRef::from_static(&TYPE_TYPE).into_value(),
            &[PyStr::new(name), Tuple::new(vec![base]), ns],
            None,
        )?;
        m.set(name, cls.clone());
        classes.push(cls);
    }
    CLASSES.with(|c| *c.borrow_mut() = classes);
    let adapters = Dict::new_value();
    let converters = Dict::new_value();
    m.set("adapters", adapters.clone());
    m.set("converters", converters.clone());
    ADAPTERS.with(|a| *a.borrow_mut() = Some(adapters));
    CONVERTERS.with(|a| *a.borrow_mut() = Some(converters));
    for (name, value) in consts::RESULT_CODES.iter().chain(consts::OTHER_CONSTANTS) {
        m.set(name, int::from_i64((*value).into()));
    }
    m.set("PARSE_DECLTYPES", int::from_i64(PARSE_DECLTYPES));
    m.set("PARSE_COLNAMES", int::from_i64(PARSE_COLNAMES));
    m.set("LEGACY_TRANSACTION_CONTROL", int::from_i64(LEGACY));
    m.set("sqlite_version", PyStr::new(&ffi::libversion()));
    // The amalgamation is built with SQLITE_THREADSAFE=1 (serialized), which DB-API calls level 3.
    m.set("threadsafety", int::from_i64(3));
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_sqlite3",
    doc: "",
    functions: &[
        MethodDef::new(
            "adapt",
            m_adapt,
            "adapt($module, obj, proto=PrepareProtocolType, alt=<unrepresentable>, /)\n--\n\nAdapt given object to given protocol.",
        ),
        MethodDef::new(
            "complete_statement",
            m_complete_statement,
            "complete_statement($module, /, statement)\n--\n\nChecks if a string contains a complete SQL statement.",
        ),
        MethodDef::new(
            "connect",
            m_connect,
            "connect($module, /, database, timeout=5.0, detect_types=0,\n        isolation_level='', check_same_thread=True,\n        factory=ConnectionType, cached_statements=128, uri=False, *,\n        autocommit=sqlite3.LEGACY_TRANSACTION_CONTROL)\n--\n\nOpen a connection to the SQLite database file 'database'.\n\nYou can use \":memory:\" to open a database connection to a database that\nresides in RAM instead of on disk.",
        ),
        MethodDef::new(
            "enable_callback_tracebacks",
            m_enable_callback_tracebacks,
            "enable_callback_tracebacks($module, enable, /)\n--\n\nEnable or disable callback functions throwing errors to stderr.",
        ),
        MethodDef::new(
            "register_adapter",
            m_register_adapter,
            "register_adapter($module, type, adapter, /)\n--\n\nRegister a function to adapt Python objects to SQLite values.",
        ),
        MethodDef::new(
            "register_converter",
            m_register_converter,
            "register_converter($module, typename, converter, /)\n--\n\nRegister a function to convert SQLite values to Python objects.",
        ),
    ],
    types: || {
        vec![
            &PREPARE_PROTOCOL_TYPE,
            &CONNECTION_TYPE,
            &cursor::CURSOR_TYPE,
            &cursor::ROW_TYPE,
            &blob::BLOB_TYPE,
        ]
    },
    init,
};
