# sys._current_frames and threading.enumerate/active_count while threads wait; keys are thread idents.
import sys, threading
started = threading.Barrier(4)
release = threading.Event()
def waiter():
    started.wait()
    release.wait()
ts = [threading.Thread(target=waiter, name=f"w{i}") for i in range(3)]
for t in ts: t.start()
started.wait()
frames = sys._current_frames()
idents = {t.ident for t in ts} | {threading.main_thread().ident}
print(idents <= set(frames), len(frames) >= 4)
print(frames[threading.get_ident()].f_code.co_name)
names = sorted(t.name for t in threading.enumerate())
print(names, threading.active_count())
print(sorted(frames[t.ident].f_code.co_name for t in ts))
release.set()
for t in ts: t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(set(sys._current_frames()) == {threading.get_ident()})
print(threading.current_thread().ident == threading.get_ident(), threading.main_thread().ident == threading.get_ident())
