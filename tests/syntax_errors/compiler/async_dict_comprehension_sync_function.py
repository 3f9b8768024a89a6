def f():
    return {a: 1 async for a in b}
