def outer(xs):
    y = 1
    a = [y + x for x in xs]
    b = {k: v for k, v in xs if (n := k)}
    c = (lambda: x for x in xs)
    d = [[z for z in x] for x in xs]
    return n, [super() for _ in xs]

class K:
    vals = [v for v in range(3)]
    def m(self):
        return [__class__ for _ in ()]

async def co(it):
    return [i async for i in it] + [await i for i in it]
