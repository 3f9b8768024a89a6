# Building strings: +, *, join, % and f-strings produce the same text; negative repeat counts give empty results.
parts = ["a", "b", "c"]
print("".join(parts), "-".join(parts), ", ".join(str(i) for i in range(3)), "".join([]))
print("ab" * 3, "ab" * 0, "ab" * -2, 3 * "x", [1, 2] * 2, (0,) * 3, [] * 5)
s = ""
for p in parts:
    s += p * 2
print(s)
print("%s-%s" % ("x", "y") == f"{'x'}-{'y'}" == "{}-{}".format("x", "y") == "x" + "-" + "y")
try:
    "-".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
print(b"-".join([b"a", b"b"]), bytearray(b",").join([b"x", bytearray(b"y")]))
