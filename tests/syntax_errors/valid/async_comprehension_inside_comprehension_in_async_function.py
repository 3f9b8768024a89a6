async def f():
    return [[x async for x in a] for a in b]
