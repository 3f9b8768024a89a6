# OSError: errno/strerror/filename/filename2 from constructor args, str forms, errno -> subclass mapping, aliases IOError/EnvironmentError
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# errno numbers differ between platforms (the reference is WebAssembly), so constructed errors use numbers
# that no platform maps to a subclass, and the errno -> subclass mapping is checked with errnos of real failures.
for args in ((), ('just msg',), (1002, 'No such file'), (1002, 'No such file', 'a.txt'), (1002, 'x', 'a', None, 'b'),
             (1, 2, 3, 4, 5, 6), (1013, 'denied', 'f', 0, 'g')):
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))
path = '/tmp/ouro_case_exc_oserror.txt'
with open(path, 'w') as f:
    f.write('x')
def failure(action):
    try:
        action()
    except OSError as e:
        return e
for err in (failure(lambda: open('/tmp/ouro_no_such_dir_case/x')), failure(lambda: open(path, 'x')),
            failure(lambda: open('/tmp', 'w')), failure(lambda: open(path + '/inside'))):
    remade = OSError(err.errno, 'remade', 'name')
    print(type(err).__name__, type(remade).__name__, remade.filename, err.errno == remade.errno, err.filename)
t(lambda: IOError is OSError)
t(lambda: EnvironmentError is OSError)
t(lambda: type(OSError('2', 'x')).__name__)
t(lambda: type(OSError(1002)).__name__)
t(lambda: type(FileNotFoundError(1013, 'x')).__name__)
t(lambda: FileNotFoundError(2, 'msg', 'file.txt').filename)
t(lambda: str(FileNotFoundError(2, 'msg', 'file.txt')))
t(lambda: str(PermissionError(13, 'Permission denied', 'a', None, 'b')))
t(lambda: str(OSError(None, 'strerr only')))
t(lambda: OSError(1002, 'x').characters_written)
b = BlockingIOError(1011, 'would block', 5)
t(lambda: (b.errno, b.strerror, b.characters_written, b.filename))
b.characters_written = 10
t(lambda: b.characters_written)
del b.characters_written
t(lambda: b.characters_written)
e = OSError(1002, 'x', 'f')
e.errno = 5
e.strerror = 's'
e.filename = 'g'
t(lambda: (e.errno, e.strerror, e.filename, e.args, str(e)))
class MyOSError(OSError):
    pass
t(lambda: type(MyOSError(1002, 'x')).__name__)
t(lambda: [c.__name__ for c in FileNotFoundError.__mro__])
t(lambda: issubclass(ConnectionRefusedError, ConnectionError))
t(lambda: issubclass(TimeoutError, OSError))
t(lambda: OSError(1002, 'x').__reduce__())
t(lambda: OSError(1002, 'x', 'f').__reduce__())
