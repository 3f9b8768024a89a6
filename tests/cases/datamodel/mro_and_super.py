# Method resolution order (C3) and super() in its zero- and two-argument forms.
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(C, D()).who())
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Bad(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init__(self): self.log = ["Base"]
    @classmethod
    def make(cls): return cls.__name__
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    @classmethod
    def make(cls): return "Child+" + super().make()
print(Child().log, Child.make())
class NoArgSuper:
    def f(self):
        return super().__repr__.__name__
print(NoArgSuper().f())
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class Attr(A):
    x = "Attr.x"
    def get(self): return super().x
try:
    Attr().get()
except AttributeError as e:
    print(type(e).__name__, e)
print(type(super(B, D())).__name__)
class O:
    def m(self): return "O.m"
class Sub(O):
    def m(self):
        f = lambda: super().m()
        return f()
try:
    Sub().m()
except RuntimeError as e:
    print("lambda:", type(e).__name__, e)
