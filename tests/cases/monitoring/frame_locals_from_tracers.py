# Trace functions, sys.monitoring callbacks and pdb-style updates write a frame's locals through frame.f_locals
import sys


# A sys.settrace tracer rewrites a local on a line event.
def traced():
    x = 1
    y = x + 1
    x = 100
    z = x + 1
    return x, y, z

def rewriting_tracer(frame, event, arg):
    if frame.f_code is traced.__code__ and event == 'line':
        line = frame.f_lineno - traced.__code__.co_firstlineno
        if line == 2:
            frame.f_locals['x'] = 40
        if line == 4:
            frame.f_locals['x'] = -1
    return rewriting_tracer

sys.settrace(rewriting_tracer)
print(traced())
sys.settrace(None)


# The tracer sees the locals as they are at each line.
def seen():
    a = 'first'
    a = 'second'
    b = a * 2
    return b

observed = []
def reading_tracer(frame, event, arg):
    if frame.f_code is seen.__code__ and event in ('line', 'return'):
        observed.append((event, sorted(frame.f_locals.items())))
    return reading_tracer

sys.settrace(reading_tracer)
seen()
sys.settrace(None)
for entry in observed:
    print(entry)


# The call event may rewrite the arguments.
def takes(n):
    return n * 2

def call_tracer(frame, event, arg):
    if frame.f_code is takes.__code__ and event == 'call':
        frame.f_locals['n'] = 21
    return None

sys.settrace(call_tracer)
print(takes(1))
sys.settrace(None)


# pdb-style: frame.f_locals.update(...) from the tracer (what `!x = ...` does).
def debugged():
    count = 0
    label = 'before'
    count += 1
    return count, label

def pdb_like(frame, event, arg):
    if frame.f_code is debugged.__code__ and event == 'line':
        if frame.f_lineno - debugged.__code__.co_firstlineno == 3:
            ns = {**frame.f_globals, **frame.f_locals}
            exec("count = 10; label = 'after'", frame.f_globals, ns)
            frame.f_locals.update({k: ns[k] for k in ('count', 'label')})
    return pdb_like

sys.settrace(pdb_like)
print(debugged())
sys.settrace(None)


# A sys.monitoring LINE callback writes through the frame of its code.
mon = sys.monitoring
TOOL = 2
mon.use_tool_id(TOOL, 'frame-locals')

def monitored():
    v = 'start'
    w = v
    return v, w

def on_line(code, line):
    if code is monitored.__code__ and line == monitored.__code__.co_firstlineno + 2:
        sys._getframe(1).f_locals['v'] = 'from monitoring'

mon.register_callback(TOOL, mon.events.LINE, on_line)
mon.set_local_events(TOOL, monitored.__code__, mon.events.LINE)
print(monitored())
mon.set_local_events(TOOL, monitored.__code__, 0)
mon.register_callback(TOOL, mon.events.LINE, None)
mon.free_tool_id(TOOL)


# A tracer writes a cell variable of the traced frame.
def with_cell():
    shared = 'orig'
    def reader():
        return shared
    marker = 1
    return reader(), shared

def cell_tracer(frame, event, arg):
    if frame.f_code is with_cell.__code__ and event == 'line':
        if frame.f_lineno - with_cell.__code__.co_firstlineno == 5:
            frame.f_locals['shared'] = 'traced'
    return cell_tracer

sys.settrace(cell_tracer)
print(with_cell())
sys.settrace(None)
