# _posixsubprocess.fork_exec's argument checks, which run before any fork
# (the emscripten reference has the module but cannot fork, so only the
# errors are compared here; the processes themselves are compared with
# Linux CPython by tests/process_linux.rs). extra_groups is left out: the
# reference has no setgroups, so it raises SystemError where Linux checks
# the list.
import _posixsubprocess
import subprocess

fork_exec = _posixsubprocess.fork_exec
print(fork_exec.__name__, fork_exec.__module__)
print(fork_exec.__text_signature__)

GOOD = [
    [b"true"], [b"/bin/true"], True, (), None, None,
    -1, -1, -1, -1, -1, -1, 10, 11,
    False, False, -1, None, None, None, -1, None,
]


def attempt(label, **changes):
    args = list(GOOD)
    names = ["args", "executable_list", "close_fds", "pass_fds", "cwd", "env",
             "p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite",
             "errpipe_read", "errpipe_write", "restore_signals", "call_setsid",
             "pgid_to_set", "gid", "extra_groups", "uid", "child_umask", "preexec_fn"]
    for name, value in changes.items():
        args[names.index(name)] = value
    try:
        fork_exec(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "no error")


try:
    fork_exec()
except TypeError as e:
    print("no args", e)
try:
    fork_exec(*GOOD, None)
except TypeError as e:
    print("23 args", e)
attempt("pass_fds list", pass_fds=[3])
attempt("pass_fds unsorted", pass_fds=(5, 4))
attempt("pass_fds negative", pass_fds=(-1,))
attempt("pass_fds str", pass_fds=("3",))
attempt("errpipe_write 2", errpipe_write=2)
attempt("p2cread str", p2cread="x")
attempt("p2cread big", p2cread=2**40)
attempt("exe list str", executable_list=["true"])
attempt("exe list int", executable_list=5)
attempt("exe null", executable_list=[b"a\0b"])
attempt("args int", args=5)
attempt("args bad item", args=[1])
attempt("args null", args=["a\0b"])
attempt("cwd int", cwd=5)
attempt("cwd null", cwd="a\0b")
attempt("env str items", env=["A=1"])
attempt("gid str", gid="x")
attempt("uid float", uid=1.5)
attempt("umask str", child_umask="x")
attempt("pgid str", pgid_to_set="x")
print(subprocess.list2cmdline(["a b", 'c"d', "e\\"]))
