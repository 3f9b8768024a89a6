# Condition.notify(n) wakes exactly n waiters, notify_all wakes the rest; wait_for predicate with a producer thread.
import threading, time
c = threading.Condition()
woken = []
ready = [0]
def waiter(i):
    with c:
        ready[0] += 1
        c.wait()
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts: t.start()
while True:
    with c:
        if ready[0] == 5: break
    time.sleep(0.001)
with c:
    c.notify(2)
while True:
    with c:
        if len(woken) == 2: break
    time.sleep(0.001)
time.sleep(0.02)
print(len(woken))
with c:
    c.notify(0)
    c.notify_all()
for t in ts: t.join()
print(sorted(woken))
items = []
def producer():
    for i in range(5):
        with c:
            items.append(i)
            c.notify()
t = threading.Thread(target=producer); t.start()
with c:
    r = c.wait_for(lambda: len(items) == 5, timeout=10)
t.join()
print(r, items)
with c:
    print(c.wait_for(lambda: False, timeout=0.01))
lock = threading.Lock()
c2 = threading.Condition(lock)
with c2:
    print(lock.locked())
print(lock.locked())
print(c2.acquire(), c2._is_owned(), c2.release())
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
with c2:
    c2.notifyAll()
print("notifyAll ok")
