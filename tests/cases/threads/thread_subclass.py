# threading.Thread subclasses: run() override, args/kwargs, name, is_alive, repr parts, start twice, join before start.
import threading

class Worker(threading.Thread):
    def __init__(self, n, out):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.out = out
    def run(self):
        self.out.append(self.n * self.n)

out = []
ws = [Worker(i, out) for i in range(6)]
print([w.name for w in ws])
print([w.is_alive() for w in ws])
for w in ws: w.start()
for w in ws: w.join()
print(sorted(out), [w.is_alive() for w in ws])
try:
    ws[0].start()
except RuntimeError as e:
    print("RuntimeError", e)
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError", e)
res = {}
def f(a, b, *, c):
    res["v"] = (a, b, c)
t = threading.Thread(target=f, args=(1, 2), kwargs={"c": 3}); t.start(); t.join()
print(res)
class NoRun(threading.Thread):
    pass
t = NoRun(); t.start(); t.join(); print("norun ok", t.is_alive())
t = threading.Thread(target=print, args=("printed from thread",)); t.start(); t.join()
print(threading.Thread(name="x").name, threading.Thread(name=5).name)
t = threading.Thread(); print(t.ident, t.native_id)
t.start(); t.join(); print(type(t.ident).__name__, type(t.native_id).__name__)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
class WithInit(threading.Thread):
    def __init__(self):
        pass
try:
    WithInit().start()
except RuntimeError as e:
    print("RuntimeError", e)
