# Barrier: wait indices, action, abort, reset, broken state, timeouts, parties/n_waiting.
import threading
b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
idx = []
lock = threading.Lock()
def w():
    i = b.wait()
    with lock: idx.append(i)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx))
acted = []
b2 = threading.Barrier(2, action=lambda: acted.append("action"))
ts = [threading.Thread(target=b2.wait) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(acted)
b3 = threading.Barrier(2, timeout=0.05)
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", e, b3.broken)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("still broken")
b3.reset()
print(b3.broken, b3.n_waiting)
b4 = threading.Barrier(2)
errs = []
def waiter():
    try:
        b4.wait()
    except threading.BrokenBarrierError:
        errs.append("broken")
t = threading.Thread(target=waiter); t.start()
while b4.n_waiting == 0:
    pass
b4.abort(); t.join()
print(errs, b4.broken)
def bad_action():
    raise ValueError("action failed")
b5 = threading.Barrier(1, action=bad_action)
try:
    b5.wait()
except ValueError as e:
    print("ValueError", e, b5.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b6 = threading.Barrier(1)
print([b6.wait() for _ in range(3)])
