# async for with __aiter__/__anext__ and async generators, driven by hand.
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    async for v in agen(3):
        out.append(v)
    else:
        out.append("else")
    comp = [v async for v in agen(4) if v]
    return out, comp
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
g = agen(2)
step = g.__anext__()
print(type(g).__name__, type(step).__name__)
step.close()
async def break_out():
    async for v in agen(10):
        if v == 20:
            break
    return v
print(run(break_out()))
class NotAsyncIterable:
    pass
async def bad():
    async for x in NotAsyncIterable():
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
async def agen_return():
    yield 1
    try:
        yield 2
    finally:
        print("agen finally")
async def partial():
    async for v in agen_return():
        return v
print(run(partial()))
