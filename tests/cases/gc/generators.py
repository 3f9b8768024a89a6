# Suspended generators and coroutines in cycles: the collector finalizes
# them (close(): their finally blocks run) and frees them.
import gc
import weakref

gc.collect()
gc.disable()
log = []


def gen(name):
    try:
        me = yield 1
        yield me
    finally:
        log.append(('finally', name))


g = gen('g')
next(g)
g.send(g)
r = weakref.ref(g)
del g
gc.collect()
print(r() is None, log)
log.clear()


class Holder:
    pass


def holder_gen(h):
    try:
        yield h
    finally:
        log.append('holder_gen closed')


h = Holder()
h.g = holder_gen(h)
next(h.g)
rh = weakref.ref(h)
del h
gc.collect()
print(rh() is None, log)
log.clear()


async def coro(box):
    try:
        await box
    finally:
        log.append('coro closed')


class Awaitable:
    def __await__(self):
        yield 'waiting'


box = Awaitable()
c = coro(box)
c.send(None)
box.c = c
rc = weakref.ref(c)
del c, box
gc.collect()
print(rc() is None, log)
log.clear()

# a generator that was never started is freed without running anything
def lazy(x):
    yield x


l = Holder()
l.g = lazy(l)
rl = weakref.ref(l)
del l
gc.collect()
print(rl() is None, log)
gc.enable()
