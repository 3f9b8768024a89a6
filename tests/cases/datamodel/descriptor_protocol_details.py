# Descriptor details: __get__ arguments, descriptors on metaclasses, __set_name__ with type(), functions as descriptors.
class Show:
    def __get__(self, instance, owner=None):
        return (type(instance).__name__ if instance is not None else None, owner.__name__ if owner else None)
class C:
    d = Show()
class D(C):
    pass
print(C().d, C.d, D().d, D.d)
print(C.__dict__["d"].__get__(None, D), C.__dict__["d"].__get__(C()))
def f(self, x=1):
    return ("f", type(self).__name__, x)
bound = f.__get__(C(), C)
print(bound(), type(bound).__name__, f.__get__(None, C) is f)
class Named:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__name__}.{name}"
T = type("T", (), {"attr": Named()})
print(T.attr.where)
class Meta(type):
    @property
    def registry(cls):
        return f"registry of {cls.__name__}"
class R(metaclass=Meta):
    pass
print(R.registry, hasattr(R(), "registry"))
class Counter:
    def __init__(self):
        self.gets = 0
    def __get__(self, inst, owner=None):
        self.gets += 1
        return self.gets
class U:
    c = Counter()
u = U()
print(u.c, u.c, U.c, U.__dict__["c"].gets)
