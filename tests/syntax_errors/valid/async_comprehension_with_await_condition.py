async def f():
    x = [y async for y in z if await y]
