# Module-level names: __name__, __doc__, dunder globals and sys.modules.
import sys
print(__name__, __doc__)
print(__spec__ is None or __spec__ is not None)
main = sys.modules["__main__"]
print(main.__name__, type(main).__name__)
value = 41
print(main.value + 1)
main.injected = "via module object"
print(injected)
g = globals()
g["dynamic"] = "set via globals()"
print(dynamic)
print(sorted(k for k in g if k in {"value", "injected", "dynamic", "main", "g"}))
def func():
    return func.__globals__ is globals()
print(func(), func.__module__)
class C: pass
print(C.__module__, repr(C), repr(C()).startswith("<__main__.C object at "))
print(sys.argv[0].endswith("module_globals.py"), len(sys.argv))
