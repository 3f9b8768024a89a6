# Unexpected keyword arguments to Python functions suggest the closest parameter name.
def f(alpha, *, beta=1): pass
for kw in [{"alpah": 1}, {"alpha": 1, "bta": 2}, {"zzz": 1}, {"alpha": 1, "_x": 2}]:
    try:
        f(**kw)
    except TypeError as e:
        print(e)
class C:
    def m(self, value): pass
try:
    C().m(valu=1)
except TypeError as e:
    print(e)
try:
    C().m(self=1)
except TypeError as e:
    print(e)
