# Metaclasses: __new__, __init__, __call__, class keyword arguments.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
class A(metaclass=Meta, flag=True):
    x = 1
    def method(self):
        return "m"
print(type(A).__name__, A.created_by)
a = A()
print(a.method())
class B(A):
    pass
print(type(B).__name__)
print(isinstance(A, Meta), isinstance(A, type), type(type).__name__)
Dyn = type("Dyn", (object,), {"v": 5, "get": lambda self: self.v})
print(Dyn.__name__, Dyn().get(), Dyn.__bases__)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class Sub(M1): pass
class W(X, metaclass=Sub): pass
print(type(W).__name__)
def func_meta(name, bases, ns):
    return f"made {name}"
class Q(metaclass=func_meta):
    pass
print(Q)
