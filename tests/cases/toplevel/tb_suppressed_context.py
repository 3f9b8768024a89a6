# raise ... from None hides the context in the printed traceback.
try:
    int("x")
except ValueError:
    raise TypeError("expected a number") from None
