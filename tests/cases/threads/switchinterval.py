# sys.setswitchinterval/getswitchinterval: values, errors, and threads still interleave with tiny and large intervals.
import sys, threading
print(sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval())
sys.setswitchinterval(1e-6); print(sys.getswitchinterval())
for bad in (0, -1, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
counts = [0, 0]
stop = threading.Event()
def spin(i):
    while not stop.is_set():
        counts[i] += 1
ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts: t.start()
while min(counts) < 1000:
    pass
stop.set()
for t in ts: t.join()
print("both ran")
sys.setswitchinterval(0.005)
