# sys.exit from the main thread with a non-daemon thread still running: the thread is joined first, then atexit, status kept.
import threading, sys, atexit, time
def slow():
    time.sleep(0.05)
    print("thread done", flush=True)
atexit.register(print, "atexit")
threading.Thread(target=slow).start()
print("exiting")
sys.exit(7)
