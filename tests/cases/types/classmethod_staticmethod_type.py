# classmethod/staticmethod type details: __wrapped__, copied __name__/__qualname__/__doc__/__module__, __dict__, __annotations__, chaining with property
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def func(a: int) -> str:
    "func doc"
    return str(a)
cm = classmethod(func)
sm = staticmethod(func)
for d in (cm, sm):
    t(lambda: (type(d).__name__, d.__name__, d.__qualname__, d.__doc__, d.__module__, d.__wrapped__ is func))
    t(lambda: d.__annotations__)
    t(lambda: d.__func__ is func)
    d.extra = 'attr'
    t(lambda: d.__dict__)
    t(lambda: d.__isabstractmethod__)
t(lambda: repr(sm).startswith('<staticmethod('))
t(lambda: repr(cm).startswith('<classmethod('))
t(lambda: sm(5))
t(lambda: cm(5))
class A:
    @classmethod
    @property
    def old_chain(cls):
        return cls.__name__
t(lambda: type(A.__dict__['old_chain']).__name__)
t(lambda: A.old_chain)
class B:
    @staticmethod
    @classmethod
    def weird(cls):
        return cls
t(lambda: type(B.weird).__name__)
t(lambda: classmethod(staticmethod(func)).__get__(None, B)(1))
t(lambda: type(staticmethod(classmethod(func)).__get__(None, B)).__name__)
t(lambda: classmethod.__get__(cm, None))
t(lambda: classmethod.__get__(cm, None, None))
