//! The libc calls of `_socket` (socket, connect, send, getaddrinfo, ...), each wrapped safely; errors come back as `io::Error` or a `getaddrinfo` code.

use ouro_objects::core::gil::allow_threads;
use std::ffi::{CStr, CString};
use std::io;
use std::mem::{size_of, zeroed};

/// A socket address, decoded from or encoded into a `sockaddr`.
#[derive(Clone, Debug, PartialEq)]
pub enum SockAddr {
    V4([u8; 4], u16),
    /// Address, port, flow info, scope id.
    V6([u8; 16], u16, u32, u32),
    /// A path; an abstract name starts with a NUL byte.
    Unix(Vec<u8>),
    /// A family this module does not decode.
    Other(i32),
}

fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

fn check_size(r: libc::ssize_t) -> io::Result<usize> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r as usize)
    }
}

/// Encodes `addr` into a `sockaddr_storage` and its length.
fn encode(addr: &SockAddr) -> io::Result<(libc::sockaddr_storage, libc::socklen_t)> {
    // SAFETY: sockaddr_storage is plain data; all-zero bytes are a valid value.
    let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
    let len = match addr {
        SockAddr::V4(ip, port) => {
            // SAFETY: sockaddr_storage is large enough and suitably aligned for every sockaddr type.
            let sin = unsafe { &mut *(&raw mut storage).cast::<libc::sockaddr_in>() };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = port.to_be();
            sin.sin_addr.s_addr = u32::from_ne_bytes(*ip);
            size_of::<libc::sockaddr_in>()
        }
        SockAddr::V6(ip, port, flow, scope) => {
            // SAFETY: as above.
            let sin6 = unsafe { &mut *(&raw mut storage).cast::<libc::sockaddr_in6>() };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = port.to_be();
            sin6.sin6_flowinfo = flow.to_be();
            sin6.sin6_addr.s6_addr = *ip;
            sin6.sin6_scope_id = *scope;
            size_of::<libc::sockaddr_in6>()
        }
        SockAddr::Unix(path) => {
            // SAFETY: as above.
            let sun = unsafe { &mut *(&raw mut storage).cast::<libc::sockaddr_un>() };
            if path.len() >= sun.sun_path.len() {
                return Err(io::Error::from_raw_os_error(libc::ENAMETOOLONG));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(path) {
                *d = *s as libc::c_char;
            }
            let base = size_of::<libc::sa_family_t>();
            // A path name carries its NUL; an abstract name is exactly its bytes.
            base + path.len() + usize::from(path.first().is_some_and(|b| *b != 0))
        }
        SockAddr::Other(_) => return Err(io::Error::from_raw_os_error(libc::EAFNOSUPPORT)),
    };
    Ok((storage, len as libc::socklen_t))
}

/// Decodes the first `len` bytes of `storage`.
fn decode(storage: &libc::sockaddr_storage, len: libc::socklen_t) -> SockAddr {
    let len = len as usize;
    match i32::from(storage.ss_family) {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin =
                unsafe { &*(storage as *const libc::sockaddr_storage).cast::<libc::sockaddr_in>() };
            SockAddr::V4(
                sin.sin_addr.s_addr.to_ne_bytes(),
                u16::from_be(sin.sin_port),
            )
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let sin6 = unsafe {
                &*(storage as *const libc::sockaddr_storage).cast::<libc::sockaddr_in6>()
            };
            SockAddr::V6(
                sin6.sin6_addr.s6_addr,
                u16::from_be(sin6.sin6_port),
                u32::from_be(sin6.sin6_flowinfo),
                sin6.sin6_scope_id,
            )
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let sun =
                unsafe { &*(storage as *const libc::sockaddr_storage).cast::<libc::sockaddr_un>() };
            let n = len
                .saturating_sub(size_of::<libc::sa_family_t>())
                .min(sun.sun_path.len());
            let mut path: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
            if path.first() != Some(&0)
                && let Some(end) = path.iter().position(|b| *b == 0)
            {
                path.truncate(end);
            }
            SockAddr::Unix(path)
        }
        family => SockAddr::Other(family),
    }
}

pub fn socket(family: i32, ty: i32, proto: i32) -> io::Result<i32> {
    // SAFETY: socket(2) takes plain integers.
    check(unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) })
}

pub fn socketpair(family: i32, ty: i32, proto: i32) -> io::Result<(i32, i32)> {
    let mut fds = [0; 2];
    // SAFETY: fds has room for the two descriptors socketpair writes.
    check(unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) })?;
    Ok((fds[0], fds[1]))
}

pub fn bind(fd: i32, addr: &SockAddr) -> io::Result<()> {
    let (storage, len) = encode(addr)?;
    // SAFETY: storage holds a sockaddr of len bytes.
    check(unsafe { libc::bind(fd, (&raw const storage).cast(), len) }).map(drop)
}

pub fn connect(fd: i32, addr: &SockAddr) -> io::Result<()> {
    let (storage, len) = encode(addr)?;
    // SAFETY: storage holds a sockaddr of len bytes.
    check(allow_threads(|| unsafe {
        libc::connect(fd, (&raw const storage).cast(), len)
    }))
    .map(drop)
}

pub fn listen(fd: i32, backlog: i32) -> io::Result<()> {
    // SAFETY: listen(2) takes plain integers.
    check(unsafe { libc::listen(fd, backlog) }).map(drop)
}

pub fn accept(fd: i32) -> io::Result<(i32, SockAddr)> {
    // SAFETY: plain data, zero is valid.
    let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: storage and len describe a writable buffer of len bytes.
    let new = check(allow_threads(|| unsafe {
        libc::accept4(
            fd,
            (&raw mut storage).cast(),
            &raw mut len,
            libc::SOCK_CLOEXEC,
        )
    }))?;
    Ok((new, decode(&storage, len)))
}

/// getsockname (`peer` false) or getpeername.
pub fn name(fd: i32, peer: bool) -> io::Result<SockAddr> {
    // SAFETY: plain data, zero is valid.
    let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let p = (&raw mut storage).cast();
    // SAFETY: storage and len describe a writable buffer of len bytes.
    check(unsafe {
        if peer {
            libc::getpeername(fd, p, &raw mut len)
        } else {
            libc::getsockname(fd, p, &raw mut len)
        }
    })?;
    Ok(decode(&storage, len))
}

pub fn send(fd: i32, data: &[u8], flags: i32, to: Option<&SockAddr>) -> io::Result<usize> {
    match to {
        None => {
            // SAFETY: data is a readable buffer of its length.
            check_size(allow_threads(|| unsafe {
                libc::send(fd, data.as_ptr().cast(), data.len(), flags)
            }))
        }
        Some(addr) => {
            let (storage, len) = encode(addr)?;
            // SAFETY: data is readable; storage holds a sockaddr of len bytes.
            check_size(allow_threads(|| unsafe {
                libc::sendto(
                    fd,
                    data.as_ptr().cast(),
                    data.len(),
                    flags,
                    (&raw const storage).cast(),
                    len,
                )
            }))
        }
    }
}

/// recvfrom into `buf`: the count and the sender's address when the socket reports one.
pub fn recv(fd: i32, buf: &mut [u8], flags: i32) -> io::Result<(usize, Option<SockAddr>)> {
    // SAFETY: plain data, zero is valid.
    let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: buf is writable for its length; storage and len describe a writable buffer.
    let n = check_size(allow_threads(|| unsafe {
        libc::recvfrom(
            fd,
            buf.as_mut_ptr().cast(),
            buf.len(),
            flags,
            (&raw mut storage).cast(),
            &raw mut len,
        )
    }))?;
    Ok((n, (len > 0).then(|| decode(&storage, len))))
}

pub fn shutdown(fd: i32, how: i32) -> io::Result<()> {
    // SAFETY: shutdown(2) takes plain integers.
    check(unsafe { libc::shutdown(fd, how) }).map(drop)
}

pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: close(2) takes a plain integer.
    check(unsafe { libc::close(fd) }).map(drop)
}

pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: fcntl(2) with F_DUPFD_CLOEXEC takes plain integers.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn set_nonblocking(fd: i32, on: bool) -> io::Result<()> {
    // SAFETY: fcntl(2) with F_GETFL/F_SETFL takes plain integers.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if on {
        flags | libc::O_NONBLOCK
    } else {
        flags & !libc::O_NONBLOCK
    };
    // SAFETY: as above.
    check(unsafe { libc::fcntl(fd, libc::F_SETFL, new) }).map(drop)
}

pub fn setsockopt(fd: i32, level: i32, name: i32, value: &[u8]) -> io::Result<()> {
    // SAFETY: value is readable for its length.
    check(unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            value.as_ptr().cast(),
            value.len() as libc::socklen_t,
        )
    })
    .map(drop)
}

/// getsockopt into a buffer of `size` bytes; returns the bytes the kernel wrote.
pub fn getsockopt(fd: i32, level: i32, name: i32, size: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; size];
    let mut len = size as libc::socklen_t;
    // SAFETY: buf is writable for len bytes.
    check(unsafe { libc::getsockopt(fd, level, name, buf.as_mut_ptr().cast(), &raw mut len) })?;
    buf.truncate(len as usize);
    Ok(buf)
}

/// Waits up to `timeout_ms` for `events` on `fd`; false on time-out.
pub fn poll(fd: i32, events: i16, timeout_ms: i32) -> io::Result<bool> {
    let mut pfd = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    // SAFETY: pfd is one valid pollfd.
    Ok(check(allow_threads(|| unsafe {
        libc::poll(&raw mut pfd, 1, timeout_ms)
    }))? > 0)
}

pub fn gethostname() -> io::Result<Vec<u8>> {
    let mut buf = [0u8; 256];
    // SAFETY: buf is writable for its length.
    check(unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) })?;
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(buf[..end].to_vec())
}

/// inet_pton: the packed address, or None when `text` is not one (libc's strict forms, which std's parsers share).
pub fn inet_pton(family: i32, text: &CStr) -> Option<Vec<u8>> {
    let text = text.to_str().ok()?;
    if family == libc::AF_INET {
        text.parse::<std::net::Ipv4Addr>()
            .ok()
            .map(|a| a.octets().to_vec())
    } else {
        text.parse::<std::net::Ipv6Addr>()
            .ok()
            .map(|a| a.octets().to_vec())
    }
}

/// inet_ntop of a 4- or 16-byte packed address (RFC 5952 text).
pub fn inet_ntop(family: i32, packed: &[u8]) -> io::Result<String> {
    let bad = || io::Error::from_raw_os_error(libc::EINVAL);
    if family == libc::AF_INET {
        let b: [u8; 4] = packed.try_into().map_err(|_| bad())?;
        Ok(std::net::Ipv4Addr::from(b).to_string())
    } else {
        let b: [u8; 16] = packed.try_into().map_err(|_| bad())?;
        Ok(std::net::Ipv6Addr::from(b).to_string())
    }
}

/// inet_aton: the four bytes, or None for an invalid address. Like libc it
/// takes 1 to 4 parts, each decimal, octal (`0` prefix) or hex (`0x`), the
/// last filling the remaining bytes, and ignores text after a space.
pub fn inet_aton(text: &CStr) -> Option<[u8; 4]> {
    let text = text.to_str().ok()?;
    let text = text.split([' ', '\t', '\n']).next()?;
    let mut parts = Vec::new();
    for part in text.split('.') {
        let (digits, radix) =
            if let Some(h) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
                (h, 16)
            } else if part.len() > 1 && part.starts_with('0') {
                (&part[1..], 8)
            } else {
                (part, 10)
            };
        if digits.is_empty() && radix != 16 {
            return None;
        }
        let value = if digits.is_empty() {
            0
        } else {
            u32::from_str_radix(digits, radix).ok()?
        };
        parts.push(value);
    }
    let (last, first) = parts.split_last()?;
    if first.len() > 3 || first.iter().any(|p| *p > 255) {
        return None;
    }
    let last_bits = 8 * (4 - first.len() as u32);
    if last_bits < 32 && *last >> last_bits != 0 {
        return None;
    }
    let mut value = *last;
    for (i, p) in first.iter().enumerate() {
        value |= p << (24 - 8 * i as u32);
    }
    Some(value.to_be_bytes())
}

/// One `getaddrinfo` answer: family, type, protocol, canonical name, address.
pub type AddrInfo = (i32, i32, i32, String, SockAddr);

/// Why `getaddrinfo` or `getnameinfo` failed.
pub enum GaiError {
    Code(i32),
    Os(io::Error),
}

fn gai_error(code: i32) -> GaiError {
    if code == libc::EAI_SYSTEM {
        GaiError::Os(io::Error::last_os_error())
    } else {
        GaiError::Code(code)
    }
}

pub fn gai_strerror(code: i32) -> String {
    // SAFETY: gai_strerror returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned()
}

pub fn getaddrinfo(
    host: Option<&CString>,
    port: Option<&CString>,
    hints: [i32; 4],
) -> Result<Vec<AddrInfo>, GaiError> {
    let [family, ty, proto, flags] = hints;
    // SAFETY: addrinfo is plain data; zero is valid (null pointers).
    let mut h: libc::addrinfo = unsafe { zeroed() };
    h.ai_family = family;
    h.ai_socktype = ty;
    h.ai_protocol = proto;
    h.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let cptr = |s: Option<&CString>| s.map_or(std::ptr::null(), |s| s.as_ptr());
    // SAFETY: host and port are NUL-terminated or null; h is valid; res receives a list freed below.
    let code = unsafe { libc::getaddrinfo(cptr(host), cptr(port), &raw const h, &raw mut res) };
    if code != 0 {
        return Err(gai_error(code));
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: p is a node of the list getaddrinfo returned, not yet freed.
        let ai = unsafe { &*p };
        let canon = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a non-null canonname is NUL-terminated.
            unsafe { CStr::from_ptr(ai.ai_canonname) }
                .to_string_lossy()
                .into_owned()
        };
        // SAFETY: plain data, zero is valid.
        let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
        let len = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        // SAFETY: ai_addr points to ai_addrlen readable bytes; storage has room for len.
        unsafe {
            std::ptr::copy_nonoverlapping(
                ai.ai_addr.cast::<u8>(),
                (&raw mut storage).cast::<u8>(),
                len,
            )
        };
        out.push((
            ai.ai_family,
            ai.ai_socktype,
            ai.ai_protocol,
            canon,
            decode(&storage, len as libc::socklen_t),
        ));
        p = ai.ai_next;
    }
    // SAFETY: res is the list getaddrinfo allocated, freed once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

pub fn getnameinfo(addr: &SockAddr, flags: i32) -> Result<(String, String), GaiError> {
    let (storage, len) = encode(addr).map_err(GaiError::Os)?;
    let mut host = [0u8; 1025];
    let mut serv = [0u8; 32];
    // SAFETY: storage holds a sockaddr of len bytes; host and serv are writable for their lengths.
    let code = unsafe {
        libc::getnameinfo(
            (&raw const storage).cast(),
            len,
            host.as_mut_ptr().cast(),
            host.len() as libc::socklen_t,
            serv.as_mut_ptr().cast(),
            serv.len() as libc::socklen_t,
            flags,
        )
    };
    if code != 0 {
        return Err(gai_error(code));
    }
    let text = |b: &[u8]| {
        let end = b.iter().position(|c| *c == 0).unwrap_or(b.len());
        String::from_utf8_lossy(&b[..end]).into_owned()
    };
    Ok((text(&host), text(&serv)))
}

/// getservbyname: the port of a service, or None.
pub fn getservbyname(name: &CStr, proto: Option<&CStr>) -> Option<u16> {
    let p = proto.map_or(std::ptr::null(), CStr::as_ptr);
    // SAFETY: name is NUL-terminated and proto is too or null; the result points into libc's static storage, read at once.
    let ent = unsafe { libc::getservbyname(name.as_ptr(), p) };
    // SAFETY: a non-null result is a valid servent.
    (!ent.is_null()).then(|| u16::from_be(unsafe { (*ent).s_port } as u16))
}

/// getservbyport: the name of the service on `port`, or None.
pub fn getservbyport(port: u16, proto: Option<&CStr>) -> Option<String> {
    let p = proto.map_or(std::ptr::null(), CStr::as_ptr);
    // SAFETY: proto is NUL-terminated or null; the result points into libc's static storage, read at once.
    let ent = unsafe { libc::getservbyport(i32::from(port.to_be()), p) };
    (!ent.is_null()).then(|| {
        // SAFETY: a non-null result is a valid servent whose name is NUL-terminated.
        unsafe { CStr::from_ptr((*ent).s_name) }
            .to_string_lossy()
            .into_owned()
    })
}

/// getprotobyname: the number of a protocol, or None.
pub fn getprotobyname(name: &CStr) -> Option<i32> {
    // SAFETY: name is NUL-terminated; the result points into libc's static storage, read at once.
    let ent = unsafe { libc::getprotobyname(name.as_ptr()) };
    // SAFETY: a non-null result is a valid protoent.
    (!ent.is_null()).then(|| unsafe { (*ent).p_proto })
}

pub fn if_nametoindex(name: &CStr) -> u32 {
    // SAFETY: name is NUL-terminated.
    unsafe { libc::if_nametoindex(name.as_ptr()) }
}

pub fn if_indextoname(index: u32) -> io::Result<Vec<u8>> {
    let mut buf = [0u8; libc::IF_NAMESIZE];
    // SAFETY: buf has the IF_NAMESIZE bytes if_indextoname writes at most.
    let r = unsafe { libc::if_indextoname(index, buf.as_mut_ptr().cast()) };
    if r.is_null() {
        return Err(io::Error::last_os_error());
    }
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(buf[..end].to_vec())
}

/// if_nameindex: each interface's index and name.
pub fn if_nameindex() -> io::Result<Vec<(u32, Vec<u8>)>> {
    // SAFETY: if_nameindex takes no arguments; the list is freed below.
    let list = unsafe { libc::if_nameindex() };
    if list.is_null() {
        return Err(io::Error::last_os_error());
    }
    let mut out = Vec::new();
    let mut p = list;
    loop {
        // SAFETY: p walks the array up to its terminating all-zero entry.
        let entry = unsafe { &*p };
        if entry.if_index == 0 {
            break;
        }
        // SAFETY: a listed name is NUL-terminated.
        out.push((
            entry.if_index,
            unsafe { CStr::from_ptr(entry.if_name) }.to_bytes().to_vec(),
        ));
        // SAFETY: the terminating entry has not been reached, so the next one exists.
        p = unsafe { p.add(1) };
    }
    // SAFETY: list is the array if_nameindex allocated, freed once.
    unsafe { libc::if_freenameindex(list) };
    Ok(out)
}
