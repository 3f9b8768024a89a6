# signal.signal/getsignal round trips, a Python handler run by raise_signal,
# SIGINT's default_int_handler raising KeyboardInterrupt, and the argument
# errors: all platform-neutral (the emscripten reference delivers raise()'s
# signals to the process itself, as Linux does).
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1))

calls = []


def handler(signum, frame):
    calls.append((signum, type(frame).__name__, frame.f_code.co_name))


def run():
    signal.raise_signal(signal.SIGUSR1)
    return "after"


old = signal.signal(signal.SIGUSR1, handler)
print(old)
print(signal.getsignal(signal.SIGUSR1) is handler)
print(run(), calls)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
# SIG_IGN's value is the platform's (1 on Linux, a wasm pointer in the reference).
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) == signal.SIG_IGN)
print(signal.getsignal(signal.SIGUSR1))

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), e.args)

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler", repr(e))


def raising(signum, frame):
    raise ValueError(f"from handler {signum}")


signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print(e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

for bad in (0, -1, signal.NSIG, 1000):
    for call in (signal.getsignal, signal.strsignal):
        try:
            call(bad)
        except ValueError as e:
            print(call.__name__, bad, e)
    try:
        signal.signal(bad, handler)
    except ValueError as e:
        print("signal", bad, e)

for bad_handler in (42, "x", None, 2.0):
    try:
        signal.signal(signal.SIGUSR1, bad_handler)
    except TypeError as e:
        print(repr(bad_handler), e)

try:
    signal.getsignal("2")
except TypeError as e:
    print(e)

try:
    signal.pthread_sigmask(signal.SIG_BLOCK, [0])
except ValueError as e:
    print(e)

print(signal.SIGINT in signal.valid_signals(), 0 in signal.valid_signals())
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
print(repr(signal.SIGINT), repr(signal.Handlers.SIG_DFL), signal.Sigmasks.SIG_SETMASK)
print(signal.ItimerError.__name__, signal.ItimerError.__mro__[1].__name__)
