//! Thin safe wrappers over the libc calls of `select`, `fcntl`, `resource`, `pwd` and `grp` (select, poll, epoll, fcntl, ioctl, flock, rlimits, rusage, the passwd and group databases); every unsafe block of those modules is here.
//!
//! Each wrapper takes plain Rust values, calls one libc function and turns a
//! failure into `io::Error::last_os_error()`, so callers see the errno.

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
    check(unsafe { libc::select(nfds, r, w, x, tv_ptr) })?;
    Ok([
        members(&sets[0], lists[0]),
        members(&sets[1], lists[1]),
        members(&sets[2], lists[2]),
    ])
}

/// `poll(2)` over `fds`, filling in their `revents`; how many are ready.
pub fn poll(fds: &mut [libc::pollfd], timeout_ms: i32) -> io::Result<usize> {
    // SAFETY: `fds` is a valid array of `fds.len()` pollfd structs.
    let n = check(unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) })?;
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
    let n = check(unsafe { libc::epoll_wait(epfd, events.as_mut_ptr(), max, timeout_ms) })?;
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
