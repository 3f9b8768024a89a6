# threading.stack_size: query, set a bigger size, run a deep recursion in a thread, errors for tiny sizes, reset to default.
import threading, _thread
print(threading.stack_size())
old = threading.stack_size(4 * 1024 * 1024)
print(old, threading.stack_size())
res = []
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
t = threading.Thread(target=lambda: res.append(deep(400))); t.start(); t.join()
print(res)
try:
    threading.stack_size(1000)
except ValueError as e:
    print("ValueError", e)
try:
    threading.stack_size(-1)
except ValueError as e:
    print("ValueError", e)
threading.stack_size(0)
print(threading.stack_size())
print(_thread.stack_size() == threading.stack_size())
