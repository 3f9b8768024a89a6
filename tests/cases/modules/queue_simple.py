# _queue.SimpleQueue: FIFO order, non-blocking and timed gets on one thread, Empty, argument errors
import _queue
print(sorted(dir(_queue.SimpleQueue)))
q = _queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1); q.put_nowait(2); q.put(3, block=False, timeout=5)
print(q.qsize(), q.get(), q.get_nowait(), q.get(False), q.empty())
for f in [lambda: q.get_nowait(), lambda: q.get(timeout=0.01), lambda: q.get(False), lambda: q.get(timeout=-1), lambda: q.get(1, 2, 3), lambda: q.put(), lambda: _queue.SimpleQueue(1), lambda: q.get(timeout='x'), lambda: hash(q) is not None]:
    try: print(f())
    except Exception as e: print(type(e).__name__, repr(e))
print(_queue.Empty, _queue.Empty.__mro__, _queue.SimpleQueue.__module__, _queue.SimpleQueue[int])
print(_queue.Empty.__doc__, _queue.SimpleQueue.__doc__, _queue.__doc__)
class S(_queue.SimpleQueue): pass
s = S(); s.put('x'); print(s.get())
