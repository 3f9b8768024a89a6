async def f():
    return [[await x for x in a] for a in b]
