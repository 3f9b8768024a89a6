# RuntimeWarnings for a coroutine never awaited and for asend/athrow/aclose awaitables dropped before being awaited
async def co():
    return 1
c = co()
del c
async def ag():
    yield 1
g = ag()
a = g.asend(None)
del a
b = g.athrow(ValueError)
del b
cl = g.aclose()
del cl
started = co()
try:
    started.send(None)
except StopIteration as e:
    print('returned', e.value)
del started
closed = co()
closed.close()
del closed
print('done')
