# object(): bare instances, no __dict__, argument errors, default dunder behaviour (__eq__, __ne__, __str__, __format__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

o = object()
t(lambda: type(o).__name__)
t(lambda: o == o)
t(lambda: o == object())
t(lambda: o != o)
t(lambda: o.__eq__(1))
t(lambda: o.__ne__(o))
t(lambda: o.__lt__(o))
t(lambda: o < o)
t(lambda: hasattr(o, '__dict__'))
t(lambda: setattr(o, 'x', 1))
t(lambda: object(1))
t(lambda: object(x=1))
t(lambda: object.__new__(object) is not None)
t(lambda: object.__new__(int))
t(lambda: object.__init__(o))
t(lambda: o.__format__('') == str(o))
t(lambda: o.__format__('x'))
t(lambda: object.__bases__)
t(lambda: object.__mro__)
t(lambda: object.__class__)
t(lambda: object.__doc__)
t(lambda: o.__reduce_ex__(2)[0].__name__)
t(lambda: o.__sizeof__() > 0)
t(lambda: o.__class__ is object)
class A:
    def __init__(self, x):
        self.x = x
t(lambda: A(1).x)
t(lambda: A())
t(lambda: A(1, 2))
class NoInit:
    pass
t(lambda: NoInit(1))
t(lambda: o.__getstate__())
t(lambda: A(5).__getstate__())
t(lambda: sorted(n for n in dir(o) if not n.startswith('__')))
t(lambda: object.__subclasshook__())
t(lambda: str(o).startswith('<object object at '))
