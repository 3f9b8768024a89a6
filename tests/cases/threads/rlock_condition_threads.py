# A bounded buffer built from an RLock-based Condition with nested acquisition in producer and consumer methods.
import threading
class Buffer:
    def __init__(self, size):
        self.lock = threading.RLock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.items = []; self.size = size
    def put(self, x):
        with self.lock:
            with self.not_full:
                while len(self.items) >= self.size:
                    self.not_full.wait()
                self.items.append(x)
                self.not_empty.notify()
    def get(self):
        with self.lock:
            with self.not_empty:
                while not self.items:
                    self.not_empty.wait()
                x = self.items.pop(0)
                self.not_full.notify()
                return x
b = Buffer(3)
out = []
def prod(k):
    for i in range(200):
        b.put(k * 1000 + i)
def cons():
    for _ in range(300):
        out.append(b.get())
ps = [threading.Thread(target=prod, args=(k,)) for k in range(3)]
cs = [threading.Thread(target=cons) for _ in range(2)]
for t in ps + cs: t.start()
for t in ps + cs: t.join()
print(len(out), sorted(out) == sorted(k * 1000 + i for k in range(3) for i in range(200)))
per = {}
for x in out:
    per.setdefault(x // 1000, []).append(x)
print({k: v == sorted(v) for k, v in sorted(per.items())})
