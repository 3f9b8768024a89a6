//! `posix` process control: the set*id calls, priorities, scheduling, process groups, `system`, `getlogin`, load averages and `getrandom`; mirrors the matching `os_*_impl`s of Modules/posixmodule.c.

use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::ExitStatusExt;

use ouro_objects::args::Args;
use ouro_objects::err::{PyErr, PyResult};
use ouro_objects::none::none;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, bytes, exceptions, float, int};

use super::files::c_int;
use super::path::{PathSpec, fsdecode, int_arg, os_error, path_arg};
use super::sys::{self, IdCall};

fn os_err(e: std::io::Error) -> PyErr {
    os_error(&e, None, None)
}

/// A uid/gid argument (-1 is "unchanged" where the call allows it).
fn id(v: &Value) -> PyResult<u32> {
    let n = int_arg(v)?;
    if n == -1 {
        return Ok(u32::MAX);
    }
    u32::try_from(n).map_err(|_| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            if n < 0 {
                "uid is less than minimum"
            } else {
                "uid is greater than maximum"
            },
        )
    })
}

fn run(call: IdCall) -> PyResult {
    sys::id_call(call).map_err(os_err)?;
    Ok(none())
}

pub fn setsid(_m: &Value, args: Args) -> PyResult {
    args.none("posix.setsid")?;
    run(IdCall::Setsid)
}

pub fn setpgrp(_m: &Value, args: Args) -> PyResult {
    args.none("posix.setpgrp")?;
    run(IdCall::Setpgrp)
}

pub fn setpgid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("setpgid", "setpgid", 2, 2)?;
    run(IdCall::Setpgid(c_int(&a[0])?, c_int(&a[1])?))
}

pub fn killpg(_m: &Value, args: Args) -> PyResult {
    let a = args.range("killpg", "killpg", 2, 2)?;
    run(IdCall::Killpg(c_int(&a[0])?, c_int(&a[1])?))
}

macro_rules! one_id_calls {
    ($($fname:ident = $name:literal => $variant:ident;)*) => {
        $(
            pub fn $fname(_m: &Value, args: Args) -> PyResult {
                let a = args.range($name, $name, 1, 1)?;
                run(IdCall::$variant(id(&a[0])?))
            }
        )*
    };
}

one_id_calls! {
    setuid = "setuid" => Setuid;
    setgid = "setgid" => Setgid;
    seteuid = "seteuid" => Seteuid;
    setegid = "setegid" => Setegid;
}

pub fn setreuid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("setreuid", "setreuid", 2, 2)?;
    run(IdCall::Setreuid(id(&a[0])?, id(&a[1])?))
}

pub fn setregid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("setregid", "setregid", 2, 2)?;
    run(IdCall::Setregid(id(&a[0])?, id(&a[1])?))
}

pub fn setresuid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("setresuid", "setresuid", 3, 3)?;
    run(IdCall::Setresuid(id(&a[0])?, id(&a[1])?, id(&a[2])?))
}

pub fn setresgid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("setresgid", "setresgid", 3, 3)?;
    run(IdCall::Setresgid(id(&a[0])?, id(&a[1])?, id(&a[2])?))
}

fn ids_tuple(ids: [u32; 3]) -> Value {
    Tuple::new(ids.iter().map(|&i| int::from_i64(i64::from(i))).collect())
}

pub fn getresuid(_m: &Value, args: Args) -> PyResult {
    args.none("posix.getresuid")?;
    Ok(ids_tuple(sys::getres(false).map_err(os_err)?))
}

pub fn getresgid(_m: &Value, args: Args) -> PyResult {
    args.none("posix.getresgid")?;
    Ok(ids_tuple(sys::getres(true).map_err(os_err)?))
}

pub fn nice(_m: &Value, args: Args) -> PyResult {
    let a = args.range("nice", "nice", 1, 1)?;
    let r = sys::nice(c_int(&a[0])?).map_err(os_err)?;
    Ok(int::from_i64(i64::from(r)))
}

pub fn getpriority(_m: &Value, args: Args) -> PyResult {
    let [which, who] = args.parse("getpriority", ["which", "who"], 0, 2, 2)?;
    let r = sys::getpriority(
        c_int(&which.expect("required"))? as u32,
        c_int(&who.expect("required"))? as u32,
    )
    .map_err(os_err)?;
    Ok(int::from_i64(i64::from(r)))
}

pub fn setpriority(_m: &Value, args: Args) -> PyResult {
    let [which, who, priority] =
        args.parse("setpriority", ["which", "who", "priority"], 0, 3, 3)?;
    sys::setpriority(
        c_int(&which.expect("required"))? as u32,
        c_int(&who.expect("required"))? as u32,
        c_int(&priority.expect("required"))?,
    )
    .map_err(os_err)?;
    Ok(none())
}

pub fn sched_yield(_m: &Value, args: Args) -> PyResult {
    args.none("posix.sched_yield")?;
    sys::sched_yield();
    Ok(none())
}

pub fn sched_getaffinity(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sched_getaffinity", "sched_getaffinity", 1, 1)?;
    let cpus = sys::sched_getaffinity(c_int(&a[0])?).map_err(os_err)?;
    ouro_objects::set::set_from(cpus.into_iter().map(int::from_usize).collect())
}

pub fn getloadavg(_m: &Value, args: Args) -> PyResult {
    args.none("posix.getloadavg")?;
    let avg = sys::loadavg().map_err(os_err)?;
    Ok(Tuple::new(avg.iter().map(|&x| float::new(x)).collect()))
}

pub fn getlogin(_m: &Value, args: Args) -> PyResult {
    args.none("posix.getlogin")?;
    match sys::getlogin() {
        Some(name) => Ok(fsdecode(&name)),
        None => Err(os_error(&std::io::Error::last_os_error(), None, None)),
    }
}

pub fn ttyname(_m: &Value, args: Args) -> PyResult {
    let a = args.range("ttyname", "ttyname", 1, 1)?;
    let name = sys::ttyname(c_int(&a[0])?).map_err(os_err)?;
    Ok(fsdecode(&name))
}

pub fn ctermid(_m: &Value, args: Args) -> PyResult {
    args.none("posix.ctermid")?;
    Ok(fsdecode(b"/dev/tty"))
}

pub fn getrandom(_m: &Value, args: Args) -> PyResult {
    let [size, flags] = args.parse("getrandom", ["size", "flags"], 0, 1, 2)?;
    let size = int_arg(&size.expect("required"))?;
    if size < 0 {
        return Err(os_error(
            &std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
            None,
        ));
    }
    let flags = flags.as_ref().map_or(Ok(0), c_int)?;
    let data = sys::getrandom(size as usize, flags as u32).map_err(os_err)?;
    Ok(bytes::new(data))
}

pub fn sync(_m: &Value, args: Args) -> PyResult {
    args.none("posix.sync")?;
    sys::sync();
    Ok(none())
}

/// `system(command)`: runs `/bin/sh -c command` and returns its wait status.
pub fn system(_m: &Value, args: Args) -> PyResult {
    let [command] = args.parse("system", ["command"], 0, 1, 1)?;
    let command = path_arg(
        &command.expect("required"),
        PathSpec::new("system", "command"),
    )?;
    let status = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(std::ffi::OsStr::from_bytes(&command.bytes))
        .status();
    match status {
        Ok(s) => Ok(int::from_i64(i64::from(s.into_raw()))),
        Err(_) => Ok(int::from_i64(-1)),
    }
}

pub fn chroot(_m: &Value, args: Args) -> PyResult {
    let [path] = args.parse("chroot", ["path"], 0, 1, 1)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("chroot", "path"))?;
    sys::chroot(&path.bytes).map_err(|e| super::path::path_error(&e, &path))?;
    Ok(none())
}

pub fn getgrouplist(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getgrouplist", "getgrouplist", 2, 2)?;
    let user = path_arg(&a[0], PathSpec::new("getgrouplist", "user"))?;
    let groups = sys::getgrouplist(&user.bytes, id(&a[1])?).map_err(os_err)?;
    Ok(ouro_objects::list::List::from_vec(
        groups
            .into_iter()
            .map(|g| int::from_i64(i64::from(g)))
            .collect(),
    ))
}

pub fn initgroups(_m: &Value, args: Args) -> PyResult {
    let a = args.range("initgroups", "initgroups", 2, 2)?;
    let user = path_arg(&a[0], PathSpec::new("initgroups", "username"))?;
    sys::initgroups(&user.bytes, id(&a[1])?).map_err(os_err)?;
    Ok(none())
}
