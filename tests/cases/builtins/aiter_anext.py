# aiter() and anext(): async iteration driven by hand with coroutine.send, default values, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    yield 2

class AIt:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i * 10

async def main():
    g = agen()
    it = aiter(g)
    print(it is g)
    print(await anext(it))
    print(await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    print(await anext(it, 'default'))
    a = AIt()
    print(await anext(a), await anext(a), await anext(a), await anext(a, None))
    out = []
    async for x in aiter(AIt()):
        out.append(x)
    print(out)
    return 'done'

print(run(main()))
t(lambda: aiter([]))
t(lambda: aiter(1))
t(lambda: anext([]))
t(lambda: anext(iter([])))
t(lambda: aiter())
t(lambda: anext())

class BadAiter:
    def __aiter__(self):
        return 1
t(lambda: aiter(BadAiter()))
aw = anext(agen())
print(type(aw).__name__)
aw.close()
aw = anext(agen(), 0)
print(type(aw).__name__)
aw.close()
