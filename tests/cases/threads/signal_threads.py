# Signals while other threads run: handlers run only on the main thread; signal.signal from a thread fails; pthread_kill.
import signal, threading, os
hits = []
def handler(signum, frame):
    hits.append((signum == signal.SIGUSR1, threading.current_thread() is threading.main_thread()))
signal.signal(signal.SIGUSR1, handler)
stop = threading.Event()
def spin():
    n = 0
    while not stop.is_set():
        n += 1
ts = [threading.Thread(target=spin) for _ in range(3)]
for t in ts: t.start()
os.kill(os.getpid(), signal.SIGUSR1)
while not hits:
    pass
stop.set()
for t in ts: t.join()
print(hits)
errs = []
def install():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        errs.append(str(e))
t = threading.Thread(target=install); t.start(); t.join()
print(errs)
def sender():
    os.kill(os.getpid(), signal.SIGUSR1)
hits.clear()
t = threading.Thread(target=sender); t.start(); t.join()
while not hits:
    pass
print(hits)
hits.clear()
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print(hits)
ev = threading.Event()
def raise_from_thread():
    signal.raise_signal(signal.SIGUSR1)
    ev.set()
hits.clear()
t = threading.Thread(target=raise_from_thread); t.start(); t.join(); ev.wait()
while not hits:
    pass
print(hits)
