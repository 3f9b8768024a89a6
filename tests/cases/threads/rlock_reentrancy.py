# RLock: reentrant counts, ownership across threads, release by a non-owner, repr counts, _recursion_count.
import threading, _thread
r = threading.RLock()
for i in range(5):
    r.acquire()
print(r._recursion_count(), r._is_owned())
out = []
def other():
    out.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        out.append(("RuntimeError", str(e)))
    out.append(r._is_owned())
    out.append(r._recursion_count())
t = threading.Thread(target=other); t.start(); t.join()
print(out)
for i in range(5):
    r.release()
print(r._recursion_count(), r._is_owned())
t = threading.Thread(target=other); t.start(); t.join()
print(out[-4:])
print("locked" in repr(threading.RLock()), "unlocked" in repr(threading.RLock()))
with r:
    with r:
        print(r._recursion_count(), "owner" in repr(r), "count=2" in repr(r))
r2 = _thread.RLock()
print(r2.acquire(timeout=0.01), r2.acquire(blocking=False))
r2.release(); r2.release()
try:
    r2.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError", e)
print(type(threading.RLock()).__name__, type(_thread.RLock()).__name__)
