# address text helpers, byte order and numeric getaddrinfo
import socket

print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET, "10.0.0.255"))
print(socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x01\x01"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
for f, args in [
    (socket.inet_aton, ("x",)),
    (socket.inet_aton, ("1.2.3.4.5",)),
    (socket.inet_ntoa, (b"\x01",)),
    (socket.inet_pton, (socket.AF_INET, "1.2.3")),
    (socket.inet_ntop, (socket.AF_INET, b"\x01")),
    (socket.htons, (-1,)),
    (socket.htons, (70000,)),
]:
    try:
        f(*args)
    except (OSError, ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_DGRAM))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))
