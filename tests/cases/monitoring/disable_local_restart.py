import sys
m = sys.monitoring
E = m.events
m.use_tool_id(1, "cov")
seen = []
def on_line(code, line):
    seen.append((code.co_name, line))
    return m.DISABLE
m.register_callback(1, E.LINE, on_line)

def f(n):
    s = 0
    for i in range(n):
        s += i
    return s

m.set_events(1, E.LINE)
f(3); f(3)
print(seen)
seen.clear()
f(2)
print("after disable", seen)
m.restart_events()
f(2)
print("after restart", seen)
m.set_events(1, 0)
seen.clear()

# local events
def g(x):
    return x + 1
def other(x):
    return x * 2
calls = []
m.register_callback(1, E.PY_START, lambda code, off: calls.append((code.co_name, off)))
m.register_callback(1, E.PY_RETURN, lambda code, off, val: calls.append((code.co_name, off, val)))
m.set_local_events(1, g.__code__, E.PY_START | E.PY_RETURN)
print(m.get_local_events(1, g.__code__), m.get_local_events(1, other.__code__))
g(1); other(1); g(2)
print(calls)
m.set_local_events(1, g.__code__, 0)
calls.clear()
g(3)
print(calls)

# instruction events
ins = []
def h(a):
    return a
m.register_callback(1, E.INSTRUCTION, lambda code, off: ins.append(off))
m.set_local_events(1, h.__code__, E.INSTRUCTION)
h(5)
m.set_local_events(1, h.__code__, 0)
print(ins)

# DISABLE on a non-local event
m.register_callback(1, E.RAISE, lambda *a: m.DISABLE)
m.set_events(1, E.RAISE)
try:
    try:
        raise ValueError
    except ValueError:
        pass
except ValueError as e:
    print("ValueError:", e)
print(m.register_callback(1, E.RAISE, None))
m.set_events(1, 0)

# a callback raising
def bad(code, off):
    raise RuntimeError("from callback")
m.register_callback(1, E.PY_START, bad)
m.set_events(1, E.PY_START)
try:
    g(1)
except RuntimeError as e:
    print("caught", e)
m.set_events(1, 0)
m.free_tool_id(1)
print(m.get_tool(1))
