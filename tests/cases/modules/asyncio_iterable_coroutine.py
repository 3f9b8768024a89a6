# awaiting @types.coroutine generators (CO_ITERABLE_COROUTINE), as asyncio.sleep(0) does
import types
@types.coroutine
def g():
    x = yield 1
    return x * 2
async def main():
    return await g()
c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("stop", e.value)
def plain():
    yield 1
async def bad():
    await plain()
try:
    bad().send(None)
except TypeError as e:
    print(e)
