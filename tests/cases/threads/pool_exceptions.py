# ThreadPoolExecutor: exceptions keep their type and traceback frames, result(timeout) raises TimeoutError, as_completed timeouts, callbacks that raise.
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError, wait
import threading, logging
logging.getLogger("concurrent.futures").disabled = True
class MyError(Exception): pass
def fails(x):
    raise MyError(f"bad {x}")
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fails, 7)
    e = f.exception()
    print(type(e).__name__, e, e.__traceback__ is not None)
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    print("fails" in names)
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("result TimeoutError")
    try:
        slow.exception(timeout=0)
    except TimeoutError:
        print("exception TimeoutError")
    try:
        for _ in as_completed([slow], timeout=0.01):
            pass
    except TimeoutError as e:
        print("as_completed TimeoutError", e)
    done, not_done = wait([slow], timeout=0.01)
    print(len(done), len(not_done))
    gate.set()
    print(slow.result())
    seen = []
    ok = ex.submit(lambda: 3)
    ok.result()
    ok.add_done_callback(lambda f: 1 / 0)
    ok.add_done_callback(lambda f: seen.append(f.result()))
    print(seen)
    try:
        ex.submit(fails, 1).result()
    except MyError as e:
        print("MyError", e)
    results = [f.exception() is None for f in [ex.submit(fails, i) if i % 2 else ex.submit(abs, i) for i in range(6)]]
    print(results)
