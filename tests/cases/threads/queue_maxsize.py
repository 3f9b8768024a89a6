# queue.Queue with maxsize: full/empty, put/get nowait errors, timeouts, qsize, task_done/join, unfinished_tasks.
import queue, threading
q = queue.Queue(maxsize=2)
print(q.maxsize, q.empty(), q.full(), q.qsize())
q.put(1); q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full nowait")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full timeout")
try:
    q.put(3, block=False)
except queue.Full:
    print("Full nonblock")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty nowait")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(q.unfinished_tasks)
try:
    q.task_done(); q.task_done(); q.task_done()
except ValueError as e:
    print("ValueError", e)
print(q.unfinished_tasks)
q2 = queue.Queue()
for i in range(5): q2.put(i)
print(q2.unfinished_tasks)
done = []
def consumer():
    while True:
        item = q2.get()
        done.append(item)
        q2.task_done()
        if item == 4:
            break
t = threading.Thread(target=consumer); t.start()
q2.join(); t.join()
print(done, q2.unfinished_tasks)
# A blocked put is released by a get from another thread.
q3 = queue.Queue(1); q3.put("a")
def getter():
    q3.get()
t = threading.Thread(target=getter); t.start()
q3.put("b", timeout=5); t.join()
print(q3.get())
print(queue.Queue(0).full(), queue.Queue(-1).full())
