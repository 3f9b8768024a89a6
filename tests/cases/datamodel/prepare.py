# __prepare__ returns the class body namespace.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return Recording()
    def __new__(mcls, name, bases, ns, **kwargs):
        print("order", [k for k in ns.order if not k.startswith("__")])
        print("namespace type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta, option=1):
    b = 1
    a = 2
    def z(self): pass
    b = 3
print(C.b, type(C.__dict__).__name__)
class Lookup(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Lookup()
class D(metaclass=M2):
    value = auto_thing
print(D.value)
class M3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class E(metaclass=M3):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__("X", ()))
