# reversed(): sequences, __reversed__, __len__+__getitem__ protocol, dicts and views, errors, __length_hint__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(reversed('abc')))
t(lambda: list(reversed((1, 2))))
t(lambda: list(reversed(range(5))))
t(lambda: list(reversed({'a': 1, 'b': 2})))
t(lambda: list(reversed({'a': 1, 'b': 2}.values())))
t(lambda: list(reversed({'a': 1, 'b': 2}.items())))
t(lambda: list(reversed(b'xyz')))
t(lambda: type(reversed([])).__name__)
t(lambda: type(reversed('')).__name__)
t(lambda: type(reversed(range(1))).__name__)
t(lambda: type(reversed({})).__name__)
t(lambda: reversed({1, 2}))
t(lambda: reversed(iter([1])))
t(lambda: reversed(5))
t(lambda: reversed())
t(lambda: reversed([], []))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
t(lambda: list(reversed(Seq())))
r = reversed(Seq())
t(lambda: r.__length_hint__())
next(r)
t(lambda: r.__length_hint__())
class Rev:
    def __reversed__(self):
        return iter('own')
t(lambda: list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t(lambda: reversed(NoRev()))
lst = [1, 2, 3]
r = reversed(lst)
next(r)
lst.clear()
t(lambda: list(r))
r2 = reversed([1, 2])
t(lambda: iter(r2) is r2)
