//! The libc side of `faulthandler`: signal handlers for fatal and user signals, the alternate signal stack, raw writes, thread ids and names, and the C stack through glibc's `backtrace` and `dladdr`; every unsafe block of the module is here.

use std::io;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// Signals are 1..NSIG on Linux.
pub const NSIG: i32 = 65;

/// The signals `enable()` handles, with CPython's names for them.
pub const FATAL_SIGNALS: [(i32, &str); 5] = [
    (libc::SIGBUS, "Bus error"),
    (libc::SIGILL, "Illegal instruction"),
    (libc::SIGFPE, "Floating-point exception"),
    (libc::SIGABRT, "Aborted"),
    (libc::SIGSEGV, "Segmentation fault"),
];

/// Size of the alternate stack the fatal handler runs on, so it still runs
/// after a stack overflow; large because it walks Python frames.
const ALT_STACK_SIZE: usize = 1 << 20;

unsafe extern "C" {
    /// glibc's `backtrace(3)` (execinfo.h), which the libc crate leaves out.
    fn backtrace(buffer: *mut *mut libc::c_void, size: libc::c_int) -> libc::c_int;
}

/// Writes all of `data` to `fd`, retrying on EINTR; errors are ignored
/// (`_Py_write_noraise`).
pub fn write_raw(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        // SAFETY: `data` is a valid slice for its length.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n > 0 {
            data = &data[n as usize..];
        } else if n == -1 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
            continue;
        } else {
            return;
        }
    }
}

/// Writes `value` in lower-case hex with at least `width` digits, without
/// allocating (`_Py_DumpHexadecimal`).
pub fn write_hex(fd: i32, mut value: u64, width: usize) {
    let mut buf = [b'0'; 16];
    let mut start = buf.len();
    while value != 0 || buf.len() - start < width.clamp(1, 16) {
        start -= 1;
        buf[start] = b"0123456789abcdef"[(value % 16) as usize];
        value /= 16;
    }
    write_raw(fd, &buf[start..]);
}

/// The calling thread's id as CPython prints it, and its name if it has one.
pub fn thread_id_and_name() -> (u64, String) {
    // SAFETY: pthread_self has no preconditions.
    let me = unsafe { libc::pthread_self() };
    let mut name = [0u8; 100];
    // SAFETY: the buffer and its length are valid; the name is written
    // NUL-terminated.
    let r = unsafe { libc::pthread_getname_np(me, name.as_mut_ptr().cast(), name.len()) };
    let name = if r == 0 {
        let end = name.iter().position(|&b| b == 0).unwrap_or(0);
        String::from_utf8_lossy(&name[..end]).into_owned()
    } else {
        String::new()
    };
    (me as u64, name)
}

/// The calling thread, for `interrupt` from the watchdog.
pub fn current_thread() -> libc::pthread_t {
    // SAFETY: as above.
    unsafe { libc::pthread_self() }
}

/// Sends `signum` to `thread`, cutting a blocking system call short there.
pub fn interrupt(thread: libc::pthread_t, signum: i32) {
    // SAFETY: pthread_kill on a thread id of this process; a thread that
    // ended only makes it fail (ESRCH), which is ignored.
    unsafe { libc::pthread_kill(thread, signum) };
}

/// The previous disposition of each signal a handler was installed for.
static PREVIOUS: Mutex<Vec<(i32, libc::sigaction)>> = Mutex::new(Vec::new());

/// Installs `handler` for `signum` (SA_NODEFER, on the alternate stack,
/// SA_RESTART for user signals), keeping the previous disposition.
pub fn install(signum: i32, handler: extern "C" fn(libc::c_int), restart: bool) -> io::Result<()> {
    // SAFETY: `struct sigaction` is plain data; all-zero is SIG_DFL with an
    // empty mask.
    let mut action: libc::sigaction = unsafe { std::mem::zeroed() };
    action.sa_sigaction = handler as usize;
    action.sa_flags = libc::SA_NODEFER | libc::SA_ONSTACK;
    if restart {
        action.sa_flags |= libc::SA_RESTART;
    }
    // SAFETY: as above.
    let mut previous: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: both structures are valid for the call.
    if unsafe { libc::sigaction(signum, &action, &mut previous) } == -1 {
        return Err(io::Error::last_os_error());
    }
    let mut all = PREVIOUS.lock().unwrap_or_else(|e| e.into_inner());
    if !all.iter().any(|(s, _)| *s == signum) {
        all.push((signum, previous));
    }
    Ok(())
}

/// Puts back the disposition `install` replaced. From a signal handler the
/// table may be busy; the default action is used then.
pub fn restore(signum: i32) {
    let previous = match PREVIOUS.try_lock() {
        Ok(mut all) => all
            .iter()
            .position(|(s, _)| *s == signum)
            .map(|i| all.remove(i).1),
        Err(_) => None,
    };
    match previous {
        // SAFETY: `p` is a disposition sigaction itself returned.
        Some(p) => unsafe {
            libc::sigaction(signum, &p, std::ptr::null_mut());
        },
        None => set_default(signum),
    }
}

/// Gives `signum` its default action.
pub fn set_default(signum: i32) {
    // SAFETY: setting the default action involves no handler code.
    unsafe { libc::signal(signum, libc::SIG_DFL) };
}

/// Calls the handler that was there before ours (chain=True), if it was a
/// function.
pub fn call_previous(signum: i32) {
    let previous = PREVIOUS.try_lock().ok().and_then(|all| {
        all.iter()
            .find(|(s, _)| *s == signum)
            .map(|(_, p)| p.sa_sigaction)
    });
    if let Some(h) = previous.filter(|&h| h != libc::SIG_DFL && h != libc::SIG_IGN) {
        // SAFETY: a non-default, non-ignore sa_sigaction is a handler
        // taking the signal number (SA_SIGINFO handlers also accept it
        // first).
        let f: extern "C" fn(libc::c_int) = unsafe { std::mem::transmute(h) };
        f(signum);
    }
}

/// Raises `signum` in the calling thread.
pub fn raise(signum: i32) {
    // SAFETY: raise has no memory effects.
    unsafe { libc::raise(signum) };
}

/// Raises `signum` as a real fault would: a handler that returns (Rust's
/// stack-overflow handler does for a fault it does not own) leaves the
/// default action, which a second raise then takes.
pub fn raise_fault(signum: i32) {
    raise(signum);
    set_default(signum);
    raise(signum);
}

/// `abort()`.
pub fn abort() -> ! {
    std::process::abort()
}

/// `_exit(code)`: ends the process without running exit handlers.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit never returns and touches no Rust state.
    unsafe { libc::_exit(code) }
}

static ALT_STACK_SET: AtomicBool = AtomicBool::new(false);

/// Gives the calling thread an alternate signal stack big enough for the
/// fatal handler (once; the memory lives for the process).
pub fn ensure_alt_stack() -> io::Result<()> {
    if ALT_STACK_SET.swap(true, Ordering::AcqRel) {
        return Ok(());
    }
    let memory: &'static mut [u8] = Vec::leak(vec![0u8; ALT_STACK_SIZE]);
    let stack = libc::stack_t {
        ss_sp: memory.as_mut_ptr().cast(),
        ss_flags: 0,
        ss_size: memory.len(),
    };
    // SAFETY: `stack` describes leaked memory that is never freed.
    if unsafe { libc::sigaltstack(&stack, std::ptr::null_mut()) } == -1 {
        ALT_STACK_SET.store(false, Ordering::Release);
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// At most this many C frames are written (`_Py_DumpStack`'s limit).
const MAX_C_FRAMES: usize = 32;

/// Loads what `backtrace` needs (libgcc) now, so the first call from a
/// signal handler does not allocate.
pub fn preload_backtrace() {
    let mut frames = [std::ptr::null_mut(); 1];
    // SAFETY: the buffer holds one pointer, the size passed.
    unsafe { backtrace(frames.as_mut_ptr(), 1) };
}

/// The calling thread's C stack in `_Py_DumpStack`'s format.
pub fn dump_c_stack(fd: i32) {
    write_raw(
        fd,
        b"Current thread's C stack trace (most recent call first):\n",
    );
    let mut frames = [std::ptr::null_mut(); MAX_C_FRAMES + 1];
    // SAFETY: the buffer holds as many pointers as the size passed.
    let n = unsafe { backtrace(frames.as_mut_ptr(), frames.len() as libc::c_int) };
    let n = usize::try_from(n).unwrap_or(0);
    if n == 0 {
        write_raw(fd, b"  <failed to get stack trace>\n");
        return;
    }
    for &addr in frames.iter().take(n.min(MAX_C_FRAMES)) {
        // SAFETY: Dl_info is plain data; dladdr fills it for an address of
        // this process and leaves it zeroed otherwise.
        let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid out-pointer.
        let found = unsafe { libc::dladdr(addr, &mut info) } != 0;
        let cstr = |p: *const libc::c_char| {
            if p.is_null() {
                None
            } else {
                // SAFETY: dladdr's strings are NUL-terminated and live as
                // long as the object is loaded.
                Some(unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes())
            }
        };
        write_raw(fd, b"  Binary file \"");
        let file = if found { cstr(info.dli_fname) } else { None };
        write_raw(fd, file.unwrap_or(b"<unknown>"));
        write_raw(fd, b"\"");
        if let Some(sym) = if found { cstr(info.dli_sname) } else { None } {
            write_raw(fd, b", at ");
            write_raw(fd, sym);
            write_raw(fd, b"+0x");
            write_hex(
                fd,
                (addr as usize).wrapping_sub(info.dli_saddr as usize) as u64,
                1,
            );
        }
        write_raw(fd, b" [0x");
        write_hex(fd, addr as usize as u64, 1);
        write_raw(fd, b"]\n");
    }
    if n > MAX_C_FRAMES {
        write_raw(fd, b"  <truncated rest of calls>\n");
    }
}

/// One flag per signal: a registered user signal arrived and its dump is
/// waiting for the interpreter's next check.
pub static USER_TRIPPED: [AtomicBool; NSIG as usize] =
    [const { AtomicBool::new(false) }; NSIG as usize];

/// The descriptor the fatal handler writes to (-1: disabled).
pub static FATAL_FD: AtomicI32 = AtomicI32::new(-1);
