# Exception variables in nested handlers, functions and comprehensions inside handlers.
def nested():
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as e2:
            pair = (str(e), repr(e2))
        still_there = str(e)
        closures = [lambda: str(e) for _ in range(1)]
        captured = closures[0]()
    return pair, still_there, captured
print(nested())
def handler_closure():
    try:
        raise TypeError("closed over")
    except TypeError as err:
        def get():
            return err
    try:
        return get()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(handler_closure())
