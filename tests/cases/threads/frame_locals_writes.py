# f_locals writes reach a running frame while other threads run and take the GIL in between
import sys
import threading
import time


def write_caller(name, value):
    sys._getframe(1).f_locals[name] = value


def worker(results, index):
    v = 'unset'
    write_caller('v', index)
    total = 0
    for i in range(20000):
        total += i
    results[index] = (v, total)


results = [None] * 4
threads = [threading.Thread(target=worker, args=(results, i)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)


# The write is made by a callback a native call runs, which sleeps (handing
# the GIL to the main thread) before the native call returns to the frame.
def native_caller():
    v = 0
    def callback(x):
        sys._getframe(1).f_locals['v'] = x
        time.sleep(0.005)
        return x
    list(map(callback, [1, 2, 3]))
    return v


out = []
t = threading.Thread(target=lambda: out.append(native_caller()))
t.start()
busy = 0
for i in range(100000):
    busy += i
t.join()
print(out, busy)
