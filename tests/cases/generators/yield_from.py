# yield from: delegation, return values, send/throw forwarding.
def inner():
    received = yield "inner-1"
    print("inner received", received)
    yield "inner-2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "finished"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield f"inner caught {e}"
def delegator():
    yield from catcher()
d = delegator()
next(d)
print(d.throw(ValueError("thrown")))
def closer():
    try:
        yield 1
    finally:
        print("inner finally on close")
def delegate_close():
    yield from closer()
c = delegate_close()
next(c)
c.close()
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
def returns_value():
    return "direct"
    yield
def get_value():
    v = yield from returns_value()
    yield v
print(list(get_value()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
