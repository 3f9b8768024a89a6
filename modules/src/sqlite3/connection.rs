//! `sqlite3.Connection`: opening, transactions (isolation_level and 3.12's autocommit), user functions,
//! aggregates, collations, hooks, backup, blobs, limits, config and (de)serialization; mirrors
//! Modules/_sqlite/connection.c.

use std::cell::{Cell, RefCell};
use std::ffi::c_int;
use std::rc::Rc;

use libsqlite3_sys as sys;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{
    TypeRef, Value, bool as pybool, builtin_type, bytes, exceptions, float, int, protocol,
};

use super::cursor::{self, CURSOR_TYPE};
use super::ffi::{self, AggregateFns, Db, Out, SqlValue};
use super::{Exc, LEGACY, code_error, db_error, exc, exc_class, report_callback_error};

pub struct Connection {
    db: RefCell<Option<Rc<Db>>>,
    initialized: Cell<bool>,
    pub detect_types: Cell<i64>,
    /// `None`: autocommit in legacy mode; otherwise the BEGIN qualifier ("", "DEFERRED", ...).
    isolation_level: RefCell<Option<String>>,
    autocommit: Cell<i64>,
    pub row_factory: RefCell<Value>,
    pub text_factory: RefCell<Value>,
    blobs: RefCell<Vec<std::rc::Weak<ffi::Blob>>>,
}

pub fn this(v: &Value) -> &Connection {
    v.downcast::<Connection>().expect("Connection")
}

impl Connection {
    /// `pysqlite_check_connection`: the open database, or ProgrammingError.
    pub fn db(&self) -> PyResult<Rc<Db>> {
        if !self.initialized.get() {
            return Err(exc(
                Exc::ProgrammingError,
                "Base Connection.__init__ not called.",
            ));
        }
        self.db.borrow().clone().ok_or_else(|| {
            exc(
                Exc::ProgrammingError,
                "Cannot operate on a closed database.",
            )
        })
    }

    /// Whether DML statements get an implicit BEGIN first, and the BEGIN statement for it.
    pub fn implicit_begin(&self) -> Option<String> {
        if self.autocommit.get() != LEGACY {
            return None;
        }
        self.isolation_level
            .borrow()
            .as_ref()
            .map(|level| format!("BEGIN {level}"))
    }

    pub fn track_blob(&self, blob: &Rc<ffi::Blob>) {
        let mut blobs = self.blobs.borrow_mut();
        blobs.retain(|b| b.strong_count() > 0);
        blobs.push(Rc::downgrade(blob));
    }
}

/// Runs one statement to completion, ignoring rows (BEGIN, COMMIT, ROLLBACK).
pub fn exec(db: &Rc<Db>, sql: &str) -> PyResult<()> {
    let (stmt, _) = db.prepare(sql.as_bytes()).map_err(|_| db_error(db))?;
    if let Some(stmt) = stmt {
        let rc = stmt.step();
        if rc != ffi::SQLITE_DONE && rc != ffi::SQLITE_ROW {
            return Err(db_error(db));
        }
    }
    Ok(())
}

fn conn_new(ty: &TypeRef, _args: &[Value], _kw: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        Connection {
            db: RefCell::new(None),
            initialized: Cell::new(false),
            detect_types: Cell::new(0),
            isolation_level: RefCell::new(Some(String::new())),
            autocommit: Cell::new(LEGACY),
            row_factory: RefCell::new(none()),
            text_factory: RefCell::new(
                TypeRef::from_static(&ouro_objects::str::STR_TYPE).into_value(),
            ),
            blobs: RefCell::new(Vec::new()),
        },
    ))
}

/// The isolation level a str names, or the error for anything else.
fn isolation_level_arg(v: &Value) -> PyResult<Option<String>> {
    if is_none(v) {
        return Ok(None);
    }
    let Some(s) = v.downcast::<PyStr>() else {
        return Err(type_error("isolation_level must be str or None"));
    };
    let level = s.to_string_lossy();
    match level.to_ascii_uppercase().as_str() {
        "" | "DEFERRED" | "IMMEDIATE" | "EXCLUSIVE" => Ok(Some(level.to_ascii_uppercase())),
        _ => Err(value_error(
            "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'",
        )),
    }
}

fn autocommit_arg(v: &Value) -> PyResult<i64> {
    if v.is(&pybool::py_bool(true)) {
        return Ok(1);
    }
    if v.is(&pybool::py_bool(false)) {
        return Ok(0);
    }
    if int::is_int(v) && int::to_i64(v) == Some(LEGACY) {
        return Ok(LEGACY);
    }
    Err(value_error(
        "autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL",
    ))
}

fn conn_init(v: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<()> {
    let args = Args::new(args, kw);
    let names = [
        "database",
        "timeout",
        "detect_types",
        "isolation_level",
        "check_same_thread",
        "factory",
        "cached_statements",
        "uri",
        "autocommit",
    ];
    let [
        database,
        timeout,
        detect_types,
        isolation_level,
        _check_same_thread,
        _factory,
        _cached,
        uri,
        autocommit,
    ] = args.parse("Connection", names, 0, 1, 8)?;
    let database = crate::posix::fspath(&database.unwrap_or_else(none))?;
    let path = if database.downcast::<PyStr>().is_some() {
        crate::posix::fsencode(&database)?
    } else {
        bytes::as_bytes_like(&database).unwrap_or_default()
    };
    let timeout = match timeout {
        Some(t) => float::float_of(&t)?,
        None => 5.0,
    };
    let detect_types = match detect_types {
        Some(d) => int::to_i64(&protocol::index(&d)?).unwrap_or(0),
        None => 0,
    };
    let isolation_level = match isolation_level {
        Some(l) => isolation_level_arg(&l)?,
        None => Some(String::new()),
    };
    let uri = match uri {
        Some(u) => protocol::is_true(&u)?,
        None => false,
    };
    let autocommit = match autocommit {
        Some(a) => autocommit_arg(&a)?,
        None => LEGACY,
    };
    let mut open_flags = ffi::SQLITE_OPEN_READWRITE | ffi::SQLITE_OPEN_CREATE;
    if uri {
        open_flags |= ffi::SQLITE_OPEN_URI;
    }
    let db = Db::open(&path, open_flags).map_err(|msg| code_error(sys::SQLITE_CANTOPEN, &msg))?;
    db.busy_timeout((timeout * 1000.0) as c_int);
    // libsqlite3-sys builds SQLite with SQLITE_DEFAULT_FOREIGN_KEYS=1; CPython links a stock SQLite where
    // foreign key enforcement starts off.
    db.config_bool(sys::SQLITE_DBCONFIG_ENABLE_FKEY, 0)
        .map_err(|_| db_error(&db))?;
    let c = this(v);
    if let Some(old) = c.db.replace(Some(db.clone())) {
        old.close();
    }
    c.initialized.set(true);
    c.detect_types.set(detect_types);
    *c.isolation_level.borrow_mut() = isolation_level;
    c.autocommit.set(autocommit);
    *c.row_factory.borrow_mut() = none();
    *c.text_factory.borrow_mut() = TypeRef::from_static(&ouro_objects::str::STR_TYPE).into_value();
    if autocommit == 0 {
        exec(&db, "BEGIN")?;
    }
    Ok(())
}

fn conn_finalize(v: &Value) {
    if let Some(c) = v.downcast::<Connection>()
        && let Some(db) = c.db.take()
    {
        db.close();
    }
}

fn conn_cursor(v: &Value, args: Args) -> PyResult {
    let [factory] = args.parse("cursor", ["factory"], 0, 0, 1)?;
    this(v).db()?;
    let factory = factory.unwrap_or_else(|| TypeRef::from_static(&CURSOR_TYPE).into_value());
    let cur = protocol::call1(&factory, v.clone())?;
    if cur.downcast::<cursor::Cursor>().is_none() {
        return Err(type_error(format!(
            "factory must return a cursor, not {}",
            arg_type_name(&cur)
        )));
    }
    let rf = this(v).row_factory.borrow().clone();
    if !is_none(&rf) {
        cursor::set_row_factory(&cur, rf);
    }
    Ok(cur)
}

fn conn_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let c = this(v);
    if !c.initialized.get() {
        return Err(exc(
            Exc::ProgrammingError,
            "Base Connection.__init__ not called.",
        ));
    }
    let db = c.db.borrow().clone();
    if let Some(db) = db {
        for blob in c.blobs.take() {
            if let Some(b) = blob.upgrade() {
                b.close();
            }
        }
        if c.autocommit.get() == 0 && !db.autocommit() {
            exec(&db, "ROLLBACK")?;
        }
        c.db.take();
        db.close();
    }
    Ok(none())
}

pub fn commit(v: &Value) -> PyResult<()> {
    let c = this(v);
    let db = c.db()?;
    match c.autocommit.get() {
        LEGACY if !db.autocommit() => exec(&db, "COMMIT"),
        0 => {
            exec(&db, "COMMIT")?;
            exec(&db, "BEGIN")
        }
        _ => Ok(()),
    }
}

fn rollback(v: &Value) -> PyResult<()> {
    let c = this(v);
    let db = c.db()?;
    match c.autocommit.get() {
        LEGACY if !db.autocommit() => exec(&db, "ROLLBACK"),
        0 => {
            exec(&db, "ROLLBACK")?;
            exec(&db, "BEGIN")
        }
        _ => Ok(()),
    }
}

fn conn_commit(v: &Value, args: Args) -> PyResult {
    args.none("commit")?;
    commit(v).map(|()| none())
}

fn conn_rollback(v: &Value, args: Args) -> PyResult {
    args.none("rollback")?;
    rollback(v).map(|()| none())
}

fn new_cursor(v: &Value) -> PyResult {
    protocol::call_method(v, "cursor", &[])
}

fn conn_execute(v: &Value, args: Args) -> PyResult {
    let [sql, params] = args.parse("execute", ["sql", "parameters"], 2, 1, 2)?;
    let cur = new_cursor(v)?;
    cursor::execute(&cur, &sql.unwrap_or_else(none), params, false, "execute")?;
    Ok(cur)
}

fn conn_executemany(v: &Value, args: Args) -> PyResult {
    let [sql, params] = args.parse("executemany", ["sql", "parameters"], 2, 2, 2)?;
    let cur = new_cursor(v)?;
    cursor::execute(&cur, &sql.unwrap_or_else(none), params, true, "executemany")?;
    Ok(cur)
}

fn conn_executescript(v: &Value, args: Args) -> PyResult {
    let [script] = args.parse("executescript", ["sql_script"], 1, 1, 1)?;
    let cur = new_cursor(v)?;
    cursor::executescript(&cur, &script.unwrap_or_else(none))?;
    Ok(cur)
}

fn name_arg(fname: &str, v: &Value) -> PyResult<String> {
    match v.downcast::<PyStr>() {
        Some(s) => Ok(s.to_string_lossy()),
        None => Err(type_error(format!(
            "{fname}() argument 1 must be str, not {}",
            arg_type_name(v)
        ))),
    }
}

fn c_int_arg(v: &Value) -> PyResult<c_int> {
    int::index_as_c_int(v)
}

// ---- values across the SQLite boundary ----

/// `_pysqlite_build_py_params`: SQLite values as Python objects.
fn sql_to_py(args: &[SqlValue]) -> PyResult<Vec<Value>> {
    args.iter()
        .map(|a| match a {
            SqlValue::Null => Ok(none()),
            SqlValue::Int(n) => Ok(int::from_i64(*n)),
            SqlValue::Float(f) => Ok(float::new(*f)),
            SqlValue::Text(t) => std::str::from_utf8(t)
                .map(PyStr::new)
                .map_err(|_| PyErr::new(&exceptions::UNICODE_DECODE_ERROR, "invalid utf-8")),
            SqlValue::Blob(b) => Ok(bytes::new(b.clone())),
        })
        .collect()
}

/// `_pysqlite_set_result`: a Python result as an SQLite value; `None` for an unsupported type.
fn py_to_sql(v: &Value) -> PyResult<Option<SqlValue>> {
    if is_none(v) {
        return Ok(Some(SqlValue::Null));
    }
    if int::is_int(v) {
        return match int::to_i64(v) {
            Some(n) => Ok(Some(SqlValue::Int(n))),
            None => Err(PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "Python int too large to convert to SQLite INTEGER",
            )),
        };
    }
    if let Some(f) = float::as_f64(v) {
        return Ok(Some(SqlValue::Float(f)));
    }
    if let Some(s) = v.downcast::<PyStr>() {
        return match s.to_str() {
            Some(text) => Ok(Some(SqlValue::Text(text.into_bytes()))),
            None => Err(PyErr::new(
                &exceptions::UNICODE_ENCODE_ERROR,
                "surrogates not allowed",
            )),
        };
    }
    Ok(bytes::as_bytes_like(v).map(SqlValue::Blob))
}

fn result_of(v: PyResult, msg: &str) -> Out {
    match v.and_then(|r| py_to_sql(&r)) {
        Ok(Some(value)) => Out::Value(value),
        Ok(None) => Out::Error(msg.to_string()),
        Err(e) => {
            report_callback_error(&e);
            Out::Error(msg.to_string())
        }
    }
}

fn run_scalar(callable: &Value, args: &[SqlValue]) -> Out {
    let result = sql_to_py(args).and_then(|a| protocol::call(callable, &a, None));
    result_of(result, "user-defined function raised exception")
}

fn agg_error(method: &str, e: Option<PyErr>) -> Out {
    match e {
        Some(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => Out::Error(format!(
            "user-defined aggregate's '{method}' method not defined"
        )),
        Some(e) => {
            report_callback_error(&e);
            Out::Error(format!(
                "user-defined aggregate's '{method}' method raised error"
            ))
        }
        None => Out::Error(format!(
            "user-defined aggregate's '{method}' method raised error"
        )),
    }
}

fn agg_call(inst: &Value, method: &str, args: &[SqlValue]) -> Result<Value, Out> {
    let f = protocol::getattr_str(inst, method).map_err(|e| agg_error(method, Some(e)))?;
    let args = sql_to_py(args).map_err(|e| agg_error(method, Some(e)))?;
    protocol::call(&f, &args, None).map_err(|e| agg_error(method, Some(e)))
}

fn agg_result(inst: &Value, method: &str) -> Out {
    match agg_call(inst, method, &[]) {
        Ok(r) => match py_to_sql(&r) {
            Ok(Some(v)) => Out::Value(v),
            Ok(None) => agg_error(method, None),
            Err(e) => agg_error(method, Some(e)),
        },
        Err(out) => out,
    }
}

static AGGREGATE_FNS: AggregateFns = AggregateFns {
    new: |cls| protocol::call0(cls).map_err(|e| agg_error("__init__", Some(e))),
    step: |inst, args| agg_call(inst, "step", args).map(drop),
    inverse: |inst, args| agg_call(inst, "inverse", args).map(drop),
    value: |inst| agg_result(inst, "value"),
    finalize: |inst| agg_result(inst, "finalize"),
};

fn check_created(db: &Db, rc: c_int) -> PyResult {
    if rc == ffi::SQLITE_OK {
        Ok(none())
    } else {
        Err(exc(
            Exc::OperationalError,
            db.errmsg_or("Error creating function"),
        ))
    }
}

impl Db {
    fn errmsg_or(&self, fallback: &str) -> String {
        let msg = self.errmsg();
        if msg == "not an error" {
            fallback.to_string()
        } else {
            msg
        }
    }
}

fn conn_create_function(v: &Value, args: Args) -> PyResult {
    let [name, narg, func, deterministic] = args.parse(
        "create_function",
        ["name", "narg", "func", "deterministic"],
        0,
        3,
        3,
    )?;
    let db = this(v).db()?;
    let name = name_arg("create_function", &name.unwrap_or_else(none))?;
    let narg = c_int_arg(&narg.unwrap_or_else(none))?;
    let func = func.unwrap_or_else(none);
    let mut flags = sys::SQLITE_UTF8;
    if let Some(d) = deterministic
        && protocol::is_true(&d)?
    {
        flags |= sys::SQLITE_DETERMINISTIC;
    }
    let rc = db.create_function(&name, narg, flags, func, run_scalar);
    check_created(&db, rc)
}

fn conn_create_aggregate(v: &Value, args: Args) -> PyResult {
    let [name, narg, cls] = args.parse(
        "create_aggregate",
        ["name", "n_arg", "aggregate_class"],
        0,
        3,
        3,
    )?;
    let db = this(v).db()?;
    let name = name_arg("create_aggregate", &name.unwrap_or_else(none))?;
    let narg = c_int_arg(&narg.unwrap_or_else(none))?;
    let cls = cls.unwrap_or_else(none);
    let rc = db.create_aggregate(&name, narg, sys::SQLITE_UTF8, cls, &AGGREGATE_FNS, false);
    check_created(&db, rc)
}

fn conn_create_window_function(v: &Value, args: Args) -> PyResult {
    let [name, narg, cls] = args.parse(
        "create_window_function",
        ["name", "num_params", "aggregate_class"],
        3,
        3,
        3,
    )?;
    let db = this(v).db()?;
    let name = name_arg("create_window_function", &name.unwrap_or_else(none))?;
    let narg = c_int_arg(&narg.unwrap_or_else(none))?;
    let cls = cls.unwrap_or_else(none);
    let rc = if is_none(&cls) {
        db.delete_function(&name, narg, sys::SQLITE_UTF8)
    } else {
        db.create_aggregate(&name, narg, sys::SQLITE_UTF8, cls, &AGGREGATE_FNS, true)
    };
    if rc == ffi::SQLITE_OK {
        Ok(none())
    } else {
        Err(exc(Exc::ProgrammingError, db.errmsg()))
    }
}

fn run_collation(callable: &Value, a: &[u8], b: &[u8]) -> c_int {
    let args = [
        PyStr::new(&String::from_utf8_lossy(a)),
        PyStr::new(&String::from_utf8_lossy(b)),
    ];
    match protocol::call(callable, &args, None) {
        Ok(r) if int::is_int(&r) => {
            if int::is_negative(&r) {
                -1
            } else if int::to_i64(&r) == Some(0) {
                0
            } else {
                1
            }
        }
        Ok(_) => 0,
        Err(e) => {
            report_callback_error(&e);
            0
        }
    }
}

fn conn_create_collation(v: &Value, args: Args) -> PyResult {
    let [name, callback] = args.parse("create_collation", ["name", "callback"], 2, 2, 2)?;
    let db = this(v).db()?;
    let name = name_arg("create_collation", &name.unwrap_or_else(none))?;
    let callback = callback.unwrap_or_else(none);
    let hook = if is_none(&callback) {
        None
    } else {
        if callback.type_obj().payload().slots.call.get().is_none() {
            return Err(type_error("parameter must be callable"));
        }
        Some((callback, run_collation as ffi::CollationRun))
    };
    let rc = db.create_collation(&name, hook);
    if rc == ffi::SQLITE_OK {
        Ok(none())
    } else {
        Err(db_error(&db))
    }
}

fn opt_str(b: Option<Vec<u8>>) -> Value {
    b.map_or_else(none, |b| PyStr::new(&String::from_utf8_lossy(&b)))
}

fn run_authorizer(callable: &Value, action: c_int, args: [Option<Vec<u8>>; 4]) -> c_int {
    let [a, b, c, d] = args;
    let call_args = [
        int::from_i64(action.into()),
        opt_str(a),
        opt_str(b),
        opt_str(c),
        opt_str(d),
    ];
    match protocol::call(callable, &call_args, None) {
        Ok(r) if int::is_int(&r) => int::to_i64(&r)
            .and_then(|n| c_int::try_from(n).ok())
            .unwrap_or(sys::SQLITE_DENY),
        Ok(_) => sys::SQLITE_DENY,
        Err(e) => {
            report_callback_error(&e);
            sys::SQLITE_DENY
        }
    }
}

fn run_progress(callable: &Value) -> c_int {
    match protocol::call0(callable).and_then(|r| protocol::is_true(&r)) {
        Ok(stop) => c_int::from(stop),
        Err(e) => {
            report_callback_error(&e);
            1
        }
    }
}

fn run_trace(callable: &Value, sql: &[u8]) {
    if let Err(e) = protocol::call1(callable, PyStr::new(&String::from_utf8_lossy(sql))) {
        report_callback_error(&e);
    }
}

fn conn_set_authorizer(v: &Value, args: Args) -> PyResult {
    let [callback] = args.parse("set_authorizer", ["authorizer_callback"], 0, 1, 1)?;
    let db = this(v).db()?;
    let callback = callback.unwrap_or_else(none);
    if is_none(&callback) {
        db.set_authorizer(None);
    } else {
        db.set_authorizer(Some((callback, run_authorizer)));
    }
    Ok(none())
}

fn conn_set_progress_handler(v: &Value, args: Args) -> PyResult {
    let [callback, n] = args.parse("set_progress_handler", ["progress_handler", "n"], 0, 2, 2)?;
    let db = this(v).db()?;
    let callback = callback.unwrap_or_else(none);
    let n = c_int_arg(&n.unwrap_or_else(none))?;
    if is_none(&callback) {
        db.set_progress_handler(0, None);
    } else {
        db.set_progress_handler(n, Some((callback, run_progress)));
    }
    Ok(none())
}

fn conn_set_trace_callback(v: &Value, args: Args) -> PyResult {
    let [callback] = args.parse("set_trace_callback", ["trace_callback"], 0, 1, 1)?;
    let db = this(v).db()?;
    let callback = callback.unwrap_or_else(none);
    if is_none(&callback) {
        db.set_trace(None);
    } else {
        db.set_trace(Some((callback, run_trace)));
    }
    Ok(none())
}

fn conn_interrupt(v: &Value, args: Args) -> PyResult {
    args.none("interrupt")?;
    this(v).db()?.interrupt();
    Ok(none())
}

fn conn_iterdump(v: &Value, args: Args) -> PyResult {
    let [filter] = args.parse("iterdump", ["filter"], 0, 0, 0)?;
    this(v).db()?;
    let dump = protocol::import_module("sqlite3.dump")?;
    let f = protocol::getattr_str(&dump, "_iterdump")?;
    protocol::call(
        &f,
        &[v.clone(), filter.unwrap_or_else(none)],
        Some(&Tuple::new(vec![PyStr::new("filter")])),
    )
}

fn conn_backup(v: &Value, args: Args) -> PyResult {
    let [target, pages, progress, name, sleep] = args.parse(
        "backup",
        ["target", "pages", "progress", "name", "sleep"],
        0,
        1,
        1,
    )?;
    let db = this(v).db()?;
    let target = target.unwrap_or_else(none);
    let Some(tc) = target.downcast::<Connection>() else {
        return Err(type_error(format!(
            "backup() argument 'target' must be sqlite3.Connection, not {}",
            arg_type_name(&target)
        )));
    };
    let tdb = tc.db()?;
    if target.is(v) {
        return Err(value_error("target cannot be the same connection instance"));
    }
    let mut pages = match pages {
        Some(p) => c_int_arg(&p)?,
        None => -1,
    };
    if pages == 0 {
        pages = -1;
    }
    let progress = progress.filter(|p| !is_none(p));
    if let Some(p) = &progress
        && p.type_obj().payload().slots.call.get().is_none()
    {
        return Err(type_error("progress argument must be a callable"));
    }
    let name = match name {
        Some(n) => name_arg("backup", &n)?,
        None => "main".to_string(),
    };
    let sleep_s = match sleep {
        Some(s) => float::float_of(&s)?,
        None => 0.25,
    };
    if sleep_s < 0.0 {
        return Err(value_error("sleep must be greater-than or equal to zero"));
    }
    let mut report = |status: c_int, remaining: c_int, count: c_int| -> PyResult<()> {
        if let Some(p) = &progress {
            protocol::call(
                p,
                &[
                    int::from_i64(status.into()),
                    int::from_i64(remaining.into()),
                    int::from_i64(count.into()),
                ],
                None,
            )?;
        }
        Ok(())
    };
    let nap = || std::thread::sleep(std::time::Duration::from_secs_f64(sleep_s));
    let rc = db.backup(&tdb, &name, pages, &mut report, &nap)?;
    if rc != ffi::SQLITE_OK {
        return Err(db_error(&tdb));
    }
    Ok(none())
}

fn conn_blobopen(v: &Value, args: Args) -> PyResult {
    let [table, column, row, readonly, name] = args.parse(
        "blobopen",
        ["table", "column", "row", "readonly", "name"],
        3,
        3,
        3,
    )?;
    let c = this(v);
    let db = c.db()?;
    let table = name_arg("blobopen", &table.unwrap_or_else(none))?;
    let column = name_arg("blobopen", &column.unwrap_or_else(none))?;
    let row = int::to_i64(&protocol::index(&row.unwrap_or_else(none))?).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C long",
        )
    })?;
    let readonly = match readonly {
        Some(r) => protocol::is_true(&r)?,
        None => false,
    };
    let name = match name {
        Some(n) => name_arg("blobopen", &n)?,
        None => "main".to_string(),
    };
    let blob = db
        .blob_open(&name, &table, &column, row, !readonly)
        .map_err(|_| db_error(&db))?;
    let blob = Rc::new(blob);
    c.track_blob(&blob);
    Ok(super::blob::new_blob(v.clone(), blob))
}

fn conn_serialize(v: &Value, args: Args) -> PyResult {
    let [name] = args.parse("serialize", ["name"], 0, 0, 0)?;
    let db = this(v).db()?;
    let name = match name {
        Some(n) => name_arg("serialize", &n)?,
        None => "main".to_string(),
    };
    match db.serialize(&name) {
        Some(data) => Ok(bytes::new(data)),
        None => Err(exc(
            Exc::OperationalError,
            format!("unable to serialize '{name}'"),
        )),
    }
}

fn conn_deserialize(v: &Value, args: Args) -> PyResult {
    let [data, name] = args.parse("deserialize", ["data", "name"], 1, 1, 1)?;
    let db = this(v).db()?;
    let data = bytes::bytes_from_object(&data.unwrap_or_else(none))?;
    let name = match name {
        Some(n) => name_arg("deserialize", &n)?,
        None => "main".to_string(),
    };
    if db.deserialize(&name, &data) != ffi::SQLITE_OK {
        return Err(db_error(&db));
    }
    Ok(none())
}

fn limit(v: &Value, category: &Value, new: c_int) -> PyResult {
    let db = this(v).db()?;
    let category = c_int_arg(category)?;
    let old = db.limit(category, new);
    if old < 0 {
        return Err(exc(Exc::ProgrammingError, "'category' is out of bounds"));
    }
    Ok(int::from_i64(old.into()))
}

fn conn_setlimit(v: &Value, args: Args) -> PyResult {
    let [category, new] = args.parse("setlimit", ["category", "limit"], 2, 2, 2)?;
    let new = c_int_arg(&new.unwrap_or_else(none))?;
    limit(v, &category.unwrap_or_else(none), new)
}

fn conn_getlimit(v: &Value, args: Args) -> PyResult {
    let [category] = args.parse("getlimit", ["category"], 1, 1, 1)?;
    limit(v, &category.unwrap_or_else(none), -1)
}

fn config_op(v: &Value) -> PyResult<c_int> {
    let op = c_int_arg(v)?;
    let known = super::consts::OTHER_CONSTANTS
        .iter()
        .any(|(n, c)| n.starts_with("SQLITE_DBCONFIG_") && *c == op);
    if known {
        Ok(op)
    } else {
        Err(value_error(format!("unknown config 'op': {op}")))
    }
}

fn conn_setconfig(v: &Value, args: Args) -> PyResult {
    let [op, enable] = args.parse("setconfig", ["op", "enable"], 2, 1, 2)?;
    let db = this(v).db()?;
    let op = config_op(&op.unwrap_or_else(none))?;
    let enable = match enable {
        Some(e) => protocol::is_true(&e)?,
        None => true,
    };
    match db.config_bool(op, c_int::from(enable)) {
        Ok(on) => Ok(pybool::py_bool(on)),
        Err(_) => Err(db_error(&db)),
    }
}

fn conn_getconfig(v: &Value, args: Args) -> PyResult {
    let [op] = args.parse("getconfig", ["op"], 1, 1, 1)?;
    let db = this(v).db()?;
    let op = config_op(&op.unwrap_or_else(none))?;
    match db.config_bool(op, -1) {
        Ok(on) => Ok(pybool::py_bool(on)),
        Err(_) => Err(db_error(&db)),
    }
}

fn conn_enter(v: &Value, args: Args) -> PyResult {
    args.none("__enter__")?;
    this(v).db()?;
    Ok(v.clone())
}

fn conn_exit(v: &Value, args: Args) -> PyResult {
    let [exc_type, _value, _tb] =
        args.parse("__exit__", ["type", "value", "traceback"], 3, 3, 3)?;
    if exc_type.as_ref().is_none_or(is_none) {
        if let Err(e) = commit(v) {
            let _ = rollback(v);
            return Err(e);
        }
    } else {
        rollback(v)?;
    }
    Ok(pybool::py_bool(false))
}

/// `Connection.__call__(sql)`: a prepared statement object (what CPython's statement cache stores).
fn conn_call(v: &Value, args: &[Value], kw: Option<&Value>) -> PyResult {
    let args = Args::new(args, kw);
    args.no_keywords("Connection")?;
    let sql = args.one("Connection")?;
    let db = this(v).db()?;
    let Some(s) = sql.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "argument must be str, not {}",
            arg_type_name(sql)
        )));
    };
    let text = s.to_str().unwrap_or_default();
    let (stmt, used) = db.prepare(text.as_bytes()).map_err(|_| db_error(&db))?;
    if cursor::has_more_sql(&text.as_bytes()[used..]) {
        return Err(exc(
            Exc::ProgrammingError,
            "You can only execute one statement at a time.",
        ));
    }
    Ok(alloc_typed(
        &TypeRef::from_static(&STATEMENT_TYPE),
        Statement {
            _stmt: stmt.map(Rc::new),
        },
    ))
}

pub struct Statement {
    _stmt: Option<Rc<ffi::Stmt>>,
}

builtin_type!(pub static STATEMENT_TYPE: Statement = TypeSpec {
    name: "sqlite3.Statement",
    ..TypeSpec::DEFAULT
});

fn get_isolation_level(v: &Value) -> PyResult {
    let c = this(v);
    c.db()?;
    Ok(c.isolation_level
        .borrow()
        .as_ref()
        .map_or_else(none, |l| PyStr::new(l)))
}

fn set_isolation_level(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(PyErr::new(
            &exceptions::ATTRIBUTE_ERROR,
            "cannot delete attribute",
        ));
    };
    let c = this(v);
    c.db()?;
    let level = isolation_level_arg(value)?;
    if level.is_none() {
        commit(v)?;
    }
    *c.isolation_level.borrow_mut() = level;
    Ok(())
}

fn get_autocommit(v: &Value) -> PyResult {
    let c = this(v);
    c.db()?;
    Ok(match c.autocommit.get() {
        LEGACY => int::from_i64(LEGACY),
        n => pybool::py_bool(n == 1),
    })
}

fn set_autocommit(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(PyErr::new(
            &exceptions::ATTRIBUTE_ERROR,
            "cannot delete attribute",
        ));
    };
    let c = this(v);
    let db = c.db()?;
    let mode = autocommit_arg(value)?;
    c.autocommit.set(mode);
    if mode == 1 && !db.autocommit() {
        exec(&db, "COMMIT")?;
    } else if mode == 0 && db.autocommit() {
        exec(&db, "BEGIN")?;
    }
    Ok(())
}

fn get_in_transaction(v: &Value) -> PyResult {
    Ok(pybool::py_bool(!this(v).db()?.autocommit()))
}

fn get_total_changes(v: &Value) -> PyResult {
    Ok(int::from_i64(this(v).db()?.total_changes()))
}

fn get_row_factory(v: &Value) -> PyResult {
    Ok(this(v).row_factory.borrow().clone())
}

fn set_row_factory(v: &Value, value: Option<&Value>) -> PyResult<()> {
    *this(v).row_factory.borrow_mut() = value.cloned().unwrap_or_else(none);
    Ok(())
}

fn get_text_factory(v: &Value) -> PyResult {
    Ok(this(v).text_factory.borrow().clone())
}

fn set_text_factory(v: &Value, value: Option<&Value>) -> PyResult<()> {
    *this(v).text_factory.borrow_mut() = value.cloned().unwrap_or_else(none);
    Ok(())
}

macro_rules! exc_getters {
    ($($fname:ident => $kind:ident),* $(,)?) => {
        $(fn $fname(_v: &Value) -> PyResult { Ok(exc_class(Exc::$kind)) })*
    };
}

exc_getters!(
    get_warning => Warning, get_error => Error, get_interface_error => InterfaceError,
    get_database_error => DatabaseError, get_internal_error => InternalError,
    get_operational_error => OperationalError, get_programming_error => ProgrammingError,
    get_integrity_error => IntegrityError, get_data_error => DataError,
    get_not_supported_error => NotSupportedError,
);

builtin_type!(pub static CONNECTION_TYPE: Connection = TypeSpec {
    name: "sqlite3.Connection",
    doc: Some("SQLite database connection object."),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    slots: SlotDefs { new: Some(conn_new), init: Some(conn_init), call: Some(conn_call), finalize: Some(conn_finalize), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("cursor", conn_cursor, "cursor($self, /, factory=<unrepresentable>)\n--\n\nReturn a cursor for the connection."),
        MethodDef::new("close", conn_close, "close($self, /)\n--\n\nClose the database connection.\n\nAny pending transaction is not committed implicitly."),
        MethodDef::new("commit", conn_commit, "commit($self, /)\n--\n\nCommit any pending transaction to the database.\n\nIf there is no open transaction, this method is a no-op."),
        MethodDef::new("rollback", conn_rollback, "rollback($self, /)\n--\n\nRoll back to the start of any pending transaction.\n\nIf there is no open transaction, this method is a no-op."),
        MethodDef::new("execute", conn_execute, "execute($self, sql, parameters=<unrepresentable>, /)\n--\n\nExecutes an SQL statement."),
        MethodDef::new("executemany", conn_executemany, "executemany($self, sql, parameters, /)\n--\n\nRepeatedly executes an SQL statement."),
        MethodDef::new("executescript", conn_executescript, "executescript($self, sql_script, /)\n--\n\nExecutes multiple SQL statements at once."),
        MethodDef::new("create_function", conn_create_function, "create_function($self, /, name, narg, func, *, deterministic=False)\n--\n\nCreates a new function."),
        MethodDef::new("create_aggregate", conn_create_aggregate, "create_aggregate($self, /, name, n_arg, aggregate_class)\n--\n\nCreates a new aggregate."),
        MethodDef::new("create_window_function", conn_create_window_function, "create_window_function($self, name, num_params, aggregate_class, /)\n--\n\nCreates or redefines an aggregate window function. Non-standard.\n\n  name\n    The name of the SQL aggregate window function to be created or\n    redefined.\n  num_params\n    The number of arguments the step and inverse methods takes.\n  aggregate_class\n    A class with step(), finalize(), value(), and inverse() methods.\n    Set to None to clear the window function."),
        MethodDef::new("create_collation", conn_create_collation, "create_collation($self, name, callback, /)\n--\n\nCreates a collation function."),
        MethodDef::new("set_authorizer", conn_set_authorizer, "set_authorizer($self, /, authorizer_callback)\n--\n\nSet authorizer callback."),
        MethodDef::new("set_progress_handler", conn_set_progress_handler, "set_progress_handler($self, /, progress_handler, n)\n--\n\nSet progress handler callback.\n\n  progress_handler\n    A callable that takes no arguments.\n    If the callable returns non-zero, the current query is terminated,\n    and an exception is raised.\n  n\n    The number of SQLite virtual machine instructions that are\n    executed between invocations of 'progress_handler'.\n\nIf 'progress_handler' is None or 'n' is 0, the progress handler is disabled."),
        MethodDef::new("set_trace_callback", conn_set_trace_callback, "set_trace_callback($self, /, trace_callback)\n--\n\nSet a trace callback called for each SQL statement (passed as unicode)."),
        MethodDef::new("interrupt", conn_interrupt, "interrupt($self, /)\n--\n\nAbort any pending database operation."),
        MethodDef::new("iterdump", conn_iterdump, "iterdump($self, /, *, filter=None)\n--\n\nReturns iterator to the dump of the database in an SQL text format.\n\n  filter\n    An optional LIKE pattern for database objects to dump"),
        MethodDef::new("backup", conn_backup, "backup($self, /, target, *, pages=-1, progress=None, name='main',\n       sleep=0.25)\n--\n\nMakes a backup of the database."),
        MethodDef::new("blobopen", conn_blobopen, "blobopen($self, table, column, row, /, *, readonly=False, name='main')\n--\n\nOpen and return a BLOB object.\n\n  table\n    Table name.\n  column\n    Column name.\n  row\n    Row index.\n  readonly\n    Open the BLOB without write permissions.\n  name\n    Database name."),
        MethodDef::new("serialize", conn_serialize, "serialize($self, /, *, name='main')\n--\n\nSerialize a database into a byte string.\n\n  name\n    Which database to serialize.\n\nFor an ordinary on-disk database file, the serialization is just a copy of the\ndisk file. For an in-memory database or a \"temp\" database, the serialization is\nthe same sequence of bytes which would be written to disk if that database\nwere backed up to disk."),
        MethodDef::new("deserialize", conn_deserialize, "deserialize($self, data, /, *, name='main')\n--\n\nLoad a serialized database.\n\n  data\n    The serialized database content.\n  name\n    Which database to reopen with the deserialization.\n\nThe deserialize interface causes the database connection to disconnect from the\ntarget database, and then reopen it as an in-memory database based on the given\nserialized data.\n\nThe deserialize interface will fail with SQLITE_BUSY if the database is\ncurrently in a read transaction or is involved in a backup operation."),
        MethodDef::new("setlimit", conn_setlimit, "setlimit($self, category, limit, /)\n--\n\nSet connection run-time limits.\n\n  category\n    The limit category to be set.\n  limit\n    The new limit. If the new limit is a negative number, the limit is\n    unchanged.\n\nAttempts to increase a limit above its hard upper bound are silently truncated\nto the hard upper bound. Regardless of whether or not the limit was changed,\nthe prior value of the limit is returned."),
        MethodDef::new("getlimit", conn_getlimit, "getlimit($self, category, /)\n--\n\nGet connection run-time limits.\n\n  category\n    The limit category to be queried."),
        MethodDef::new("setconfig", conn_setconfig, "setconfig($self, op, enable=True, /)\n--\n\nSet a boolean connection configuration option.\n\n  op\n    The configuration verb; one of the sqlite3.SQLITE_DBCONFIG codes."),
        MethodDef::new("getconfig", conn_getconfig, "getconfig($self, op, /)\n--\n\nQuery a boolean connection configuration option.\n\n  op\n    The configuration verb; one of the sqlite3.SQLITE_DBCONFIG codes."),
        MethodDef::new("__enter__", conn_enter, "__enter__($self, /)\n--\n\nCalled when the connection is used as a context manager.\n\nReturns itself as a convenience to the caller."),
        MethodDef::new("__exit__", conn_exit, "__exit__($self, type, value, traceback, /)\n--\n\nCalled when the connection is used as a context manager.\n\nIf there was any exception, a rollback takes place; otherwise we commit."),
    ],
    getsets: &[
        GetSetDef::with_setter("isolation_level", get_isolation_level, set_isolation_level),
        GetSetDef::with_setter("autocommit", get_autocommit, set_autocommit),
        GetSetDef::getter("in_transaction", get_in_transaction),
        GetSetDef::getter("total_changes", get_total_changes),
        GetSetDef::member("row_factory", get_row_factory, Some(set_row_factory)),
        GetSetDef::member("text_factory", get_text_factory, Some(set_text_factory)),
        GetSetDef::member("Warning", get_warning, None),
        GetSetDef::member("Error", get_error, None),
        GetSetDef::member("InterfaceError", get_interface_error, None),
        GetSetDef::member("DatabaseError", get_database_error, None),
        GetSetDef::member("InternalError", get_internal_error, None),
        GetSetDef::member("OperationalError", get_operational_error, None),
        GetSetDef::member("ProgrammingError", get_programming_error, None),
        GetSetDef::member("IntegrityError", get_integrity_error, None),
        GetSetDef::member("DataError", get_data_error, None),
        GetSetDef::member("NotSupportedError", get_not_supported_error, None),
    ],
    ..TypeSpec::DEFAULT
});
