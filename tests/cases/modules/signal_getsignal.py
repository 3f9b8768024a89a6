# signal.signal returns the previous handler; getsignal of defaults, SIG_IGN, SIG_DFL, errors for bad signals and handlers.
import signal
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
def h(s, f): pass
print(signal.signal(signal.SIGUSR1, h) == signal.SIG_DFL)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) == signal.SIG_IGN)
for bad in (0, -1, 1000):
    try:
        signal.signal(bad, h)
    except ValueError as e:
        print("ValueError", e)
    try:
        signal.getsignal(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    signal.signal("x", h)
except TypeError as e:
    print("TypeError", e)
print(int(signal.SIG_DFL), repr(signal.SIG_DFL), repr(signal.SIGINT), str(signal.SIGUSR1))
print(type(signal.SIGINT).__name__, signal.Signals(2).name, signal.Handlers.SIG_IGN.name)
print(signal.SIGINT == 2, isinstance(signal.SIGINT, int), signal.Signals["SIGTERM"].value)
print(signal.signal(signal.SIGINT, signal.default_int_handler) is signal.default_int_handler)
