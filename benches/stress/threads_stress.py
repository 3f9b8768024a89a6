# Stress for real threads (issue 6), not part of the fast suite: 8 threads doing
# 1,000,000 mixed operations on shared lists, dicts and sets with gc.collect()
# running alongside, then a 16-worker ThreadPoolExecutor running 100,000 small
# tasks, then a queue.Queue producer/consumer. Every count it prints is what
# GIL-atomic operations guarantee; it exits 1 if one is off.
#
#     ouro benches/stress/threads_stress.py [ops_per_thread] [tasks]
import gc
import queue
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

THREADS = 8
OPS = int(sys.argv[1]) if len(sys.argv) > 1 else 125_000
TASKS = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000

shared_list = []
shared_dict = {}
shared_set = set()
popped = []
stop_gc = threading.Event()
collections_run = [0]


class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []


def mixed(k):
    # Eight kinds of operation, OPS in all per thread.
    for i in range(OPS // 8):
        shared_list.append(i)
        shared_dict[(k, i)] = i
        shared_set.add((k, i))
        shared_dict.setdefault("hits", []).append(k)
        try:
            popped.append(shared_list.pop())
        except IndexError:
            pass
        shared_list.append(-1)
        root = Node(None)
        root.children.append(Node(root))
        shared_set.discard((k, i - 1))


def collector():
    while not stop_gc.is_set():
        gc.collect()
        collections_run[0] += 1
        stop_gc.wait(0.005)


def check(name, got, want):
    print(f"{name}: {got}", "ok" if got == want else f"WRONG (want {want})")
    return got == want


gc_thread = threading.Thread(target=collector, daemon=True)
gc_thread.start()
workers = [threading.Thread(target=mixed, args=(k,)) for k in range(THREADS)]
for t in workers:
    t.start()
for t in workers:
    t.join()
per = OPS // 8
ok = True
ok &= check("list items + popped", len(shared_list) + len(popped), 2 * THREADS * per)
ok &= check("dict entries", len(shared_dict), THREADS * per + 1)
ok &= check("dict appends", len(shared_dict["hits"]), THREADS * per)
ok &= check("set entries", len(shared_set), THREADS)
ok &= check("list appends of -1", shared_list.count(-1) + popped.count(-1), THREADS * per)

total = [0]
lock = threading.Lock()


def task(i):
    with lock:
        total[0] += i
    return i & 7


with ThreadPoolExecutor(max_workers=16) as pool:
    results = list(pool.map(task, range(TASKS), chunksize=64))
    gc.collect()
ok &= check("pool results", sum(results), sum(i & 7 for i in range(TASKS)))
ok &= check("pool total", total[0], TASKS * (TASKS - 1) // 2)

q = queue.Queue(maxsize=100)
sums = []


def consumer():
    s = 0
    while (item := q.get()) is not None:
        s += item
    sums.append(s)


consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in consumers:
    t.start()
for i in range(TASKS):
    q.put(i)
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
stop_gc.set()
gc_thread.join()
ok &= check("queue sum", sum(sums), TASKS * (TASKS - 1) // 2)
print("gc collections during the run:", "some" if collections_run[0] > 0 else "none")
sys.exit(0 if ok else 1)
