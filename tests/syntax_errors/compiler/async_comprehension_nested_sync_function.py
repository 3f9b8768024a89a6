async def f():
    def g():
        return [a async for a in b]
