# queue.Queue/LifoQueue/PriorityQueue/SimpleQueue across threads and concurrent.futures.ThreadPoolExecutor.
import threading, queue
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

q = queue.Queue(maxsize=10)
def producer():
    for i in range(500):
        q.put(i)
    q.put(None)
got = []
def consumer():
    while (x := q.get()) is not None:
        got.append(x)
        q.task_done()
    q.task_done()
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts: t.start()
q.join()
for t in ts: t.join()
print(len(got), sum(got), got == sorted(got))
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
full = queue.Queue(1); full.put(1)
try:
    full.put(2, timeout=0.01)
except queue.Full:
    print("Full")
sq = queue.SimpleQueue()
def sput():
    for i in range(100): sq.put(i)
t = threading.Thread(target=sput); t.start()
print(sum(sq.get(timeout=5) for _ in range(100))); t.join()
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
pq = queue.PriorityQueue()
for x in [5, 1, 3]: pq.put(x)
print([pq.get() for _ in range(3)])

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(lambda x: x * x, range(10))))
    futs = [ex.submit(pow, 2, i) for i in range(8)]
    print(sorted(f.result() for f in as_completed(futs)))
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(type(bad.exception()).__name__)
ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError", e)
