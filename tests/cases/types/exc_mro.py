# full __mro__ names of every built-in exception class, in dir(builtins) order, plus __base__ and __bases__ of each
import sys

builtins = sys.modules['builtins']
# The reference interpreter (Pyodide) adds ___EvalCodeResultException to builtins; it is left out.
for name in dir(builtins):
    if name.startswith('___'):
        continue
    obj = getattr(builtins, name)
    if isinstance(obj, type) and issubclass(obj, BaseException):
        print(name, [c.__name__ for c in obj.__mro__], obj.__base__.__name__, [b.__name__ for b in obj.__bases__])
