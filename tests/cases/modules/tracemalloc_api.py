# _tracemalloc's functions: argument checks, start/stop, limits, object tracebacks
import _tracemalloc

for name in sorted(dir(_tracemalloc)):
    value = getattr(_tracemalloc, name)
    if callable(value):
        print(name, value.__text_signature__)
print(_tracemalloc.get_traceback_limit(), _tracemalloc.get_traced_memory(), _tracemalloc.is_tracing())
print(_tracemalloc.get_tracemalloc_memory(), _tracemalloc._get_traces(), _tracemalloc._get_object_traceback(object()))
for bad in (0, 65536, -1, "x", 2**70):
    try:
        _tracemalloc.start(bad)
    except Exception as e:
        print(type(e).__name__, e)
_tracemalloc.start(3)
print(_tracemalloc.get_traceback_limit(), _tracemalloc.is_tracing())
_tracemalloc.start(5)
print(_tracemalloc.get_traceback_limit())


def make():
    return object()


x = make()
tb = _tracemalloc._get_object_traceback(x)
print(type(tb).__name__, [(f.rsplit("/", 1)[-1], line) for f, line in tb[:2]])
print(_tracemalloc._get_object_traceback(1))
traces = _tracemalloc._get_traces()
print(type(traces).__name__, all(len(t) == 4 and t[0] == 0 for t in traces))
print(any(t[2][:2] == tb[:2] for t in traces))
_tracemalloc.clear_traces()
print(_tracemalloc._get_object_traceback(x))
_tracemalloc.reset_peak()
_tracemalloc.stop()
print(_tracemalloc.get_traceback_limit(), _tracemalloc.get_traced_memory(), _tracemalloc._get_traces())
_tracemalloc.stop()
_tracemalloc.clear_traces()
_tracemalloc.reset_peak()
try:
    _tracemalloc.start(1, 2)
except TypeError as e:
    print("TypeError", e)
print(_tracemalloc.is_tracing())
