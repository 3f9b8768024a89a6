# _thread.interrupt_main and signal handlers run on the main thread while other threads work.
import threading, _thread, signal, time

def later():
    time.sleep(0.05)
    _thread.interrupt_main()
threading.Thread(target=later).start()
try:
    for _ in range(400):
        time.sleep(0.01)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in main")
got = []
def handler(signum, frame):
    got.append((signum, threading.current_thread() is threading.main_thread()))
signal.signal(signal.SIGUSR1, handler)
def sender():
    signal.raise_signal(signal.SIGUSR1)
t = threading.Thread(target=sender); t.start(); t.join()
for _ in range(100):
    if got:
        break
    time.sleep(0.01)
print(got)
try:
    signal.signal(signal.SIGUSR1, signal.SIG_DFL) if False else None
    def in_thread():
        try:
            signal.signal(signal.SIGUSR2, handler)
        except ValueError as e:
            print("ValueError", e)
    t = threading.Thread(target=in_thread); t.start(); t.join()
finally:
    pass
_thread.interrupt_main(signal.SIGUSR2)
print("SIGUSR2 default: nothing happens")
try:
    _thread.interrupt_main(0)
except ValueError as e:
    print("ValueError", e)
