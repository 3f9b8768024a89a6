# Lazy pipelines built from generators and builtins that consume them.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
print(list(take(5, squares)))
print(next(n for n in naturals() if n > 10 and n % 7 == 0))
print(any(n > 3 for n in naturals()), all(n < 3 for n in naturals()))
it = naturals()
print(list(zip(it, "abc")), next(it))
print(dict(zip("xyz", naturals())))
print(list(map(lambda p: p[0] * p[1], zip(naturals(), take(4, naturals())))))
print(list(filter(None, take(5, naturals()))))
print(list(enumerate(take(3, naturals()), start=10)))
print(sorted(take(5, naturals()), reverse=True), max(take(5, naturals())), min(take(5, naturals())))
print(list(reversed(list(take(3, naturals())))))
chunks = iter(take(7, naturals()))
print([list(take(3, chunks)) for _ in range(3)])
