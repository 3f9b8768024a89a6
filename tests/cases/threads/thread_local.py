# threading.local: each thread sees its own attributes; subclasses re-run __init__ per thread.
import threading

data = threading.local()
data.x = "main"
seen = {}
def work(n):
    print_missing = not hasattr(data, "x")
    data.x = n
    seen[n] = (print_missing, data.x)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()))
print(data.x)

class Counter(threading.local):
    def __init__(self, start):
        self.value = start
        self.inits = getattr(self, "inits", 0) + 1
c = Counter(10)
c.value += 1
res = []
def bump():
    c.value += 5
    res.append((c.value, c.inits))
t = threading.Thread(target=bump); t.start(); t.join()
print(res, c.value, c.inits)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
d = threading.local()
d.a = 1
print(d.__dict__)
def look():
    res.append(dict(d.__dict__))
t = threading.Thread(target=look); t.start(); t.join()
print(res[-1])
