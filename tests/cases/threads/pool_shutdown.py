# ThreadPoolExecutor.shutdown(wait, cancel_futures), initializer, initargs, broken pools, thread name prefix.
from concurrent.futures import ThreadPoolExecutor, CancelledError
from concurrent.futures.thread import BrokenThreadPool
import threading, logging
logging.getLogger("concurrent.futures").disabled = True
names = []
def init(tag):
    names.append((tag, threading.current_thread().name.startswith("pfx")))
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pfx", initializer=init, initargs=("t",)) as ex:
    print(sorted(ex.map(lambda x: x + 1, range(4))))
print(names[0], len(names) <= 2)
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait)
pending = [ex.submit(lambda i=i: i) for i in range(5)]
t = threading.Thread(target=ex.shutdown, kwargs={"wait": True, "cancel_futures": True})
t.start()
while not all(f.cancelled() for f in pending):
    gate.wait(0.001)
gate.set(); t.join()
print(first.result(), [f.cancelled() for f in pending])
ex2 = ThreadPoolExecutor(max_workers=2)
fs = [ex2.submit(lambda i=i: i * i) for i in range(4)]
ex2.shutdown(wait=True)
print([f.result() for f in fs])
ex2.shutdown(); print("shutdown twice ok")
def bad_init():
    raise ValueError("init failed")
ex3 = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex3.submit(lambda: 1)
try:
    f.result()
except BrokenThreadPool as e:
    print("BrokenThreadPool", e)
try:
    ex3.submit(lambda: 2)
except BrokenThreadPool as e:
    print("BrokenThreadPool submit", e)
ex3.shutdown()
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError", e)
with ThreadPoolExecutor() as ex4:
    print(ex4._max_workers >= 5)
