import sys
m = sys.monitoring
print(sorted(dir(m)))
print(dir(m.events))
for n in dir(m.events):
    if not n.startswith('_'): print(n, getattr(m.events, n))
print(m.DEBUGGER_ID, m.COVERAGE_ID, m.PROFILER_ID, m.OPTIMIZER_ID, type(m.MISSING), type(m.DISABLE), m.MISSING is m.DISABLE)
print(type(m), type(m.events), m.events)
print(m.use_tool_id.__doc__)
for f in [lambda: m.use_tool_id(6,'x'), lambda: m.use_tool_id(-1,'x'), lambda: m.use_tool_id(0, 3), lambda: m.get_tool(7), lambda: m.set_events(0, 1), lambda: m.register_callback(0, 3, None), lambda: m.register_callback(0, 1<<20, None),lambda: m.set_events(0, 1<<20)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
m.use_tool_id(0, 'dbg')
for f in [lambda: m.use_tool_id(0,'x'), lambda: m.set_events(0, m.events.C_RETURN), lambda: m.set_events(0, 1<<16), lambda: m.set_local_events(0, (lambda:0).__code__, m.events.C_RAISE), lambda: m.set_local_events(0, 3, 1), lambda: m.get_local_events(0, 3), lambda: m.set_events(0, -1),lambda: m.register_callback(0, m.events.PY_START|m.events.PY_RETURN, None), lambda: m.set_events(1, 1), lambda: m.get_events(1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(m.get_tool(0), m.get_tool(1), m.register_callback(0, 1, print), m.register_callback(0, 1, None))
print(m.get_events(0), m.set_events(0, 3), m.get_events(0))
m.clear_tool_id(0); print(m.get_events(0)); m.free_tool_id(0); print(m.get_tool(0))
m.free_tool_id(0)
try: m.clear_tool_id(0)
except Exception as e: print(type(e).__name__, e)
print(repr(m.restart_events()))
print(m.events.BRANCH, m.events.NO_EVENTS)
