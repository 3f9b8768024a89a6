# __del__ order when reference counting frees chains, containers and nested objects (no cycles, gc disabled).
import gc
gc.disable()
log = []
class D:
    def __init__(self, name, child=None):
        self.name = name; self.child = child
    def __del__(self):
        log.append(self.name)
x = D("outer", D("middle", D("inner")))
del x
print(log); log.clear()
lst = [D(f"item{i}") for i in range(4)]
del lst
print(log); log.clear()
t = (D("t0"), D("t1"), D("t2"))
del t
print(log); log.clear()
d = {"a": D("da"), "b": D("db")}
d.clear()
print(log); log.clear()
d = {"a": D("va")}
d["a"] = D("vb")
print(log); log.clear()
del d
print(log); log.clear()
a = D("rebound")
a = D("second")
print(log); log.clear()
del a
class Holder:
    def __init__(self):
        self.x = D("attr-x"); self.y = D("attr-y")
h = Holder(); del h
print(log); log.clear()
s = [D("slice0"), D("slice1"), D("slice2")]
del s[1:]
print(log); log.clear()
s.pop()
print(log); log.clear()
gc.enable()
