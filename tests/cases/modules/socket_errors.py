# socket constructor and address argument errors that need no network
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.family == socket.AF_INET, s.type == socket.SOCK_DGRAM, s.gettimeout())
for addr in ["x", ("127.0.0.1",), ("127.0.0.1", 70000), (1, 2)]:
    try:
        s.bind(addr)
    except (TypeError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.settimeout(-1)
except ValueError as e:
    print(e)
s.close()
print(repr(s)[:24])
