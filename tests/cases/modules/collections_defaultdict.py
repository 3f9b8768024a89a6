# _collections.defaultdict, _tuplegetter and _count_elements
from _collections import defaultdict, _tuplegetter, _count_elements


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d['a'].append(1); d['b']; print(d, d.default_factory, len(d), 'c' in d, d.get('c'))
print(repr(defaultdict()), repr(defaultdict(None, {1: 2})), defaultdict(int, a=1), defaultdict(int, [(1, 2)]))
n = defaultdict()
show(lambda: n['x'])
print(n.__missing__ if False else None)
c = defaultdict(int, {'x': 1}); cc = c.copy(); cc['y'] += 1
print(c, cc, type(cc).__name__, c.__copy__())
print(c.__reduce__()[:4], list(c.__reduce__()[4]))
print(defaultdict().__reduce__()[:2])
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1), type({'b': 2} | defaultdict(int)).__name__)
x = defaultdict(int, a=1); x |= {'c': 3}; print(x, type(x).__name__)
print(defaultdict.__or__(defaultdict(int), 1), defaultdict(int).__ror__([]))
show(lambda: defaultdict(1))
show(lambda: defaultdict(list, 1, 2))
show(lambda: c.__missing__())
print(c.__missing__('new'), c)
d.default_factory = set; d['s'].add(1); print(d)
d.default_factory = None; show(lambda: d['zz'])
r = defaultdict(list); r['self'] = r; print(r)
class Factory:
    def __repr__(self):
        return 'F'
    def __call__(self):
        return 0
print(defaultdict(Factory()))
rr = defaultdict(); rr.default_factory = rr.__getitem__; print(repr(rr)[:30])
class Sub(defaultdict):
    pass
s = Sub(int, a=1); s['b'] += 2
print(s, repr(Sub()), type(s.copy()).__name__, s.copy(), isinstance(s, dict))
print(defaultdict[str, int], defaultdict.__doc__.splitlines()[0], defaultdict.default_factory.__doc__)
print(defaultdict.__missing__.__doc__)
t = _tuplegetter(1, 'second item')
class P(tuple):
    b = t
print(P((1, 2)).b, t.__doc__, repr(t), t.__reduce__())
show(lambda: P((1,)).b)
show(lambda: setattr(P((1, 2)), 'b', 3))
show(lambda: delattr(P((1, 2)), 'b'))
show(lambda: t.__get__(5))
print(t.__get__(None, P) is t)
t.__doc__ = 'changed'; print(t.__doc__)
show(lambda: _tuplegetter('a', 'b'))
show(lambda: _tuplegetter(1))
counts = {}
_count_elements(counts, 'abracadabra'); print(counts)
dd = defaultdict(int); _count_elements(dd, [1, 1, 2]); print(dd)
show(lambda: _count_elements({}, 1))
show(lambda: _count_elements({}))
show(lambda: _count_elements({'a': 'x'}, 'a'))
class Counts(dict):
    def __getitem__(self, k):
        return 10
c2 = Counts(); _count_elements(c2, 'aa'); print(c2)
print(_count_elements.__doc__)
