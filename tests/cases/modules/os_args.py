# Argument checking of posix functions: path types, embedded NULs, os.PathLike, fspath, bad descriptors.
import posix

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(posix.fspath('a'), posix.fspath(b'b'), posix.fspath(P('c')), posix.fspath(P(b'd')))
for bad in [1, None, P(1), [1]]:
    try:
        posix.fspath(bad)
    except TypeError as e:
        print('fspath', e)
for call in [lambda: posix.stat(1.5), lambda: posix.stat(None), lambda: posix.lstat(3),
             lambda: posix.stat('a\0b'), lambda: posix.stat(b'a\0b'), lambda: posix.listdir(1.5),
             lambda: posix.mkdir(['x']), lambda: posix.stat(P(3)), lambda: posix.rename('a', b'b'),
             lambda: posix.stat(), lambda: posix.stat('.', foo=1), lambda: posix.open('x'),
             lambda: posix.read(0, -1), lambda: posix.unlink(bytearray(b'x'))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    except OSError as e:
        print(type(e).__name__, e.strerror, e.filename, e.filename2)
print(posix.stat(P('.')).st_mode == posix.stat('.').st_mode, posix.stat(b'.').st_mode == posix.stat('.').st_mode)
print(type(posix.stat_result), posix.stat_result.__name__, posix.stat_result.__module__)
print(posix.stat_result.n_sequence_fields, posix.stat_result.n_fields, posix.stat_result.n_unnamed_fields)
print([n for n in dir(posix.stat_result) if n.startswith('st_')])
print(posix.stat_result.__match_args__)
st = posix.stat_result(range(10))
print(st, st.st_atime, st.st_blksize)
st = posix.stat_result(range(10), {'st_atime': 1.5, 'st_rdev': 7})
print(st.st_atime, st.st_rdev, st.st_mtime, st.__reduce__())
try:
    st.__replace__(st_mode=1)
except TypeError as e:
    print(e)
for bad in [range(3), range(20), 5]:
    try:
        posix.stat_result(bad)
    except TypeError as e:
        print(e)
try:
    posix.stat_result(range(10), {'bogus': 1})
except TypeError as e:
    print(e)
try:
    st.st_mode = 5
except AttributeError as e:
    print(e)
print(posix.waitstatus_to_exitcode(0), posix.waitstatus_to_exitcode(3 << 8))
print(posix.strerror(posix.O_RDONLY) != '', posix.device_encoding(-1 + 1000))
print(posix._path_normpath('a//b/./c/..'), posix._path_normpath(b'/../x'), posix._path_normpath(''), posix._path_normpath('//a'))
print(posix._path_splitroot_ex('/a/b'), posix._path_splitroot_ex('///a'), posix._path_splitroot_ex(b'x'), posix._path_splitroot_ex('//a'))
