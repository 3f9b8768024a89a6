//! The `select` module: `select()`, `poll` objects and `epoll` objects over descriptors (Linux); mirrors Modules/selectmodule.c.

use std::cell::{Cell, RefCell};
use std::time::{Duration, Instant};

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, key_error, overflow_error, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{
    TypeRef, Value, bool as pybool, builtin_type, exceptions, float, int, protocol,
};

use crate::posix::os_error;
use crate::unix;

/// `PyObject_AsFileDescriptor`: an int, or the int `fileno()` returns.
pub fn file_descriptor(v: &Value) -> PyResult<i32> {
    let fd = if int::is_int(v) {
        int::index_as_c_int(v)?
    } else if protocol::getattr_opt(v, &PyStr::new("fileno"))?.is_some() {
        let n = protocol::call_method(v, "fileno", &[])?;
        if !int::is_int(&n) {
            return Err(type_error("fileno() returned a non-integer"));
        }
        int::index_as_c_int(&n)?
    } else {
        return Err(type_error(
            "argument must be an int, or have a fileno() method.",
        ));
    };
    if fd < 0 {
        return Err(value_error(format!(
            "file descriptor cannot be a negative integer ({fd})"
        )));
    }
    Ok(fd)
}

/// `_PyTime_FromSecondsObject` with `_PyTime_ROUND_TIMEOUT`, in
/// nanoseconds; `type_msg` replaces the TypeError of a non-number.
fn seconds_ns(v: &Value, type_msg: &str, unit_ns: f64) -> PyResult<i128> {
    let out_of_range = || overflow_error("timestamp out of range for platform time_t");
    if int::is_int(v) {
        let n = int::to_i64(v).ok_or_else(out_of_range)?;
        return i128::from(n)
            .checked_mul(unit_ns as i128)
            .ok_or_else(out_of_range);
    }
    let Some(f) = float::as_f64(v) else {
        return Err(type_error(type_msg));
    };
    if f.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    let ns = f * unit_ns;
    // Rounded away from zero, so a wait is never cut short.
    let ns = if ns < 0.0 { ns.floor() } else { ns.ceil() };
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&ns) {
        return Err(out_of_range());
    }
    Ok(ns as i128)
}

/// Nanoseconds as a `poll`/`epoll_wait` millisecond timeout, rounded up.
fn ms_of_ns(ns: i128) -> PyResult<i32> {
    let ms = ns.div_euclid(1_000_000) + i128::from(ns.rem_euclid(1_000_000) != 0);
    i32::try_from(ms).map_err(|_| overflow_error("timeout is too large"))
}

/// The milliseconds left until `deadline` (PEP 475 retries after EINTR).
fn remaining_ms(deadline: Option<Instant>, fallback: i32) -> i32 {
    match deadline {
        None => fallback,
        Some(d) => {
            let left = d.saturating_duration_since(Instant::now());
            i32::try_from(left.as_nanos().div_ceil(1_000_000)).unwrap_or(i32::MAX)
        }
    }
}

fn interrupted(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(libc::EINTR)
}

fn os_err(e: std::io::Error) -> PyErr {
    os_error(&e)
}

/// The objects of one `select()` list and their descriptors.
fn descriptor_list(seq: &Value) -> PyResult<(Vec<Value>, Vec<i32>)> {
    let items = if let Some(l) = seq.downcast::<List>() {
        l.to_vec()
    } else if let Some(t) = seq.downcast::<Tuple>() {
        t.as_slice().to_vec()
    } else if protocol::getattr_opt(seq, &PyStr::new("__iter__"))?.is_some() {
        protocol::collect(seq)?
    } else {
        return Err(type_error("arguments 1-3 must be sequences"));
    };
    if items.len() > unix::FD_SETSIZE as usize {
        return Err(value_error("too many file descriptors in select()"));
    }
    let mut fds = Vec::with_capacity(items.len());
    for item in &items {
        let fd = file_descriptor(item)?;
        if fd >= unix::FD_SETSIZE {
            return Err(value_error("filedescriptor out of range in select()"));
        }
        fds.push(fd);
    }
    Ok((items, fds))
}

fn select(_m: &Value, args: Args) -> PyResult {
    let a = args.range("select", "select", 3, 4)?;
    let timeout = match a.get(3).filter(|t| !is_none(t)) {
        None => None,
        Some(t) => {
            let ns = seconds_ns(t, "timeout must be a float or None", 1e9)?;
            if ns < 0 {
                return Err(value_error("timeout must be non-negative"));
            }
            Some(Duration::from_nanos(u64::try_from(ns).unwrap_or(u64::MAX)))
        }
    };
    let (r, w, x) = (
        descriptor_list(&a[0])?,
        descriptor_list(&a[1])?,
        descriptor_list(&a[2])?,
    );
    let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
    let ready = loop {
        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        match unix::select([&r.1, &w.1, &x.1], left.or(timeout)) {
            Ok(ready) => break ready,
            Err(e) if interrupted(&e) => continue,
            Err(e) => return Err(os_err(e)),
        }
    };
    let pick = |objs: &[Value], flags: &[bool]| {
        List::from_vec(
            objs.iter()
                .zip(flags)
                .filter(|(_, ready)| **ready)
                .map(|(o, _)| o.clone())
                .collect(),
        )
    };
    Ok(Tuple::new(vec![
        pick(&r.0, &ready[0]),
        pick(&w.0, &ready[1]),
        pick(&x.0, &ready[2]),
    ]))
}

/// An `unsigned short` event mask (`_PyLong_UnsignedShort_Converter`).
fn event_mask(v: &Value) -> PyResult<u16> {
    if !int::is_int(v) && protocol::getattr_opt(v, &PyStr::new("__index__"))?.is_none() {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            protocol::type_name(v)
        )));
    }
    let n = protocol::index(v)?;
    if int::is_negative(&n) {
        return Err(value_error("Cannot convert negative int"));
    }
    int::to_i64(&n)
        .and_then(|n| u16::try_from(n).ok())
        .ok_or_else(|| overflow_error("Python int too large for C unsigned short"))
}

/// A `select.poll` object: the registered descriptors and their masks in
/// registration order (CPython keeps them in a dict).
pub struct Poll {
    fds: RefCell<Vec<(i32, u16)>>,
    polling: Cell<bool>,
}

fn this_poll(v: &Value) -> &Poll {
    v.downcast::<Poll>().expect("poll method on a poll object")
}

const DEFAULT_POLL_MASK: i64 = (libc::POLLIN | libc::POLLPRI | libc::POLLOUT) as i64;

fn poll_register(v: &Value, args: Args) -> PyResult {
    let a = args.range("register", "register", 1, 2)?;
    let fd = file_descriptor(&a[0])?;
    let mask = match a.get(1) {
        Some(m) => event_mask(m)?,
        None => DEFAULT_POLL_MASK as u16,
    };
    let mut fds = this_poll(v).fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(none())
}

fn poll_modify(v: &Value, args: Args) -> PyResult {
    let a = args.range("modify", "modify", 2, 2)?;
    let fd = file_descriptor(&a[0])?;
    let mask = event_mask(&a[1])?;
    let mut fds = this_poll(v).fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => return Err(os_err(std::io::Error::from_raw_os_error(libc::ENOENT))),
    }
    Ok(none())
}

fn poll_unregister(v: &Value, args: Args) -> PyResult {
    let a = args.range("unregister", "unregister", 1, 1)?;
    let fd = file_descriptor(&a[0])?;
    let mut fds = this_poll(v).fds.borrow_mut();
    match fds.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            fds.remove(i);
            Ok(none())
        }
        None => Err(key_error(a[0].clone())),
    }
}

fn poll_poll(v: &Value, args: Args) -> PyResult {
    let a = args.range("poll", "poll", 0, 1)?;
    let timeout_ms = match a.first().filter(|t| !is_none(t)) {
        None => -1,
        Some(t) => ms_of_ns(seconds_ns(t, "timeout must be an integer or None", 1e6)?)?,
    };
    let p = this_poll(v);
    if p.polling.get() {
        return Err(PyErr::new(
            &exceptions::RUNTIME_ERROR,
            "concurrent poll() invocation",
        ));
    }
    let mut pollfds: Vec<libc::pollfd> = p
        .fds
        .borrow()
        .iter()
        .map(|&(fd, mask)| libc::pollfd {
            fd,
            events: mask as i16,
            revents: 0,
        })
        .collect();
    let deadline = (timeout_ms >= 0)
        .then(|| Instant::now().checked_add(Duration::from_millis(timeout_ms as u64)))
        .flatten();
    p.polling.set(true);
    let result = loop {
        match unix::poll(&mut pollfds, remaining_ms(deadline, timeout_ms.min(-1))) {
            Err(e) if interrupted(&e) => continue,
            other => break other,
        }
    };
    p.polling.set(false);
    result.map_err(os_err)?;
    Ok(List::from_vec(
        pollfds
            .iter()
            .filter(|f| f.revents != 0)
            .map(|f| {
                Tuple::new(vec![
                    int::from_i64(i64::from(f.fd)),
                    int::from_i64(i64::from(f.revents as u16)),
                ])
            })
            .collect(),
    ))
}

builtin_type!(pub static POLL_TYPE: Poll = TypeSpec {
    name: "select.poll",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs::NONE,
    methods: &[
        MethodDef::new("register", poll_register, "register($self, fd,\n         eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)\n--\n\nRegister a file descriptor with the polling object.\n\n  fd\n    either an integer, or an object with a fileno() method returning an int\n  eventmask\n    an optional bitmask describing the type of events to check for"),
        MethodDef::new("modify", poll_modify, "modify($self, fd, eventmask, /)\n--\n\nModify an already registered file descriptor.\n\n  fd\n    either an integer, or an object with a fileno() method returning\n    an int\n  eventmask\n    a bitmask describing the type of events to check for"),
        MethodDef::new("unregister", poll_unregister, "unregister($self, fd, /)\n--\n\nRemove a file descriptor being tracked by the polling object."),
        MethodDef::new("poll", poll_poll, "poll($self, timeout=None, /)\n--\n\nPolls the set of registered file descriptors.\n\n  timeout\n    The maximum time to wait in milliseconds, or else None (or a negative\n    value) to wait indefinitely.\n\nReturns a list containing any descriptors that have events or errors to\nreport, as a list of (fd, event) 2-tuples."),
    ],
    ..TypeSpec::DEFAULT
});

fn poll(_m: &Value, args: Args) -> PyResult {
    args.none("poll")?;
    Ok(alloc_typed(
        &TypeRef::from_static(&POLL_TYPE),
        Poll {
            fds: RefCell::new(Vec::new()),
            polling: Cell::new(false),
        },
    ))
}

/// A `select.epoll` object: its epoll descriptor, -1 once closed.
pub struct Epoll {
    epfd: Cell<i32>,
}

impl Drop for Epoll {
    fn drop(&mut self) {
        if self.epfd.get() >= 0 {
            let _ = unix::close(self.epfd.get());
        }
    }
}

fn this_epoll(v: &Value) -> &Epoll {
    v.downcast::<Epoll>()
        .expect("epoll method on an epoll object")
}

/// The open descriptor, or the closed-object ValueError.
fn open_epfd(v: &Value) -> PyResult<i32> {
    let fd = this_epoll(v).epfd.get();
    if fd < 0 {
        return Err(value_error("I/O operation on closed epoll object"));
    }
    Ok(fd)
}

fn new_epoll(ty: &TypeRef, epfd: i32) -> Value {
    alloc_typed(
        ty,
        Epoll {
            epfd: Cell::new(epfd),
        },
    )
}

fn epoll_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [sizehint, flags_arg] =
        Args::new(args, kwnames).parse("epoll", ["sizehint", "flags"], 0, 0, 2)?;
    let sizehint = sizehint.map_or(Ok(-1), |s| int::index_as_c_int(&s))?;
    if sizehint != -1 && sizehint <= 0 {
        return Err(value_error("negative sizehint"));
    }
    let epoll_flags = flags_arg.map_or(Ok(0), |f| int::index_as_c_int(&f))?;
    if epoll_flags != 0 && epoll_flags != libc::EPOLL_CLOEXEC {
        return Err(PyErr::new(&exceptions::OS_ERROR, "invalid flags"));
    }
    let epfd = unix::epoll_create(libc::EPOLL_CLOEXEC).map_err(os_err)?;
    Ok(new_epoll(ty, epfd))
}

fn epoll_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let e = this_epoll(v);
    let fd = e.epfd.replace(-1);
    if fd >= 0 {
        unix::close(fd).map_err(os_err)?;
    }
    Ok(none())
}

fn epoll_fileno(v: &Value, args: Args) -> PyResult {
    args.none("fileno")?;
    Ok(int::from_i64(i64::from(open_epfd(v)?)))
}

fn epoll_fromfd(cls: &Value, args: Args) -> PyResult {
    let a = args.range("fromfd", "fromfd", 1, 1)?;
    let fd = int::index_as_c_int(&a[0])?;
    let ty = TypeRef::from_value(cls).ok_or_else(|| type_error("fromfd() needs a type"))?;
    Ok(new_epoll(&ty, fd))
}

/// `register`/`modify`'s `eventmask` (an `unsigned int`).
fn epoll_mask(v: Option<&Value>) -> PyResult<u32> {
    let Some(v) = v else {
        return Ok((libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLOUT) as u32);
    };
    let n = protocol::index(v)?;
    if int::is_negative(&n) {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    int::to_i64(&n)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))
}

fn epoll_ctl_call(v: &Value, op: i32, fd: &Value, mask: u32) -> PyResult {
    let epfd = open_epfd(v)?;
    let fd = file_descriptor(fd)?;
    unix::epoll_ctl(epfd, op, fd, mask).map_err(os_err)?;
    Ok(none())
}

fn epoll_register(v: &Value, args: Args) -> PyResult {
    let [fd, mask] = args.parse("register", ["fd", "eventmask"], 0, 1, 2)?;
    let mask = epoll_mask(mask.as_ref())?;
    epoll_ctl_call(v, libc::EPOLL_CTL_ADD, &fd.expect("required"), mask)
}

fn epoll_modify(v: &Value, args: Args) -> PyResult {
    let [fd, mask] = args.parse("modify", ["fd", "eventmask"], 0, 2, 2)?;
    let mask = epoll_mask(mask.as_ref())?;
    epoll_ctl_call(v, libc::EPOLL_CTL_MOD, &fd.expect("required"), mask)
}

fn epoll_unregister(v: &Value, args: Args) -> PyResult {
    let [fd] = args.parse("unregister", ["fd"], 0, 1, 1)?;
    epoll_ctl_call(v, libc::EPOLL_CTL_DEL, &fd.expect("required"), 0)
}

fn epoll_poll(v: &Value, args: Args) -> PyResult {
    let [timeout, maxevents] = args.parse("poll", ["timeout", "maxevents"], 0, 0, 2)?;
    let epfd = open_epfd(v)?;
    let timeout_ms = match timeout.filter(|t| !is_none(t)) {
        None => -1,
        Some(t) => {
            let ns = seconds_ns(&t, "timeout must be an integer or None", 1e9)?;
            if ns < 0 { -1 } else { ms_of_ns(ns)? }
        }
    };
    let maxevents = maxevents.map_or(Ok(-1), |m| int::index_as_c_int(&m))?;
    let maxevents = match maxevents {
        -1 => unix::FD_SETSIZE - 1,
        m if m <= 0 => {
            return Err(value_error(format!(
                "maxevents must be greater than 0, got {m}"
            )));
        }
        m => m,
    };
    let deadline = (timeout_ms >= 0)
        .then(|| Instant::now().checked_add(Duration::from_millis(timeout_ms as u64)))
        .flatten();
    let events = loop {
        match unix::epoll_wait(epfd, maxevents as usize, remaining_ms(deadline, -1)) {
            Err(e) if interrupted(&e) => continue,
            other => break other.map_err(os_err)?,
        }
    };
    Ok(List::from_vec(
        events
            .into_iter()
            .map(|(fd, ev)| {
                Tuple::new(vec![
                    int::from_i64(i64::from(fd)),
                    int::from_i64(i64::from(ev)),
                ])
            })
            .collect(),
    ))
}

fn epoll_enter(v: &Value, args: Args) -> PyResult {
    args.none("__enter__")?;
    open_epfd(v)?;
    Ok(v.clone())
}

fn epoll_exit(v: &Value, args: Args) -> PyResult {
    args.range("__exit__", "__exit__", 0, 3)?;
    epoll_close(v, Args::new(&[], None))
}

builtin_type!(pub static EPOLL_TYPE: Epoll = TypeSpec {
    name: "select.epoll",
    doc: Some("select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\nsizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize internal data structures. It doesn't limit\nthe maximum number of monitored events."),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(epoll_new),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("close", epoll_close, "close($self, /)\n--\n\nClose the epoll control file descriptor.\n\nFurther operations on the epoll object will raise an exception."),
        MethodDef::new("fileno", epoll_fileno, "fileno($self, /)\n--\n\nReturn the epoll control file descriptor."),
        MethodDef::class("fromfd", epoll_fromfd, "fromfd($type, fd, /)\n--\n\nCreate an epoll object from a given control fd."),
        MethodDef::new("register", epoll_register, "register($self, /, fd,\n         eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)\n--\n\nRegisters a new fd or raises an OSError if the fd is already registered.\n\n  fd\n    the target file descriptor of the operation\n  eventmask\n    a bit set composed of the various EPOLL constants\n\nThe epoll interface supports all file descriptors that support poll."),
        MethodDef::new("modify", epoll_modify, "modify($self, /, fd, eventmask)\n--\n\nModify event mask for a registered file descriptor.\n\n  fd\n    the target file descriptor of the operation\n  eventmask\n    a bit set composed of the various EPOLL constants"),
        MethodDef::new("unregister", epoll_unregister, "unregister($self, /, fd)\n--\n\nRemove a registered file descriptor from the epoll object.\n\n  fd\n    the target file descriptor of the operation"),
        MethodDef::new("poll", epoll_poll, "poll($self, /, timeout=None, maxevents=-1)\n--\n\nWait for events on the epoll file descriptor.\n\n  timeout\n    the maximum time to wait in seconds (as float);\n    a timeout of None or -1 makes poll wait indefinitely\n  maxevents\n    the maximum number of events returned; -1 means no limit\n\nReturns a list containing any descriptors that have events to report,\nas a list of (fd, events) 2-tuples."),
        MethodDef::new("__enter__", epoll_enter, "__enter__($self, /)\n--\n\n"),
        MethodDef::new("__exit__", epoll_exit, "__exit__($self, exc_type=None, exc_value=None, exc_tb=None, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::getter("closed", |v| Ok(pybool::py_bool(this_epoll(v).epfd.get() < 0)))
            .with_doc("True if the epoll handler is closed"),
    ],
    ..TypeSpec::DEFAULT
});

/// The module's integer constants (Linux values).
const CONSTANTS: &[(&str, i64)] = &[
    ("PIPE_BUF", libc::PIPE_BUF as i64),
    ("POLLIN", libc::POLLIN as i64),
    ("POLLPRI", libc::POLLPRI as i64),
    ("POLLOUT", libc::POLLOUT as i64),
    ("POLLERR", libc::POLLERR as i64),
    ("POLLHUP", libc::POLLHUP as i64),
    ("POLLNVAL", libc::POLLNVAL as i64),
    ("POLLRDNORM", libc::POLLRDNORM as i64),
    ("POLLRDBAND", libc::POLLRDBAND as i64),
    ("POLLWRNORM", libc::POLLWRNORM as i64),
    ("POLLWRBAND", libc::POLLWRBAND as i64),
    ("POLLMSG", 0x400),
    ("POLLRDHUP", libc::POLLRDHUP as i64),
    ("EPOLLIN", libc::EPOLLIN as i64),
    ("EPOLLOUT", libc::EPOLLOUT as i64),
    ("EPOLLPRI", libc::EPOLLPRI as i64),
    ("EPOLLERR", libc::EPOLLERR as i64),
    ("EPOLLHUP", libc::EPOLLHUP as i64),
    ("EPOLLET", libc::EPOLLET as u32 as i64),
    ("EPOLLONESHOT", libc::EPOLLONESHOT as i64),
    ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE as i64),
    ("EPOLLRDHUP", libc::EPOLLRDHUP as i64),
    ("EPOLLRDNORM", libc::EPOLLRDNORM as i64),
    ("EPOLLRDBAND", libc::EPOLLRDBAND as i64),
    ("EPOLLWRNORM", libc::EPOLLWRNORM as i64),
    ("EPOLLWRBAND", libc::EPOLLWRBAND as i64),
    ("EPOLLMSG", libc::EPOLLMSG as i64),
    ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC as i64),
];

fn init(m: &Value) -> PyResult<()> {
    let module = m.downcast::<Module>().expect("module");
    // `poll()` makes poll objects; the type is no module attribute.
    ouro_objects::typeobj::ready(&POLL_TYPE);
    for &(name, value) in CONSTANTS {
        module.set(name, int::from_i64(value));
    }
    module.set(
        "error",
        TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
    );
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "select",
    doc: "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.",
    functions: &[
        MethodDef::new(
            "select",
            select,
            "select($module, rlist, wlist, xlist, timeout=None, /)\n--\n\nWait until one or more file descriptors are ready for some kind of I/O.\n\nThe first three arguments are iterables of file descriptors to be waited for:\nrlist -- wait until ready for reading\nwlist -- wait until ready for writing\nxlist -- wait for an \"exceptional condition\"\nIf only one kind of condition is required, pass [] for the other lists.\n\nA file descriptor is either a socket or file object, or a small integer\ngotten from a fileno() method call on one of those.\n\nThe optional 4th argument specifies a timeout in seconds; it may be\na floating-point number to specify fractions of seconds.  If it is absent\nor None, the call will never time out.\n\nThe return value is a tuple of three lists corresponding to the first three\narguments; each contains the subset of the corresponding file descriptors\nthat are ready.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file\ndescriptors can be used.",
        ),
        MethodDef::new(
            "poll",
            poll,
            "poll($module, /)\n--\n\nReturns a polling object.\n\nThis object supports registering and unregistering file descriptors, and then\npolling them for I/O events.",
        ),
    ],
    types: || vec![&EPOLL_TYPE],
    init,
};
