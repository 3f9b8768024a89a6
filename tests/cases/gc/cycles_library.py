# Classes and objects made by library code (abc, enum, dataclasses,
# namedtuple, cached_property, itertools, contextlib) are freed once garbage.
import gc, weakref, abc, enum, dataclasses, collections, typing, functools, itertools, operator, contextlib
gc.collect()
def settle(n=30):
    # Later calls at the depths where `make` ran: Ouro's eval loop keeps an
    # ended call's frame state in its frame slot until the slot is reused.
    if n:
        settle(n - 1)
def check(name, make):
    dead = []
    t = make()
    r = weakref.ref(t, lambda _: dead.append(1))
    del t
    settle()
    gc.collect()
    print(name, r() is None, dead)
def abc_class():
    class A(abc.ABC):
        @abc.abstractmethod
        def f(self): ...
    class B(A):
        def f(self): return 1
    isinstance(B(), A)
    return B
def enum_class():
    class E(enum.Enum):
        a = 1
        b = 2
    E.a
    return E
def dataclass_class():
    @dataclasses.dataclass
    class D:
        x: int = 0
    D(1)
    return D
def namedtuple_class():
    return collections.namedtuple('P', 'x y')
def typed_dict():
    class T(typing.NamedTuple):
        x: int
    return T
def cached_method():
    class C:
        @functools.cached_property
        def p(self): return self
    c = C(); c.p
    return c
def itertools_chain():
    class O: pass
    o = O(); o.it = itertools.chain([o])
    return o
def contextmanager_gen():
    class O: pass
    o = O()
    @contextlib.contextmanager
    def cm():
        yield o
    o.cm = cm()
    return o
def exception_in_frame():
    class O: pass
    def f():
        o = O()
        try:
            1/0
        except ZeroDivisionError as e:
            o.e = e
        return o
    return f()
for n, f in list(globals().items()):
    if callable(f) and n not in ('check', 'settle') and getattr(f, '__module__', '') == '__main__':
        check(n, f)
