# PEP 667: writes through frame.f_locals (FrameLocalsProxy) reach the running frame's fast locals
import sys


def report(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# Own frame: a proxy write, then the frame reads the local.
def own_write():
    x = 1
    f = sys._getframe()
    f.f_locals['x'] = 99
    first = x
    x = first + 1
    fresh = sys._getframe().f_locals
    fresh['x'] = fresh['x'] + 10
    return first, x
report(own_write)


# Own frame: writes through the proxy's methods (native calls returning).
def own_methods():
    a = 1
    b = 2
    proxy = sys._getframe().f_locals
    proxy.update({'a': 10, 'b': 20})
    after_update = (a, b)
    proxy.setdefault('a', 0)
    proxy.setdefault('c', 3)
    return after_update, a, b, proxy['c']
report(own_methods)


# Own frame: a write to a local not bound yet binds it.
def bind_unbound():
    sys._getframe().f_locals['late'] = 'bound'
    try:
        return late
    finally:
        pass
    late = None
report(bind_unbound)


# A callee writes its caller's locals through sys._getframe(1).
def set_in_caller(name, value):
    sys._getframe(1).f_locals[name] = value

def caller():
    x = 1
    y = 2
    set_in_caller('x', 'from callee')
    after = x
    set_in_caller('y', [1, 2])
    return after, y
report(caller)


# The callee writes and then raises: the caller handling it sees the write.
def set_then_raise():
    sys._getframe(1).f_locals['status'] = 'written'
    raise ValueError('after the write')

def handles():
    status = 'initial'
    try:
        set_then_raise()
    except ValueError as e:
        return status, str(e)
report(handles)


# Through a native call (sorted's key) in between.
def deep_writer(v):
    sys._getframe(1).f_locals['total'] = v
    return -v

def through_native():
    total = 0
    order = sorted([3, 1, 2], key=deep_writer)
    return order, total
report(through_native)


# Two levels up through Python frames.
def grand_writer():
    sys._getframe(2).f_locals['depth'] = 2

def middle():
    grand_writer()
    return 'middle'

def two_up():
    depth = 0
    return middle(), depth
report(two_up)


# Names that are not locals of the code go to the extra locals.
def extra_names():
    proxy = sys._getframe().f_locals
    proxy['not_a_local'] = 5
    return 'not_a_local' in proxy, proxy['not_a_local'], 'not_a_local' in locals()
report(extra_names)


# Deleting through the proxy: a local cannot be removed, an extra name can.
def deletes():
    x = 1
    proxy = sys._getframe().f_locals
    out = []
    for key in ('x', 'extra', 'missing'):
        if key == 'extra':
            proxy['extra'] = 2
        try:
            del proxy[key]
            out.append((key, 'deleted'))
        except Exception as e:
            out.append((key, type(e).__name__, str(e)))
    try:
        proxy.pop('x')
    except Exception as e:
        out.append(('pop x', type(e).__name__, str(e)))
    out.append(('x still', x))
    return out
for entry in deletes():
    print(entry)


# Cell and free variables: the proxy writes the cell both frames share.
def cells():
    c = 'cell before'
    def inner():
        f = sys._getframe()
        f.f_locals['c'] = 'written by inner'
        return c
    seen_in_inner = inner()
    after_inner = c
    sys._getframe().f_locals['c'] = 'written by outer'
    return seen_in_inner, after_inner, inner()
report(cells)


# A suspended generator's frame: reads see its locals, writes reach it.
def counter():
    n = 0
    while n < 5:
        sent = yield n
        n += 1
    return 'done'

g = counter()
print(next(g), next(g))
gf = g.gi_frame
print(sorted(gf.f_locals.items()))
gf.f_locals['n'] = 3
print(gf.f_locals['n'])
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('stopped', e.value)
print(g.gi_frame)


# The proxy of a finished frame keeps its final locals and takes writes.
def finished():
    kept = 'final'
    return sys._getframe()
done = finished()
done.f_locals['kept'] = 'changed'
print(done.f_locals['kept'], sorted(done.f_locals.keys()))


# A running generator's frame written by code one of its instructions runs
# (a property), then suspended: the suspended frame has the write.
class Writes:
    @property
    def attr(self):
        sys._getframe(1).f_locals['state'] = 'set by property'
        return 'attr'

def written_while_running():
    state = 'initial'
    yield Writes().attr
    yield state

gw = written_while_running()
print(next(gw), gw.gi_frame.f_locals['state'], next(gw))
