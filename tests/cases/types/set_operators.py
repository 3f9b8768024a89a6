# set/frozenset operators: | & - ^ and in-place forms, comparisons (<, <=, ==), mixed set/frozenset result types, errors with non-sets
def t(f):
    try:
        r = f()
        print(sorted(r) if isinstance(r, (set, frozenset)) else repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

a, b = {1, 2, 3}, {3, 4}
fa = frozenset(a)
t(lambda: a | b)
t(lambda: a & b)
t(lambda: a - b)
t(lambda: b - a)
t(lambda: a ^ b)
t(lambda: fa | b)
t(lambda: b | fa)
t(lambda: fa & b)
t(lambda: fa - b)
t(lambda: fa ^ b)
t(lambda: a | [4])
t(lambda: a & 'x')
t(lambda: a < {1, 2, 3, 4})
t(lambda: a < a)
t(lambda: a <= a)
t(lambda: a > {1})
t(lambda: a >= {1, 2, 3})
t(lambda: a == fa)
t(lambda: a != {1, 2})
t(lambda: {1, 2} < {3})
t(lambda: {1, 2} > {3})
t(lambda: a < [1])
t(lambda: a == [1, 2, 3])
x = {1, 2}
y = x
x |= {3}
x &= {1, 3, 5}
x -= {1}
x ^= {9}
t(lambda: x)
t(lambda: x is y)
f = frozenset([1])
g = f
f |= {2}
t(lambda: f)
t(lambda: f is g)
t(lambda: g)
def ior_list():
    z = {1}
    z |= [2]
t(ior_list)
t(lambda: {1, 2}.__or__([3]))
t(lambda: {1}.__ror__({2}))
t(lambda: len({1, 2} | {2, 3}))
t(lambda: bool(set()))
t(lambda: set() == frozenset())
t(lambda: {frozenset(): 1}[frozenset()] )
t(lambda: sorted({3, 1} | {2}))
