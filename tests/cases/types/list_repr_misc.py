# list repr (recursive lists, nested), list comprehension scoping, mutation during iteration, list multiplication aliasing
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
print(a == a)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
x = 'outer'
comp = [x for x in range(3)]
print(comp, x)
items = [1, 2, 3, 4]
for i in items:
    if i == 2:
        items.remove(i)
print(items)
grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
t(lambda: [1, [2, [3, [4]]]])
t(lambda: [None, True, 1.5, 'q', b'b', (1,), {1: 2}])
t(lambda: str([1, 'a']))
t(lambda: list.__repr__([1]))
t(lambda: [].__class__.__name__)
t(lambda: [1, 2, 3][-1:-4:-1])
it = iter([1, 2, 3])
next(it)
t(lambda: it.__length_hint__())
lst = [1, 2, 3]
it2 = iter(lst)
lst.clear()
t(lambda: list(it2))
t(lambda: list.__new__(list))
t(lambda: list.__init__(lst, 'abc') or lst)
t(lambda: [*range(3), *'ab'])
t(lambda: [i * j for i in range(3) for j in range(i)])
t(lambda: [i for i in range(10) if i % 3 if i % 2])
