//! Thin safe wrappers over the libc calls `posix` and `time` need where std has no equivalent with CPython's exact semantics (`*at` calls with `dir_fd`, `lstat` fields, umask, uname, dup, fcntl, clocks, `struct tm` conversions); every unsafe block is here.
//!
//! Each wrapper takes plain Rust values, calls one libc function and turns
//! a failure into `io::Error::last_os_error()`, so callers see the errno.

use ouro_objects::core::gil::allow_threads;
use std::ffi::{CStr, CString};
use std::io;

pub use libc::{stat as Stat, tm as Tm};

/// `AT_FDCWD`: resolve relative paths against the working directory.
pub const AT_FDCWD: i32 = libc::AT_FDCWD;

fn cstring(path: &[u8]) -> io::Result<CString> {
    CString::new(path).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

/// A zeroed buffer of `n` bytes; a size the allocator refuses is an
/// `OutOfMemory` error rather than an abort.
pub fn zeroed_buffer(n: usize) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(n)
        .map_err(|_| io::Error::from(io::ErrorKind::OutOfMemory))?;
    buf.resize(n, 0);
    Ok(buf)
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
    let mut buf = zeroed_buffer(n)?;
    // SAFETY: `buf` has room for `n` bytes.
    let got = check_long(allow_threads(|| unsafe {
        libc::read(fd, buf.as_mut_ptr().cast(), n)
    }))?;
    buf.truncate(got);
    Ok(buf)
}

/// `write(fd, data)`: how many bytes were written.
pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
    // SAFETY: `data` is valid for `data.len()` bytes.
    check_long(allow_threads(|| unsafe {
        libc::write(fd, data.as_ptr().cast(), data.len())
    }))
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

/// `clock_settime(clock, (seconds, nanoseconds))`.
pub fn set_clock(clock: i32, secs: i64, nanos: i64) -> io::Result<()> {
    let ts = libc::timespec {
        tv_sec: secs,
        tv_nsec: nanos,
    };
    // SAFETY: `ts` is a valid timespec for the call.
    check(unsafe { libc::clock_settime(clock, &ts) }).map(drop)
}

/// `pthread_getcpuclockid(thread)`: the CPU time clock of a thread. glibc
/// reads through a `pthread_t` as a pointer, so only the calling thread's
/// own id is passed on; any other gives ESRCH rather than a crash.
pub fn thread_cpu_clock(thread: libc::pthread_t) -> io::Result<libc::clockid_t> {
    // SAFETY: `pthread_self` takes no arguments and cannot fail.
    if thread != unsafe { libc::pthread_self() } {
        return Err(io::Error::from_raw_os_error(libc::ESRCH));
    }
    let mut id: libc::clockid_t = 0;
    // SAFETY: `thread` is the live calling thread and `id` a valid out-pointer.
    let r = unsafe { libc::pthread_getcpuclockid(thread, &mut id) };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    Ok(id)
}

/// `getloadavg()`: the 1, 5 and 15 minute load averages.
pub fn loadavg() -> io::Result<[f64; 3]> {
    let mut avg = [0.0; 3];
    // SAFETY: `avg` has room for the three values asked for.
    if unsafe { libc::getloadavg(avg.as_mut_ptr(), 3) } != 3 {
        return Err(io::Error::other("Load averages are unobtainable"));
    }
    Ok(avg)
}

/// `nice(increment)`: the new niceness (-1 is a valid result, so errno is
/// cleared first and checked after).
pub fn nice(increment: i32) -> io::Result<i32> {
    // SAFETY: `__errno_location` returns this thread's errno slot.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: plain integer argument.
    let r = unsafe { libc::nice(increment) };
    // SAFETY: as above.
    if r == -1 && unsafe { *libc::__errno_location() } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(r)
}

/// `getpriority(which, who)`, with errno telling -1 apart from failure.
pub fn getpriority(which: u32, who: u32) -> io::Result<i32> {
    // SAFETY: `__errno_location` returns this thread's errno slot.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: plain integer arguments.
    let r = unsafe { libc::getpriority(which, who) };
    // SAFETY: as above.
    if r == -1 && unsafe { *libc::__errno_location() } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(r)
}

/// `setpriority(which, who, prio)`.
pub fn setpriority(which: u32, who: u32, prio: i32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::setpriority(which, who, prio) }).map(drop)
}

/// The process-control calls that take and return plain integers.
pub enum IdCall {
    Setsid,
    Setpgid(i32, i32),
    Setpgrp,
    Setuid(u32),
    Setgid(u32),
    Seteuid(u32),
    Setegid(u32),
    Setreuid(u32, u32),
    Setregid(u32, u32),
    Setresuid(u32, u32, u32),
    Setresgid(u32, u32, u32),
    Killpg(i32, i32),
}

/// Runs one `IdCall`; its integer result (setsid's session id, else 0).
pub fn id_call(call: IdCall) -> io::Result<i32> {
    // SAFETY: every call takes plain integers and reports failure as -1.
    check(unsafe {
        match call {
            IdCall::Setsid => libc::setsid(),
            IdCall::Setpgid(pid, pgrp) => libc::setpgid(pid, pgrp),
            IdCall::Setpgrp => libc::setpgid(0, 0),
            IdCall::Setuid(u) => libc::setuid(u),
            IdCall::Setgid(g) => libc::setgid(g),
            IdCall::Seteuid(u) => libc::seteuid(u),
            IdCall::Setegid(g) => libc::setegid(g),
            IdCall::Setreuid(r, e) => libc::setreuid(r, e),
            IdCall::Setregid(r, e) => libc::setregid(r, e),
            IdCall::Setresuid(r, e, s) => libc::setresuid(r, e, s),
            IdCall::Setresgid(r, e, s) => libc::setresgid(r, e, s),
            IdCall::Killpg(pgrp, sig) => libc::killpg(pgrp, sig),
        }
    })
}

/// `getresuid()` (or `getresgid()` when `group`).
pub fn getres(group: bool) -> io::Result<[u32; 3]> {
    let (mut r, mut e, mut s) = (0, 0, 0);
    // SAFETY: the three out-pointers are valid.
    check(unsafe {
        if group {
            libc::getresgid(&mut r, &mut e, &mut s)
        } else {
            libc::getresuid(&mut r, &mut e, &mut s)
        }
    })?;
    Ok([r, e, s])
}

/// `sched_getaffinity(pid)`: the CPUs the process may run on.
pub fn sched_getaffinity(pid: i32) -> io::Result<Vec<usize>> {
    // SAFETY: `cpu_set_t` is a plain bit array; all-zero is valid.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid out-pointer of the size given.
    check(unsafe {
        libc::sched_getaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &mut set)
    })?;
    // SAFETY: CPU_ISSET only reads the set, for indices below its bit size.
    Ok((0..libc::CPU_SETSIZE as usize)
        .filter(|&cpu| unsafe { libc::CPU_ISSET(cpu, &set) })
        .collect())
}

/// `sched_yield()`.
pub fn sched_yield() {
    // SAFETY: takes no arguments; cannot fail on Linux.
    unsafe { libc::sched_yield() };
}

/// `sync()`.
pub fn sync() {
    // SAFETY: takes no arguments and cannot fail.
    unsafe { libc::sync() }
}

/// `getlogin()`: None when there is no controlling terminal's login.
pub fn getlogin() -> Option<Vec<u8>> {
    // SAFETY: getlogin returns null or a NUL-terminated static string that
    // is copied before any other call can change it.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        return None;
    }
    // SAFETY: `p` is non-null and NUL-terminated.
    Some(unsafe { CStr::from_ptr(p) }.to_bytes().to_vec())
}

/// `ttyname_r(fd)`.
pub fn ttyname(fd: i32) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    // SAFETY: `buf` has room for `buf.len()` bytes.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    let n = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    buf.truncate(n);
    Ok(buf)
}

/// `getrandom(size, flags)`.
pub fn getrandom(size: usize, flags: u32) -> io::Result<Vec<u8>> {
    let mut buf = zeroed_buffer(size)?;
    // SAFETY: `buf` has room for `size` bytes.
    let n = check_long(unsafe { libc::getrandom(buf.as_mut_ptr().cast(), size, flags) })?;
    buf.truncate(n);
    Ok(buf)
}

/// `mkfifoat(dir_fd, path, mode)` or `mknodat(dir_fd, path, mode, device)`.
pub fn mknod(dir_fd: i32, path: &[u8], mode: u32, device: Option<u64>) -> io::Result<()> {
    let p = cstring(path)?;
    // SAFETY: `p` is NUL-terminated.
    check(unsafe {
        match device {
            None => libc::mkfifoat(dir_fd, p.as_ptr(), mode),
            Some(dev) => libc::mknodat(dir_fd, p.as_ptr(), mode, dev),
        }
    })
    .map(drop)
}

/// `chroot(path)`.
pub fn chroot(path: &[u8]) -> io::Result<()> {
    let p = cstring(path)?;
    // SAFETY: `p` is NUL-terminated.
    check(unsafe { libc::chroot(p.as_ptr()) }).map(drop)
}

/// `pread(fd, n, offset)`.
pub fn pread(fd: i32, n: usize, offset: i64) -> io::Result<Vec<u8>> {
    let mut buf = zeroed_buffer(n)?;
    // SAFETY: `buf` has room for `n` bytes.
    let got = check_long(unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), n, offset) })?;
    buf.truncate(got);
    Ok(buf)
}

/// `pwrite(fd, data, offset)`.
pub fn pwrite(fd: i32, data: &[u8], offset: i64) -> io::Result<usize> {
    // SAFETY: `data` is valid for `data.len()` bytes.
    check_long(unsafe { libc::pwrite(fd, data.as_ptr().cast(), data.len(), offset) })
}

/// File system statistics of a path or descriptor (`statvfs`/`fstatvfs`).
pub fn statvfs(path: Option<&[u8]>, fd: i32) -> io::Result<libc::statvfs> {
    // SAFETY: `struct statvfs` is plain integers; all-zero is valid.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    match path {
        Some(path) => {
            let p = cstring(path)?;
            // SAFETY: `p` is NUL-terminated and `st` a valid out-pointer.
            check(unsafe { libc::statvfs(p.as_ptr(), &mut st) })?;
        }
        // SAFETY: `st` is a valid out-pointer.
        None => check(unsafe { libc::fstatvfs(fd, &mut st) }).map(drop)?,
    }
    Ok(st)
}

/// `waitpid(pid, options)`: (pid, wait status).
pub fn waitpid(pid: i32, options: i32) -> io::Result<(i32, i32)> {
    let mut status = 0;
    // SAFETY: `status` is a valid out-pointer.
    let r = check(allow_threads(|| unsafe {
        libc::waitpid(pid, &mut status, options)
    }))?;
    Ok((r, status))
}

/// The scheduling queries that take and return one integer.
pub enum SchedQuery {
    PriorityMax(i32),
    PriorityMin(i32),
    Scheduler(i32),
}

pub fn sched_query(q: SchedQuery) -> io::Result<i32> {
    // SAFETY: plain integer arguments.
    check(unsafe {
        match q {
            SchedQuery::PriorityMax(policy) => libc::sched_get_priority_max(policy),
            SchedQuery::PriorityMin(policy) => libc::sched_get_priority_min(policy),
            SchedQuery::Scheduler(pid) => libc::sched_getscheduler(pid),
        }
    })
}

/// `sched_setaffinity(pid, cpus)`.
pub fn sched_setaffinity(pid: i32, cpus: &[usize]) -> io::Result<()> {
    // SAFETY: `cpu_set_t` is a plain bit array; all-zero is valid.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    for &cpu in cpus {
        if cpu >= libc::CPU_SETSIZE as usize {
            return Err(io::Error::from_raw_os_error(libc::EINVAL));
        }
        // SAFETY: `cpu` is below the set's bit size.
        unsafe { libc::CPU_SET(cpu, &mut set) };
    }
    // SAFETY: `set` is valid for the size given.
    check(unsafe { libc::sched_setaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &set) })
        .map(drop)
}

/// `sched_rr_get_interval(pid)` in seconds.
pub fn sched_rr_get_interval(pid: i32) -> io::Result<f64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer.
    check(unsafe { libc::sched_rr_get_interval(pid, &mut ts) })?;
    Ok(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

/// `sysconf`, `fpathconf` or `pathconf`: -1 with errno unchanged means "no
/// limit", reported as None.
pub enum Conf<'a> {
    Sys(i32),
    Fd(i32, i32),
    Path(&'a [u8], i32),
}

pub fn conf(query: Conf) -> io::Result<Option<i64>> {
    // SAFETY: `__errno_location` returns this thread's errno slot.
    unsafe { *libc::__errno_location() = 0 };
    let r = match query {
        // SAFETY: plain integer argument.
        Conf::Sys(name) => unsafe { libc::sysconf(name) },
        // SAFETY: plain integer arguments.
        Conf::Fd(fd, name) => unsafe { libc::fpathconf(fd, name) },
        Conf::Path(path, name) => {
            let p = cstring(path)?;
            // SAFETY: `p` is NUL-terminated.
            unsafe { libc::pathconf(p.as_ptr(), name) }
        }
    };
    // SAFETY: as above.
    if r == -1 && unsafe { *libc::__errno_location() } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok((r != -1).then_some(r))
}

/// `confstr(name)`: None when the name has no value.
pub fn confstr(name: i32) -> io::Result<Option<Vec<u8>>> {
    // SAFETY: `__errno_location` returns this thread's errno slot.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: a null buffer of length 0 only asks for the size.
    let n = unsafe { libc::confstr(name, std::ptr::null_mut(), 0) };
    if n == 0 {
        // SAFETY: as above.
        return match unsafe { *libc::__errno_location() } {
            0 => Ok(None),
            _ => Err(io::Error::last_os_error()),
        };
    }
    let mut buf = zeroed_buffer(n)?;
    // SAFETY: `buf` has room for `n` bytes.
    unsafe { libc::confstr(name, buf.as_mut_ptr().cast(), n) };
    buf.truncate(n - 1);
    Ok(Some(buf))
}

/// `lockf(fd, cmd, len)`.
pub fn lockf(fd: i32, cmd: i32, len: i64) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::lockf(fd, cmd, len) }).map(drop)
}

/// `posix_fadvise` or `posix_fallocate`, which return the errno instead of
/// setting it.
pub fn fadvise(fd: i32, offset: i64, len: i64, advice: Option<i32>) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    let r = unsafe {
        match advice {
            Some(a) => libc::posix_fadvise(fd, offset, len, a),
            None => libc::posix_fallocate(fd, offset, len),
        }
    };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    Ok(())
}

/// `tcgetpgrp(fd)`.
pub fn tcgetpgrp(fd: i32) -> io::Result<i32> {
    // SAFETY: plain integer argument.
    check(unsafe { libc::tcgetpgrp(fd) })
}

/// `tcsetpgrp(fd, pgid)`.
pub fn tcsetpgrp(fd: i32, pgid: i32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::tcsetpgrp(fd, pgid) }).map(drop)
}

/// `setgroups(groups)`.
pub fn setgroups(groups: &[u32]) -> io::Result<()> {
    // SAFETY: `groups` is valid for its length.
    check(unsafe { libc::setgroups(groups.len(), groups.as_ptr()) }).map(drop)
}

/// `memfd_create(name, flags)`.
pub fn memfd_create(name: &[u8], flags: u32) -> io::Result<i32> {
    let n = cstring(name)?;
    // SAFETY: `n` is NUL-terminated.
    check(unsafe { libc::memfd_create(n.as_ptr(), flags) })
}

/// `eventfd(initval, flags)`.
pub fn eventfd(initval: u32, flags: i32) -> io::Result<i32> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::eventfd(initval, flags) })
}

/// `sendfile(out_fd, in_fd, offset, count)`; `offset` None uses and moves
/// the input's file position.
pub fn sendfile(out_fd: i32, in_fd: i32, offset: Option<i64>, count: usize) -> io::Result<usize> {
    let mut off = offset.unwrap_or(0);
    let ptr = if offset.is_some() {
        &mut off as *mut i64
    } else {
        std::ptr::null_mut()
    };
    // SAFETY: `ptr` is null or points to `off`, alive for the call.
    check_long(unsafe { libc::sendfile(out_fd, in_fd, ptr, count) })
}

/// `copy_file_range(src, dst, count, src_offset, dst_offset)`.
pub fn copy_file_range(
    src: i32,
    dst: i32,
    count: usize,
    src_offset: Option<i64>,
    dst_offset: Option<i64>,
) -> io::Result<usize> {
    let (mut so, mut d_o) = (src_offset.unwrap_or(0), dst_offset.unwrap_or(0));
    let sp = if src_offset.is_some() {
        &mut so as *mut i64
    } else {
        std::ptr::null_mut()
    };
    let dp = if dst_offset.is_some() {
        &mut d_o as *mut i64
    } else {
        std::ptr::null_mut()
    };
    // SAFETY: each pointer is null or points to a local alive for the call.
    check_long(unsafe { libc::copy_file_range(src, sp, dst, dp, count, 0) })
}

/// `writev(fd, buffers)`.
pub fn writev(fd: i32, buffers: &[Vec<u8>]) -> io::Result<usize> {
    let iov: Vec<libc::iovec> = buffers
        .iter()
        .map(|b| libc::iovec {
            iov_base: b.as_ptr() as *mut libc::c_void,
            iov_len: b.len(),
        })
        .collect();
    // SAFETY: every iovec points into a buffer of `buffers`, which outlives
    // the call; writev only reads them.
    check_long(unsafe { libc::writev(fd, iov.as_ptr(), iov.len() as i32) })
}

/// `pidfd_open(pid, flags)` (a raw system call in glibc).
pub fn pidfd_open(pid: i32, flags: u32) -> io::Result<i32> {
    // SAFETY: the syscall takes two integers.
    let r = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, flags) };
    if r == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(r as i32)
}

/// `unshare(flags)` or `setns(fd, nstype)`.
pub fn namespace(call: Result<i32, (i32, i32)>) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe {
        match call {
            Ok(flags) => libc::unshare(flags),
            Err((fd, nstype)) => libc::setns(fd, nstype),
        }
    })
    .map(drop)
}

/// The pseudo-terminal calls on a master descriptor.
pub enum Pty {
    Open(i32),
    Grant(i32),
    Unlock(i32),
}

pub fn pty(call: Pty) -> io::Result<i32> {
    // SAFETY: plain integer arguments.
    check(unsafe {
        match call {
            Pty::Open(flags) => libc::posix_openpt(flags),
            Pty::Grant(fd) => libc::grantpt(fd),
            Pty::Unlock(fd) => libc::unlockpt(fd),
        }
    })
}

/// `ptsname_r(fd)`.
pub fn ptsname(fd: i32) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; 128];
    // SAFETY: `buf` has room for `buf.len()` bytes.
    let r = unsafe { libc::ptsname_r(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    let n = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    buf.truncate(n);
    Ok(buf)
}

/// `preadv2(fd, [buffer], offset, flags)` into one contiguous buffer.
pub fn preadv(fd: i32, n: usize, offset: i64, flags: i32) -> io::Result<Vec<u8>> {
    let mut buf = zeroed_buffer(n)?;
    let iov = libc::iovec {
        iov_base: buf.as_mut_ptr().cast(),
        iov_len: n,
    };
    // SAFETY: the one iovec points into `buf`, alive and `n` bytes long.
    let got = check_long(unsafe { libc::preadv2(fd, &iov, 1, offset, flags) })?;
    buf.truncate(got);
    Ok(buf)
}

/// `pwritev2(fd, [data], offset, flags)`.
pub fn pwritev(fd: i32, data: &[u8], offset: i64, flags: i32) -> io::Result<usize> {
    let iov = libc::iovec {
        iov_base: data.as_ptr() as *mut libc::c_void,
        iov_len: data.len(),
    };
    // SAFETY: the one iovec points into `data`, which pwritev2 only reads.
    check_long(unsafe { libc::pwritev2(fd, &iov, 1, offset, flags) })
}

/// `splice(src, src_offset, dst, dst_offset, count, flags)`.
pub fn splice(
    src: i32,
    src_offset: Option<i64>,
    dst: i32,
    dst_offset: Option<i64>,
    count: usize,
    flags: u32,
) -> io::Result<usize> {
    let (mut so, mut d_o) = (src_offset.unwrap_or(0), dst_offset.unwrap_or(0));
    let sp = if src_offset.is_some() {
        &mut so as *mut i64
    } else {
        std::ptr::null_mut()
    };
    let dp = if dst_offset.is_some() {
        &mut d_o as *mut i64
    } else {
        std::ptr::null_mut()
    };
    // SAFETY: each pointer is null or points to a local alive for the call.
    check_long(unsafe { libc::splice(src, sp, dst, dp, count, flags) })
}

/// `getgrouplist(user, group)`.
pub fn getgrouplist(user: &[u8], group: u32) -> io::Result<Vec<u32>> {
    let u = cstring(user)?;
    let mut n: libc::c_int = 64;
    loop {
        let mut groups = vec![0u32; n as usize];
        let asked = n;
        // SAFETY: `groups` has room for `n` entries and `n` is updated in place.
        let r = unsafe { libc::getgrouplist(u.as_ptr(), group, groups.as_mut_ptr(), &mut n) };
        if r != -1 {
            groups.truncate(n as usize);
            return Ok(groups);
        }
        if n <= asked {
            n = asked * 2;
        }
        if n > 65536 {
            return Err(io::Error::from_raw_os_error(libc::EINVAL));
        }
    }
}

/// `initgroups(user, group)`.
pub fn initgroups(user: &[u8], group: u32) -> io::Result<()> {
    let u = cstring(user)?;
    // SAFETY: `u` is NUL-terminated.
    check(unsafe { libc::initgroups(u.as_ptr(), group) }).map(drop)
}

/// `execve(path, argv, env)` (`execv` when `env` is None); returns only on failure.
pub fn execve(path: &[u8], argv: &[Vec<u8>], env: Option<&[Vec<u8>]>) -> io::Error {
    let to_c = |items: &[Vec<u8>]| -> io::Result<Vec<CString>> {
        items.iter().map(|a| cstring(a)).collect()
    };
    let (p, args) = match (cstring(path), to_c(argv)) {
        (Ok(p), Ok(a)) => (p, a),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    let mut arg_ptrs: Vec<*const libc::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    arg_ptrs.push(std::ptr::null());
    match env {
        None => {
            // SAFETY: `p` and every argument are NUL-terminated and the
            // pointer array is null-terminated; all outlive the call.
            unsafe { libc::execv(p.as_ptr(), arg_ptrs.as_ptr()) };
        }
        Some(env) => {
            let vars = match to_c(env) {
                Ok(v) => v,
                Err(e) => return e,
            };
            let mut env_ptrs: Vec<*const libc::c_char> = vars.iter().map(|v| v.as_ptr()).collect();
            env_ptrs.push(std::ptr::null());
            // SAFETY: as for execv, with a null-terminated environment array.
            unsafe { libc::execve(p.as_ptr(), arg_ptrs.as_ptr(), env_ptrs.as_ptr()) };
        }
    }
    io::Error::last_os_error()
}

/// `fork()`: the child's pid in the parent, 0 in the child.
pub fn fork() -> io::Result<i32> {
    // SAFETY: the interpreter runs Python code on one thread at a time; the
    // child continues with a copy of this thread only, as in CPython.
    check(unsafe { libc::fork() })
}

/// `waitid(idtype, id, options)`: (pid, uid, signo, status, code), or None
/// when WNOHANG found no child.
pub fn waitid(idtype: u32, id: u32, options: i32) -> io::Result<Option<[i64; 5]>> {
    // SAFETY: `siginfo_t` is plain data; all-zero is valid.
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    // SAFETY: `info` is a valid out-pointer.
    check(unsafe { libc::waitid(idtype, id, &mut info, options) })?;
    // SAFETY: after a successful waitid the child fields of `info` are set
    // (all zero when no child changed state).
    let (pid, uid, status) = unsafe { (info.si_pid(), info.si_uid(), info.si_status()) };
    if pid == 0 {
        return Ok(None);
    }
    Ok(Some([
        i64::from(pid),
        i64::from(uid),
        i64::from(info.si_signo),
        i64::from(status),
        i64::from(info.si_code),
    ]))
}

/// Where an extended attribute call looks: a path (following symlinks or
/// not) or an open descriptor.
pub enum XattrTarget<'a> {
    Path(&'a [u8], bool),
    Fd(i32),
}

/// `getxattr`/`lgetxattr`/`fgetxattr`.
pub fn getxattr(target: &XattrTarget, name: &[u8]) -> io::Result<Vec<u8>> {
    let n = cstring(name)?;
    let mut buf = vec![0u8; 128];
    loop {
        let r = match target {
            XattrTarget::Path(p, follow) => {
                let p = cstring(p)?;
                // SAFETY: both names are NUL-terminated; `buf` has `buf.len()` bytes.
                unsafe {
                    if *follow {
                        libc::getxattr(p.as_ptr(), n.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
                    } else {
                        libc::lgetxattr(p.as_ptr(), n.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
                    }
                }
            }
            // SAFETY: `n` is NUL-terminated; `buf` has `buf.len()` bytes.
            XattrTarget::Fd(fd) => unsafe {
                libc::fgetxattr(*fd, n.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
            },
        };
        match check_long(r) {
            Ok(len) => {
                buf.truncate(len);
                return Ok(buf);
            }
            Err(e) if e.raw_os_error() == Some(libc::ERANGE) && buf.len() < 65536 => {
                buf.resize(buf.len() * 8, 0);
            }
            Err(e) => return Err(e),
        }
    }
}

/// `setxattr`/`lsetxattr`/`fsetxattr`.
pub fn setxattr(target: &XattrTarget, name: &[u8], value: &[u8], flags: i32) -> io::Result<()> {
    let n = cstring(name)?;
    let v = value.as_ptr().cast();
    let r = match target {
        XattrTarget::Path(p, follow) => {
            let p = cstring(p)?;
            // SAFETY: both names are NUL-terminated; `value` is valid for its length.
            unsafe {
                if *follow {
                    libc::setxattr(p.as_ptr(), n.as_ptr(), v, value.len(), flags)
                } else {
                    libc::lsetxattr(p.as_ptr(), n.as_ptr(), v, value.len(), flags)
                }
            }
        }
        // SAFETY: `n` is NUL-terminated; `value` is valid for its length.
        XattrTarget::Fd(fd) => unsafe { libc::fsetxattr(*fd, n.as_ptr(), v, value.len(), flags) },
    };
    check(r).map(drop)
}

/// `removexattr`/`lremovexattr`/`fremovexattr`.
pub fn removexattr(target: &XattrTarget, name: &[u8]) -> io::Result<()> {
    let n = cstring(name)?;
    let r = match target {
        XattrTarget::Path(p, follow) => {
            let p = cstring(p)?;
            // SAFETY: both names are NUL-terminated.
            unsafe {
                if *follow {
                    libc::removexattr(p.as_ptr(), n.as_ptr())
                } else {
                    libc::lremovexattr(p.as_ptr(), n.as_ptr())
                }
            }
        }
        // SAFETY: `n` is NUL-terminated.
        XattrTarget::Fd(fd) => unsafe { libc::fremovexattr(*fd, n.as_ptr()) },
    };
    check(r).map(drop)
}

/// `listxattr`/`llistxattr`/`flistxattr`: the attribute names.
pub fn listxattr(target: &XattrTarget) -> io::Result<Vec<Vec<u8>>> {
    let mut buf = vec![0u8; 256];
    loop {
        let r = match target {
            XattrTarget::Path(p, follow) => {
                let p = cstring(p)?;
                // SAFETY: `p` is NUL-terminated; `buf` has `buf.len()` bytes.
                unsafe {
                    if *follow {
                        libc::listxattr(p.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
                    } else {
                        libc::llistxattr(p.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
                    }
                }
            }
            // SAFETY: `buf` has `buf.len()` bytes.
            XattrTarget::Fd(fd) => unsafe {
                libc::flistxattr(*fd, buf.as_mut_ptr().cast(), buf.len())
            },
        };
        match check_long(r) {
            Ok(len) => {
                return Ok(buf[..len]
                    .split(|&b| b == 0)
                    .filter(|n| !n.is_empty())
                    .map(<[u8]>::to_vec)
                    .collect());
            }
            Err(e) if e.raw_os_error() == Some(libc::ERANGE) && buf.len() < 65536 => {
                buf.resize(buf.len() * 8, 0);
            }
            Err(e) => return Err(e),
        }
    }
}

/// `timerfd_create(clock, flags)`.
pub fn timerfd_create(clock: i32, flags: i32) -> io::Result<i32> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::timerfd_create(clock, flags) })
}

/// A timer's (initial expiration, interval) in nanoseconds.
pub type TimerSpec = (i128, i128);

fn timespec_ns(ns: i128) -> libc::timespec {
    libc::timespec {
        tv_sec: ns.div_euclid(1_000_000_000) as i64,
        tv_nsec: ns.rem_euclid(1_000_000_000) as i64,
    }
}

fn ns_of(ts: &libc::timespec) -> i128 {
    i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec)
}

/// `timerfd_settime(fd, flags, new)` (or `timerfd_gettime` when `new` is
/// None): the previous setting.
pub fn timerfd_time(fd: i32, flags: i32, new: Option<TimerSpec>) -> io::Result<TimerSpec> {
    let zero = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    let mut old = libc::itimerspec {
        it_interval: zero,
        it_value: zero,
    };
    match new {
        Some((value, interval)) => {
            let spec = libc::itimerspec {
                it_interval: timespec_ns(interval),
                it_value: timespec_ns(value),
            };
            // SAFETY: both itimerspec pointers are valid for the call.
            check(unsafe { libc::timerfd_settime(fd, flags, &spec, &mut old) })?;
        }
        // SAFETY: `old` is a valid out-pointer.
        None => check(unsafe { libc::timerfd_gettime(fd, &mut old) }).map(drop)?,
    }
    Ok((ns_of(&old.it_value), ns_of(&old.it_interval)))
}

/// `sched_getparam(pid)`: the scheduling priority.
pub fn sched_getparam(pid: i32) -> io::Result<i32> {
    let mut param = libc::sched_param { sched_priority: 0 };
    // SAFETY: `param` is a valid out-pointer.
    check(unsafe { libc::sched_getparam(pid, &mut param) })?;
    Ok(param.sched_priority)
}

/// `sched_setparam(pid, priority)` or, with a policy,
/// `sched_setscheduler(pid, policy, priority)`.
pub fn sched_set(pid: i32, policy: Option<i32>, priority: i32) -> io::Result<()> {
    let param = libc::sched_param {
        sched_priority: priority,
    };
    // SAFETY: `param` is valid for the call.
    check(unsafe {
        match policy {
            Some(p) => libc::sched_setscheduler(pid, p, &param),
            None => libc::sched_setparam(pid, &param),
        }
    })
    .map(drop)
}

/// `login_tty(fd)`.
pub fn login_tty(fd: i32) -> io::Result<()> {
    // SAFETY: plain integer argument.
    check(unsafe { libc::login_tty(fd) }).map(drop)
}

/// `wait4(pid, options)`: (pid, status, resource usage as
/// `resource.struct_rusage`'s sixteen fields, the two times in seconds).
pub fn wait4(pid: i32, options: i32) -> io::Result<(i32, i32, [f64; 16])> {
    let mut status = 0;
    // SAFETY: `rusage` is plain integers; all-zero is valid.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `status` and `ru` are valid out-pointers.
    let r = check(unsafe { libc::wait4(pid, &mut status, options, &mut ru) })?;
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    Ok((
        r,
        status,
        [
            secs(ru.ru_utime),
            secs(ru.ru_stime),
            ru.ru_maxrss as f64,
            ru.ru_ixrss as f64,
            ru.ru_idrss as f64,
            ru.ru_isrss as f64,
            ru.ru_minflt as f64,
            ru.ru_majflt as f64,
            ru.ru_nswap as f64,
            ru.ru_inblock as f64,
            ru.ru_oublock as f64,
            ru.ru_msgsnd as f64,
            ru.ru_msgrcv as f64,
            ru.ru_nsignals as f64,
            ru.ru_nvcsw as f64,
            ru.ru_nivcsw as f64,
        ],
    ))
}

/// One `posix_spawn` file action.
pub enum SpawnAction {
    Open(i32, Vec<u8>, i32, u32),
    Close(i32),
    Dup2(i32, i32),
    CloseFrom(i32),
}

/// The `posix_spawn` attributes Python can ask for.
#[derive(Default)]
pub struct SpawnAttrs {
    pub setpgroup: Option<i32>,
    pub resetids: bool,
    pub setsid: bool,
    pub sigmask: Option<Vec<i32>>,
    pub sigdef: Option<Vec<i32>>,
    pub scheduler: Option<(i32, i32)>,
}

fn sigset(signals: &[i32]) -> io::Result<libc::sigset_t> {
    // SAFETY: `sigset_t` is plain data; sigemptyset initialises it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid sigset.
    unsafe { libc::sigemptyset(&mut set) };
    for &sig in signals {
        // SAFETY: `set` is a valid sigset; a bad signal number gives EINVAL.
        check(unsafe { libc::sigaddset(&mut set, sig) })?;
    }
    Ok(set)
}

/// Turns a `posix_spawn*` return code into a result.
fn spawn_check(r: libc::c_int) -> io::Result<()> {
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    Ok(())
}

/// `posix_spawn` (or `posix_spawnp` when `search_path`): the child's pid.
pub fn spawn(
    path: &[u8],
    argv: &[Vec<u8>],
    env: &[Vec<u8>],
    search_path: bool,
    actions: &[SpawnAction],
    attrs: &SpawnAttrs,
) -> io::Result<i32> {
    let p = cstring(path)?;
    let args: Vec<CString> = argv.iter().map(|a| cstring(a)).collect::<io::Result<_>>()?;
    let vars: Vec<CString> = env.iter().map(|v| cstring(v)).collect::<io::Result<_>>()?;
    let mut arg_ptrs: Vec<*mut libc::c_char> = args.iter().map(|a| a.as_ptr() as *mut _).collect();
    arg_ptrs.push(std::ptr::null_mut());
    let mut env_ptrs: Vec<*mut libc::c_char> = vars.iter().map(|v| v.as_ptr() as *mut _).collect();
    env_ptrs.push(std::ptr::null_mut());
    let open_paths: Vec<CString> = actions
        .iter()
        .filter_map(|a| match a {
            SpawnAction::Open(_, path, _, _) => Some(cstring(path)),
            _ => None,
        })
        .collect::<io::Result<_>>()?;
    // SAFETY: both structures are initialised by their `_init` calls before
    // use and destroyed once below; every string pointer handed to libc
    // points into a CString that outlives the spawn call.
    unsafe {
        let mut fa: libc::posix_spawn_file_actions_t = std::mem::zeroed();
        let mut attr: libc::posix_spawnattr_t = std::mem::zeroed();
        spawn_check(libc::posix_spawn_file_actions_init(&mut fa))?;
        spawn_check(libc::posix_spawnattr_init(&mut attr))?;
        let result = (|| {
            let mut paths = open_paths.iter();
            for action in actions {
                spawn_check(match action {
                    SpawnAction::Open(fd, _, flags, mode) => {
                        let path = paths.next().expect("one path per open action");
                        libc::posix_spawn_file_actions_addopen(
                            &mut fa,
                            *fd,
                            path.as_ptr(),
                            *flags,
                            *mode,
                        )
                    }
                    SpawnAction::Close(fd) => libc::posix_spawn_file_actions_addclose(&mut fa, *fd),
                    SpawnAction::Dup2(fd, new) => {
                        libc::posix_spawn_file_actions_adddup2(&mut fa, *fd, *new)
                    }
                    SpawnAction::CloseFrom(fd) => {
                        libc::posix_spawn_file_actions_addclosefrom_np(&mut fa, *fd)
                    }
                })?;
            }
            let mut flags: libc::c_int = 0;
            if let Some(pgroup) = attrs.setpgroup {
                flags |= libc::POSIX_SPAWN_SETPGROUP;
                spawn_check(libc::posix_spawnattr_setpgroup(&mut attr, pgroup))?;
            }
            if attrs.resetids {
                flags |= libc::POSIX_SPAWN_RESETIDS;
            }
            if attrs.setsid {
                flags |= libc::c_int::from(libc::POSIX_SPAWN_SETSID);
            }
            if let Some(mask) = &attrs.sigmask {
                flags |= libc::POSIX_SPAWN_SETSIGMASK;
                spawn_check(libc::posix_spawnattr_setsigmask(&mut attr, &sigset(mask)?))?;
            }
            if let Some(def) = &attrs.sigdef {
                flags |= libc::POSIX_SPAWN_SETSIGDEF;
                spawn_check(libc::posix_spawnattr_setsigdefault(
                    &mut attr,
                    &sigset(def)?,
                ))?;
            }
            if let Some((policy, priority)) = attrs.scheduler {
                flags |= libc::POSIX_SPAWN_SETSCHEDULER | libc::POSIX_SPAWN_SETSCHEDPARAM;
                spawn_check(libc::posix_spawnattr_setschedpolicy(&mut attr, policy))?;
                let param = libc::sched_param {
                    sched_priority: priority,
                };
                spawn_check(libc::posix_spawnattr_setschedparam(&mut attr, &param))?;
            }
            spawn_check(libc::posix_spawnattr_setflags(
                &mut attr,
                flags as libc::c_short,
            ))?;
            let mut pid: libc::pid_t = 0;
            let spawn = if search_path {
                libc::posix_spawnp
            } else {
                libc::posix_spawn
            };
            spawn_check(spawn(
                &mut pid,
                p.as_ptr(),
                &fa,
                &attr,
                arg_ptrs.as_ptr(),
                env_ptrs.as_ptr(),
            ))?;
            Ok(pid)
        })();
        libc::posix_spawn_file_actions_destroy(&mut fa);
        libc::posix_spawnattr_destroy(&mut attr);
        result
    }
}

/// Closes every descriptor in `low..high`, ignoring errors: `close_range`
/// where the kernel has it, else the open ones `/proc/self/fd` lists.
pub fn close_range(low: i32, high: i32) {
    if low >= high {
        return;
    }
    // SAFETY: the syscall takes three integers; the range is inclusive.
    let r = unsafe { libc::syscall(libc::SYS_close_range, low as u32, (high - 1) as u32, 0u32) };
    if r == 0 {
        return;
    }
    let Ok(entries) = std::fs::read_dir("/proc/self/fd") else {
        return;
    };
    let open: Vec<i32> = entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .filter(|fd| (low..high).contains(fd))
        .collect();
    for fd in open {
        let _ = close(fd);
    }
}
