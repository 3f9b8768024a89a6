async def f():
    def g[T: await y](): pass
