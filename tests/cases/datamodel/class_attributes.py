# Class and instance attributes: shadowing, mutation through instances, __dict__, __qualname__.
class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.shared.append(C.count)
a, b = C(), C()
print(C.count, a.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, C.count, "count" in a.__dict__)
del a.count
print(a.count)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print(C.__name__, C.__qualname__, C.__module__)
class Outer:
    class Inner:
        def method(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
def factory():
    class Local: pass
    return Local
print(factory().__qualname__)
print(type(C.__dict__).__name__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
C.new_attr = "added"
print(a.new_attr)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
print(vars(a), a.__class__.__name__)
a.__dict__["z"] = 9
print(a.z)
