# id(): identity properties only (stable for one object, equal for `is`, distinct for live objects), never values
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1]
b = a
c = [1]
t(lambda: id(a) == id(b))
t(lambda: id(a) == id(c))
t(lambda: id(a) == id(a))
t(lambda: type(id(a)).__name__)
t(lambda: id(None) == id(None))
t(lambda: id(a) >= 0)
t(lambda: id(True) == id(1 == 1))
t(lambda: id(()) == id(()))
t(lambda: len({id(x) for x in [a, c, b]}))
t(lambda: id())
t(lambda: id(1, 2))
objs = [object() for _ in range(5)]
t(lambda: len(set(map(id, objs))))
class K:
    pass
k = K()
t(lambda: id(k) == id(k.__self__ if hasattr(k, '__self__') else k))
t(lambda: id(K) == id(type(k)))
