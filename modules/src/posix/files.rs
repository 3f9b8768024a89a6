//! `posix` calls on files by name: stat and `stat_result`, open/read/write/close, mkdir, unlink, rename, chmod, chown, utime, links, access, truncate; mirrors the matching `os_*_impl`s of Modules/posixmodule.c.

use ouro_objects::args::Args;
use ouro_objects::bytes::{self, as_bytes_like};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::tuple::Tuple;
use ouro_objects::{TypeRef, Value, bool as pybool, exceptions, float, int, protocol};

use super::path::{
    PathArg, PathSpec, dir_fd_arg, flag_arg, int_arg, os_error, os_error_errno, path_arg,
    path_error,
};
use super::sys;

/// `os.stat_result`'s fields: seven integers, the three times as integer
/// seconds (sequence only), then as floats and nanoseconds, then the
/// Linux-only fields.
pub const STAT_RESULT: ouro_eval::structseq::StructSeqDesc<'static> =
    ouro_eval::structseq::StructSeqDesc {
        name: "os.stat_result",
        doc: "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.",
        fields: &[
            "st_mode",
            "st_ino",
            "st_dev",
            "st_nlink",
            "st_uid",
            "st_gid",
            "st_size",
            ouro_eval::structseq::UNNAMED,
            ouro_eval::structseq::UNNAMED,
            ouro_eval::structseq::UNNAMED,
            "st_atime",
            "st_mtime",
            "st_ctime",
            "st_atime_ns",
            "st_mtime_ns",
            "st_ctime_ns",
            "st_blksize",
            "st_blocks",
            "st_rdev",
        ],
        n_in_sequence: 10,
    };

/// A `stat_result` from a `struct stat` (`_pystat_fromstructstat`).
pub fn stat_result(st: &sys::Stat) -> PyResult {
    let times = [
        (st.st_atime, st.st_atime_nsec),
        (st.st_mtime, st.st_mtime_nsec),
        (st.st_ctime, st.st_ctime_nsec),
    ];
    let mut values = vec![
        int::from_i64(i64::from(st.st_mode)),
        int::from_i128(i128::from(st.st_ino)),
        int::from_i128(i128::from(st.st_dev)),
        int::from_i128(i128::from(st.st_nlink)),
        int::from_i64(i64::from(st.st_uid)),
        int::from_i64(i64::from(st.st_gid)),
        int::from_i64(st.st_size),
    ];
    values.extend(times.iter().map(|&(s, _)| int::from_i64(s)));
    values.extend(
        times
            .iter()
            .map(|&(s, ns)| float::new(s as f64 + ns as f64 * 1e-9)),
    );
    values.extend(
        times
            .iter()
            .map(|&(s, ns)| int::from_i128(i128::from(s) * 1_000_000_000 + i128::from(ns))),
    );
    values.push(int::from_i64(st.st_blksize));
    values.push(int::from_i64(st.st_blocks));
    values.push(int::from_i128(i128::from(st.st_rdev)));
    ouro_eval::structseq::new_instance(&super::types().stat_result, values)
}

pub static STAT_RESULT_NEW: ouro_objects::descr::MethodDef = ouro_objects::descr::MethodDef::new(
    "__new__",
    stat_result_new,
    "Create and return a new object.  See help(type) for accurate signature.",
);

/// `statresult_new`: the struct sequence constructor, then float times
/// left out (None) are taken from the integer ones.
fn stat_result_new(ty: &Value, args: Args) -> PyResult {
    let obj = ouro_eval::structseq::structseq_new(ty, args)?;
    let mut values = ouro_eval::structseq::values(&obj)?;
    let mut changed = false;
    for i in 7..10 {
        if is_none(&values[i + 3]) {
            values[i + 3] = values[i].clone();
            changed = true;
        }
    }
    if !changed {
        return Ok(obj);
    }
    let ty = TypeRef::from_value(&obj.type_value()).expect("a type");
    ouro_eval::structseq::new_instance(&ty, values)
}

/// stat/lstat/fstat on a path or descriptor.
pub fn do_stat(path: &PathArg, dir_fd: i32, follow: bool) -> PyResult {
    let st = match path.fd {
        Some(fd) => sys::fstat(fd),
        None => sys::stat(dir_fd, &path.bytes, follow),
    };
    stat_result(&st.map_err(|e| path_error(&e, path))?)
}

pub fn stat(_m: &Value, args: Args) -> PyResult {
    let [path, dir_fd, follow] =
        args.parse("stat", ["path", "dir_fd", "follow_symlinks"], 0, 1, 1)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("stat", "path").fd())?;
    do_stat(
        &path,
        dir_fd_arg(dir_fd.as_ref())?,
        flag_arg(follow.as_ref(), true)?,
    )
}

pub fn lstat(_m: &Value, args: Args) -> PyResult {
    let [path, dir_fd] = args.parse("lstat", ["path", "dir_fd"], 0, 1, 1)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("lstat", "path"))?;
    do_stat(&path, dir_fd_arg(dir_fd.as_ref())?, false)
}

pub fn fstat(_m: &Value, args: Args) -> PyResult {
    let [fd] = args.parse("fstat", ["fd"], 0, 1, 1)?;
    let fd = c_int(&fd.expect("required"))?;
    stat_result(&sys::fstat(fd).map_err(|e| os_error(&e, None, None))?)
}

/// `os.open(path, flags, mode=0o777, *, dir_fd=None)`: non-inheritable.
pub fn open(_m: &Value, args: Args) -> PyResult {
    let [path, flags, mode, dir_fd] =
        args.parse("open", ["path", "flags", "mode", "dir_fd"], 0, 2, 3)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("open", "path"))?;
    let flags = c_int(&flags.expect("required"))?;
    let mode = mode.as_ref().map_or(Ok(0o777), c_int)?;
    let fd = sys::open(
        dir_fd_arg(dir_fd.as_ref())?,
        &path.bytes,
        flags | libc::O_CLOEXEC,
        mode as u32,
    )
    .map_err(|e| path_error(&e, &path))?;
    Ok(int::from_i64(i64::from(fd)))
}

/// An `int` argument that must fit in a C int.
pub fn c_int(v: &Value) -> PyResult<i32> {
    let n = int_arg(v)?;
    i32::try_from(n).map_err(|_| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            if n < 0 {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            },
        )
    })
}

pub fn close(_m: &Value, args: Args) -> PyResult {
    let [fd] = args.parse("close", ["fd"], 0, 1, 1)?;
    let fd = c_int(&fd.expect("required"))?;
    sys::close(fd).map_err(|e| os_error(&e, None, None))?;
    Ok(none())
}

pub fn closerange(_m: &Value, args: Args) -> PyResult {
    let a = args.range("closerange", "closerange", 2, 2)?;
    let (low, high) = (c_int(&a[0])?, c_int(&a[1])?);
    sys::close_range(low.max(0), high);
    Ok(none())
}

pub fn read(_m: &Value, args: Args) -> PyResult {
    let a = args.range("read", "read", 2, 2)?;
    let fd = c_int(&a[0])?;
    let n = int_arg(&a[1])?;
    if n < 0 {
        return Err(os_error_errno(libc::EINVAL, None, None));
    }
    let data =
        super::retrying(|| sys::read(fd, n as usize))?.map_err(|e| os_error(&e, None, None))?;
    Ok(bytes::new(data))
}

pub fn write(_m: &Value, args: Args) -> PyResult {
    let a = args.range("write", "write", 2, 2)?;
    let fd = c_int(&a[0])?;
    let data = as_bytes_like(&a[1]).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(&a[1])
        ))
    })?;
    let n = super::retrying(|| sys::write(fd, &data))?.map_err(|e| os_error(&e, None, None))?;
    Ok(int::from_usize(n))
}

pub fn mkdir(_m: &Value, args: Args) -> PyResult {
    let [path, mode, dir_fd] = args.parse("mkdir", ["path", "mode", "dir_fd"], 0, 1, 2)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("mkdir", "path"))?;
    let mode = mode.as_ref().map_or(Ok(0o777), c_int)?;
    sys::mkdir(dir_fd_arg(dir_fd.as_ref())?, &path.bytes, mode as u32)
        .map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

fn remove_common(name: &'static str, args: Args, rmdir: bool) -> PyResult {
    let [path, dir_fd] = args.parse(name, ["path", "dir_fd"], 0, 1, 1)?;
    let path = path_arg(&path.expect("required"), PathSpec::new(name, "path"))?;
    sys::unlink(dir_fd_arg(dir_fd.as_ref())?, &path.bytes, rmdir)
        .map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn unlink(_m: &Value, args: Args) -> PyResult {
    remove_common("unlink", args, false)
}

pub fn remove(_m: &Value, args: Args) -> PyResult {
    remove_common("remove", args, false)
}

pub fn rmdir(_m: &Value, args: Args) -> PyResult {
    remove_common("rmdir", args, true)
}

fn rename_common(name: &'static str, args: Args) -> PyResult {
    let [src, dst, src_dir_fd, dst_dir_fd] =
        args.parse(name, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 0, 2, 2)?;
    let src = path_arg(&src.expect("required"), PathSpec::new(name, "src"))?;
    let dst = path_arg(&dst.expect("required"), PathSpec::new(name, "dst"))?;
    sys::rename(
        dir_fd_arg(src_dir_fd.as_ref())?,
        &src.bytes,
        dir_fd_arg(dst_dir_fd.as_ref())?,
        &dst.bytes,
    )
    .map_err(|e| os_error(&e, Some(&src.object), Some(&dst.object)))?;
    Ok(none())
}

pub fn rename(_m: &Value, args: Args) -> PyResult {
    rename_common("rename", args)
}

pub fn replace(_m: &Value, args: Args) -> PyResult {
    rename_common("replace", args)
}

pub fn chmod(_m: &Value, args: Args) -> PyResult {
    let [path, mode, dir_fd, follow] = args.parse(
        "chmod",
        ["path", "mode", "dir_fd", "follow_symlinks"],
        0,
        2,
        2,
    )?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("chmod", "path").fd(),
    )?;
    let mode = c_int(&mode.expect("required"))? as u32;
    let r = match path.fd {
        Some(fd) => sys::fchmod(fd, mode),
        None => sys::chmod(
            dir_fd_arg(dir_fd.as_ref())?,
            &path.bytes,
            mode,
            flag_arg(follow.as_ref(), true)?,
        ),
    };
    r.map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn fchmod(_m: &Value, args: Args) -> PyResult {
    let [fd, mode] = args.parse("fchmod", ["fd", "mode"], 0, 2, 2)?;
    let fd = c_int(&fd.expect("required"))?;
    sys::fchmod(fd, c_int(&mode.expect("required"))? as u32)
        .map_err(|e| os_error(&e, None, None))?;
    Ok(none())
}

/// A uid or gid argument; -1 means "unchanged".
fn id_arg(v: &Value) -> PyResult<u32> {
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

pub fn chown(_m: &Value, args: Args) -> PyResult {
    let [path, uid, gid, dir_fd, follow] = args.parse(
        "chown",
        ["path", "uid", "gid", "dir_fd", "follow_symlinks"],
        0,
        3,
        3,
    )?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("chown", "path").fd(),
    )?;
    let (uid, gid) = (
        id_arg(&uid.expect("required"))?,
        id_arg(&gid.expect("required"))?,
    );
    let r = match path.fd {
        Some(fd) => sys::fchown(fd, uid, gid),
        None => sys::chown(
            dir_fd_arg(dir_fd.as_ref())?,
            &path.bytes,
            uid,
            gid,
            flag_arg(follow.as_ref(), true)?,
        ),
    };
    r.map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn lchown(_m: &Value, args: Args) -> PyResult {
    let [path, uid, gid] = args.parse("lchown", ["path", "uid", "gid"], 0, 3, 3)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("lchown", "path"))?;
    let (uid, gid) = (
        id_arg(&uid.expect("required"))?,
        id_arg(&gid.expect("required"))?,
    );
    sys::chown(sys::AT_FDCWD, &path.bytes, uid, gid, false).map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn fchown(_m: &Value, args: Args) -> PyResult {
    let [fd, uid, gid] = args.parse("fchown", ["fd", "uid", "gid"], 0, 3, 3)?;
    let fd = c_int(&fd.expect("required"))?;
    let (uid, gid) = (
        id_arg(&uid.expect("required"))?,
        id_arg(&gid.expect("required"))?,
    );
    sys::fchown(fd, uid, gid).map_err(|e| os_error(&e, None, None))?;
    Ok(none())
}

/// A time in seconds (int or float) as (seconds, nanoseconds), rounding
/// toward minus infinity like `_PyTime_ObjectToTimespec`'s ROUND_FLOOR.
fn seconds_arg(v: &Value) -> PyResult<(i64, i64)> {
    if let Some(f) = float::as_f64(v).filter(|_| !int::is_int(v)) {
        if !f.is_finite() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let secs = f.floor();
        let mut ns = ((f - secs) * 1e9).floor() as i64;
        let mut s = secs as i64;
        if ns >= 1_000_000_000 {
            s += 1;
            ns -= 1_000_000_000;
        }
        return Ok((s, ns));
    }
    Ok((int_arg(v)?, 0))
}

/// A nanosecond count as (seconds, nanoseconds).
fn ns_arg(v: &Value) -> PyResult<(i64, i64)> {
    let n = protocol::index(v)?;
    let n = int::to_i64(&n).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "timestamp too large to convert to C time_t",
        )
    })?;
    Ok((n.div_euclid(1_000_000_000), n.rem_euclid(1_000_000_000)))
}

fn pair(
    v: &Value,
    what: &str,
    convert: fn(&Value) -> PyResult<(i64, i64)>,
) -> PyResult<[(i64, i64); 2]> {
    let items = v
        .downcast::<Tuple>()
        .filter(|t| t.len() == 2)
        .ok_or_else(|| type_error(format!("utime: {what} must be a tuple of two ints")))?;
    Ok([
        convert(&items.as_slice()[0])?,
        convert(&items.as_slice()[1])?,
    ])
}

pub fn utime(_m: &Value, args: Args) -> PyResult {
    let [path, times, ns, dir_fd, follow] = args.parse(
        "utime",
        ["path", "times", "ns", "dir_fd", "follow_symlinks"],
        0,
        1,
        2,
    )?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("utime", "path").fd(),
    )?;
    let times = times.filter(|t| !is_none(t));
    let value = match (&times, &ns) {
        (Some(_), Some(_)) => {
            return Err(value_error(
                "utime: you may specify either 'times' or 'ns' but not both",
            ));
        }
        (Some(t), None) => {
            let items = t
                .downcast::<Tuple>()
                .filter(|t| t.len() == 2)
                .ok_or_else(|| {
                    type_error("utime: 'times' must be either a tuple of two ints or None")
                })?;
            Some([
                seconds_arg(&items.as_slice()[0])?,
                seconds_arg(&items.as_slice()[1])?,
            ])
        }
        (None, Some(n)) => Some(pair(n, "ns", ns_arg)?),
        (None, None) => None,
    };
    let r = match path.fd {
        Some(fd) => sys::futime(fd, value),
        None => sys::utime(
            dir_fd_arg(dir_fd.as_ref())?,
            &path.bytes,
            value,
            flag_arg(follow.as_ref(), true)?,
        ),
    };
    r.map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn link(_m: &Value, args: Args) -> PyResult {
    let [src, dst, src_dir_fd, dst_dir_fd, follow] = args.parse(
        "link",
        ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        0,
        2,
        2,
    )?;
    let src = path_arg(&src.expect("required"), PathSpec::new("link", "src"))?;
    let dst = path_arg(&dst.expect("required"), PathSpec::new("link", "dst"))?;
    sys::link(
        dir_fd_arg(src_dir_fd.as_ref())?,
        &src.bytes,
        dir_fd_arg(dst_dir_fd.as_ref())?,
        &dst.bytes,
        flag_arg(follow.as_ref(), true)?,
    )
    .map_err(|e| os_error(&e, Some(&src.object), Some(&dst.object)))?;
    Ok(none())
}

pub fn symlink(_m: &Value, args: Args) -> PyResult {
    let [src, dst, _target_is_directory, dir_fd] = args.parse(
        "symlink",
        ["src", "dst", "target_is_directory", "dir_fd"],
        0,
        2,
        3,
    )?;
    let src = path_arg(&src.expect("required"), PathSpec::new("symlink", "src"))?;
    let dst = path_arg(&dst.expect("required"), PathSpec::new("symlink", "dst"))?;
    sys::symlink(&src.bytes, dir_fd_arg(dir_fd.as_ref())?, &dst.bytes)
        .map_err(|e| os_error(&e, Some(&src.object), Some(&dst.object)))?;
    Ok(none())
}

pub fn readlink(_m: &Value, args: Args) -> PyResult {
    let [path, dir_fd] = args.parse("readlink", ["path", "dir_fd"], 0, 1, 1)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("readlink", "path"))?;
    let target = sys::readlink(dir_fd_arg(dir_fd.as_ref())?, &path.bytes)
        .map_err(|e| path_error(&e, &path))?;
    Ok(path.wrap(&target))
}

pub fn access(_m: &Value, args: Args) -> PyResult {
    let [path, mode, dir_fd, effective_ids, follow] = args.parse(
        "access",
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        0,
        2,
        2,
    )?;
    let path = path_arg(&path.expect("required"), PathSpec::new("access", "path"))?;
    let mode = c_int(&mode.expect("required"))?;
    Ok(pybool::py_bool(sys::access(
        dir_fd_arg(dir_fd.as_ref())?,
        &path.bytes,
        mode,
        flag_arg(effective_ids.as_ref(), false)?,
        flag_arg(follow.as_ref(), true)?,
    )))
}

pub fn truncate(_m: &Value, args: Args) -> PyResult {
    let [path, length] = args.parse("truncate", ["path", "length"], 0, 2, 2)?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("truncate", "path").fd(),
    )?;
    let length = int_arg(&length.expect("required"))?;
    let r = match path.fd {
        Some(fd) => sys::ftruncate(fd, length),
        None => sys::truncate(&path.bytes, length),
    };
    r.map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn pread(_m: &Value, args: Args) -> PyResult {
    let a = args.range("pread", "pread", 3, 3)?;
    let fd = c_int(&a[0])?;
    let n = int_arg(&a[1])?;
    if n < 0 {
        return Err(os_error_errno(libc::EINVAL, None, None));
    }
    let data = sys::pread(fd, n as usize, int_arg(&a[2])?).map_err(|e| os_error(&e, None, None))?;
    Ok(bytes::new(data))
}

pub fn pwrite(_m: &Value, args: Args) -> PyResult {
    let a = args.range("pwrite", "pwrite", 3, 3)?;
    let fd = c_int(&a[0])?;
    let data = as_bytes_like(&a[1]).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(&a[1])
        ))
    })?;
    let n = sys::pwrite(fd, &data, int_arg(&a[2])?).map_err(|e| os_error(&e, None, None))?;
    Ok(int::from_usize(n))
}

pub fn mkfifo(_m: &Value, args: Args) -> PyResult {
    let [path, mode, dir_fd] = args.parse("mkfifo", ["path", "mode", "dir_fd"], 0, 1, 2)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("mkfifo", "path"))?;
    let mode = mode.as_ref().map_or(Ok(0o666), c_int)?;
    sys::mknod(dir_fd_arg(dir_fd.as_ref())?, &path.bytes, mode as u32, None)
        .map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn mknod(_m: &Value, args: Args) -> PyResult {
    let [path, mode, device, dir_fd] =
        args.parse("mknod", ["path", "mode", "device", "dir_fd"], 0, 1, 3)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("mknod", "path"))?;
    let mode = mode.as_ref().map_or(Ok(0o600), c_int)?;
    let device = match &device {
        Some(d) => u64::try_from(int_arg(d)?).map_err(|_| {
            PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "can't convert negative int to unsigned",
            )
        })?,
        None => 0,
    };
    sys::mknod(
        dir_fd_arg(dir_fd.as_ref())?,
        &path.bytes,
        mode as u32,
        Some(device),
    )
    .map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

/// `os.statvfs_result`: ten sequence fields and the file system id.
pub const STATVFS_RESULT: ouro_eval::structseq::StructSeqDesc<'static> =
    ouro_eval::structseq::StructSeqDesc {
        name: "os.statvfs_result",
        doc: "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.",
        fields: &[
            "f_bsize",
            "f_frsize",
            "f_blocks",
            "f_bfree",
            "f_bavail",
            "f_files",
            "f_ffree",
            "f_favail",
            "f_flag",
            "f_namemax",
            "f_fsid",
        ],
        n_in_sequence: 10,
    };

fn statvfs_result(st: &libc::statvfs) -> PyResult {
    let u = |x: u64| int::from_i128(i128::from(x));
    ouro_eval::structseq::new_instance(
        &super::types().statvfs_result,
        vec![
            u(st.f_bsize),
            u(st.f_frsize),
            u(st.f_blocks),
            u(st.f_bfree),
            u(st.f_bavail),
            u(st.f_files),
            u(st.f_ffree),
            u(st.f_favail),
            u(st.f_flag),
            u(st.f_namemax),
            u(st.f_fsid),
        ],
    )
}

pub fn statvfs(_m: &Value, args: Args) -> PyResult {
    let [path] = args.parse("statvfs", ["path"], 0, 1, 1)?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("statvfs", "path").fd(),
    )?;
    let st = match path.fd {
        Some(fd) => sys::statvfs(None, fd),
        None => sys::statvfs(Some(&path.bytes), 0),
    };
    statvfs_result(&st.map_err(|e| path_error(&e, &path))?)
}

pub fn fstatvfs(_m: &Value, args: Args) -> PyResult {
    let a = args.range("fstatvfs", "fstatvfs", 1, 1)?;
    let st = sys::statvfs(None, c_int(&a[0])?).map_err(|e| os_error(&e, None, None))?;
    statvfs_result(&st)
}
