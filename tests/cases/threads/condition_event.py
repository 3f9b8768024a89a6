# Condition (wait, wait_for, notify, notify_all), Event, Semaphore, BoundedSemaphore, Barrier between threads.
import threading

cond = threading.Condition()
items = []
def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))
out = []
ts = [threading.Thread(target=consumer, args=(out,)) for _ in range(3)]
for t in ts: t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
for t in ts: t.join()
print(out)
with cond:
    print(cond.wait(timeout=0.01))

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
def setter(): ev.set()
threading.Thread(target=setter).start()
print(ev.wait(5), ev.is_set())
ev.clear(); print(ev.is_set())

sem = threading.Semaphore(2)
active = []
peak = []
mlock = threading.Lock()
def limited(i):
    with sem:
        with mlock:
            active.append(i); peak.append(len(active))
        threading.Event().wait(0.01)
        with mlock:
            active.remove(i)
ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(max(peak) <= 2, len(peak))
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)

b = threading.Barrier(3)
ids = []
def party():
    ids.append(b.wait())
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(ids))
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", b2.broken)
