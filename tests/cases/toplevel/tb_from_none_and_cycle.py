# `raise ... from None` hides the context; a cycle of causes is printed once without looping
import traceback
try:
    try:
        {}["missing"]
    except KeyError:
        raise AttributeError("hidden context") from None
except AttributeError as e:
    traceback.print_exc()
a = ValueError("a")
b = TypeError("b")
a.__cause__ = b
b.__cause__ = a
traceback.print_exception(a)
b.__context__ = a
b.__cause__ = None
raise a
