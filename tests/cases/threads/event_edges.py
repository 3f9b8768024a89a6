# Event: set/clear/is_set, wait return values, many waiters released by one set, wait with timeout.
import threading
e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=0))
e.set(); print(e.is_set(), e.wait(), e.wait(0))
e.clear(); print(e.is_set())
res = []
lock = threading.Lock()
go = threading.Event()
def w(i):
    r = go.wait(10)
    with lock: res.append((i, r))
ts = [threading.Thread(target=w, args=(i,)) for i in range(8)]
for t in ts: t.start()
go.set()
for t in ts: t.join()
print(sorted(res))
e2 = threading.Event()
e2.set(); e2.set(); e2.clear(); e2.clear(); print(e2.is_set())
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
print(e2.isSet())
print(repr(threading.Event()).split(" at ")[0].endswith("Event"), "unset" in repr(threading.Event()))
e3 = threading.Event(); e3._at_fork_reinit(); print(e3.is_set())
