# atexit._run_exitfuncs: handlers that raise are reported and the rest run; SystemExit in a handler; unregister of all copies; re-registration order.
import atexit, sys
base = atexit._ncallbacks()
log = []
def a(): log.append("a")
def b(): raise ValueError("b failed")
def c(*args, **kw): log.append(("c", args, kw))
def exiter(): raise SystemExit(5)
atexit.register(a); atexit.register(b); atexit.register(c, 1, k=2); atexit.register(a); atexit.register(exiter)
print(atexit._ncallbacks() - base)
errs = []
sys.unraisablehook = lambda u: errs.append((type(u.exc_value).__name__, str(u.exc_value), u.err_msg.split(" <")[0]))
atexit._run_exitfuncs()
print(log, errs)
print(atexit._ncallbacks())
log.clear(); errs.clear()
atexit.register(a); atexit.register(c); atexit.register(a)
atexit.unregister(a)
print(atexit._ncallbacks())
atexit._run_exitfuncs(); print(log)
atexit.unregister(a); atexit.unregister(print)
class Cmp:
    def __call__(self):
        pass
    def __eq__(self, other):
        raise RuntimeError("eq failed")
atexit.register(Cmp())
try:
    atexit.unregister(a)
except RuntimeError as e:
    print("RuntimeError", e)
atexit._clear(); print(atexit._ncallbacks())
def reg_during():
    log.append("outer")
    atexit.register(lambda: log.append("registered during run"))
log.clear(); atexit.register(reg_during); atexit._run_exitfuncs(); print(log, atexit._ncallbacks())
atexit._clear()
print(atexit.register(a) is a)
atexit._clear()
