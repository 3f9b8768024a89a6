def f():
    for x in y:
        try:
            pass
        finally:
            pass
    return x
