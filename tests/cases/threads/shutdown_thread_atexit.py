# threading._register_atexit callbacks run before non-daemon threads are joined; atexit.register from a thread; handler order at exit.
import threading, atexit
ev = threading.Event()
def worker():
    atexit.register(print, "registered from thread")
    ev.wait()
    print("worker released", flush=True)
threading._register_atexit(lambda: (print("threading atexit", flush=True), ev.set()))
t = threading.Thread(target=worker); t.start()
atexit.register(print, "registered from main")
print("main ends")
