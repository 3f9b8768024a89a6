# Concatenation, repetition, membership and len on builtin sequences.
print([1] + [2], (1,) + (2,), "a" + "b", b"a" + b"b", bytearray(b"x") + b"y")
print([0] * 3, 3 * [0], (1, 2) * 2, "ab" * 3, "x" * 0, [1] * -1, b"-" * 4)
nested = [[]] * 3
nested[0].append(1)
print(nested)
print(3 in [1, 2, 3], "b" in "abc", (1, 2) in [(1, 2)], 4 not in range(4), b"b" in b"abc", 98 in b"abc")
print(len([1, 2]), len("héllo"), len(b"\x00\x01"), len(range(0, 10, 3)), len({}), len(()))
for expr in ["[1] + (2,)", "'a' + b'b'", "'a' * 'b'", "[1] * 1.5", "'a' in 1", "1 in 'abc'", "(1,) + [2]", "b'a' + 'b'", "[] * []"]:
    try:
        eval(expr)
    except TypeError as e:
        print(f"{expr:12}", type(e).__name__, e)
print(list(range(3)) + list("ab"), tuple("ab") * 2, "-".join(["a"] * 3))
s = "abc"
s += "d"
print(s, min("bca"), max([3, 1]), sorted((3, 1, 2)))
print([1, 2, 3].index(2), "hello".count("l"), (1, 1, 2).count(1), "hello".find("z"))
try:
    "abc" * (2 ** 100)
except OverflowError as e:
    print(type(e).__name__, e)
