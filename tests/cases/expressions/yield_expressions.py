# yield expressions: send, throw, close, and the value of yield.
def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            print("received", value)
            received.append(value)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally")
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
g.close()
print(g.close())
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print(type(e).__name__, e)
def catcher():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield f"caught {e}"
c = catcher()
print(next(c), c.throw(ValueError("v1")), next(c), c.throw(ValueError("v2")))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
print(next(c, "exhausted"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns():
    x = yield 1
    return f"got {x}"
r = returns()
next(r)
try:
    r.send("end")
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def bare_yield():
    x = yield
    print("bare yield received", x)
    yield
b = bare_yield()
print(next(b), b.send(5))
def yield_in_expr():
    total = (yield 1) + (yield 2)
    yield total
y = yield_in_expr()
print(next(y), y.send(10), y.send(20))
