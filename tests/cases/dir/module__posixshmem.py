# sorted(dir(_posixshmem)). The reference (emscripten) build has no _posixshmem, so this list was checked against
# CPython 3.14's source instead (Modules/_multiprocessing/posixshmem.c and clinic/posixshmem.c.h) and the expected
# output recorded with CPython 3.11 on Linux. `__file__` is left out: CPython builds the module as a shared
# library, Ouro builds it in.
import _posixshmem

for name in sorted(dir(_posixshmem)):
    if name != "__file__":
        print(name)
print(_posixshmem.__doc__)
