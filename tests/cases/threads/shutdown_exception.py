# An uncaught exception in the main thread while a non-daemon thread runs: traceback, then the thread finishes, then atexit; status 1.
import threading, atexit, time
def slow():
    time.sleep(0.05)
    print("thread done", flush=True)
atexit.register(print, "atexit")
threading.Thread(target=slow).start()
raise ValueError("main failed")
