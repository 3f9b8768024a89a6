# Thread.join with timeouts: returns None, thread still alive after a short timeout, finished after release.
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
print(t.join(0.01), t.is_alive())
print(t.join(timeout=0), t.is_alive())
ev.set()
print(t.join(5), t.is_alive())
t.join(); t.join(0)
print("joined again")
t = threading.Thread(target=lambda: None); t.start(); t.join(-1); t.join(); print(t.is_alive())
try:
    threading.Thread(target=lambda: None).join(1)
except RuntimeError as e:
    print("RuntimeError", e)
