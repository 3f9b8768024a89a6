# concurrent.futures.wait with FIRST_COMPLETED/FIRST_EXCEPTION/ALL_COMPLETED on controlled futures; as_completed order by completion.
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import threading
gates = [threading.Event() for _ in range(3)]
def task(i):
    gates[i].wait()
    if i == 2:
        raise ValueError("two")
    return i
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(task, i) for i in range(3)]
    gates[1].set()
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(pending))
    gates[2].set()
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    print(sorted(type(f.exception()).__name__ for f in done if f.exception()), len(pending))
    gates[0].set()
    done, pending = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(pending))
order = []
gs = [threading.Event() for _ in range(4)]
with ThreadPoolExecutor(4) as ex:
    fs = {ex.submit(lambda i=i: (gs[i].wait(), i)[1]): i for i in range(4)}
    it = as_completed(fs)
    for i in (2, 0, 3, 1):
        gs[i].set()
        order.append(next(it).result())
print(order)
try:
    wait([], return_when="bogus")
except ValueError as e:
    print("ValueError", e)
print(wait([]).done, list(as_completed([])))
