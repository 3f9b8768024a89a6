# threading.local subclass whose __init__ fails in a new thread: the error reaches the accessing code there; main thread unaffected.
import threading
class Picky(threading.local):
    def __init__(self):
        if threading.current_thread() is not threading.main_thread():
            raise ValueError("only main")
        self.x = 1
p = Picky()
print(p.x)
errs = []
def use():
    try:
        p.x
    except ValueError as e:
        errs.append(("first", str(e)))
    try:
        p.y = 2
    except ValueError as e:
        errs.append(("second", str(e)))
t = threading.Thread(target=use); t.start(); t.join()
print(errs, p.x)
class Counter(threading.local):
    inits = 0
    def __init__(self):
        type(self).inits += 1
c = Counter()
def touch():
    c.a = 1; c.b = 2; c.a
ts = [threading.Thread(target=touch) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(Counter.inits)
