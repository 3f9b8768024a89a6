# bytearray slice assignment and deletion: growing/shrinking slices, extended slices with bytes/ints iterables, self-assignment, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b'0123456789')
b[2:4] = b'ab'
t(lambda: b)
b[2:4] = b'xyz123'
t(lambda: b)
b[:3] = b''
t(lambda: b)
b[::2] = b'.' * len(b[::2])
t(lambda: b)
b[1::2] = [65] * len(b[1::2])
t(lambda: b)
t(lambda: b.__setitem__(slice(None, None, 2), b'xx'))
t(lambda: b.__setitem__(slice(0, 2), 'st'))
t(lambda: b.__setitem__(slice(0, 2), [256]))
t(lambda: b.__setitem__(slice(0, 2), 5))
b[0:0] = memoryview(b'mv')
t(lambda: b)
b[len(b):] = range(3)
t(lambda: b)
del b[::3]
t(lambda: b)
del b[-2:]
t(lambda: b)
c = bytearray(b'abc')
c[:] = c
t(lambda: c)
c[1:2] = c
t(lambda: c)
c[::-1] = c
t(lambda: c)
d = bytearray(b'hello world')
d[d.index(b' '):] = b'!'
t(lambda: d)
t(lambda: d[::-1])
t(lambda: d[1:100])
t(lambda: d[-100:2])
t(lambda: bytes(d[::2]))
