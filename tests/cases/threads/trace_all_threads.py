# threading.settrace_all_threads/setprofile_all_threads install the hook in the calling thread and in new threads.
import threading, sys
events = []
lock = threading.Lock()
def tracer(frame, event, arg):
    if frame.f_code.co_name == "target":
        with lock: events.append((threading.current_thread().name, event))
    return tracer
def target():
    return 1
threading.settrace_all_threads(tracer)
target()
t = threading.Thread(target=target, name="T1"); t.start(); t.join()
threading.settrace_all_threads(None)
print(sorted(set(events)))
print(sys.gettrace(), threading.gettrace())
events.clear()
def profiler(frame, event, arg):
    if frame.f_code.co_name == "target":
        with lock: events.append((threading.current_thread().name, event))
threading.setprofile_all_threads(profiler)
target()
t = threading.Thread(target=target, name="T2"); t.start(); t.join()
threading.setprofile_all_threads(None)
print(sorted(set(events)))
print(sys.getprofile(), threading.getprofile())
