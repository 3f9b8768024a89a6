# messages of exceptions raised by common runtime errors: calls, unpacking, attributes, subscripts, operators, conversions, iteration
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b, *, c):
    pass
t(lambda: f())
t(lambda: f(1))
t(lambda: f(1, 2))
t(lambda: f(1, 2, 3))
t(lambda: f(1, 2, c=3, d=4))
t(lambda: f(1, 2, c=3, a=1))
t(lambda: f(1, 2, **{'c': 1}, **{'c': 2}))
t(lambda: f(*5))
t(lambda: f(**5))
def g(x, /):
    pass
t(lambda: g(x=1))
def unpack_too_many():
    a, b = [1, 2, 3]
t(unpack_too_many)
def unpack_too_few():
    a, b, c = 'ab'
t(unpack_too_few)
def unpack_non_iter():
    a, b = 5
t(unpack_non_iter)
t(lambda: [1][5])
t(lambda: (1,)[5])
t(lambda: 'a'[5])
t(lambda: {}['k'])
t(lambda: five[0])
one_list = [1]
t(lambda: one_list['a'])
t(lambda: 1 + 'a')
t(lambda: 'a' - 'b')
t(lambda: [] < {})
t(lambda: -'a')
t(lambda: ~1.5)
five = 5
t(lambda: five())
t(lambda: 'abc'.nope)
t(lambda: type.nope)
t(lambda: int('x'))
t(lambda: float('x'))
t(lambda: iter(5))
t(lambda: next(5))
t(lambda: len(5))
t(lambda: hash([]))
t(lambda: {[]: 1})
t(lambda: [] in {1: 2})
t(lambda: 1 in 5)
t(lambda: [1, 2].index(3))
t(lambda: 'abc'.index('z'))
t(lambda: (1).__round__('x'))
t(lambda: chr(-5))
def rec():
    return rec()
t(rec)
t(lambda: __import__('sys').getrecursionlimit() > 0)
t(lambda: object().__setattr__('x', 1))
t(lambda: setattr(1, 'real', 2))
class Slots:
    __slots__ = ()
t(lambda: setattr(Slots(), 'x', 1))
