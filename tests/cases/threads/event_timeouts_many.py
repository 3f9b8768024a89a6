# Many threads waiting with timeouts on Events, Conditions and Semaphores; results are counted, not timed.
import threading
never = threading.Event()
res = []
lock = threading.Lock()
def waits(i):
    r1 = never.wait(0.01)
    c = threading.Condition()
    with c:
        r2 = c.wait(0.01)
    s = threading.Semaphore(0)
    r3 = s.acquire(timeout=0.01)
    with lock:
        res.append((r1, r2, r3))
ts = [threading.Thread(target=waits, args=(i,)) for i in range(12)]
for t in ts: t.start()
for t in ts: t.join()
print(len(res), set(res))
