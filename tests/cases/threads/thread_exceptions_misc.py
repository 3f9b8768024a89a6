# Exceptions in threads: SystemExit is silent, the thread stops, join still works, exc info does not leak between threads.
import threading, sys
log = []
def exits():
    log.append("before exit")
    sys.exit(0)
    log.append("after exit")
t = threading.Thread(target=exits); t.start(); t.join()
print(log, t.is_alive())
def handled():
    try:
        raise KeyError("inner")
    except KeyError:
        log.append(sys.exc_info()[0].__name__)
try:
    raise ValueError("main")
except ValueError:
    t = threading.Thread(target=handled); t.start(); t.join()
    log.append(sys.exc_info()[0].__name__)
print(log)
def look():
    log.append(sys.exc_info())
try:
    raise TypeError("outer")
except TypeError:
    t = threading.Thread(target=look); t.start(); t.join()
print(log[-1])
import io
buf = io.StringIO(); old = sys.stderr; sys.stderr = buf
def boom(): raise RuntimeError("in thread")
t = threading.Thread(target=boom, name="Boomer"); t.start(); t.join()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0], lines[-1])
print("continues", threading.active_count())
