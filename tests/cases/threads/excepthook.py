# Exceptions in threads: threading.excepthook, its arguments, SystemExit is silent, the default hook's header line.
import threading, sys, traceback

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def boom():
    raise ValueError("bad")
t = threading.Thread(target=boom, name="T1"); t.start(); t.join()
def quit():
    sys.exit(3)
t = threading.Thread(target=quit, name="T2"); t.start(); t.join()
print("after")
def last_lines(args):
    lines = traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
    print("first:", lines[0].strip(), "last:", lines[-1].strip())
threading.excepthook = last_lines
def boom2():
    raise KeyError("k")
t = threading.Thread(target=boom2, name="T3"); t.start(); t.join()
print(threading.__excepthook__ is threading.ExceptHookArgs or callable(threading.__excepthook__))
print("done")
