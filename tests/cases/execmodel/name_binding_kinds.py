# Every construct that binds a name: assignment, for, with, except, import, def, class, del-unbinds, match, walrus, type.
import sys as bound_import
def bound_def(): pass
class BoundClass: pass
for bound_for in [1]: pass
class CM:
    def __enter__(self): return "with value"
    def __exit__(self, *a): pass
with CM() as bound_with: pass
try:
    raise KeyError
except KeyError as bound_except:
    pass
match (1, 2):
    case (bound_match, _):
        pass
if (bound_walrus := 5): pass
type bound_type = int
bound_assign: int = 7
names = ["bound_import", "bound_def", "BoundClass", "bound_for", "bound_with", "bound_except", "bound_match", "bound_walrus", "bound_type", "bound_assign"]
print([(n, n in globals()) for n in names])
print(bound_with, bound_match, bound_walrus, bound_type.__name__)
