# frame.f_generator (3.14): the generator, coroutine or async generator owning the frame, None for other frames
import sys


def gen():
    yield sys._getframe()
    yield sys._getframe().f_generator

g = gen()
inner = next(g)
print(inner is g.gi_frame, inner.f_generator is g, g.gi_frame.f_generator is g)
print(next(g) is g)
print(inner.f_generator is g)
g.close()
print(g.gi_frame, inner.f_generator)

fresh = gen()
print(fresh.gi_frame.f_generator is fresh)


def plain():
    return sys._getframe()
print(plain().f_generator, sys._getframe().f_generator)


# A frame called by the generator is not the generator's.
def helper():
    return sys._getframe()

def calls_helper():
    yield helper()

h = next(calls_helper())
print(h.f_generator)


# Exhausted: the generator no longer owns the frame.
def short():
    yield sys._getframe()

s = short()
sf = next(s)
print(sf.f_generator is s)
for _ in s:
    pass
print(sf.f_generator)


async def coro():
    return sys._getframe().f_generator

c = coro()
print(c.cr_frame.f_generator is c)
try:
    c.send(None)
except StopIteration as e:
    print(e.value is c)
print(c.cr_frame)


async def agen():
    yield sys._getframe().f_generator

a = agen()
print(a.ag_frame.f_generator is a)
step = a.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print(e.value is a)
print(a.ag_frame.f_generator is a)


# A generator expression's frame.
ge = (sys._getframe().f_generator for _ in range(1))
print(next(ge) is ge)


# The frame does not keep its generator alive.
import gc

def lone():
    yield 1

lg = lone()
next(lg)
lf = lg.gi_frame
del lg
gc.collect()
print(lf.f_generator)


# A suspended frame's locals, before the first resumption and after.
import inspect

def with_args(a, b=2):
    c = a + b
    yield c

wa = with_args(1)
print(inspect.getgeneratorlocals(wa))
next(wa)
print(inspect.getgeneratorlocals(wa))

async def takes(p):
    return p

tc = takes(5)
print(inspect.getcoroutinelocals(tc))
tc.close()
