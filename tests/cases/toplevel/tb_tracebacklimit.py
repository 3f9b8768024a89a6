# sys.tracebacklimit cuts the printed frames of an uncaught exception to the innermost ones; 0 prints only the exception line
import sys
import traceback
def a():
    b()
def b():
    c()
def c():
    raise RuntimeError("deep")
sys.tracebacklimit = 2
try:
    a()
except RuntimeError:
    traceback.print_exc()
sys.tracebacklimit = 0
a()
