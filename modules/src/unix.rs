//! Thin safe wrappers over the libc calls of `select`, `fcntl`, `resource`, `pwd` and `grp` (select, poll, epoll, fcntl, ioctl, flock, rlimits, rusage, the passwd and group databases); every unsafe block of those modules is here.
//!
//! Each wrapper takes plain Rust values, calls one libc function and turns a
//! failure into `io::Error::last_os_error()`, so callers see the errno.

use ouro_objects::core::gil::allow_threads;
use std::io;

fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// `FD_SETSIZE`: descriptors at or above it do not fit an `fd_set`.
pub const FD_SETSIZE: i32 = libc::FD_SETSIZE as i32;

fn fd_set_of(fds: &[i32]) -> libc::fd_set {
    // SAFETY: `fd_set` is a plain bit array; all-zero is the empty set.
    let mut set: libc::fd_set = unsafe { std::mem::zeroed() };
    for &fd in fds {
        // SAFETY: the caller keeps every fd in 0..FD_SETSIZE (asserted by `select`).
        unsafe { libc::FD_SET(fd, &mut set) };
    }
    set
}

fn members(set: &libc::fd_set, fds: &[i32]) -> Vec<bool> {
    fds.iter()
        // SAFETY: `fd` is in 0..FD_SETSIZE and `set` is a valid fd_set.
        .map(|&fd| unsafe { libc::FD_ISSET(fd, set) })
        .collect()
}

/// `select(2)` on three descriptor lists (each fd in 0..FD_SETSIZE);
/// which of each list are ready. `None` waits without limit.
pub fn select(
    lists: [&[i32]; 3],
    timeout: Option<std::time::Duration>,
) -> io::Result<[Vec<bool>; 3]> {
    if lists
        .iter()
        .flat_map(|l| l.iter())
        .any(|&fd| !(0..FD_SETSIZE).contains(&fd))
    {
        return Err(io::Error::from_raw_os_error(libc::EINVAL));
    }
    let nfds = lists
        .iter()
        .flat_map(|l| l.iter())
        .max()
        .map_or(0, |m| m + 1);
    let mut sets = lists.map(fd_set_of);
    let mut tv = timeout.map(|d| libc::timeval {
        tv_sec: d.as_secs().min(i64::MAX as u64) as libc::time_t,
        tv_usec: libc::suseconds_t::from(d.subsec_micros()),
    });
    let tv_ptr = tv
        .as_mut()
        .map_or(std::ptr::null_mut(), |t| t as *mut libc::timeval);
    let [r, w, x] = &mut sets;
    // SAFETY: the three sets and the optional timeval are valid for the call.
    check(allow_threads(|| unsafe {
        libc::select(nfds, r, w, x, tv_ptr)
    }))?;
    Ok([
        members(&sets[0], lists[0]),
        members(&sets[1], lists[1]),
        members(&sets[2], lists[2]),
    ])
}

/// `poll(2)` over `fds`, filling in their `revents`; how many are ready.
pub fn poll(fds: &mut [libc::pollfd], timeout_ms: i32) -> io::Result<usize> {
    // SAFETY: `fds` is a valid array of `fds.len()` pollfd structs.
    let n = check(allow_threads(|| unsafe {
        libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms)
    }))?;
    Ok(n as usize)
}

/// `epoll_create1(flags)`.
pub fn epoll_create(flags: i32) -> io::Result<i32> {
    // SAFETY: plain integer argument.
    check(unsafe { libc::epoll_create1(flags) })
}

/// `epoll_ctl(epfd, op, fd, {events, data = fd})`.
pub fn epoll_ctl(epfd: i32, op: i32, fd: i32, events: u32) -> io::Result<()> {
    let mut ev = libc::epoll_event {
        events,
        u64: fd as u32 as u64,
    };
    // SAFETY: `ev` is a valid epoll_event (ignored by EPOLL_CTL_DEL).
    check(unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) }).map(drop)
}

/// `epoll_wait(epfd, maxevents, timeout_ms)`: the ready (fd, events) pairs.
pub fn epoll_wait(epfd: i32, maxevents: usize, timeout_ms: i32) -> io::Result<Vec<(i32, u32)>> {
    let mut events = Vec::new();
    events
        .try_reserve_exact(maxevents)
        .map_err(|_| io::Error::from(io::ErrorKind::OutOfMemory))?;
    events.resize(maxevents, libc::epoll_event { events: 0, u64: 0 });
    let max = i32::try_from(maxevents).unwrap_or(i32::MAX);
    // SAFETY: `events` has room for `max` epoll_event structs.
    let n = check(allow_threads(|| unsafe {
        libc::epoll_wait(epfd, events.as_mut_ptr(), max, timeout_ms)
    }))?;
    Ok(events[..n as usize]
        .iter()
        .map(|e| (e.u64 as u32 as i32, e.events))
        .collect())
}

/// `close(fd)`.
pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: closing a descriptor the caller owns; a bad one gives EBADF.
    check(unsafe { libc::close(fd) }).map(drop)
}

/// Slack after a caller's argument buffer: `fcntl`/`ioctl` write as much as
/// their command's struct needs, which may exceed what Python passed.
const ARG_SLACK: usize = 1024;

fn padded(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(data.len() + ARG_SLACK)
        .map_err(|_| io::Error::from(io::ErrorKind::OutOfMemory))?;
    buf.extend_from_slice(data);
    buf.resize(data.len() + ARG_SLACK, 0);
    Ok(buf)
}

/// `fcntl(fd, cmd, int)`.
pub fn fcntl_int(fd: i32, cmd: i32, arg: i32) -> io::Result<i32> {
    // SAFETY: an integer third argument; the kernel checks `fd` and `cmd`.
    check(unsafe { libc::fcntl(fd, cmd, arg) })
}

/// `fcntl(fd, cmd, buffer)`: the result and the buffer's first
/// `data.len()` bytes afterwards.
pub fn fcntl_buf(fd: i32, cmd: i32, data: &[u8]) -> io::Result<(i32, Vec<u8>)> {
    let mut buf = padded(data)?;
    // SAFETY: `buf` holds the data plus ARG_SLACK zeroed bytes, more than any
    // fcntl command's struct.
    let r = check(unsafe { libc::fcntl(fd, cmd, buf.as_mut_ptr()) })?;
    buf.truncate(data.len());
    Ok((r, buf))
}

/// `ioctl(fd, request, int)`.
pub fn ioctl_int(fd: i32, request: u64, arg: i32) -> io::Result<i32> {
    // SAFETY: an integer third argument; the kernel checks `fd` and `request`.
    check(unsafe { libc::ioctl(fd, request as libc::Ioctl, arg) })
}

/// `ioctl(fd, request, buffer)`: the result and the buffer's first
/// `data.len()` bytes afterwards.
pub fn ioctl_buf(fd: i32, request: u64, data: &[u8]) -> io::Result<(i32, Vec<u8>)> {
    let mut buf = padded(data)?;
    // SAFETY: `buf` holds the data plus ARG_SLACK zeroed bytes, more than any
    // ioctl request's struct.
    let r = check(unsafe { libc::ioctl(fd, request as libc::Ioctl, buf.as_mut_ptr()) })?;
    buf.truncate(data.len());
    Ok((r, buf))
}

/// `flock(fd, operation)`.
pub fn flock(fd: i32, operation: i32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::flock(fd, operation) }).map(drop)
}

/// `fcntl(fd, F_SETLK or F_SETLKW, {type, whence, start, len})`.
pub fn set_lock(
    fd: i32,
    wait: bool,
    kind: i32,
    whence: i32,
    start: i64,
    len: i64,
) -> io::Result<()> {
    // SAFETY: `struct flock` is plain integers; all-zero is a valid value.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = kind as libc::c_short;
    l.l_whence = whence as libc::c_short;
    l.l_start = start;
    l.l_len = len;
    let cmd = if wait { libc::F_SETLKW } else { libc::F_SETLK };
    // SAFETY: `l` is a valid `struct flock` for the lock commands.
    check(unsafe { libc::fcntl(fd, cmd, &mut l) }).map(drop)
}

/// `tcgetattr(fd)`.
pub fn tcgetattr(fd: i32) -> io::Result<libc::termios> {
    // SAFETY: `struct termios` is plain integers; all-zero is a valid value.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid out-pointer.
    check(unsafe { libc::tcgetattr(fd, &mut t) })?;
    Ok(t)
}

/// `cfsetispeed`, `cfsetospeed`, then `tcsetattr(fd, when, t)`.
pub fn tcsetattr(
    fd: i32,
    when: i32,
    mut t: libc::termios,
    ispeed: u32,
    ospeed: u32,
) -> io::Result<()> {
    // SAFETY: `t` is a valid termios; the speeds are checked by libc.
    check(unsafe { libc::cfsetispeed(&mut t, ispeed) })?;
    // SAFETY: as above.
    check(unsafe { libc::cfsetospeed(&mut t, ospeed) })?;
    // SAFETY: `t` is a valid termios.
    check(unsafe { libc::tcsetattr(fd, when, &t) }).map(drop)
}

/// The input and output speeds of `t` (`cfgetispeed`, `cfgetospeed`).
pub fn speeds(t: &libc::termios) -> (u32, u32) {
    // SAFETY: `t` is a valid termios.
    unsafe { (libc::cfgetispeed(t), libc::cfgetospeed(t)) }
}

/// `tcsendbreak`, `tcdrain`, `tcflush` or `tcflow` on `fd`.
pub enum TermControl {
    SendBreak(i32),
    Drain,
    Flush(i32),
    Flow(i32),
}

/// Runs one of the terminal line-control calls.
pub fn term_control(fd: i32, op: TermControl) -> io::Result<()> {
    // SAFETY: each call takes plain integers; the kernel checks `fd`.
    let r = unsafe {
        match op {
            TermControl::SendBreak(d) => libc::tcsendbreak(fd, d),
            TermControl::Drain => libc::tcdrain(fd),
            TermControl::Flush(q) => libc::tcflush(fd, q),
            TermControl::Flow(a) => libc::tcflow(fd, a),
        }
    };
    check(r).map(drop)
}

/// `ioctl(fd, TIOCGWINSZ)`: (rows, columns).
pub fn get_winsize(fd: i32) -> io::Result<(u16, u16)> {
    let mut w = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: `w` is a valid winsize out-pointer for TIOCGWINSZ.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    Ok((w.ws_row, w.ws_col))
}

/// `ioctl(fd, TIOCSWINSZ)` with the current pixel sizes kept.
pub fn set_winsize(fd: i32, rows: u16, cols: u16) -> io::Result<()> {
    let mut w = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: `w` is a valid winsize out-pointer for TIOCGWINSZ.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    w.ws_row = rows;
    w.ws_col = cols;
    // SAFETY: `w` is a valid winsize for TIOCSWINSZ.
    check(unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &w) }).map(drop)
}

/// `prlimit(pid, resource, new, old)`: the old (soft, hard) limits, after
/// setting `new` when given (pid 0 is this process).
pub fn prlimit(pid: i32, resource: i32, new: Option<(u64, u64)>) -> io::Result<(u64, u64)> {
    let new = new.map(|(cur, max)| libc::rlimit {
        rlim_cur: cur,
        rlim_max: max,
    });
    let mut old = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    let new_ptr = new
        .as_ref()
        .map_or(std::ptr::null(), |n| n as *const libc::rlimit);
    // SAFETY: `new_ptr` is null or points at a valid rlimit; `old` is a valid out-pointer.
    check(unsafe {
        libc::prlimit(
            pid,
            resource as libc::__rlimit_resource_t,
            new_ptr,
            &mut old,
        )
    })?;
    Ok((old.rlim_cur, old.rlim_max))
}

/// `getrusage(who)`.
pub fn getrusage(who: i32) -> io::Result<libc::rusage> {
    // SAFETY: `struct rusage` is plain integers; all-zero is a valid value.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `ru` is a valid out-pointer.
    check(unsafe { libc::getrusage(who, &mut ru) })?;
    Ok(ru)
}

/// `getpagesize()`.
pub fn page_size() -> i64 {
    // SAFETY: sysconf takes a constant name and reads no memory of ours.
    i64::from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i32)
}

/// One password database entry, its strings as raw bytes.
pub struct Passwd {
    pub name: Vec<u8>,
    pub passwd: Vec<u8>,
    pub uid: u32,
    pub gid: u32,
    pub gecos: Vec<u8>,
    pub dir: Vec<u8>,
    pub shell: Vec<u8>,
}

fn c_bytes(p: *const libc::c_char) -> Vec<u8> {
    if p.is_null() {
        return Vec::new();
    }
    // SAFETY: a non-null string field of a passwd entry is NUL-terminated.
    unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes().to_vec()
}

/// A copy of the entry `p` points at (None for null).
fn passwd_of(p: *const libc::passwd) -> Option<Passwd> {
    // SAFETY: libc returned `p`, null or a valid entry we copy before the
    // next database call (the interpreter lock keeps calls one at a time).
    let pw = unsafe { p.as_ref() }?;
    Some(Passwd {
        name: c_bytes(pw.pw_name),
        passwd: c_bytes(pw.pw_passwd),
        uid: pw.pw_uid,
        gid: pw.pw_gid,
        gecos: c_bytes(pw.pw_gecos),
        dir: c_bytes(pw.pw_dir),
        shell: c_bytes(pw.pw_shell),
    })
}

/// `getpwuid(uid)`.
pub fn getpwuid(uid: u32) -> Option<Passwd> {
    // SAFETY: plain integer argument; the result is copied at once.
    passwd_of(unsafe { libc::getpwuid(uid) })
}

/// `getpwnam(name)`; a name with a NUL byte is found nowhere.
pub fn getpwnam(name: &[u8]) -> Option<Passwd> {
    let name = std::ffi::CString::new(name).ok()?;
    // SAFETY: `name` is NUL-terminated; the result is copied at once.
    passwd_of(unsafe { libc::getpwnam(name.as_ptr()) })
}

/// Every entry (`setpwent`, `getpwent` until null, `endpwent`).
pub fn getpwall() -> Vec<Passwd> {
    let mut all = Vec::new();
    // SAFETY: the enumeration calls take no arguments; each entry is copied
    // before the next call.
    unsafe {
        libc::setpwent();
        while let Some(p) = passwd_of(libc::getpwent()) {
            all.push(p);
        }
        libc::endpwent();
    }
    all
}

/// One group database entry, its strings as raw bytes.
pub struct Group {
    pub name: Vec<u8>,
    pub passwd: Vec<u8>,
    pub gid: u32,
    pub members: Vec<Vec<u8>>,
}

/// A copy of the entry `g` points at (None for null).
fn group_of(g: *const libc::group) -> Option<Group> {
    // SAFETY: libc returned `g`, null or a valid entry we copy before the
    // next database call (the interpreter lock keeps calls one at a time).
    let gr = unsafe { g.as_ref() }?;
    let mut members = Vec::new();
    let mut p = gr.gr_mem;
    // SAFETY: `gr_mem` is a null-terminated array of NUL-terminated strings.
    while let Some(&m) = unsafe { p.as_ref() }.filter(|m| !m.is_null()) {
        members.push(c_bytes(m));
        // SAFETY: the terminating null has not been reached, so the next
        // element exists.
        p = unsafe { p.add(1) };
    }
    Some(Group {
        name: c_bytes(gr.gr_name),
        passwd: c_bytes(gr.gr_passwd),
        gid: gr.gr_gid,
        members,
    })
}

/// `getgrgid(gid)`.
pub fn getgrgid(gid: u32) -> Option<Group> {
    // SAFETY: plain integer argument; the result is copied at once.
    group_of(unsafe { libc::getgrgid(gid) })
}

/// `getgrnam(name)`; a name with a NUL byte is found nowhere.
pub fn getgrnam(name: &[u8]) -> Option<Group> {
    let name = std::ffi::CString::new(name).ok()?;
    // SAFETY: `name` is NUL-terminated; the result is copied at once.
    group_of(unsafe { libc::getgrnam(name.as_ptr()) })
}

/// Every entry (`setgrent`, `getgrent` until null, `endgrent`).
pub fn getgrall() -> Vec<Group> {
    let mut all = Vec::new();
    // SAFETY: the enumeration calls take no arguments; each entry is copied
    // before the next call.
    unsafe {
        libc::setgrent();
        while let Some(g) = group_of(libc::getgrent()) {
            all.push(g);
        }
        libc::endgrent();
    }
    all
}
