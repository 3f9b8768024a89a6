import sys, dis
def target(a):
    b = a + 1
    return b
names = {}
for ins in dis.get_instructions(target):
    names[ins.offset] = ins.opname
def tracer(frame, event, arg):
    if frame.f_code is not target.__code__:
        return None
    if event == "call":
        frame.f_trace_opcodes = True
    if event == "opcode":
        print(event, frame.f_lineno, names.get(frame.f_lasti, frame.f_lasti))
    else:
        print(event, frame.f_lineno)
    return tracer
sys.settrace(tracer)
target(1)
sys.settrace(None)
def tracer2(frame, event, arg):
    if frame.f_code.co_name == "boom":
        print(event, frame.f_lineno, arg if event != "exception" else arg[0].__name__)
    return tracer2
def boom():
    try:
        raise KeyError(1)
    except KeyError:
        pass
    raise ValueError(2)
sys.settrace(tracer2)
try:
    boom()
except ValueError:
    pass
sys.settrace(None)
def gen():
    yield 1
    return 2
def tracer3(frame, event, arg):
    if frame.f_code.co_name == "gen":
        print("gen", event, frame.f_lineno, arg if event != "exception" else arg[0].__name__)
    return tracer3
sys.settrace(tracer3)
for x in gen(): pass
g = gen(); next(g)
try: g.throw(KeyError)
except KeyError: pass
sys.settrace(None)
