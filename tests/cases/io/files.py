# open(): text and binary files, buffering, seek/tell on text files, newline= modes on disk, append/x modes, iteration, file attributes
import _io
path = '/tmp/ouro_case_io_files.txt'

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

with open(path, 'w', encoding='utf-8') as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.write_through, f.buffer.mode, f.buffer.raw.mode)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.tell())
    f.write('alpha\nbéta\n')
    print(f.tell())
    f.writelines(['gamma\n', 'delta'])
    t(f.read)
with open(path, encoding='utf-8') as f:
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()), f.tell())
    print(f.seek(pos), repr(f.read(2)))
    print(f.seek(0, 2), repr(f.read()))
    t(lambda: f.seek(3, 1))
    t(lambda: f.seek(3, 2))
    t(lambda: f.seek(-1))
    f.seek(0)
    print([line for line in f])
    t(lambda: f.write('x'))
with open(path, 'rb') as f:
    print(f.read(5), f.tell(), f.peek(1)[:1], f.read1(3), f.readline(), f.readlines())
    print(f.seek(-5, 2), f.read(), f.seek(2), f.read(3))
with open(path, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall()[:4], f.fileno() > 2)
with open(path, 'r+', encoding='utf-8') as f:
    f.write('ALPHA')
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(6))
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, 'a') as f:
    print(f.tell(), f.write('more\n'), f.tell())
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'wb') as f:
    print(f.write(b'a\r\nb\rc\nd'), f.raw.closefd)
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(path, newline=nl) as f:
        print(repr(nl), f.readlines(), repr(f.newlines))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(path, 'w', newline=nl) as f:
        f.write('1\n2\r\n3\r')
    with open(path, 'rb') as f:
        print(repr(nl), f.read())
with open(path, 'w', encoding='latin-1') as f:
    f.write('café')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
t(lambda: open(path, encoding='ascii').read())
with open(path, 'w', encoding='ascii', errors='backslashreplace') as f:
    f.write('naïve ☃')
with open(path) as f:
    print(repr(f.read()))
t(lambda: open(path, 'w', encoding='ascii').write('é'))
try:
    open(path, 'x')
except OSError as e:
    print(type(e).__name__, e.strerror, e.filename == path)
t(lambda: open(path, 'r', newline='x'))
t(lambda: open(path, 'rb', newline='\n'))
t(lambda: open(path, 'rb', errors='strict'))
t(lambda: open(path, 'rt', encoding='nonexistent-codec'))
t(lambda: open(path, 'rtb'))
t(lambda: open(path, ''))
t(lambda: open(path, 5))
t(lambda: open(3.5))
t(lambda: open(path, 'w', closefd=False))
try:
    open('no_such_io_case_file.txt')
except OSError as e:
    print(type(e).__name__, e.strerror, e.filename)
f = open(path, 'rb')
f.close()
t(f.read)
t(f.fileno)
print(repr(f), f.closed)
with open(path, 'w', buffering=1) as f:
    print(f.line_buffering)
with open(path, 'w') as f:
    f.write('x' * 10000 + '\n' + 'tail')
with open(path) as f:
    print(len(f.readline()), repr(f.readline()), repr(f.readline()))
fd_file = open(path, 'rb')
raw = _io.FileIO(fd_file.fileno(), closefd=False)
print(raw.read(3), raw.closefd, raw.name == fd_file.fileno())
raw.close()
print(fd_file.read(2))
fd_file.close()
import sys
print(type(sys.stdout).__name__, sys.stdout.encoding, sys.stderr.errors, sys.stdout.name, sys.stdin.mode, sys.stdout.fileno(), sys.stderr.fileno())
print(open is _io.open, _io.DEFAULT_BUFFER_SIZE, issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
with open(path, 'w') as f:
    f.write('a')
t(lambda: open(path, opener=lambda name, flags: -1))
t(lambda: open(path, opener=lambda name, flags: 'x'))
with open(path, 'w') as f:
    f.write('')
for fd, closefd in ((12345, True), (12345, False)):
    try:
        open(fd, 'rb', closefd=closefd)
    except OSError as e:
        print(type(e).__name__, e.strerror)
t(lambda: open(-3))
t(lambda: open(path, 'rb', buffering=0).read(-5))
