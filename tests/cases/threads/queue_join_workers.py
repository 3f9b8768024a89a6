# Queue.join with a pool of worker threads and task_done; items processed exactly once; nested puts from workers.
import queue, threading
q = queue.Queue()
seen = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done(); return
        with lock:
            seen.append(item)
        if item < 100:
            q.put(item + 100)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws: w.start()
for i in range(50):
    q.put(i)
q.join()
print(len(seen), sorted(seen) == list(range(50)) + list(range(100, 150)))
for _ in ws: q.put(None)
for w in ws: w.join()
print(q.unfinished_tasks, q.qsize())
