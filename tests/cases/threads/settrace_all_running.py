# sys._settraceallthreads/_setprofileallthreads reach threads that are already running: each takes the function up at its next event, and None takes it away again.
import sys, threading
events = []
go = threading.Event()
set_up = threading.Event()
finished = threading.Event()
def tracer(frame, event, arg):
    if frame.f_code.co_name == "target":
        events.append((threading.current_thread().name, "trace", event))
    return tracer
def profiler(frame, event, arg):
    if frame.f_code.co_name == "target":
        events.append((threading.current_thread().name, "profile", event))
def target():
    return 1
def worker():
    go.wait()
    target()
    seen = (sys.gettrace() is tracer, sys.getprofile() is profiler)
    set_up.set()
    finished.wait()
    target()
    events.append(("after", sys.gettrace(), sys.getprofile(), seen))
t = threading.Thread(target=worker, name="W")
t.start()
sys._settraceallthreads(tracer)
sys._setprofileallthreads(profiler)
go.set()
set_up.wait()
sys._settraceallthreads(None)
sys._setprofileallthreads(None)
target()
finished.set()
t.join()
for e in events:
    print(e)
print(sys.gettrace(), sys.getprofile())
