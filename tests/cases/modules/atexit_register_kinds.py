# atexit.register with builtins, bound methods, partials, lambdas and kwargs; _run_exitfuncs order and arguments; unregister by equality.
import atexit, functools
out = []
class K:
    def __init__(self, n): self.n = n
    def m(self, *a): out.append(("method", self.n, a))
k = K(1)
atexit._clear()
atexit.register(out.append, "builtin")
atexit.register(k.m, 2, 3)
atexit.register(functools.partial(out.append, "partial"))
atexit.register(lambda **kw: out.append(sorted(kw.items())), b=2, a=1)
print(atexit._ncallbacks())
atexit.unregister(k.m)
print(atexit._ncallbacks())
atexit.register(k.m)
atexit._run_exitfuncs()
print(out)
out.clear()
atexit.register(out.append, 1); atexit.register(out.append, 2)
atexit.unregister(out.append)
print(atexit._ncallbacks())
for bad in (1, None, "s"):
    try:
        atexit.register(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)
atexit._clear()
