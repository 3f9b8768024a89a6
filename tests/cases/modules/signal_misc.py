# signal helpers: strsignal, valid_signals, NSIG, Signals/Handlers/Sigmasks enums, pthread_sigmask round trip, siginterrupt.
import signal
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGUSR1))
try:
    signal.strsignal(0)
except ValueError as e:
    print("ValueError", e)
vs = signal.valid_signals()
print(type(vs).__name__, signal.SIGINT in vs, signal.SIGUSR1 in vs, 0 in vs)
print(signal.NSIG >= 32)
print(signal.Signals.SIGINT.name, signal.Signals(signal.SIGUSR2).name, [h.name for h in signal.Handlers], signal.Sigmasks.SIG_BLOCK.name)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
now = signal.pthread_sigmask(signal.SIG_BLOCK, [])
print(signal.SIGUSR1 in now, signal.SIGUSR1 in old)
signal.pthread_sigmask(signal.SIG_SETMASK, old)
print(signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_BLOCK, []))
try:
    signal.pthread_sigmask(99, [])
except (ValueError, OSError) as e:
    print(type(e).__name__)
try:
    signal.pthread_sigmask(signal.SIG_BLOCK, [0])
except ValueError as e:
    print("ValueError", e)
hits = []
signal.signal(signal.SIGUSR1, lambda s, f: hits.append(s))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
signal.raise_signal(signal.SIGUSR1)
print(hits, signal.SIGUSR1 in signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print(hits, signal.sigpending())
print(signal.siginterrupt(signal.SIGUSR1, False))
