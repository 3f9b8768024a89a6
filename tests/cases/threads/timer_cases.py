# threading.Timer: fires once with args, cancel before it fires, interval attribute, is a Thread subclass.
import threading
out = []
t = threading.Timer(0.01, out.append, args=("fired",))
print(t.interval, isinstance(t, threading.Thread))
t.start(); t.join()
print(out)
c = threading.Timer(10, out.append, args=("never",))
c.start(); c.cancel(); c.join()
print(out, c.finished.is_set())
k = threading.Timer(0, lambda **kw: out.append(kw), kwargs={"a": 1})
k.start(); k.join(); print(out[-1])
d = threading.Timer(0.0, out.append, ["default args list"])
d.start(); d.join(); print(out[-1])
e = threading.Timer(1, print); e.cancel(); e.start(); e.join(); print("cancel before start")
class MyTimer(threading.Timer):
    def run(self):
        out.append("custom run")
m = MyTimer(5, print); m.start(); m.join(); print(out[-1])
