# Membership tests on strings, containers, dict views, ranges and generators.
d = {"a": 1, "b": 2}
print("a" in d, 1 in d, 1 in d.values(), ("a", 1) in d.items(), ("a", 2) in d.items(), "a" in d.keys())
print(5 in range(0, 10, 5), 10 in range(0, 10, 5), 2.0 in range(3), "2" in map(str, range(3)))
print("" in "", "abc" in "xabcx", "ac" in "abc", [1] in [[1], 2], (1,) in {(1,): 0})
gen = (i for i in range(5))
print(2 in gen, list(gen))
print(3 in iter([1, 2, 3]), b"\x00" in b"a\x00", 0 in b"a\x00", 256 in b"a" if False else "skip")
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in set()
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
keys = d.keys()
d["c"] = 3
print(keys, "c" in keys, len(keys), keys & {"a", "z"}, sorted(keys | {"z"}), sorted(keys - {"a"}))
print(d.items() & {("a", 1)}, type(d.values()).__name__)
