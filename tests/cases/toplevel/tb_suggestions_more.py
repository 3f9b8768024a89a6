# "Did you mean" suggestions: a local name, a global, a builtin, an attribute of a module and of an instance, an imported name from a module without a file, and no suggestion when nothing is close
import sys
import traceback
def show(code):
    try:
        exec(code, {"sys": sys, "traceback": traceback, "__name__": "m"})
    except Exception:
        traceback.print_exc(limit=0)
show("def f():\n    counter = 1\n    return countr\nf()")
show("global_value = 1\nprint(global_vlue)")
show("prnt('x')")
show("sys.maxsiz")
show("class C:\n    def __init__(self): self.speed = 1\nC().sped")
show("from sys import getrecursionlimt")
show("xyzzy_plugh")
show("(1).real_part")
show("import sys as s\ns.path_hook")
show("def g(self_value=1):\n    return self_valu\ng()")
