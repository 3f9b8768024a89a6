//! `sqlite3.Blob`: incremental I/O on one BLOB cell (read/write/seek/tell, indexing and slicing, context
//! manager); mirrors Modules/_sqlite/blob.c.

use std::cell::Cell;
use std::rc::Rc;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, index_error, type_error, value_error};
use ouro_objects::none::none;
use ouro_objects::slice::Slice;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{
    TypeRef, Value, bool as pybool, builtin_type, bytes, exceptions, int, protocol,
};

use super::connection;
use super::ffi;
use super::{Exc, code_error, exc};

pub struct Blob {
    connection: Value,
    blob: Rc<ffi::Blob>,
    offset: Cell<usize>,
}

pub fn new_blob(connection: Value, blob: Rc<ffi::Blob>) -> Value {
    alloc_typed(
        &TypeRef::from_static(&BLOB_TYPE),
        Blob {
            connection,
            blob,
            offset: Cell::new(0),
        },
    )
}

fn this(v: &Value) -> &Blob {
    v.downcast::<Blob>().expect("Blob")
}

/// `check_blob`: the blob is open and so is its connection.
fn check(v: &Value) -> PyResult<&Blob> {
    let b = this(v);
    connection::this(&b.connection).db()?;
    if !b.blob.is_open() {
        return Err(exc(
            Exc::ProgrammingError,
            "Cannot operate on a closed blob.",
        ));
    }
    Ok(b)
}

fn sql_error(b: &Blob, rc: std::ffi::c_int) -> PyErr {
    match connection::this(&b.connection).db() {
        Ok(db) => super::db_error(&db),
        Err(_) => code_error(rc, &ffi::errstr(rc)),
    }
}

fn read_at(b: &Blob, offset: usize, len: usize) -> PyResult<Vec<u8>> {
    b.blob.read(offset, len).map_err(|rc| sql_error(b, rc))
}

fn write_at(b: &Blob, offset: usize, data: &[u8]) -> PyResult<()> {
    let rc = b.blob.write(offset, data);
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(sql_error(b, rc))
    }
}

fn blob_read(v: &Value, args: Args) -> PyResult {
    let [length] = args.parse("read", ["length"], 1, 0, 1)?;
    let b = check(v)?;
    let len = b.blob.len();
    let offset = b.offset.get();
    let mut n = match length {
        Some(l) => int::index_as_c_int(&l)?,
        None => -1,
    };
    let max = len.saturating_sub(offset);
    if n < 0 || n as usize > max {
        n = max as i32;
    }
    if n == 0 {
        return Ok(bytes::new(Vec::new()));
    }
    let data = read_at(b, offset, n as usize)?;
    b.offset.set(offset + n as usize);
    Ok(bytes::new(data))
}

fn blob_write(v: &Value, args: Args) -> PyResult {
    let [data] = args.parse("write", ["data"], 1, 1, 1)?;
    let b = check(v)?;
    let data = bytes::bytes_from_object(&data.unwrap_or_else(none))?;
    let offset = b.offset.get();
    if data.len() > b.blob.len().saturating_sub(offset) {
        return Err(value_error("data longer than blob length"));
    }
    write_at(b, offset, &data)?;
    b.offset.set(offset + data.len());
    Ok(none())
}

fn blob_seek(v: &Value, args: Args) -> PyResult {
    let [offset, origin] = args.parse("seek", ["offset", "origin"], 2, 1, 2)?;
    let b = check(v)?;
    let offset = i64::from(int::index_as_c_int(&offset.unwrap_or_else(none))?);
    let origin = match origin {
        Some(o) => int::index_as_c_int(&o)?,
        None => 0,
    };
    let len = b.blob.len() as i64;
    let base = match origin {
        0 => 0,
        1 => b.offset.get() as i64,
        2 => len,
        _ => {
            return Err(value_error(
                "'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END",
            ));
        }
    };
    let target = base.checked_add(offset).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "seek offset results in overflow",
        )
    })?;
    if !(0..=len).contains(&target) {
        return Err(value_error("offset out of blob range"));
    }
    b.offset.set(target as usize);
    Ok(none())
}

fn blob_tell(v: &Value, args: Args) -> PyResult {
    args.none("tell")?;
    Ok(int::from_usize(check(v)?.offset.get()))
}

fn blob_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let b = this(v);
    connection::this(&b.connection).db()?;
    b.blob.close();
    Ok(none())
}

fn blob_enter(v: &Value, args: Args) -> PyResult {
    args.none("__enter__")?;
    check(v)?;
    Ok(v.clone())
}

fn blob_exit(v: &Value, args: Args) -> PyResult {
    args.parse("__exit__", ["type", "val", "tb"], 3, 3, 3)?;
    check(v)?.blob.close();
    Ok(pybool::py_bool(false))
}

fn blob_len(v: &Value) -> PyResult<usize> {
    Ok(check(v)?.blob.len())
}

/// The index `key` names in a blob of `len` bytes, or IndexError.
fn index_of(key: &Value, len: usize) -> PyResult<usize> {
    let i = protocol::index_as_isize(key)?;
    let i = if i < 0 { i + len as isize } else { i };
    usize::try_from(i)
        .ok()
        .filter(|&i| i < len)
        .ok_or_else(|| index_error("Blob index out of range"))
}

fn blob_getitem(v: &Value, key: &Value) -> PyResult {
    let b = check(v)?;
    let len = b.blob.len();
    if protocol::has_index(key) {
        let i = index_of(key, len)?;
        return Ok(int::from_i64(read_at(b, i, 1)?[0].into()));
    }
    if key.downcast::<Slice>().is_some() {
        let whole = read_at(b, 0, len)?;
        return protocol::getitem(&bytes::new(whole), key);
    }
    Err(type_error("Blob indices must be integers"))
}

fn blob_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let b = check(v)?;
    let Some(value) = value else {
        return Err(type_error("Blob doesn't support item deletion"));
    };
    let len = b.blob.len();
    if protocol::has_index(key) {
        let i = index_of(key, len)?;
        let byte = protocol::index(value)?;
        let byte = int::to_i64(&byte)
            .filter(|n| (0..256).contains(n))
            .ok_or_else(|| value_error("byte must be in range(0, 256)"))?;
        return write_at(b, i, &[byte as u8]);
    }
    let Some(slice) = key.downcast::<Slice>() else {
        return Err(type_error("Blob indices must be integers"));
    };
    let data = bytes::bytes_from_object(value)?;
    let (start, _stop, step, count) = slice.indices_for(len)?;
    let positions: Vec<usize> = (0..count)
        .map(|k| (start + k as isize * step) as usize)
        .collect();
    if positions.len() != data.len() {
        return Err(index_error("Blob slice assignment is wrong size"));
    }
    if step == 1 {
        return if data.is_empty() {
            Ok(())
        } else {
            write_at(b, positions[0], &data)
        };
    }
    let mut whole = read_at(b, 0, len)?;
    for (p, byte) in positions.iter().zip(&data) {
        whole[*p] = *byte;
    }
    write_at(b, 0, &whole)
}

builtin_type!(pub static BLOB_TYPE: Blob = TypeSpec {
    name: "sqlite3.Blob",
    slots: SlotDefs { len: Some(blob_len), getitem: Some(blob_getitem), setitem: Some(blob_setitem), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("read", blob_read, "read($self, length=-1, /)\n--\n\nRead data at the current offset position.\n\n  length\n    Read length in bytes.\n\nIf the end of the blob is reached, the data up to end of file will be returned.\nWhen length is not specified, or is negative, Blob.read() will read until the\nend of the blob."),
        MethodDef::new("write", blob_write, "write($self, data, /)\n--\n\nWrite data at the current offset.\n\nThis function cannot change the blob length.  Writing beyond the end of the\nblob will result in an exception being raised."),
        MethodDef::new("seek", blob_seek, "seek($self, offset, origin=0, /)\n--\n\nSet the current access position to offset.\n\nThe origin argument defaults to os.SEEK_SET (absolute blob positioning).\nOther values for origin are os.SEEK_CUR (seek relative to the current position)\nand os.SEEK_END (seek relative to the blob's end)."),
        MethodDef::new("tell", blob_tell, "tell($self, /)\n--\n\nReturn the current access position for the blob."),
        MethodDef::new("close", blob_close, "close($self, /)\n--\n\nClose the blob."),
        MethodDef::new("__enter__", blob_enter, "__enter__($self, /)\n--\n\nBlob context manager enter."),
        MethodDef::new("__exit__", blob_exit, "__exit__($self, type, val, tb, /)\n--\n\nBlob context manager exit."),
    ],
    ..TypeSpec::DEFAULT
});
