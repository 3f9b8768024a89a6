# Import statement syntax forms checked with compile(), and import of sys in nested scopes.
for src in ["import sys", "import sys as s", "from sys import argv", "from sys import (argv, path)", "from sys import argv as a, path as p",
            "from . import x", "from .. import y", "from .mod import z", "import a.b.c", "import a.b as c",
            "from sys import (argv,)", "from sys import ()", "import sys,", "from sys import argv,", "import *", "from . import *"]:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r:38} compiles")
    except SyntaxError as e:
        print(f"{src!r:38} {e.msg}")
def nested():
    from sys import version_info as v
    class Inner:
        import sys
        ok = sys.version_info is v
    return Inner.ok
print(nested())
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
