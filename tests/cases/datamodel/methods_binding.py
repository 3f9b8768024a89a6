# Functions become bound methods; classmethod, staticmethod, __self__/__func__.
class C:
    def m(self, x): return ("m", type(self).__name__, x)
    @classmethod
    def cm(cls, x): return ("cm", cls.__name__, x)
    @staticmethod
    def sm(x): return ("sm", x)
class D(C): pass
c = C()
print(c.m(1), C.m(c, 2), c.cm(3), C.cm(4), D.cm(5), D().cm(6), c.sm(7), C.sm(8))
bound = c.m
print(type(bound).__name__, bound.__self__ is c, bound.__func__ is C.m, bound.__name__)
print(type(C.m).__name__, type(C.__dict__["cm"]).__name__, type(C.__dict__["sm"]).__name__)
print(c.m == c.m, c.m is c.m, C.cm.__self__.__name__)
def free(self): return "free " + type(self).__name__
C.free = free
print(c.free())
c.inst = free
try:
    c.inst()
except TypeError as e:
    print(type(e).__name__, e)
print(c.inst(c))
try:
    C.m(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(C.m.__qualname__, C.cm.__qualname__, C.sm.__qualname__)
sm = staticmethod(len)
print(sm("abc"), callable(sm))
class E:
    f = len
print(E().f([1, 2]))
