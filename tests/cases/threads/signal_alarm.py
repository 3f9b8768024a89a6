# signal.alarm and setitimer/getitimer (not in the WebAssembly reference): SIGALRM handler runs on the main thread, also while other threads wait.
import signal, threading, time
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append((s == signal.SIGALRM, threading.current_thread().name)))
print(signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.02)
while not hits:
    time.sleep(0.005)
print(hits)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_REAL, 0))
ev = threading.Event()
t = threading.Thread(target=ev.wait, name="waiter"); t.start()
hits.clear()
signal.setitimer(signal.ITIMER_REAL, 0.01)
while not hits:
    time.sleep(0.005)
ev.set(); t.join()
print(hits)
old = signal.alarm(100); print(old, signal.alarm(0) > 0)
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print("ItimerError", e.errno)
print(issubclass(signal.ItimerError, OSError))
class Interrupt(Exception): pass
def interrupt(s, f): raise Interrupt()
signal.signal(signal.SIGALRM, interrupt)
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    time.sleep(5)
except Interrupt:
    print("sleep interrupted")
lock = threading.Lock(); lock.acquire()
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    lock.acquire(timeout=5)
except Interrupt:
    print("lock wait interrupted")
