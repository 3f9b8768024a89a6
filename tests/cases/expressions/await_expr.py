# await expressions driven by hand with coro.send(None).
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("awaiting", self.value)
        got = yield ("suspend", self.value)
        print("resumed with", got)
        return self.value * 2
async def inner(x):
    return await Ready(x) + 1
async def outer():
    a = await inner(1)
    b = await inner(10)
    return a + b
coro = outer()
print(type(coro).__name__)
print(coro.send(None))
print(coro.send("first"))
try:
    coro.send("second")
except StopIteration as e:
    print("returned", e.value)
async def no_suspend():
    return "immediate"
c = no_suspend()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
async def await_bad():
    await 5
try:
    await_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def await_bad2():
    await BadAwait()
try:
    await_bad2().send(None)
except TypeError as e:
    print(type(e).__name__, e)
c2 = outer()
c2.send(None)
try:
    c2.throw(ValueError("injected"))
except ValueError as e:
    print("propagated", e)
c3 = outer()
c3.send(None)
print(c3.close())
async def raises():
    raise KeyError("inside")
try:
    raises().send(None)
except KeyError as e:
    print("KeyError", e)
done = no_suspend()
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
