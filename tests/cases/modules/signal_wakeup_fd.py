# signal.set_wakeup_fd: returns the previous fd, writes the signal number byte, errors for blocking or bad fds, warn_on_full_buffer.
import signal, os
r, w = os.pipe()
os.set_blocking(w, False)
os.set_blocking(r, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: None)
signal.raise_signal(signal.SIGUSR1)
print(list(os.read(r, 10)))
print(signal.set_wakeup_fd(-1) == w)
signal.raise_signal(signal.SIGUSR1)
try:
    os.read(r, 10)
except BlockingIOError:
    print("nothing written")
r2, w2 = os.pipe()
try:
    signal.set_wakeup_fd(w2)
except ValueError as e:
    print("ValueError", e)
try:
    signal.set_wakeup_fd(12345)
except (ValueError, OSError) as e:
    print(type(e).__name__)
print(signal.set_wakeup_fd(w, warn_on_full_buffer=False))
print(signal.set_wakeup_fd(-1) == w)
try:
    signal.set_wakeup_fd("x")
except TypeError as e:
    print("TypeError", e)
