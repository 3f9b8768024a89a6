# gc.callbacks are called with ("start", info) and ("stop", info).
import gc
import io
import sys


def collect_reporting():
    # Unraisable errors go to sys.stderr; the report names the callable by
    # repr (an address), so only its start and the exception line are shown.
    sys.stderr = buf = io.StringIO()
    try:
        gc.collect()
    finally:
        sys.stderr = sys.__stderr__
    for line in buf.getvalue().splitlines():
        if line.startswith('Exception ignored'):
            print(line.split(' <')[0])
        elif not line.startswith(' ') and not line.startswith('Traceback'):
            print(line)

gc.collect()
gc.disable()
seen = []


def cb(phase, info):
    seen.append((phase, sorted(info), info['generation'], info['collected']))


gc.callbacks.append(cb)
l = []
l.append(l)
del l
print(gc.collect())
gc.collect(1)
gc.callbacks.remove(cb)
for s in seen:
    print(s)


def bad(phase, info):
    raise ValueError(phase)


gc.callbacks.append(bad)
collect_reporting()
gc.callbacks.clear()
print('done', gc.callbacks)
gc.enable()
