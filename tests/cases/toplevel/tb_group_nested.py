# A nested ExceptionGroup with causes, contexts and notes inside its members prints as a boxed tree
def fail(kind, n):
    raise kind(f"{kind.__name__} number {n}")
def collect():
    errors = []
    for i, kind in enumerate([ValueError, TypeError]):
        try:
            fail(kind, i)
        except Exception as e:
            e.add_note(f"collected at step {i}")
            errors.append(e)
    try:
        raise OSError("inner cause")
    except OSError as cause:
        sub = ExceptionGroup("sub group", [KeyError("sk"), IndexError("si")])
        sub.__cause__ = cause
    errors.append(sub)
    return errors
raise BaseExceptionGroup("top level", collect())
