# socketpair send/recv, recv_into, shutdown and the socket object's attributes
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto)
a.sendall(b"hello")
print(b.recv(10))
b.send(b"abcdef")
buf = bytearray(4)
print(a.recv_into(buf), buf)
print(a.recv(10))
print(a.gettimeout(), a.getblocking())
a.settimeout(1.5)
print(a.gettimeout(), a.getblocking())
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno is not None)
b.shutdown(socket.SHUT_WR)
print(a.recv(1))
print(isinstance(a, socket.socket), type(a).__mro__[1].__name__)
try:
    a.send("text")
except TypeError as e:
    print(e)
a.close()
b.close()
print(a.fileno(), a._closed)
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno)
