# List comprehensions: filters, nesting, multiple for clauses, scoping.
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "abc"], [len(w) for w in "the quick fox".split()])
print([x for x in []], [None for _ in range(2)])
print([(a, b) for a, b in [(1, 2), (3, 4)]], [a + b for a, (b, _) in [(1, (2, 3))]])
x = "outer"
print([x for x in "ab"], x)
print([y for y in range(3) if (z := y * 10) > 5], z)
print([i for i in range(3) for i in "ab"])
print([*range(2), *[x for x in "cd"]])
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
def gen():
    yield from [1, 2]
print([v * 10 for v in gen()])
print([j for i in range(4) if i % 2 == 0 for j in range(i)])
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type([x for x in ()]).__name__)
