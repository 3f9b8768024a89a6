# _functools: reduce, partial (with 3.14's Placeholder), cmp_to_key, _lru_cache_wrapper
from _functools import reduce, partial, Placeholder, _PlaceholderType, cmp_to_key, _lru_cache_wrapper


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1), reduce(max, 'hello', 'a'))
print(reduce(lambda a, b: a + b, [1, 2], initial=10))
show(lambda: reduce(lambda a, b: a, []))
show(lambda: reduce(len, 1))
show(lambda: reduce(len))
show(lambda: reduce(function=len, iterable=[]))

p = partial(pow, 2)
print(p(5), p.func, p.args, p.keywords, repr(p))
q = partial(p, mod=5)
print(q(3), q.func, q.args, q.keywords, repr(q))
print(repr(partial(print, 1, sep='-', end='!')))
show(lambda: partial())
show(lambda: partial(1))
k = partial(dict, a=1)
print(k(b=2), k(a=3), k.keywords)
print(Placeholder, repr(Placeholder), type(Placeholder) is _PlaceholderType, _PlaceholderType() is Placeholder)
show(lambda: _PlaceholderType(1))
print(Placeholder.__reduce__(), bool(Placeholder))
sub = partial(lambda a, b, c: (a, b, c), Placeholder, 'B')
print(sub('A', 'C'), repr(sub)[:40], sub.args)
show(lambda: sub('A'))
show(lambda: sub())
show(lambda: partial(print, Placeholder))
show(lambda: partial(print, x=Placeholder))
nested = partial(sub, Placeholder, 'C2')
print(nested.args, nested('A2'))
print(partial(sub, 'A3').args)


class A:
    m = partial(lambda self, x: (type(self).__name__, x), x=1)


print(repr(A.m)[:40], repr(A().m)[:20], A().m())
print(partial.__get__(partial(print), None, A))


class P(partial):
    pass


pp = P(max, 1)
print(repr(pp), pp(5), type(partial(pp)).__name__)
print(p.__reduce__()[0], p.__reduce__()[1][0], p.__reduce__()[2])
r = partial(print)
r.__setstate__((max, (1, 2), {'key': None}, None))
print(r.func, r.args, r.keywords, r(0))
show(lambda: r.__setstate__((1,)))
show(lambda: r.__setstate__((max, 1, None, None)))
show(lambda: setattr(p, 'func', 1))
p.attr = 5; print(p.attr, p.__dict__)
print(partial[int], partial.__text_signature__, partial.func.__doc__)
rec = partial(print); rec.__setstate__((print, (rec,), {}, None)); print(repr(rec)[:40])

key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(1) < key(2), key(2) == key(2), key(3) >= key(1), key(1).obj)
show(lambda: hash(key(1)))
show(lambda: key(1) < 1)
show(lambda: key())
show(lambda: cmp_to_key())
print(type(key).__name__, type(key(1)).__name__)

calls = []
def f(x, y=0):
    calls.append(x)
    return x + y


class CacheInfo(tuple):
    def __new__(cls, *a):
        return tuple.__new__(cls, a)
    def __repr__(self):
        return 'CacheInfo%r' % (tuple(self),)


for maxsize in (None, 0, 2):
    calls.clear()
    c = _lru_cache_wrapper(f, maxsize, False, CacheInfo)
    print(c(1), c(1), c(2), c(3), c(1), c(1, y=1), c(1, y=1), c(x=1))
    print(maxsize, calls, c.cache_info())
    c.cache_clear(); print(c.cache_info(), c.__wrapped__ if hasattr(c, '__wrapped__') else '-')
calls.clear()
t = _lru_cache_wrapper(f, 10, True, CacheInfo)
print(t(1), t(1.0), t(1), calls, t.cache_info())
u = _lru_cache_wrapper(f, 10, False, CacheInfo)
print(u(1), u(1.0), u(True), calls, u.cache_info())
show(lambda: u([]))
show(lambda: _lru_cache_wrapper(1, 1, False, CacheInfo))
show(lambda: _lru_cache_wrapper(f, 'a', False, CacheInfo))
print(u.__copy__() is u, u.__deepcopy__(None) is u, u.__reduce__ is not None)
class M:
    meth = _lru_cache_wrapper(lambda self, x: x * 2, 4, False, CacheInfo)
print(M().meth(4), M.meth.cache_info())
n = _lru_cache_wrapper(lambda: 42, -5, False, CacheInfo)
print(n(), n(), n.cache_info())
def fact(k):
    return 1 if k < 2 else k * rf(k - 1)
rf = _lru_cache_wrapper(fact, None, False, CacheInfo)
print(rf(30), rf.cache_info())
print(reduce.__text_signature__, cmp_to_key.__text_signature__)
print(_lru_cache_wrapper.cache_info.__doc__, _lru_cache_wrapper.cache_clear.__doc__)
