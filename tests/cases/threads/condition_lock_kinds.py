# Condition built on Lock vs RLock: _is_owned from other threads, wait from a non-owner, release of a foreign lock.
import threading
for kind in (threading.Lock, threading.RLock):
    c = threading.Condition(kind())
    out = []
    c.acquire()
    def other():
        out.append(c._is_owned())
        try:
            c.wait(0)
        except RuntimeError as e:
            out.append(str(e))
    t = threading.Thread(target=other); t.start(); t.join()
    out.append(c._is_owned())
    c.release()
    out.append(c._is_owned())
    print(kind.__name__ if hasattr(kind, "__name__") else "lock", out)
c = threading.Condition(threading.Lock())
with c:
    print(c.wait(0.001), c.wait_for(lambda: "value"))
