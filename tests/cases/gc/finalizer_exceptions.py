# Errors inside __del__ during cycle collection are reported through sys.unraisablehook and collection continues.
import gc, sys
gc.collect(); gc.disable()
reports = []
sys.unraisablehook = lambda u: reports.append((u.exc_type.__name__, str(u.exc_value), u.err_msg.split(" <")[0]))
log = []
class Bad:
    def __init__(self, name): self.name = name
    def __del__(self):
        log.append(self.name)
        raise RuntimeError(f"del {self.name}")
x = Bad("x"); y = Bad("y"); x.y = y; y.x = x
del x, y
gc.collect()
print(sorted(log), sorted(reports))
reports.clear(); log.clear()
z = Bad("refcount"); del z
print(log, reports)
class SysExit:
    def __del__(self): raise SystemExit(3)
s = SysExit(); s.s = s; del s
gc.collect()
print(reports[-1])
sys.unraisablehook = sys.__unraisablehook__
gc.enable()
print("still running")
