# threading.excepthook replaced: receives args with exc_type/exc_value/thread; SystemExit ignored; hook errors; restore.
import threading, sys
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
threading.excepthook = hook
def boom(): raise KeyError("k")
t = threading.Thread(target=boom, name="boomer"); t.start(); t.join()
def exits(): raise SystemExit(3)
t = threading.Thread(target=exits, name="exiter"); t.start(); t.join()
print(seen)
print(threading.__excepthook__ is not hook)
def bad_hook(args):
    raise ValueError("hook failed")
threading.excepthook = bad_hook
orig = sys.excepthook
got = []
sys.excepthook = lambda *a: got.append(a[0].__name__)
t = threading.Thread(target=boom); t.start(); t.join()
print(got)
sys.excepthook = orig
threading.excepthook = threading.__excepthook__
class E(Exception):
    def __str__(self):
        return "custom str"
captured = []
import io
old_err = sys.stderr
sys.stderr = io.StringIO()
def raiser(): raise E()
t = threading.Thread(target=raiser, name="named"); t.start(); t.join()
text = sys.stderr.getvalue(); sys.stderr = old_err
print(text.splitlines()[0], text.splitlines()[-1])
