# threading.local subclasses: __init__ runs once per thread with the constructor args, slots-free attributes per thread, __dict__.
import threading
class MyLocal(threading.local):
    count = 0
    def __init__(self, start):
        self.value = start
        MyLocal.count += 1
    def bump(self):
        self.value += 1
        return self.value
loc = MyLocal(10)
print(loc.value, MyLocal.count)
out = {}
def work(i):
    for _ in range(i):
        loc.bump()
    out[i] = loc.value
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out.items()), loc.value, MyLocal.count)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
plain = threading.local()
plain.x = 1
seen = []
def look():
    seen.append(hasattr(plain, "x"))
    plain.x = 2
    seen.append(plain.__dict__)
t = threading.Thread(target=look); t.start(); t.join()
print(seen, plain.x, plain.__dict__)
del plain.x
print(hasattr(plain, "x"))
try:
    del plain.x
except AttributeError as e:
    print("AttributeError")
try:
    plain.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
class Slotted(threading.local):
    __slots__ = ("a",)
s = Slotted(); s.a = 1; s.b = 2
res = []
def look2():
    res.append((hasattr(s, "a"), hasattr(s, "b")))
t = threading.Thread(target=look2); t.start(); t.join()
print(res)
class KwLocal(threading.local):
    def __init__(self, *, k):
        self.k = k
kl = KwLocal(k="v")
r = []
t = threading.Thread(target=lambda: r.append(kl.k)); t.start(); t.join()
print(r)
