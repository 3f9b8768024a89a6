# tracemalloc: snapshots and statistics name the line that allocated
import tracemalloc


class Point:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


def make_points(n):
    return [Point(i) for i in range(n)]


print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
points = make_points(20000)
snapshot = tracemalloc.take_snapshot()
top = snapshot.statistics("lineno")[0]
frame = top.traceback[0]
print(frame.filename.endswith("tracemalloc_snapshot.py"), frame.lineno)
print(top.count >= 20000, top.size >= 20000 * 16)
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
tb = tracemalloc.get_object_traceback(points[5])
print(tb[-1].lineno, len(tb))
del points
current2, _ = tracemalloc.get_traced_memory()
print(current2 < current)
tracemalloc.reset_peak()
c, p = tracemalloc.get_traced_memory()
print(p - c < 1000)
print(tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory() == (0, 0) or tracemalloc.get_traced_memory()[0] < 10000)
tracemalloc.stop()

tracemalloc.start(5)
def outer():
    return inner()
def inner():
    return Point(1)
p = outer()
tb = tracemalloc.get_object_traceback(p)
print([f.lineno for f in tb][-3:], tb.total_nframe)
snap1 = tracemalloc.take_snapshot()
more = [Point(i) for i in range(5000)]
snap2 = tracemalloc.take_snapshot()
diff = snap2.compare_to(snap1, "lineno")
print(diff[0].traceback[0].lineno, diff[0].count_diff >= 5000)
filtered = snap2.filter_traces([tracemalloc.Filter(True, __file__)])
print(len(filtered.traces) >= 5000)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(p))
