# A generator's weak references die before its finalizer closes it (gen_dealloc's order), so the
# callback runs before the generator's finally block, which already sees the reference dead.
import _weakref


def gen():
    try:
        yield 1
    finally:
        print("finally: reference alive:", r() is not None)


g = gen()
next(g)
r = _weakref.ref(g, lambda w: print("callback: reference alive:", w() is not None))
del g
print("after del")


async def coro():
    return 1


c = coro()
rc = _weakref.ref(c, lambda w: print("coroutine callback"))
c.close()
del c
print("end")
