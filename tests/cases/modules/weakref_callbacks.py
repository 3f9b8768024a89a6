# Weak reference callbacks: CPython's order (most recent first, after the basic ref and proxy),
# callbacks that raise, create or drop references, and references that die before their referent.
import _weakref

ref = _weakref.ref


class C:
    def __init__(self, name):
        self.name = name


log = []


def make_cb(tag):
    def cb(w):
        log.append(tag)
    return cb


c = C("c")
keep = [ref(c, make_cb(i)) for i in range(4)]
plain = ref(c)
proxy = _weakref.proxy(c)
pcb = _weakref.proxy(c, make_cb("proxy"))
print([w is plain for w in _weakref.getweakrefs(c)][:2], _weakref.getweakrefs(c)[1] is proxy)
print(_weakref.getweakrefcount(c))
del c
print(log)

# a raising callback is reported and the others still run
log.clear()
d = C("d")


class Bad:
    def __call__(self, w):
        log.append("bad")
        raise ValueError("callback failed")

    def __repr__(self):
        return "<Bad callback>"


bad = Bad()


r1 = ref(d, make_cb("first"))
r2 = ref(d, bad)
r3 = ref(d, make_cb("last"))
del d
print(log)

# a reference that dies first never calls back
log.clear()
e = C("e")
r = ref(e, make_cb("never"))
del r
del e
print(log)

# a callback that creates and drops other objects with weak references
log.clear()
f = C("f")
other = C("other")


def chain(w):
    global other
    log.append("chain")
    ro = ref(other, make_cb("other died"))
    other = None
    log.append(ro())


rf = ref(f, chain)
del f
print(log)

# the callback receives the (dead) weakref, which can be hashed if it was hashed before
log.clear()


class H:
    def __hash__(self):
        return 1234


h = H()
rh = ref(h)
print(hash(rh))
del h
print(hash(rh), rh())
g = H()
rg = ref(g, make_cb("g"))
del g
try:
    hash(rg)
except TypeError as exc:
    print("TypeError:", exc)
print(log)

# weakrefs held in a container that dies with the referent
class Node:
    pass


n = Node()
n.self_ref = ref(n, make_cb("node"))
log.clear()
del n
print(log)
print("done")
