# list aliasing and copying: slicing copies, list() copies, * repeats references, += mutates in place vs + new list, nested mutation visibility
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inner = [1]
outer = [inner, inner]
copy1 = outer[:]
copy2 = list(outer)
copy3 = outer.copy()
inner.append(2)
t(lambda: (copy1, copy2, copy3))
t(lambda: (copy1 is outer, copy1[0] is inner))
rep = [[]] * 3
rep[0].append('x')
t(lambda: rep)
a = [1, 2]
b = a
a = a + [3]
t(lambda: (a, b))
a = b
a += [3]
t(lambda: (a, b, a is b))
def mutate(lst):
    lst.append('mutated')
    lst = ['rebound']
    return lst
orig = []
t(lambda: (mutate(orig), orig))
x = [1, 2, 3]
y = x
x[:] = [9]
t(lambda: (x, y))
x[len(x):] = [10]
t(lambda: y)
z = x * 1
t(lambda: (z == x, z is x))
tup = ([],)
t(lambda: tup[0].append(1) or tup)
t(lambda: [1, 2, 3][:] == [1, 2, 3])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 5
t(lambda: nested)
e = []
e.append(e)
t(lambda: e[0] is e)
t(lambda: e == e)
f = [e]
t(lambda: f)
