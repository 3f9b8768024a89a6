# mappingproxy (type(int.__dict__)): read-only view over a mapping, construction, lookups, views, copy, |, errors on mutation
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

MP = type(int.__dict__)
t(lambda: MP.__name__)
d = {'a': 1, 'b': 2}
mp = MP(d)
t(lambda: mp)
t(lambda: mp['a'])
t(lambda: mp['z'])
t(lambda: mp.get('z', 0))
t(lambda: list(mp.keys()))
t(lambda: list(mp.values()))
t(lambda: list(mp.items()))
t(lambda: 'a' in mp)
t(lambda: len(mp))
t(lambda: list(mp))
t(lambda: list(reversed(mp)))
d['c'] = 3
t(lambda: mp)
t(lambda: mp.copy())
t(lambda: type(mp.copy()).__name__)
t(lambda: mp | {'d': 4})
t(lambda: {'d': 4} | mp)
t(lambda: type(mp | {}).__name__)
t(lambda: mp.__setitem__('x', 1))
t(lambda: mp.__delitem__('a'))
t(lambda: mp.pop('a'))
t(lambda: mp.update({}))
def ior():
    global mp
    mp |= {}
t(ior)
t(lambda: MP([1, 2]))
t(lambda: MP(1))
t(lambda: mp == d)
t(lambda: mp == {'a': 1, 'b': 2, 'c': 3})
t(lambda: hash(mp))
t(lambda: str(mp))
class C:
    x = 1
t(lambda: type(C.__dict__).__name__)
t(lambda: C.__dict__['x'])
t(lambda: C.__dict__.__setitem__('x', 2))
t(lambda: type(vars(C)).__name__)
t(lambda: 'bit_length' in int.__dict__)
t(lambda: type(int.__dict__['bit_length']).__name__)
t(lambda: MP(MP({'n': 1})))
