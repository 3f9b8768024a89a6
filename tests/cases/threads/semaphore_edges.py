# Semaphore and BoundedSemaphore: initial values, errors, release(n), bounded overflow, blocking with timeout.
import threading
for cls in (threading.Semaphore, threading.BoundedSemaphore):
    s = cls(2)
    print(cls.__name__, s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
    s.release()
    print(s.acquire(blocking=False))
    s.release(); s.release()
    try:
        s.release()
        print("released beyond")
    except ValueError as e:
        print("ValueError", e)
    try:
        cls(-1)
    except ValueError as e:
        print("ValueError", e)
    try:
        s.release(0)
    except ValueError as e:
        print("ValueError", e)
    with s:
        print("in with", s._value)
s = threading.Semaphore(0)
s.release(3)
print(s._value, [s.acquire(False) for _ in range(4)])
b = threading.BoundedSemaphore(3)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError", e)
print(b._value)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
# Semaphore bounds concurrency: at most 3 workers inside at once.
sem = threading.Semaphore(3)
lock = threading.Lock()
inside = [0]; peak = [0]; done = []
def work(i):
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        for _ in range(200): pass
        with lock:
            inside[0] -= 1
    done.append(i)
ts = [threading.Thread(target=work, args=(i,)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(peak[0] <= 3, sorted(done), inside[0])
