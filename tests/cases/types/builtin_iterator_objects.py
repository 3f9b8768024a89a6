# map/filter/zip/enumerate/reversed objects as types: iter() identity, next() after exhaustion, __length_hint__ availability, type names
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

objs = [map(abs, [-1, -2]), filter(None, [0, 1]), zip('ab', 'cd'), enumerate('xy'), reversed([1, 2]), reversed('ab'),
        reversed(range(2)), iter(lambda: 1, 1)]
for o in objs:
    print(type(o).__name__, iter(o) is o, hasattr(o, '__length_hint__'), list(o), list(o), next(o, 'end'))
r = reversed([1, 2, 3])
t(lambda: r.__length_hint__())
next(r)
t(lambda: r.__length_hint__())
t(lambda: map.__name__)
t(lambda: filter.__qualname__)
t(lambda: zip.__module__)
t(lambda: type(enumerate).__name__)
t(lambda: issubclass(enumerate, object))
t(lambda: isinstance(map(abs, []), map))
t(lambda: map.__new__(map))
t(lambda: list(zip.__new__(zip)))
t(lambda: enumerate.__new__(enumerate))
t(lambda: len(map(abs, [1])))
t(lambda: map(abs, [1])[0])
t(lambda: bool(zip()))
t(lambda: bool(filter(None, [])))
t(lambda: list(zip(*zip('ab', 'cd'))))
t(lambda: list(enumerate(enumerate('ab'))))
t(lambda: list(map(lambda p: p[0] + p[1], zip([1, 2], [10, 20]))))
t(lambda: list(filter(lambda x: x[0] % 2, enumerate('abcd'))))
t(lambda: list(reversed(list(enumerate('ab')))))
t(lambda: enumerate(iterable='a', start=1).__next__())
t(lambda: list(zip(range(3), map(str, range(3)), strict=True)))
