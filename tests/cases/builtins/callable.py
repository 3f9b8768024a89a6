# callable(): functions, classes, instances with/without __call__, builtins, methods
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f():
    pass
class C:
    def m(self):
        pass
class D:
    def __call__(self):
        return 'called'
class E:
    pass
e = E()
e.__call__ = lambda: 1

t(lambda: callable(f))
t(lambda: callable(lambda: 0))
t(lambda: callable(C))
t(lambda: callable(C()))
t(lambda: callable(C().m))
t(lambda: callable(C.m))
t(lambda: callable(D()))
t(lambda: callable(e))
t(lambda: callable(len))
t(lambda: callable(print))
t(lambda: callable([].append))
t(lambda: callable(int))
t(lambda: callable(type))
t(lambda: callable(0))
t(lambda: callable('abc'))
t(lambda: callable(None))
t(lambda: callable(str.upper))
t(lambda: callable(classmethod(f)))
t(lambda: callable(staticmethod(f)))
t(lambda: callable(property(f)))
t(lambda: callable((x for x in [])))
t(lambda: callable())
t(lambda: callable(1, 2))
