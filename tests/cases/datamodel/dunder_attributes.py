# Special attributes of functions, classes and instances.
def f(a, b=1, *args, c, d=2, **kw):
    "docstring"
    x = a
    return x
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_nlocals)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_firstlineno, co.co_filename.endswith("dunder_attributes.py"))
print(type(f.__globals__).__name__, f.__closure__, f.__dict__, f.__type_params__)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class K:
    "class doc"
    x = 1
print(K.__name__, K.__qualname__, K.__module__, K.__doc__, K.__bases__, K.__base__, K.__mro__)
print(K.__dict__["x"], "__weakref__" in K.__dict__, "__dict__" in K.__dict__)
k = K()
print(k.__class__ is K, k.__dict__, k.__module__, k.__doc__)
class Other: pass
k.__class__ = Other
print(type(k).__name__)
try:
    k.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(int.__name__, int.__qualname__, int.__module__, type(int.__dict__).__name__, int.__bases__)
print(type.__name__, object.__bases__, type.__bases__, type.__mro__)
