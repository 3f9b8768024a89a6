# RecursionError from unbounded recursion, caught: the message and the collapsed repeated frames shown by print_exc with a limit
import sys
import traceback
sys.setrecursionlimit(120)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    lines = traceback.format_exception(e)
    print(lines[0], lines[-1], any("Previous line repeated" in line for line in lines))
    traceback.print_exc(limit=4)
