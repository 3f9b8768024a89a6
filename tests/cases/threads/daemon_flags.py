# Thread.daemon: default inherits from the creating thread, setting after start fails, isDaemon/setDaemon.
import threading, warnings
warnings.simplefilter("ignore", DeprecationWarning)
print(threading.current_thread().daemon)
t = threading.Thread(target=lambda: None)
print(t.daemon, t.isDaemon())
t.daemon = True
print(t.daemon)
t.setDaemon(False)
print(t.daemon)
t2 = threading.Thread(target=lambda: None, daemon=True)
print(t2.daemon)
inherited = []
def outer():
    inner = threading.Thread(target=lambda: None)
    inherited.append(inner.daemon)
d = threading.Thread(target=outer, daemon=True); d.start(); d.join()
n = threading.Thread(target=outer); n.start(); n.join()
print(inherited)
t2.start(); t2.join()
try:
    t2.daemon = False
except RuntimeError as e:
    print("RuntimeError", e)
t3 = threading.Thread(target=lambda: None)
t3.start()
try:
    t3.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)
t3.join()
print(threading.Thread(daemon=None).daemon)
