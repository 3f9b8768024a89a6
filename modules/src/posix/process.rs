//! `posix` process facts and controls: environ, putenv/unsetenv, ids, uname, times, umask, kill, `_exit`, strerror, urandom, cpu_count, terminal size, wait-status decoding; mirrors the matching `os_*_impl`s of Modules/posixmodule.c.

use std::os::unix::ffi::OsStrExt;

use ouro_objects::args::Args;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, bool as pybool, bytes, exceptions, int, protocol};

use super::files::c_int;
use super::path::{PathSpec, fsdecode, int_arg, os_error, path_arg};
use super::sys;

/// `posix.environ`: the process environment with bytes keys and values,
/// as CPython has it on POSIX (`os.environ` decodes them).
pub fn environ() -> PyResult {
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    for (k, v) in std::env::vars_os() {
        dict.set_item(
            bytes::new(k.as_bytes().to_vec()),
            bytes::new(v.as_bytes().to_vec()),
        )?;
    }
    Ok(d)
}

/// An environment variable name or value: str (file system encoded) or bytes.
fn env_arg(func: &'static str, what: &'static str, v: &Value) -> PyResult<Vec<u8>> {
    Ok(path_arg(v, PathSpec::new(func, what))?.bytes)
}

pub fn putenv(_m: &Value, args: Args) -> PyResult {
    let a = args.range("putenv", "putenv", 2, 2)?;
    let name = env_arg("putenv", "name", &a[0])?;
    let value = env_arg("putenv", "value", &a[1])?;
    if name.is_empty() || name.contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    sys::setenv(&name, &value).map_err(|e| os_error(&e, None, None))?;
    Ok(none())
}

pub fn unsetenv(_m: &Value, args: Args) -> PyResult {
    let a = args.range("unsetenv", "unsetenv", 1, 1)?;
    let name = env_arg("unsetenv", "name", &a[0])?;
    if name.is_empty() || name.contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    sys::unsetenv(&name).map_err(|e| os_error(&e, None, None))?;
    Ok(none())
}

fn no_args(name: &str, args: Args) -> PyResult<()> {
    args.none(name)
}

pub fn getpid(_m: &Value, args: Args) -> PyResult {
    no_args("getpid", args)?;
    Ok(int::from_i64(i64::from(std::process::id())))
}

pub fn getppid(_m: &Value, args: Args) -> PyResult {
    no_args("getppid", args)?;
    Ok(int::from_i64(i64::from(sys::ids().ppid)))
}

pub fn getuid(_m: &Value, args: Args) -> PyResult {
    no_args("getuid", args)?;
    Ok(int::from_i64(i64::from(sys::ids().uid)))
}

pub fn geteuid(_m: &Value, args: Args) -> PyResult {
    no_args("geteuid", args)?;
    Ok(int::from_i64(i64::from(sys::ids().euid)))
}

pub fn getgid(_m: &Value, args: Args) -> PyResult {
    no_args("getgid", args)?;
    Ok(int::from_i64(i64::from(sys::ids().gid)))
}

pub fn getegid(_m: &Value, args: Args) -> PyResult {
    no_args("getegid", args)?;
    Ok(int::from_i64(i64::from(sys::ids().egid)))
}

pub fn getpgrp(_m: &Value, args: Args) -> PyResult {
    no_args("getpgrp", args)?;
    Ok(int::from_i64(i64::from(sys::ids().pgrp)))
}

pub fn getpgid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getpgid", "getpgid", 1, 1)?;
    let r = sys::getpgid(c_int(&a[0])?, false).map_err(|e| os_error(&e, None, None))?;
    Ok(int::from_i64(i64::from(r)))
}

pub fn getsid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getsid", "getsid", 1, 1)?;
    let r = sys::getpgid(c_int(&a[0])?, true).map_err(|e| os_error(&e, None, None))?;
    Ok(int::from_i64(i64::from(r)))
}

pub fn getgroups(_m: &Value, args: Args) -> PyResult {
    no_args("getgroups", args)?;
    let groups = sys::getgroups().map_err(|e| os_error(&e, None, None))?;
    Ok(List::from_vec(
        groups
            .into_iter()
            .map(|g| int::from_i64(i64::from(g)))
            .collect(),
    ))
}

pub const UNAME_RESULT: ouro_eval::structseq::StructSeqDesc<'static> =
    ouro_eval::structseq::StructSeqDesc {
        name: "posix.uname_result",
        doc: "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.",
        fields: &["sysname", "nodename", "release", "version", "machine"],
        n_in_sequence: 5,
    };

pub fn uname(_m: &Value, args: Args) -> PyResult {
    no_args("uname", args)?;
    let fields = sys::uname().map_err(|e| os_error(&e, None, None))?;
    let values = fields.iter().map(|f| fsdecode(f)).collect();
    ouro_eval::structseq::new_instance(&super::types().uname_result, values)
}

pub const TIMES_RESULT: ouro_eval::structseq::StructSeqDesc<'static> =
    ouro_eval::structseq::StructSeqDesc {
        name: "posix.times_result",
        doc: "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.",
        fields: &[
            "user",
            "system",
            "children_user",
            "children_system",
            "elapsed",
        ],
        n_in_sequence: 5,
    };

pub fn times(_m: &Value, args: Args) -> PyResult {
    no_args("times", args)?;
    let (ticks, per_second) = sys::times().map_err(|e| os_error(&e, None, None))?;
    let values = ticks
        .iter()
        .map(|&t| ouro_objects::float::new(t as f64 / per_second as f64))
        .collect();
    ouro_eval::structseq::new_instance(&super::types().times_result, values)
}

pub const TERMINAL_SIZE: ouro_eval::structseq::StructSeqDesc<'static> =
    ouro_eval::structseq::StructSeqDesc {
        name: "os.terminal_size",
        doc: "A tuple of (columns, lines) for holding terminal window size",
        fields: &["columns", "lines"],
        n_in_sequence: 2,
    };

pub fn get_terminal_size(_m: &Value, args: Args) -> PyResult {
    let a = args.range("get_terminal_size", "get_terminal_size", 0, 1)?;
    let fd = a.first().map_or(Ok(1), c_int)?;
    let (columns, lines) = sys::terminal_size(fd).map_err(|e| os_error(&e, None, None))?;
    ouro_eval::structseq::new_instance(
        &super::types().terminal_size,
        vec![
            int::from_i64(i64::from(columns)),
            int::from_i64(i64::from(lines)),
        ],
    )
}

pub fn umask(_m: &Value, args: Args) -> PyResult {
    let a = args.range("umask", "umask", 1, 1)?;
    let old = sys::umask(c_int(&a[0])? as u32);
    Ok(int::from_i64(i64::from(old)))
}

pub fn kill(_m: &Value, args: Args) -> PyResult {
    let a = args.range("kill", "kill", 2, 2)?;
    sys::kill(c_int(&a[0])?, c_int(&a[1])?).map_err(|e| os_error(&e, None, None))?;
    Ok(none())
}

pub fn exit_now(_m: &Value, args: Args) -> PyResult {
    let [status] = args.parse("_exit", ["status"], 0, 1, 1)?;
    let code = c_int(&status.expect("required"))?;
    sys::exit_now(code)
}

pub fn abort(_m: &Value, args: Args) -> PyResult {
    no_args("abort", args)?;
    std::process::abort()
}

pub fn strerror(_m: &Value, args: Args) -> PyResult {
    let a = args.range("strerror", "strerror", 1, 1)?;
    Ok(PyStr::new(&super::path::strerror(c_int(&a[0])?)))
}

pub fn urandom(_m: &Value, args: Args) -> PyResult {
    let a = args.range("urandom", "urandom", 1, 1)?;
    let n = int_arg(&a[0])?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(&e, None, None))?;
    Ok(bytes::new(buf))
}

pub fn cpu_count(_m: &Value, args: Args) -> PyResult {
    no_args("cpu_count", args)?;
    let n = sys::online_cpus();
    Ok(if n < 1 { none() } else { int::from_i64(n) })
}

pub fn fspath(_m: &Value, args: Args) -> PyResult {
    let [path] = args.parse("fspath", ["path"], 0, 1, 1)?;
    super::path::fspath(&path.expect("required"))
}

/// A wait status argument (a C int).
fn status_arg(args: Args, name: &str) -> PyResult<i32> {
    let [status] = args.parse(name, ["status"], 0, 1, 1)?;
    c_int(&status.expect("required"))
}

pub fn waitstatus_to_exitcode(_m: &Value, args: Args) -> PyResult {
    let status = status_arg(args, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(status) {
        return Ok(int::from_i64(i64::from(libc::WEXITSTATUS(status))));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(int::from_i64(-i64::from(libc::WTERMSIG(status))));
    }
    Err(value_error(format!("invalid wait status: {status}")))
}

macro_rules! wait_macros {
    ($($name:ident => $f:expr, $bool:expr;)*) => {
        $(
            pub fn $name(_m: &Value, args: Args) -> PyResult {
                let status = status_arg(args, stringify!($name))?;
                let r: i64 = i64::from(($f)(status));
                Ok(if $bool { pybool::py_bool(r != 0) } else { int::from_i64(r) })
            }
        )*
    };
}

wait_macros! {
    wcoredump => |s| libc::WCOREDUMP(s), true;
    wifcontinued => |s| libc::WIFCONTINUED(s), true;
    wifstopped => |s| libc::WIFSTOPPED(s), true;
    wifsignaled => |s| libc::WIFSIGNALED(s), true;
    wifexited => |s| libc::WIFEXITED(s), true;
    wexitstatus => |s| libc::WEXITSTATUS(s), false;
    wtermsig => |s| libc::WTERMSIG(s), false;
    wstopsig => |s| libc::WSTOPSIG(s), false;
}

/// A device number argument.
fn dev_arg(v: &Value) -> PyResult<u64> {
    let n = protocol::index(v)?;
    int::to_i64(&n)
        .and_then(|n| u64::try_from(n).ok())
        .ok_or_else(|| {
            PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "Python int too large to convert to C dev_t",
            )
        })
}

pub fn major(_m: &Value, args: Args) -> PyResult {
    let a = args.range("major", "major", 1, 1)?;
    Ok(int::from_i64(i64::from(libc::major(dev_arg(&a[0])?))))
}

pub fn minor(_m: &Value, args: Args) -> PyResult {
    let a = args.range("minor", "minor", 1, 1)?;
    Ok(int::from_i64(i64::from(libc::minor(dev_arg(&a[0])?))))
}

pub fn makedev(_m: &Value, args: Args) -> PyResult {
    let a = args.range("makedev", "makedev", 2, 2)?;
    let (ma, mi) = (c_int(&a[0])?, c_int(&a[1])?);
    if ma < 0 || mi < 0 {
        return Err(type_error("makedev: negative device numbers"));
    }
    Ok(int::from_i128(i128::from(libc::makedev(
        ma as u32, mi as u32,
    ))))
}
