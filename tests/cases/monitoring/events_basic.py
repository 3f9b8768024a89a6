import sys
m = sys.monitoring
E = m.events
TOOL = 2
m.use_tool_id(TOOL, "test")
log = []
names = {getattr(E, n): n for n in dir(E) if n.isupper() and n not in ("BRANCH", "NO_EVENTS")}
def fmt(a):
    if isinstance(a, type(fmt.__code__)): return a.co_name
    if a is m.MISSING: return "MISSING"
    if callable(a) and hasattr(a, "__name__"): return a.__name__
    if type(a).__name__ == "generator": return "<generator>"
    if isinstance(a, BaseException): return f"{type(a).__name__}({a})"
    return repr(a)
def make(ev):
    def cb(*args):
        log.append(names[ev] + " " + " ".join(fmt(a) for a in args))
    return cb
for ev in names:
    m.register_callback(TOOL, ev, make(ev))

def f(x):
    if x > 1:
        y = x * 2
    else:
        y = -x
    for i in range(2):
        y += i
    return y

def g():
    yield 1
    yield 2

def h():
    try:
        raise ValueError("boom")
    except ValueError:
        pass
    try:
        try:
            1/0
        finally:
            z = 1
    except ZeroDivisionError:
        pass

def deep():
    raise KeyError("k")
def outer():
    deep()

all_ev = 0
for ev in names: all_ev |= ev
for evset in [E.PY_START | E.PY_RETURN, E.CALL | E.C_RETURN | E.C_RAISE, E.LINE, E.BRANCH_LEFT | E.BRANCH_RIGHT | E.JUMP,
              E.PY_YIELD | E.PY_RESUME | E.STOP_ITERATION, E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND]:
    log.clear()
    m.set_events(TOOL, evset)
    f(3); f(0)
    list(g())
    h()
    try: outer()
    except KeyError: pass
    len([1]); 
    try: int("x")
    except ValueError: pass
    m.set_events(TOOL, 0)
    print("==", [names[e] for e in names if e & evset])
    for l in log: print(l)
