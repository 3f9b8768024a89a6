# weak references to the native objects CPython allows them for
import weakref, itertools, functools, collections


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


d = collections.deque([1])
r = weakref.ref(d); print(r() is d)
p = functools.partial(max, 1); print(weakref.ref(p)() is p)
c = functools.lru_cache(len); print(weakref.ref(c)() is c)
t = itertools.tee([1])[0]; print(weakref.ref(t)() is t)
show(lambda: weakref.ref(collections.defaultdict()))
show(lambda: weakref.ref(itertools.count()))
show(lambda: weakref.ref(functools.cmp_to_key(len)))
del d
print(r())
