# Speed of threading (issue 6), not part of the fast suite: a 16-worker
# ThreadPoolExecutor runs 100,000 small tasks submitted one by one, each
# taking a shared lock. Prints the totals; exits 1 if one is off.
#
#     ouro benches/stress/thread_pool.py [tasks]
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

TASKS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000

total = [0]
lock = threading.Lock()


def task(i):
    with lock:
        total[0] += i
    return i & 7


with ThreadPoolExecutor(max_workers=16) as pool:
    futures = [pool.submit(task, i) for i in range(TASKS)]
    results = sum(f.result() for f in futures)
ok = results == sum(i & 7 for i in range(TASKS)) and total[0] == TASKS * (TASKS - 1) // 2
print("pool results:", results, "total:", total[0], "ok" if ok else "WRONG")
sys.exit(0 if ok else 1)
