# _thread._ThreadHandle() (threading's placeholder before a thread starts): ident 0, not done, join/_set_done refuse; threading's main thread
import _thread
h = _thread._ThreadHandle()
print(h, h.ident, h.is_done())
for f in (lambda: h.join(), lambda: h._set_done(), lambda: _thread._ThreadHandle(1), lambda: _thread._ThreadHandle(a=1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import threading
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), threading.get_ident() == _thread.get_ident())
