# Linux-only signal behaviour the emscripten reference lacks (alarm,
# itimers, masks, sigwait, EINTR), run by tests/signals_linux.rs: the
# expected stdout (signal_linux.stdout) is Linux CPython's (python3.11 on
# Linux, with 3.14's class name `ItimerError` for 3.11's `itimer_error`).
import signal
import time

got = []
signal.signal(signal.SIGALRM, lambda signum, frame: got.append(signum))
print(signal.alarm(0))
signal.alarm(1)
print(signal.alarm(1))
deadline = time.monotonic() + 5
while not got and time.monotonic() < deadline:
    pass
print("alarm", got)

got.clear()
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
value, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < value <= 0.05, interval)
start = time.monotonic()
time.sleep(0.3)
print("sleep completed after the handler", got, time.monotonic() - start >= 0.3)


def stop(signum, frame):
    raise RuntimeError(f"stopped by {signal.Signals(signum).name}")


signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except RuntimeError as e:
    print(e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except RuntimeError as e:
    print("loop:", e)
print(signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGALRM, signal.SIG_DFL)

try:
    signal.setitimer(12345, 1.0)
except signal.ItimerError as e:
    print(type(e).__name__, e.errno)

print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
signal.raise_signal(signal.SIGUSR1)
print(signal.sigpending())
print(signal.sigwait([signal.SIGUSR1]))
print(signal.sigpending())
signal.raise_signal(signal.SIGUSR1)
info = signal.sigtimedwait([signal.SIGUSR1], 1.0)
print(info.si_signo, info.si_code, info.si_errno)
print(signal.sigtimedwait([signal.SIGUSR1], 0.01))
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))

try:
    signal.signal(signal.SIGKILL, stop)
except OSError as e:
    print(e)
print(signal.siginterrupt(signal.SIGUSR1, True))
print(signal.strsignal(signal.SIGRTMIN), signal.strsignal(signal.SIGUSR1))
print(len(signal.valid_signals()), signal.NSIG, signal.SIG_IGN, signal.SIGCLD)
print(signal.set_wakeup_fd(-1))
