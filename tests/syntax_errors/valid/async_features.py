async def f():
    async with a as b:
        pass
    async for x in y:
        await x
    return [z async for z in w]
