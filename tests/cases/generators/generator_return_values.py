# Generator return values: StopIteration.value, yield from results, and return in nested generators.
def g(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
gen = g(3)
next(gen)
gen.send(10)
gen.send(20)
try:
    gen.send(30)
except StopIteration as e:
    print("total", e.value)
def collect():
    results = []
    while True:
        r = yield from g(2)
        results.append(r)
        if len(results) == 2:
            return results
c = collect()
print(next(c))
for v in [1, 2, 3, 4]:
    try:
        c.send(v)
    except StopIteration as e:
        print("collected", e.value)
def returns_none():
    yield 1
try:
    x = returns_none()
    next(x)
    next(x)
except StopIteration as e:
    print(e.value, e.args)
