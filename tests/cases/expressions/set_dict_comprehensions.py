# Set and dict comprehensions, including key collisions and ordering.
print(sorted({x % 3 for x in range(10)}), type({x for x in ()}).__name__)
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()})
print({x % 2: x for x in range(6)})
print({(a, b): a * b for a in range(2) for b in range(2)})
print({k: [i for i in range(k)] for k in range(3)})
print(sorted({c for word in ["ab", "bc"] for c in word}))
print({x: y for x in range(2) for y in "ab"})
def order():
    print("key"); return "k"
def value():
    print("value"); return "v"
print({order(): value() for _ in range(1)})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[] for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
print({**{"a": 1}, **{k: 2 for k in "ab"}})
print(sorted({len(w) for w in "a bb cc ddd".split()}), len({i // 2 for i in range(10)}))
