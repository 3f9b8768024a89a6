# faulthandler's switches and argument checks; the dumps themselves (which
# on the reference include its driver's frames) are compared with Linux
# CPython by tests/process_linux.rs.
import faulthandler
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(faulthandler.__doc__)
for name in ["enable", "disable", "is_enabled", "dump_traceback", "dump_c_stack",
             "dump_traceback_later", "cancel_dump_traceback_later", "register", "unregister"]:
    f = getattr(faulthandler, name)
    print(name, f.__text_signature__, repr(f.__doc__))
show("is_enabled", faulthandler.is_enabled)
show("enable", faulthandler.enable)
show("is_enabled", faulthandler.is_enabled)
show("enable again", lambda: faulthandler.enable(sys.stderr, False, False))
show("enable 4 args", lambda: faulthandler.enable(sys.stderr, True, False, 1))
show("enable float", lambda: faulthandler.enable(file=5.5))
show("disable", faulthandler.disable)
show("disable again", faulthandler.disable)
show("enable fd", lambda: faulthandler.enable(2))
show("disable", faulthandler.disable)


class NoFd:
    def fileno(self):
        return -1


class StrFd:
    def fileno(self):
        return "x"


for bad in [NoFd(), StrFd(), 3.5, -3]:
    show("dump_traceback " + type(bad).__name__, lambda: faulthandler.dump_traceback(bad))
show("later negative", lambda: faulthandler.dump_traceback_later(-1))
show("later zero", lambda: faulthandler.dump_traceback_later(0))
show("later str", lambda: faulthandler.dump_traceback_later("a"))
show("later missing", lambda: faulthandler.dump_traceback_later())
show("cancel", faulthandler.cancel_dump_traceback_later)
show("register 0", lambda: faulthandler.register(0))
show("register big", lambda: faulthandler.register(100000))
show("unregister unknown", lambda: faulthandler.unregister(10))
show("unregister 0", lambda: faulthandler.unregister(0))
