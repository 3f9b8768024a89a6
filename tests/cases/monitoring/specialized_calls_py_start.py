# PY_START and cProfile see calls that the specializer turned into CALL_PY_EXACT_ARGS
import sys
m = sys.monitoring
def f(x): return x + 1
def loop(n):
    t = 0
    for i in range(n):
        t = f(t)
    return t
loop(1000)
m.use_tool_id(3, "t")
n = [0]
m.register_callback(3, m.events.PY_START, lambda c, o: n.__setitem__(0, n[0] + 1))
m.set_events(3, m.events.PY_START)
loop(10)
m.set_events(3, 0)
print(n)
import cProfile, pstats
pr = cProfile.Profile(); pr.enable(); loop(20); pr.disable()
print(sorted((k[2], v[0]) for k, v in pstats.Stats(pr).stats.items()))
