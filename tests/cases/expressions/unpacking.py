# Iterable and dict unpacking in displays, calls and assignments.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*"xy", *range(2)])
print({**{"a": 1}, "b": 2, **{"a": 3}}, {"a": 1, **{}}, dict(**{"x": 1}, y=2))
print(*a, *b, sep=",")
print((*a,), [*a][0])
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = [1, 2], 3
print(x, y, z)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for i, (j, *k) in [(1, (2, 3, 4)), (5, (6,))]:
    print(i, j, k)
for text in ["a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = [1, 2], 3"]:
    try:
        exec(text, {})
    except (ValueError, TypeError) as e:
        print(f"{text:22}", type(e).__name__, e)
try:
    print({**[1, 2]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
def f(**kw):
    return kw
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
class Keys:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, key): return key.upper()
print({**Keys()}, f(**Keys()))
print(*{"d": 1, "e": 2})
