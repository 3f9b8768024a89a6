# Implicit exception chaining: __context__ is set when raising inside a handler or finally.
try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
        raise KeyError("c")
except KeyError as e:
    print(repr(e.__context__))
try:
    err = ValueError("reused")
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print("self-context avoided:", e.__context__ is None)
def handler_state():
    try:
        raise ValueError("x")
    except ValueError:
        import sys
        return type(sys.exception()).__name__
import sys
print(handler_state(), sys.exception())
try:
    raise RuntimeError("outer")
except RuntimeError:
    try:
        raise IndexError("nested")
    except IndexError:
        print("during nested:", type(sys.exception()).__name__)
    print("after nested:", type(sys.exception()).__name__)
print("outside:", sys.exception())
print(sys.exc_info() == (None, None, None))
try:
    raise ValueError("for exc_info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
