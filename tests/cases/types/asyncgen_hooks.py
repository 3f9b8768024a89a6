# sys.set_asyncgen_hooks: firstiter runs on the first __anext__/asend/athrow/
# aclose, the finalizer in force then replaces closing when an unfinished
# async generator is collected, and a finished one is left alone.
import sys

calls = []


def firstiter(agen):
    calls.append(("first", agen.__name__))


def finalizer(agen):
    calls.append(("fin", agen.__name__))


async def agen():
    yield 1
    yield 2


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


old = sys.get_asyncgen_hooks()
print(old)
sys.set_asyncgen_hooks(firstiter, finalizer)
print(sys.get_asyncgen_hooks() == (firstiter, finalizer))
g = agen()
print(calls)
print(run(g.__anext__()))
print(run(g.asend(None)))
print(calls)
del g
print(calls)

calls.clear()
g2 = agen()


async def consume():
    return [x async for x in g2]


print(run(consume()))
del g2
print(calls)

calls.clear()
g3 = agen()
sys.set_asyncgen_hooks(finalizer=None)
print(run(g3.__anext__()), calls)
del g3
print(calls)


def bad(agen):
    raise ValueError("no first")


sys.set_asyncgen_hooks(firstiter=bad, finalizer=finalizer)
g4 = agen()
try:
    g4.__anext__()
except ValueError as e:
    print("firstiter error:", e)
print(run(g4.__anext__()))
calls.clear()
del g4
print(calls)

sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
