# list(): constructor from iterables, copying semantics, generator exhaustion, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list())
t(lambda: list('abc'))
t(lambda: list((1, 2)))
t(lambda: list({'a': 1, 'b': 2}))
t(lambda: list({'a': 1}.items()))
t(lambda: list(range(3, -3, -2)))
t(lambda: list(b'AB'))
t(lambda: list(x * x for x in range(4)))
t(lambda: list(map(str, [1, 2])))
a = [1, [2]]
b = list(a)
print(a == b, a is b, a[1] is b[1])
g = iter([1, 2, 3])
print(list(g), list(g))
t(lambda: list(1))
t(lambda: list(None))
t(lambda: list([1], [2]))
t(lambda: list(iterable=[1]))
class L(list):
    pass
t(lambda: L('xy'))
t(lambda: type(L('xy') + [1]).__name__)
t(lambda: type(L('xy')[:]).__name__)
t(lambda: list(L('q')))
class Len:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        return 1000
t(lambda: list(Len()))
class BadLen:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        raise ValueError('len failed')
t(lambda: list(BadLen()))
