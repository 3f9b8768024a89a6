# posix.scandir and DirEntry on a scratch directory: names, paths, is_dir/is_file/is_symlink,
# stat caching shape, bytes paths, the context manager and repr.
import posix

base = 'tmp_os_scandir_dir'
posix.mkdir(base)
try:
    posix.mkdir(base + '/d')
    fd = posix.open(base + '/f.txt', posix.O_WRONLY | posix.O_CREAT, 0o644)
    posix.write(fd, b'12345')
    posix.close(fd)
    posix.symlink('f.txt', base + '/l')
    posix.symlink('missing', base + '/dangling')
    with posix.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), e.is_junction())
    f = [e for e in entries if e.name == 'f.txt'][0]
    print('stat', f.stat().st_size, f.stat() is f.stat(), f.inode() == f.stat().st_ino)
    l = [e for e in entries if e.name == 'l'][0]
    print('link stat', l.stat().st_size, l.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000)
    print('fspath', posix.fspath(f))
    d = [e for e in entries if e.name == 'dangling'][0]
    try:
        d.stat()
    except FileNotFoundError as exc:
        print('dangling', exc.strerror, exc.filename)
    print(sorted((e.name, e.path) for e in posix.scandir(base.encode())))
    print(type(posix.scandir(base)).__name__, type(entries[0]).__name__, type(entries[0]).__module__)
    it = posix.scandir(base)
    it.close()
    print('closed', list(it))
    print(posix.DirEntry[str])
    try:
        posix.DirEntry()
    except TypeError as exc:
        print('no new', exc)
    try:
        posix.scandir(base + '/nope')
    except FileNotFoundError as exc:
        print('missing', exc.strerror, exc.filename)
finally:
    for n in ['/d', '/f.txt', '/l', '/dangling']:
        try:
            posix.rmdir(base + n)
        except OSError:
            posix.unlink(base + n)
    posix.rmdir(base)
