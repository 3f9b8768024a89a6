# for loops over various iterables, with else, targets and mutation.
for ch in "ab":
    print(ch)
for k in {"x": 1, "y": 2}:
    print("key", k)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, a, b)
for x in range(3):
    pass
else:
    print("else after loop, x =", x)
for x in range(10):
    if x == 2:
        break
else:
    print("never")
print("broke at", x)
for n in range(10, 0, -3):
    print("countdown", n)
items = [1, 2, 3]
for item in items:
    if item == 1:
        items.append(4)
print(items)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
total = 0
for row in [[1, 2], [3, 4]]:
    for cell in row:
        total += cell
print("total", total)
try:
    for z in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
for _ in range(0):
    print("never")
for i in reversed(range(3)):
    print("reversed", i)
for a, b in zip("abc", range(10)):
    print(a, b, end="; ")
print()
