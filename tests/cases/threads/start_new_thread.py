# _thread.start_new_thread: args and kwargs, argument errors, exceptions reported via sys.unraisablehook, SystemExit silent.
import _thread, threading, sys
done = threading.Event()
out = []
def f(a, b, *, c=0):
    out.append((a, b, c)); done.set()
ident = _thread.start_new_thread(f, (1, 2), {"c": 3})
done.wait()
print(out, type(ident).__name__)
for args in [(f, [1, 2]), (f, (1,), []), (5, ())]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
got = []
ev = threading.Event()
def hook(u):
    got.append((u.exc_type.__name__, str(u.exc_value), u.err_msg))
    ev.set()
sys.unraisablehook = hook
def boom():
    raise KeyError("k")
_thread.start_new_thread(boom, ())
ev.wait()
print(got[0][:2], got[0][2].startswith("Exception ignored in thread started by"))
done.clear()
def exits():
    done.set()
    raise SystemExit
_thread.start_new_thread(exits, ())
done.wait()
import time; time.sleep(0.05)
print(len(got))
print(_thread.daemon_threads_allowed())
