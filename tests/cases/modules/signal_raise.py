# signal.raise_signal and os.kill to self run Python handlers with the signal number and a frame; handler exceptions propagate.
import signal, os
hits = []
def handler(signum, frame):
    hits.append((signum, type(frame).__name__, frame.f_code.co_name))
signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
print(hits)
def caller():
    signal.raise_signal(signal.SIGUSR1)
caller()
print(hits[-1][2])
os.kill(os.getpid(), signal.SIGUSR1)
print(len(hits))
class Stop(Exception): pass
def raising(signum, frame):
    raise Stop(signum)
signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except Stop as e:
    print("Stop", e.args)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored")
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    signal.raise_signal(0)
except ValueError as e:
    print("ValueError", e)
order = []
signal.signal(signal.SIGUSR1, lambda s, f: order.append("usr1"))
signal.signal(signal.SIGUSR2, lambda s, f: order.append("usr2"))
signal.raise_signal(signal.SIGUSR2); signal.raise_signal(signal.SIGUSR1)
print(order)
def nested(s, f):
    order.append(("nested start", s))
    if s == signal.SIGUSR1:
        signal.raise_signal(signal.SIGUSR2)
    order.append(("nested end", s))
signal.signal(signal.SIGUSR1, nested); signal.signal(signal.SIGUSR2, nested)
order.clear(); signal.raise_signal(signal.SIGUSR1); print(order)
