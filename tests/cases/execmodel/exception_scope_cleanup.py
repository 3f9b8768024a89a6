# The except-clause target is deleted at the end of the handler, even if it shadowed an existing name.
e = "module e"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler:", repr(e))
print("e" in globals())
def func():
    err = "local"
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    try:
        print(err)
    except UnboundLocalError as ex:
        print(type(ex).__name__)
    return type(saved).__name__
print(func())
def keep_reference():
    try:
        raise KeyError("kept")
    except KeyError as exc:
        kept = exc
    return repr(kept), kept.__traceback__ is not None
print(keep_reference())
def star_cleanup():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        pass
    return "eg" in locals()
print(star_cleanup())
