# mmap.mmap over anonymous memory: file-like methods, indexing, slicing,
# find/rfind, move, the buffer protocol (bytes, memoryview, re) and the
# closed state. Errno values, PAGESIZE, resize and size() of an anonymous
# map differ on the (emscripten) reference and are left out.
import mmap
import re


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


m = mmap.mmap(-1, 13)
print(repr(m))
show("write", lambda: m.write(b"Hello world!\n"))
show("tell", m.tell)
show("all", lambda: m[:])
show("index", lambda: (m[0], m[-1]))
show("index out", lambda: m[13])
show("step", lambda: m[::2])
show("reverse", lambda: m[::-1])
show("seek", lambda: m.seek(0))
show("readline", m.readline)
show("read_byte at end", m.read_byte)
show("write_byte at end", lambda: m.write_byte(1))
show("write_byte bytes", lambda: m.write_byte(b"a"))
show("seek past", lambda: m.seek(100))
show("seek negative", lambda: m.seek(-1))
show("seek whence", lambda: m.seek(0, 3))
show("seek from end", lambda: m.seek(-2, 2))
show("seek from here", lambda: m.seek(-5, 1))
show("read", lambda: m.read(3))
show("read rest", m.read)
show("read none", lambda: m.read(None))
show("write out", lambda: m.write(b"x"))
m.seek(0)
show("read_byte", m.read_byte)
show("find", lambda: m.find(b"o"))
show("find from", lambda: m.find(b"o", 5))
show("find window", lambda: m.find(b"o", -3, -1))
show("find empty", lambda: m.find(b""))
show("rfind", lambda: m.rfind(b"o"))
show("rfind bounded", lambda: m.rfind(b"o", 0, 6))
show("find str", lambda: m.find("o"))
show("find memoryview", lambda: m.find(memoryview(b"wor")))
show("move", lambda: m.move(0, 6, 5))
show("after move", lambda: m[:])
show("move out", lambda: m.move(0, 6, 50))
show("len", lambda: len(m))
show("flush", m.flush)
show("flush out", lambda: m.flush(0, 100))
show("madvise", lambda: m.madvise(mmap.MADV_NORMAL))
show("madvise start out", lambda: m.madvise(mmap.MADV_NORMAL, 100))
show("madvise long", lambda: m.madvise(mmap.MADV_NORMAL, 0, 100))
show("madvise negative", lambda: m.madvise(mmap.MADV_NORMAL, 0, -1))


def setitem(k, v):
    m[k] = v


def delitem(k):
    del m[k]


show("set int", lambda: setitem(0, 65))
show("set 256", lambda: setitem(0, 256))
show("set bytes", lambda: setitem(0, b"a"))
show("set slice", lambda: setitem(slice(0, 3), b"abc"))
show("set slice size", lambda: setitem(slice(0, 3), b"ab"))
show("set step", lambda: setitem(slice(0, 6, 2), b"xyz"))
show("set out", lambda: setitem(100, 1))
show("set str key", lambda: setitem("a", 1))
show("get str key", lambda: m["a"])
show("set slice str", lambda: setitem(slice(0, 1), "a"))
show("delete", lambda: delitem(0))
show("contents", lambda: m[:])
show("bytes", lambda: bytes(m))
view = memoryview(m)
show("memoryview", lambda: (view[:3].tobytes(), view.readonly, view.nbytes))
view[0] = ord("Q")
show("written through view", lambda: m[:3])
show("close with view", m.close)
view.release()
show("iterate", lambda: list(m)[:3])
show("in", lambda: (b"Q" in m, b"zz" in m))
show("re", lambda: re.search(rb"w\w+", m).group())
show("concat", lambda: m + m)
show("equal", lambda: (m == m, m != m))
show("seekable", m.seekable)
show("closed", lambda: m.closed)
show("close", m.close)
show("close again", m.close)
show("closed", lambda: m.closed)
print(repr(m))
for name in ["read", "readline", "read_byte", "tell", "flush"]:
    show(name + " closed", getattr(m, name))
show("index closed", lambda: m[0])
show("len closed", lambda: len(m))
show("bytes closed", lambda: bytes(m))
show("memoryview closed", lambda: memoryview(m))

with mmap.mmap(-1, 5, access=mmap.ACCESS_READ) as r:
    print(repr(r))
    show("readonly write", lambda: r.write(b"a"))
    show("readonly write_byte", lambda: r.write_byte(1))
    show("readonly move", lambda: r.move(0, 1, 1))
    show("readonly set", lambda: r.__setitem__(0, 1))
    show("readonly resize", lambda: r.resize(3))
    show("readonly view", lambda: memoryview(r).readonly)
    show("readonly data", lambda: r[:])
print(r.closed)
with mmap.mmap(-1, 4, access=mmap.ACCESS_WRITE) as w:
    w[:] = b"abcd"
    print(repr(w), w[:])
with mmap.mmap(-1, 4, access=mmap.ACCESS_COPY) as c:
    c[:] = b"wxyz"
    print(repr(c), c[:], c.flush())
with mmap.mmap(-1, 4, prot=mmap.PROT_READ) as p:
    print(repr(p))


class Sub(mmap.mmap):
    pass


s = Sub(-1, 3)
print(type(s).__name__, s[:], isinstance(s, mmap.mmap))
s.close()
