# Star-args and keyword unpacking in calls with iterators, dict subclasses, and order.
def show(*args, **kwargs):
    return args, kwargs
print(show(*range(3), *"ab", *(x for x in [9])))
print(show(**{"a": 1}, b=2, **dict(c=3)))
print(show(1, *[], **{}))
class OrderedKeys(dict):
    pass
print(show(**OrderedKeys(z=1, a=2)))
def gen():
    print("gen started")
    yield 1
print(show(0, *gen(), 2))
args = [1, 2]
kwargs = {"sep": "-"}
print(*args, **kwargs)
print(max(*[[3], [1, 2]], key=len))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**None)
except TypeError as e:
    print(type(e).__name__, e)
def pos_only(a, b, /):
    return a + b
print(pos_only(*"xy"))
