# Descriptor-level posix calls on a scratch file: dup/dup2, pipe, pread/pwrite, readinto/readv/writev,
# lseek whences, truncate, fstat after writes, isatty, closerange; printing only portable results.
import posix

name = 'tmp_os_fds_file'
fd = posix.open(name, posix.O_RDWR | posix.O_CREAT | posix.O_TRUNC, 0o600)
try:
    print('writev', posix.writev(fd, [b'abc', bytearray(b'def'), memoryview(b'ghi')]))
    print('pread', posix.pread(fd, 4, 2), posix.pread(fd, 100, 8), posix.pread(fd, 5, 100))
    print('pwrite', posix.pwrite(fd, b'XY', 1), posix.pread(fd, 9, 0))
    print('lseek', posix.lseek(fd, 0, posix.SEEK_SET if hasattr(posix, 'SEEK_SET') else 0), posix.lseek(fd, -2, 2), posix.lseek(fd, 1, 1))
    posix.lseek(fd, 0, 0)
    b = bytearray(4)
    print('readinto', posix.readinto(fd, b), b)
    b1, b2 = bytearray(2), bytearray(10)
    print('readv', posix.readv(fd, [b1, b2]), b1, b2)
    d = posix.dup(fd)
    print('dup', d != fd, posix.lseek(d, 0, 1) == posix.lseek(fd, 0, 1))
    posix.close(d)
    r, w = posix.pipe()
    print('pipe', posix.write(w, b'through'), posix.read(r, 3), posix.read(r, 100))
    d2 = posix.dup2(fd, w)
    print('dup2', d2 == w, posix.fstat(w).st_size)
    posix.close(r)
    posix.close(w)
    print('isatty', posix.isatty(fd))
    posix.truncate(name, 3)
    print('truncate', posix.fstat(fd).st_size, posix.pread(fd, 10, 0))
    posix.ftruncate(fd, 0)
    print('ftruncate', posix.stat(name).st_size)
    for bad in [lambda: posix.read(fd, 'x'), lambda: posix.write(fd, 'text'), lambda: posix.pread(fd, -1, 0),
                lambda: posix.readinto(fd, b'immutable'), lambda: posix.lseek(fd, 0, 99), lambda: posix.dup(-1),
                lambda: posix.writev(fd, 5), lambda: posix.fstat(-1)]:
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        except OSError as e:
            print(type(e).__name__, e.strerror)
finally:
    posix.close(fd)
    posix.unlink(name)
print('exists', name in posix.listdir('.'))
