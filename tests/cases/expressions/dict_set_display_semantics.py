# Dict and set displays: duplicate keys keep the first key object and last value; set displays keep the first element.
d = {1: "int", 1.0: "float", True: "bool"}
print(d, type(list(d)[0]).__name__)
s = {1, 1.0, True}
print(s, type(next(iter(s))).__name__)
s2 = {True, 1, 1.0}
print(s2)
d2 = {"a": 1, **{"a": 2}, "a": 3}
print(d2)
print({**{1: "x"}, 1.0: "y"}, {0: "a", False: "b", 0.0: "c"})
print(dict([(1, "a"), (1.0, "b")]), dict.fromkeys([1, True, 1.0]))
print({(): 0, (): 1}, {frozenset(): 1, frozenset(): 2})
print(len({-0.0, 0.0, 0}), {-0.0: "neg"}.get(0))
