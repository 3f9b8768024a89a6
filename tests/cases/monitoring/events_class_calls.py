import sys
m = sys.monitoring
m.use_tool_id(3, "t")
E = m.events
def show(name):
    def cb(code, off, *rest):
        r = [getattr(x, "__name__", type(x).__name__) for x in rest]
        print(name, code.co_name, off, r)
    return cb
for n in ("CALL", "C_RETURN", "C_RAISE", "PY_START", "PY_RETURN"):
    m.register_callback(3, getattr(E, n), show(n))
class K:
    def __init__(self, x):
        self.x = x
class S(K):
    def __init__(self, x):
        super().__init__(x)
def run():
    K(1)
    S(2)
    str(3)
    isinstance(1, int)
    try:
        K()
    except TypeError:
        pass
m.set_events(3, E.CALL | E.C_RETURN | E.C_RAISE | E.PY_START | E.PY_RETURN)
run()
m.set_events(3, 0)
