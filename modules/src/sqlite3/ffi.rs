//! Safe wrappers over the SQLite C API that `_sqlite3` uses (connections, statements, blobs, backups, user
//! functions and hooks); every unsafe block of the module is here.
//!
//! Ownership: a `Db` owns its `sqlite3*` and closes it with `sqlite3_close_v2`, which keeps the handle alive as a
//! "zombie" until the last statement is finalized, so a `Stmt` (which holds an `Rc<Db>`) stays valid after
//! `Connection.close()`. User functions keep their Python callable in a box that SQLite frees through the
//! destructor it is given; trampolines clone the callable before calling it, so Python code that replaces the
//! function while it runs cannot free what is running.

use std::cell::{Cell, RefCell};
use std::ffi::{CStr, CString, c_char, c_int, c_uint, c_void};
use std::ptr::{self, NonNull};
use std::rc::Rc;

use libsqlite3_sys as sys;
use ouro_objects::Value;

pub use sys::{
    SQLITE_DONE, SQLITE_MISUSE, SQLITE_OK, SQLITE_OPEN_CREATE, SQLITE_OPEN_READWRITE,
    SQLITE_OPEN_URI, SQLITE_ROW,
};

// libsqlite3-sys's bundled bindings leave out `sqlite3_close_v2`; the bundled library defines it.
unsafe extern "C" {
    fn sqlite3_close_v2(db: *mut sys::sqlite3) -> c_int;
}

/// A value read from SQLite (a column or a function argument).
pub enum SqlValue {
    Null,
    Int(i64),
    Float(f64),
    Text(Vec<u8>),
    Blob(Vec<u8>),
}

/// What a user function hands back to SQLite.
pub enum Out {
    Value(SqlValue),
    Error(String),
    TooBig,
}

fn cstring(s: &str) -> CString {
    CString::new(s.replace('\0', "")).unwrap_or_default()
}

/// Copies a NUL-terminated C string SQLite returned (NULL gives `None`).
fn c_bytes(p: *const c_char) -> Option<Vec<u8>> {
    if p.is_null() {
        return None;
    }
    // SAFETY: SQLite returns NUL-terminated strings that stay valid until the next call on the same object.
    Some(unsafe { CStr::from_ptr(p) }.to_bytes().to_vec())
}

pub fn libversion() -> String {
    // SAFETY: sqlite3_libversion returns a static NUL-terminated string.
    String::from_utf8_lossy(&c_bytes(unsafe { sys::sqlite3_libversion() }).unwrap_or_default())
        .into_owned()
}

pub fn complete(sql: &[u8]) -> bool {
    let Ok(s) = CString::new(sql) else {
        return false;
    };
    // SAFETY: `s` is a valid NUL-terminated string.
    unsafe { sys::sqlite3_complete(s.as_ptr()) != 0 }
}

/// `sqlite3_errstr`: the English text of a result code.
pub fn errstr(code: c_int) -> String {
    // SAFETY: sqlite3_errstr returns a static string for any code.
    String::from_utf8_lossy(&c_bytes(unsafe { sys::sqlite3_errstr(code) }).unwrap_or_default())
        .into_owned()
}

/// Hooks with no destructor callback in SQLite's API: the connection owns their data.
#[derive(Default)]
struct Hooks {
    authorizer: Option<Box<Hook>>,
    progress: Option<Box<Hook>>,
    trace: Option<Box<Hook>>,
}

pub struct Db {
    ptr: NonNull<sys::sqlite3>,
    closed: Cell<bool>,
    hooks: RefCell<Hooks>,
}

impl Drop for Db {
    fn drop(&mut self) {
        self.close();
    }
}

impl Db {
    /// `sqlite3_open_v2`; the error is SQLite's message for the failure.
    pub fn open(path: &[u8], flags: c_int) -> Result<Rc<Db>, String> {
        let path = CString::new(path).map_err(|_| "embedded null character".to_string())?;
        let mut db = ptr::null_mut();
        // SAFETY: `path` is NUL-terminated and `db` receives the handle.
        let rc = unsafe { sys::sqlite3_open_v2(path.as_ptr(), &mut db, flags, ptr::null()) };
        let Some(ptr) = NonNull::new(db) else {
            return Err(errstr(sys::SQLITE_NOMEM));
        };
        let db = Rc::new(Db {
            ptr,
            closed: Cell::new(false),
            hooks: RefCell::default(),
        });
        if rc != SQLITE_OK {
            return Err(db.errmsg());
        }
        Ok(db)
    }

    fn raw(&self) -> *mut sys::sqlite3 {
        self.ptr.as_ptr()
    }

    pub fn close(&self) {
        if !self.closed.replace(true) {
            // SAFETY: the handle is open; close_v2 defers the close until its statements are finalized.
            unsafe { sqlite3_close_v2(self.raw()) };
            let old = std::mem::take(&mut *self.hooks.borrow_mut());
            drop(old);
        }
    }

    pub fn errmsg(&self) -> String {
        // SAFETY: the handle is valid (open or a zombie) for the life of `self`.
        String::from_utf8_lossy(
            &c_bytes(unsafe { sys::sqlite3_errmsg(self.raw()) }).unwrap_or_default(),
        )
        .into_owned()
    }

    pub fn extended_errcode(&self) -> c_int {
        // SAFETY: as in `errmsg`.
        unsafe { sys::sqlite3_extended_errcode(self.raw()) }
    }

    pub fn busy_timeout(&self, ms: c_int) {
        // SAFETY: the handle is open.
        unsafe { sys::sqlite3_busy_timeout(self.raw(), ms) };
    }

    pub fn autocommit(&self) -> bool {
        // SAFETY: the handle is open.
        unsafe { sys::sqlite3_get_autocommit(self.raw()) != 0 }
    }

    pub fn changes(&self) -> i64 {
        // SAFETY: the handle is open.
        unsafe { sys::sqlite3_changes64(self.raw()) }
    }

    pub fn total_changes(&self) -> i64 {
        // SAFETY: the handle is open.
        unsafe { sys::sqlite3_total_changes64(self.raw()) }
    }

    pub fn last_insert_rowid(&self) -> i64 {
        // SAFETY: the handle is open.
        unsafe { sys::sqlite3_last_insert_rowid(self.raw()) }
    }

    pub fn interrupt(&self) {
        // SAFETY: the handle is open.
        unsafe { sys::sqlite3_interrupt(self.raw()) };
    }

    /// `sqlite3_limit`: sets `new` unless it is negative; returns the old value.
    pub fn limit(&self, id: c_int, new: c_int) -> c_int {
        // SAFETY: the handle is open; SQLite checks `id`.
        unsafe { sys::sqlite3_limit(self.raw(), id, new) }
    }

    /// `sqlite3_db_config` for the boolean options: sets `value` (-1 reads) and returns the state.
    pub fn config_bool(&self, op: c_int, value: c_int) -> Result<bool, c_int> {
        let mut out: c_int = 0;
        // SAFETY: the boolean options take an int and an int* to write the new state to.
        let rc = unsafe { sys::sqlite3_db_config(self.raw(), op, value, &mut out as *mut c_int) };
        if rc == SQLITE_OK {
            Ok(out != 0)
        } else {
            Err(rc)
        }
    }

    /// Prepares the first statement of `sql`; also returns where the rest starts. `None` for no statement
    /// (only whitespace or comments).
    pub fn prepare(self: &Rc<Self>, sql: &[u8]) -> Result<(Option<Stmt>, usize), c_int> {
        let mut stmt = ptr::null_mut();
        let mut tail: *const c_char = ptr::null();
        let len = c_int::try_from(sql.len()).map_err(|_| sys::SQLITE_TOOBIG)?;
        // SAFETY: `sql` is valid for `len` bytes; `stmt` and `tail` receive the results.
        let rc = unsafe {
            sys::sqlite3_prepare_v2(self.raw(), sql.as_ptr().cast(), len, &mut stmt, &mut tail)
        };
        if rc != SQLITE_OK {
            return Err(rc);
        }
        let used = if tail.is_null() {
            sql.len()
        } else {
            (tail as usize)
                .saturating_sub(sql.as_ptr() as usize)
                .min(sql.len())
        };
        Ok((
            NonNull::new(stmt).map(|ptr| Stmt {
                ptr,
                db: self.clone(),
            }),
            used,
        ))
    }

    /// `sqlite3_serialize` of schema `name`; `None` when SQLite cannot.
    pub fn serialize(&self, name: &str) -> Option<Vec<u8>> {
        let name = cstring(name);
        let mut size: i64 = 0;
        // SAFETY: flags 0 make SQLite return a copy from sqlite3_malloc that we free below.
        let data = unsafe { sys::sqlite3_serialize(self.raw(), name.as_ptr(), &mut size, 0) };
        if data.is_null() {
            return None;
        }
        let len = usize::try_from(size).unwrap_or(0);
        // SAFETY: SQLite returned `size` readable bytes at `data`.
        let out = unsafe { std::slice::from_raw_parts(data, len) }.to_vec();
        // SAFETY: `data` came from sqlite3_malloc.
        unsafe { sys::sqlite3_free(data.cast()) };
        Some(out)
    }

    pub fn deserialize(&self, name: &str, data: &[u8]) -> c_int {
        let name = cstring(name);
        let len = data.len();
        // SAFETY: a fresh sqlite3_malloc64 buffer that SQLite owns after the call (FREEONCLOSE).
        let buf = unsafe { sys::sqlite3_malloc64(len.max(1) as u64) }.cast::<u8>();
        if buf.is_null() {
            return sys::SQLITE_NOMEM;
        }
        // SAFETY: `buf` has room for `len` bytes and does not overlap `data`.
        unsafe { ptr::copy_nonoverlapping(data.as_ptr(), buf, len) };
        let flags = sys::SQLITE_DESERIALIZE_FREEONCLOSE | sys::SQLITE_DESERIALIZE_RESIZEABLE;
        // SAFETY: `buf` holds the image; SQLite frees it (also on failure, with FREEONCLOSE).
        unsafe {
            sys::sqlite3_deserialize(
                self.raw(),
                name.as_ptr(),
                buf,
                len as i64,
                len as i64,
                flags as c_uint,
            )
        }
    }

    /// `sqlite3_blob_open`.
    pub fn blob_open(
        self: &Rc<Self>,
        schema: &str,
        table: &str,
        column: &str,
        row: i64,
        write: bool,
    ) -> Result<Blob, c_int> {
        let (schema, table, column) = (cstring(schema), cstring(table), cstring(column));
        let mut blob = ptr::null_mut();
        // SAFETY: the names are NUL-terminated; `blob` receives the handle.
        let rc = unsafe {
            sys::sqlite3_blob_open(
                self.raw(),
                schema.as_ptr(),
                table.as_ptr(),
                column.as_ptr(),
                row,
                c_int::from(write),
                &mut blob,
            )
        };
        match NonNull::new(blob) {
            Some(ptr) if rc == SQLITE_OK => Ok(Blob {
                ptr: Cell::new(Some(ptr)),
                _db: self.clone(),
            }),
            _ => Err(rc),
        }
    }

    /// Copies schema `name` of `self` into `target`'s "main", `pages` at a time, calling `progress(status,
    /// remaining, pagecount)` after each step; `sleep` runs on BUSY/LOCKED.
    pub fn backup(
        &self,
        target: &Db,
        name: &str,
        pages: c_int,
        progress: &mut dyn FnMut(c_int, c_int, c_int) -> Result<(), ouro_objects::PyErr>,
        sleep: &dyn Fn(),
    ) -> Result<c_int, ouro_objects::PyErr> {
        let (main, name) = (cstring("main"), cstring(name));
        // SAFETY: both handles are open and distinct.
        let bk = unsafe {
            sys::sqlite3_backup_init(target.raw(), main.as_ptr(), self.raw(), name.as_ptr())
        };
        if bk.is_null() {
            return Ok(target.extended_errcode().max(1));
        }
        let mut result = Ok(SQLITE_OK);
        loop {
            // SAFETY: `bk` is a live backup handle until finish below.
            let rc = unsafe { sys::sqlite3_backup_step(bk, pages) };
            // SAFETY: as above.
            let (remaining, count) = unsafe {
                (
                    sys::sqlite3_backup_remaining(bk),
                    sys::sqlite3_backup_pagecount(bk),
                )
            };
            if let Err(e) = progress(rc, remaining, count) {
                result = Err(e);
                break;
            }
            if rc == sys::SQLITE_BUSY || rc == sys::SQLITE_LOCKED {
                sleep();
            } else if rc != SQLITE_OK {
                break;
            }
        }
        // SAFETY: `bk` is finished exactly once.
        let rc = unsafe { sys::sqlite3_backup_finish(bk) };
        result.map(|_| rc)
    }

    /// `sqlite3_create_function_v2` (scalar) with `callable` kept until SQLite drops the function.
    pub fn create_function(
        &self,
        name: &str,
        narg: c_int,
        flags: c_int,
        callable: Value,
        run: ScalarRun,
    ) -> c_int {
        let name = cstring(name);
        let data = Box::into_raw(Box::new(Scalar { callable, run }));
        // SAFETY: `data` is freed by `destroy_scalar` when SQLite drops the function (also if creation fails).
        unsafe {
            sys::sqlite3_create_function_v2(
                self.raw(),
                name.as_ptr(),
                narg,
                flags,
                data.cast(),
                Some(scalar_tramp),
                None,
                None,
                Some(destroy_box::<Scalar>),
            )
        }
    }

    /// Removes a function (any kind) of `name` and `narg`.
    pub fn delete_function(&self, name: &str, narg: c_int, flags: c_int) -> c_int {
        let name = cstring(name);
        // SAFETY: NULL callbacks delete the function.
        unsafe {
            sys::sqlite3_create_function_v2(
                self.raw(),
                name.as_ptr(),
                narg,
                flags,
                ptr::null_mut(),
                None,
                None,
                None,
                None,
            )
        }
    }

    /// An aggregate (`window` false) or window function backed by the class `cls`.
    pub fn create_aggregate(
        &self,
        name: &str,
        narg: c_int,
        flags: c_int,
        cls: Value,
        fns: &'static AggregateFns,
        window: bool,
    ) -> c_int {
        let name = cstring(name);
        let data = Box::into_raw(Box::new(Aggregate { cls, fns }));
        // SAFETY: `data` is freed by `destroy_box` when SQLite drops the function (also if creation fails).
        unsafe {
            if window {
                sys::sqlite3_create_window_function(
                    self.raw(),
                    name.as_ptr(),
                    narg,
                    flags,
                    data.cast(),
                    Some(agg_step),
                    Some(agg_final),
                    Some(agg_value),
                    Some(agg_inverse),
                    Some(destroy_box::<Aggregate>),
                )
            } else {
                sys::sqlite3_create_function_v2(
                    self.raw(),
                    name.as_ptr(),
                    narg,
                    flags,
                    data.cast(),
                    None,
                    Some(agg_step),
                    Some(agg_final),
                    Some(destroy_box::<Aggregate>),
                )
            }
        }
    }

    /// A collation calling `run(callable, a, b)`; `None` removes it.
    pub fn create_collation(&self, name: &str, callable: Option<(Value, CollationRun)>) -> c_int {
        let name = cstring(name);
        match callable {
            Some((callable, run)) => {
                let data = Box::into_raw(Box::new(Collation { callable, run }));
                // SAFETY: `data` is freed by `destroy_box` when SQLite drops the collation.
                unsafe {
                    sys::sqlite3_create_collation_v2(
                        self.raw(),
                        name.as_ptr(),
                        sys::SQLITE_UTF8,
                        data.cast(),
                        Some(collation_tramp),
                        Some(destroy_box::<Collation>),
                    )
                }
            }
            // SAFETY: a NULL comparison function removes the collation.
            None => unsafe {
                sys::sqlite3_create_collation_v2(
                    self.raw(),
                    name.as_ptr(),
                    sys::SQLITE_UTF8,
                    ptr::null_mut(),
                    None,
                    None,
                )
            },
        }
    }

    pub fn set_authorizer(&self, hook: Option<(Value, AuthorizerRun)>) {
        let data = hook.map(|(callable, run)| {
            Box::new(Hook {
                callable,
                run: HookRun::Authorizer(run),
            })
        });
        let p = hook_ptr(&data);
        // SAFETY: `p` points into a box that the connection keeps until it is replaced or the connection closes.
        unsafe {
            sys::sqlite3_set_authorizer(self.raw(), data.as_ref().map(|_| authorizer_tramp as _), p)
        };
        let old = std::mem::replace(&mut self.hooks.borrow_mut().authorizer, data);
        drop(old);
    }

    pub fn set_progress_handler(&self, n: c_int, hook: Option<(Value, ProgressRun)>) {
        let data = hook.map(|(callable, run)| {
            Box::new(Hook {
                callable,
                run: HookRun::Progress(run),
            })
        });
        let p = hook_ptr(&data);
        // SAFETY: as in `set_authorizer`.
        unsafe {
            sys::sqlite3_progress_handler(
                self.raw(),
                n,
                data.as_ref().map(|_| progress_tramp as _),
                p,
            )
        };
        let old = std::mem::replace(&mut self.hooks.borrow_mut().progress, data);
        drop(old);
    }

    pub fn set_trace(&self, hook: Option<(Value, TraceRun)>) {
        let data = hook.map(|(callable, run)| {
            Box::new(Hook {
                callable,
                run: HookRun::Trace(run),
            })
        });
        let p = hook_ptr(&data);
        let mask = if data.is_some() {
            sys::SQLITE_TRACE_STMT as c_uint
        } else {
            0
        };
        // SAFETY: as in `set_authorizer`.
        unsafe {
            sys::sqlite3_trace_v2(self.raw(), mask, data.as_ref().map(|_| trace_tramp as _), p)
        };
        let old = std::mem::replace(&mut self.hooks.borrow_mut().trace, data);
        drop(old);
    }
}

fn hook_ptr(data: &Option<Box<Hook>>) -> *mut c_void {
    data.as_ref().map_or(ptr::null_mut(), |b| {
        ptr::from_ref::<Hook>(b).cast_mut().cast()
    })
}

/// A prepared statement; finalized on drop.
pub struct Stmt {
    ptr: NonNull<sys::sqlite3_stmt>,
    db: Rc<Db>,
}

impl Drop for Stmt {
    fn drop(&mut self) {
        // SAFETY: the statement is finalized exactly once; its zombie connection stays valid until then.
        unsafe { sys::sqlite3_finalize(self.raw()) };
    }
}

impl Stmt {
    fn raw(&self) -> *mut sys::sqlite3_stmt {
        self.ptr.as_ptr()
    }

    pub fn db(&self) -> &Rc<Db> {
        &self.db
    }

    pub fn step(&self) -> c_int {
        // SAFETY: the statement is live; user functions it calls may re-enter Python, which cannot free it
        // (the caller holds a reference).
        unsafe { sys::sqlite3_step(self.raw()) }
    }

    pub fn reset(&self) -> c_int {
        // SAFETY: the statement is live.
        unsafe { sys::sqlite3_reset(self.raw()) }
    }

    pub fn clear_bindings(&self) {
        // SAFETY: the statement is live.
        unsafe { sys::sqlite3_clear_bindings(self.raw()) };
    }

    pub fn param_count(&self) -> c_int {
        // SAFETY: the statement is live.
        unsafe { sys::sqlite3_bind_parameter_count(self.raw()) }
    }

    /// The name of parameter `i` (1-based) with its `:`/`@`/`$` prefix, `None` for `?`.
    pub fn param_name(&self, i: c_int) -> Option<Vec<u8>> {
        // SAFETY: the statement is live; SQLite checks `i`.
        c_bytes(unsafe { sys::sqlite3_bind_parameter_name(self.raw(), i) })
    }

    pub fn bind(&self, i: c_int, value: &SqlValue) -> c_int {
        let p = self.raw();
        // SAFETY: SQLITE_TRANSIENT makes SQLite copy text and blobs before returning.
        unsafe {
            match value {
                SqlValue::Null => sys::sqlite3_bind_null(p, i),
                SqlValue::Int(n) => sys::sqlite3_bind_int64(p, i, *n),
                SqlValue::Float(f) => sys::sqlite3_bind_double(p, i, *f),
                SqlValue::Text(t) => sys::sqlite3_bind_text64(
                    p,
                    i,
                    t.as_ptr().cast(),
                    t.len() as u64,
                    sys::SQLITE_TRANSIENT(),
                    sys::SQLITE_UTF8 as u8,
                ),
                SqlValue::Blob(b) => sys::sqlite3_bind_blob64(
                    p,
                    i,
                    b.as_ptr().cast(),
                    b.len() as u64,
                    sys::SQLITE_TRANSIENT(),
                ),
            }
        }
    }

    pub fn column_count(&self) -> c_int {
        // SAFETY: the statement is live.
        unsafe { sys::sqlite3_column_count(self.raw()) }
    }

    pub fn column_name(&self, i: c_int) -> Option<Vec<u8>> {
        // SAFETY: the statement is live; SQLite checks `i`.
        c_bytes(unsafe { sys::sqlite3_column_name(self.raw(), i) })
    }

    pub fn column_decltype(&self, i: c_int) -> Option<Vec<u8>> {
        // SAFETY: the statement is live; SQLite checks `i`.
        c_bytes(unsafe { sys::sqlite3_column_decltype(self.raw(), i) })
    }

    /// Column `i` of the current row; `raw` reads every non-NULL value as bytes (for converters).
    pub fn column(&self, i: c_int, raw: bool) -> SqlValue {
        let p = self.raw();
        // SAFETY: the statement is on a row; the text/blob pointer is valid for `column_bytes` bytes until the
        // next step, and is copied at once.
        unsafe {
            let ty = sys::sqlite3_column_type(p, i);
            match ty {
                sys::SQLITE_NULL => SqlValue::Null,
                sys::SQLITE_INTEGER if !raw => SqlValue::Int(sys::sqlite3_column_int64(p, i)),
                sys::SQLITE_FLOAT if !raw => SqlValue::Float(sys::sqlite3_column_double(p, i)),
                _ => {
                    let data = if ty == sys::SQLITE_BLOB {
                        sys::sqlite3_column_blob(p, i).cast::<u8>()
                    } else {
                        sys::sqlite3_column_text(p, i)
                    };
                    let len = usize::try_from(sys::sqlite3_column_bytes(p, i)).unwrap_or(0);
                    let bytes = if data.is_null() {
                        Vec::new()
                    } else {
                        std::slice::from_raw_parts(data, len).to_vec()
                    };
                    if ty == sys::SQLITE_BLOB {
                        SqlValue::Blob(bytes)
                    } else {
                        SqlValue::Text(bytes)
                    }
                }
            }
        }
    }
}

/// An open incremental blob handle.
pub struct Blob {
    ptr: Cell<Option<NonNull<sys::sqlite3_blob>>>,
    _db: Rc<Db>,
}

impl Drop for Blob {
    fn drop(&mut self) {
        self.close();
    }
}

impl Blob {
    pub fn close(&self) {
        if let Some(p) = self.ptr.take() {
            // SAFETY: the handle is closed exactly once.
            unsafe { sys::sqlite3_blob_close(p.as_ptr()) };
        }
    }

    pub fn is_open(&self) -> bool {
        self.ptr.get().is_some()
    }

    pub fn len(&self) -> usize {
        let Some(p) = self.ptr.get() else { return 0 };
        // SAFETY: the handle is open while `ptr` is set.
        let n = unsafe { sys::sqlite3_blob_bytes(p.as_ptr()) };
        usize::try_from(n).unwrap_or(0)
    }

    pub fn read(&self, offset: usize, len: usize) -> Result<Vec<u8>, c_int> {
        let Some(p) = self.ptr.get() else {
            return Err(SQLITE_MISUSE);
        };
        let mut buf = vec![0u8; len];
        // SAFETY: `buf` has room for `len` bytes; SQLite checks the range against the blob.
        let rc = unsafe {
            sys::sqlite3_blob_read(
                p.as_ptr(),
                buf.as_mut_ptr().cast(),
                len as c_int,
                offset as c_int,
            )
        };
        if rc == SQLITE_OK { Ok(buf) } else { Err(rc) }
    }

    pub fn write(&self, offset: usize, data: &[u8]) -> c_int {
        let Some(p) = self.ptr.get() else {
            return SQLITE_MISUSE;
        };
        // SAFETY: `data` is readable for its length; SQLite checks the range against the blob.
        unsafe {
            sys::sqlite3_blob_write(
                p.as_ptr(),
                data.as_ptr().cast(),
                data.len() as c_int,
                offset as c_int,
            )
        }
    }
}

// ---- user functions and hooks ----

/// A function argument, borrowed from SQLite for the duration of the call.
fn read_args(argc: c_int, argv: *mut *mut sys::sqlite3_value) -> Vec<SqlValue> {
    let n = usize::try_from(argc).unwrap_or(0);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        // SAFETY: SQLite passes `argc` valid value pointers; text/blob pointers are copied at once.
        unsafe {
            let v = *argv.add(i);
            let ty = sys::sqlite3_value_type(v);
            out.push(match ty {
                sys::SQLITE_INTEGER => SqlValue::Int(sys::sqlite3_value_int64(v)),
                sys::SQLITE_FLOAT => SqlValue::Float(sys::sqlite3_value_double(v)),
                sys::SQLITE_NULL => SqlValue::Null,
                _ => {
                    let data = if ty == sys::SQLITE_BLOB {
                        sys::sqlite3_value_blob(v).cast::<u8>()
                    } else {
                        sys::sqlite3_value_text(v)
                    };
                    let len = usize::try_from(sys::sqlite3_value_bytes(v)).unwrap_or(0);
                    let bytes = if data.is_null() {
                        Vec::new()
                    } else {
                        std::slice::from_raw_parts(data, len).to_vec()
                    };
                    if ty == sys::SQLITE_BLOB {
                        SqlValue::Blob(bytes)
                    } else {
                        SqlValue::Text(bytes)
                    }
                }
            });
        }
    }
    out
}

/// # Safety
/// `ctx` is the context SQLite passed to the running callback.
unsafe fn set_result(ctx: *mut sys::sqlite3_context, out: Out) {
    // SAFETY: the caller passes the live context; SQLITE_TRANSIENT makes SQLite copy the data.
    unsafe {
        match out {
            Out::Value(SqlValue::Null) => sys::sqlite3_result_null(ctx),
            Out::Value(SqlValue::Int(n)) => sys::sqlite3_result_int64(ctx, n),
            Out::Value(SqlValue::Float(f)) => sys::sqlite3_result_double(ctx, f),
            Out::Value(SqlValue::Text(t)) => sys::sqlite3_result_text64(
                ctx,
                t.as_ptr().cast(),
                t.len() as u64,
                sys::SQLITE_TRANSIENT(),
                sys::SQLITE_UTF8 as u8,
            ),
            Out::Value(SqlValue::Blob(b)) => sys::sqlite3_result_blob64(
                ctx,
                b.as_ptr().cast(),
                b.len() as u64,
                sys::SQLITE_TRANSIENT(),
            ),
            Out::Error(msg) => {
                let msg = cstring(&msg);
                sys::sqlite3_result_error(ctx, msg.as_ptr(), -1);
            }
            Out::TooBig => sys::sqlite3_result_error_toobig(ctx),
        }
    }
}

pub type ScalarRun = fn(&Value, &[SqlValue]) -> Out;
pub type CollationRun = fn(&Value, &[u8], &[u8]) -> c_int;
pub type AuthorizerRun = fn(&Value, c_int, [Option<Vec<u8>>; 4]) -> c_int;
pub type ProgressRun = fn(&Value) -> c_int;
pub type TraceRun = fn(&Value, &[u8]);

/// The methods of an aggregate class, in Python terms: each returns its error as the message SQLite reports.
pub struct AggregateFns {
    pub new: fn(&Value) -> Result<Value, Out>,
    pub step: fn(&Value, &[SqlValue]) -> Result<(), Out>,
    pub inverse: fn(&Value, &[SqlValue]) -> Result<(), Out>,
    pub value: fn(&Value) -> Out,
    pub finalize: fn(&Value) -> Out,
}

struct Scalar {
    callable: Value,
    run: ScalarRun,
}

struct Aggregate {
    cls: Value,
    fns: &'static AggregateFns,
}

struct Collation {
    callable: Value,
    run: CollationRun,
}

#[derive(Clone, Copy)]
enum HookRun {
    Authorizer(AuthorizerRun),
    Progress(ProgressRun),
    Trace(TraceRun),
}

struct Hook {
    callable: Value,
    run: HookRun,
}

unsafe extern "C" fn destroy_box<T>(p: *mut c_void) {
    if !p.is_null() {
        // SAFETY: `p` came from Box::into_raw of a `T` and SQLite destroys it once.
        drop(unsafe { Box::from_raw(p.cast::<T>()) });
    }
}

unsafe extern "C" fn scalar_tramp(
    ctx: *mut sys::sqlite3_context,
    argc: c_int,
    argv: *mut *mut sys::sqlite3_value,
) {
    // SAFETY: the user data is the `Scalar` box given at creation, alive while the function exists.
    let (callable, run) = unsafe {
        let s = &*sys::sqlite3_user_data(ctx).cast::<Scalar>();
        (s.callable.clone(), s.run)
    };
    let out = run(&callable, &read_args(argc, argv));
    // SAFETY: `ctx` is the live context of this call.
    unsafe { set_result(ctx, out) };
}

/// The aggregate's class and methods, and the slot in the aggregate context that holds its instance.
///
/// # Safety
/// `ctx` is the context of a running aggregate callback.
unsafe fn agg_parts(
    ctx: *mut sys::sqlite3_context,
    alloc: bool,
) -> (Value, &'static AggregateFns, *mut *mut Value) {
    // SAFETY: the user data is the `Aggregate` box; the aggregate context is zeroed memory of pointer size,
    // owned by SQLite for the duration of the aggregate (NULL when `alloc` is false and no step ran).
    unsafe {
        let a = &*sys::sqlite3_user_data(ctx).cast::<Aggregate>();
        let size = if alloc {
            std::mem::size_of::<*mut Value>() as c_int
        } else {
            0
        };
        let slot = sys::sqlite3_aggregate_context(ctx, size).cast::<*mut Value>();
        (a.cls.clone(), a.fns, slot)
    }
}

/// The instance of this aggregate run, made on first use.
///
/// # Safety
/// As for `agg_parts`.
unsafe fn agg_instance(ctx: *mut sys::sqlite3_context) -> Result<Value, Out> {
    // SAFETY: the caller passes the live context.
    let (cls, fns, slot) = unsafe { agg_parts(ctx, true) };
    if slot.is_null() {
        return Err(Out::TooBig);
    }
    // SAFETY: `slot` is the pointer-sized aggregate context, NULL until an instance is stored in it.
    unsafe {
        if (*slot).is_null() {
            let inst = (fns.new)(&cls)?;
            *slot = Box::into_raw(Box::new(inst));
        }
        Ok((**slot).clone())
    }
}

unsafe extern "C" fn agg_step(
    ctx: *mut sys::sqlite3_context,
    argc: c_int,
    argv: *mut *mut sys::sqlite3_value,
) {
    // SAFETY: `ctx` is the live context of this call.
    let fns = unsafe { agg_parts(ctx, false).1 };
    // SAFETY: as above.
    let result =
        unsafe { agg_instance(ctx) }.and_then(|inst| (fns.step)(&inst, &read_args(argc, argv)));
    if let Err(out) = result {
        // SAFETY: as above.
        unsafe { set_result(ctx, out) };
    }
}

unsafe extern "C" fn agg_inverse(
    ctx: *mut sys::sqlite3_context,
    argc: c_int,
    argv: *mut *mut sys::sqlite3_value,
) {
    // SAFETY: `ctx` is the live context of this call.
    let fns = unsafe { agg_parts(ctx, false).1 };
    // SAFETY: as above.
    let result =
        unsafe { agg_instance(ctx) }.and_then(|inst| (fns.inverse)(&inst, &read_args(argc, argv)));
    if let Err(out) = result {
        // SAFETY: as above.
        unsafe { set_result(ctx, out) };
    }
}

unsafe extern "C" fn agg_value(ctx: *mut sys::sqlite3_context) {
    // SAFETY: `ctx` is the live context of this call.
    let fns = unsafe { agg_parts(ctx, false).1 };
    // SAFETY: as above.
    let out = match unsafe { agg_instance(ctx) } {
        Ok(inst) => (fns.value)(&inst),
        Err(out) => out,
    };
    // SAFETY: as above.
    unsafe { set_result(ctx, out) };
}

unsafe extern "C" fn agg_final(ctx: *mut sys::sqlite3_context) {
    // SAFETY: `ctx` is the live context of this call; the slot is NULL if no step ran.
    let (_, fns, slot) = unsafe { agg_parts(ctx, false) };
    // SAFETY: a non-NULL slot holds the instance box stored by `agg_instance`; it is taken exactly once.
    let inst = unsafe {
        if slot.is_null() || (*slot).is_null() {
            None
        } else {
            let b = Box::from_raw(*slot);
            *slot = ptr::null_mut();
            Some(*b)
        }
    };
    // No instance: no row reached the step function, and the result stays NULL.
    let out = match inst {
        Some(inst) => (fns.finalize)(&inst),
        None => Out::Value(SqlValue::Null),
    };
    // SAFETY: as above.
    unsafe { set_result(ctx, out) };
}

unsafe extern "C" fn collation_tramp(
    p: *mut c_void,
    alen: c_int,
    a: *const c_void,
    blen: c_int,
    b: *const c_void,
) -> c_int {
    // SAFETY: `p` is the `Collation` box; `a` and `b` are readable for their lengths during the call.
    let (callable, run, a, b) = unsafe {
        let c = &*p.cast::<Collation>();
        let a = if a.is_null() {
            &[][..]
        } else {
            std::slice::from_raw_parts(a.cast::<u8>(), usize::try_from(alen).unwrap_or(0))
        };
        let b = if b.is_null() {
            &[][..]
        } else {
            std::slice::from_raw_parts(b.cast::<u8>(), usize::try_from(blen).unwrap_or(0))
        };
        (c.callable.clone(), c.run, a, b)
    };
    run(&callable, a, b)
}

/// # Safety
/// `p` is a `Hook` box the connection keeps alive.
unsafe fn hook(p: *mut c_void) -> (Value, HookRun) {
    // SAFETY: the box outlives the call of its trampoline except when Python replaces the hook, which is why
    // the callable is cloned and the run function copied out before anything runs.
    let h = unsafe { &*p.cast::<Hook>() };
    (h.callable.clone(), h.run)
}

/// # Safety
/// `p` is NULL or a NUL-terminated string valid during the callback.
unsafe fn opt_bytes(p: *const c_char) -> Option<Vec<u8>> {
    c_bytes(p)
}

unsafe extern "C" fn authorizer_tramp(
    p: *mut c_void,
    action: c_int,
    a: *const c_char,
    b: *const c_char,
    c: *const c_char,
    d: *const c_char,
) -> c_int {
    // SAFETY: `p` is the authorizer's box; the strings are valid during the callback.
    let (callable, run) = unsafe { hook(p) };
    // SAFETY: as above.
    let args = unsafe { [opt_bytes(a), opt_bytes(b), opt_bytes(c), opt_bytes(d)] };
    match run {
        HookRun::Authorizer(f) => f(&callable, action, args),
        _ => sys::SQLITE_DENY,
    }
}

unsafe extern "C" fn progress_tramp(p: *mut c_void) -> c_int {
    // SAFETY: `p` is the progress handler's box.
    let (callable, run) = unsafe { hook(p) };
    match run {
        HookRun::Progress(f) => f(&callable),
        _ => 1,
    }
}

unsafe extern "C" fn trace_tramp(
    kind: c_uint,
    p: *mut c_void,
    stmt: *mut c_void,
    sql: *mut c_void,
) -> c_int {
    if kind != sys::SQLITE_TRACE_STMT as c_uint {
        return 0;
    }
    // SAFETY: `p` is the trace hook's box.
    let (callable, run) = unsafe { hook(p) };
    // SAFETY: for SQLITE_TRACE_STMT, `sql` is the unexpanded SQL text (or a trigger's "--" comment) and `stmt`
    // the running statement; the expanded text comes from sqlite3_malloc and is freed here.
    let text = unsafe {
        let raw = c_bytes(sql.cast::<c_char>()).unwrap_or_default();
        if raw.starts_with(b"--") {
            raw
        } else {
            let expanded = sys::sqlite3_expanded_sql(stmt.cast());
            if expanded.is_null() {
                raw
            } else {
                let text = c_bytes(expanded).unwrap_or_default();
                sys::sqlite3_free(expanded.cast());
                text
            }
        }
    };
    if let HookRun::Trace(f) = run {
        f(&callable, &text);
    }
    0
}
