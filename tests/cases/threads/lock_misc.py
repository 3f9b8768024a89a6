# Lock/RLock odds and ends: __enter__ returns True, aliases acquire_lock/release_lock/locked_lock, _at_fork_reinit, pickling refused.
import threading, _thread, pickle, warnings
warnings.simplefilter("ignore", DeprecationWarning)
l = _thread.allocate_lock()
print(l.__enter__(), l.locked()); l.__exit__(None, None, None); print(l.locked())
print(l.acquire_lock(), l.locked_lock()); l.release_lock(); print(l.locked_lock())
l.acquire(); l._at_fork_reinit(); print(l.locked())
r = threading.RLock()
print(r.__enter__()); r.__exit__(None, None, None)
for obj in (l, r):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print("TypeError", type(obj).__name__)
class MyLock:
    def __init__(self): self.l = threading.Lock(); self.log = []
    def acquire(self, *a): self.log.append("acquire"); return self.l.acquire(*a)
    def release(self): self.log.append("release"); self.l.release()
    def locked(self): return self.l.locked()
    def __enter__(self): return self.acquire()
    def __exit__(self, *a): self.release()
ml = MyLock()
c = threading.Condition(ml)
with c:
    c.wait(0)
print(ml.log)
print(threading.Lock is _thread.allocate_lock or threading.Lock().__class__ is _thread.LockType)
