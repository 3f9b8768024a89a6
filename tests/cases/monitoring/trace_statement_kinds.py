# settrace and sys.monitoring branch/jump/exception events over a program with most statement kinds
import sys

SOURCE = '''
import contextlib

class Box:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return exc[0] is KeyError

def loops(n):
    out = []
    for i in range(n):
        if i % 2:
            continue
        out.append(i)
    else:
        out.append(-1)
    k = 0
    while k < n:
        k += 1
        if k == 2:
            break
    else:
        out.append(-2)
    return out

def handlers():
    try:
        {}["missing"]
    except KeyError:
        pass
    try:
        try:
            1 / 0
        finally:
            x = 1
    except ZeroDivisionError as e:
        x = 2
    with Box(1):
        raise KeyError("swallowed")
    try:
        with Box(2):
            raise ValueError("kept")
    except ValueError:
        x = 3
    try:
        raise
    except RuntimeError:
        x = 4
    try:
        assert x == 5, "no"
    except AssertionError:
        pass
    return x

def matcher(v):
    match v:
        case [a, b]:
            return a + b
        case {"k": k}:
            return k
        case int() if v > 10:
            return "big"
        case _:
            return None

def comprehensions():
    a = [i * i for i in range(4) if i]
    b = {i: i for i in range(2)}
    c = any(i > 1 for i in range(5))
    d = all(i < 0 for i in range(3))
    return a, b, c, d

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            return x

def use_gen():
    g = gen(3)
    r = [next(g), g.send(None)]
    try:
        g.send("stop")
    except StopIteration as e:
        r.append(e.value)
    return r

results = [loops(4), handlers(), matcher([1, 2]), matcher({"k": 3}), matcher(11), matcher("x"),
           comprehensions(), use_gen()]
'''

PATH = "<traced>"
code = compile(SOURCE, PATH, "exec")
log = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename == PATH:
        a = arg[0].__name__ if event == "exception" else ""
        log.append(f"{event} {frame.f_code.co_name} {frame.f_lineno} {a}")
    return tracer

m = sys.monitoring
m.use_tool_id(4, "branches")
for name in ("BRANCH_LEFT", "BRANCH_RIGHT", "JUMP", "STOP_ITERATION", "RERAISE", "EXCEPTION_HANDLED", "PY_THROW"):
    def cb(code, off, *rest, name=name):
        if code.co_filename == PATH:
            extra = rest[0] if rest and isinstance(rest[0], int) else type(rest[0]).__name__ if rest else ""
            log.append(f"{name} {code.co_name} {off} {extra}")
    m.register_callback(4, getattr(m.events, name), cb)
m.set_events(4, m.events.BRANCH | m.events.JUMP | m.events.STOP_ITERATION | m.events.RERAISE
             | m.events.EXCEPTION_HANDLED | m.events.PY_THROW)
ns = {"__name__": "traced"}
sys.settrace(tracer)
exec(code, ns)
sys.settrace(None)
m.set_events(4, 0)
m.free_tool_id(4)
print(ns["results"])
print(len(log))
for line in log:
    print(line)
