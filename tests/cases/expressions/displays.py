# Atoms and displays: tuples, lists, dicts, sets, parenthesized forms, Ellipsis.
print((), (1,), (1, 2), 1,)
print([], [1], [1, 2,], list(), tuple())
print({}, {"a": 1, "a": 2}, {1: "x", True: "y", 1.0: "z"})
print(set(), {1}, {1, 1, 1}, type({}).__name__)
print(..., type(...).__name__, Ellipsis is ..., repr(Ellipsis))
print((1), ((2)), (((3,))))
t = 1, 2, 3
print(t, type(t).__name__, len(t))
x = ()
print(x == tuple(), x is tuple(), type(x).__name__)
print([[]], [()], ({},), {(): []})
def order(tag):
    print("eval", tag)
    return tag
d = {order("k1"): order("v1"), order("k2"): order("v2")}
print(d)
print([order(1), order(2)], {order("s")})
print({"a": 1, **{"a": 0}}, {**{"a": 0}, "a": 1})
print(type((i for i in ())).__name__, type([i for i in ()]).__name__)
print(None, True, False, NotImplemented)
