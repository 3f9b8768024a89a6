# Raising from except, else and finally clauses and what __context__ becomes.
def show(fn):
    try:
        fn()
    except Exception as e:
        ctx = e.__context__
        print(f"{type(e).__name__}({e}) context={type(ctx).__name__ if ctx else None} cause={e.__cause__!r}")
def from_except():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
def from_else():
    try:
        pass
    except KeyError:
        pass
    else:
        raise ValueError("from else")
def from_finally_clean():
    try:
        pass
    finally:
        raise ValueError("from finally")
def from_finally_pending():
    try:
        raise KeyError("pending")
    finally:
        raise ValueError("replaces pending")
def reraise_with_cause():
    try:
        raise KeyError("x")
    except KeyError as e:
        raise ValueError("y") from e
def nested_handlers():
    try:
        raise KeyError("1")
    except KeyError:
        try:
            raise IndexError("2")
        except IndexError:
            raise ValueError("3")
for fn in [from_except, from_else, from_finally_clean, from_finally_pending, reraise_with_cause, nested_handlers]:
    show(fn)
def context_preserved():
    try:
        raise KeyError("orig")
    except KeyError as e:
        saved = e
    try:
        raise ValueError("later")
    except ValueError as v:
        return v.__context__
print(context_preserved())
