# classmethod(): binding to the class for instance and class access, subclasses, __func__, __wrapped__, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    @classmethod
    def make(cls, x):
        return (cls.__name__, x)
    def plain(cls):
        return cls.__name__
    alt = classmethod(plain)

class B(A):
    pass

t(lambda: A.make(1))
t(lambda: A().make(2))
t(lambda: B.make(3))
t(lambda: B().make(4))
t(lambda: A.alt())
t(lambda: B().alt())
cm = A.__dict__['make']
t(lambda: type(cm).__name__)
t(lambda: cm.__func__.__name__)
t(lambda: cm.__wrapped__ is cm.__func__)
t(lambda: cm.__name__)
t(lambda: cm.__qualname__)
t(lambda: cm.__get__(None, B)(5))
t(lambda: cm.__get__(B())(6))
t(lambda: A.make.__self__.__name__)
t(lambda: A.make.__func__ is cm.__func__)
t(lambda: callable(cm))
t(lambda: cm.__isabstractmethod__)
t(lambda: classmethod())
t(lambda: classmethod(1, 2))
c2 = classmethod(42)
class C:
    x = c2
t(lambda: C.x)
t(lambda: cm(1))
def doc():
    "the doc"
t(lambda: classmethod(doc).__doc__)
