# Keyword arguments: non-identifier keys via **, positional-only names in **kwargs, and builtin keyword support.
def f(**kw):
    return kw
print(f(**{"with space": 1, "1": 2, "": 3}))
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
print(sorted([3, 1, 2], key=None, reverse=True), int("10", base=2), "a,b".split(sep=","))
print(dict(a=1, **{"b": 2}), max([1, 2], default=0), min([], default="empty"))
for call in ["len(obj=[1])", "'abc'.split(',', maxsplit=1, bogus=2)", "int(x='1')", "sorted([1], [2])", "print(flush=1, bogus=2)"]:
    try:
        eval(call)
    except TypeError as e:
        print(f"{call:40}", e)
