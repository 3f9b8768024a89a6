import sys, dis
m = sys.monitoring
E = m.events

class P:
    def __init__(self, x): self.x = x
    def get(self): return self.x

def hot(items):
    total = 0
    for p in items:
        total += p.get() + p.x
        if total > 10**9:
            break
    return total

items = [P(i) for i in range(50)]
for _ in range(200):
    hot(items)
def ops(code):
    return sorted({i.opname for i in dis.get_instructions(code, adaptive=True)})
before = ops(hot)
print("specialized before:", [o for o in before if o not in {i.opname for i in dis.get_instructions(hot)}][:3] != [])

m.use_tool_id(3, "t")
counts = {}
def count(name):
    def cb(*a):
        counts[name] = counts.get(name, 0) + 1
    return cb
for n in ("LINE", "CALL", "BRANCH_LEFT", "BRANCH_RIGHT", "JUMP", "PY_START", "PY_RETURN", "INSTRUCTION"):
    m.register_callback(3, getattr(E, n), count(n))
m.set_events(3, E.LINE | E.CALL | E.BRANCH | E.JUMP | E.PY_START | E.PY_RETURN)
print(hot(items[:3]))
print(sorted(counts.items()))
counts.clear()
m.set_local_events(3, P.get.__code__, E.INSTRUCTION)
print(hot(items[:2]))
print(sorted(counts.items()))
m.set_local_events(3, P.get.__code__, 0)
m.set_events(3, 0)
counts.clear()
for _ in range(200):
    r = hot(items)
print(r, counts)
after = ops(hot)
print("instrumented left:", [o for o in after if o.startswith("INSTRUMENTED")])
print("specialized again:", any(o.endswith(("_INT", "_WITH_VALUES", "_LIST", "_INSTANCE_VALUE", "_EXACT_ARGS")) for o in after))
