async def f():
    pass
def g():
    async with x: pass
