# raise ... from: __cause__, __context__, __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise ValueError("converted") from exc
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause")
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise KeyError("k") from TypeError("cause without handler")
except KeyError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise KeyError from ValueError
except KeyError as e:
    print(repr(e.__cause__))
try:
    raise KeyError from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "bad"
except TypeError as err:
    print(type(err).__name__, err)
def chain():
    try:
        raise OSError("first")
    except OSError:
        try:
            raise IndexError("second")
        except IndexError:
            raise LookupError("third")
try:
    chain()
except LookupError as exc:
    seen = []
    cur = exc
    while cur is not None:
        seen.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(seen))
