# Generator expressions: laziness, single use, early binding of the first iterable.
def source(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (x * 10 for x in source(3))
print(type(g).__name__)
print(next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(5)), max(len(w) for w in ["a", "abc"]), sorted(c for c in "cab"))
data = [1, 2, 3]
g2 = (x for x in data)
data = [9, 9]
print(list(g2))
try:
    g3 = (x for x in 5)
except TypeError as e:
    print("eager error:", type(e).__name__, e)
g4 = (1 / x for x in [1, 0])
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print("lazy error:", e)
print(list((a, b) for a in range(2) for b in range(a, 3)))
print(", ".join(str(i) for i in range(3)), tuple(i for i in "xy"), set(i % 2 for i in range(4)) == {0, 1})
print(any(x > 2 for x in source(5)))
g5 = (y for y in range(3))
print(g5.__name__, g5.__qualname__, iter(g5) is g5)
print(list(zip((i for i in range(3)), (j for j in "ab"))))
