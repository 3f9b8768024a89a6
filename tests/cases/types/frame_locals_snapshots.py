# locals(), vars(), dir(), eval and exec defaults inside a function see the current fast locals (PEP 667 snapshots); a finished frame's f_locals proxy.
import sys
def f():
    x = 1
    exec("print(x)")
    print(eval("x + 1"), dir(), vars())
    y = 5
    exec("y = 6")
    print(y)
f()
class C:
    a = 1
    print(sorted(locals()))
def g(a, b=2):
    fl = sys._getframe().f_locals
    c = 3
    fl["extra"] = 1
    print(type(fl).__name__, fl["extra"], "extra" in fl, fl.get("zz", "dflt"))
    try:
        del fl["a"]
    except ValueError as e:
        print("ValueError", e)
    return sys._getframe()
fr = g(1)
proxy = fr.f_locals
print(sorted(k for k in proxy), proxy["c"], proxy == dict(proxy), repr(proxy)[:20])
print(sorted(proxy.keys()), len(proxy), list(reversed(proxy))[:2], proxy.pop("extra"), "extra" in proxy)
print(type(proxy.copy()).__name__, proxy.setdefault("new", 5), proxy["new"], (proxy | {"z": 0})["z"])
try:
    proxy["missing"]
except KeyError as e:
    print("KeyError", e)
