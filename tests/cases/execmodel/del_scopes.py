# del on names in every scope, and what follows.
x = 1
del x
print("x" in globals())
def f():
    y = 2
    del y
    return "y" in locals()
print(f())
def g():
    a, b, c = 1, 2, 3
    del a, b
    return sorted(locals())
print(g())
def h():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        return str(e)
print(h())
class K:
    t = 1
    del t
print(hasattr(K, "t"))
def deleting_global():
    global gv
    gv = 5
    del gv
deleting_global()
print("gv" in globals())
lst = [1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
(p, q) = (1, 2)
del (p, q)
print("p" in globals(), "q" in globals())
[r, s] = [1, 2]
del [r, s]
print("r" in globals())
