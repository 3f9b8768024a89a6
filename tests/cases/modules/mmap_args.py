# mmap.mmap's constructor checks and module constants that the (emscripten)
# reference shares with Linux.
import mmap


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ["ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY",
             "PROT_READ", "PROT_WRITE", "PROT_EXEC", "MAP_SHARED", "MAP_PRIVATE",
             "MADV_NORMAL", "MADV_RANDOM", "MADV_SEQUENTIAL", "MADV_WILLNEED", "MADV_DONTNEED"]:
    print(name, getattr(mmap, name))
print(mmap.error is OSError, mmap.ALLOCATIONGRANULARITY == mmap.PAGESIZE)
print(mmap.mmap.__name__, mmap.mmap.__module__, mmap.mmap.__qualname__)
print([name for name in sorted(dir(mmap.mmap)) if name != "__iter__"])
print(mmap.__doc__)
print(mmap.mmap.__doc__)
for name in ["close", "find", "flush", "madvise", "move", "read", "read_byte", "readline",
             "resize", "rfind", "seek", "seekable", "size", "tell", "write", "write_byte",
             "__enter__", "__exit__", "__buffer__", "__release_buffer__"]:
    method = getattr(mmap.mmap, name)
    print(name, method.__text_signature__, repr(method.__doc__))
show("negative length", lambda: mmap.mmap(-1, -1))
show("bad access", lambda: mmap.mmap(-1, 10, access=7))
show("access and prot", lambda: mmap.mmap(-1, 10, prot=mmap.PROT_READ, access=mmap.ACCESS_READ))
show("access and flags", lambda: mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_WRITE))
show("negative offset", lambda: mmap.mmap(-1, 10, offset=-1))
show("no length", lambda: mmap.mmap(-1))
show("no args", lambda: mmap.mmap())
show("str length", lambda: mmap.mmap(-1, "a"))
show("tagname", lambda: mmap.mmap(-1, 3, tagname="x"))
show("keywords", lambda: repr(mmap.mmap(fileno=-1, length=3, access=mmap.ACCESS_WRITE)))
show("trackfd", lambda: repr(mmap.mmap(-1, 3, trackfd=False)))
