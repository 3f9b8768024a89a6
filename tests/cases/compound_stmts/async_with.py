# async with: __aenter__/__aexit__, suppression and exception propagation, driven by hand.
class ACM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return self.swallow
async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("swallower", swallow=True):
        raise ValueError("swallowed")
    try:
        async with ACM("propagates"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    return "main done"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
async def wrong_sync():
    with ACM("x"):
        pass
try:
    run(wrong_sync())
except TypeError as e:
    print(type(e).__name__, e)
class BadAenter:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def bad_enter():
    async with BadAenter():
        pass
try:
    run(bad_enter())
except TypeError as e:
    print(type(e).__name__, e)
for src in ["def f():\n    async with x:\n        pass\n", "def f():\n    async for x in y:\n        pass\n"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(e.msg)
