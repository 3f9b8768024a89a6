# Calls with every argument kind: positional, keyword, defaults, *args, **kwargs, pos-only, kw-only.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 4, "z": 0}))
print(f(1, *(2, 3), *[4], c=5, **{"d": 6}, **{"e": 7}))
def pos_only(a, b, /, c):
    return (a, b, c)
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
def kw_only(*, x, y=0):
    return (x, y)
print(kw_only(x=1), kw_only(y=2, x=1))
def all_kinds(p, /, q, *, r):
    return p, q, r
print(all_kinds(1, q=2, r=3), all_kinds(1, 2, r=3))
def collect(**kw):
    return kw
print(collect(a=1, **{"b": 2}), collect(**{"not an identifier": 1}))
def pos_and_kw_same_name(name, /, **kw):
    return name, kw
print(pos_and_kw_same_name(1, name=2))
print(max(3, 1, 2), max([3, 1, 2], key=lambda v: -v), sorted("bca", reverse=True))
print(print("a", "b", sep="-", end="!\n"))
order = []
def arg(v):
    order.append(v)
    return v
def g(*a, **k):
    return a, k
g(arg(1), arg(2), x=arg(3), *[arg(4)], **{"y": arg(5)})
print(order)
