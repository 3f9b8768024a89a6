//! `__pycache__` files for the code Ouro loads natively (the frozen bootstrap modules, before importlib can): CPython's pyc layout — magic, flags, source mtime and size, marshal data — validated by timestamp as `SourceLoader.get_code` does; mirrors the pyc parts of Lib/importlib/_bootstrap_external.py.

use std::path::{Path, PathBuf};

use ouro_frontend::codegen::CompileOptions;
use ouro_frontend::parser::Mode;
use ouro_objects::Value;
use ouro_objects::code::Code;
use ouro_objects::err::{PyErr, PyResult};
use ouro_objects::str::PyStr;

/// CPython 3.14's bytecode magic number: Ouro's compiler emits 3.14's
/// instruction set, and the `ouro-314` cache tag keeps the files apart.
pub const MAGIC_NUMBER: u16 = 3627;

/// `_imp.pyc_magic_number_token`: the magic number and `\r\n` as one
/// little-endian word, the first four bytes of every pyc.
pub const MAGIC_TOKEN: u32 = MAGIC_NUMBER as u32 | ((b'\r' as u32) << 16) | ((b'\n' as u32) << 24);

/// `sys.implementation.cache_tag`.
pub const CACHE_TAG: &str = "ouro-314";

const HEADER_LEN: usize = 16;

/// `__pycache__/<stem>.<tag><suffix>` beside `source`.
fn cache_path(source: &Path, suffix: &str) -> Option<PathBuf> {
    let stem = source.file_stem()?.to_str()?;
    Some(
        source
            .parent()?
            .join("__pycache__")
            .join(format!("{stem}.{CACHE_TAG}{suffix}")),
    )
}

/// The source's mtime (seconds, truncated to 32 bits as pycs keep it) and size.
fn source_stamp(meta: &std::fs::Metadata) -> (u32, u32) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32);
    (mtime, meta.len() as u32)
}

/// The code in a pyc whose header matches `stamp`; `None` for a missing,
/// stale or unreadable one (it is rebuilt, as CPython does).
fn read_cached(pyc: &Path, stamp: (u32, u32)) -> Option<Value> {
    let data = std::fs::read(pyc).ok()?;
    let header = data.get(..HEADER_LEN)?;
    let word = |i: usize| u32::from_le_bytes(header[i..i + 4].try_into().expect("4 bytes"));
    if word(0) != MAGIC_TOKEN || word(4) != 0 || (word(8), word(12)) != stamp {
        return None;
    }
    let code = crate::marshal::loads(&data[HEADER_LEN..], true).ok()?;
    code.downcast::<Code>().is_some().then_some(code)
}

/// Writes a pyc the way `_write_atomic` does (a temporary file renamed
/// into place); failures are ignored, as CPython ignores them.
fn write_cached(pyc: &Path, stamp: (u32, u32), code: &Value) {
    let Ok(body) = crate::marshal::dumps(code, crate::marshal::VERSION, true) else {
        return;
    };
    let mut data = Vec::with_capacity(HEADER_LEN + body.len());
    for word in [MAGIC_TOKEN, 0, stamp.0, stamp.1] {
        data.extend_from_slice(&word.to_le_bytes());
    }
    data.extend_from_slice(&body);
    if let Some(dir) = pyc.parent()
        && std::fs::create_dir_all(dir).is_ok()
    {
        let tmp = pyc.with_extension(format!("{}.tmp", std::process::id()));
        if std::fs::write(&tmp, &data).is_ok() && std::fs::rename(&tmp, pyc).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// The module code for `source`, from `__pycache__/<stem>.ouro-314<suffix>`
/// when it is current, else compiled (named `code_filename`) and cached.
///
/// These files stand in for frozen bytecode CPython builds into its
/// binary, so `-B` (about the program's own modules) does not stop them.
pub fn load_code(source: &Path, suffix: &str, code_filename: &str) -> PyResult<Value> {
    let meta = std::fs::metadata(source).map_err(|e| os_error(source, &e))?;
    let stamp = source_stamp(&meta);
    let pyc = cache_path(source, suffix);
    if let Some(code) = pyc.as_deref().and_then(|p| read_cached(p, stamp)) {
        return Ok(code);
    }
    let bytes = std::fs::read(source).map_err(|e| os_error(source, &e))?;
    let text = ouro_frontend::source::decode_source(&bytes)
        .map_err(|e| crate::compilefn::syntax_error(&e, code_filename, None))?;
    let code = crate::compilefn::compile_source(
        &text,
        code_filename,
        Mode::Exec,
        &CompileOptions::default(),
    )?;
    if let Some(p) = pyc {
        write_cached(&p, stamp, &code);
    }
    Ok(code)
}

fn os_error(path: &Path, e: &std::io::Error) -> PyErr {
    crate::io::os_error(e, Some(&PyStr::new(&path.to_string_lossy())))
}

/// `maybe_pyc_file`: a script file named `*.pyc`, or starting with the first
/// two bytes of the magic number, holds compiled code.
pub fn is_pyc_script(path: &str, bytes: &[u8]) -> bool {
    path.ends_with(".pyc") || bytes.get(..2) == Some(&MAGIC_NUMBER.to_le_bytes()[..])
}

/// `run_pyc_file`'s loading: the code object of a compiled script (any
/// header flags and stamp; the body must be a marshalled code object).
pub fn script_code(bytes: &[u8]) -> PyResult<Value> {
    let runtime_error = |msg: &str| PyErr::new(&ouro_objects::exceptions::RUNTIME_ERROR, msg);
    if bytes.get(..4) != Some(&MAGIC_TOKEN.to_le_bytes()[..]) {
        return Err(runtime_error("Bad magic number in .pyc file"));
    }
    bytes
        .get(HEADER_LEN..)
        .and_then(|body| crate::marshal::loads(body, true).ok())
        .filter(|code| code.downcast::<Code>().is_some())
        .ok_or_else(|| runtime_error("Bad code object in .pyc file"))
}
