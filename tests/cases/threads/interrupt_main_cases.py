# _thread.interrupt_main with a signal number, with SIG_IGN, from the main thread itself, and with a custom SIGINT handler.
import _thread, signal, threading, time
try:
    _thread.interrupt_main()
    time.sleep(0.01)
    for _ in range(1000): pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from main")
hits = []
signal.signal(signal.SIGUSR1, lambda s, f: hits.append(s))
t = threading.Thread(target=_thread.interrupt_main, args=(signal.SIGUSR1,)); t.start(); t.join()
for _ in range(1000): pass
print(hits == [signal.SIGUSR1])
old = signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
for _ in range(1000): pass
print("ignored")
signal.signal(signal.SIGINT, lambda s, f: hits.append("custom"))
_thread.interrupt_main()
for _ in range(1000): pass
print(hits[-1])
signal.signal(signal.SIGINT, old)
try:
    _thread.interrupt_main(0)
except ValueError as e:
    print("ValueError", e)
