# str() and repr() of every built-in exception class constructed with no args, one arg and two args (constructor errors printed)
import sys

builtins = sys.modules['builtins']
# The reference interpreter (Pyodide) adds ___EvalCodeResultException to builtins; it is left out.
names = [n for n in dir(builtins) if not n.startswith('___')
         and isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)]
for name in names:
    cls = getattr(builtins, name)
    for args in ((), ('msg',), ('a', 'b')):
        try:
            e = cls(*args)
            print(name, len(args), repr(str(e)), repr(e), e.args)
        except Exception as err:
            print(name, len(args), type(err).__name__, err)
