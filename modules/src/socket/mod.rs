//! `_socket`: BSD sockets (the `socket` type, address resolution, byte-order and address-text helpers); mirrors Modules/socketmodule.c.
//!
//! A socket with a timeout keeps its descriptor non-blocking and waits with
//! `poll` before each call, as CPython's `sock_call` does; `timeout=None`
//! leaves the descriptor blocking.

mod consts;
mod sys;
#[cfg(test)]
mod tests;

use std::cell::{Cell, RefCell};
use std::ffi::CString;
use std::io;

use ouro_eval::io::iobase::{buffer_len, copy_into};
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bytes::{self, bytes_from_object};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TYPE_TYPE, flags};
use ouro_objects::{
    TypeRef, Value, bool as pybool, builtin_type, exceptions, float, int, protocol,
};

use sys::{GaiError, SockAddr};

ouro_objects::gil_shared! {
    /// `socket.herror` and `socket.gaierror`, made when the module is created.
    static ERRORS: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
    /// `setdefaulttimeout`'s value for new sockets.
    static DEFAULT_TIMEOUT: Cell<Option<f64>> = const { Cell::new(None) };
}

fn os_error(e: &io::Error) -> PyErr {
    crate::posix::os_error(e)
}

fn gai_error(e: GaiError) -> PyErr {
    match e {
        GaiError::Os(e) => os_error(&e),
        GaiError::Code(code) => {
            let cls = ERRORS.with(|e| e.borrow().as_ref().map(|(_, g)| g.clone()));
            let Some(cls) = cls else {
                return PyErr::new(&exceptions::OS_ERROR, sys::gai_strerror(code));
            };
            match protocol::call(
                &cls,
                &[
                    int::from_i64(i64::from(code)),
                    PyStr::new(&sys::gai_strerror(code)),
                ],
                None,
            ) {
                Ok(e) => PyErr::from_instance(e),
                Err(e) => e,
            }
        }
    }
}

fn timed_out() -> PyErr {
    PyErr::new(&exceptions::TIMEOUT_ERROR, "timed out")
}

/// `_socket.socket`.
pub struct Socket {
    fd: Cell<i64>,
    family: Cell<i32>,
    ty: Cell<i32>,
    proto: Cell<i32>,
    /// Seconds; None blocks.
    timeout: Cell<Option<f64>>,
}

fn this(v: &Value) -> &Socket {
    v.downcast::<Socket>().expect("socket method")
}

impl Socket {
    fn fd(&self) -> i32 {
        i32::try_from(self.fd.get()).unwrap_or(-1)
    }

    /// Runs `call`, first waiting for `events` (POLLIN/POLLOUT) when the socket has a timeout.
    fn io<T>(&self, events: i16, mut call: impl FnMut() -> io::Result<T>) -> PyResult<T> {
        loop {
            if let Some(t) = self.timeout.get().filter(|t| *t > 0.0) {
                let ms = (t * 1000.0).ceil().min(f64::from(i32::MAX)) as i32;
                match sys::poll(self.fd(), events, ms) {
                    Ok(true) => {}
                    Ok(false) => return Err(timed_out()),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(os_error(&e)),
                }
            }
            match call() {
                Ok(r) => return Ok(r),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e)
                    if e.kind() == io::ErrorKind::WouldBlock
                        && self.timeout.get().is_some_and(|t| t > 0.0) =>
                {
                    continue;
                }
                Err(e) => return Err(os_error(&e)),
            }
        }
    }

    fn set_timeout(&self, timeout: Option<f64>) -> PyResult<()> {
        self.timeout.set(timeout);
        if self.fd() >= 0 {
            sys::set_nonblocking(self.fd(), timeout.is_some()).map_err(|e| os_error(&e))?;
        }
        Ok(())
    }
}

fn socket_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        Socket {
            fd: Cell::new(-1),
            family: Cell::new(libc::AF_INET),
            ty: Cell::new(libc::SOCK_STREAM),
            proto: Cell::new(0),
            timeout: Cell::new(None),
        },
    ))
}

fn int_or(v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) if is_none(v) => Ok(default),
        Some(v) => {
            let i = protocol::index(v)?;
            int::to_i64(&i).ok_or_else(|| {
                PyErr::new(
                    &exceptions::OVERFLOW_ERROR,
                    "Python int too large to convert to C long",
                )
            })
        }
    }
}

fn c_int(v: Option<&Value>, default: i32) -> PyResult<i32> {
    i32::try_from(int_or(v, i64::from(default))?).map_err(|_| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "signed integer is greater than maximum",
        )
    })
}

fn sockopt_int(fd: i32, name: i32) -> io::Result<i32> {
    let b = sys::getsockopt(fd, libc::SOL_SOCKET, name, 4)?;
    Ok(i32::from_ne_bytes(b.try_into().unwrap_or([0; 4])))
}

fn socket_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [family, ty, proto, fileno] =
        Args::new(args, kwnames).parse("socket", ["family", "type", "proto", "fileno"], 0, 0, 4)?;
    let s = this(v);
    let mut family = c_int(family.as_ref(), -1)?;
    let mut sock_type = c_int(ty.as_ref(), -1)?;
    let mut proto = c_int(proto.as_ref(), -1)?;
    let fd = match fileno.as_ref().filter(|f| !is_none(f)) {
        Some(f) => {
            if float::as_f64(f).is_some() && !int::is_int(f) {
                return Err(type_error(
                    "'float' object cannot be interpreted as an integer",
                ));
            }
            let fd = int_or(Some(f), -1)?;
            if fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            let fd = i32::try_from(fd).map_err(|_| {
                PyErr::new(&exceptions::OVERFLOW_ERROR, "file descriptor out of range")
            })?;
            if family == -1 {
                family = sockopt_int(fd, libc::SO_DOMAIN).map_err(|e| os_error(&e))?;
            }
            if sock_type == -1 {
                sock_type = sockopt_int(fd, libc::SO_TYPE).map_err(|e| os_error(&e))?;
            }
            if proto == -1 {
                proto = sockopt_int(fd, libc::SO_PROTOCOL).map_err(|e| os_error(&e))?;
            }
            fd
        }
        None => {
            if family == -1 {
                family = libc::AF_INET;
            }
            if sock_type == -1 {
                sock_type = libc::SOCK_STREAM;
            }
            if proto == -1 {
                proto = 0;
            }
            sys::socket(family, sock_type, proto).map_err(|e| os_error(&e))?
        }
    };
    s.fd.set(i64::from(fd));
    s.family.set(family);
    s.ty.set(sock_type & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC));
    s.proto.set(proto);
    let timeout = if sock_type & libc::SOCK_NONBLOCK != 0 {
        Some(0.0)
    } else {
        DEFAULT_TIMEOUT.with(Cell::get)
    };
    s.set_timeout(timeout)
}

/// The Python form of an address: `(host, port)`, `(host, port, flowinfo, scope_id)` or a path.
fn addr_value(addr: &SockAddr) -> PyResult {
    Ok(match addr {
        SockAddr::V4(ip, port) => Tuple::new(vec![
            PyStr::new(&std::net::Ipv4Addr::from(*ip).to_string()),
            int::from_i64(i64::from(*port)),
        ]),
        SockAddr::V6(ip, port, flow, scope) => Tuple::new(vec![
            PyStr::new(&sys::inet_ntop(libc::AF_INET6, ip).map_err(|e| os_error(&e))?),
            int::from_i64(i64::from(*port)),
            int::from_i64(i64::from(*flow)),
            int::from_i64(i64::from(*scope)),
        ]),
        SockAddr::Unix(path) if path.first() == Some(&0) => bytes::new(path.clone()),
        SockAddr::Unix(path) => crate::posix::fsdecode(path),
        SockAddr::Other(family) => Tuple::new(vec![
            int::from_i64(i64::from(*family)),
            bytes::new(Vec::new()),
        ]),
    })
}

fn host_text(v: &Value) -> PyResult<String> {
    if let Some(s) = v.downcast::<PyStr>() {
        return s
            .to_str()
            .ok_or_else(|| value_error("surrogates not allowed"));
    }
    if v.downcast::<ouro_objects::bytes::Bytes>().is_some()
        || v.downcast::<ouro_objects::bytearray::ByteArray>().is_some()
    {
        return Ok(String::from_utf8_lossy(&bytes_from_object(v)?).into_owned());
    }
    Err(type_error(format!(
        "str, bytes or bytearray expected, not {}",
        protocol::type_name(v)
    )))
}

/// Resolves a host name for `family` (numeric first, then getaddrinfo), as `setipaddr` does.
fn resolve(host: &str, family: i32) -> PyResult<SockAddr> {
    if host.is_empty() {
        return Ok(if family == libc::AF_INET6 {
            SockAddr::V6([0; 16], 0, 0, 0)
        } else {
            SockAddr::V4([0; 4], 0)
        });
    }
    if host == "<broadcast>" || host == "255.255.255.255" {
        return Ok(SockAddr::V4([255; 4], 0));
    }
    let c = CString::new(host).map_err(|_| value_error("embedded null character"))?;
    if family == libc::AF_INET
        && let Some(b) = sys::inet_pton(libc::AF_INET, &c)
    {
        return Ok(SockAddr::V4(b.try_into().unwrap_or([0; 4]), 0));
    }
    let found =
        sys::getaddrinfo(Some(&c), None, [family, libc::SOCK_DGRAM, 0, 0]).map_err(gai_error)?;
    found
        .into_iter()
        .map(|a| a.4)
        .next()
        .ok_or_else(|| PyErr::new(&exceptions::OS_ERROR, "address family mismatched"))
}

fn port_of(v: &Value, caller: &str) -> PyResult<u16> {
    let p = int_or(Some(v), 0)?;
    u16::try_from(p).map_err(|_| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            format!("{caller}(): port must be 0-65535."),
        )
    })
}

/// Parses an address argument for a socket of `family` (`getsockaddrarg`).
fn parse_addr(family: i32, v: &Value, caller: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_UNIX => {
            let path = if let Some(s) = v.downcast::<PyStr>() {
                s.to_wtf8().to_vec()
            } else {
                match bytes_from_object(v) {
                    Ok(b) => b,
                    Err(_) => {
                        let p = protocol::call_method(
                            &protocol::import_module("os")?,
                            "fsencode",
                            std::slice::from_ref(v),
                        )
                        .map_err(|_| {
                            type_error(format!(
                                "{caller}(): AF_UNIX address must be str or bytes, not {}",
                                protocol::type_name(v)
                            ))
                        })?;
                        bytes_from_object(&p)?
                    }
                }
            };
            if path.len() >= 108 {
                return Err(PyErr::new(&exceptions::OS_ERROR, "AF_UNIX path too long"));
            }
            Ok(SockAddr::Unix(path))
        }
        libc::AF_INET | libc::AF_INET6 => {
            let Some(t) = v.downcast::<Tuple>() else {
                let fam = if family == libc::AF_INET {
                    "AF_INET"
                } else {
                    "AF_INET6"
                };
                return Err(type_error(format!(
                    "{caller}(): {fam} address must be tuple, not {}",
                    protocol::type_name(v)
                )));
            };
            let items = t.as_slice();
            let ok_len = if family == libc::AF_INET {
                items.len() == 2
            } else {
                (2..=4).contains(&items.len())
            };
            if !ok_len {
                return Err(type_error(if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)"
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                }));
            }
            let host = host_text(&items[0])?;
            let port = port_of(&items[1], caller)?;
            match resolve(&host, family)? {
                SockAddr::V4(ip, _) => Ok(SockAddr::V4(ip, port)),
                SockAddr::V6(ip, _, _, scope) => {
                    let flow = match items.get(2) {
                        Some(f) => u32::try_from(int_or(Some(f), 0)?).map_err(|_| {
                            PyErr::new(
                                &exceptions::OVERFLOW_ERROR,
                                format!("{caller}(): flowinfo must be 0-1048575."),
                            )
                        })?,
                        None => 0,
                    };
                    let scope = match items.get(3) {
                        Some(s) => u32::try_from(int_or(Some(s), 0)?).map_err(|_| {
                            PyErr::new(&exceptions::OVERFLOW_ERROR, "scope_id out of range")
                        })?,
                        None => scope,
                    };
                    Ok(SockAddr::V6(ip, port, flow, scope))
                }
                other => Ok(other),
            }
        }
        _ => Err(PyErr::new(
            &exceptions::OS_ERROR,
            format!("{caller}(): bad family"),
        )),
    }
}

fn socket_bind(v: &Value, args: Args) -> PyResult {
    let s = this(v);
    let addr = parse_addr(s.family.get(), args.one("bind")?, "bind")?;
    sys::bind(s.fd(), &addr).map_err(|e| os_error(&e))?;
    Ok(none())
}

fn socket_listen(v: &Value, args: Args) -> PyResult {
    let a = args.range("listen", "listen", 0, 1)?;
    let backlog = match a.first() {
        Some(b) => c_int(Some(b), 0)?.max(0),
        None => libc::SOMAXCONN.min(128),
    };
    sys::listen(this(v).fd(), backlog).map_err(|e| os_error(&e))?;
    Ok(none())
}

fn socket_accept(v: &Value, args: Args) -> PyResult {
    args.none("_accept")?;
    let s = this(v);
    let (fd, addr) = s.io(libc::POLLIN, || sys::accept(s.fd()))?;
    Ok(Tuple::new(vec![
        int::from_i64(i64::from(fd)),
        addr_value(&addr)?,
    ]))
}

/// connect, waiting for a non-blocking connection to finish when there is a timeout; the errno on failure.
fn do_connect(s: &Socket, addr: &SockAddr) -> PyResult<Result<(), io::Error>> {
    match sys::connect(s.fd(), addr) {
        Ok(()) => Ok(Ok(())),
        Err(e)
            if e.raw_os_error() == Some(libc::EINPROGRESS)
                && s.timeout.get().is_some_and(|t| t > 0.0) =>
        {
            let t = s.timeout.get().unwrap_or(0.0);
            let ms = (t * 1000.0).ceil().min(f64::from(i32::MAX)) as i32;
            if !sys::poll(s.fd(), libc::POLLOUT, ms).map_err(|e| os_error(&e))? {
                return Err(timed_out());
            }
            let err = sockopt_int(s.fd(), libc::SO_ERROR).map_err(|e| os_error(&e))?;
            Ok(if err == 0 {
                Ok(())
            } else {
                Err(io::Error::from_raw_os_error(err))
            })
        }
        Err(e) => Ok(Err(e)),
    }
}

fn socket_connect(v: &Value, args: Args) -> PyResult {
    let s = this(v);
    let addr = parse_addr(s.family.get(), args.one("connect")?, "connect")?;
    do_connect(s, &addr)?.map_err(|e| os_error(&e))?;
    Ok(none())
}

fn socket_connect_ex(v: &Value, args: Args) -> PyResult {
    let s = this(v);
    let addr = parse_addr(s.family.get(), args.one("connect_ex")?, "connect_ex")?;
    let code = match do_connect(s, &addr)? {
        Ok(()) => 0,
        Err(e) => e.raw_os_error().unwrap_or(libc::EIO),
    };
    Ok(int::from_i64(i64::from(code)))
}

fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if v.downcast::<PyStr>().is_some() {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(v)
        )));
    }
    bytes_from_object(v)
}

fn socket_send(v: &Value, args: Args) -> PyResult {
    let a = args.range("send", "send", 1, 2)?;
    let data = data_arg(&a[0])?;
    let flags = c_int(a.get(1), 0)?;
    let s = this(v);
    let n = s.io(libc::POLLOUT, || {
        sys::send(s.fd(), &data, flags | libc::MSG_NOSIGNAL, None)
    })?;
    Ok(int::from_usize(n))
}

fn socket_sendall(v: &Value, args: Args) -> PyResult {
    let a = args.range("sendall", "sendall", 1, 2)?;
    let data = data_arg(&a[0])?;
    let flags = c_int(a.get(1), 0)?;
    let s = this(v);
    let mut sent = 0;
    while sent < data.len() {
        sent += s.io(libc::POLLOUT, || {
            sys::send(s.fd(), &data[sent..], flags | libc::MSG_NOSIGNAL, None)
        })?;
    }
    Ok(none())
}

fn socket_sendto(v: &Value, args: Args) -> PyResult {
    let a = args.range("sendto", "sendto", 2, 3)?;
    let data = data_arg(&a[0])?;
    let (flags, addr) = if a.len() == 3 {
        (c_int(Some(&a[1]), 0)?, &a[2])
    } else {
        (0, &a[1])
    };
    let s = this(v);
    let addr = parse_addr(s.family.get(), addr, "sendto")?;
    let n = s.io(libc::POLLOUT, || {
        sys::send(s.fd(), &data, flags | libc::MSG_NOSIGNAL, Some(&addr))
    })?;
    Ok(int::from_usize(n))
}

fn size_arg(v: Option<&Value>, caller: &str, default: i64) -> PyResult<usize> {
    let n = int_or(v, default)?;
    usize::try_from(n).map_err(|_| value_error(format!("negative buffersize in {caller}")))
}

fn recv_bytes(s: &Socket, n: usize, flags: i32) -> PyResult<(Vec<u8>, Option<SockAddr>)> {
    let mut buf = vec![0u8; n];
    let (got, addr) = s.io(libc::POLLIN, || sys::recv(s.fd(), &mut buf, flags))?;
    buf.truncate(got);
    Ok((buf, addr))
}

fn socket_recv(v: &Value, args: Args) -> PyResult {
    let a = args.range("recv", "recv", 1, 2)?;
    let n = size_arg(a.first(), "recv", 0)?;
    let (data, _) = recv_bytes(this(v), n, c_int(a.get(1), 0)?)?;
    Ok(bytes::new(data))
}

fn socket_recvfrom(v: &Value, args: Args) -> PyResult {
    let a = args.range("recvfrom", "recvfrom", 1, 2)?;
    let n = size_arg(a.first(), "recvfrom", 0)?;
    let (data, addr) = recv_bytes(this(v), n, c_int(a.get(1), 0)?)?;
    Ok(Tuple::new(vec![
        bytes::new(data),
        addr.map_or_else(|| Ok(none()), |a| addr_value(&a))?,
    ]))
}

/// recv_into / recvfrom_into: `(count, address)`.
fn recv_into(v: &Value, args: &Args, caller: &str) -> PyResult<(usize, Option<SockAddr>)> {
    let [buffer, nbytes, flags] = args.parse(caller, ["buffer", "nbytes", "flags"], 0, 1, 3)?;
    let buffer = buffer.expect("required");
    let room = buffer_len(&buffer)?;
    let n = size_arg(nbytes.as_ref(), caller, 0)?;
    if n > room {
        return Err(value_error("buffer too small for requested bytes"));
    }
    let n = if n == 0 { room } else { n };
    let (data, addr) = recv_bytes(this(v), n, c_int(flags.as_ref(), 0)?)?;
    copy_into(&buffer, &data)?;
    Ok((data.len(), addr))
}

fn socket_recv_into(v: &Value, args: Args) -> PyResult {
    Ok(int::from_usize(recv_into(v, &args, "recv_into")?.0))
}

fn socket_recvfrom_into(v: &Value, args: Args) -> PyResult {
    let (n, addr) = recv_into(v, &args, "recvfrom_into")?;
    Ok(Tuple::new(vec![
        int::from_usize(n),
        addr.map_or_else(|| Ok(none()), |a| addr_value(&a))?,
    ]))
}

fn socket_shutdown(v: &Value, args: Args) -> PyResult {
    let how = c_int(Some(args.one("shutdown")?), 0)?;
    sys::shutdown(this(v).fd(), how).map_err(|e| os_error(&e))?;
    Ok(none())
}

fn socket_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    let s = this(v);
    let fd = s.fd.replace(-1);
    // ECONNRESET on close is not an error worth reporting, as in CPython.
    if fd >= 0
        && let Err(e) = sys::close(fd as i32)
        && e.raw_os_error() != Some(libc::ECONNRESET)
    {
        return Err(os_error(&e));
    }
    Ok(none())
}

fn socket_detach(v: &Value, args: Args) -> PyResult {
    args.none("detach")?;
    Ok(int::from_i64(this(v).fd.replace(-1)))
}

fn socket_fileno(v: &Value, args: Args) -> PyResult {
    args.none("fileno")?;
    Ok(int::from_i64(this(v).fd.get()))
}

fn socket_getsockname(v: &Value, args: Args) -> PyResult {
    args.none("getsockname")?;
    addr_value(&sys::name(this(v).fd(), false).map_err(|e| os_error(&e))?)
}

fn socket_getpeername(v: &Value, args: Args) -> PyResult {
    args.none("getpeername")?;
    addr_value(&sys::name(this(v).fd(), true).map_err(|e| os_error(&e))?)
}

fn socket_setsockopt(v: &Value, args: Args) -> PyResult {
    let a = args.range("setsockopt", "setsockopt", 3, 4)?;
    let level = c_int(Some(&a[0]), 0)?;
    let name = c_int(Some(&a[1]), 0)?;
    let value = if a.len() == 4 {
        if !is_none(&a[2]) {
            return Err(type_error(
                "setsockopt() takes 3 arguments when optval is not None",
            ));
        }
        vec![0u8; usize::try_from(int_or(Some(&a[3]), 0)?).unwrap_or(0)]
    } else if int::is_int(&a[2]) {
        c_int(Some(&a[2]), 0)?.to_ne_bytes().to_vec()
    } else {
        data_arg(&a[2])?
    };
    sys::setsockopt(this(v).fd(), level, name, &value).map_err(|e| os_error(&e))?;
    Ok(none())
}

fn socket_getsockopt(v: &Value, args: Args) -> PyResult {
    let a = args.range("getsockopt", "getsockopt", 2, 3)?;
    let level = c_int(Some(&a[0]), 0)?;
    let name = c_int(Some(&a[1]), 0)?;
    let fd = this(v).fd();
    match a.get(2) {
        None => {
            let b = sys::getsockopt(fd, level, name, 4).map_err(|e| os_error(&e))?;
            let mut w = [0u8; 4];
            w[..b.len().min(4)].copy_from_slice(&b[..b.len().min(4)]);
            Ok(int::from_i64(i64::from(i32::from_ne_bytes(w))))
        }
        Some(n) => {
            let n = int_or(Some(n), 0)?;
            if !(1..=1024).contains(&n) {
                return Err(PyErr::new(
                    &exceptions::OS_ERROR,
                    "getsockopt buflen out of range",
                ));
            }
            Ok(bytes::new(
                sys::getsockopt(fd, level, name, n as usize).map_err(|e| os_error(&e))?,
            ))
        }
    }
}

/// A timeout argument: None, or non-negative seconds.
fn timeout_arg(v: &Value) -> PyResult<Option<f64>> {
    if is_none(v) {
        return Ok(None);
    }
    let t = float::float_of(v)?;
    if t < 0.0 {
        return Err(value_error("Timeout value out of range"));
    }
    Ok(Some(t))
}

fn timeout_value(t: Option<f64>) -> Value {
    t.map_or_else(none, float::new)
}

fn socket_settimeout(v: &Value, args: Args) -> PyResult {
    let t = timeout_arg(args.one("settimeout")?)?;
    this(v).set_timeout(t)?;
    Ok(none())
}

fn socket_gettimeout(v: &Value, args: Args) -> PyResult {
    args.none("gettimeout")?;
    Ok(timeout_value(this(v).timeout.get()))
}

fn socket_setblocking(v: &Value, args: Args) -> PyResult {
    let blocking = protocol::is_true(args.one("setblocking")?)?;
    this(v).set_timeout(if blocking { None } else { Some(0.0) })?;
    Ok(none())
}

fn socket_getblocking(v: &Value, args: Args) -> PyResult {
    args.none("getblocking")?;
    Ok(pybool::py_bool(this(v).timeout.get() != Some(0.0)))
}

fn socket_repr(v: &Value) -> PyResult {
    let s = this(v);
    Ok(PyStr::new(&format!(
        "<socket object, fd={}, family={}, type={}, proto={}>",
        s.fd.get(),
        s.family.get(),
        s.ty.get(),
        s.proto.get()
    )))
}

fn socket_finalize(v: &Value) {
    let s = this(v);
    let fd = s.fd.replace(-1);
    if fd >= 0 {
        let _ = sys::close(fd as i32);
    }
}

builtin_type!(pub static SOCKET_TYPE: Socket = TypeSpec {
    name: "_socket.socket",
    doc: Some("socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type."),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(socket_new),
        init: Some(socket_init),
        repr: Some(socket_repr),
        finalize: Some(socket_finalize),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("_accept", socket_accept, "_accept() -> (integer, address info)\n\nWait for an incoming connection."),
        MethodDef::new("bind", socket_bind, "bind(address)\n\nBind the socket to a local address."),
        MethodDef::new("close", socket_close, "close($self, /)\n--\n\nClose the socket."),
        MethodDef::new("connect", socket_connect, "connect(address)\n\nConnect the socket to a remote address."),
        MethodDef::new("connect_ex", socket_connect_ex, "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code instead of raising."),
        MethodDef::new("detach", socket_detach, "detach()\n\nClose the socket object without closing the underlying file descriptor."),
        MethodDef::new("fileno", socket_fileno, "fileno() -> integer\n\nReturn the integer file descriptor of the socket."),
        MethodDef::new("getpeername", socket_getpeername, "getpeername() -> address info\n\nReturn the address of the remote endpoint."),
        MethodDef::new("getsockname", socket_getsockname, "getsockname() -> address info\n\nReturn the address of the local endpoint."),
        MethodDef::new("getsockopt", socket_getsockopt, "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option."),
        MethodDef::new("getblocking", socket_getblocking, "getblocking()\n\nReturns True if socket is in blocking mode."),
        MethodDef::new("gettimeout", socket_gettimeout, "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated with socket operations."),
        MethodDef::new("listen", socket_listen, "listen([backlog])\n\nEnable a server to accept connections."),
        MethodDef::new("recv", socket_recv, "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket."),
        MethodDef::new("recv_into", socket_recv_into, "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of recv() that stores its data into a buffer rather than creating a new string."),
        MethodDef::new("recvfrom", socket_recvfrom, "recvfrom(buffersize[, flags]) -> (data, address info)\n\nLike recv(buffersize, flags) but also return the sender's address info."),
        MethodDef::new("recvfrom_into", socket_recvfrom_into, "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\nLike recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."),
        MethodDef::new("send", socket_send, "send(data[, flags]) -> count\n\nSend a data string to the socket."),
        MethodDef::new("sendall", socket_sendall, "sendall(data[, flags])\n\nSend a data string to the socket."),
        MethodDef::new("sendto", socket_sendto, "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but allows specifying the destination address."),
        MethodDef::new("setblocking", socket_setblocking, "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false)."),
        MethodDef::new("settimeout", socket_settimeout, "settimeout(timeout)\n\nSet a timeout on socket operations."),
        MethodDef::new("setsockopt", socket_setsockopt, "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\nsetsockopt(level, option, None, optlen: int)\n\nSet a socket option."),
        MethodDef::new("shutdown", socket_shutdown, "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side\nof the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)."),
    ],
    getsets: &[
        GetSetDef::getter("family", |v| Ok(int::from_i64(i64::from(this(v).family.get())))),
        GetSetDef::getter("type", |v| Ok(int::from_i64(i64::from(this(v).ty.get())))),
        GetSetDef::getter("proto", |v| Ok(int::from_i64(i64::from(this(v).proto.get())))),
        GetSetDef::getter("timeout", |v| Ok(timeout_value(this(v).timeout.get()))),
    ],
    ..TypeSpec::DEFAULT
});

fn m_socketpair(_m: &Value, args: Args) -> PyResult {
    let a = args.range("socketpair", "socketpair", 0, 3)?;
    let family = c_int(a.first(), libc::AF_UNIX)?;
    let ty = c_int(a.get(1), libc::SOCK_STREAM)?;
    let proto = c_int(a.get(2), 0)?;
    let (x, y) = sys::socketpair(family, ty, proto).map_err(|e| os_error(&e))?;
    let wrap = |fd: i32| {
        let v = socket_new(&TypeRef::from_static(&SOCKET_TYPE), &[], None)?;
        let s = this(&v);
        s.fd.set(i64::from(fd));
        s.family.set(family);
        s.ty.set(ty & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC));
        s.proto.set(proto);
        s.set_timeout(DEFAULT_TIMEOUT.with(Cell::get))?;
        Ok::<_, PyErr>(v)
    };
    Ok(Tuple::new(vec![wrap(x)?, wrap(y)?]))
}

fn cstring_arg(v: &Value, what: &str) -> PyResult<Option<CString>> {
    if is_none(v) {
        return Ok(None);
    }
    let text = if let Some(s) = v.downcast::<PyStr>() {
        s.to_str()
            .ok_or_else(|| value_error("surrogates not allowed"))?
            .into_bytes()
    } else if v.downcast::<ouro_objects::bytes::Bytes>().is_some() {
        bytes_from_object(v)?
    } else if int::is_int(v) && what == "port" {
        int_or(Some(v), 0)?.to_string().into_bytes()
    } else if what == "port" {
        return Err(PyErr::new(&exceptions::OS_ERROR, "Int or String expected"));
    } else {
        return Err(type_error(
            "getaddrinfo() argument 1 must be string or None",
        ));
    };
    CString::new(text)
        .map(Some)
        .map_err(|_| value_error("embedded null character"))
}

fn m_getaddrinfo(_m: &Value, args: Args) -> PyResult {
    let [host, port, family, ty, proto, flags] = args.parse(
        "getaddrinfo",
        ["host", "port", "family", "type", "proto", "flags"],
        0,
        2,
        6,
    )?;
    let host = cstring_arg(host.as_ref().expect("required"), "host")?;
    let port = cstring_arg(port.as_ref().expect("required"), "port")?;
    let hints = [
        c_int(family.as_ref(), 0)?,
        c_int(ty.as_ref(), 0)?,
        c_int(proto.as_ref(), 0)?,
        c_int(flags.as_ref(), 0)?,
    ];
    let found = sys::getaddrinfo(host.as_ref(), port.as_ref(), hints).map_err(gai_error)?;
    let items = found
        .iter()
        .map(|(f, t, p, canon, addr)| {
            Ok(Tuple::new(vec![
                int::from_i64(i64::from(*f)),
                int::from_i64(i64::from(*t)),
                int::from_i64(i64::from(*p)),
                PyStr::new(canon),
                addr_value(addr)?,
            ]))
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(ouro_objects::list::List::from_vec(items))
}

fn m_getnameinfo(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getnameinfo", "getnameinfo", 2, 2)?;
    let Some(t) = a[0].downcast::<Tuple>() else {
        return Err(type_error("getnameinfo() argument 1 must be a tuple"));
    };
    let flags = c_int(Some(&a[1]), 0)?;
    let items = t.as_slice();
    if !(2..=4).contains(&items.len()) {
        return Err(type_error("getnameinfo(): illegal sockaddr argument"));
    }
    let host = host_text(&items[0])?;
    let port = port_of(&items[1], "getnameinfo")?;
    let c = CString::new(host).map_err(|_| value_error("embedded null character"))?;
    let found = sys::getaddrinfo(
        Some(&c),
        None,
        [0, libc::SOCK_DGRAM, 0, libc::AI_NUMERICHOST],
    )
    .map_err(gai_error)?;
    let Some(addr) = found.into_iter().map(|a| a.4).next() else {
        return Err(PyErr::new(
            &exceptions::OS_ERROR,
            "sockaddr resolved to multiple addresses",
        ));
    };
    let addr = match addr {
        SockAddr::V4(ip, _) => SockAddr::V4(ip, port),
        SockAddr::V6(ip, _, _, scope) => SockAddr::V6(
            ip,
            port,
            u32::try_from(int_or(items.get(2), 0)?).unwrap_or(0),
            u32::try_from(int_or(items.get(3), i64::from(scope))?).unwrap_or(0),
        ),
        other => other,
    };
    let (h, s) = sys::getnameinfo(&addr, flags).map_err(gai_error)?;
    Ok(Tuple::new(vec![PyStr::new(&h), PyStr::new(&s)]))
}

fn m_gethostname(_m: &Value, args: Args) -> PyResult {
    args.none("gethostname")?;
    Ok(crate::posix::fsdecode(
        &sys::gethostname().map_err(|e| os_error(&e))?,
    ))
}

fn m_gethostbyname(_m: &Value, args: Args) -> PyResult {
    let a = args.range("gethostbyname", "gethostbyname", 1, 1)?;
    let host = host_text(&a[0])?;
    match resolve(&host, libc::AF_INET)? {
        SockAddr::V4(ip, _) => Ok(PyStr::new(&std::net::Ipv4Addr::from(ip).to_string())),
        _ => Err(PyErr::new(
            &exceptions::OS_ERROR,
            "address family mismatched",
        )),
    }
}

fn text_arg(v: &Value, fname: &str, n: usize) -> PyResult<CString> {
    let Some(s) = v.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "{fname}() argument {n} must be str, not {}",
            protocol::type_name(v)
        )));
    };
    CString::new(s.to_string_lossy()).map_err(|_| value_error("embedded null character"))
}

fn m_inet_aton(_m: &Value, args: Args) -> PyResult {
    let a = args.range("inet_aton", "inet_aton", 1, 1)?;
    let c = text_arg(&a[0], "inet_aton", 1)?;
    let b = sys::inet_aton(&c).ok_or_else(|| {
        PyErr::new(
            &exceptions::OS_ERROR,
            "illegal IP address string passed to inet_aton",
        )
    })?;
    Ok(bytes::new(b.to_vec()))
}

fn m_inet_ntoa(_m: &Value, args: Args) -> PyResult {
    let a = args.range("inet_ntoa", "inet_ntoa", 1, 1)?;
    let b = bytes_from_object(&a[0]).map_err(|_| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(&a[0])
        ))
    })?;
    let ip: [u8; 4] = b.try_into().map_err(|_| {
        PyErr::new(
            &exceptions::OS_ERROR,
            "packed IP wrong length for inet_ntoa",
        )
    })?;
    Ok(PyStr::new(&std::net::Ipv4Addr::from(ip).to_string()))
}

fn m_inet_pton(_m: &Value, args: Args) -> PyResult {
    let a = args.range("inet_pton", "inet_pton", 2, 2)?;
    let family = c_int(Some(&a[0]), 0)?;
    let c = text_arg(&a[1], "inet_pton", 2)?;
    if family != libc::AF_INET && family != libc::AF_INET6 {
        return Err(os_error(&io::Error::from_raw_os_error(libc::EAFNOSUPPORT)));
    }
    let b = sys::inet_pton(family, &c).ok_or_else(|| {
        PyErr::new(
            &exceptions::OS_ERROR,
            "illegal IP address string passed to inet_pton",
        )
    })?;
    Ok(bytes::new(b))
}

fn m_inet_ntop(_m: &Value, args: Args) -> PyResult {
    let a = args.range("inet_ntop", "inet_ntop", 2, 2)?;
    let family = c_int(Some(&a[0]), 0)?;
    let b = bytes_from_object(&a[1]).map_err(|_| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(&a[1])
        ))
    })?;
    let want = match family {
        libc::AF_INET => 4,
        libc::AF_INET6 => 16,
        _ => return Err(value_error(format!("unknown address family {family}"))),
    };
    if b.len() != want {
        return Err(value_error("invalid length of packed IP address string"));
    }
    Ok(PyStr::new(
        &sys::inet_ntop(family, &b).map_err(|e| os_error(&e))?,
    ))
}

/// The unsigned value of an int argument for the byte-order functions.
fn unsigned_arg(v: &Value, bits: u32) -> PyResult<u64> {
    let i = protocol::index(v)?;
    if int::is_negative(&i) {
        return Err(value_error("Cannot convert negative int"));
    }
    let n = int::to_i64(&i)
        .and_then(|n| u64::try_from(n).ok())
        .filter(|n| *n < (1u64 << bits));
    n.ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            format!("Python int too large for C uint{bits}_t"),
        )
    })
}

fn m_htons(_m: &Value, args: Args) -> PyResult {
    let a = args.range("htons", "htons", 1, 1)?;
    Ok(int::from_i64(i64::from(
        (unsigned_arg(&a[0], 16)? as u16).to_be(),
    )))
}

fn m_ntohs(_m: &Value, args: Args) -> PyResult {
    let a = args.range("ntohs", "ntohs", 1, 1)?;
    Ok(int::from_i64(i64::from(u16::from_be(
        unsigned_arg(&a[0], 16)? as u16,
    ))))
}

fn m_htonl(_m: &Value, args: Args) -> PyResult {
    let a = args.range("htonl", "htonl", 1, 1)?;
    Ok(int::from_i64(i64::from(
        (unsigned_arg(&a[0], 32)? as u32).to_be(),
    )))
}

fn m_ntohl(_m: &Value, args: Args) -> PyResult {
    let a = args.range("ntohl", "ntohl", 1, 1)?;
    Ok(int::from_i64(i64::from(u32::from_be(
        unsigned_arg(&a[0], 32)? as u32,
    ))))
}

fn optional_text(v: Option<&Value>, fname: &str, n: usize) -> PyResult<Option<CString>> {
    match v {
        None => Ok(None),
        Some(v) => text_arg(v, fname, n).map(Some),
    }
}

fn m_getservbyname(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getservbyname", "getservbyname", 1, 2)?;
    let name = text_arg(&a[0], "getservbyname", 1)?;
    let proto = optional_text(a.get(1), "getservbyname", 2)?;
    let port = sys::getservbyname(&name, proto.as_deref())
        .ok_or_else(|| PyErr::new(&exceptions::OS_ERROR, "service/proto not found"))?;
    Ok(int::from_i64(i64::from(port)))
}

fn m_getservbyport(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getservbyport", "getservbyport", 1, 2)?;
    let port = u16::try_from(int_or(Some(&a[0]), 0)?).map_err(|_| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "getservbyport: port must be 0-65535.",
        )
    })?;
    let proto = optional_text(a.get(1), "getservbyport", 2)?;
    let name = sys::getservbyport(port, proto.as_deref())
        .ok_or_else(|| PyErr::new(&exceptions::OS_ERROR, "port/proto not found"))?;
    Ok(PyStr::new(&name))
}

fn m_getprotobyname(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getprotobyname", "getprotobyname", 1, 1)?;
    let name = text_arg(&a[0], "getprotobyname", 1)?;
    let proto = sys::getprotobyname(&name)
        .ok_or_else(|| PyErr::new(&exceptions::OS_ERROR, "protocol not found"))?;
    Ok(int::from_i64(i64::from(proto)))
}

fn m_if_nametoindex(_m: &Value, args: Args) -> PyResult {
    let a = args.range("if_nametoindex", "if_nametoindex", 1, 1)?;
    let name = match a[0].downcast::<PyStr>() {
        Some(s) => {
            CString::new(s.to_wtf8().to_vec()).map_err(|_| value_error("embedded null byte"))?
        }
        None => CString::new(bytes_from_object(&a[0])?)
            .map_err(|_| value_error("embedded null byte"))?,
    };
    match sys::if_nametoindex(&name) {
        0 => Err(PyErr::new(
            &exceptions::OS_ERROR,
            "no interface with this name",
        )),
        index => Ok(int::from_i64(i64::from(index))),
    }
}

fn m_if_indextoname(_m: &Value, args: Args) -> PyResult {
    let a = args.range("if_indextoname", "if_indextoname", 1, 1)?;
    let index = u32::try_from(int_or(Some(&a[0]), 0)?)
        .map_err(|_| PyErr::new(&exceptions::OVERFLOW_ERROR, "index is too large"))?;
    Ok(crate::posix::fsdecode(
        &sys::if_indextoname(index).map_err(|e| os_error(&e))?,
    ))
}

fn m_if_nameindex(_m: &Value, args: Args) -> PyResult {
    args.none("if_nameindex")?;
    let items = sys::if_nameindex()
        .map_err(|e| os_error(&e))?
        .into_iter()
        .map(|(i, name)| {
            Tuple::new(vec![
                int::from_i64(i64::from(i)),
                crate::posix::fsdecode(&name),
            ])
        })
        .collect();
    Ok(ouro_objects::list::List::from_vec(items))
}

/// `CMSG_LEN` (`space` false) or `CMSG_SPACE`: Linux's control-message sizes for `n` data bytes (16-byte header, 8-byte alignment).
fn cmsg_size(args: &Args, space: bool) -> PyResult {
    let fname = if space { "CMSG_SPACE" } else { "CMSG_LEN" };
    let n = protocol::index(args.one(fname)?)?;
    let out_of_range = || {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            format!("{fname}() argument out of range"),
        )
    };
    if int::is_negative(&n) {
        return Err(out_of_range());
    }
    let n = int::to_i64(&n).ok_or_else(out_of_range)?;
    let data = if space {
        n.checked_add(7).map(|m| m & !7)
    } else {
        Some(n)
    };
    let total = data
        .and_then(|d| d.checked_add(16))
        .filter(|t| *t <= i64::from(u32::MAX))
        .ok_or_else(out_of_range)?;
    Ok(int::from_i64(total))
}

fn m_cmsg_len(_m: &Value, args: Args) -> PyResult {
    cmsg_size(&args, false)
}

fn m_cmsg_space(_m: &Value, args: Args) -> PyResult {
    cmsg_size(&args, true)
}

fn m_getdefaulttimeout(_m: &Value, args: Args) -> PyResult {
    args.none("getdefaulttimeout")?;
    Ok(timeout_value(DEFAULT_TIMEOUT.with(Cell::get)))
}

fn m_setdefaulttimeout(_m: &Value, args: Args) -> PyResult {
    let t = timeout_arg(args.one("setdefaulttimeout")?)?;
    DEFAULT_TIMEOUT.with(|d| d.set(t));
    Ok(none())
}

fn m_dup(_m: &Value, args: Args) -> PyResult {
    let fd = c_int(Some(args.one("dup")?), 0)?;
    Ok(int::from_i64(i64::from(
        sys::dup(fd).map_err(|e| os_error(&e))?,
    )))
}

fn m_close(_m: &Value, args: Args) -> PyResult {
    let fd = c_int(Some(args.one("close")?), 0)?;
    match sys::close(fd) {
        Err(e) if e.raw_os_error() != Some(libc::ECONNRESET) => Err(os_error(&e)),
        _ => Ok(none()),
    }
}

/// Makes an exception class `name` deriving from `base`, in module `_socket`.
fn new_error(name: &str, base: Value) -> PyResult {
    let ns = Dict::new_value();
    ns.downcast::<Dict>()
        .expect("dict")
        .set_str("__module__", PyStr::new("socket"));
    protocol::call(
        &TypeRef::from_static(&TYPE_TYPE).into_value(),
        &[PyStr::new(name), Tuple::new(vec![base]), ns],
        None,
    )
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let os_error = TypeRef::from_static(&exceptions::OS_ERROR).into_value();
    let herror = new_error("herror", os_error.clone())?;
    let gaierror = new_error("gaierror", os_error.clone())?;
    ERRORS.with(|e| *e.borrow_mut() = Some((herror.clone(), gaierror.clone())));
    m.set("error", os_error);
    m.set("herror", herror);
    m.set("gaierror", gaierror);
    m.set(
        "timeout",
        TypeRef::from_static(&exceptions::TIMEOUT_ERROR).into_value(),
    );
    m.set(
        "SocketType",
        TypeRef::from_static(&SOCKET_TYPE).into_value(),
    );
    m.set("has_ipv6", pybool::py_bool(true));
    for (name, value) in consts::CONSTANTS {
        m.set(name, int::from_i64(*value));
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_socket",
    doc: "Implementation module for socket operations.\n\nSee the socket module for documentation.",
    functions: &[
        MethodDef::new(
            "CMSG_LEN",
            m_cmsg_len,
            "CMSG_LEN(length) -> control message length\n\nReturn the total length, without trailing padding, of an ancillary\ndata item with associated data of the given length.",
        ),
        MethodDef::new(
            "CMSG_SPACE",
            m_cmsg_space,
            "CMSG_SPACE(length) -> buffer size\n\nReturn the buffer size needed for recvmsg() to receive an ancillary\ndata item with associated data of the given length, along with any\ntrailing padding.",
        ),
        MethodDef::new(
            "close",
            m_close,
            "close(integer) -> None\n\nClose an integer socket file descriptor.",
        ),
        MethodDef::new(
            "dup",
            m_dup,
            "dup(integer) -> integer\n\nDuplicate an integer socket file descriptor.",
        ),
        MethodDef::new(
            "getaddrinfo",
            m_getaddrinfo,
            "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)\n\nResolve host and port into addrinfo struct.",
        ),
        MethodDef::new(
            "getdefaulttimeout",
            m_getdefaulttimeout,
            "getdefaulttimeout() -> timeout\n\nReturns the default timeout in seconds (float) for new socket objects.",
        ),
        MethodDef::new(
            "gethostbyname",
            m_gethostbyname,
            "gethostbyname(host) -> address\n\nReturn the IP address (a string of the form '255.255.255.255') for a host.",
        ),
        MethodDef::new(
            "gethostname",
            m_gethostname,
            "gethostname() -> string\n\nReturn the current host name.",
        ),
        MethodDef::new(
            "getnameinfo",
            m_getnameinfo,
            "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr.",
        ),
        MethodDef::new(
            "getprotobyname",
            m_getprotobyname,
            "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol.",
        ),
        MethodDef::new(
            "getservbyname",
            m_getservbyname,
            "getservbyname(servicename[, protocolname]) -> integer\n\nReturn a port number from a service name and protocol name.",
        ),
        MethodDef::new(
            "getservbyport",
            m_getservbyport,
            "getservbyport(port[, protocolname]) -> string\n\nReturn the service name from a port number and protocol name.",
        ),
        MethodDef::new(
            "if_indextoname",
            m_if_indextoname,
            "if_indextoname($module, if_index, /)\n--\n\nReturns the interface name corresponding to the interface index if_index.",
        ),
        MethodDef::new(
            "if_nameindex",
            m_if_nameindex,
            "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples.",
        ),
        MethodDef::new(
            "if_nametoindex",
            m_if_nametoindex,
            "if_nametoindex($module, oname, /)\n--\n\nReturns the interface index corresponding to the interface name if_name.",
        ),
        MethodDef::new(
            "htonl",
            m_htonl,
            "htonl($module, x, /)\n--\n\nConvert a 32-bit unsigned integer from host to network byte order.",
        ),
        MethodDef::new(
            "htons",
            m_htons,
            "htons($module, x, /)\n--\n\nConvert a 16-bit unsigned integer from host to network byte order.",
        ),
        MethodDef::new(
            "inet_aton",
            m_inet_aton,
            "inet_aton($module, ip_addr, /)\n--\n\nConvert an IP address in string format (123.45.67.89) to the 32-bit packed binary format used in low-level network functions.",
        ),
        MethodDef::new(
            "inet_ntoa",
            m_inet_ntoa,
            "inet_ntoa($module, packed_ip, /)\n--\n\nConvert an IP address from 32-bit packed binary format to string format.",
        ),
        MethodDef::new(
            "inet_ntop",
            m_inet_ntop,
            "inet_ntop(af, packed_ip) -> string formatted IP address\n\nConvert a packed IP address of the given family to string format.",
        ),
        MethodDef::new(
            "inet_pton",
            m_inet_pton,
            "inet_pton(af, ip) -> packed IP address string\n\nConvert an IP address from string format to a packed string suitable\nfor use with low-level network functions.",
        ),
        MethodDef::new(
            "ntohl",
            m_ntohl,
            "ntohl($module, x, /)\n--\n\nConvert a 32-bit unsigned integer from network to host byte order.",
        ),
        MethodDef::new(
            "ntohs",
            m_ntohs,
            "ntohs($module, x, /)\n--\n\nConvert a 16-bit unsigned integer from network to host byte order.",
        ),
        MethodDef::new(
            "setdefaulttimeout",
            m_setdefaulttimeout,
            "setdefaulttimeout(timeout)\n\nSet the default timeout in seconds (float) for new socket objects.",
        ),
        MethodDef::new(
            "socketpair",
            m_socketpair,
            "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\nCreate a pair of socket objects from the sockets returned by the platform\nsocketpair() function.",
        ),
    ],
    types: || vec![&SOCKET_TYPE],
    init,
};
