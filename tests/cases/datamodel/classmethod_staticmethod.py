# classmethod and staticmethod objects: binding, wrapping, attributes.
class C:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls, args
    @staticmethod
    def util(a, b=2):
        return a * b
class D(C):
    pass
print(C.make(1)[0].__name__, D.make()[0].__name__, C.count, D.count)
print(C.util(3), C().util(3, 3), D.util(4))
cm = C.__dict__["make"]
sm = C.__dict__["util"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, D)()[0].__name__, sm.__get__(None, C)(5))
print(callable(sm), sm(6))
print(C.make.__self__.__name__, C().make.__self__.__name__)
def free(cls_or_x):
    return cls_or_x
class E:
    as_cm = classmethod(free)
    as_sm = staticmethod(free)
print(E.as_cm().__name__, E.as_sm("plain"), E().as_cm().__name__)
print(C.util.__name__, C.util.__qualname__, C.make.__name__, C.make.__qualname__)
print(staticmethod(len)("abc"), C.util.__doc__)
class F:
    @classmethod
    @property
    def weird(cls):
        return "classmethod over property"
try:
    print(F.weird)
except TypeError as e:
    print(type(e).__name__, e)
