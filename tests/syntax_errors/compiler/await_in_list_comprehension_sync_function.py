def f():
    return [await a for a in b]
