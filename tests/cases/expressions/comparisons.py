# Comparison chaining, identity and membership, cross-type equality.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5, 5 > 4 > 3 > 6)
print(x == 5 == 5.0, 1 != 2 != 1, 1 < 2 != 3 == 3)
def val(name, v):
    print("eval", name)
    return v
print(val("a", 1) < val("b", 0) < val("c", 2))
print(val("a", 1) < val("b", 2) < val("c", 3))
print("abc" < "abd", "a" < "B", "" < "a", "Z" < "a", "abc" < "ab", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {1: 2} == {1: 2.0}, {1, 2} == {2, 1}, "1" == 1)
print(None == None, None is None, None == 0, None != False)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, not a is c)
print(2 in [1, 2], 2 not in (1, 3), "ell" in "hello", "" in "abc", 1 in {1: "x"}, "x" in {1: "x"})
print(float("nan") in [float("nan")], [float("nan")] == [float("nan")])
n = float("nan")
print(n in [n], [n] == [n], (n,) == (n,), n == n)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} < {3})
print(b"abc" < b"abd", b"a" == "a", 1 < True + 1, (1, "a") < (1, "b"))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j < 2j
except TypeError as e:
    print(type(e).__name__, e)
one, nothing, false = 1, None, False
print(one is not nothing is not false)
