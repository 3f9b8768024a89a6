import sys
m = sys.monitoring
E = m.events
TOOL = 4
m.use_tool_id(TOOL, "t")
log = []
names = {getattr(E, n): n for n in dir(E) if n.isupper() and n not in ("BRANCH", "NO_EVENTS")}
def fmt(a):
    if isinstance(a, type(fmt.__code__)): return a.co_name
    if a is m.MISSING: return "MISSING"
    if isinstance(a, BaseException): return f"{type(a).__name__}({a})"
    if hasattr(a, "__qualname__"): return a.__qualname__
    if type(a).__name__ == "C": return "<C>"
    if type(a).__name__ in ("generator", "coroutine"): return "<" + type(a).__name__ + ">"
    return repr(a)
def make(ev):
    def cb(*args):
        log.append(names[ev] + " " + " ".join(fmt(a) for a in args))
    return cb
for ev in names:
    m.register_callback(TOOL, ev, make(ev))

class C:
    def meth(self, a, b=2):
        return a + b
    @staticmethod
    def st(x): return x

def gen():
    try:
        yield 1
        yield 2
    except KeyError:
        yield 3

def kw(a, *, b):
    return a, b

def run():
    c = C()
    c.meth(1)
    c.meth(1, b=3)
    C.st(4)
    args = (1,)
    kw(*args, b=2)
    print("x", end="")
    print()
    g = gen()
    next(g)
    g.throw(KeyError("t"))
    g.close()
    [x for x in range(2)]
    d = {}
    d.get(1)
    sorted([2, 1], key=lambda v: -v)
    while d is not None:
        d = None
    x = 1 if d else 2
    try:
        assert x == 3, "no"
    except AssertionError:
        pass
    for ch in "ab":
        if ch == "a":
            continue
        break

for evset in [E.CALL | E.C_RETURN | E.C_RAISE, E.PY_START | E.PY_RESUME | E.PY_RETURN | E.PY_YIELD | E.PY_THROW | E.PY_UNWIND,
              E.BRANCH | E.JUMP, E.LINE, E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.STOP_ITERATION]:
    log.clear()
    m.set_events(TOOL, evset)
    run()
    m.set_events(TOOL, 0)
    print("==", [names[e] for e in names if e & evset])
    for l in log: print(l)
