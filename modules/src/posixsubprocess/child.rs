//! The forked child of `_posixsubprocess.fork_exec`: descriptor set-up, working directory, session, ids, exec and the error report on the error pipe, using only async-signal-safe calls on data the parent prepared; every unsafe block of the module is here. Mirrors `child_exec` and `do_fork_exec` in Modules/_posixsubprocess.c.

use std::ffi::CString;
use std::io;

/// Everything the child needs, converted by the parent so the child never
/// allocates (another thread may have held the allocator's lock at fork).
pub struct Plan {
    /// The executables to try in order (the `PATH` search subprocess did).
    pub executables: Vec<CString>,
    pub argv: Vec<CString>,
    /// `None`: keep the parent's environment (`execv`).
    pub env: Option<Vec<CString>>,
    pub cwd: Option<CString>,
    pub p2cread: i32,
    pub p2cwrite: i32,
    pub c2pread: i32,
    pub c2pwrite: i32,
    pub errread: i32,
    pub errwrite: i32,
    pub errpipe_read: i32,
    pub errpipe_write: i32,
    pub close_fds: bool,
    pub restore_signals: bool,
    pub call_setsid: bool,
    /// `setpgid(0, pgid)` when not negative.
    pub pgid_to_set: i32,
    pub gid: Option<u32>,
    pub extra_groups: Vec<u32>,
    pub uid: Option<u32>,
    /// `umask(child_umask)` when not negative.
    pub child_umask: i32,
    /// Sorted descriptors that stay open (and become inheritable).
    pub fds_to_keep: Vec<i32>,
}

/// The Python side of a `preexec_fn` run: what `PyOS_AfterFork_Child`
/// does right after the fork, and the call itself (false when it raised).
pub struct Preexec<'a> {
    pub after_fork: &'a dyn Fn(),
    pub call: &'a dyn Fn() -> bool,
}

/// Why the child could not exec.
enum Failure {
    /// A system call failed with this errno.
    Os(i32),
    /// `chdir(cwd)` failed with this errno: the parent names `cwd`.
    Chdir(i32),
    /// `preexec_fn` raised.
    Preexec,
}

fn errno() -> i32 {
    io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `POSIX_CALL`: a -1 return becomes the errno.
fn posix(r: libc::c_int) -> Result<libc::c_int, Failure> {
    if r == -1 {
        Err(Failure::Os(errno()))
    } else {
        Ok(r)
    }
}

/// `_Py_set_inheritable_async_safe`: sets or clears `FD_CLOEXEC`.
fn set_inheritable(fd: i32, inheritable: bool) -> Result<(), Failure> {
    // SAFETY: fcntl on an integer descriptor reads or sets its flags only.
    let flags = posix(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let wanted = if inheritable {
        flags & !libc::FD_CLOEXEC
    } else {
        flags | libc::FD_CLOEXEC
    };
    if wanted != flags {
        // SAFETY: as above.
        posix(unsafe { libc::fcntl(fd, libc::F_SETFD, wanted) })?;
    }
    Ok(())
}

fn close(fd: i32) -> Result<(), Failure> {
    // SAFETY: closing a descriptor number has no memory effects.
    posix(unsafe { libc::close(fd) }).map(drop)
}

fn dup(fd: i32) -> Result<i32, Failure> {
    // SAFETY: as for close.
    posix(unsafe { libc::dup(fd) })
}

fn dup2(fd: i32, to: i32) -> Result<(), Failure> {
    // SAFETY: as for close.
    posix(unsafe { libc::dup2(fd, to) }).map(drop)
}

/// Closes `first..=last`: `close_range` where the kernel has it, else one
/// `close` per descriptor up to the process's limit.
fn close_range(first: i32, last: i32) {
    if first > last {
        return;
    }
    // SAFETY: the system call takes three integers.
    let r = unsafe { libc::syscall(libc::SYS_close_range, first as u32, last as u32, 0u32) };
    if r == 0 {
        return;
    }
    // SAFETY: sysconf reads a limit.
    let limit = match unsafe { libc::sysconf(libc::_SC_OPEN_MAX) } {
        -1 => 256,
        n => n.min(i64::from(i32::MAX)) as i32,
    };
    for fd in first..=last.min(limit) {
        // SAFETY: as for close; errors (not open) are ignored.
        unsafe { libc::close(fd) };
    }
}

/// `_close_open_fds`: closes every descriptor from 3 up except `keep`.
fn close_open_fds(keep: &[i32]) {
    let mut start = 3;
    for &fd in keep {
        if fd < start {
            continue;
        }
        close_range(start, fd - 1);
        start = fd + 1;
    }
    close_range(start, i32::MAX);
}

/// `_Py_RestoreSignals`: the signals the runtime ignores go back to their
/// default action, as the new program expects.
fn restore_signals() {
    for sig in [libc::SIGPIPE, libc::SIGXFSZ] {
        // SAFETY: setting a standard disposition; no handler code involved.
        unsafe { libc::signal(sig, libc::SIG_DFL) };
    }
}

/// The body of `child_exec` up to the failure it reports.
fn setup_and_exec(
    plan: &Plan,
    argv: &[*const libc::c_char],
    envp: Option<&[*const libc::c_char]>,
    preexec: Option<&Preexec>,
    reached_preexec: &mut bool,
) -> Failure {
    let setup = || -> Result<(), Failure> {
        for &fd in &plan.fds_to_keep {
            // errpipe_write must close at exec but stay open until then.
            if fd != plan.errpipe_write {
                set_inheritable(fd, true)?;
            }
        }
        for fd in [plan.p2cwrite, plan.c2pread, plan.errread] {
            if fd != -1 {
                close(fd)?;
            }
        }
        close(plan.errpipe_read)?;
        // Descriptors 0-2 about to be overwritten by dup2 move out of the
        // way first (bpo-12607).
        let mut c2pwrite = plan.c2pwrite;
        if c2pwrite == 0 {
            c2pwrite = dup(c2pwrite)?;
            set_inheritable(c2pwrite, false)?;
        }
        let mut errwrite = plan.errwrite;
        while errwrite == 0 || errwrite == 1 {
            errwrite = dup(errwrite)?;
            set_inheritable(errwrite, false)?;
        }
        // dup2 clears FD_CLOEXEC, but is a no-op when the numbers agree.
        for (fd, target) in [(plan.p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            if fd == target {
                set_inheritable(fd, true)?;
            } else if fd != -1 {
                dup2(fd, target)?;
            }
        }
        if let Some(cwd) = &plan.cwd {
            // SAFETY: `cwd` is NUL-terminated.
            posix(unsafe { libc::chdir(cwd.as_ptr()) }).map_err(|f| match f {
                Failure::Os(e) => Failure::Chdir(e),
                other => other,
            })?;
        }
        if plan.child_umask >= 0 {
            // SAFETY: umask always succeeds.
            unsafe { libc::umask(plan.child_umask as libc::mode_t) };
        }
        if plan.restore_signals {
            restore_signals();
        }
        if plan.call_setsid {
            // SAFETY: no arguments.
            posix(unsafe { libc::setsid() })?;
        }
        if plan.pgid_to_set >= 0 {
            // SAFETY: integer arguments.
            posix(unsafe { libc::setpgid(0, plan.pgid_to_set) })?;
        }
        if !plan.extra_groups.is_empty() {
            // SAFETY: the pointer and length describe `extra_groups`.
            posix(unsafe { libc::setgroups(plan.extra_groups.len(), plan.extra_groups.as_ptr()) })?;
        }
        if let Some(gid) = plan.gid {
            // SAFETY: integer arguments.
            posix(unsafe { libc::setregid(gid, gid) })?;
        }
        if let Some(uid) = plan.uid {
            // SAFETY: integer arguments.
            posix(unsafe { libc::setreuid(uid, uid) })?;
        }
        Ok(())
    };
    if let Err(failure) = setup() {
        return failure;
    }
    *reached_preexec = true;
    if let Some(p) = preexec
        && !(p.call)()
    {
        return Failure::Preexec;
    }
    // After preexec_fn, which may open descriptors.
    if plan.close_fds {
        close_open_fds(&plan.fds_to_keep);
    }
    // The PATH search of os._execvpe: report the first error other than
    // "not there", else the last.
    let mut saved = 0;
    for exe in &plan.executables {
        match envp {
            // SAFETY: `exe` is NUL-terminated; both pointer arrays are
            // null-terminated and point into CStrings of `plan`.
            Some(env) => unsafe { libc::execve(exe.as_ptr(), argv.as_ptr(), env.as_ptr()) },
            // SAFETY: as above.
            None => unsafe { libc::execv(exe.as_ptr(), argv.as_ptr()) },
        };
        let e = errno();
        if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
            saved = e;
        }
    }
    Failure::Os(if saved != 0 { saved } else { errno() })
}

fn write_all(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        // SAFETY: `data` is a valid slice for its length.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n > 0 {
            data = &data[n as usize..];
        } else if n == -1 && errno() == libc::EINTR {
            continue;
        } else {
            return;
        }
    }
}

/// Reports a failure as `OSError:<hex errno>:<where>` (`noexec` before
/// preexec_fn, `noexec:chdir` for the working directory, empty for exec
/// itself) or `SubprocessError:0:<message>`, the format subprocess.py parses.
fn report(fd: i32, failure: Failure, reached_preexec: bool) {
    let (code, context): (i32, &[u8]) = match failure {
        Failure::Chdir(code) => (code, b"noexec:chdir"),
        Failure::Os(code) if !reached_preexec => (code, b"noexec"),
        Failure::Os(code) => (code, b""),
        Failure::Preexec => (0, b"Exception occurred in preexec_fn."),
    };
    match failure {
        Failure::Os(_) | Failure::Chdir(_) if code != 0 => {
            write_all(fd, b"OSError:");
            let mut hex = [0u8; 8];
            let mut start = hex.len();
            let mut n = code as u32;
            while n != 0 && start > 0 {
                start -= 1;
                hex[start] = b"0123456789abcdef"[(n % 16) as usize];
                n /= 16;
            }
            write_all(fd, &hex[start..]);
            write_all(fd, b":");
            write_all(fd, context);
        }
        Failure::Preexec => {
            write_all(fd, b"SubprocessError:0:");
            write_all(fd, context);
        }
        _ => write_all(fd, b"SubprocessError:0:"),
    }
}

/// A null-terminated array of pointers into `strings`.
fn pointers(strings: &[CString]) -> Vec<*const libc::c_char> {
    let mut p: Vec<_> = strings.iter().map(|s| s.as_ptr()).collect();
    p.push(std::ptr::null());
    p
}

/// `do_fork_exec`: forks; the child sets up and execs (or reports why not
/// and exits with 255), the parent gets the child's pid.
pub fn fork_exec(plan: &Plan, preexec: Option<&Preexec>) -> io::Result<i32> {
    let argv = pointers(&plan.argv);
    let envp = plan.env.as_deref().map(pointers);
    // SAFETY: the child only makes async-signal-safe calls on memory that
    // was prepared above, unless the caller asked for preexec_fn, where it
    // runs Python code as CPython does ("the user asked us to use hope as a
    // strategy to avoid deadlock").
    let pid = unsafe { libc::fork() };
    match pid {
        -1 => Err(io::Error::last_os_error()),
        0 => {
            if let Some(p) = preexec {
                (p.after_fork)();
            }
            let mut reached_preexec = false;
            let failure =
                setup_and_exec(plan, &argv, envp.as_deref(), preexec, &mut reached_preexec);
            report(plan.errpipe_write, failure, reached_preexec);
            // SAFETY: ends the child without running the parent's exit code.
            unsafe { libc::_exit(255) }
        }
        pid => Ok(pid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::os::fd::AsRawFd;

    /// What `report` writes for `failure`, read back through a pipe.
    fn reported(failure: Failure, reached_preexec: bool) -> String {
        let (mut reader, writer) = std::io::pipe().expect("pipe");
        report(writer.as_raw_fd(), failure, reached_preexec);
        drop(writer);
        let mut out = String::new();
        reader.read_to_string(&mut out).expect("read back");
        out
    }

    #[test]
    fn reports_are_what_subprocess_parses() {
        assert_eq!(reported(Failure::Os(2), false), "OSError:2:noexec");
        assert_eq!(
            reported(Failure::Chdir(13), false),
            "OSError:d:noexec:chdir"
        );
        assert_eq!(reported(Failure::Os(0x1f), true), "OSError:1f:");
        assert_eq!(
            reported(Failure::Preexec, true),
            "SubprocessError:0:Exception occurred in preexec_fn."
        );
        assert_eq!(reported(Failure::Os(0), true), "SubprocessError:0:");
    }
}
