# built-in iterator types: list/tuple/str/bytes/dict/set/range iterators, __length_hint__ as they advance, exhaustion, repeat next
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

cases = [[1, 2, 3], (1, 2, 3), 'abc', 'aé€', b'abc', bytearray(b'ab'), {1: 'a', 2: 'b'}, {1, 2, 3}, range(3),
         {1: 'a'}.values(), {1: 'a'}.items(), frozenset([1]), memoryview(b'mv')]
for c in cases:
    it = iter(c)
    hints = [it.__length_hint__()] if hasattr(it, '__length_hint__') else ['no hint']
    items = []
    for _ in range(5):
        try:
            items.append(next(it))
        except StopIteration:
            items.append('Stop')
    print(type(it).__name__, hints, items)
it = iter([1, 2, 3])
next(it)
t(lambda: it.__length_hint__())
next(it)
next(it)
t(lambda: it.__length_hint__())
t(lambda: next(it, 'exhausted'))
lst = [1, 2]
it2 = iter(lst)
lst.append(3)
t(lambda: list(it2))
lst.append(4)
t(lambda: list(it2))
s = 'x'
t(lambda: type(iter('\U0001f600')).__name__)
t(lambda: type(iter('abc')).__name__)
t(lambda: type(iter(reversed([1]))).__name__)
ti = iter((1, 2))
t(lambda: iter(ti) is ti)
t(lambda: ti.__next__())
t(lambda: ti.__setstate__(5))
t(lambda: next(ti))
t(lambda: type(iter({}.keys())).__name__)
t(lambda: type(reversed({}.keys())).__name__)
t(lambda: type(reversed({}.values())).__name__)
t(lambda: type(reversed({}.items())).__name__)
d = {1: 1}
di = iter(d)
d[2] = 2
t(lambda: next(di))
ri = iter(range(10))
t(lambda: [next(ri) for _ in range(3)])
t(lambda: ri.__length_hint__())
