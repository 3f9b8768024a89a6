import sys, dis
m = sys.monitoring
m.use_tool_id(3, "t")
m.register_callback(3, m.events.LINE, lambda c, l: print("LINE", c.co_name, l))
f = lambda v: -v
def g(v):
    return -v
def h(v): return -v
m.set_events(3, m.events.LINE)
f(1); g(1); h(1)
sorted([2, 1], key=lambda v: -v)
m.set_events(3, 0)
for i in dis.get_instructions(f): print(i.offset, i.opname, i.positions.lineno)
