# Collections of many interlinked cycles: lists, dicts, instances, closures, bound methods, exceptions with tracebacks.
import gc, weakref
gc.collect(); gc.disable()
class N: pass
probes = []
for i in range(50):
    a = N(); b = N(); a.b = b; b.a = a
    a.d = {"self": a, "list": [a, b]}
    probes.append(weakref.ref(a))
def make_closure():
    x = N()
    def f(): return x
    x.f = f
    return weakref.ref(x)
probes += [make_closure() for _ in range(10)]
class M:
    def __init__(self): self.m = self.meth
    def meth(self): pass
probes += [weakref.ref(M()) for _ in range(10)]
def exc_cycle():
    try:
        raise ValueError("x")
    except ValueError as e:
        holder = N(); holder.e = e
        return weakref.ref(holder)
probes += [exc_cycle() for _ in range(5)]
del a, b
print(sum(p() is not None for p in probes))
gc.collect()
print(sum(p() is not None for p in probes))
gc.enable()
