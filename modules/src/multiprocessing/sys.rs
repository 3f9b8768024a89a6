//! The POSIX named semaphores and shared memory objects behind `_multiprocessing.SemLock` and `_posixshmem`, through libc; every unsafe block of the two modules is here.
//!
//! Each wrapper takes plain Rust values and turns a failure into
//! `io::Error::last_os_error()`, so callers see the errno.

use std::ffi::CString;
use std::io;
use std::time::{Duration, SystemTime};

fn cstring(name: &str) -> io::Result<CString> {
    CString::new(name).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// One open named semaphore (`sem_t *` from `sem_open`), closed on drop.
/// The handle stays valid across `fork`, as CPython's `_rebuild` relies on.
pub struct Semaphore {
    handle: *mut libc::sem_t,
}

/// How a wait on a semaphore ended.
pub enum Wait {
    Acquired,
    /// `EAGAIN` or `ETIMEDOUT`: not acquired.
    TimedOut,
    /// `EINTR`: the caller checks for signals and retries.
    Interrupted,
}

impl Semaphore {
    /// `sem_open(name, O_CREAT | O_EXCL, 0600, value)`.
    pub fn create(name: &str, value: u32) -> io::Result<Semaphore> {
        let n = cstring(name)?;
        let mode: libc::c_uint = 0o600;
        // SAFETY: `n` is NUL-terminated; the variadic mode and value are the
        // `unsigned int`s sem_open reads with O_CREAT.
        let handle =
            unsafe { libc::sem_open(n.as_ptr(), libc::O_CREAT | libc::O_EXCL, mode, value) };
        if handle == libc::SEM_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(Semaphore { handle })
    }

    /// `sem_open(name, 0)`: an existing semaphore.
    pub fn open(name: &str) -> io::Result<Semaphore> {
        let n = cstring(name)?;
        // SAFETY: `n` is NUL-terminated; without O_CREAT no more arguments
        // are read.
        let handle = unsafe { libc::sem_open(n.as_ptr(), 0) };
        if handle == libc::SEM_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(Semaphore { handle })
    }

    /// A handle inherited through `fork` (the `handle` attribute of the
    /// parent's SemLock); `None` for a null one.
    pub fn from_inherited(handle: usize) -> Option<Semaphore> {
        (handle != 0).then_some(Semaphore {
            handle: handle as *mut libc::sem_t,
        })
    }

    /// The handle's address, as the `handle` attribute shows it.
    pub fn address(&self) -> usize {
        self.handle as usize
    }

    fn wait_result(r: libc::c_int) -> io::Result<Wait> {
        if r == 0 {
            return Ok(Wait::Acquired);
        }
        let e = io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EAGAIN | libc::ETIMEDOUT) => Ok(Wait::TimedOut),
            Some(libc::EINTR) => Ok(Wait::Interrupted),
            _ => Err(e),
        }
    }

    /// `sem_trywait`.
    pub fn try_wait(&self) -> io::Result<Wait> {
        // SAFETY: `handle` is an open semaphore for as long as `self` lives.
        Self::wait_result(unsafe { libc::sem_trywait(self.handle) })
    }

    /// `sem_wait`, or `sem_timedwait` until `deadline` (a wall-clock time,
    /// as sem_timedwait takes CLOCK_REALTIME). Blocks the thread.
    pub fn wait(&self, deadline: Option<SystemTime>) -> io::Result<Wait> {
        let r = match deadline {
            None => {
                // SAFETY: as for `try_wait`.
                unsafe { libc::sem_wait(self.handle) }
            }
            Some(t) => {
                let since = t
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .unwrap_or(Duration::ZERO);
                let ts = libc::timespec {
                    tv_sec: libc::time_t::try_from(since.as_secs()).unwrap_or(libc::time_t::MAX),
                    tv_nsec: libc::c_long::from(since.subsec_nanos() as i32),
                };
                // SAFETY: as for `try_wait`; `ts` is a valid timespec.
                unsafe { libc::sem_timedwait(self.handle, &ts) }
            }
        };
        Self::wait_result(r)
    }

    /// `sem_post`.
    pub fn post(&self) -> io::Result<()> {
        // SAFETY: as for `try_wait`.
        check(unsafe { libc::sem_post(self.handle) }).map(drop)
    }

    /// `sem_getvalue`.
    pub fn value(&self) -> io::Result<i32> {
        let mut v: libc::c_int = 0;
        // SAFETY: as for `try_wait`; `v` is a valid out-pointer.
        check(unsafe { libc::sem_getvalue(self.handle, &mut v) })?;
        Ok(v)
    }
}

impl Drop for Semaphore {
    fn drop(&mut self) {
        // SAFETY: the handle is ours to close once; nothing uses it after.
        unsafe { libc::sem_close(self.handle) };
    }
}

/// `sem_unlink(name)`.
pub fn sem_unlink(name: &str) -> io::Result<()> {
    let n = cstring(name)?;
    // SAFETY: `n` is NUL-terminated.
    check(unsafe { libc::sem_unlink(n.as_ptr()) }).map(drop)
}

/// `shm_open(name, flags, mode)`: a file descriptor.
pub fn shm_open(name: &str, flags: i32, mode: u32) -> io::Result<i32> {
    let n = cstring(name)?;
    // SAFETY: `n` is NUL-terminated.
    check(unsafe { libc::shm_open(n.as_ptr(), flags, mode as libc::mode_t) })
}

/// `shm_unlink(name)`.
pub fn shm_unlink(name: &str) -> io::Result<()> {
    let n = cstring(name)?;
    // SAFETY: `n` is NUL-terminated.
    check(unsafe { libc::shm_unlink(n.as_ptr()) }).map(drop)
}
