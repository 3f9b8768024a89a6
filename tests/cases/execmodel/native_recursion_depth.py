# Native recursion (repr, ==, isinstance of nested containers) is bounded apart from sys.getrecursionlimit(), as CPython 3.14's stack-based check is; Python frames still stop at the limit
class Leaf:
    def __repr__(self):
        return 'leaf'
nested = Leaf()
for _ in range(5000):
    nested = [nested]
print(len(repr(nested)))
a, b = [], []
for _ in range(5000):
    a, b = [a], [b]
print(a == b)
t = (int,)
for _ in range(5000):
    t = (t,)
print(isinstance(1, t))
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__, e)
