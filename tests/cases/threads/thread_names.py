# Default thread names "Thread-N (target)", name setter, getName/setName, current_thread().name inside, repr pieces.
import threading, warnings
warnings.simplefilter("ignore", DeprecationWarning)
def job(): pass
t1 = threading.Thread(target=job)
t2 = threading.Thread()
class Sub(threading.Thread): pass
t3 = Sub()
base = int(t1.name.split("-")[1].split()[0])
print(t1.name.replace(str(base), "N"), t2.name == f"Thread-{base + 1}", t3.name == f"Thread-{base + 2}")
t1.name = "renamed"; print(t1.name, t1.getName())
t1.setName("again"); print(t1.name)
inside = []
t = threading.Thread(target=lambda: inside.append(threading.current_thread().name), name="inner-name")
t.start(); t.join(); print(inside)
print("initial" in repr(threading.Thread(name="r")), "stopped" in repr(t), "inner-name" in repr(t))
print(threading.current_thread().name, threading.current_thread().getName())
print(threading.Thread(target=print).name.endswith("(print)"))
class Callable:
    def __call__(self): pass
print(threading.Thread(target=Callable()).name.count("("))
