# ThreadPoolExecutor.map: order, multiple iterables, exceptions raised at iteration, timeout, chunksize ignored.
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(lambda x: x * 2, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(str, [], timeout=1)))
    it = ex.map(lambda x: 10 / x, [5, 2, 0, 1])
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, got)
    ev = threading.Event()
    it = ex.map(lambda x: ev.wait(), [1], timeout=0.05)
    try:
        next(it)
    except TimeoutError:
        print("TimeoutError")
    ev.set()
    print(list(ex.map(abs, [-1, -2], chunksize=5)))
print(issubclass(TimeoutError, OSError) or TimeoutError is __builtins__.TimeoutError)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError", e)
ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(print, 1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    ex.map(print, [1])
except RuntimeError as e:
    print("RuntimeError", e)
