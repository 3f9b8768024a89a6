# Async generators: asend, athrow, aclose, driven by hand.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        received = yield 1
        print("received", received)
        yield 2
    finally:
        print("agen finally")
g = agen()
print(type(g).__name__, g.__name__)
print(run(g.asend(None)))
print(run(g.asend("sent value")))
try:
    run(g.asend(None))
except StopAsyncIteration:
    print("StopAsyncIteration")
g2 = agen()
run(g2.__anext__())
run(g2.aclose())
print("closed")
async def catching():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"caught {e}"
c = catching()
print(run(c.__anext__()))
print(run(c.athrow(ValueError("v"))))
async def collect():
    return [v async for v in agen()]
print(run(collect()))
async def bad():
    yield 1
    return
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("async def f():\n    yield from x\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
