# _io.StringIO: read/write/seek/tell, readline and iteration, newline= modes, getvalue, truncate, errors on closed streams
import _io
StringIO = _io.StringIO

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = StringIO()
print(s.write('hello\nworld\n'), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.read()))
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines(), s.read() == '')
s = StringIO('abc\ndef\nghi')
print(repr(s.readline(2)), repr(s.readline()), repr(s.readline(-1)), repr(s.readline()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.closed)
s.seek(10)
s.write('X')
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(1)
s.write('ZZ')
print(repr(s.getvalue()))
for nl in [None, '', '\n', '\r', '\r\n']:
    s = StringIO(newline=nl)
    s.write('a\nb\r\nc\rd')
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
s = StringIO('x\r\ny', newline=None)
print(repr(s.getvalue()), repr(s.newlines))
t(lambda: StringIO(newline='zz'))
t(lambda: StringIO(newline=5))
t(lambda: StringIO(5))
t(lambda: StringIO().write(b'x'))
t(lambda: StringIO().seek(-1))
t(lambda: StringIO().seek(1, 1))
t(lambda: StringIO().seek(0, 3))
t(lambda: StringIO().truncate(-1))
s = StringIO('abc')
print(s.seek(0, 2), s.seek(0, 1), s.tell())
s.close()
s.close()
print(s.closed)
for f in (s.read, s.getvalue, s.tell, s.readline, lambda: s.write('x'), lambda: s.seek(0), s.readable, lambda: iter(s)):
    t(f)
with StringIO('in with') as s:
    print(s.read())
print(s.closed)
class MyIO(StringIO):
    def write(self, x):
        return super().write(x.upper())
m = MyIO()
print('printed', 1, file=m)
print(repr(m.getvalue()), isinstance(m, _io._TextIOBase), isinstance(m, _io._IOBase))
