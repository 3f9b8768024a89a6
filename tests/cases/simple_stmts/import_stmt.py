# import statement forms with the sys module, and ImportError messages.
import sys
import sys as system
from sys import maxsize as ms, version_info
print(sys is system, ms == sys.maxsize, version_info[:2])
def local_import():
    import sys
    from sys import argv
    return type(sys).__name__, type(argv).__name__
print(local_import())
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
print(sys.modules["sys"] is sys, "sys" in sys.modules)
print(sys.version_info >= (3, 14), sys.version_info.major)
try:
    exec("from sys import *")
    print("star import at module level ok")
except SyntaxError as e:
    print(e.msg)
try:
    compile("def f():\n    from sys import *\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("from __future__ import braces", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
