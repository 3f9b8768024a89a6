# callbacks that change instrumentation while events fire, a raising tracer, settrace re-entered, local events on code.replace() code, cProfile under deep recursion
import sys
m = sys.monitoring
E = m.events
m.use_tool_id(0, "a"); m.use_tool_id(1, "b")
def f(n):
    s = 0
    for i in range(n):
        if i % 2: s += i
        else: s -= 1
    return s
# callbacks that change instrumentation while firing
def line_cb(code, line):
    m.set_events(0, 0)
    m.set_local_events(1, f.__code__, E.INSTRUCTION | E.LINE)
def ins_cb(code, off):
    m.set_local_events(1, f.__code__, 0)
    return m.DISABLE
m.register_callback(0, E.LINE, line_cb)
m.register_callback(1, E.INSTRUCTION, ins_cb)
m.register_callback(1, E.LINE, lambda c, l: m.DISABLE)
m.set_events(0, E.LINE)
print(f(6), f(5))
m.free_tool_id(0); m.free_tool_id(1)
# a tracer that raises, one that re-enters settrace, generators across settrace
def bad(frame, event, arg):
    if event == "line":
        raise KeyError("tracer")
    return bad
sys.settrace(bad)
try:
    f(3)
except KeyError as e:
    print("tracer error", e, sys.gettrace())
def reenter(frame, event, arg):
    sys.settrace(reenter)
    return None
sys.settrace(reenter); f(2); sys.settrace(None)
def g():
    yield 1
    yield 2
it = g(); next(it)
sys.settrace(lambda *a: None)
print(list(it))
sys.settrace(None)
# code objects made by replace, exec'd code with local events
c2 = f.__code__.replace(co_name="f2")
m.use_tool_id(2, "c")
m.register_callback(2, E.PY_START, lambda c, o: print("start", c.co_name))
m.set_local_events(2, c2, E.PY_START | E.LINE | E.BRANCH)
import types
print(types.FunctionType(c2, globals())(4))
m.set_local_events(2, c2, 0)
m.free_tool_id(2)
# deep recursion under profiling
import cProfile
def rec(n): return 0 if n == 0 else 1 + rec(n - 1)
p = cProfile.Profile(); p.enable(); rec(200); p.disable()
print(sum(e.callcount for e in p.getstats() if not isinstance(e.code, str)))
try:
    sys.setrecursionlimit(60)
    p = cProfile.Profile(); p.enable()
    try: rec(100)
    except RecursionError: print("recursion")
    p.disable()
finally:
    sys.setrecursionlimit(1000)
print("ok")
