# dict ordering details: popitem is LIFO, re-inserting a deleted key moves it to the end, update keeps existing positions, views follow order
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = dict.fromkeys('abcde', 0)
t(lambda: d.popitem())
t(lambda: d.popitem())
d['b'] = 'moved?'
t(lambda: list(d))
del d['a']
d['a'] = 'readded'
t(lambda: list(d))
d.update({'c': 'updated', 'z': 'new'})
t(lambda: d)
t(lambda: list(d.values()))
t(lambda: list(reversed(d.items())))
for _ in range(len(d)):
    print(d.popitem())
t(lambda: d)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
t(lambda: list(big)[:10])
t(lambda: list(big)[-3:])
big[0] = 'zero'
t(lambda: list(big)[-2:])
t(lambda: next(iter(big)))
s = {}
s.setdefault('x', 1)
s.setdefault('a', 2)
s.setdefault('x', 3)
t(lambda: s)
t(lambda: dict(zip('cba', range(3))))
t(lambda: {k: None for k in 'hello'})
