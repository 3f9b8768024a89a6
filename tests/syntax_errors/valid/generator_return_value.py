def f():
    yield
    return 1
async def g():
    return
