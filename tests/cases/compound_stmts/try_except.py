# try/except: matching by class, tuple, hierarchy, as-binding, bare except.
def attempt(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}"
for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(attempt(exc))
try:
    raise SystemExit(3)
except:
    print("bare except catches SystemExit")
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not this")
except ValueError as e:
    print("outer caught", e)
def binding_cleared():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
print(binding_cleared())
handlers = (TypeError, ValueError)
try:
    int("x")
except handlers as e:
    print("tuple variable:", type(e).__name__)
try:
    try:
        raise KeyError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("first")
except ValueError:
    try:
        raise TypeError("second")
    except TypeError as e:
        print("nested handler", e, repr(e.__context__))
class Custom(ValueError):
    pass
try:
    raise Custom("custom")
except ValueError as e:
    print("parent catches child:", type(e).__name__)
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
print(type(err).__name__, err.args)
