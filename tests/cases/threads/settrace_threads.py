# threading.settrace/setprofile install hooks in new threads only; gettrace/getprofile; settrace_all_threads.
import threading, sys
events = []
lock = threading.Lock()
def tracer(frame, event, arg):
    if frame.f_code.co_name == "target":
        with lock: events.append(("trace", event))
    return tracer
def profiler(frame, event, arg):
    if frame.f_code.co_name == "target":
        with lock: events.append(("prof", event))
def target():
    x = 1
    return x
threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
t = threading.Thread(target=target); t.start(); t.join()
print(events)
events.clear()
threading.settrace(None)
threading.setprofile(profiler)
print(threading.getprofile() is profiler)
t = threading.Thread(target=target); t.start(); t.join()
print(events)
events.clear()
threading.setprofile(None)
t = threading.Thread(target=target); t.start(); t.join()
print(events)
inner = []
def look():
    inner.append((sys.gettrace(), sys.getprofile()))
t = threading.Thread(target=look); t.start(); t.join()
print(inner)
