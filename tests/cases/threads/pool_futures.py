# Futures from ThreadPoolExecutor: result/exception, done callbacks, cancel before start, wait/as_completed, states.
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, Future
import threading
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    blocker = ex.submit(gate.wait)
    queued = ex.submit(lambda: "never")
    print(queued.cancel(), queued.cancelled(), queued.done(), queued.running())
    try:
        queued.result()
    except CancelledError:
        print("CancelledError")
    print(blocker.cancel())
    gate.set()
    print(blocker.result(), blocker.done(), blocker.cancelled())
    f = ex.submit(lambda: 1 / 0)
    print(type(f.exception()).__name__)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    calls = []
    f2 = ex.submit(lambda: 42)
    f2.add_done_callback(lambda fut: calls.append(("cb", fut.result())))
    f2.result()
    f2.add_done_callback(lambda fut: calls.append(("late", fut.result())))
    wait([f2])
    print(calls)
    fs = [ex.submit(pow, 2, i) for i in range(6)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    print(sorted(f.result() for f in as_completed(fs)))
    fe = [ex.submit(lambda: 1), ex.submit(lambda: {}["k"])]
    done, _ = wait(fe, return_when=FIRST_EXCEPTION)
    print(any(f.exception() is not None for f in done))
fut = Future()
print(fut.done(), fut.set_running_or_notify_cancel(), fut.running())
fut.set_result("ok"); print(fut.result(), fut.done())
try:
    fut.set_result("again")
except Exception as e:
    print(type(e).__name__)
f3 = Future(); f3.cancel()
print(f3.set_running_or_notify_cancel(), f3.cancelled())
f4 = Future(); f4.set_exception(KeyError("x")); print(repr(f4.exception()))
try:
    f5 = Future(); f5.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")
