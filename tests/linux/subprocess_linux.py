# Process creation the emscripten reference cannot do (it has no fork), run
# by tests/process_linux.rs: the expected stdout (subprocess_linux.stdout)
# is Linux CPython's (python3.11 on Linux; subprocess and _posixsubprocess
# behave the same in 3.14 for everything printed here).
import os
import signal
import subprocess
import sys
import tempfile

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r.args, r.returncode, r.stdout, r.stderr)
print(subprocess.check_output("echo $((6*7)); echo err >&2", shell=True, stderr=subprocess.STDOUT))
print(subprocess.check_output(["printf", "a\\r\\nb\\n"], text=True).splitlines())
print(subprocess.run("exit 3", shell=True).returncode)
print(subprocess.getoutput("echo hi; echo there"))
print(subprocess.getstatusoutput("echo out; exit 2"))

# Pipes both ways, communicate and a timeout.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b"line one\nline two\n"), p.returncode)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x; echo to-err >&2; exit 5"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.communicate("abc\n"), p.wait(), p.poll())
p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, e.timeout)
p.kill()
print(p.wait())
try:
    subprocess.run(["sleep", "10"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("run TimeoutExpired", e.cmd)
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGTERM)
print(p.wait())

# Errors reported by the child through the error pipe.
for args, kwargs in [
    (["/nonexistent/prog"], {}),
    (["no-such-program-anywhere"], {}),
    (["true"], {"cwd": "/nonexistent-dir"}),
    ([tempfile.gettempdir()], {}),
]:
    try:
        subprocess.run(args, **kwargs)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.cmd)
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 4"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.output)
try:
    subprocess.run(["true"], preexec_fn=lambda: 1 / 0)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)

# The child's environment, directory, session, group, umask and descriptors.
print(subprocess.run(["sh", "-c", "echo $FOO-$BAR"], env={"FOO": "x", "BAR": "y"},
                     capture_output=True).stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "umask"], umask=0o27, capture_output=True, text=True).stdout)
out = subprocess.run([sys.executable, "-c", "import os; print(os.getsid(0) == os.getpid())"],
                     start_new_session=True, capture_output=True, text=True).stdout
print("new session:", out.strip())
out = subprocess.run([sys.executable, "-c", "import os; print(os.getpgrp() == os.getpid())"],
                     process_group=0, capture_output=True, text=True).stdout
print("own group:", out.strip())
r, w = os.pipe()
subprocess.run(["sh", "-c", f"echo through-fd >&{w}"], pass_fds=[w])
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
res = subprocess.run(["sh", "-c", f"echo closed >&{w}"], stderr=subprocess.DEVNULL)
print("inherited fd closed:", res.returncode != 0)
os.close(r)
os.close(w)
calls = []
print(subprocess.run(["true"], preexec_fn=lambda: calls.append(1)).returncode, calls)
print(subprocess.run(["sh", "-c", "kill -9 $$"]).returncode)
print(subprocess.run(["cat"], input=b"via input", capture_output=True).stdout)
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
print(subprocess.call(["sh", "-c", "exit 7"]))

# Ids are checked before the fork, with CPython's 64-bit C long quirks.
for kwargs in [{"group": 2**40}, {"group": -2}, {"user": 2**70}, {"extra_groups": [-5]}]:
    try:
        subprocess.run(["true"], **kwargs)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

# fork_exec's own argument checks (exception types: the messages name
# 3.11's and 3.14's different argument counts).
import _posixsubprocess
try:
    _posixsubprocess.fork_exec()
except TypeError:
    print("fork_exec() TypeError")
