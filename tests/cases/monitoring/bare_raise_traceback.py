# a bare raise with no active exception gets a traceback entry for its frame
import traceback
def f():
    raise
try:
    f()
except RuntimeError as e:
    print(e, [(x.name, x.lineno) for x in traceback.extract_tb(e.__traceback__)])
