//! `sqlite3.Cursor` and `sqlite3.Row`: executing statements with qmark/named parameters, implicit BEGIN,
//! fetching rows through converters, text_factory and row_factory; mirrors Modules/_sqlite/cursor.c,
//! statement.c and row.c.

use std::cell::{Cell, RefCell};
use std::ffi::c_int;
use std::rc::Rc;

use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, index_error, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::CompareOp;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{
    TypeRef, Value, bool as pybool, builtin_type, bytes, exceptions, float, int, protocol,
};

use super::connection;
use super::ffi::{self, SqlValue, Stmt};
use super::{
    Exc, PARSE_COLNAMES, PARSE_DECLTYPES, adapt_value, base_type_adapted, converters, db_error, exc,
};

pub struct Cursor {
    connection: RefCell<Option<Value>>,
    /// The statement whose next row is ready to fetch.
    stmt: RefCell<Option<Rc<Stmt>>>,
    converters: RefCell<Vec<Option<Value>>>,
    description: RefCell<Value>,
    rowcount: Cell<i64>,
    lastrowid: RefCell<Value>,
    arraysize: Cell<i64>,
    row_factory: RefCell<Value>,
    closed: Cell<bool>,
    locked: Cell<bool>,
}

fn this(v: &Value) -> &Cursor {
    v.downcast::<Cursor>().expect("Cursor")
}

pub fn set_row_factory(v: &Value, f: Value) {
    *this(v).row_factory.borrow_mut() = f;
}

fn cursor_new(ty: &TypeRef, _args: &[Value], _kw: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        Cursor {
            connection: RefCell::new(None),
            stmt: RefCell::new(None),
            converters: RefCell::new(Vec::new()),
            description: RefCell::new(none()),
            rowcount: Cell::new(-1),
            lastrowid: RefCell::new(none()),
            arraysize: Cell::new(1),
            row_factory: RefCell::new(none()),
            closed: Cell::new(false),
            locked: Cell::new(false),
        },
    ))
}

fn cursor_init(v: &Value, args: &[Value], kw: Option<&Value>) -> PyResult<()> {
    let args = Args::new(args, kw);
    args.no_keywords("Cursor")?;
    let conn = args.one("Cursor")?;
    if conn.downcast::<connection::Connection>().is_none() {
        return Err(type_error(format!(
            "Cursor() argument 1 must be sqlite3.Connection, not {}",
            arg_type_name(conn)
        )));
    }
    *this(v).connection.borrow_mut() = Some(conn.clone());
    Ok(())
}

/// `check_cursor`: the cursor's connection (open), or the ProgrammingError CPython raises.
fn check(v: &Value) -> PyResult<Value> {
    let c = this(v);
    let Some(conn) = c.connection.borrow().clone() else {
        return Err(exc(
            Exc::ProgrammingError,
            "Base Cursor.__init__ not called.",
        ));
    };
    if c.closed.get() {
        return Err(exc(
            Exc::ProgrammingError,
            "Cannot operate on a closed cursor.",
        ));
    }
    if c.locked.get() {
        return Err(exc(
            Exc::ProgrammingError,
            "Recursive use of cursors not allowed.",
        ));
    }
    connection::this(&conn).db()?;
    Ok(conn)
}

/// Whether anything but whitespace and comments follows the first statement.
pub fn has_more_sql(rest: &[u8]) -> bool {
    !skip_space_and_comments(rest).is_empty()
}

fn skip_space_and_comments(mut s: &[u8]) -> &[u8] {
    loop {
        match s {
            [b' ' | b'\t' | b'\n' | b'\r' | b'\x0c', rest @ ..] => s = rest,
            [b'-', b'-', rest @ ..] => match rest.iter().position(|&b| b == b'\n') {
                Some(i) => s = &rest[i + 1..],
                None => return &[],
            },
            [b'/', b'*', rest @ ..] => match rest.windows(2).position(|w| w == b"*/") {
                Some(i) => s = &rest[i + 2..],
                None => return &[],
            },
            _ => return s,
        }
    }
}

/// statement.c's `is_dml`: the statement starts with INSERT, UPDATE, DELETE or REPLACE.
fn is_dml(sql: &[u8]) -> bool {
    let s = skip_space_and_comments(sql);
    ["insert", "update", "delete", "replace"]
        .iter()
        .any(|kw| s.len() >= kw.len() && s[..kw.len()].eq_ignore_ascii_case(kw.as_bytes()))
}

fn sql_text(fname: &str, sql: &Value) -> PyResult<Vec<u8>> {
    let Some(s) = sql.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "{fname}() argument 1 must be str, not {}",
            arg_type_name(sql)
        )));
    };
    let text = match s.to_str() {
        Some(t) => t,
        None => {
            return Err(PyErr::new(
                &exceptions::UNICODE_ENCODE_ERROR,
                "'utf-8' codec can't encode characters: surrogates not allowed",
            ));
        }
    };
    if text.contains('\0') {
        return Err(exc(
            Exc::ProgrammingError,
            "the query contains a null character",
        ));
    }
    Ok(text.into_bytes())
}

/// `bind_param`'s conversion of one (adapted) parameter.
fn bind_value(v: &Value, pos: usize, name: Option<&str>) -> PyResult<SqlValue> {
    let adapted = if is_exact_base(v) && !base_type_adapted() {
        v.clone()
    } else {
        adapt_value(v, &super::prepare_protocol(), Some(v))?
    };
    if is_none(&adapted) {
        return Ok(SqlValue::Null);
    }
    if int::is_int(&adapted) {
        return int::to_i64(&adapted).map(SqlValue::Int).ok_or_else(|| {
            PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "Python int too large to convert to SQLite INTEGER",
            )
        });
    }
    if let Some(f) = float::as_f64(&adapted) {
        return Ok(SqlValue::Float(f));
    }
    if let Some(s) = adapted.downcast::<PyStr>() {
        return match s.to_str() {
            Some(t) => Ok(SqlValue::Text(t.into_bytes())),
            None => Err(PyErr::new(
                &exceptions::UNICODE_ENCODE_ERROR,
                "'utf-8' codec can't encode characters: surrogates not allowed",
            )),
        };
    }
    if let Some(b) = bytes::as_bytes_like(&adapted) {
        return Ok(SqlValue::Blob(b));
    }
    let what = match name {
        Some(n) => format!(
            "Error binding parameter {n}: type '{}' is not supported",
            protocol::type_name(&adapted)
        ),
        None => format!(
            "Error binding parameter {pos}: type '{}' is not supported",
            protocol::type_name(&adapted)
        ),
    };
    Err(exc(Exc::ProgrammingError, what))
}

fn is_exact_base(v: &Value) -> bool {
    let t = v.type_value();
    [
        &ouro_objects::int::INT_TYPE,
        &ouro_objects::float::FLOAT_TYPE,
        &ouro_objects::str::STR_TYPE,
        &ouro_objects::bytearray::BYTEARRAY_TYPE,
    ]
    .iter()
    .any(|s| t.is(&TypeRef::from_static(s).into_value()))
}

fn check_bind(stmt: &Stmt, rc: c_int) -> PyResult<()> {
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(db_error(stmt.db()))
    }
}

/// `bind_parameters`: a sequence for qmark placeholders, a mapping for named ones.
fn bind_parameters(stmt: &Stmt, params: &Value) -> PyResult<()> {
    let count = stmt.param_count();
    let is_dict = params.downcast::<Dict>().is_some();
    let is_sequence = !is_dict
        && (params.downcast::<Tuple>().is_some()
            || params.downcast::<List>().is_some()
            || params.type_obj().payload().slots.getitem.get().is_some()
                && protocol::getattr_opt(params, &PyStr::new("keys"))?.is_none());
    if is_sequence {
        let given = protocol::len(params)?;
        if given != usize::try_from(count).unwrap_or(0) {
            return Err(exc(
                Exc::ProgrammingError,
                format!(
                    "Incorrect number of bindings supplied. The current statement uses {count}, and there are {given} supplied."
                ),
            ));
        }
        for i in 1..=count {
            if let Some(name) = stmt.param_name(i) {
                let name = String::from_utf8_lossy(&name).into_owned();
                return Err(exc(
                    Exc::ProgrammingError,
                    format!(
                        "Binding {i} ('{name}') is a named parameter, but you supplied a sequence which requires nameless (qmark) placeholders."
                    ),
                ));
            }
            let item = protocol::getitem(params, &int::from_i64(i64::from(i) - 1))?;
            let value = bind_value(&item, i as usize, None)?;
            check_bind(stmt, stmt.bind(i, &value))?;
        }
        return Ok(());
    }
    if is_dict || protocol::getattr_opt(params, &PyStr::new("keys"))?.is_some() {
        for i in 1..=count {
            let Some(name) = stmt.param_name(i) else {
                return Err(exc(
                    Exc::ProgrammingError,
                    format!(
                        "Binding {i} has no name, but you supplied a dictionary (which has only names)."
                    ),
                ));
            };
            let name = String::from_utf8_lossy(&name[1..]).into_owned();
            let item = match protocol::getitem(params, &PyStr::new(&name)) {
                Ok(item) => item,
                Err(e) if e.matches(&exceptions::LOOKUP_ERROR) => {
                    return Err(exc(
                        Exc::ProgrammingError,
                        format!("You did not supply a value for binding parameter :{name}."),
                    ));
                }
                Err(e) => return Err(e),
            };
            let value = bind_value(&item, i as usize, Some(&format!(":{name}")))?;
            check_bind(stmt, stmt.bind(i, &value))?;
        }
        return Ok(());
    }
    Err(exc(
        Exc::ProgrammingError,
        "parameters are of unsupported type",
    ))
}

/// The converter for each result column (PARSE_COLNAMES first, then PARSE_DECLTYPES).
fn column_converters(stmt: &Stmt, detect_types: i64) -> PyResult<Vec<Option<Value>>> {
    let mut out = Vec::new();
    if detect_types == 0 {
        return Ok(out);
    }
    let convs = converters();
    let lookup = |name: &[u8]| -> PyResult<Option<Value>> {
        let key = PyStr::new(&String::from_utf8_lossy(name).to_uppercase());
        match convs.downcast::<Dict>() {
            Some(d) => d.get_item_opt(&key),
            None => Ok(None),
        }
    };
    for i in 0..stmt.column_count() {
        let mut conv = None;
        if detect_types & PARSE_COLNAMES != 0
            && let Some(name) = stmt.column_name(i)
            && let Some(open) = name.iter().position(|&b| b == b'[')
            && let Some(close) = name[open + 1..].iter().position(|&b| b == b']')
        {
            conv = lookup(&name[open + 1..open + 1 + close])?;
        }
        if conv.is_none()
            && detect_types & PARSE_DECLTYPES != 0
            && let Some(decl) = stmt.column_decltype(i)
        {
            let end = decl
                .iter()
                .position(|&b| b == b' ' || b == b'(')
                .unwrap_or(decl.len());
            conv = lookup(&decl[..end])?;
        }
        out.push(conv);
    }
    Ok(out)
}

/// `_pysqlite_build_column_name`: with PARSE_COLNAMES, the name up to " [type]".
fn column_name(name: &[u8], detect_types: i64) -> Value {
    let mut end = name.len();
    if detect_types & PARSE_COLNAMES != 0
        && let Some(open) = name.iter().position(|&b| b == b'[')
    {
        end = if open > 0 && name[open - 1] == b' ' {
            open - 1
        } else {
            open
        };
    }
    PyStr::new(&String::from_utf8_lossy(&name[..end]))
}

fn build_description(stmt: &Stmt, detect_types: i64) -> Value {
    let n = stmt.column_count();
    if n == 0 {
        return none();
    }
    let cols = (0..n)
        .map(|i| {
            let name = column_name(&stmt.column_name(i).unwrap_or_default(), detect_types);
            let mut item = vec![name];
            item.extend((0..6).map(|_| none()));
            Tuple::new(item)
        })
        .collect();
    Tuple::new(cols)
}

fn reset_statement(c: &Cursor) {
    if let Some(stmt) = c.stmt.borrow_mut().take() {
        stmt.reset();
    }
}

/// Releases the cursor's lock when an execute ends, however it ends.
struct Lock<'a>(&'a Cursor);

impl Drop for Lock<'_> {
    fn drop(&mut self) {
        self.0.locked.set(false);
    }
}

/// `_pysqlite_query_execute`.
pub fn execute(
    v: &Value,
    sql: &Value,
    params: Option<Value>,
    multiple: bool,
    fname: &str,
) -> PyResult<()> {
    let conn = check(v)?;
    let c = this(v);
    let connection = connection::this(&conn);
    let db = connection.db()?;
    let sql = sql_text(fname, sql)?;
    reset_statement(c);
    c.locked.set(true);
    let _lock = Lock(c);
    *c.description.borrow_mut() = none();
    c.rowcount.set(-1);
    c.converters.borrow_mut().clear();
    let (stmt, used) = db.prepare(&sql).map_err(|_| db_error(&db))?;
    if has_more_sql(&sql[used..]) {
        return Err(exc(
            Exc::ProgrammingError,
            "You can only execute one statement at a time.",
        ));
    }
    let Some(stmt) = stmt else {
        return Ok(());
    };
    let stmt = Rc::new(stmt);
    let dml = is_dml(&sql);
    if multiple && !dml {
        return Err(exc(
            Exc::ProgrammingError,
            "executemany() can only execute DML statements.",
        ));
    }
    if dml
        && db.autocommit()
        && let Some(begin) = connection.implicit_begin()
    {
        connection::exec(&db, &begin)?;
    }
    let param_sets: Box<dyn Iterator<Item = PyResult<Value>>> = if multiple {
        let it = protocol::iter(&params.unwrap_or_else(none))?;
        Box::new(std::iter::from_fn(move || protocol::next(&it).transpose()))
    } else {
        Box::new(std::iter::once(Ok(params.unwrap_or_else(Tuple::empty))))
    };
    c.rowcount.set(if dml { 0 } else { -1 });
    let detect_types = connection.detect_types.get();
    for params in param_sets {
        let params = params?;
        stmt.reset();
        stmt.clear_bindings();
        bind_parameters(&stmt, &params)?;
        let rc = stmt.step();
        if rc != ffi::SQLITE_DONE && rc != ffi::SQLITE_ROW {
            let e = db_error(&db);
            stmt.reset();
            return Err(e);
        }
        *c.converters.borrow_mut() = column_converters(&stmt, detect_types)?;
        if is_none(&c.description.borrow()) {
            let d = build_description(&stmt, detect_types);
            *c.description.borrow_mut() = d;
        }
        if rc == ffi::SQLITE_ROW {
            if multiple {
                stmt.reset();
                return Err(exc(
                    Exc::ProgrammingError,
                    "executemany() can only execute DML statements.",
                ));
            }
            *c.stmt.borrow_mut() = Some(stmt.clone());
            break;
        }
        if dml {
            c.rowcount.set(c.rowcount.get() + db.changes());
        }
        stmt.reset();
    }
    if !multiple {
        *c.lastrowid.borrow_mut() = int::from_i64(db.last_insert_rowid());
    }
    Ok(())
}

/// `pysqlite_cursor_executescript_impl`.
pub fn executescript(v: &Value, script: &Value) -> PyResult<()> {
    let conn = check(v)?;
    let connection = connection::this(&conn);
    let db = connection.db()?;
    let Some(s) = script.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "executescript() argument must be str, not {}",
            arg_type_name(script)
        )));
    };
    let text = s.to_str().unwrap_or_else(|| s.to_string_lossy());
    if text.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    reset_statement(this(v));
    if connection.implicit_begin().is_some() && !db.autocommit() {
        connection::exec(&db, "COMMIT")?;
    }
    let mut rest = text.as_bytes();
    loop {
        let (stmt, used) = db.prepare(rest).map_err(|_| db_error(&db))?;
        if let Some(stmt) = stmt {
            let mut rc = stmt.step();
            while rc == ffi::SQLITE_ROW {
                rc = stmt.step();
            }
            if rc != ffi::SQLITE_DONE {
                return Err(db_error(&db));
            }
        }
        rest = &rest[used..];
        if used == 0 || skip_space_and_comments(rest).is_empty() {
            break;
        }
    }
    Ok(())
}

/// `_pysqlite_fetch_one_row`: the current row as a tuple, through converters and text_factory.
fn read_row(v: &Value, conn: &Value, stmt: &Stmt) -> PyResult {
    let c = this(v);
    let connection = connection::this(conn);
    let convs = c.converters.borrow().clone();
    let n = stmt.column_count();
    let mut items = Vec::with_capacity(n as usize);
    for i in 0..n {
        let conv = convs.get(i as usize).cloned().flatten();
        let item = match conv {
            Some(conv) => match stmt.column(i, true) {
                SqlValue::Null => none(),
                SqlValue::Text(b) | SqlValue::Blob(b) => protocol::call1(&conv, bytes::new(b))?,
                SqlValue::Int(n) => protocol::call1(&conv, bytes::new(n.to_string().into_bytes()))?,
                SqlValue::Float(f) => {
                    protocol::call1(&conv, bytes::new(f.to_string().into_bytes()))?
                }
            },
            None => match stmt.column(i, false) {
                SqlValue::Null => none(),
                SqlValue::Int(n) => int::from_i64(n),
                SqlValue::Float(f) => float::new(f),
                SqlValue::Blob(b) => bytes::new(b),
                SqlValue::Text(b) => text_value(connection, stmt, i, b)?,
            },
        };
        items.push(item);
    }
    Ok(Tuple::new(items))
}

fn text_value(connection: &connection::Connection, stmt: &Stmt, i: c_int, b: Vec<u8>) -> PyResult {
    let factory = connection.text_factory.borrow().clone();
    if factory.is(&TypeRef::from_static(&ouro_objects::str::STR_TYPE).into_value()) {
        return match String::from_utf8(b) {
            Ok(s) => Ok(PyStr::new(&s)),
            Err(e) => {
                let name =
                    String::from_utf8_lossy(&stmt.column_name(i).unwrap_or_default()).into_owned();
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                Err(exc(
                    Exc::OperationalError,
                    format!("Could not decode to UTF-8 column '{name}' with text '{text}'"),
                ))
            }
        };
    }
    if factory.is(&TypeRef::from_static(&ouro_objects::bytes::BYTES_TYPE).into_value()) {
        return Ok(bytes::new(b));
    }
    protocol::call1(&factory, bytes::new(b))
}

/// `pysqlite_cursor_iternext`.
fn next_row(v: &Value) -> PyResult<Option<Value>> {
    let conn = check(v)?;
    let c = this(v);
    let Some(stmt) = c.stmt.borrow().clone() else {
        return Ok(None);
    };
    let row = read_row(v, &conn, &stmt)?;
    let rc = stmt.step();
    if rc == ffi::SQLITE_DONE {
        if is_dml_rowcount(c) {
            c.rowcount.set(c.rowcount.get() + stmt.db().changes());
        }
        stmt.reset();
        c.stmt.borrow_mut().take();
    } else if rc != ffi::SQLITE_ROW {
        let e = db_error(stmt.db());
        stmt.reset();
        c.stmt.borrow_mut().take();
        return Err(e);
    }
    let factory = c.row_factory.borrow().clone();
    if is_none(&factory) {
        return Ok(Some(row));
    }
    protocol::call(&factory, &[v.clone(), row], None).map(Some)
}

/// Whether the statement being fetched counts its changes (a DML statement with RETURNING).
fn is_dml_rowcount(c: &Cursor) -> bool {
    c.rowcount.get() >= 0
}

fn cursor_iternext(v: &Value) -> PyResult<Option<Value>> {
    next_row(v)
}

fn cursor_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn cursor_execute(v: &Value, args: Args) -> PyResult {
    let [sql, params] = args.parse("execute", ["sql", "parameters"], 2, 1, 2)?;
    execute(v, &sql.unwrap_or_else(none), params, false, "execute")?;
    Ok(v.clone())
}

fn cursor_executemany(v: &Value, args: Args) -> PyResult {
    let [sql, params] = args.parse("executemany", ["sql", "seq_of_parameters"], 2, 2, 2)?;
    execute(v, &sql.unwrap_or_else(none), params, true, "executemany")?;
    Ok(v.clone())
}

fn cursor_executescript(v: &Value, args: Args) -> PyResult {
    let [script] = args.parse("executescript", ["sql_script"], 1, 1, 1)?;
    executescript(v, &script.unwrap_or_else(none))?;
    Ok(v.clone())
}

fn cursor_fetchone(v: &Value, args: Args) -> PyResult {
    args.none("fetchone")?;
    Ok(next_row(v)?.unwrap_or_else(none))
}

fn cursor_fetchmany(v: &Value, args: Args) -> PyResult {
    let [size] = args.parse("fetchmany", ["size"], 0, 0, 1)?;
    let n = match size {
        Some(s) => {
            let n = int::to_i64(&protocol::index(&s)?).unwrap_or(i64::MAX);
            if n < 0 {
                return Err(value_error("Cannot convert negative int"));
            }
            n
        }
        None => this(v).arraysize.get(),
    };
    let mut rows = Vec::new();
    while (rows.len() as i64) < n {
        match next_row(v)? {
            Some(r) => rows.push(r),
            None => break,
        }
    }
    Ok(List::from_vec(rows))
}

fn cursor_fetchall(v: &Value, args: Args) -> PyResult {
    args.none("fetchall")?;
    let mut rows = Vec::new();
    while let Some(r) = next_row(v)? {
        rows.push(r);
    }
    Ok(List::from_vec(rows))
}

fn cursor_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let c = this(v);
    let Some(conn) = c.connection.borrow().clone() else {
        return Err(exc(
            Exc::ProgrammingError,
            "Base Cursor.__init__ not called.",
        ));
    };
    if c.locked.get() {
        return Err(exc(
            Exc::ProgrammingError,
            "Recursive use of cursors not allowed.",
        ));
    }
    connection::this(&conn).db()?;
    reset_statement(c);
    c.closed.set(true);
    Ok(none())
}

fn cursor_setinputsizes(_v: &Value, args: Args) -> PyResult {
    args.parse("setinputsizes", ["sizes"], 1, 1, 1)?;
    Ok(none())
}

fn cursor_setoutputsize(_v: &Value, args: Args) -> PyResult {
    args.parse("setoutputsize", ["size", "column"], 2, 1, 2)?;
    Ok(none())
}

fn get_connection(v: &Value) -> PyResult {
    Ok(this(v).connection.borrow().clone().unwrap_or_else(none))
}

fn get_description(v: &Value) -> PyResult {
    Ok(this(v).description.borrow().clone())
}

fn get_rowcount(v: &Value) -> PyResult {
    Ok(int::from_i64(this(v).rowcount.get()))
}

fn get_lastrowid(v: &Value) -> PyResult {
    Ok(this(v).lastrowid.borrow().clone())
}

fn get_arraysize(v: &Value) -> PyResult {
    Ok(int::from_i64(this(v).arraysize.get()))
}

fn set_arraysize(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("can't delete numeric/char attribute"));
    };
    let n = int::index_as_c_int(value)?;
    this(v).arraysize.set(n.into());
    Ok(())
}

fn get_cursor_row_factory(v: &Value) -> PyResult {
    Ok(this(v).row_factory.borrow().clone())
}

fn set_cursor_row_factory(v: &Value, value: Option<&Value>) -> PyResult<()> {
    *this(v).row_factory.borrow_mut() = value.cloned().unwrap_or_else(none);
    Ok(())
}

builtin_type!(pub static CURSOR_TYPE: Cursor = TypeSpec {
    name: "sqlite3.Cursor",
    doc: Some("SQLite database cursor class."),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    slots: SlotDefs { new: Some(cursor_new), init: Some(cursor_init), iter: Some(cursor_iter), iternext: Some(cursor_iternext), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("execute", cursor_execute, "execute($self, sql, parameters=(), /)\n--\n\nExecutes an SQL statement."),
        MethodDef::new("executemany", cursor_executemany, "executemany($self, sql, seq_of_parameters, /)\n--\n\nRepeatedly executes an SQL statement."),
        MethodDef::new("executescript", cursor_executescript, "executescript($self, sql_script, /)\n--\n\nExecutes multiple SQL statements at once."),
        MethodDef::new("fetchone", cursor_fetchone, "fetchone($self, /)\n--\n\nFetches one row from the resultset."),
        MethodDef::new("fetchmany", cursor_fetchmany, "fetchmany($self, /, size=1)\n--\n\nFetches several rows from the resultset.\n\n  size\n    The default value is set by the Cursor.arraysize attribute."),
        MethodDef::new("fetchall", cursor_fetchall, "fetchall($self, /)\n--\n\nFetches all rows from the resultset."),
        MethodDef::new("close", cursor_close, "close($self, /)\n--\n\nCloses the cursor."),
        MethodDef::new("setinputsizes", cursor_setinputsizes, "setinputsizes($self, sizes, /)\n--\n\nRequired by DB-API. Does nothing in sqlite3."),
        MethodDef::new("setoutputsize", cursor_setoutputsize, "setoutputsize($self, size, column=None, /)\n--\n\nRequired by DB-API. Does nothing in sqlite3."),
    ],
    getsets: &[
        GetSetDef::member("connection", get_connection, None),
        GetSetDef::member("description", get_description, None),
        GetSetDef::member("arraysize", get_arraysize, Some(set_arraysize)),
        GetSetDef::member("lastrowid", get_lastrowid, None),
        GetSetDef::member("rowcount", get_rowcount, None),
        GetSetDef::member("row_factory", get_cursor_row_factory, Some(set_cursor_row_factory)),
    ],
    ..TypeSpec::DEFAULT
});

// ---- Row ----

pub struct Row {
    data: Value,
    description: Value,
}

fn row(v: &Value) -> &Row {
    v.downcast::<Row>().expect("Row")
}

fn row_items(v: &Value) -> Vec<Value> {
    row(v)
        .data
        .downcast::<Tuple>()
        .map(Tuple::to_vec)
        .unwrap_or_default()
}

fn row_new(ty: &TypeRef, args: &[Value], kw: Option<&Value>) -> PyResult {
    let args = Args::new(args, kw);
    args.no_keywords("Row")?;
    let [cursor, data] = args.parse("Row", ["cursor", "data"], 2, 2, 2)?;
    let (cursor, data) = (cursor.unwrap_or_else(none), data.unwrap_or_else(none));
    if cursor.downcast::<Cursor>().is_none() {
        return Err(type_error(format!(
            "Row() argument 1 must be sqlite3.Cursor, not {}",
            arg_type_name(&cursor)
        )));
    }
    if data.downcast::<Tuple>().is_none() {
        return Err(type_error(format!(
            "Row() argument 2 must be tuple, not {}",
            arg_type_name(&data)
        )));
    }
    let description = this(&cursor).description.borrow().clone();
    Ok(alloc_typed(ty, Row { data, description }))
}

fn row_len(v: &Value) -> PyResult<usize> {
    Ok(row_items(v).len())
}

fn column_names(v: &Value) -> Vec<Value> {
    let d = &row(v).description;
    match d.downcast::<Tuple>() {
        Some(t) => t
            .iter()
            .filter_map(|col| col.downcast::<Tuple>().and_then(|c| c.get(0).cloned()))
            .collect(),
        None => Vec::new(),
    }
}

fn row_getitem(v: &Value, key: &Value) -> PyResult {
    let items = row_items(v);
    if let Some(k) = key.downcast::<PyStr>() {
        let want = k.to_string_lossy();
        for (i, name) in column_names(v).iter().enumerate() {
            if let Some(n) = name.downcast::<PyStr>()
                && n.to_string_lossy().eq_ignore_ascii_case(&want)
            {
                return Ok(items[i].clone());
            }
        }
        return Err(index_error("No item with that key"));
    }
    if protocol::has_index(key) {
        let i = protocol::index_as_isize(key)?;
        let idx = if i < 0 { i + items.len() as isize } else { i };
        return usize::try_from(idx)
            .ok()
            .and_then(|i| items.get(i).cloned())
            .ok_or_else(|| index_error("tuple index out of range"));
    }
    if key.downcast::<ouro_objects::slice::Slice>().is_some() {
        return protocol::getitem(&row(v).data, key);
    }
    Err(index_error("Index must be int or string"))
}

fn row_iter(v: &Value) -> PyResult {
    protocol::iter(&row(v).data)
}

fn row_hash(v: &Value) -> PyResult<i64> {
    let r = row(v);
    Ok(protocol::hash(&r.description)? ^ protocol::hash(&r.data)?)
}

fn row_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let Some(other) = b.downcast::<Row>() else {
        return Ok(not_implemented());
    };
    let me = row(a);
    let equal =
        protocol::eq(&me.description, &other.description)? && protocol::eq(&me.data, &other.data)?;
    Ok(pybool::py_bool(equal == matches!(op, CompareOp::Eq)))
}

fn row_keys(v: &Value, args: Args) -> PyResult {
    args.none("keys")?;
    Ok(List::from_vec(column_names(v)))
}

builtin_type!(pub static ROW_TYPE: Row = TypeSpec {
    name: "sqlite3.Row",
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(row_new),
        len: Some(row_len),
        getitem: Some(row_getitem),
        iter: Some(row_iter),
        hash: Some(row_hash),
        richcompare: Some(row_richcompare),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("keys", row_keys, "keys($self, /)\n--\n\nReturns the keys of the row."),
    ],
    ..TypeSpec::DEFAULT
});
