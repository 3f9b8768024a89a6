# Lock and RLock: acquire/release, timeouts, non-blocking, errors, contention between threads.
import threading, _thread

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

counter = 0
lock = threading.Lock()
def inc():
    global counter
    for _ in range(20000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)

# A lock released by another thread than the one that acquired it.
handoff = threading.Lock(); handoff.acquire()
def releaser():
    handoff.release()
t = threading.Thread(target=releaser); t.start()
print(handoff.acquire(timeout=5)); t.join()

# RLock owned by another thread cannot be taken without waiting.
rl = threading.RLock()
got = []
def holder(ev_in, ev_out):
    with rl:
        ev_in.set(); ev_out.wait()
a, b = threading.Event(), threading.Event()
t = threading.Thread(target=holder, args=(a, b)); t.start(); a.wait()
print(rl.acquire(blocking=False))
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError", e)
b.set(); t.join()
print(rl.acquire(blocking=False)); rl.release()
print(type(_thread.allocate_lock()).__name__, _thread.LockType is type(l))
