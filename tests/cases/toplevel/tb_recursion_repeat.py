# Deep recursion that fails at a fixed depth: "[Previous line repeated N more times]" for a single frame and a two-frame cycle
import traceback
def down(n):
    if n == 0:
        raise ValueError("bottom")
    return down(n - 1)
try:
    down(40)
except ValueError:
    traceback.print_exc()
def ping(n):
    return pong(n - 1)
def pong(n):
    if n <= 0:
        raise KeyError("cycle bottom")
    return ping(n - 1)
ping(30)
