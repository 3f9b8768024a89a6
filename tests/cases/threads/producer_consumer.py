# Producer/consumer over queue.Queue with several producers and consumers, sentinel shutdown, exact totals.
import queue, threading
q = queue.Queue(maxsize=10)
N_PROD, N_CONS, PER = 4, 3, 2500
totals = []
lock = threading.Lock()
def producer(k):
    for i in range(PER):
        q.put(k * PER + i)
def consumer():
    s = 0; n = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        s += item; n += 1
        q.task_done()
    with lock:
        totals.append((s, n))
prods = [threading.Thread(target=producer, args=(k,)) for k in range(N_PROD)]
cons = [threading.Thread(target=consumer) for _ in range(N_CONS)]
for t in cons + prods: t.start()
for t in prods: t.join()
for _ in cons: q.put(None)
q.join()
for t in cons: t.join()
print(sum(s for s, _ in totals), sum(n for _, n in totals), sum(range(N_PROD * PER)), q.empty(), q.unfinished_tasks)
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
def fill(k):
    for i in range(1000):
        lq.put(i); pq.put((i % 7, k, i))
ts = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(lq.qsize(), pq.qsize())
prio = [pq.get()[0] for _ in range(4000)]
print(prio == sorted(prio))
