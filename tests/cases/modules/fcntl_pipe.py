import fcntl, os, struct
r, w = os.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL)
print(fl & os.O_NONBLOCK)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK != 0)
for a in [(r, fcntl.F_GETFL, 1.5), ('x', 1), (-1, 1), (r, 'x')]:
    try: fcntl.fcntl(*a)
    except Exception as e: print(type(e).__name__, e)
try: fcntl.ioctl(r, 'x')
except Exception as e: print(type(e).__name__, e)
import tempfile
with tempfile.TemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX, 10, 0, 0)
    fcntl.lockf(f, fcntl.LOCK_UN)
    try: fcntl.lockf(f, 0)
    except Exception as e: print(type(e).__name__, e)
    lk = struct.pack('hhqqi', fcntl.F_WRLCK, 0, 0, 0, 0)
    print(len(fcntl.fcntl(f, fcntl.F_GETLK, lk)))
try: fcntl.fcntl(99, fcntl.F_GETFD)
except OSError as e: print(type(e).__name__, e.strerror)
os.close(r); os.close(w)
