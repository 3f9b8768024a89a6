# posix file calls on a scratch directory under the working directory: open/read/write/close,
# lseek/fstat/ftruncate, rename/replace, unlink, mkdir/rmdir, listdir, chmod, utime, symlinks
# (the reference build has no hard links, so link() is left out).
# Only platform-neutral facts are printed (no errno numbers, inode numbers or times of day).
import posix

base = 'tmp_os_files_dir'
posix.mkdir(base)
try:
    name = base + '/data.bin'
    fd = posix.open(name, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL, 0o644)
    print('write', posix.write(fd, b'hello world'), posix.write(fd, bytearray(b'!')), posix.write(fd, memoryview(b'??')))
    posix.close(fd)
    fd = posix.open(name, posix.O_RDWR)
    print('read', posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10))
    print('lseek', posix.lseek(fd, 0, 0), posix.lseek(fd, -3, 2), posix.read(fd, 2))
    st = posix.fstat(fd)
    print('fstat size', st.st_size, st.st_size == st[6])
    posix.ftruncate(fd, 4)
    print('after ftruncate', posix.fstat(fd).st_size, posix.lseek(fd, 0, 0), posix.read(fd, 100))
    posix.close(fd)
    try:
        posix.close(fd)
    except OSError as e:
        print('close twice', type(e).__name__, e.strerror, e.filename)
    posix.mkdir(base + '/sub')
    posix.mkdir(base + b'/sub2'.decode())
    print('listdir', sorted(posix.listdir(base)))
    print('listdir bytes', sorted(posix.listdir(base.encode())))
    posix.rename(name, base + '/renamed.bin')
    posix.replace(base + '/renamed.bin', base + '/sub/moved.bin')
    print('after rename', sorted(posix.listdir(base)), posix.listdir(base + '/sub'))
    posix.chmod(base + '/sub/moved.bin', 0o600)
    print('mode', oct(posix.stat(base + '/sub/moved.bin').st_mode & 0o777))
    posix.utime(base + '/sub/moved.bin', (1000000000, 1500000000))
    st = posix.stat(base + '/sub/moved.bin')
    print('utime', st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
    posix.utime(base + '/sub/moved.bin', ns=(5, 2000000000123000000))
    print('utime ns', posix.stat(base + '/sub/moved.bin').st_mtime_ns)
    fd = posix.open(base + '/hard.bin', posix.O_WRONLY | posix.O_CREAT, 0o644)
    posix.close(fd)
    posix.symlink('sub/moved.bin', base + '/link.bin')
    print('readlink', posix.readlink(base + '/link.bin'), posix.readlink(base.encode() + b'/link.bin'))
    print('lstat is link', posix.lstat(base + '/link.bin').st_mode & 0o170000 == 0o120000)
    print('stat follows', posix.stat(base + '/link.bin').st_size, posix.stat(base + '/link.bin', follow_symlinks=False).st_mode & 0o170000 == 0o120000)
    print('access', posix.access(base + '/hard.bin', posix.F_OK), posix.access(base + '/nothing', posix.F_OK))
    try:
        posix.rmdir(base + '/sub')
    except OSError as e:
        print('rmdir non-empty', type(e).__name__, e.strerror, e.filename)
    try:
        posix.mkdir(base + '/sub')
    except FileExistsError as e:
        print('mkdir exists', e.strerror, e.filename)
    try:
        posix.open(base + '/missing/x', posix.O_RDONLY)
    except FileNotFoundError as e:
        print('open missing', e.strerror, e.filename, e.filename2)
    try:
        posix.rename(base + '/nope', base + '/other')
    except FileNotFoundError as e:
        print('rename missing', e.strerror, e.filename, e.filename2)
    try:
        posix.unlink(base + '/sub')
    except IsADirectoryError as e:
        print('unlink dir', e.strerror, e.filename)
    except PermissionError as e:
        print('unlink dir', e.strerror, e.filename)
    for n in ['/hard.bin', '/link.bin', '/sub/moved.bin']:
        posix.remove(base + n)
    posix.rmdir(base + '/sub')
    posix.rmdir(base + '/sub2')
finally:
    for n in sorted(posix.listdir(base)):
        print('left over', n)
    posix.rmdir(base)
print('cleaned', base in posix.listdir('.'))
