# At exit: non-daemon threads are joined before atexit handlers run, and atexit runs in reverse registration order.
import threading, atexit, time
log = []
def late_worker():
    time.sleep(0.05)
    print("worker finished", flush=True)
atexit.register(lambda: print("atexit first registered"))
atexit.register(lambda: print("atexit second registered, alive:", t.is_alive()))
t = threading.Thread(target=late_worker)
t.start()
print("main ends")
