# weakref equality (by referent while alive, identity after), hashing, repr and subclassing ref.
import _weakref

ref = _weakref.ref


class C:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, C) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b, x = C(1), C(1), C(2)
ra, rb, rx = ref(a), ref(b), ref(x)
print(ra == rb, ra != rb, ra == rx, ra == a, hash(ra) == hash(1))
try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)
del a
print(ra == rb, ra == ra, ra != rb)
d = {rb: "b"}
print(d[rb], ref(b) in d)


def clean(text, **objs):
    for name, o in objs.items():
        text = text.replace(hex(id(o)), name)
    return text


def f():
    pass


rf = ref(f)
print(clean(repr(rf), R=rf, F=f))
rC = ref(C)
print(clean(repr(rC), R=rC, O=C))
print(clean(repr(rx), R=rx, O=x))
del x
print(clean(repr(rx), R=rx))
s = {1}
rs = ref(s)
print(clean(repr(rs), R=rs, O=s))


class MyRef(ref):
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra


class Target:
    pass


t = Target()
m1 = MyRef(t, None, "one")
m2 = MyRef(t)
print(type(m1).__name__, m1 is not m2, m1.extra, m2.extra, m1() is t, isinstance(m1, ref))
plain = ref(t)
print(_weakref.getweakrefs(t)[0] is plain, _weakref.getweakrefcount(t))
print(clean(repr(m1), R=m1, O=t))
del t
print(m1(), m2(), m1.extra)
print(ref[int])
try:
    class P(_weakref.ProxyType):
        pass
except TypeError as e:
    print("TypeError:", e)
