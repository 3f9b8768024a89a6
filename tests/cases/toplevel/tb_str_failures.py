# Exceptions whose str() or repr fails, an exception with no args, with several args, a non-exception class name from another module, and an exception class defined in a class
import traceback
class BadStr(Exception):
    def __str__(self):
        raise ValueError("str broke")
class Outer:
    class InnerError(Exception):
        pass
for exc in [BadStr("x"), Exception(), Exception("a", 2), Outer.InnerError("nested class"), KeyError(), KeyError(("t", 1)), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    print(traceback.format_exception_only(exc))
E = type("E", (Exception,), {"__module__": "some.module"})
print(traceback.format_exception_only(E("from a module")))
F = type("F", (Exception,), {"__module__": "builtins"})
print(traceback.format_exception_only(F("builtins module")))
raise BadStr("uncaught")
