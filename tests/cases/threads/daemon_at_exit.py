# A daemon thread still blocked at exit does not keep the process alive; exit status and output of main are kept.
import threading, sys, atexit
block = threading.Event()
def forever():
    block.wait()
    print("never printed")
t = threading.Thread(target=forever, daemon=True)
t.start()
atexit.register(lambda: print("atexit runs, daemon alive:", t.is_alive()))
print("main done")
sys.exit(4)
