# Speed of threading (issue 6), not part of the fast suite: 4 producers and
# 4 consumers pass 200,000 items through one queue.Queue(maxsize=100), so
# nearly every put and get waits on a threading.Condition. Prints the sum
# the consumers saw; exits 1 if it is off.
#
#     ouro benches/stress/queue_pipeline.py [items]
import queue
import sys
import threading

PRODUCERS = 4
CONSUMERS = 4
ITEMS = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000

q = queue.Queue(maxsize=100)
sums = []


def produce(k):
    for i in range(k, ITEMS, PRODUCERS):
        q.put(i)


def consume():
    total = 0
    while (item := q.get()) is not None:
        total += item
    sums.append(total)


consumers = [threading.Thread(target=consume) for _ in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(k,)) for k in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
want = ITEMS * (ITEMS - 1) // 2
print("queue sum:", sum(sums), "ok" if sum(sums) == want else f"WRONG (want {want})")
sys.exit(0 if sum(sums) == want else 1)
