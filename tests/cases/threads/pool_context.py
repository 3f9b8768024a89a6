# ThreadPoolExecutor workers: thread names, daemon flag, reuse of idle workers, threading.local per worker, max_workers bound.
from concurrent.futures import ThreadPoolExecutor
import threading
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="job") as ex:
    names = set(ex.map(lambda _: threading.current_thread().name, range(30)))
    print(len(names) <= 3, all(n.startswith("job_") for n in names))
    print(set(ex.map(lambda _: threading.current_thread().daemon, range(5))))
    print(set(ex.map(lambda _: threading.current_thread() is threading.main_thread(), range(5))))
    loc = threading.local()
    def count(_):
        loc.n = getattr(loc, "n", 0) + 1
        return loc.n
    print(sum(1 for _ in ex.map(count, range(20))))
lock = threading.Lock()
active = [0]; peak = [0]
barrier = threading.Barrier(4)
def task(i):
    with lock:
        active[0] += 1; peak[0] = max(peak[0], active[0])
    barrier.wait()
    with lock:
        active[0] -= 1
    return i
with ThreadPoolExecutor(max_workers=4) as ex:
    print(sorted(ex.map(task, range(8))), peak[0])
with ThreadPoolExecutor(1) as ex:
    order = list(ex.map(lambda i: i, range(10)))
print(order)
nested = []
with ThreadPoolExecutor(2) as outer:
    def spawn(i):
        with ThreadPoolExecutor(2) as inner:
            return sum(inner.map(lambda x: x * i, range(4)))
    print(list(outer.map(spawn, range(4))))
