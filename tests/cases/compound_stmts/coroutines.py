# async def coroutines driven by a hand-written event loop.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag
        return self.tag
async def worker(name, n):
    total = 0
    for i in range(n):
        got = await Sleep(f"{name}:{i}")
        total += i
    return f"{name} total {total}"
def run_all(coros):
    pending = list(coros)
    results = {}
    while pending:
        for c in list(pending):
            try:
                tag = c.send(None)
                print("yielded", tag)
            except StopIteration as e:
                results[c.__name__ + str(len(results))] = e.value
                pending.remove(c)
    return results
print(run_all([worker("a", 2), worker("b", 3)]))
async def simple():
    return 1
c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
print(type(simple).__name__, simple.__code__.co_flags & 0x80 != 0)
async def awaits_other():
    value = await simple()
    return value + 1
try:
    awaits_other().send(None)
except StopIteration as e:
    print("awaits_other ->", e.value)
async def raises():
    await Sleep("before raise")
    raise ValueError("inside coroutine")
r = raises()
print(r.send(None))
try:
    r.send(None)
except ValueError as e:
    print("raised", e)
async def catches():
    try:
        await Sleep("waiting")
    except KeyError as e:
        return f"caught {e!r}"
k = catches()
k.send(None)
try:
    k.throw(KeyError("thrown in"))
except StopIteration as e:
    print(e.value)
s = simple()
try:
    for _ in s:
        pass
except TypeError as e:
    print(type(e).__name__, e)
s.close()
