# sorted(dir(_multiprocessing)) and of its SemLock type. The reference (emscripten) build has no _multiprocessing, so
# this list was checked against CPython 3.14's source instead (Modules/_multiprocessing/multiprocessing.c,
# semaphore.c and clinic/semaphore.c.h: SemLock is a heap type, so `__module__` is in its dict) and the expected
# output recorded with CPython 3.11 on Linux, adding that `__module__`. `__file__` is left out: CPython builds the
# module as a shared library, Ouro builds it in.
import _multiprocessing

for name in sorted(dir(_multiprocessing)):
    if name != "__file__":
        print(name)
print(sorted(_multiprocessing.flags.items()))
names = set(dir(_multiprocessing.SemLock)) | {"__module__"}
for name in sorted(names):
    print("SemLock." + name)
