import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]))
    elif event in ("return", "c_call", "c_return"):
        arg = getattr(arg, "__name__", arg)
    print(f"{event:10} {name:8} {frame.f_lineno} {arg!r}")
    return tracer

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def gen():
    yield 1
    yield 2

def boom():
    try:
        {}["x"]
    except KeyError as e:
        return "caught"

def loop():
    total = 0
    for i in range(3):
        total += i
    while total > 1: total -= 1
    return total

sys.settrace(tracer)
fib(2)
list(gen())
boom()
loop()
sys.settrace(None)
print(sys.gettrace())

def only_calls(frame, event, arg):
    print("global", event, frame.f_code.co_name)
    return None
sys.settrace(only_calls)
fib(1)
sys.settrace(None)

def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    print("nl", event, frame.f_code.co_name, frame.f_lineno)
    return no_lines
sys.settrace(no_lines)
fib(1)
sys.settrace(None)

def prof(frame, event, arg):
    print("prof", event, frame.f_code.co_name, getattr(arg, "__name__", arg))
sys.setprofile(prof)
fib(1)
len([])
sorted([3, 1], key=abs)
"a b".split()
sys.setprofile(None)
print(sys.getprofile())
