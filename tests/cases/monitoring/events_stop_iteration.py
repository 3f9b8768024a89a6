import sys
m = sys.monitoring
m.use_tool_id(3, "t")
E = m.events
for e in (E.STOP_ITERATION, E.RAISE, E.PY_RETURN, E.BRANCH_RIGHT, E.BRANCH_LEFT):
    m.register_callback(3, e, (lambda e: lambda *a: print(e, a[0].co_name, a[1], type(a[2]).__name__ if isinstance(a[2], BaseException) else a[2]))(e))
def gen():
    yield 1
def user():
    for x in gen():
        pass
    g = gen()
    y = yield from g
    return y
m.set_events(3, E.STOP_ITERATION | E.RAISE | E.PY_RETURN | E.BRANCH)
list(user())
async def co(): return 5
async def main():
    return await co()
try:
    main().send(None)
except StopIteration as e:
    print("done", e.value)
m.set_events(3, 0)
