# Exception notes are printed after the exception line.
def validate(x):
    if x < 0:
        err = ValueError(f"negative value {x}")
        err.add_note("values must be non-negative")
        err.add_note("got it from validate()")
        raise err
validate(-3)
