# _io.BytesIO: read/write/seek/tell past the end, readline(s), readinto, truncate, iteration, getbuffer exports, closed-stream errors
import _io
BytesIO = _io.BytesIO

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = BytesIO(b'one\ntwo\nthree')
print(b.read(2), b.tell(), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readline(2), b.readline(-1), b.readlines(1), b.read())
b = BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'de')), b.write(memoryview(b'f')), b.getvalue())
print(b.seek(8), b.write(b'Z'), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-3, 1), b.tell(), b.seek(0, 1))
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(0)
ba = bytearray(3)
print(b.readinto(ba), ba, b.read1(), b.read1(5))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
t(lambda: b.seek(-1))
t(lambda: b.seek(0, 5))
t(lambda: b.truncate(-2))
t(lambda: b.write('str'))
t(lambda: BytesIO('str'))
t(lambda: b.read('x'))
b.close()
print(b.closed)
for f in (b.read, b.getvalue, b.tell, lambda: b.write(b'x'), lambda: b.seek(0), b.readable, b.flush, lambda: next(b)):
    t(f)
with BytesIO(b'ctx') as c:
    print(c.read())
print(c.closed, isinstance(c, _io._BufferedIOBase))
b = _io.BytesIO(b'abcdef')
m = b.getbuffer()
print(type(m).__name__, len(m), bytes(m), m.readonly)
m[0] = 90
print(b.getvalue())
t(lambda: b.write(b'x'))
t(lambda: b.truncate(2))
t(lambda: b.close())
t(lambda: b.seek(2))
t(lambda: b.read(2))
m.release()
print(b.write(b'ok'), b.getvalue())
b.close()
t(lambda: b.getbuffer())
