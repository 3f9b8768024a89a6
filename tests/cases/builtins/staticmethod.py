# staticmethod(): access via class and instance, __func__/__wrapped__, calling the descriptor directly (3.10+), errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    @staticmethod
    def s(x, y=1):
        "static doc"
        return x + y
    plain = staticmethod(len)
class B(A):
    pass
t(lambda: A.s(1))
t(lambda: A().s(1, 2))
t(lambda: B.s(10))
t(lambda: A.plain('abc'))
t(lambda: A().plain([1]))
sm = A.__dict__['s']
t(lambda: type(sm).__name__)
t(lambda: sm(5))
t(lambda: callable(sm))
t(lambda: sm.__func__ is A.s)
t(lambda: sm.__wrapped__ is A.s)
t(lambda: sm.__name__)
t(lambda: sm.__qualname__)
t(lambda: sm.__doc__)
t(lambda: sm.__get__(None, A) is A.s)
t(lambda: sm.__isabstractmethod__)
t(lambda: A.s.__qualname__)
t(lambda: staticmethod())
t(lambda: staticmethod(1, 2))
t(lambda: staticmethod(42)())
t(lambda: A.s())
t(lambda: type(A.s).__name__)
t(lambda: type(A().s).__name__)
t(lambda: staticmethod(len).__name__)
