# _thread lock timeouts and errors: TIMEOUT_MAX, negative timeouts, huge timeouts, types, with statement, locked().
import _thread, threading
lk = _thread.allocate_lock()
print(type(lk).__name__, lk.locked(), _thread.TIMEOUT_MAX > 1000)
print(lk.acquire(timeout=0), lk.acquire(timeout=0), lk.acquire(True, 0.001))
for bad in (-2, -0.5):
    try:
        lk.acquire(timeout=bad)
    except ValueError as e:
        print("ValueError", e)
try:
    lk.acquire(timeout=_thread.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError", e)
try:
    lk.acquire(timeout="1")
except TypeError as e:
    print("TypeError")
lk.release()
with lk:
    print(lk.locked())
print(lk.locked())
print(lk.acquire(True, -1)); lk.release()
try:
    _thread.allocate_lock().release()
except RuntimeError as e:
    print("RuntimeError", e)
print(_thread.LockType is type(lk), threading.Lock is _thread.allocate_lock or True)
print(_thread.error is RuntimeError)
# An acquire with a timeout wakes when another thread releases.
lk.acquire()
threading.Timer(0.02, lk.release).start()
print(lk.acquire(timeout=10)); lk.release()
