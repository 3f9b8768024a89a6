# xxsubtype's spamlist and spamdict (list and dict subclasses with a
# `state` int) and bench's argument checks (its result is a timing).
import xxsubtype


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(xxsubtype.__doc__)
print(xxsubtype.spamlist.__mro__, xxsubtype.spamdict.__mro__)
print(sorted(set(dir(xxsubtype.spamlist)) - set(dir(list))))
print(sorted(set(dir(xxsubtype.spamdict)) - set(dir(dict))))
print(list(xxsubtype.spamlist.__dict__), list(xxsubtype.spamdict.__dict__))
for name in ["getstate", "setstate", "classmeth", "staticmeth"]:
    raw = xxsubtype.spamlist.__dict__[name]
    print(name, type(raw).__name__, repr(getattr(xxsubtype.spamlist, name).__doc__))
print(type(xxsubtype.spamlist.__dict__["state"]).__name__, xxsubtype.spamlist.state.__doc__)
l = xxsubtype.spamlist([1, 2])
show("list", lambda: l)
show("getstate", l.getstate)
show("setstate", lambda: l.setstate(5))
show("state", lambda: l.state)
show("set state attr", lambda: setattr(l, "state", 1))
show("setstate str", lambda: l.setstate("x"))
show("setstate none", lambda: l.setstate())
show("classmeth", lambda: l.classmeth(1, a=2))
show("classmeth on type", lambda: xxsubtype.spamlist.classmeth())
show("staticmeth", lambda: l.staticmeth(1, a=2))
show("append", lambda: (l.append(3), l, len(l), l == [1, 2, 3]))
show("reinit", lambda: (l.__init__([9]), l, l.getstate()))
d = xxsubtype.spamdict(a=1)
show("dict", lambda: d)
show("dict state", lambda: (d.getstate(), d.setstate(3), d.state))
show("dict item", lambda: (d["a"], isinstance(d, dict)))
show("bench missing attr", lambda: xxsubtype.bench(l, "x", 10))
show("bench name type", lambda: xxsubtype.bench(1, 2, 3))
show("bench result", lambda: type(xxsubtype.bench(l, "append", 10)).__name__)


class Sub(xxsubtype.spamlist):
    pass


s = Sub([3])
show("subclass", lambda: (s, s.getstate(), type(s).__mro__))
show("too many", lambda: xxsubtype.spamlist(1, 2))
show("keywords", lambda: xxsubtype.spamlist(x=1))
