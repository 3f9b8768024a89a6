//! The `_posixsubprocess` module: `fork_exec`, the fork-and-exec behind `subprocess.Popen` on POSIX; mirrors `subprocess_fork_exec_impl` in Modules/_posixsubprocess.c (3.14: no `allow_vfork`, always `fork`).
//!
//! The parent converts every argument to C strings and integers first
//! (`child::Plan`), so the forked child runs no allocator and no Python
//! code unless `preexec_fn` asks for it.

mod child;

use std::ffi::CString;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::bytes::Bytes;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::is_none;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, exceptions, int, protocol};

use crate::posix;
use child::{Plan, Preexec};

/// `NGROUPS_MAX` on Linux.
const MAX_GROUPS: usize = 65536;

/// `PyLong_AsInt`: an index-able value that fits a C int.
fn c_int(v: &Value) -> PyResult<i32> {
    let n = protocol::index(v)?;
    int::to_i64(&n)
        .and_then(|n| i32::try_from(n).ok())
        .ok_or_else(|| {
            PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "Python int too large to convert to C int",
            )
        })
}

/// `PyBytes_AsStringAndSize` without a size: the bytes of a `bytes` item
/// as a C string.
fn bytes_cstring(v: &Value) -> PyResult<CString> {
    let Some(b) = v.downcast::<Bytes>() else {
        return Err(type_error(format!(
            "expected bytes, {} found",
            protocol::type_name(v)
        )));
    };
    CString::new(b.0.to_vec()).map_err(|_| value_error("embedded null byte"))
}

/// `_PySequence_BytesToCharpArray`: a sequence of `bytes`.
fn bytes_array(seq: &Value) -> PyResult<Vec<CString>> {
    let n = protocol::len(seq)?;
    (0..n)
        .map(|i| bytes_cstring(&protocol::getitem(seq, &int::from_usize(i))?))
        .collect()
}

/// `PyUnicode_FSConverter`: str (file system encoding), bytes or a path-like.
fn fs_cstring(v: &Value) -> PyResult<CString> {
    let path = posix::fspath(v)?;
    let data = match path.downcast::<Bytes>() {
        Some(b) => b.0.to_vec(),
        None => posix::fsencode(&path)?,
    };
    CString::new(data).map_err(|_| value_error("embedded null byte"))
}

/// The child's argv: `tuple(PyUnicode_FSConverter(a) for a in args)`.
fn argv_arg(v: &Value) -> PyResult<Vec<CString>> {
    if is_none(v) {
        return Ok(Vec::new());
    }
    let items = if v.downcast::<Tuple>().is_some() || v.downcast::<List>().is_some() {
        protocol::collect(v)?
    } else {
        protocol::iter(v).map_err(|_| type_error("argv must be a tuple"))?;
        protocol::collect(v)?
    };
    items.iter().map(fs_cstring).collect()
}

/// `_Py_Uid_Converter` / `_Py_Gid_Converter`: -1 or an id that fits. As in
/// CPython, a value that fits a C long but not the 32-bit id type counts as
/// "less than minimum" (the truncation check shares that branch), and
/// 2**32-1 is the id type's -1, "unchanged".
fn id_arg(v: &Value, what: &str) -> PyResult<u32> {
    if !protocol::has_index(v) {
        return Err(type_error(format!(
            "{what} should be integer, not {}",
            protocol::type_name(v)
        )));
    }
    let n = protocol::index(v)?;
    let too_small = || {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            format!("{what} is less than minimum"),
        )
    };
    match int::to_i64(&n) {
        Some(-1) => Ok(u32::MAX),
        Some(n) => u32::try_from(n).map_err(|_| too_small()),
        None if int::is_negative(&n) => Err(too_small()),
        None => Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            format!("{what} is greater than maximum"),
        )),
    }
}

/// `extra_groups`: None or a list of group ids.
fn groups_arg(v: &Value) -> PyResult<Vec<u32>> {
    if is_none(v) {
        return Ok(Vec::new());
    }
    let Some(list) = v.downcast::<List>() else {
        return Err(type_error("setgroups argument must be a list"));
    };
    let items = list.to_vec();
    if items.len() > MAX_GROUPS {
        return Err(value_error("too many extra_groups"));
    }
    items
        .iter()
        .map(|g| {
            if !int::is_int(g) {
                return Err(type_error("extra_groups must be integers"));
            }
            id_arg(g, "gid").map_err(|_| value_error("invalid group id"))
        })
        .collect()
}

/// `_sanity_check_python_fd_sequence`: ints in increasing order, 0..=INT_MAX.
fn fds_to_keep_arg(v: &Value) -> PyResult<Vec<i32>> {
    let Some(t) = v.downcast::<Tuple>() else {
        return Err(type_error(format!(
            "fork_exec() argument 4 must be tuple, not {}",
            arg_type_name(v)
        )));
    };
    let bad = || value_error("bad value(s) in fds_to_keep");
    let mut fds: Vec<i32> = Vec::with_capacity(t.len());
    for item in t.iter() {
        if !int::is_int(item) {
            return Err(bad());
        }
        let fd = int::to_i64(item)
            .and_then(|n| i32::try_from(n).ok())
            .filter(|&n| n >= 0 && fds.last().is_none_or(|&prev| n > prev))
            .ok_or_else(bad)?;
        fds.push(fd);
    }
    Ok(fds)
}

/// `fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,
/// p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read,
/// errpipe_write, restore_signals, call_setsid, pgid_to_set, gid,
/// extra_groups, uid, child_umask, preexec_fn)`.
fn fork_exec(_m: &Value, args: Args) -> PyResult {
    let a = args.range("fork_exec", "fork_exec", 22, 22)?;
    let process_args = &a[0];
    let executable_list = &a[1];
    let close_fds = protocol::is_true(&a[2])?;
    let fds_to_keep = fds_to_keep_arg(&a[3])?;
    let (cwd, env) = (&a[4], &a[5]);
    let mut pipes = [0i32; 8];
    for (slot, v) in pipes.iter_mut().zip(&a[6..14]) {
        *slot = c_int(v)?;
    }
    let [
        p2cread,
        p2cwrite,
        c2pread,
        c2pwrite,
        errread,
        errwrite,
        errpipe_read,
        errpipe_write,
    ] = pipes;
    let restore_signals = protocol::is_true(&a[14])?;
    let call_setsid = protocol::is_true(&a[15])?;
    let pgid_to_set = c_int(&a[16])?;
    let (gid, extra_groups, uid) = (&a[17], &a[18], &a[19]);
    let child_umask = c_int(&a[20])?;
    let preexec_fn = &a[21];

    if close_fds && errpipe_write < 3 {
        return Err(value_error("errpipe_write must be >= 3"));
    }
    let executables = bytes_array(executable_list)?;
    let argv = argv_arg(process_args)?;
    let env = if is_none(env) {
        None
    } else {
        Some(bytes_array(env)?)
    };
    let cwd = if is_none(cwd) {
        None
    } else {
        Some(fs_cstring(cwd)?)
    };
    let extra_groups = groups_arg(extra_groups)?;
    let gid = if is_none(gid) {
        None
    } else {
        Some(id_arg(gid, "gid")?).filter(|&g| g != u32::MAX)
    };
    let uid = if is_none(uid) {
        None
    } else {
        Some(id_arg(uid, "uid")?).filter(|&u| u != u32::MAX)
    };
    let plan = Plan {
        executables,
        argv,
        env,
        cwd,
        p2cread,
        p2cwrite,
        c2pread,
        c2pwrite,
        errread,
        errwrite,
        errpipe_read,
        errpipe_write,
        close_fds,
        restore_signals,
        call_setsid,
        pgid_to_set,
        gid,
        extra_groups,
        uid,
        child_umask,
        fds_to_keep,
    };
    let pid = if is_none(preexec_fn) {
        child::fork_exec(&plan, None)
    } else {
        let after_fork = || posix::after_fork(true);
        let call = || protocol::call(preexec_fn, &[], None).is_ok();
        posix::before_fork();
        let pid = child::fork_exec(
            &plan,
            Some(&Preexec {
                after_fork: &after_fork,
                call: &call,
            }),
        );
        posix::after_fork(false);
        pid
    };
    match pid {
        Ok(pid) => Ok(int::from_i64(i64::from(pid))),
        Err(e) => Err(posix::os_error(&e)),
    }
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_posixsubprocess",
    doc: "A POSIX helper for the subprocess module.",
    functions: &[MethodDef::new(
        "fork_exec",
        fork_exec,
        "fork_exec($module, args, executable_list, close_fds, pass_fds, cwd,\n          env, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,\n          errpipe_read, errpipe_write, restore_signals, call_setsid,\n          pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn,\n          /)\n--\n\nSpawn a fresh new child process.\n\nFork a child process, close parent file descriptors as appropriate in the\nchild and duplicate the few that are needed before calling exec() in the\nchild process.\n\nIf close_fds is True, close file descriptors 3 and higher, except those listed\nin the sorted tuple pass_fds.\n\nThe preexec_fn, if supplied, will be called immediately before closing file\ndescriptors and exec.\n\nWARNING: preexec_fn is NOT SAFE if your application uses threads.\n         It may trigger infrequent, difficult to debug deadlocks.\n\nIf an error occurs in the child process before the exec, it is\nserialized and written to the errpipe_write fd per subprocess.py.\n\nReturns: the child process's PID.\n\nRaises: Only on an error in the parent process.",
    )],
    types: ModuleDef::no_types,
    init: ModuleDef::no_init,
};
