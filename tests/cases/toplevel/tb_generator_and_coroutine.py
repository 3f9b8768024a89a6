# Tracebacks through generators (next, send, throw, yield from) and a coroutine driven by hand
import traceback
def gen():
    yield 1
    raise ValueError("from generator")
def delegate():
    yield from gen()
g = delegate()
next(g)
try:
    next(g)
except ValueError:
    traceback.print_exc()
def catcher():
    try:
        yield
    except KeyError as e:
        raise TypeError("converted") from e
c = catcher()
next(c)
try:
    c.throw(KeyError("thrown in"))
except TypeError:
    traceback.print_exc()
async def inner():
    raise LookupError("in coroutine")
async def outer():
    await inner()
coro = outer()
coro.send(None)
