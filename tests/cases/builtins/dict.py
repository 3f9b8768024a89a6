# dict(): constructor forms (mapping, pairs, kwargs, keys()+__getitem__ protocol), errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: dict())
t(lambda: dict(a=1, b=2))
t(lambda: dict({'x': 1}, y=2))
t(lambda: dict([('a', 1), ('b', 2), ('a', 3)]))
t(lambda: dict([[1, 2], (3, 4), 'ab']))
t(lambda: dict(zip('abc', range(3))))
t(lambda: dict({1: 2}, **{'k': 'v'}))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict(['a']))
t(lambda: dict(1))
t(lambda: dict({}, {}))
t(lambda: dict([([], 1)]))
t(lambda: dict({'a': 1}, a=2))

class M:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
t(lambda: dict(M()))
class KeysOnly:
    def keys(self):
        return [1]
t(lambda: dict(KeysOnly()))
d = {'one': 1}
d2 = dict(d)
d2['two'] = 2
print(d, d2, d is d2)
t(lambda: dict.fromkeys('ab'))
t(lambda: dict.fromkeys(range(3), []))
t(lambda: {**{'a': 1}, 'b': 2, **{'a': 3}})
t(lambda: dict(((i, i * i) for i in range(4))))
class D(dict):
    pass
t(lambda: type(D(a=1)).__name__)
t(lambda: D(a=1))
t(lambda: dict(D(z=26)))
t(lambda: {1: 'a', 1.0: 'b', True: 'c'})
