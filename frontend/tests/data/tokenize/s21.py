async def f():
    await x
    async for a in b: pass
match x:
    case 1: pass
type X = int
