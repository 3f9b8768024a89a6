# weakref.finalize (called when the object dies, by hand, or detached) and weakref.WeakMethod.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def method(self):
        return "method of %d" % self.n


a = Obj(1)
f = weakref.finalize(a, print, "finalizing", 1, sep=": ")
print(f.alive, f.peek()[0] is a, f.peek()[1] is print, f.atexit)
del a
print(f.alive, f(), f.peek(), f.detach())

b = Obj(2)
g = weakref.finalize(b, lambda *args: ("called", args), "x")
print(g(), g.alive, g())
h = weakref.finalize(b, print, "never")
print(h.detach()[1:], h.alive)
del b

c = Obj(3)
order = []
for i in range(3):
    weakref.finalize(c, order.append, i)
del c
print(order)

d = Obj(4)
wm = weakref.WeakMethod(d.method)
print(wm()(), type(wm()).__name__, wm == weakref.WeakMethod(d.method), isinstance(wm, weakref.ref))
calls = []
wm2 = weakref.WeakMethod(d.method, lambda r: calls.append(r is wm2))
del d
print(wm(), calls)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

p = weakref.proxy(Obj(5))
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
print(weakref.ref is weakref.ReferenceType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
