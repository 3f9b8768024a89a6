# threading.enumerate, active_count, get_ident/get_native_id, Timer, settrace hooks, stack_size, _count.
import threading, _thread, time

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="waiter"); t.start()
print(sorted(x.name for x in threading.enumerate()))
print(threading.active_count(), _thread._count())
ev.set(); t.join()
print(threading.active_count(), _thread._count())
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",)); tm.start(); tm.join()
print(fired)
tm2 = threading.Timer(10, fired.append, args=("never",)); tm2.start(); tm2.cancel(); tm2.join()
print(fired)
print(threading.stack_size())
ids = []
def idt():
    ids.append((threading.get_ident(), threading.get_native_id()))
t = threading.Thread(target=idt); t.start(); t.join()
print(ids[0][0] != threading.get_ident(), ids[0][1] != threading.get_native_id())
print(t.native_id == ids[0][1], t.ident == ids[0][0])
calls = []
def tracer(frame, event, arg):
    if event == "call":
        calls.append(frame.f_code.co_name)
    return None
threading.settrace(tracer)
def traced(): pass
t = threading.Thread(target=traced); t.start(); t.join()
threading.settrace(None)
print("traced" in calls)
print(threading.gettrace())
def gen():
    yield threading.current_thread().name
g = gen()
out = []
t = threading.Thread(target=lambda: out.append(next(g)), name="G"); t.start(); t.join()
print(out)
