# tuple(): constructor from iterables, identity of tuple(tuple), empty singleton, subclassing, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: tuple())
t(lambda: tuple('abc'))
t(lambda: tuple([1, [2]]))
t(lambda: tuple({'k': 1, 'j': 2}))
t(lambda: tuple(range(3)))
t(lambda: tuple(x for x in 'hi'))
tp = (1, 2)
t(lambda: tuple(tp) is tp)
t(lambda: tuple([]) is tuple())
t(lambda: tuple(1))
t(lambda: tuple(None))
t(lambda: tuple([1], [2]))
t(lambda: tuple(iterable=[1]))
class T(tuple):
    pass
t(lambda: T([1, 2]))
t(lambda: type(T([1]) + (2,)).__name__)
t(lambda: tuple(T([3])))
t(lambda: type(tuple(T([3]))).__name__)
t(lambda: (1,) * 3)
t(lambda: tuple(b'\x01\x02'))
t(lambda: tuple({5}))
t(lambda: tuple(reversed((1, 2, 3))))
t(lambda: len(tuple(range(1000))))
t(lambda: hash(tuple([1, 2])) == hash((1, 2)))
t(lambda: tuple(enumerate('ab')))
