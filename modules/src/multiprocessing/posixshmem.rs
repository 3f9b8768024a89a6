//! `_posixshmem`: `shm_open` and `shm_unlink`, the POSIX shared memory calls behind `multiprocessing.shared_memory`; mirrors Modules/_multiprocessing/posixshmem.c.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::PyResult;
use ouro_objects::none::none;
use ouro_objects::{Value, int};

use super::{str_arg, sys};
use crate::posix;

/// Retries `call` while a signal interrupts it and its handler does not
/// raise; other errors carry `path` as the file name.
fn retrying<T>(path: &Value, mut call: impl FnMut() -> std::io::Result<T>) -> PyResult<T> {
    loop {
        match call() {
            Ok(v) => return Ok(v),
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => ouro_eval::signals::check()?,
            Err(e) => {
                return Err(posix::os_error_errno(
                    e.raw_os_error().unwrap_or(libc::EINVAL),
                    Some(path),
                    None,
                ));
            }
        }
    }
}

/// `shm_open(path, flags, mode=0o777)`: the new descriptor.
fn shm_open(_m: &Value, args: Args) -> PyResult {
    let [path, flags, mode] = args.parse("shm_open", ["path", "flags", "mode"], 0, 2, 3)?;
    let path = path.expect("required");
    let name = str_arg("shm_open", "path", &path)?;
    let flags = posix::c_int(&flags.expect("required"))?;
    let mode = mode.map_or(Ok(0o777), |m| posix::c_int(&m))?;
    let fd = retrying(&path, || sys::shm_open(&name, flags, mode as u32))?;
    Ok(int::from_i64(i64::from(fd)))
}

/// `shm_unlink(path)`.
fn shm_unlink(_m: &Value, args: Args) -> PyResult {
    let [path] = args.parse("shm_unlink", ["path"], 0, 1, 1)?;
    let path = path.expect("required");
    let name = str_arg("shm_unlink", "path", &path)?;
    retrying(&path, || sys::shm_unlink(&name))?;
    Ok(none())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_posixshmem",
    doc: "POSIX shared memory module",
    functions: &[
        MethodDef::new(
            "shm_open",
            shm_open,
            "shm_open($module, /, path, flags, mode=511)\n--\n\nOpen a shared memory object.  Returns a file descriptor (integer).",
        ),
        MethodDef::new(
            "shm_unlink",
            shm_unlink,
            "shm_unlink($module, /, path)\n--\n\nRemove a shared memory object (similar to unlink()).\n\nRemove a shared memory object name, and, once all processes  have  unmapped\nthe object, de-allocates and destroys the contents of the associated memory\nregion.",
        ),
    ],
    types: Vec::new,
    init: |_| Ok(()),
};
