# mmap.mmap over a file: the mapping and the file share their bytes,
# ACCESS_COPY keeps changes private, and the size checks against the file.
import mmap
import os
import tempfile


def show(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        # The reference's errno values are emscripten's.
        print(label, type(e).__name__, e.strerror)
    except Exception as e:
        print(label, type(e).__name__, e)


fd, path = tempfile.mkstemp()
os.write(fd, b"0123456789" * 3)
os.close(fd)
with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    print(repr(m))
    show("first", lambda: m[:5])
    m[0:2] = b"ab"
    show("size", m.size)
    show("flush", m.flush)
    show("readline", m.readline)
    m.close()
with open(path, "rb") as f:
    print(f.read())
with open(path, "rb") as f:
    show("write map of read-only file", lambda: type(mmap.mmap(f.fileno(), 0)))
    r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    show("read map", lambda: r[:4])
    show("size", r.size)
    show("too long", lambda: mmap.mmap(f.fileno(), 100, access=mmap.ACCESS_READ))
    show("offset past end", lambda: mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ, offset=1 << 20))
    c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    c[0:1] = b"Z"
    show("copy", lambda: c[:3])
    show("copy flush", c.flush)
    show("copy resize", lambda: c.resize(2))
    r.close()
    c.close()
with open(path, "rb") as f:
    print(f.read(3))
with open(path, "r+b") as f:
    with mmap.mmap(f.fileno(), 10, offset=0) as part:
        print(repr(part), part[:])
    with mmap.mmap(f.fileno(), 0, trackfd=False) as untracked:
        show("untracked size", untracked.size)
        show("untracked len", lambda: len(untracked))
open(path, "wb").close()
with open(path, "rb") as f:
    show("empty file", lambda: mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
os.unlink(path)
