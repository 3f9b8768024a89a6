//! Thin safe wrappers over the libc calls `posix` and `time` need where std has no equivalent with CPython's exact semantics (`*at` calls with `dir_fd`, `lstat` fields, umask, uname, dup, fcntl, clocks, `struct tm` conversions); every unsafe block is here.
//!
//! Each wrapper takes plain Rust values, calls one libc function and turns
//! a failure into `io::Error::last_os_error()`, so callers see the errno.

use std::ffi::{CStr, CString};
use std::io;

pub use libc::{stat as Stat, tm as Tm};

/// `AT_FDCWD`: resolve relative paths against the working directory.
pub const AT_FDCWD: i32 = libc::AT_FDCWD;

fn cstring(path: &[u8]) -> io::Result<CString> {
    CString::new(path).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

fn check_long(r: libc::ssize_t) -> io::Result<usize> {
    usize::try_from(r).map_err(|_| io::Error::last_os_error())
}

fn nofollow(follow: bool) -> libc::c_int {
    if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW }
}

fn zeroed_stat() -> Stat {
    // SAFETY: `struct stat` is plain integers; all-zero is a valid value.
    unsafe { std::mem::zeroed() }
}

/// `fstatat(dir_fd, path, flags)`: `stat`, or `lstat` when `!follow`.
pub fn stat(dir_fd: i32, path: &[u8], follow: bool) -> io::Result<Stat> {
    let p = cstring(path)?;
    let mut st = zeroed_stat();
    // SAFETY: `p` is NUL-terminated and `st` is a valid out-pointer.
    check(unsafe { libc::fstatat(dir_fd, p.as_ptr(), &mut st, nofollow(follow)) })?;
    Ok(st)
}

/// `fstat(fd)`.
pub fn fstat(fd: i32) -> io::Result<Stat> {
    let mut st = zeroed_stat();
    // SAFETY: `st` is a valid out-pointer; a bad `fd` gives EBADF.
    check(unsafe { libc::fstat(fd, &mut st) })?;
    Ok(st)
}

/// `openat(dir_fd, path, flags, mode)`.
pub fn open(dir_fd: i32, path: &[u8], flags: i32, mode: u32) -> io::Result<i32> {
    let p = cstring(path)?;
    // SAFETY: `p` is NUL-terminated; `mode` is passed as the variadic `mode_t`.
    check(unsafe { libc::openat(dir_fd, p.as_ptr(), flags, mode as libc::c_uint) })
}

/// `read(fd, n)`: at most `n` bytes.
pub fn read(fd: i32, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` has room for `n` bytes.
    let got = check_long(unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) })?;
    buf.truncate(got);
    Ok(buf)
}

/// `write(fd, data)`: how many bytes were written.
pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
    // SAFETY: `data` is valid for `data.len()` bytes.
    check_long(unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) })
}

/// `close(fd)`.
pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: closing a descriptor the caller names; a bad one gives EBADF.
    check(unsafe { libc::close(fd) }).map(drop)
}

/// `mkdirat(dir_fd, path, mode)`.
pub fn mkdir(dir_fd: i32, path: &[u8], mode: u32) -> io::Result<()> {
    let p = cstring(path)?;
    // SAFETY: `p` is NUL-terminated.
    check(unsafe { libc::mkdirat(dir_fd, p.as_ptr(), mode) }).map(drop)
}

/// `unlinkat(dir_fd, path, 0 or AT_REMOVEDIR)`.
pub fn unlink(dir_fd: i32, path: &[u8], rmdir: bool) -> io::Result<()> {
    let p = cstring(path)?;
    let flags = if rmdir { libc::AT_REMOVEDIR } else { 0 };
    // SAFETY: `p` is NUL-terminated.
    check(unsafe { libc::unlinkat(dir_fd, p.as_ptr(), flags) }).map(drop)
}

/// `renameat(src_dir_fd, src, dst_dir_fd, dst)`.
pub fn rename(src_dir_fd: i32, src: &[u8], dst_dir_fd: i32, dst: &[u8]) -> io::Result<()> {
    let (s, d) = (cstring(src)?, cstring(dst)?);
    // SAFETY: both paths are NUL-terminated.
    check(unsafe { libc::renameat(src_dir_fd, s.as_ptr(), dst_dir_fd, d.as_ptr()) }).map(drop)
}

/// `fchmodat(dir_fd, path, mode, flags)`.
pub fn chmod(dir_fd: i32, path: &[u8], mode: u32, follow: bool) -> io::Result<()> {
    let p = cstring(path)?;
    // SAFETY: `p` is NUL-terminated.
    check(unsafe { libc::fchmodat(dir_fd, p.as_ptr(), mode, nofollow(follow)) }).map(drop)
}

/// `fchmod(fd, mode)`.
pub fn fchmod(fd: i32, mode: u32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::fchmod(fd, mode) }).map(drop)
}

/// `fchownat(dir_fd, path, uid, gid, flags)`; -1 leaves an id unchanged.
pub fn chown(dir_fd: i32, path: &[u8], uid: u32, gid: u32, follow: bool) -> io::Result<()> {
    let p = cstring(path)?;
    // SAFETY: `p` is NUL-terminated.
    check(unsafe { libc::fchownat(dir_fd, p.as_ptr(), uid, gid, nofollow(follow)) }).map(drop)
}

/// `fchown(fd, uid, gid)`.
pub fn fchown(fd: i32, uid: u32, gid: u32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::fchown(fd, uid, gid) }).map(drop)
}

/// Access and modification times as (seconds, nanoseconds); None is "now".
pub type Times = Option<[(i64, i64); 2]>;

fn timespecs(times: Times) -> [libc::timespec; 2] {
    let ts = |(s, ns): (i64, i64)| libc::timespec {
        tv_sec: s,
        tv_nsec: ns,
    };
    match times {
        Some([a, m]) => [ts(a), ts(m)],
        None => [ts((0, libc::UTIME_NOW)), ts((0, libc::UTIME_NOW))],
    }
}

/// `utimensat(dir_fd, path, times, flags)`.
pub fn utime(dir_fd: i32, path: &[u8], times: Times, follow: bool) -> io::Result<()> {
    let p = cstring(path)?;
    let ts = timespecs(times);
    // SAFETY: `p` is NUL-terminated and `ts` holds two timespecs.
    check(unsafe { libc::utimensat(dir_fd, p.as_ptr(), ts.as_ptr(), nofollow(follow)) }).map(drop)
}

/// `futimens(fd, times)`.
pub fn futime(fd: i32, times: Times) -> io::Result<()> {
    let ts = timespecs(times);
    // SAFETY: `ts` holds two timespecs.
    check(unsafe { libc::futimens(fd, ts.as_ptr()) }).map(drop)
}

/// `linkat(src_dir_fd, src, dst_dir_fd, dst, flags)`.
pub fn link(
    src_dir_fd: i32,
    src: &[u8],
    dst_dir_fd: i32,
    dst: &[u8],
    follow: bool,
) -> io::Result<()> {
    let (s, d) = (cstring(src)?, cstring(dst)?);
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: both paths are NUL-terminated.
    check(unsafe { libc::linkat(src_dir_fd, s.as_ptr(), dst_dir_fd, d.as_ptr(), flags) }).map(drop)
}

/// `symlinkat(target, dir_fd, link)`.
pub fn symlink(target: &[u8], dir_fd: i32, link: &[u8]) -> io::Result<()> {
    let (t, l) = (cstring(target)?, cstring(link)?);
    // SAFETY: both paths are NUL-terminated.
    check(unsafe { libc::symlinkat(t.as_ptr(), dir_fd, l.as_ptr()) }).map(drop)
}

/// `readlinkat(dir_fd, path)`: the link's target.
pub fn readlink(dir_fd: i32, path: &[u8]) -> io::Result<Vec<u8>> {
    let p = cstring(path)?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: `p` is NUL-terminated and `buf` has room for `buf.len()` bytes.
    let n = check_long(unsafe {
        libc::readlinkat(dir_fd, p.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
    })?;
    buf.truncate(n);
    Ok(buf)
}

/// `faccessat(dir_fd, path, mode, flags)`: whether access is allowed.
pub fn access(dir_fd: i32, path: &[u8], mode: i32, effective_ids: bool, follow: bool) -> bool {
    let Ok(p) = cstring(path) else {
        return false;
    };
    let flags = nofollow(follow) | if effective_ids { libc::AT_EACCESS } else { 0 };
    // SAFETY: `p` is NUL-terminated.
    unsafe { libc::faccessat(dir_fd, p.as_ptr(), mode, flags) == 0 }
}

/// `fchdir(fd)`.
pub fn fchdir(fd: i32) -> io::Result<()> {
    // SAFETY: plain integer argument.
    check(unsafe { libc::fchdir(fd) }).map(drop)
}

/// The entry names of the directory open as `fd` (without `.` and `..`),
/// read through a duplicate so `fd` stays open and is rewound for reuse.
pub fn listdir_fd(fd: i32) -> io::Result<Vec<Vec<u8>>> {
    let copy = dup(fd)?;
    // SAFETY: `copy` is a descriptor we own; fdopendir takes it over.
    let dir = unsafe { libc::fdopendir(copy) };
    if dir.is_null() {
        let e = io::Error::last_os_error();
        let _ = close(copy);
        return Err(e);
    }
    let mut names = Vec::new();
    loop {
        // SAFETY: `dir` is an open directory stream.
        let entry = unsafe { libc::readdir(dir) };
        if entry.is_null() {
            break;
        }
        // SAFETY: `entry` points to a dirent whose `d_name` is NUL-terminated.
        let name = unsafe { CStr::from_ptr((*entry).d_name.as_ptr()) }.to_bytes();
        if name != b"." && name != b".." {
            names.push(name.to_vec());
        }
    }
    // SAFETY: `dir` is open; rewinding then closing it (and `copy`) once.
    unsafe {
        libc::rewinddir(dir);
        libc::closedir(dir);
    }
    Ok(names)
}

/// `getppid()`, `getuid()`, ...: the process ids that cannot fail.
pub fn ids() -> ProcessIds {
    // SAFETY: these calls take no arguments and cannot fail.
    unsafe {
        ProcessIds {
            ppid: libc::getppid(),
            uid: libc::getuid(),
            euid: libc::geteuid(),
            gid: libc::getgid(),
            egid: libc::getegid(),
            pgrp: libc::getpgrp(),
        }
    }
}

pub struct ProcessIds {
    pub ppid: i32,
    pub uid: u32,
    pub euid: u32,
    pub gid: u32,
    pub egid: u32,
    pub pgrp: i32,
}

/// `getpgid(pid)` / `getsid(pid)`.
pub fn getpgid(pid: i32, session: bool) -> io::Result<i32> {
    // SAFETY: plain integer argument.
    check(unsafe {
        if session {
            libc::getsid(pid)
        } else {
            libc::getpgid(pid)
        }
    })
}

/// `getgroups()`.
pub fn getgroups() -> io::Result<Vec<u32>> {
    // SAFETY: a zero-length query only returns the count.
    let n = check(unsafe { libc::getgroups(0, std::ptr::null_mut()) })?;
    let mut groups = vec![0; n as usize];
    // SAFETY: `groups` has room for `n` entries.
    let n = check(unsafe { libc::getgroups(n, groups.as_mut_ptr()) })?;
    groups.truncate(n as usize);
    Ok(groups)
}

/// `uname()`: sysname, nodename, release, version, machine.
pub fn uname() -> io::Result<[Vec<u8>; 5]> {
    // SAFETY: `utsname` is plain bytes; all-zero is valid.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid out-pointer.
    check(unsafe { libc::uname(&mut u) })?;
    let field = |f: &[libc::c_char]| -> Vec<u8> {
        f.iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect()
    };
    Ok([
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ])
}

/// `times()`: user, system, children's user and system CPU seconds and the
/// elapsed real time, in clock ticks, with the ticks per second.
pub fn times() -> io::Result<([i64; 5], i64)> {
    // SAFETY: `tms` is plain integers; all-zero is valid.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid out-pointer.
    let elapsed = unsafe { libc::times(&mut t) };
    if elapsed == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok((
        [
            t.tms_utime,
            t.tms_stime,
            t.tms_cutime,
            t.tms_cstime,
            elapsed,
        ],
        sysconf(libc::_SC_CLK_TCK),
    ))
}

/// `sysconf(name)` (-1 when unknown).
pub fn sysconf(name: libc::c_int) -> i64 {
    // SAFETY: plain integer argument.
    unsafe { libc::sysconf(name) }
}

/// `sysconf(_SC_NPROCESSORS_ONLN)`, what `os.cpu_count()` reports.
pub fn online_cpus() -> i64 {
    sysconf(libc::_SC_NPROCESSORS_ONLN)
}

/// `umask(mask)`: the previous mask.
pub fn umask(mask: u32) -> u32 {
    // SAFETY: plain integer argument; umask cannot fail.
    unsafe { libc::umask(mask) }
}

/// `fcntl(fd, F_DUPFD_CLOEXEC, 0)`: a non-inheritable duplicate.
pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

/// `dup2(fd, fd2)` or `dup3(fd, fd2, O_CLOEXEC)`.
pub fn dup2(fd: i32, fd2: i32, inheritable: bool) -> io::Result<i32> {
    // SAFETY: plain integer arguments.
    check(unsafe {
        if inheritable || fd == fd2 {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, libc::O_CLOEXEC)
        }
    })
}

/// `pipe2(flags)`: (read end, write end).
pub fn pipe(flags: i32) -> io::Result<(i32, i32)> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), flags) })?;
    Ok((fds[0], fds[1]))
}

/// `lseek(fd, pos, how)`.
pub fn lseek(fd: i32, pos: i64, how: i32) -> io::Result<i64> {
    // SAFETY: plain integer arguments.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// `isatty(fd)`.
pub fn isatty(fd: i32) -> bool {
    // SAFETY: plain integer argument.
    unsafe { libc::isatty(fd) == 1 }
}

/// `ftruncate(fd, length)`.
pub fn ftruncate(fd: i32, length: i64) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::ftruncate(fd, length) }).map(drop)
}

/// `truncate(path, length)`.
pub fn truncate(path: &[u8], length: i64) -> io::Result<()> {
    let p = cstring(path)?;
    // SAFETY: `p` is NUL-terminated.
    check(unsafe { libc::truncate(p.as_ptr(), length) }).map(drop)
}

/// `fsync(fd)` or `fdatasync(fd)`.
pub fn fsync(fd: i32, data_only: bool) -> io::Result<()> {
    // SAFETY: plain integer argument.
    check(unsafe {
        if data_only {
            libc::fdatasync(fd)
        } else {
            libc::fsync(fd)
        }
    })
    .map(drop)
}

/// `kill(pid, sig)`.
pub fn kill(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::kill(pid, sig) }).map(drop)
}

/// `fcntl(fd, F_GETFD)` / `fcntl(fd, F_GETFL)`.
pub fn fd_flags(fd: i32, status: bool) -> io::Result<i32> {
    let cmd = if status { libc::F_GETFL } else { libc::F_GETFD };
    // SAFETY: plain integer arguments.
    check(unsafe { libc::fcntl(fd, cmd) })
}

/// `fcntl(fd, F_SETFD, flags)` / `fcntl(fd, F_SETFL, flags)`.
pub fn set_fd_flags(fd: i32, status: bool, flags: i32) -> io::Result<()> {
    let cmd = if status { libc::F_SETFL } else { libc::F_SETFD };
    // SAFETY: plain integer arguments.
    check(unsafe { libc::fcntl(fd, cmd, flags) }).map(drop)
}

/// `setenv(key, value, 1)`; the strings are copied by libc.
pub fn setenv(key: &[u8], value: &[u8]) -> io::Result<()> {
    let (k, v) = (cstring(key)?, cstring(value)?);
    // SAFETY: both strings are NUL-terminated; the interpreter lock keeps
    // other Python threads from touching the environment meanwhile.
    check(unsafe { libc::setenv(k.as_ptr(), v.as_ptr(), 1) }).map(drop)
}

/// `unsetenv(key)`.
pub fn unsetenv(key: &[u8]) -> io::Result<()> {
    let k = cstring(key)?;
    // SAFETY: `k` is NUL-terminated; see `setenv`.
    check(unsafe { libc::unsetenv(k.as_ptr()) }).map(drop)
}

/// `_exit(code)`: ends the process without cleanup.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: `_exit` never returns and touches no Rust state.
    unsafe { libc::_exit(code) }
}

/// `ioctl(fd, TIOCGWINSZ)`: (columns, lines).
pub fn terminal_size(fd: i32) -> io::Result<(u16, u16)> {
    // SAFETY: `winsize` is plain integers; all-zero is valid.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    Ok((w.ws_col, w.ws_row))
}

/// `clock_gettime(clock)` (or `clock_getres` when `resolution`) as
/// (seconds, nanoseconds).
pub fn clock(clock: i32, resolution: bool) -> io::Result<(i64, i64)> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer.
    check(unsafe {
        if resolution {
            libc::clock_getres(clock, &mut ts)
        } else {
            libc::clock_gettime(clock, &mut ts)
        }
    })?;
    Ok((ts.tv_sec, ts.tv_nsec))
}

fn zeroed_tm() -> Tm {
    // SAFETY: `struct tm` is integers and a nullable pointer; all-zero is valid.
    unsafe { std::mem::zeroed() }
}

/// `localtime_r(t)` or `gmtime_r(t)`.
pub fn broken_down(t: i64, local: bool) -> io::Result<Tm> {
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are valid for the call.
    let r = unsafe {
        if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        }
    };
    if r.is_null() {
        return Err(io::Error::from_raw_os_error(libc::EOVERFLOW));
    }
    Ok(tm)
}

/// The time zone abbreviation `tm_zone` points to.
pub fn tm_zone(tm: &Tm) -> Vec<u8> {
    if tm.tm_zone.is_null() {
        return Vec::new();
    }
    // SAFETY: a non-null `tm_zone` from localtime_r/gmtime_r points to a
    // NUL-terminated string that lives as long as the time zone data.
    unsafe { CStr::from_ptr(tm.tm_zone) }.to_bytes().to_vec()
}

/// A `struct tm` from its fields, with no time zone name.
pub fn tm_from_fields(f: [i32; 9], gmtoff: i64) -> Tm {
    let mut tm = zeroed_tm();
    tm.tm_year = f[0];
    tm.tm_mon = f[1];
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = f[6];
    tm.tm_yday = f[7];
    tm.tm_isdst = f[8];
    tm.tm_gmtoff = gmtoff;
    tm
}

/// `mktime(tm)`: None when the time cannot be represented.
pub fn mktime(mut tm: Tm) -> Option<i64> {
    // -1 is also a valid result; a wday left at its sentinel tells the two apart.
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, initialised struct tm.
    let t = unsafe { libc::mktime(&mut tm) };
    (t != -1 || tm.tm_wday != -1).then_some(t)
}

/// `strftime(format, tm)` with a zone name; None if the result does not fit
/// in `capacity` bytes.
pub fn strftime(format: &[u8], tm: &Tm, zone: &[u8], capacity: usize) -> Option<Vec<u8>> {
    let f = CString::new(format).ok()?;
    let z = CString::new(zone).ok()?;
    let mut tm = *tm;
    tm.tm_zone = z.as_ptr();
    let mut buf = vec![0u8; capacity];
    // SAFETY: `buf` has `capacity` bytes, `f` is NUL-terminated and `tm`'s
    // zone pointer (`z`) outlives the call.
    let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), capacity, f.as_ptr(), &tm) };
    if n == 0 {
        return None;
    }
    buf.truncate(n);
    Some(buf)
}

/// `tzset()`: re-reads `TZ`.
pub fn tzset() {
    // SAFETY: `tzset` takes no arguments.
    unsafe { tzset_c() }
}

unsafe extern "C" {
    // The libc crate does not bind tzset on Linux.
    #[link_name = "tzset"]
    fn tzset_c();
}
