# Classes, functions and modules in reference cycles are collected: class referring to itself, function defaults, subclasses, metaclass instances.
import gc, weakref, types
gc.collect(); gc.disable()
def make_class():
    class A:
        pass
    A.me = A
    return weakref.ref(A)
r1 = make_class()
gc.collect()
print(r1())
def make_sub():
    class Base: pass
    class Sub(Base): pass
    return weakref.ref(Base), weakref.ref(Sub)
rb, rs = make_sub()
gc.collect()
print(rb(), rs())
def make_func():
    def f(x=None): return x
    f.__defaults__ = (f,)
    return weakref.ref(f)
rf = make_func()
gc.collect()
print(rf())
m = types.ModuleType("tmpmod"); m.self = m
rm = weakref.ref(m); del m
gc.collect()
print(rm())
class Meta(type): pass
C = Meta("C", (), {}); C.cls = C
rc = weakref.ref(C); del C
gc.collect()
print(rc())
class P:
    @property
    def prop(self): return self
p = P(); p.x = P.prop; rp = weakref.ref(p); del p
gc.collect()
print(rp())
gc.enable()
