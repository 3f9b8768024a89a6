# Queue.shutdown (3.13+): ShutDown on put after shutdown, gets drain then raise, immediate shutdown empties, blocked getters wake.
import queue, threading
q = queue.Queue()
q.put(1); q.put(2)
q.shutdown()
try:
    q.put(3)
except queue.ShutDown:
    print("ShutDown on put")
print(q.get(), q.get())
try:
    q.get()
except queue.ShutDown:
    print("ShutDown on get")
try:
    q.get_nowait()
except queue.ShutDown:
    print("ShutDown on get_nowait")
q2 = queue.Queue()
for i in range(4): q2.put(i)
q2.shutdown(immediate=True)
print(q2.qsize(), q2.empty(), q2.unfinished_tasks)
try:
    q2.get()
except queue.ShutDown:
    print("immediate ShutDown")
q2.join(); print("join returns")
q3 = queue.Queue()
res = []
def getter():
    try:
        q3.get()
    except queue.ShutDown:
        res.append("getter woke with ShutDown")
ts = [threading.Thread(target=getter) for _ in range(3)]
for t in ts: t.start()
import time
while True:
    with q3.mutex:
        if len(q3.not_empty._waiters) == 3:
            break
    time.sleep(0.001)
q3.shutdown()
for t in ts: t.join()
print(res)
print(issubclass(queue.ShutDown, Exception))
lq = queue.LifoQueue(); lq.put(1); lq.shutdown(); print(lq.get())
try:
    lq.put(1)
except queue.ShutDown:
    print("lifo ShutDown")
q4 = queue.Queue(1); q4.put(0)
def putter():
    try:
        q4.put(1)
    except queue.ShutDown:
        res.append("putter woke")
t = threading.Thread(target=putter); t.start()
while True:
    with q4.mutex:
        if len(q4.not_full._waiters) == 1:
            break
    time.sleep(0.001)
q4.shutdown(); t.join(); print(res[-1])
