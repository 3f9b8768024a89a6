# get_ident/get_native_id are stable within a thread and distinct across live threads; ident is set after start and kept after exit.
import threading, _thread
ids = []
lock = threading.Lock()
barrier = threading.Barrier(5)
def record():
    barrier.wait()
    a = threading.get_ident(); b = _thread.get_ident()
    n = threading.get_native_id()
    with lock:
        ids.append((a == b, a == threading.current_thread().ident, n == threading.current_thread().native_id, a, n))
    barrier.wait()
ts = [threading.Thread(target=record) for _ in range(4)]
for t in ts: t.start()
record()
for t in ts: t.join()
print([x[:3] for x in ids].count((True, True, True)))
print(len({x[3] for x in ids}), len({x[4] for x in ids}))
print(sorted(t.ident for t in ts) == sorted(x[3] for x in ids if x[3] != threading.get_ident()))
print(all(t.ident is not None for t in ts), type(_thread.get_native_id()).__name__)
print(threading.main_thread().ident == threading.get_ident())
print(_thread._count() >= 0, threading.active_count())
