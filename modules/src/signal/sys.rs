//! Safe wrappers over the libc signal calls `_signal` needs (sigaction, raise, alarm, itimers, sigsets, sigwait); every unsafe block of the module is here.
//!
//! The installed C handler only stores to atomics and writes one byte to the
//! wakeup fd, which keeps it async-signal-safe (CPython's `trip_signal`).

use std::io;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// `Py_NSIG` on Linux: signals are 1..NSIG.
pub const NSIG: i32 = 65;

/// One flag per signal: it arrived and its Python handler has not run yet.
static TRIPPED: [AtomicBool; NSIG as usize] = [const { AtomicBool::new(false) }; NSIG as usize];

/// The fd `set_wakeup_fd` chose, or -1.
pub static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// What a signal's disposition is at the C level.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Disposition {
    Default,
    Ignore,
    /// Ours or someone else's C handler.
    Handler,
}

fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

extern "C" fn trip_signal(signum: libc::c_int) {
    // SAFETY: errno is thread-local; reading and restoring it keeps the
    // interrupted code's errno intact.
    let saved = unsafe { *libc::__errno_location() };
    if let Some(flag) = usize::try_from(signum).ok().and_then(|i| TRIPPED.get(i)) {
        flag.store(true, Ordering::Release);
    }
    ouro_eval::signals::set_pending();
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let byte = signum as u8;
        // SAFETY: write(2) is async-signal-safe; `byte` lives for the call.
        unsafe { libc::write(fd, std::ptr::from_ref(&byte).cast(), 1) };
    }
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = saved };
}

/// Trips `signum` as its C handler would (`_thread.interrupt_main`).
pub fn trip(signum: i32) {
    trip_signal(signum);
}

/// Takes the tripped flag of `signum`, clearing it.
pub fn take_tripped(signum: i32) -> bool {
    TRIPPED[signum as usize].swap(false, Ordering::Acquire)
}

fn empty_action() -> libc::sigaction {
    // SAFETY: `struct sigaction` is plain data; all-zero is SIG_DFL with an empty mask.
    unsafe { std::mem::zeroed() }
}

/// The current disposition of `signum`.
pub fn disposition(signum: i32) -> io::Result<Disposition> {
    let mut old = empty_action();
    // SAFETY: a null new action only reads the current one into `old`.
    check(unsafe { libc::sigaction(signum, std::ptr::null(), &mut old) })?;
    Ok(match old.sa_sigaction {
        libc::SIG_DFL => Disposition::Default,
        libc::SIG_IGN => Disposition::Ignore,
        _ => Disposition::Handler,
    })
}

/// `PyOS_setsig`: installs SIG_DFL, SIG_IGN or the tripping handler, with
/// no SA_RESTART so blocking calls fail with EINTR (PEP 475 retries them).
pub fn set_disposition(signum: i32, to: Disposition) -> io::Result<()> {
    let mut act = empty_action();
    act.sa_sigaction = match to {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Handler => trip_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    act.sa_flags = libc::SA_ONSTACK;
    // SAFETY: `act` is a valid action whose handler is async-signal-safe.
    check(unsafe { libc::sigaction(signum, &act, std::ptr::null_mut()) })?;
    Ok(())
}

/// `siginterrupt(signum, flag)`: whether system calls are interrupted
/// (SA_RESTART cleared) rather than restarted.
pub fn siginterrupt(signum: i32, interrupt: bool) -> io::Result<()> {
    let mut act = empty_action();
    // SAFETY: reads the current action into `act`.
    check(unsafe { libc::sigaction(signum, std::ptr::null(), &mut act) })?;
    if interrupt {
        act.sa_flags &= !libc::SA_RESTART;
    } else {
        act.sa_flags |= libc::SA_RESTART;
    }
    // SAFETY: writes back the action just read, flags changed.
    check(unsafe { libc::sigaction(signum, &act, std::ptr::null_mut()) })?;
    Ok(())
}

/// Whether `fd` is open in non-blocking mode.
pub fn is_nonblocking(fd: i32) -> io::Result<bool> {
    // SAFETY: F_GETFL takes no argument; a bad `fd` gives EBADF.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    Ok(flags & libc::O_NONBLOCK != 0)
}

/// `exit_sigint`: SIGINT's default action, then SIGINT to the whole
/// process, which ends it.
pub fn kill_by_sigint() {
    let _ = set_disposition(libc::SIGINT, Disposition::Default);
    // SAFETY: kill(2) with our own pid and a valid signal.
    unsafe { libc::kill(libc::getpid(), libc::SIGINT) };
}

/// `nanosleep(d)`: false when a signal cut the sleep short (EINTR).
pub fn nanosleep(d: std::time::Duration) -> bool {
    let ts = libc::timespec {
        tv_sec: d.as_secs().min(i64::MAX as u64) as i64,
        tv_nsec: i64::from(d.subsec_nanos()),
    };
    // SAFETY: `ts` is a valid timespec; the remainder is not wanted.
    ouro_objects::core::gil::allow_threads(|| unsafe {
        libc::nanosleep(&ts, std::ptr::null_mut()) == 0
    })
}

/// Blocks every signal in the calling thread, so the process's signals go
/// to the interpreter thread (where blocking calls see EINTR).
pub fn block_all_signals() {
    // SAFETY: sigset_t is plain data; sigfillset initialises it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is valid; the old mask is not wanted.
    unsafe {
        libc::sigfillset(&mut set);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// `raise(signum)`.
pub fn raise(signum: i32) -> io::Result<()> {
    // SAFETY: raise(3) takes any int and reports a bad one as EINVAL.
    check(unsafe { libc::raise(signum) }).map(drop)
}

/// Sends `signum` to the whole process (`kill(getpid(), signum)`): it
/// reaches the interpreter's main thread, the one thread whose signals are
/// not blocked.
pub fn raise_in_process(signum: i32) -> io::Result<()> {
    // SAFETY: kill(2) takes plain integers and reports a bad signal as EINVAL.
    check(unsafe { libc::kill(libc::getpid(), signum) }).map(drop)
}

/// `alarm(seconds)`: the seconds left of the previous alarm.
pub fn alarm(seconds: u32) -> u32 {
    // SAFETY: alarm(2) cannot fail.
    unsafe { libc::alarm(seconds) }
}

/// `pause()`: always returns after a signal.
pub fn pause() {
    // SAFETY: pause(2) has no arguments.
    unsafe { libc::pause() };
}

/// `strsignal(signum)`.
pub fn strsignal(signum: i32) -> Option<String> {
    // SAFETY: strsignal returns a NUL-terminated string (or null), copied at once.
    let p = unsafe { libc::strsignal(signum) };
    if p.is_null() {
        return None;
    }
    // SAFETY: `p` is non-null and NUL-terminated.
    Some(
        unsafe { std::ffi::CStr::from_ptr(p) }
            .to_string_lossy()
            .into_owned(),
    )
}

/// A set of signals as a plain list of numbers, in and out of `sigset_t`.
pub type SigList = Vec<i32>;

fn to_sigset(signals: &[i32]) -> io::Result<libc::sigset_t> {
    // SAFETY: sigset_t is plain data; sigemptyset initialises it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid sigset_t.
    unsafe { libc::sigemptyset(&mut set) };
    for &s in signals {
        // SAFETY: `set` is valid; a bad number gives EINVAL.
        check(unsafe { libc::sigaddset(&mut set, s) })?;
    }
    Ok(set)
}

fn from_sigset(set: &libc::sigset_t) -> SigList {
    // SAFETY: `set` is a valid sigset_t; members are tested one by one.
    (1..NSIG)
        .filter(|&s| unsafe { libc::sigismember(set, s) } == 1)
        .collect()
}

/// `sigfillset`: every signal the C library lets programs use.
pub fn valid_signals() -> SigList {
    // SAFETY: sigset_t is plain data; sigfillset initialises it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid sigset_t.
    unsafe { libc::sigfillset(&mut set) };
    from_sigset(&set)
}

/// `pthread_sigmask(how, signals)`: the previous mask.
pub fn pthread_sigmask(how: i32, signals: &[i32]) -> io::Result<SigList> {
    let set = to_sigset(signals)?;
    // SAFETY: as in `to_sigset`.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: both sets are valid; the call returns an errno rather than setting it.
    let err = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if err != 0 {
        return Err(io::Error::from_raw_os_error(err));
    }
    Ok(from_sigset(&old))
}

/// `pthread_kill(pthread_self(), signum)`: this thread is the only Python thread.
pub fn kill_self_thread(signum: i32) -> io::Result<()> {
    // SAFETY: pthread_self() is a live thread; the call returns an errno.
    let err = unsafe { libc::pthread_kill(libc::pthread_self(), signum) };
    if err != 0 {
        return Err(io::Error::from_raw_os_error(err));
    }
    Ok(())
}

/// `sigpending()`.
pub fn sigpending() -> io::Result<SigList> {
    // SAFETY: as in `to_sigset`.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid out-pointer.
    check(unsafe { libc::sigpending(&mut set) })?;
    Ok(from_sigset(&set))
}

/// `sigwait(signals)`: the signal taken.
pub fn sigwait(signals: &[i32]) -> io::Result<i32> {
    let set = to_sigset(signals)?;
    let mut got = 0;
    // SAFETY: `set` and `got` are valid; the call returns an errno.
    let err = unsafe { libc::sigwait(&set, &mut got) };
    if err != 0 {
        return Err(io::Error::from_raw_os_error(err));
    }
    Ok(got)
}

/// What `sigwaitinfo` tells of a signal: signo, code, errno, pid, uid, status, band.
pub type SigInfo = [i64; 7];

/// `sigtimedwait(signals, timeout)` (`sigwaitinfo` when `timeout` is None);
/// None when the timeout passed.
pub fn sigtimedwait(signals: &[i32], timeout: Option<(i64, i64)>) -> io::Result<Option<SigInfo>> {
    let set = to_sigset(signals)?;
    // SAFETY: siginfo_t is plain data.
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    let ts = timeout.map(|(s, ns)| libc::timespec {
        tv_sec: s,
        tv_nsec: ns,
    });
    let r = match &ts {
        // SAFETY: all pointers are valid for the call.
        Some(ts) => ouro_objects::core::gil::allow_threads(|| unsafe {
            libc::sigtimedwait(&set, &mut info, ts)
        }),
        // SAFETY: as above.
        None => {
            ouro_objects::core::gil::allow_threads(|| unsafe { libc::sigwaitinfo(&set, &mut info) })
        }
    };
    if r == -1 {
        let e = io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EAGAIN) && ts.is_some() {
            return Ok(None);
        }
        return Err(e);
    }
    // SAFETY: the kernel filled `info` for a signal; the union fields are
    // read as the sigwaitinfo(2) page documents for every code.
    let (pid, uid, status) = unsafe { (info.si_pid(), info.si_uid(), info.si_status()) };
    Ok(Some([
        i64::from(info.si_signo),
        i64::from(info.si_code),
        i64::from(info.si_errno),
        i64::from(pid),
        i64::from(uid),
        i64::from(status),
        0,
    ]))
}

/// `setitimer(which, (value, interval))`: the previous (value, interval) in seconds.
pub fn setitimer(which: i32, value: f64, interval: f64) -> io::Result<(f64, f64)> {
    let tv = |s: f64| {
        let whole = s.trunc();
        let mut usec = ((s - whole) * 1e6).round() as i64;
        if usec == 0 && s > whole {
            usec = 1;
        }
        libc::timeval {
            tv_sec: whole as i64,
            tv_usec: usec,
        }
    };
    let new = libc::itimerval {
        it_value: tv(value),
        it_interval: tv(interval),
    };
    // SAFETY: itimerval is plain data.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: `new` and `old` are valid; `which` is checked by the kernel.
    check(unsafe { libc::setitimer(which as _, &new, &mut old) })?;
    Ok(itimer_pair(&old))
}

/// `getitimer(which)`: (value, interval) in seconds.
pub fn getitimer(which: i32) -> io::Result<(f64, f64)> {
    // SAFETY: itimerval is plain data.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: `cur` is a valid out-pointer.
    check(unsafe { libc::getitimer(which as _, &mut cur) })?;
    Ok(itimer_pair(&cur))
}

fn itimer_pair(v: &libc::itimerval) -> (f64, f64) {
    let secs = |t: &libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    (secs(&v.it_value), secs(&v.it_interval))
}

/// `pidfd_send_signal(pidfd, sig, NULL, flags)`.
pub fn pidfd_send_signal(pidfd: i32, signum: i32, flags: u32) -> io::Result<()> {
    // SAFETY: the raw syscall takes ints and a null siginfo pointer.
    let r = unsafe {
        libc::syscall(
            libc::SYS_pidfd_send_signal,
            pidfd,
            signum,
            std::ptr::null::<libc::siginfo_t>(),
            flags,
        )
    };
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}
