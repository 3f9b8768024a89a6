# PEP 442: __del__ runs once, also on objects in cycles; a finalizer may
# resurrect its object; gc.is_finalized reports it.
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
log = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


# a two-object cycle: both finalizers run, once each
a, b = Node('a'), Node('b')
a.other, b.other = b, a
del a, b
gc.collect()
print(sorted(log))
log.clear()

# a self cycle
s = Node('self')
s.me = s
del s
gc.collect()
print(log)
log.clear()

# resurrection: the finalizer stores the object; it survives the collection
# and its __del__ never runs again
saved = []


class Phoenix:
    def __del__(self):
        log.append('phoenix')
        saved.append(self)


p = Phoenix()
p.me = p
print(gc.is_finalized(p))
del p
gc.collect()
print(log, len(saved), gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print(log)
log.clear()

# resurrecting one object keeps what it references alive, too
class Keeper:
    def __del__(self):
        saved.append(self)


k = Keeper()
child = Node('child')
k.child = child
child.k = k
del k, child
gc.collect()
print(len(saved), saved[0].child.name, log)
saved.clear()
gc.collect()
print(log)
log.clear()

# an object freed by reference counting runs __del__ once too, and a
# resurrected one is not finalized again when it finally goes
class Once:
    count = 0

    def __del__(self):
        Once.count += 1
        if Once.count == 1:
            saved.append(self)


o = Once()
del o
print(Once.count, len(saved))
saved.clear()
print(Once.count)

# an exception in __del__ during a collection is reported, not raised
class Bad:
    def __del__(self):
        raise RuntimeError('boom')


x = Bad()
x.me = x
del x
collect_reporting()
print('after bad')
gc.enable()
