# threading.Thread: start, join, name, ident, is_alive, daemon, results through shared state.
import threading

results = {}
def work(n):
    results[n] = sum(range(n * 1000))

threads = [threading.Thread(target=work, args=(i,), name=f"w{i}") for i in range(5)]
print([t.name for t in threads])
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads])
print(all(t.ident is not None for t in threads))
print(len({t.ident for t in threads}) >= 1)
print(threading.current_thread().name)
print(threading.main_thread() is threading.current_thread())
print(threading.active_count())
t = threading.Thread(target=lambda: None, daemon=True)
print(t.daemon)
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
u = threading.Thread(target=lambda: None)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError", e)
class MyThread(threading.Thread):
    def __init__(self, x):
        super().__init__()
        self.x = x
        self.out = None
    def run(self):
        self.out = self.x * 2
m = MyThread(21); m.start(); m.join(); print(m.out)
print(repr(threading.Thread(name="X"))[:-1].split(" ")[0:2])
