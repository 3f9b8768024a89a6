# gc.get_referrers: containers, instance dicts, frames and closures that refer to an object.
import gc
class Target: pass
t = Target()
holder_list = [t]
holder_dict = {"k": t}
holder_tuple = (t, 1)
class Owner: pass
o = Owner(); o.attr = t
refs = gc.get_referrers(t)
print(any(r is holder_list for r in refs), any(r is holder_dict for r in refs), any(r is holder_tuple for r in refs))
print(any(r is o.__dict__ or r is o for r in refs))
def make():
    captured = t
    def inner(): return captured
    return inner
fn = make()
cells = [r for r in gc.get_referrers(t) if type(r).__name__ == "cell"]
print(len(cells), fn.__closure__[0] in cells)
print(gc.get_referrers() == [])
a = []; b = []
both = gc.get_referrers(a, b)
x = [a, b]
print(sum(1 for r in gc.get_referrers(a, b) if r is x))
print(any(r is x for r in gc.get_referrers(1234567)))
