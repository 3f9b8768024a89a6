# SIGINT while the main thread waits (Event.wait, join, queue.get, sleep) raises KeyboardInterrupt there; worker threads are unaffected.
import signal, threading, os, time, queue
def later(delay):
    def fire():
        time.sleep(delay)
        os.kill(os.getpid(), signal.SIGINT)
    t = threading.Thread(target=fire); t.start(); return t
for name, wait in [("event", lambda: threading.Event().wait()),
                   ("sleep", lambda: time.sleep(10)),
                   ("queue", lambda: queue.Queue().get()),
                   ("lock", lambda: threading.Lock().acquire() and threading.Lock().acquire() or _lock.acquire())]:
    _lock = threading.Lock(); _lock.acquire()
    t = later(0.05)
    try:
        if name == "lock":
            _lock.acquire()
        else:
            wait()
        print(name, "not interrupted")
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt")
    t.join()
done = []
worker = threading.Thread(target=lambda: (time.sleep(0.1), done.append("worker finished")))
worker.start()
t = later(0.02)
try:
    worker.join()
except KeyboardInterrupt:
    print("join KeyboardInterrupt", worker.is_alive())
worker.join(); t.join()
print(done)
