# At exit, module globals with __del__ are finalized after atexit handlers and after non-daemon threads end; order follows the globals.
import threading, atexit
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name, flush=True)
first = D("first")
second = D("second")
_private = D("_private")
holder = [D("in list")]
def worker():
    print("worker runs", flush=True)
t = threading.Thread(target=worker)
atexit.register(lambda: print("atexit", flush=True))
t.start(); t.join()
print("main ends")
