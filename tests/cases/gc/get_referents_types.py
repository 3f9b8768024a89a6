# gc.get_referents of lists, tuples, dicts, sets, instances, functions, cells, bound methods.
import gc
a, b = object(), object()
print(gc.get_referents([a, b]) == [a, b] or sorted(map(id, gc.get_referents([a, b]))) == sorted([id(a), id(b)]))
print(len(gc.get_referents((a, b, a))))
refs = gc.get_referents({"x": a})
print(len(refs), a in refs, "x" in refs)
print(len(gc.get_referents({a, b})))
class C:
    def m(self): pass
c = C(); c.v = a
r = gc.get_referents(c)
print(C in r, any(type(x) is dict for x in r) or a in r)
bm = c.m
r = gc.get_referents(bm)
print(c in r, C.__dict__["m"] in r)
def outer():
    v = a
    def inner(): return v
    return inner
inner = outer()
cell = inner.__closure__[0]
print(gc.get_referents(cell) == [a])
print(gc.get_referents(1, "s", 2.0), gc.get_referents())
print(len(gc.get_referents([1], [2, 3])))
