# A generator shared across threads: 'generator already executing' ValueError, locked sharing gives every item once.
import threading
def gen():
    for i in range(20000):
        yield i
g = gen()
lock = threading.Lock()
got = []
def take():
    while True:
        with lock:
            try:
                v = next(g)
            except StopIteration:
                return
        got.append(v)
ts = [threading.Thread(target=take) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(got), sorted(got) == list(range(20000)))
inside = threading.Event(); leave = threading.Event()
def slow():
    inside.set()
    leave.wait()
    yield 1
s = slow()
t = threading.Thread(target=next, args=(s,)); t.start()
inside.wait()
try:
    next(s)
except ValueError as e:
    print("ValueError", e)
leave.set(); t.join()
print(list(s))
def counter():
    n = 0
    while True:
        n = yield n
c = counter(); next(c)
res = []
def send(k):
    with lock:
        res.append(c.send(k))
ts = [threading.Thread(target=send, args=(k,)) for k in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
