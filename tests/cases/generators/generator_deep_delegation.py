# Deep chains of yield from: values, sends and exceptions travel through every level.
def leaf():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError:
            total = -1
            continue
        if v is None:
            return total
        total += v
def middle(depth):
    if depth == 0:
        return (yield from leaf())
    return (yield from middle(depth - 1))
g = middle(20)
print(next(g))
print(g.send(5), g.send(7))
print(g.throw(ValueError()))
print(g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("returned through 21 levels:", e.value)
