# After fork(): locks, RLocks and Conditions another thread held at the fork are reinitialised in the child by _at_fork_reinit, whatever their state.
import os, threading, warnings
warnings.simplefilter("ignore", DeprecationWarning)
lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()
held = threading.Event()
done = threading.Event()
def holder():
    with lock, rlock, cond:
        held.set()
        done.wait()
t = threading.Thread(target=holder)
t.start()
held.wait()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    out = [lock.acquire(False), rlock.acquire(False), rlock._is_owned()]
    for each in (lock, rlock, cond):
        each._at_fork_reinit()
    out += [lock.locked(), lock.acquire(timeout=1), rlock.acquire(timeout=1), rlock._is_owned()]
    with cond:
        out.append(cond.wait(0.01))
    out += [threading.active_count(), threading.current_thread() is threading.main_thread()]
    os.write(w, repr(out).encode())
    os._exit(0)
os.close(w)
data = b""
while chunk := os.read(r, 1000):
    data += chunk
_, status = os.waitpid(pid, 0)
done.set()
t.join()
print(data.decode(), os.waitstatus_to_exitcode(status))
print(lock.acquire(False), rlock.acquire(False))
