# throw() into a generator or coroutine suspended in yield from / await: each frame appears once in the traceback (CLEANUP_THROW re-raises without a new entry)
import traceback
def inner():
    yield 1
def middle():
    yield from inner()
def outer():
    yield from middle()
g = outer(); next(g)
try:
    g.throw(ValueError("x"))
except ValueError:
    traceback.print_exc()
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, e): raise e
def m2():
    yield from It()
def o2():
    yield from m2()
g = o2(); next(g)
try:
    g.throw(ValueError("y"))
except ValueError:
    traceback.print_exc()
import asyncio
class L:
    def get_debug(self): return False
f = asyncio.Future(loop=L())
async def middle():
    return await f
async def main():
    return await middle()
c = main(); print(c.send(None) is f)
def raiser():
    raise ValueError("x")
try:
    raiser()
except ValueError as e:
    err = e
try:
    c.throw(err)
except ValueError as e:
    traceback.print_exc()
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, e): raise e
class A:
    def __await__(self): return It()
async def middle2():
    return await A()
async def main2():
    return await middle2()
c = main2(); c.send(None)
try:
    c.throw(err.with_traceback(None))
except ValueError as e:
    traceback.print_exc()
async def agen_user():
    async for x in Agen():
        pass
class Agen:
    def __aiter__(self): return self
    async def __anext__(self): raise KeyError("k")
c = agen_user()
try:
    c.send(None)
except KeyError:
    traceback.print_exc()
