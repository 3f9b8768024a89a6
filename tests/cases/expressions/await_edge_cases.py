# await on coroutines, objects with __await__ returning generators, and misuse errors.
class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        while self.result is None:
            yield self
        return self.result
async def consumer(fut):
    value = await fut
    return f"got {value}"
fut = Future()
c = consumer(fut)
print(c.send(None) is fut)
print(c.send(None) is fut)
fut.result = 42
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def returns_coro():
    async def inner():
        return "inner"
    return await inner()
try:
    returns_coro().send(None)
except StopIteration as e:
    print(e.value)
async def double_await():
    coro = returns_coro()
    first = await coro
    try:
        await coro
    except RuntimeError as e:
        return first, str(e)
try:
    double_await().send(None)
except StopIteration as e:
    print(e.value)
for src in ["await x", "def f():\n    await x\n", "async def f():\n    lambda: await x\n"]:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg)
class GenAwait:
    def __await__(self):
        return iter([1, 2])
async def uses():
    return await GenAwait()
u = uses()
print(u.send(None), u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("done", e.value)
