# Async comprehensions and await inside comprehensions, driven by hand.
class Value:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield f"awaiting {self.v}"
        return self.v
async def agen(n):
    for i in range(n):
        yield i
async def main():
    a = [x async for x in agen(4)]
    b = {x: x * x async for x in agen(3)}
    c = {x % 2 async for x in agen(5)}
    d = [await Value(i) for i in range(3)]
    e = [x async for x in agen(6) if x % 2 if x > 1]
    f = [(x, y) async for x in agen(2) for y in range(2)]
    g = (x * 10 async for x in agen(3))
    h = [v async for v in g]
    return a, b, sorted(c), d, e, f, h
def run(coro):
    try:
        while True:
            print("step:", coro.send(None))
    except StopIteration as e:
        return e.value
for item in run(main()):
    print(item)
try:
    compile("def f():\n    return [x async for x in y]\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
async def outer():
    return [await Value(v) for v in "ab"]
print(run(outer()))
