# faulthandler's dumps, which name the Linux thread and need fork and
# signals (the emscripten reference adds its own driver's frames and has
# neither), run by tests/process_linux.rs: the expected stdout
# (faulthandler_linux.stdout) is Linux CPython's (python3.11 on Linux).
# Thread ids (and 3.14's thread names) and this file's directory are
# masked; of a fatal error only the lines 3.11 and 3.14 share are printed
# (3.14 adds the C stack). The .stdout has 3.14's "file descriptor" where
# 3.11 misspells it "descripter".
import faulthandler
import os
import re
import signal
import subprocess
import sys
import tempfile
import time


def masked(text):
    text = re.sub(r'File "[^"]*faulthandler_linux.py"', 'File "faulthandler_linux.py"', text)
    return re.sub(r"hread 0x[0-9a-f]+( \[[^\]]*\])?", "hread 0xID", text)


def dumped(action):
    with tempfile.TemporaryFile("w+") as f:
        action(f)
        f.seek(0)
        return masked(f.read())


def inner(f):
    faulthandler.dump_traceback(f, all_threads=False)


def outer(f):
    inner(f)


print(dumped(outer), end="")
print(dumped(lambda f: faulthandler.dump_traceback(f)), end="")
print(dumped(lambda f: faulthandler.dump_traceback(f.fileno(), False)), end="")

print(faulthandler.is_enabled(), faulthandler.enable(), faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())


class NoFd:
    def fileno(self):
        return -1


for bad in [NoFd(), -1, 1.5]:
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [0, -1]:
    try:
        faulthandler.dump_traceback_later(bad)
    except ValueError as e:
        print("ValueError", e)
for signum in [0, signal.SIGSEGV]:
    try:
        faulthandler.register(signum)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)


def sleeper(f):
    faulthandler.dump_traceback_later(0.2, file=f)
    time.sleep(0.6)


print(dumped(sleeper), end="")
faulthandler.cancel_dump_traceback_later()


def signalled(f):
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False)
    os.kill(os.getpid(), signal.SIGUSR1); [0 for _ in range(3)]


print(dumped(signalled), end="")
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))

crash = "import faulthandler\ndef f():\n    faulthandler._sigsegv()\nfaulthandler.enable()\nf()\n"
run = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True)
print(run.returncode, run.stdout)
print(masked("\n".join(run.stderr.splitlines()[:5])))
run = subprocess.run([sys.executable, "-c", "import faulthandler; faulthandler._sigsegv()"],
                     capture_output=True, text=True)
print(run.returncode, repr(run.stderr))
