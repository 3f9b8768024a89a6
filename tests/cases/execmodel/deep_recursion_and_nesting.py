# Deep Python recursion (RecursionError at the limit, 100,000 frames when the limit allows), recursive containers' reprs and a recursive __repr__. (Freeing a 200,000-deep nested list crashes the WebAssembly reference, so it is not recorded here.)
import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(200000)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(100000))
sys.setrecursionlimit(1000)
l = []
l.append(l)
print(repr(l))
d = {}
d[1] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", type(e).__name__)
