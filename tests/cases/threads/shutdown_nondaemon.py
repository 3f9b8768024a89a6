# At exit the interpreter waits for non-daemon threads; atexit runs after them.
import threading, atexit, time

atexit.register(lambda: print("atexit"))
def slow():
    time.sleep(0.2)
    print("non-daemon finished")
threading.Thread(target=slow).start()
print("main done")
