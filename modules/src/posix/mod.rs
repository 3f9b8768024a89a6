//! The `posix` module: the operating system interface `os` re-exports on POSIX; mirrors Modules/posixmodule.c (Linux build).
//!
//! `files` works on paths (stat, open, mkdir, rename, ...), `dirs` on
//! directories (listdir, scandir), `fds` on open descriptors, `process` on
//! the process (environ, ids, uname, ...), `pathops` holds the native
//! `posixpath` helpers; `path` converts arguments and raises `OSError`s and
//! `sys` is the one place that calls libc.

mod control;
mod dirs;
mod exec;
mod fds;
mod files;
mod path;
mod pathops;
mod process;
pub(crate) mod sys;
mod syscalls;

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_eval::structseq;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::PyResult;
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::{TypeRef, Value, exceptions, int};

pub use exec::{after_fork, before_fork};
pub use files::c_int;
pub use path::fsdecode;
pub use path::strerror;
pub use path::{fsencode, fspath, os_error_errno};

/// The `OSError` for a failed call with no file name (for `time`).
pub fn os_error(e: &std::io::Error) -> ouro_objects::PyErr {
    path::os_error(e, None, None)
}

/// The struct sequence types of `posix`, made once per thread on first use
/// so every `stat_result` has the same type.
#[derive(Clone)]
pub struct PosixTypes {
    pub stat_result: TypeRef,
    pub uname_result: TypeRef,
    pub times_result: TypeRef,
    pub terminal_size: TypeRef,
    pub statvfs_result: TypeRef,
    pub waitid_result: TypeRef,
    pub sched_param: TypeRef,
}

ouro_objects::gil_shared! {
    static TYPES: RefCell<Option<PosixTypes>> = const { RefCell::new(None) };
}

fn make_types() -> PyResult<PosixTypes> {
    let stat_result = structseq::new_type(&files::STAT_RESULT)?;
    structseq::set_new(&stat_result, &files::STAT_RESULT_NEW)?;
    let sched_param = structseq::new_type(&syscalls::SCHED_PARAM)?;
    structseq::set_new(&sched_param, &syscalls::SCHED_PARAM_NEW)?;
    Ok(PosixTypes {
        stat_result,
        uname_result: structseq::new_type(&process::UNAME_RESULT)?,
        times_result: structseq::new_type(&process::TIMES_RESULT)?,
        terminal_size: structseq::new_type(&process::TERMINAL_SIZE)?,
        statvfs_result: structseq::new_type(&files::STATVFS_RESULT)?,
        waitid_result: structseq::new_type(&exec::WAITID_RESULT)?,
        sched_param,
    })
}

/// The module's struct sequence types (made by `init`, which runs first).
pub fn types() -> PosixTypes {
    TYPES
        .with(|t| t.borrow().clone())
        .expect("posix types made by init")
}

/// Which optional C functions this build has (`_have_functions`): the `*at`
/// and `f*` variants behind `dir_fd`, descriptor and `follow_symlinks`
/// support, as `os.supports_*` reads them.
const HAVE_FUNCTIONS: &[&str] = &[
    "HAVE_FACCESSAT",
    "HAVE_FCHDIR",
    "HAVE_FCHMOD",
    "HAVE_FCHMODAT",
    "HAVE_FCHOWN",
    "HAVE_FCHOWNAT",
    "HAVE_FDOPENDIR",
    "HAVE_FSTATAT",
    "HAVE_FSTATVFS",
    "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS",
    "HAVE_FUTIMES",
    "HAVE_FUTIMESAT",
    "HAVE_LINKAT",
    "HAVE_LCHOWN",
    "HAVE_LSTAT",
    "HAVE_LUTIMES",
    "HAVE_MKDIRAT",
    "HAVE_MKFIFOAT",
    "HAVE_MKNODAT",
    "HAVE_OPENAT",
    "HAVE_READLINKAT",
    "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT",
    "HAVE_UNLINKAT",
    "HAVE_UTIMENSAT",
];

/// Integer constants, with their Linux (x86-64 and aarch64 agree) values.
const CONSTANTS: &[(&str, i64)] = &[
    ("SCHED_DEADLINE", 6),
    ("SCHED_NORMAL", 0),
    ("CLD_CONTINUED", 6),
    ("CLD_DUMPED", 3),
    ("CLD_EXITED", 1),
    ("CLD_KILLED", 2),
    ("CLD_STOPPED", 5),
    ("CLD_TRAPPED", 4),
    ("CLONE_FILES", 1024),
    ("CLONE_FS", 512),
    ("CLONE_NEWCGROUP", 33554432),
    ("CLONE_NEWIPC", 134217728),
    ("CLONE_NEWNET", 1073741824),
    ("CLONE_NEWNS", 131072),
    ("CLONE_NEWPID", 536870912),
    ("CLONE_NEWTIME", 128),
    ("CLONE_NEWUSER", 268435456),
    ("CLONE_NEWUTS", 67108864),
    ("CLONE_SIGHAND", 2048),
    ("CLONE_SYSVSEM", 262144),
    ("CLONE_THREAD", 65536),
    ("CLONE_VM", 256),
    ("EFD_CLOEXEC", 524288),
    ("EFD_NONBLOCK", 2048),
    ("EFD_SEMAPHORE", 1),
    ("EX_CANTCREAT", 73),
    ("EX_CONFIG", 78),
    ("EX_DATAERR", 65),
    ("EX_IOERR", 74),
    ("EX_NOHOST", 68),
    ("EX_NOINPUT", 66),
    ("EX_NOPERM", 77),
    ("EX_NOUSER", 67),
    ("EX_OK", 0),
    ("EX_OSERR", 71),
    ("EX_OSFILE", 72),
    ("EX_PROTOCOL", 76),
    ("EX_SOFTWARE", 70),
    ("EX_TEMPFAIL", 75),
    ("EX_UNAVAILABLE", 69),
    ("EX_USAGE", 64),
    ("F_LOCK", 1),
    ("F_OK", 0),
    ("F_TEST", 3),
    ("F_TLOCK", 2),
    ("F_ULOCK", 0),
    ("GRND_NONBLOCK", 1),
    ("GRND_RANDOM", 2),
    ("MFD_ALLOW_SEALING", 2),
    ("MFD_CLOEXEC", 1),
    ("MFD_HUGETLB", 4),
    ("MFD_HUGE_16GB", 2281701376),
    ("MFD_HUGE_16MB", 1610612736),
    ("MFD_HUGE_1GB", 2013265920),
    ("MFD_HUGE_1MB", 1342177280),
    ("MFD_HUGE_256MB", 1879048192),
    ("MFD_HUGE_2GB", 2080374784),
    ("MFD_HUGE_2MB", 1409286144),
    ("MFD_HUGE_32MB", 1677721600),
    ("MFD_HUGE_512KB", 1275068416),
    ("MFD_HUGE_512MB", 1946157056),
    ("MFD_HUGE_64KB", 1073741824),
    ("MFD_HUGE_8MB", 1543503872),
    ("MFD_HUGE_MASK", 63),
    ("MFD_HUGE_SHIFT", 26),
    ("NGROUPS_MAX", 65536),
    ("O_ACCMODE", 3),
    ("O_APPEND", 1024),
    ("O_ASYNC", 8192),
    ("O_CLOEXEC", 524288),
    ("O_CREAT", 64),
    ("O_DIRECT", 16384),
    ("O_DIRECTORY", 65536),
    ("O_DSYNC", 4096),
    ("O_EXCL", 128),
    ("O_FSYNC", 1052672),
    ("O_LARGEFILE", 0),
    ("O_NDELAY", 2048),
    ("O_NOATIME", 262144),
    ("O_NOCTTY", 256),
    ("O_NOFOLLOW", 131072),
    ("O_NONBLOCK", 2048),
    ("O_PATH", 2097152),
    ("O_RDONLY", 0),
    ("O_RDWR", 2),
    ("O_RSYNC", 1052672),
    ("O_SYNC", 1052672),
    ("O_TMPFILE", 4259840),
    ("O_TRUNC", 512),
    ("O_WRONLY", 1),
    ("POSIX_FADV_DONTNEED", 4),
    ("POSIX_FADV_NOREUSE", 5),
    ("POSIX_FADV_NORMAL", 0),
    ("POSIX_FADV_RANDOM", 1),
    ("POSIX_FADV_SEQUENTIAL", 2),
    ("POSIX_FADV_WILLNEED", 3),
    ("POSIX_SPAWN_CLOSE", 1),
    ("POSIX_SPAWN_CLOSEFROM", 3),
    ("POSIX_SPAWN_DUP2", 2),
    ("POSIX_SPAWN_OPEN", 0),
    ("PRIO_PGRP", 1),
    ("PRIO_PROCESS", 0),
    ("PRIO_USER", 2),
    ("P_ALL", 0),
    ("P_PGID", 2),
    ("P_PID", 1),
    ("P_PIDFD", 3),
    ("RTLD_DEEPBIND", 8),
    ("RTLD_GLOBAL", 256),
    ("RTLD_LAZY", 1),
    ("RTLD_LOCAL", 0),
    ("RTLD_NODELETE", 4096),
    ("RTLD_NOLOAD", 4),
    ("RTLD_NOW", 2),
    ("RWF_APPEND", 16),
    ("RWF_DSYNC", 2),
    ("RWF_HIPRI", 1),
    ("RWF_NOWAIT", 8),
    ("RWF_SYNC", 4),
    ("R_OK", 4),
    ("SCHED_BATCH", 3),
    ("SCHED_FIFO", 1),
    ("SCHED_IDLE", 5),
    ("SCHED_OTHER", 0),
    ("SCHED_RESET_ON_FORK", 1073741824),
    ("SCHED_RR", 2),
    ("SEEK_DATA", 3),
    ("SEEK_HOLE", 4),
    ("SPLICE_F_MORE", 4),
    ("SPLICE_F_MOVE", 1),
    ("SPLICE_F_NONBLOCK", 2),
    ("ST_APPEND", 256),
    ("ST_MANDLOCK", 64),
    ("ST_NOATIME", 1024),
    ("ST_NODEV", 4),
    ("ST_NODIRATIME", 2048),
    ("ST_NOEXEC", 8),
    ("ST_NOSUID", 2),
    ("ST_RDONLY", 1),
    ("ST_RELATIME", 4096),
    ("ST_SYNCHRONOUS", 16),
    ("ST_WRITE", 128),
    ("TFD_CLOEXEC", 524288),
    ("TFD_NONBLOCK", 2048),
    ("TFD_TIMER_ABSTIME", 1),
    ("TFD_TIMER_CANCEL_ON_SET", 2),
    ("TMP_MAX", 238328),
    ("WCONTINUED", 8),
    ("WEXITED", 4),
    ("WNOHANG", 1),
    ("WNOWAIT", 16777216),
    ("WSTOPPED", 2),
    ("WUNTRACED", 2),
    ("W_OK", 2),
    ("XATTR_CREATE", 1),
    ("XATTR_REPLACE", 2),
    ("XATTR_SIZE_MAX", 65536),
    ("X_OK", 1),
];

fn init(m: &Value) -> PyResult<()> {
    let module = m.downcast::<Module>().expect("module");
    // `scandir()`'s iterator type is not a module attribute in CPython.
    ouro_objects::typeobj::ready(&dirs::SCANDIR_ITERATOR_TYPE);
    let types = match TYPES.with(|t| t.borrow().clone()) {
        Some(t) => t,
        None => {
            let t = make_types()?;
            TYPES.with(|slot| *slot.borrow_mut() = Some(t.clone()));
            t
        }
    };
    module.set("stat_result", types.stat_result.into_value());
    module.set("uname_result", types.uname_result.into_value());
    module.set("times_result", types.times_result.into_value());
    module.set("terminal_size", types.terminal_size.into_value());
    module.set("statvfs_result", types.statvfs_result.into_value());
    module.set("waitid_result", types.waitid_result.into_value());
    module.set("sched_param", types.sched_param.into_value());
    module.set(
        "error",
        TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
    );
    module.set("environ", process::environ()?);
    module.set(
        "_have_functions",
        ouro_objects::list::List::from_vec(HAVE_FUNCTIONS.iter().map(|n| PyStr::new(n)).collect()),
    );
    for (name, table) in syscalls::name_tables()? {
        module.set(name, table);
    }
    for (name, value) in CONSTANTS {
        module.set(name, int::from_i64(*value));
    }
    Ok(())
}

fn posix_types() -> Vec<&'static ouro_objects::PyObj<ouro_objects::typeobj::TypeObject>> {
    vec![&dirs::DIR_ENTRY_TYPE]
}

pub static POSIX: ModuleDef = ModuleDef {
    name: "posix",
    doc: "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.",
    functions: FUNCTIONS,
    types: posix_types,
    init,
};

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new(
        "stat",
        files::stat,
        "stat($module, /, path, *, dir_fd=None, follow_symlinks=True)\n--\n\nPerform a stat system call on the given path.",
    ),
    MethodDef::new(
        "lstat",
        files::lstat,
        "lstat($module, /, path, *, dir_fd=None)\n--\n\nPerform a stat system call on the given path, without following symbolic links.",
    ),
    MethodDef::new(
        "fstat",
        files::fstat,
        "fstat($module, /, fd)\n--\n\nPerform a stat system call on the given file descriptor.",
    ),
    MethodDef::new(
        "open",
        files::open,
        "open($module, /, path, flags, mode=511, *, dir_fd=None)\n--\n\nOpen a file for low level IO.  Returns a file descriptor (integer).",
    ),
    MethodDef::new(
        "close",
        files::close,
        "close($module, /, fd)\n--\n\nClose a file descriptor.",
    ),
    MethodDef::new(
        "closerange",
        files::closerange,
        "closerange($module, fd_low, fd_high, /)\n--\n\nCloses all file descriptors in [fd_low, fd_high), ignoring errors.",
    ),
    MethodDef::new(
        "read",
        files::read,
        "read($module, fd, length, /)\n--\n\nRead from a file descriptor.  Returns a bytes object.",
    ),
    MethodDef::new(
        "write",
        files::write,
        "write($module, fd, data, /)\n--\n\nWrite a bytes object to a file descriptor.",
    ),
    MethodDef::new(
        "mkdir",
        files::mkdir,
        "mkdir($module, /, path, mode=511, *, dir_fd=None)\n--\n\nCreate a directory.",
    ),
    MethodDef::new(
        "unlink",
        files::unlink,
        "unlink($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as remove()).",
    ),
    MethodDef::new(
        "remove",
        files::remove,
        "remove($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as unlink()).",
    ),
    MethodDef::new(
        "rmdir",
        files::rmdir,
        "rmdir($module, /, path, *, dir_fd=None)\n--\n\nRemove a directory.",
    ),
    MethodDef::new(
        "rename",
        files::rename,
        "rename($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory.",
    ),
    MethodDef::new(
        "replace",
        files::replace,
        "replace($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory, overwriting the destination.",
    ),
    MethodDef::new(
        "chmod",
        files::chmod,
        "chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)\n--\n\nChange the access permissions of a file.",
    ),
    MethodDef::new(
        "fchmod",
        files::fchmod,
        "fchmod($module, /, fd, mode)\n--\n\nChange the access permissions of the file given by file descriptor fd.",
    ),
    MethodDef::new(
        "chown",
        files::chown,
        "chown($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)\n--\n\nChange the owner and group id of path to the numeric uid and gid.",
    ),
    MethodDef::new(
        "lchown",
        files::lchown,
        "lchown($module, /, path, uid, gid)\n--\n\nChange the owner and group id of path to the numeric uid and gid.",
    ),
    MethodDef::new(
        "fchown",
        files::fchown,
        "fchown($module, /, fd, uid, gid)\n--\n\nChange the owner and group id of the file specified by file descriptor.",
    ),
    MethodDef::new(
        "utime",
        files::utime,
        "utime($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None,\n      follow_symlinks=True)\n--\n\nSet the access and modified time of path.",
    ),
    MethodDef::new(
        "link",
        files::link,
        "link($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None,\n     follow_symlinks=True)\n--\n\nCreate a hard link to a file.",
    ),
    MethodDef::new(
        "symlink",
        files::symlink,
        "symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)\n--\n\nCreate a symbolic link pointing to src named dst.",
    ),
    MethodDef::new(
        "readlink",
        files::readlink,
        "readlink($module, /, path, *, dir_fd=None)\n--\n\nReturn a string representing the path to which the symbolic link points.",
    ),
    MethodDef::new(
        "access",
        files::access,
        "access($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n       follow_symlinks=True)\n--\n\nUse the real uid/gid to test for access to a path.",
    ),
    MethodDef::new(
        "truncate",
        files::truncate,
        "truncate($module, /, path, length)\n--\n\nTruncate a file, specified by path, to a specific length.",
    ),
    MethodDef::new(
        "getcwd",
        dirs::getcwd,
        "getcwd($module, /)\n--\n\nReturn a unicode string representing the current working directory.",
    ),
    MethodDef::new(
        "getcwdb",
        dirs::getcwdb,
        "getcwdb($module, /)\n--\n\nReturn a bytes string representing the current working directory.",
    ),
    MethodDef::new(
        "chdir",
        dirs::chdir,
        "chdir($module, /, path)\n--\n\nChange the current working directory to the specified path.",
    ),
    MethodDef::new(
        "fchdir",
        dirs::fchdir,
        "fchdir($module, /, fd)\n--\n\nChange to the directory of the given file descriptor.",
    ),
    MethodDef::new(
        "listdir",
        dirs::listdir,
        "listdir($module, /, path=None)\n--\n\nReturn a list containing the names of the files in the directory.",
    ),
    MethodDef::new(
        "scandir",
        dirs::scandir,
        "scandir($module, /, path=None)\n--\n\nReturn an iterator of DirEntry objects for given path.",
    ),
    MethodDef::new(
        "dup",
        fds::dup,
        "dup($module, fd, /)\n--\n\nReturn a duplicate of a file descriptor.",
    ),
    MethodDef::new(
        "dup2",
        fds::dup2,
        "dup2($module, /, fd, fd2, inheritable=True)\n--\n\nDuplicate file descriptor.",
    ),
    MethodDef::new("pipe", fds::pipe, "pipe($module, /)\n--\n\nCreate a pipe."),
    MethodDef::new(
        "pipe2",
        fds::pipe2,
        "pipe2($module, flags, /)\n--\n\nCreate a pipe with flags set atomically.",
    ),
    MethodDef::new(
        "lseek",
        fds::lseek,
        "lseek($module, fd, position, whence, /)\n--\n\nSet the position of a file descriptor.  Return the new position.",
    ),
    MethodDef::new(
        "isatty",
        fds::isatty,
        "isatty($module, fd, /)\n--\n\nReturn True if the fd is connected to a terminal.",
    ),
    MethodDef::new(
        "ftruncate",
        fds::ftruncate,
        "ftruncate($module, fd, length, /)\n--\n\nTruncate a file, specified by file descriptor, to a specific length.",
    ),
    MethodDef::new(
        "fsync",
        fds::fsync,
        "fsync($module, /, fd)\n--\n\nForce write of fd to disk.",
    ),
    MethodDef::new(
        "fdatasync",
        fds::fdatasync,
        "fdatasync($module, /, fd)\n--\n\nForce write of fd to disk without forcing update of metadata.",
    ),
    MethodDef::new(
        "get_inheritable",
        fds::get_inheritable,
        "get_inheritable($module, fd, /)\n--\n\nGet the close-on-exe flag of the specified file descriptor.",
    ),
    MethodDef::new(
        "set_inheritable",
        fds::set_inheritable,
        "set_inheritable($module, fd, inheritable, /)\n--\n\nSet the inheritable flag of the specified file descriptor.",
    ),
    MethodDef::new(
        "get_blocking",
        fds::get_blocking,
        "get_blocking($module, fd, /)\n--\n\nGet the blocking mode of the file descriptor.",
    ),
    MethodDef::new(
        "set_blocking",
        fds::set_blocking,
        "set_blocking($module, fd, blocking, /)\n--\n\nSet the blocking mode of the specified file descriptor.",
    ),
    MethodDef::new(
        "device_encoding",
        fds::device_encoding,
        "device_encoding($module, /, fd)\n--\n\nReturn a string describing the encoding of a terminal's file descriptor.",
    ),
    MethodDef::new(
        "putenv",
        process::putenv,
        "putenv($module, name, value, /)\n--\n\nChange or add an environment variable.",
    ),
    MethodDef::new(
        "unsetenv",
        process::unsetenv,
        "unsetenv($module, name, /)\n--\n\nDelete an environment variable.",
    ),
    MethodDef::new(
        "getpid",
        process::getpid,
        "getpid($module, /)\n--\n\nReturn the current process id.",
    ),
    MethodDef::new(
        "getppid",
        process::getppid,
        "getppid($module, /)\n--\n\nReturn the parent's process id.",
    ),
    MethodDef::new(
        "getuid",
        process::getuid,
        "getuid($module, /)\n--\n\nReturn the current process's user id.",
    ),
    MethodDef::new(
        "geteuid",
        process::geteuid,
        "geteuid($module, /)\n--\n\nReturn the current process's effective user id.",
    ),
    MethodDef::new(
        "getgid",
        process::getgid,
        "getgid($module, /)\n--\n\nReturn the current process's group id.",
    ),
    MethodDef::new(
        "getegid",
        process::getegid,
        "getegid($module, /)\n--\n\nReturn the current process's effective group id.",
    ),
    MethodDef::new(
        "getpgrp",
        process::getpgrp,
        "getpgrp($module, /)\n--\n\nReturn the current process group id.",
    ),
    MethodDef::new(
        "getpgid",
        process::getpgid,
        "getpgid($module, pid, /)\n--\n\nCall the system call getpgid(), and return the result.",
    ),
    MethodDef::new(
        "getsid",
        process::getsid,
        "getsid($module, pid, /)\n--\n\nCall the system call getsid(pid) and return the result.",
    ),
    MethodDef::new(
        "getgroups",
        process::getgroups,
        "getgroups($module, /)\n--\n\nReturn list of supplemental group IDs for the process.",
    ),
    MethodDef::new(
        "uname",
        process::uname,
        "uname($module, /)\n--\n\nReturn an object identifying the current operating system.",
    ),
    MethodDef::new(
        "times",
        process::times,
        "times($module, /)\n--\n\nReturn a collection containing process timing information.",
    ),
    MethodDef::new(
        "get_terminal_size",
        process::get_terminal_size,
        "get_terminal_size($module, fd=<unrepresentable>, /)\n--\n\nReturn the size of the terminal window as (columns, lines).",
    ),
    MethodDef::new(
        "umask",
        process::umask,
        "umask($module, mask, /)\n--\n\nSet the current numeric umask and return the previous umask.",
    ),
    MethodDef::new(
        "kill",
        process::kill,
        "kill($module, pid, signal, /)\n--\n\nKill a process with a signal.",
    ),
    MethodDef::new(
        "_exit",
        process::exit_now,
        "_exit($module, /, status)\n--\n\nExit to the system with specified status, without normal exit processing.",
    ),
    MethodDef::new(
        "abort",
        process::abort,
        "abort($module, /)\n--\n\nAbort the interpreter immediately.",
    ),
    MethodDef::new(
        "strerror",
        process::strerror,
        "strerror($module, code, /)\n--\n\nTranslate an error code to a message string.",
    ),
    MethodDef::new(
        "urandom",
        process::urandom,
        "urandom($module, size, /)\n--\n\nReturn a bytes object containing random bytes suitable for cryptographic use.",
    ),
    MethodDef::new(
        "cpu_count",
        process::cpu_count,
        "cpu_count($module, /)\n--\n\nReturn the number of logical CPUs in the system.",
    ),
    MethodDef::new(
        "fspath",
        process::fspath,
        "fspath($module, /, path)\n--\n\nReturn the file system path representation of the object.",
    ),
    MethodDef::new(
        "waitstatus_to_exitcode",
        process::waitstatus_to_exitcode,
        "waitstatus_to_exitcode($module, /, status)\n--\n\nConvert a wait status to an exit code.",
    ),
    MethodDef::new(
        "WCOREDUMP",
        process::wcoredump,
        "WCOREDUMP($module, status, /)\n--\n\nReturn True if the process returning status was dumped to a core file.",
    ),
    MethodDef::new(
        "WIFCONTINUED",
        process::wifcontinued,
        "WIFCONTINUED($module, /, status)\n--\n\nReturn True if a particular process was continued from a job control stop.",
    ),
    MethodDef::new(
        "WIFSTOPPED",
        process::wifstopped,
        "WIFSTOPPED($module, /, status)\n--\n\nReturn True if the process returning status was stopped.",
    ),
    MethodDef::new(
        "WIFSIGNALED",
        process::wifsignaled,
        "WIFSIGNALED($module, /, status)\n--\n\nReturn True if the process returning status was terminated by a signal.",
    ),
    MethodDef::new(
        "WIFEXITED",
        process::wifexited,
        "WIFEXITED($module, /, status)\n--\n\nReturn True if the process returning status exited via the exit() system call.",
    ),
    MethodDef::new(
        "WEXITSTATUS",
        process::wexitstatus,
        "WEXITSTATUS($module, /, status)\n--\n\nReturn the process return code from status.",
    ),
    MethodDef::new(
        "WTERMSIG",
        process::wtermsig,
        "WTERMSIG($module, /, status)\n--\n\nReturn the signal that terminated the process that provided the status value.",
    ),
    MethodDef::new(
        "WSTOPSIG",
        process::wstopsig,
        "WSTOPSIG($module, /, status)\n--\n\nReturn the signal that stopped the process that provided the status value.",
    ),
    MethodDef::new(
        "major",
        process::major,
        "major($module, device, /)\n--\n\nExtracts a device major number from a raw device number.",
    ),
    MethodDef::new(
        "minor",
        process::minor,
        "minor($module, device, /)\n--\n\nExtracts a device minor number from a raw device number.",
    ),
    MethodDef::new(
        "makedev",
        process::makedev,
        "makedev($module, major, minor, /)\n--\n\nComposes a raw device number from the major and minor device numbers.",
    ),
    MethodDef::new(
        "pread",
        files::pread,
        "pread($module, fd, length, offset, /)\n--\n\nRead a number of bytes from a file descriptor starting at a particular offset.",
    ),
    MethodDef::new(
        "pwrite",
        files::pwrite,
        "pwrite($module, fd, data, offset, /)\n--\n\nWrite bytes to a file descriptor starting at a particular offset.",
    ),
    MethodDef::new(
        "mkfifo",
        files::mkfifo,
        "mkfifo($module, /, path, mode=438, *, dir_fd=None)\n--\n\nCreate a \"fifo\" (a POSIX named pipe).",
    ),
    MethodDef::new(
        "mknod",
        files::mknod,
        "mknod($module, /, path, mode=384, device=0, *, dir_fd=None)\n--\n\nCreate a node in the file system.",
    ),
    MethodDef::new(
        "statvfs",
        files::statvfs,
        "statvfs($module, /, path)\n--\n\nPerform a statvfs system call on the given path.",
    ),
    MethodDef::new(
        "fstatvfs",
        files::fstatvfs,
        "fstatvfs($module, fd, /)\n--\n\nPerform an fstatvfs system call on the given fd.",
    ),
    MethodDef::new(
        "chroot",
        control::chroot,
        "chroot($module, /, path)\n--\n\nChange root directory to path.",
    ),
    MethodDef::new(
        "sync",
        control::sync,
        "sync($module, /)\n--\n\nForce write of everything to disk.",
    ),
    MethodDef::new(
        "system",
        control::system,
        "system($module, /, command)\n--\n\nExecute the command in a subshell.",
    ),
    MethodDef::new(
        "setsid",
        control::setsid,
        "setsid($module, /)\n--\n\nCall the system call setsid().",
    ),
    MethodDef::new(
        "setpgrp",
        control::setpgrp,
        "setpgrp($module, /)\n--\n\nMake the current process the leader of its process group.",
    ),
    MethodDef::new(
        "setpgid",
        control::setpgid,
        "setpgid($module, pid, pgrp, /)\n--\n\nCall the system call setpgid(pid, pgrp).",
    ),
    MethodDef::new(
        "killpg",
        control::killpg,
        "killpg($module, pgid, signal, /)\n--\n\nKill a process group with a signal.",
    ),
    MethodDef::new(
        "setuid",
        control::setuid,
        "setuid($module, uid, /)\n--\n\nSet the current process's user id.",
    ),
    MethodDef::new(
        "setgid",
        control::setgid,
        "setgid($module, gid, /)\n--\n\nSet the current process's group id.",
    ),
    MethodDef::new(
        "seteuid",
        control::seteuid,
        "seteuid($module, euid, /)\n--\n\nSet the current process's effective user id.",
    ),
    MethodDef::new(
        "setegid",
        control::setegid,
        "setegid($module, egid, /)\n--\n\nSet the current process's effective group id.",
    ),
    MethodDef::new(
        "setreuid",
        control::setreuid,
        "setreuid($module, ruid, euid, /)\n--\n\nSet the current process's real and effective user ids.",
    ),
    MethodDef::new(
        "setregid",
        control::setregid,
        "setregid($module, rgid, egid, /)\n--\n\nSet the current process's real and effective group ids.",
    ),
    MethodDef::new(
        "setresuid",
        control::setresuid,
        "setresuid($module, ruid, euid, suid, /)\n--\n\nSet the current process's real, effective, and saved user ids.",
    ),
    MethodDef::new(
        "setresgid",
        control::setresgid,
        "setresgid($module, rgid, egid, sgid, /)\n--\n\nSet the current process's real, effective, and saved group ids.",
    ),
    MethodDef::new(
        "getresuid",
        control::getresuid,
        "getresuid($module, /)\n--\n\nReturn a tuple of the current process's real, effective, and saved user ids.",
    ),
    MethodDef::new(
        "getresgid",
        control::getresgid,
        "getresgid($module, /)\n--\n\nReturn a tuple of the current process's real, effective, and saved group ids.",
    ),
    MethodDef::new(
        "nice",
        control::nice,
        "nice($module, increment, /)\n--\n\nAdd increment to the priority of process and return the new priority.",
    ),
    MethodDef::new(
        "getpriority",
        control::getpriority,
        "getpriority($module, /, which, who)\n--\n\nReturn program scheduling priority.",
    ),
    MethodDef::new(
        "setpriority",
        control::setpriority,
        "setpriority($module, /, which, who, priority)\n--\n\nSet program scheduling priority.",
    ),
    MethodDef::new(
        "sched_yield",
        control::sched_yield,
        "sched_yield($module, /)\n--\n\nVoluntarily relinquish the CPU.",
    ),
    MethodDef::new(
        "sched_getaffinity",
        control::sched_getaffinity,
        "sched_getaffinity($module, pid, /)\n--\n\nReturn the affinity of the process identified by pid (or the current process if zero).",
    ),
    MethodDef::new(
        "getloadavg",
        control::getloadavg,
        "getloadavg($module, /)\n--\n\nReturn average recent system load information.",
    ),
    MethodDef::new(
        "getlogin",
        control::getlogin,
        "getlogin($module, /)\n--\n\nReturn the actual login name.",
    ),
    MethodDef::new(
        "ttyname",
        control::ttyname,
        "ttyname($module, fd, /)\n--\n\nReturn the name of the terminal device connected to 'fd'.",
    ),
    MethodDef::new(
        "ctermid",
        control::ctermid,
        "ctermid($module, /)\n--\n\nReturn the name of the controlling terminal for this process.",
    ),
    MethodDef::new(
        "getrandom",
        control::getrandom,
        "getrandom($module, /, size, flags=0)\n--\n\nObtain a series of random bytes.",
    ),
    MethodDef::new(
        "waitpid",
        syscalls::waitpid,
        "waitpid($module, pid, options, /)\n--\n\nWait for completion of a given child process.",
    ),
    MethodDef::new(
        "wait",
        syscalls::wait,
        "wait($module, /)\n--\n\nWait for completion of a child process.",
    ),
    MethodDef::new(
        "sched_get_priority_max",
        syscalls::sched_get_priority_max,
        "sched_get_priority_max($module, /, policy)\n--\n\nGet the maximum scheduling priority for policy.",
    ),
    MethodDef::new(
        "sched_get_priority_min",
        syscalls::sched_get_priority_min,
        "sched_get_priority_min($module, /, policy)\n--\n\nGet the minimum scheduling priority for policy.",
    ),
    MethodDef::new(
        "sched_getscheduler",
        syscalls::sched_getscheduler,
        "sched_getscheduler($module, pid, /)\n--\n\nGet the scheduling policy for the process identified by pid.",
    ),
    MethodDef::new(
        "sched_setaffinity",
        syscalls::sched_setaffinity,
        "sched_setaffinity($module, pid, mask, /)\n--\n\nSet the CPU affinity of the process identified by pid to mask.",
    ),
    MethodDef::new(
        "sched_rr_get_interval",
        syscalls::sched_rr_get_interval,
        "sched_rr_get_interval($module, pid, /)\n--\n\nReturn the round-robin quantum for the process identified by pid, in seconds.",
    ),
    MethodDef::new(
        "sysconf",
        syscalls::sysconf,
        "sysconf($module, name, /)\n--\n\nReturn an integer-valued system configuration variable.",
    ),
    MethodDef::new(
        "fpathconf",
        syscalls::fpathconf,
        "fpathconf($module, fd, name, /)\n--\n\nReturn the configuration limit name for the file descriptor fd.",
    ),
    MethodDef::new(
        "pathconf",
        syscalls::pathconf,
        "pathconf($module, /, path, name)\n--\n\nReturn the configuration limit name for the file or directory path.",
    ),
    MethodDef::new(
        "confstr",
        syscalls::confstr,
        "confstr($module, name, /)\n--\n\nReturn a string-valued system configuration variable.",
    ),
    MethodDef::new(
        "lockf",
        syscalls::lockf,
        "lockf($module, fd, command, length, /)\n--\n\nApply, test or remove a POSIX lock on an open file descriptor.",
    ),
    MethodDef::new(
        "posix_fadvise",
        syscalls::posix_fadvise,
        "posix_fadvise($module, fd, offset, length, advice, /)\n--\n\nAnnounce an intention to access data in a specific pattern.",
    ),
    MethodDef::new(
        "posix_fallocate",
        syscalls::posix_fallocate,
        "posix_fallocate($module, fd, offset, length, /)\n--\n\nEnsure a file has allocated at least a particular number of bytes on disk.",
    ),
    MethodDef::new(
        "tcgetpgrp",
        syscalls::tcgetpgrp,
        "tcgetpgrp($module, fd, /)\n--\n\nReturn the process group associated with the terminal specified by fd.",
    ),
    MethodDef::new(
        "tcsetpgrp",
        syscalls::tcsetpgrp,
        "tcsetpgrp($module, fd, pgid, /)\n--\n\nSet the process group associated with the terminal specified by fd.",
    ),
    MethodDef::new(
        "setgroups",
        syscalls::setgroups,
        "setgroups($module, groups, /)\n--\n\nSet the groups of the current process to list.",
    ),
    MethodDef::new(
        "memfd_create",
        syscalls::memfd_create,
        "memfd_create($module, /, name, flags=MFD_CLOEXEC)\n--\n\n",
    ),
    MethodDef::new(
        "eventfd",
        syscalls::eventfd,
        "eventfd($module, /, initval, flags=524288)\n--\n\nCreates and returns an event notification file descriptor.",
    ),
    MethodDef::new(
        "eventfd_read",
        syscalls::eventfd_read,
        "eventfd_read($module, /, fd)\n--\n\nRead eventfd value",
    ),
    MethodDef::new(
        "eventfd_write",
        syscalls::eventfd_write,
        "eventfd_write($module, /, fd, value)\n--\n\nWrite eventfd value.",
    ),
    MethodDef::new(
        "sendfile",
        syscalls::sendfile,
        "sendfile($module, /, out_fd, in_fd, offset, count)\n--\n\nCopy count bytes from file descriptor in_fd to file descriptor out_fd.",
    ),
    MethodDef::new(
        "copy_file_range",
        syscalls::copy_file_range,
        "copy_file_range($module, /, src, dst, count, offset_src=None, offset_dst=None)\n--\n\nCopy count bytes from one file descriptor to another.",
    ),
    MethodDef::new(
        "writev",
        syscalls::writev,
        "writev($module, fd, buffers, /)\n--\n\nIterate over buffers, and write the contents of each to a file descriptor.",
    ),
    MethodDef::new(
        "pidfd_open",
        syscalls::pidfd_open,
        "pidfd_open($module, /, pid, flags=0)\n--\n\nReturn a file descriptor referring to the process *pid*.",
    ),
    MethodDef::new(
        "unshare",
        syscalls::unshare,
        "unshare($module, /, flags)\n--\n\nDisassociate parts of a process (or thread) execution context.",
    ),
    MethodDef::new(
        "setns",
        syscalls::setns,
        "setns($module, /, fd, nstype=0)\n--\n\nMove the calling thread into different namespaces.",
    ),
    MethodDef::new(
        "posix_openpt",
        syscalls::posix_openpt,
        "posix_openpt($module, oflag, /)\n--\n\nOpen and return a file descriptor for a master pseudo-terminal device.",
    ),
    MethodDef::new(
        "grantpt",
        syscalls::grantpt,
        "grantpt($module, fd, /)\n--\n\nGrant access to the slave pseudo-terminal device.",
    ),
    MethodDef::new(
        "unlockpt",
        syscalls::unlockpt,
        "unlockpt($module, fd, /)\n--\n\nUnlock a pseudo-terminal master/slave pair.",
    ),
    MethodDef::new(
        "ptsname",
        syscalls::ptsname,
        "ptsname($module, fd, /)\n--\n\nReturn the name of the slave pseudo-terminal device.",
    ),
    MethodDef::new(
        "openpty",
        syscalls::openpty,
        "openpty($module, /)\n--\n\nOpen a pseudo-terminal.",
    ),
    MethodDef::new(
        "_inputhook",
        syscalls::inputhook,
        "_inputhook($module, /)\n--\n\nCalls PyOS_CallInputHook droppong the GIL first",
    ),
    MethodDef::new(
        "_is_inputhook_installed",
        syscalls::is_inputhook_installed,
        "_is_inputhook_installed($module, /)\n--\n\nChecks if PyOS_CallInputHook is set",
    ),
    MethodDef::new(
        "readinto",
        fds::readinto,
        "readinto($module, fd, buffer, /)\n--\n\nRead into a buffer object from a file descriptor.",
    ),
    MethodDef::new(
        "readv",
        fds::readv,
        "readv($module, fd, buffers, /)\n--\n\nRead from a file descriptor fd into an iterable of buffers.",
    ),
    MethodDef::new(
        "preadv",
        fds::preadv,
        "preadv($module, fd, buffers, offset, flags=0, /)\n--\n\nReads from a file descriptor into a number of mutable bytes-like objects.",
    ),
    MethodDef::new(
        "pwritev",
        fds::pwritev,
        "pwritev($module, fd, buffers, offset, flags=0, /)\n--\n\nWrites the contents of bytes-like objects to a file descriptor at a given offset.",
    ),
    MethodDef::new(
        "splice",
        fds::splice,
        "splice($module, /, src, dst, count, offset_src=None, offset_dst=None,\n       flags=0)\n--\n\nTransfer count bytes from one pipe to a descriptor or vice versa.",
    ),
    MethodDef::new(
        "getgrouplist",
        control::getgrouplist,
        "getgrouplist($module, user, group, /)\n--\n\nReturns a list of groups to which a user belongs.",
    ),
    MethodDef::new(
        "initgroups",
        control::initgroups,
        "initgroups($module, username, gid, /)\n--\n\nInitialize the group access list.",
    ),
    MethodDef::new(
        "fork",
        exec::fork,
        "fork($module, /)\n--\n\nFork a child process.",
    ),
    MethodDef::new(
        "register_at_fork",
        exec::register_at_fork,
        "register_at_fork($module, /, *, before=<unrepresentable>,\n                 after_in_child=<unrepresentable>,\n                 after_in_parent=<unrepresentable>)\n--\n\nRegister callables to be called when forking a new process.",
    ),
    MethodDef::new(
        "execv",
        exec::execv,
        "execv($module, path, argv, /)\n--\n\nExecute an executable path with arguments, replacing current process.",
    ),
    MethodDef::new(
        "execve",
        exec::execve,
        "execve($module, /, path, argv, env)\n--\n\nExecute an executable path with arguments, replacing current process.",
    ),
    MethodDef::new(
        "waitid",
        exec::waitid,
        "waitid($module, idtype, id, options, /)\n--\n\nReturns the result of waiting for a process or processes.",
    ),
    MethodDef::new(
        "getxattr",
        syscalls::getxattr,
        "getxattr($module, /, path, attribute, *, follow_symlinks=True)\n--\n\nReturn the value of extended attribute attribute on path.",
    ),
    MethodDef::new(
        "setxattr",
        syscalls::setxattr,
        "setxattr($module, /, path, attribute, value, flags=0, *,\n         follow_symlinks=True)\n--\n\nSet extended attribute attribute on path to value.",
    ),
    MethodDef::new(
        "removexattr",
        syscalls::removexattr,
        "removexattr($module, /, path, attribute, *, follow_symlinks=True)\n--\n\nRemove extended attribute attribute on path.",
    ),
    MethodDef::new(
        "listxattr",
        syscalls::listxattr,
        "listxattr($module, /, path=None, *, follow_symlinks=True)\n--\n\nReturn a list of extended attributes on path.",
    ),
    MethodDef::new(
        "timerfd_create",
        syscalls::timerfd_create,
        "timerfd_create($module, clockid, /, *, flags=0)\n--\n\nCreate and return a timer file descriptor.",
    ),
    MethodDef::new(
        "timerfd_settime",
        syscalls::timerfd_settime,
        "timerfd_settime($module, fd, /, *, flags=0, initial=0.0, interval=0.0)\n--\n\nAlter a timer file descriptor's internal timer in seconds.",
    ),
    MethodDef::new(
        "timerfd_settime_ns",
        syscalls::timerfd_settime_ns,
        "timerfd_settime_ns($module, fd, /, *, flags=0, initial=0, interval=0)\n--\n\nAlter a timer file descriptor's internal timer in nanoseconds.",
    ),
    MethodDef::new(
        "timerfd_gettime",
        syscalls::timerfd_gettime,
        "timerfd_gettime($module, fd, /)\n--\n\nReturn a tuple of a timer file descriptor's (interval, next expiration) in float seconds.",
    ),
    MethodDef::new(
        "timerfd_gettime_ns",
        syscalls::timerfd_gettime_ns,
        "timerfd_gettime_ns($module, fd, /)\n--\n\nReturn a tuple of a timer file descriptor's (interval, next expiration) in nanoseconds.",
    ),
    MethodDef::new(
        "sched_getparam",
        syscalls::sched_getparam,
        "sched_getparam($module, pid, /)\n--\n\nReturns scheduling parameters for the process identified by pid.",
    ),
    MethodDef::new(
        "sched_setparam",
        syscalls::sched_setparam,
        "sched_setparam($module, pid, param, /)\n--\n\nSet scheduling parameters for the process identified by pid.",
    ),
    MethodDef::new(
        "sched_setscheduler",
        syscalls::sched_setscheduler,
        "sched_setscheduler($module, pid, policy, param, /)\n--\n\nSet the scheduling policy for the process identified by pid.",
    ),
    MethodDef::new(
        "login_tty",
        syscalls::login_tty,
        "login_tty($module, fd, /)\n--\n\nPrepare the tty of which fd is a file descriptor for a new login session.",
    ),
    MethodDef::new(
        "wait3",
        exec::wait3,
        "wait3($module, /, options)\n--\n\nWait for completion of a child process.",
    ),
    MethodDef::new(
        "wait4",
        exec::wait4,
        "wait4($module, /, pid, options)\n--\n\nWait for completion of a specific child process.",
    ),
    MethodDef::new(
        "forkpty",
        exec::forkpty,
        "forkpty($module, /)\n--\n\nFork a new process with a new pseudo-terminal as controlling tty.",
    ),
    MethodDef::new(
        "posix_spawn",
        exec::posix_spawn,
        "posix_spawn($module, path, argv, env, /, *, file_actions=(),\n            setpgroup=<unrepresentable>, resetids=False, setsid=False,\n            setsigmask=(), setsigdef=(), scheduler=<unrepresentable>)\n--\n\nExecute the program specified by path in a new process.",
    ),
    MethodDef::new(
        "posix_spawnp",
        exec::posix_spawnp,
        "posix_spawnp($module, path, argv, env, /, *, file_actions=(),\n             setpgroup=<unrepresentable>, resetids=False, setsid=False,\n             setsigmask=(), setsigdef=(), scheduler=<unrepresentable>)\n--\n\nExecute the program specified by path in a new process.",
    ),
    MethodDef::new(
        "_create_environ",
        process::create_environ,
        "_create_environ($module, /)\n--\n\nCreate the environment dictionary.",
    ),
    MethodDef::new(
        "_path_normpath",
        pathops::path_normpath,
        "_path_normpath($module, /, path)\n--\n\nNormalize path, eliminating double slashes, etc.",
    ),
    MethodDef::new(
        "_path_splitroot_ex",
        pathops::path_splitroot_ex,
        "_path_splitroot_ex($module, /, p)\n--\n\nSplit a pathname into drive, root and tail.",
    ),
];
