//! The rarer Linux calls of `posix`: waitpid, scheduling, sysconf/confstr/pathconf and their name tables, lockf, fadvise/fallocate, terminal process groups, setgroups, memfd/eventfd/pidfd, sendfile/copy_file_range/writev, namespaces and pseudo-terminals; mirrors the matching `os_*_impl`s of Modules/posixmodule.c.

use ouro_objects::args::Args;
use ouro_objects::bytes::as_bytes_like;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, bool as pybool, float, int, protocol};

use super::files::c_int;
use super::path::{PathSpec, fsdecode, int_arg, os_error, path_arg, path_error};
use super::sys::{self, Conf, Pty, SchedQuery};

fn os_err(e: std::io::Error) -> PyErr {
    os_error(&e, None, None)
}

fn small(n: i32) -> Value {
    int::from_i64(i64::from(n))
}

pub fn waitpid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("waitpid", "waitpid", 2, 2)?;
    let (pid, options) = (c_int(&a[0])?, c_int(&a[1])?);
    let (pid, status) = super::retrying(|| sys::waitpid(pid, options))?.map_err(os_err)?;
    Ok(Tuple::new(vec![small(pid), small(status)]))
}

pub fn wait(_m: &Value, args: Args) -> PyResult {
    args.none("posix.wait")?;
    let (pid, status) = super::retrying(|| sys::waitpid(-1, 0))?.map_err(os_err)?;
    Ok(Tuple::new(vec![small(pid), small(status)]))
}

fn sched(q: SchedQuery) -> PyResult {
    Ok(small(sys::sched_query(q).map_err(os_err)?))
}

pub fn sched_get_priority_max(_m: &Value, args: Args) -> PyResult {
    let [policy] = args.parse("sched_get_priority_max", ["policy"], 0, 1, 1)?;
    sched(SchedQuery::PriorityMax(c_int(&policy.expect("required"))?))
}

pub fn sched_get_priority_min(_m: &Value, args: Args) -> PyResult {
    let [policy] = args.parse("sched_get_priority_min", ["policy"], 0, 1, 1)?;
    sched(SchedQuery::PriorityMin(c_int(&policy.expect("required"))?))
}

pub fn sched_getscheduler(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sched_getscheduler", "sched_getscheduler", 1, 1)?;
    sched(SchedQuery::Scheduler(c_int(&a[0])?))
}

pub fn sched_setaffinity(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sched_setaffinity", "sched_setaffinity", 2, 2)?;
    let pid = c_int(&a[0])?;
    let mut cpus = Vec::new();
    for cpu in protocol::collect(&a[1])? {
        let n = int_arg(&cpu)?;
        if n < 0 {
            return Err(value_error("negative CPU number"));
        }
        cpus.push(n as usize);
    }
    sys::sched_setaffinity(pid, &cpus).map_err(os_err)?;
    Ok(none())
}

pub fn sched_rr_get_interval(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sched_rr_get_interval", "sched_rr_get_interval", 1, 1)?;
    Ok(float::new(
        sys::sched_rr_get_interval(c_int(&a[0])?).map_err(os_err)?,
    ))
}

/// `os.sysconf_names`: the Linux values of the `SC_*` names.
const SYSCONF_NAMES: &[(&str, i32)] = &[
    ("SC_2_CHAR_TERM", 95),
    ("SC_2_C_BIND", 47),
    ("SC_2_C_DEV", 48),
    ("SC_2_C_VERSION", 96),
    ("SC_2_FORT_DEV", 49),
    ("SC_2_FORT_RUN", 50),
    ("SC_2_LOCALEDEF", 52),
    ("SC_2_SW_DEV", 51),
    ("SC_2_UPE", 97),
    ("SC_2_VERSION", 46),
    ("SC_AIO_LISTIO_MAX", 23),
    ("SC_AIO_MAX", 24),
    ("SC_AIO_PRIO_DELTA_MAX", 25),
    ("SC_ARG_MAX", 0),
    ("SC_ASYNCHRONOUS_IO", 12),
    ("SC_ATEXIT_MAX", 87),
    ("SC_AVPHYS_PAGES", 86),
    ("SC_BC_BASE_MAX", 36),
    ("SC_BC_DIM_MAX", 37),
    ("SC_BC_SCALE_MAX", 38),
    ("SC_BC_STRING_MAX", 39),
    ("SC_CHARCLASS_NAME_MAX", 45),
    ("SC_CHAR_BIT", 101),
    ("SC_CHAR_MAX", 102),
    ("SC_CHAR_MIN", 103),
    ("SC_CHILD_MAX", 1),
    ("SC_CLK_TCK", 2),
    ("SC_COLL_WEIGHTS_MAX", 40),
    ("SC_DELAYTIMER_MAX", 26),
    ("SC_EQUIV_CLASS_MAX", 41),
    ("SC_EXPR_NEST_MAX", 42),
    ("SC_FSYNC", 15),
    ("SC_GETGR_R_SIZE_MAX", 69),
    ("SC_GETPW_R_SIZE_MAX", 70),
    ("SC_INT_MAX", 104),
    ("SC_INT_MIN", 105),
    ("SC_IOV_MAX", 60),
    ("SC_JOB_CONTROL", 7),
    ("SC_LINE_MAX", 43),
    ("SC_LOGIN_NAME_MAX", 71),
    ("SC_LONG_BIT", 106),
    ("SC_MAPPED_FILES", 16),
    ("SC_MB_LEN_MAX", 108),
    ("SC_MEMLOCK", 17),
    ("SC_MEMLOCK_RANGE", 18),
    ("SC_MEMORY_PROTECTION", 19),
    ("SC_MESSAGE_PASSING", 20),
    ("SC_MINSIGSTKSZ", 249),
    ("SC_MQ_OPEN_MAX", 27),
    ("SC_MQ_PRIO_MAX", 28),
    ("SC_NGROUPS_MAX", 3),
    ("SC_NL_ARGMAX", 119),
    ("SC_NL_LANGMAX", 120),
    ("SC_NL_MSGMAX", 121),
    ("SC_NL_NMAX", 122),
    ("SC_NL_SETMAX", 123),
    ("SC_NL_TEXTMAX", 124),
    ("SC_NPROCESSORS_CONF", 83),
    ("SC_NPROCESSORS_ONLN", 84),
    ("SC_NZERO", 109),
    ("SC_OPEN_MAX", 4),
    ("SC_PAGESIZE", 30),
    ("SC_PAGE_SIZE", 30),
    ("SC_PASS_MAX", 88),
    ("SC_PHYS_PAGES", 85),
    ("SC_PII", 53),
    ("SC_PII_INTERNET", 56),
    ("SC_PII_INTERNET_DGRAM", 62),
    ("SC_PII_INTERNET_STREAM", 61),
    ("SC_PII_OSI", 57),
    ("SC_PII_OSI_CLTS", 64),
    ("SC_PII_OSI_COTS", 63),
    ("SC_PII_OSI_M", 65),
    ("SC_PII_SOCKET", 55),
    ("SC_PII_XTI", 54),
    ("SC_POLL", 58),
    ("SC_PRIORITIZED_IO", 13),
    ("SC_PRIORITY_SCHEDULING", 10),
    ("SC_REALTIME_SIGNALS", 9),
    ("SC_RE_DUP_MAX", 44),
    ("SC_RTSIG_MAX", 31),
    ("SC_SAVED_IDS", 8),
    ("SC_SCHAR_MAX", 111),
    ("SC_SCHAR_MIN", 112),
    ("SC_SELECT", 59),
    ("SC_SEMAPHORES", 21),
    ("SC_SEM_NSEMS_MAX", 32),
    ("SC_SEM_VALUE_MAX", 33),
    ("SC_SHARED_MEMORY_OBJECTS", 22),
    ("SC_SHRT_MAX", 113),
    ("SC_SHRT_MIN", 114),
    ("SC_SIGQUEUE_MAX", 34),
    ("SC_SSIZE_MAX", 110),
    ("SC_STREAM_MAX", 5),
    ("SC_SYNCHRONIZED_IO", 14),
    ("SC_THREADS", 67),
    ("SC_THREAD_ATTR_STACKADDR", 77),
    ("SC_THREAD_ATTR_STACKSIZE", 78),
    ("SC_THREAD_DESTRUCTOR_ITERATIONS", 73),
    ("SC_THREAD_KEYS_MAX", 74),
    ("SC_THREAD_PRIORITY_SCHEDULING", 79),
    ("SC_THREAD_PRIO_INHERIT", 80),
    ("SC_THREAD_PRIO_PROTECT", 81),
    ("SC_THREAD_PROCESS_SHARED", 82),
    ("SC_THREAD_SAFE_FUNCTIONS", 68),
    ("SC_THREAD_STACK_MIN", 75),
    ("SC_THREAD_THREADS_MAX", 76),
    ("SC_TIMERS", 11),
    ("SC_TIMER_MAX", 35),
    ("SC_TTY_NAME_MAX", 72),
    ("SC_TZNAME_MAX", 6),
    ("SC_T_IOV_MAX", 66),
    ("SC_UCHAR_MAX", 115),
    ("SC_UINT_MAX", 116),
    ("SC_UIO_MAXIOV", 60),
    ("SC_ULONG_MAX", 117),
    ("SC_USHRT_MAX", 118),
    ("SC_VERSION", 29),
    ("SC_WORD_BIT", 107),
    ("SC_XBS5_ILP32_OFF32", 125),
    ("SC_XBS5_ILP32_OFFBIG", 126),
    ("SC_XBS5_LP64_OFF64", 127),
    ("SC_XBS5_LPBIG_OFFBIG", 128),
    ("SC_XOPEN_CRYPT", 92),
    ("SC_XOPEN_ENH_I18N", 93),
    ("SC_XOPEN_LEGACY", 129),
    ("SC_XOPEN_REALTIME", 130),
    ("SC_XOPEN_REALTIME_THREADS", 131),
    ("SC_XOPEN_SHM", 94),
    ("SC_XOPEN_UNIX", 91),
    ("SC_XOPEN_VERSION", 89),
    ("SC_XOPEN_XCU_VERSION", 90),
    ("SC_XOPEN_XPG2", 98),
    ("SC_XOPEN_XPG3", 99),
    ("SC_XOPEN_XPG4", 100),
];

/// `os.confstr_names`.
const CONFSTR_NAMES: &[(&str, i32)] = &[
    ("CS_GNU_LIBC_VERSION", 2),
    ("CS_GNU_LIBPTHREAD_VERSION", 3),
    ("CS_LFS64_CFLAGS", 1004),
    ("CS_LFS64_LDFLAGS", 1005),
    ("CS_LFS64_LIBS", 1006),
    ("CS_LFS64_LINTFLAGS", 1007),
    ("CS_LFS_CFLAGS", 1000),
    ("CS_LFS_LDFLAGS", 1001),
    ("CS_LFS_LIBS", 1002),
    ("CS_LFS_LINTFLAGS", 1003),
    ("CS_PATH", 0),
    ("CS_XBS5_ILP32_OFF32_CFLAGS", 1100),
    ("CS_XBS5_ILP32_OFF32_LDFLAGS", 1101),
    ("CS_XBS5_ILP32_OFF32_LIBS", 1102),
    ("CS_XBS5_ILP32_OFF32_LINTFLAGS", 1103),
    ("CS_XBS5_ILP32_OFFBIG_CFLAGS", 1104),
    ("CS_XBS5_ILP32_OFFBIG_LDFLAGS", 1105),
    ("CS_XBS5_ILP32_OFFBIG_LIBS", 1106),
    ("CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 1107),
    ("CS_XBS5_LP64_OFF64_CFLAGS", 1108),
    ("CS_XBS5_LP64_OFF64_LDFLAGS", 1109),
    ("CS_XBS5_LP64_OFF64_LIBS", 1110),
    ("CS_XBS5_LP64_OFF64_LINTFLAGS", 1111),
    ("CS_XBS5_LPBIG_OFFBIG_CFLAGS", 1112),
    ("CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 1113),
    ("CS_XBS5_LPBIG_OFFBIG_LIBS", 1114),
    ("CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 1115),
];

/// `os.pathconf_names`.
const PATHCONF_NAMES: &[(&str, i32)] = &[
    ("PC_ALLOC_SIZE_MIN", 18),
    ("PC_ASYNC_IO", 10),
    ("PC_CHOWN_RESTRICTED", 6),
    ("PC_FILESIZEBITS", 13),
    ("PC_LINK_MAX", 0),
    ("PC_MAX_CANON", 1),
    ("PC_MAX_INPUT", 2),
    ("PC_NAME_MAX", 3),
    ("PC_NO_TRUNC", 7),
    ("PC_PATH_MAX", 4),
    ("PC_PIPE_BUF", 5),
    ("PC_PRIO_IO", 11),
    ("PC_REC_INCR_XFER_SIZE", 14),
    ("PC_REC_MAX_XFER_SIZE", 15),
    ("PC_REC_MIN_XFER_SIZE", 16),
    ("PC_REC_XFER_ALIGN", 17),
    ("PC_SOCK_MAXBUF", 12),
    ("PC_SYMLINK_MAX", 19),
    ("PC_SYNC_IO", 9),
    ("PC_VDISABLE", 8),
];

/// The three name tables as module dicts.
pub fn name_tables() -> PyResult<[(&'static str, Value); 3]> {
    let table = |items: &[(&str, i32)]| -> PyResult<Value> {
        let d = Dict::new_value();
        let dict = d.downcast::<Dict>().expect("dict");
        for (name, value) in items {
            dict.set_item(PyStr::new(name), small(*value))?;
        }
        Ok(d)
    };
    Ok([
        ("sysconf_names", table(SYSCONF_NAMES)?),
        ("confstr_names", table(CONFSTR_NAMES)?),
        ("pathconf_names", table(PATHCONF_NAMES)?),
    ])
}

/// A configuration name: an int, or a str looked up in `table`.
fn conf_name(v: &Value, table: &[(&str, i32)]) -> PyResult<i32> {
    if let Some(s) = v.downcast::<PyStr>() {
        let name = s.to_string_lossy();
        return table
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, value)| *value)
            .ok_or_else(|| value_error("unrecognized configuration name"));
    }
    if int::is_int(v) {
        return c_int(v);
    }
    Err(type_error(format!(
        "configuration names must be strings or integers, not {}",
        protocol::type_name(v)
    )))
}

fn conf_result(r: std::io::Result<Option<i64>>, path: Option<&super::path::PathArg>) -> PyResult {
    match r {
        Ok(v) => Ok(int::from_i64(v.unwrap_or(-1))),
        Err(e) => Err(match path {
            Some(p) => path_error(&e, p),
            None => os_err(e),
        }),
    }
}

pub fn sysconf(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sysconf", "sysconf", 1, 1)?;
    conf_result(sys::conf(Conf::Sys(conf_name(&a[0], SYSCONF_NAMES)?)), None)
}

pub fn fpathconf(_m: &Value, args: Args) -> PyResult {
    let [fd, name] = args.parse("fpathconf", ["fd", "name"], 0, 2, 2)?;
    let fd = super::path::fd_value(&fd.expect("required"))?;
    let name = conf_name(&name.expect("required"), PATHCONF_NAMES)?;
    conf_result(sys::conf(Conf::Fd(fd, name)), None)
}

pub fn pathconf(_m: &Value, args: Args) -> PyResult {
    let [path, name] = args.parse("pathconf", ["path", "name"], 0, 2, 2)?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("pathconf", "path").fd(),
    )?;
    let name = conf_name(&name.expect("required"), PATHCONF_NAMES)?;
    let r = match path.fd {
        Some(fd) => sys::conf(Conf::Fd(fd, name)),
        None => sys::conf(Conf::Path(&path.bytes, name)),
    };
    conf_result(r, Some(&path))
}

pub fn confstr(_m: &Value, args: Args) -> PyResult {
    let a = args.range("confstr", "confstr", 1, 1)?;
    match sys::confstr(conf_name(&a[0], CONFSTR_NAMES)?).map_err(os_err)? {
        Some(text) => Ok(fsdecode(&text)),
        None => Ok(none()),
    }
}

pub fn lockf(_m: &Value, args: Args) -> PyResult {
    let a = args.range("lockf", "lockf", 3, 3)?;
    sys::lockf(c_int(&a[0])?, c_int(&a[1])?, int_arg(&a[2])?).map_err(os_err)?;
    Ok(none())
}

pub fn posix_fadvise(_m: &Value, args: Args) -> PyResult {
    let a = args.range("posix_fadvise", "posix_fadvise", 4, 4)?;
    sys::fadvise(
        c_int(&a[0])?,
        int_arg(&a[1])?,
        int_arg(&a[2])?,
        Some(c_int(&a[3])?),
    )
    .map_err(os_err)?;
    Ok(none())
}

pub fn posix_fallocate(_m: &Value, args: Args) -> PyResult {
    let a = args.range("posix_fallocate", "posix_fallocate", 3, 3)?;
    sys::fadvise(c_int(&a[0])?, int_arg(&a[1])?, int_arg(&a[2])?, None).map_err(os_err)?;
    Ok(none())
}

pub fn tcgetpgrp(_m: &Value, args: Args) -> PyResult {
    let a = args.range("tcgetpgrp", "tcgetpgrp", 1, 1)?;
    Ok(small(sys::tcgetpgrp(c_int(&a[0])?).map_err(os_err)?))
}

pub fn tcsetpgrp(_m: &Value, args: Args) -> PyResult {
    let a = args.range("tcsetpgrp", "tcsetpgrp", 2, 2)?;
    sys::tcsetpgrp(c_int(&a[0])?, c_int(&a[1])?).map_err(os_err)?;
    Ok(none())
}

pub fn setgroups(_m: &Value, args: Args) -> PyResult {
    let a = args.range("setgroups", "setgroups", 1, 1)?;
    let mut groups = Vec::new();
    for g in
        protocol::collect(&a[0]).map_err(|_| type_error("setgroups argument must be a sequence"))?
    {
        groups.push(u32::try_from(int_arg(&g)?).map_err(|_| value_error("group id out of range"))?);
    }
    sys::setgroups(&groups).map_err(os_err)?;
    Ok(none())
}

pub fn memfd_create(_m: &Value, args: Args) -> PyResult {
    let [name, flags] = args.parse("memfd_create", ["name", "flags"], 0, 1, 2)?;
    let name = path_arg(
        &name.expect("required"),
        PathSpec::new("memfd_create", "name"),
    )?;
    let flags = flags.as_ref().map_or(Ok(libc::MFD_CLOEXEC as i32), c_int)?;
    Ok(small(
        sys::memfd_create(&name.bytes, flags as u32).map_err(os_err)?,
    ))
}

pub fn eventfd(_m: &Value, args: Args) -> PyResult {
    let [initval, flags] = args.parse("eventfd", ["initval", "flags"], 0, 1, 2)?;
    let initval = u32::try_from(int_arg(&initval.expect("required"))?)
        .map_err(|_| value_error("initval out of range"))?;
    let flags = flags.as_ref().map_or(Ok(libc::EFD_CLOEXEC), c_int)?;
    Ok(small(sys::eventfd(initval, flags).map_err(os_err)?))
}

pub fn eventfd_read(_m: &Value, args: Args) -> PyResult {
    let [fd] = args.parse("eventfd_read", ["fd"], 0, 1, 1)?;
    let data = sys::read(c_int(&fd.expect("required"))?, 8).map_err(os_err)?;
    let bytes: [u8; 8] = data
        .try_into()
        .map_err(|_| os_err(std::io::Error::from_raw_os_error(libc::EINVAL)))?;
    Ok(int::from_i128(i128::from(u64::from_ne_bytes(bytes))))
}

pub fn eventfd_write(_m: &Value, args: Args) -> PyResult {
    let [fd, value] = args.parse("eventfd_write", ["fd", "value"], 0, 2, 2)?;
    let value = u64::try_from(int_arg(&value.expect("required"))?)
        .map_err(|_| value_error("value out of range"))?;
    sys::write(c_int(&fd.expect("required"))?, &value.to_ne_bytes()).map_err(os_err)?;
    Ok(none())
}

fn optional_offset(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        Some(x) if !is_none(x) => Ok(Some(int_arg(x)?)),
        _ => Ok(None),
    }
}

pub fn sendfile(_m: &Value, args: Args) -> PyResult {
    let [out_fd, in_fd, offset, count] =
        args.parse("sendfile", ["out_fd", "in_fd", "offset", "count"], 0, 4, 4)?;
    let count = usize::try_from(int_arg(&count.expect("required"))?)
        .map_err(|_| value_error("count must be non-negative"))?;
    let n = sys::sendfile(
        c_int(&out_fd.expect("required"))?,
        c_int(&in_fd.expect("required"))?,
        optional_offset(offset.as_ref())?,
        count,
    )
    .map_err(os_err)?;
    Ok(int::from_usize(n))
}

pub fn copy_file_range(_m: &Value, args: Args) -> PyResult {
    let [src, dst, count, offset_src, offset_dst] = args.parse(
        "copy_file_range",
        ["src", "dst", "count", "offset_src", "offset_dst"],
        0,
        3,
        5,
    )?;
    let count = usize::try_from(int_arg(&count.expect("required"))?)
        .map_err(|_| value_error("negative value not allowed"))?;
    let n = sys::copy_file_range(
        c_int(&src.expect("required"))?,
        c_int(&dst.expect("required"))?,
        count,
        optional_offset(offset_src.as_ref())?,
        optional_offset(offset_dst.as_ref())?,
    )
    .map_err(os_err)?;
    Ok(int::from_usize(n))
}

pub fn writev(_m: &Value, args: Args) -> PyResult {
    let a = args.range("writev", "writev", 2, 2)?;
    let fd = c_int(&a[0])?;
    let items =
        protocol::collect(&a[1]).map_err(|_| type_error("writev() arg 2 must be a sequence"))?;
    let mut buffers = Vec::new();
    for b in &items {
        buffers.push(as_bytes_like(b).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                protocol::type_name(b)
            ))
        })?);
    }
    Ok(int::from_usize(sys::writev(fd, &buffers).map_err(os_err)?))
}

pub fn pidfd_open(_m: &Value, args: Args) -> PyResult {
    let [pid, flags] = args.parse("pidfd_open", ["pid", "flags"], 0, 1, 2)?;
    let flags = flags.as_ref().map_or(Ok(0), c_int)?;
    Ok(small(
        sys::pidfd_open(c_int(&pid.expect("required"))?, flags as u32).map_err(os_err)?,
    ))
}

pub fn unshare(_m: &Value, args: Args) -> PyResult {
    let [flags] = args.parse("unshare", ["flags"], 0, 1, 1)?;
    sys::namespace(Ok(c_int(&flags.expect("required"))?)).map_err(os_err)?;
    Ok(none())
}

pub fn setns(_m: &Value, args: Args) -> PyResult {
    let [fd, nstype] = args.parse("setns", ["fd", "nstype"], 0, 1, 2)?;
    let fd = super::path::fd_value(&fd.expect("required"))?;
    let nstype = nstype.as_ref().map_or(Ok(0), c_int)?;
    sys::namespace(Err((fd, nstype))).map_err(os_err)?;
    Ok(none())
}

pub fn posix_openpt(_m: &Value, args: Args) -> PyResult {
    let a = args.range("posix_openpt", "posix_openpt", 1, 1)?;
    Ok(small(
        sys::pty(Pty::Open(c_int(&a[0])? | libc::O_CLOEXEC)).map_err(os_err)?,
    ))
}

pub fn grantpt(_m: &Value, args: Args) -> PyResult {
    let a = args.range("grantpt", "grantpt", 1, 1)?;
    sys::pty(Pty::Grant(super::path::fd_value(&a[0])?)).map_err(os_err)?;
    Ok(none())
}

pub fn unlockpt(_m: &Value, args: Args) -> PyResult {
    let a = args.range("unlockpt", "unlockpt", 1, 1)?;
    sys::pty(Pty::Unlock(super::path::fd_value(&a[0])?)).map_err(os_err)?;
    Ok(none())
}

pub fn ptsname(_m: &Value, args: Args) -> PyResult {
    let a = args.range("ptsname", "ptsname", 1, 1)?;
    let name = sys::ptsname(super::path::fd_value(&a[0])?).map_err(os_err)?;
    Ok(fsdecode(&name))
}

/// `openpty()`: a master and a slave descriptor, both non-inheritable.
pub fn openpty(_m: &Value, args: Args) -> PyResult {
    args.none("posix.openpty")?;
    let master =
        sys::pty(Pty::Open(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC)).map_err(os_err)?;
    let slave = (|| {
        sys::pty(Pty::Grant(master))?;
        sys::pty(Pty::Unlock(master))?;
        let name = sys::ptsname(master)?;
        sys::open(
            sys::AT_FDCWD,
            &name,
            libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC,
            0,
        )
    })();
    match slave {
        Ok(slave) => Ok(Tuple::new(vec![small(master), small(slave)])),
        Err(e) => {
            let _ = sys::close(master);
            Err(os_err(e))
        }
    }
}

/// `_inputhook()`: runs `PyOS_InputHook`, which Ouro never sets.
pub fn inputhook(_m: &Value, args: Args) -> PyResult {
    args.none("posix._inputhook")?;
    Ok(none())
}

pub fn is_inputhook_installed(_m: &Value, args: Args) -> PyResult {
    args.none("posix._is_inputhook_installed")?;
    Ok(pybool::py_bool(false))
}

fn xattr_target<'a>(path: &'a super::path::PathArg, follow: bool) -> sys::XattrTarget<'a> {
    match path.fd {
        Some(fd) => sys::XattrTarget::Fd(fd),
        None => sys::XattrTarget::Path(&path.bytes, follow),
    }
}

pub fn getxattr(_m: &Value, args: Args) -> PyResult {
    let [path, attribute, follow] = args.parse(
        "getxattr",
        ["path", "attribute", "follow_symlinks"],
        0,
        2,
        2,
    )?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("getxattr", "path").fd(),
    )?;
    let attr = path_arg(
        &attribute.expect("required"),
        PathSpec::new("getxattr", "attribute"),
    )?;
    let follow = super::path::flag_arg(follow.as_ref(), true)?;
    let value = sys::getxattr(&xattr_target(&path, follow), &attr.bytes)
        .map_err(|e| path_error(&e, &path))?;
    Ok(ouro_objects::bytes::new(value))
}

pub fn setxattr(_m: &Value, args: Args) -> PyResult {
    let [path, attribute, value, flags, follow] = args.parse(
        "setxattr",
        ["path", "attribute", "value", "flags", "follow_symlinks"],
        0,
        3,
        4,
    )?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("setxattr", "path").fd(),
    )?;
    let attr = path_arg(
        &attribute.expect("required"),
        PathSpec::new("setxattr", "attribute"),
    )?;
    let value = value.expect("required");
    let data = as_bytes_like(&value).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(&value)
        ))
    })?;
    let flags = flags.as_ref().map_or(Ok(0), c_int)?;
    let follow = super::path::flag_arg(follow.as_ref(), true)?;
    sys::setxattr(&xattr_target(&path, follow), &attr.bytes, &data, flags)
        .map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn removexattr(_m: &Value, args: Args) -> PyResult {
    let [path, attribute, follow] = args.parse(
        "removexattr",
        ["path", "attribute", "follow_symlinks"],
        0,
        2,
        2,
    )?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("removexattr", "path").fd(),
    )?;
    let attr = path_arg(
        &attribute.expect("required"),
        PathSpec::new("removexattr", "attribute"),
    )?;
    let follow = super::path::flag_arg(follow.as_ref(), true)?;
    sys::removexattr(&xattr_target(&path, follow), &attr.bytes)
        .map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn listxattr(_m: &Value, args: Args) -> PyResult {
    let [path, follow] = args.parse("listxattr", ["path", "follow_symlinks"], 0, 0, 1)?;
    let path = path_arg(
        &path.unwrap_or_else(none),
        PathSpec::new("listxattr", "path").fd().nullable(),
    )?;
    let follow = super::path::flag_arg(follow.as_ref(), true)?;
    let names = sys::listxattr(&xattr_target(&path, follow)).map_err(|e| path_error(&e, &path))?;
    Ok(ouro_objects::list::List::from_vec(
        names.iter().map(|n| fsdecode(n)).collect(),
    ))
}

pub fn timerfd_create(_m: &Value, args: Args) -> PyResult {
    let [clockid, flags] = args.parse("timerfd_create", ["clockid", "flags"], 0, 1, 2)?;
    let flags = flags.as_ref().map_or(Ok(0), c_int)?;
    let fd = sys::timerfd_create(
        c_int(&clockid.expect("required"))?,
        flags | libc::TFD_CLOEXEC,
    )
    .map_err(os_err)?;
    Ok(small(fd))
}

/// Seconds (int or float) as nanoseconds, for the float timerfd calls.
fn seconds_ns(v: Option<&Value>) -> PyResult<i128> {
    let Some(v) = v else {
        return Ok(0);
    };
    let secs = match float::as_f64(v).filter(|_| !int::is_int(v)) {
        Some(f) => f,
        None => int_arg(v)? as f64,
    };
    if !secs.is_finite() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    Ok((secs * 1e9).round() as i128)
}

fn timer_pair(spec: sys::TimerSpec, ns: bool) -> Value {
    let conv = |x: i128| {
        if ns {
            int::from_i128(x)
        } else {
            float::new(x as f64 * 1e-9)
        }
    };
    Tuple::new(vec![conv(spec.0), conv(spec.1)])
}

fn timerfd_set(name: &'static str, args: Args, ns: bool) -> PyResult {
    let [fd, flags, initial, interval] =
        args.parse(name, ["fd", "flags", "initial", "interval"], 1, 1, 1)?;
    let fd = super::path::fd_value(&fd.expect("required"))?;
    let flags = flags.as_ref().map_or(Ok(0), c_int)?;
    let (initial, interval) = if ns {
        let n = |v: Option<Value>| v.map_or(Ok(0), |x| int_arg(&x).map(i128::from));
        (n(initial)?, n(interval)?)
    } else {
        (
            seconds_ns(initial.as_ref())?,
            seconds_ns(interval.as_ref())?,
        )
    };
    if initial < 0 || interval < 0 {
        return Err(value_error("initial and interval must be non-negative"));
    }
    let old = sys::timerfd_time(fd, flags, Some((initial, interval))).map_err(os_err)?;
    Ok(timer_pair(old, ns))
}

pub fn timerfd_settime(_m: &Value, args: Args) -> PyResult {
    timerfd_set("timerfd_settime", args, false)
}

pub fn timerfd_settime_ns(_m: &Value, args: Args) -> PyResult {
    timerfd_set("timerfd_settime_ns", args, true)
}

fn timerfd_get(name: &'static str, args: Args, ns: bool) -> PyResult {
    let a = args.range(name, name, 1, 1)?;
    let fd = super::path::fd_value(&a[0])?;
    Ok(timer_pair(
        sys::timerfd_time(fd, 0, None).map_err(os_err)?,
        ns,
    ))
}

pub fn timerfd_gettime(_m: &Value, args: Args) -> PyResult {
    timerfd_get("timerfd_gettime", args, false)
}

pub fn timerfd_gettime_ns(_m: &Value, args: Args) -> PyResult {
    timerfd_get("timerfd_gettime_ns", args, true)
}

/// `os.sched_param`: one field, made by `sched_param(sched_priority)`.
pub const SCHED_PARAM: ouro_eval::structseq::StructSeqDesc<'static> =
    ouro_eval::structseq::StructSeqDesc {
        name: "posix.sched_param",
        doc: "Currently has only one field: sched_priority\n\n  sched_priority\n    A scheduling parameter.",
        fields: &["sched_priority"],
        n_in_sequence: 1,
    };

pub static SCHED_PARAM_NEW: ouro_objects::descr::MethodDef = ouro_objects::descr::MethodDef::new(
    "__new__",
    sched_param_new,
    "Create and return a new object.  See help(type) for accurate signature.",
);

fn sched_param_new(owner: &Value, args: Args) -> PyResult {
    let ty = ouro_eval::structseq::new_target(owner, &args)?;
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [priority] = rest.parse("sched_param", ["sched_priority"], 0, 1, 1)?;
    ouro_eval::structseq::new_instance(&ty, vec![priority.expect("required")])
}

/// A `sched_param` argument's priority.
fn priority_of(v: &Value) -> PyResult<i32> {
    let ty = super::types().sched_param.into_value();
    if !v.type_value().is(&ty) {
        return Err(type_error("must have a sched_param object"));
    }
    c_int(&protocol::getattr_str(v, "sched_priority")?)
}

pub fn sched_getparam(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sched_getparam", "sched_getparam", 1, 1)?;
    let p = sys::sched_getparam(c_int(&a[0])?).map_err(os_err)?;
    ouro_eval::structseq::new_instance(&super::types().sched_param, vec![small(p)])
}

pub fn sched_setparam(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sched_setparam", "sched_setparam", 2, 2)?;
    sys::sched_set(c_int(&a[0])?, None, priority_of(&a[1])?).map_err(os_err)?;
    Ok(none())
}

pub fn sched_setscheduler(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sched_setscheduler", "sched_setscheduler", 3, 3)?;
    sys::sched_set(c_int(&a[0])?, Some(c_int(&a[1])?), priority_of(&a[2])?).map_err(os_err)?;
    Ok(none())
}

pub fn login_tty(_m: &Value, args: Args) -> PyResult {
    let a = args.range("login_tty", "login_tty", 1, 1)?;
    sys::login_tty(super::path::fd_value(&a[0])?).map_err(os_err)?;
    Ok(none())
}
