# Instance __dict__: direct manipulation, replacement, keys order, and vars().
class C:
    cls_attr = 1
c = C()
c.b = 2
c.a = 1
print(vars(c), list(c.__dict__))
c.__dict__["z"] = 26
print(c.z)
c.__dict__ = {"replaced": True}
print(vars(c), hasattr(c, "b"))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
del c.__dict__["replaced"]
print(vars(c))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print(type(vars(C)).__name__, "cls_attr" in vars(C))
setattr(c, "with space", 1)
print(getattr(c, "with space"), vars(c))
