# Which objects can be weakly referenced: CPython's types with tp_weaklistoffset, Python classes unless
# __slots__ leaves out __weakref__, never variable-sized bases (int, tuple, bytes).
import _weakref, sys
def g(): yield 1
async def co(): pass


async def ag(): yield 1
class C:
    def m(self): pass
class S: __slots__=()
class SW: __slots__=('__weakref__',)
class SD: __slots__=('__dict__',)
class I(int): pass
class L(list): pass
class D(dict): pass
class T(tuple): pass
class St(str): pass
class E(Exception): pass
class F(float): pass
class B(bytes): pass
class Se(set): pass
class M(type): pass
class SubC(C): __slots__ = ()
class SubS(S): pass
type X = int
def tp[T, *Ts, **P](): pass
def cell():
    x = 1
    def h(): return x
    return h.__closure__[0]
t = t"a{1}"
try: raise KeyError
except KeyError as e: tb = e.__traceback__
objs = [1, 1.5, 'a', b'a', bytearray(), [], {}, (), set(), frozenset(), C, C(), S(), SW(), SD(), I(1), L(), D(), T(), St(), E(), F(), B(), Se(), M('m', (), {}), SubC(), SubS(), Exception(), g, g(), co, ag(), C.__init__, len, [].append, C().__init__, C().m, sys, g.__code__, property(), staticmethod(g), classmethod(g), range(3), iter([]), None, type, object(), slice(1), memoryview(b''), sys._getframe(), lambda:0, int.__add__, object.__init__, type.__dict__['__dict__'], super(C, C()), type.__dict__, 1j, True, NotImplemented, ..., list[int], int|str, enumerate([]), zip(), map(len,[]), filter(None,[]), reversed([]), dict.fromkeys, {}.keys(), X, *tp.__type_params__, cell(), t, t.interpolations[0], tb, ExceptionGroup('x', [KeyError()]), BaseExceptionGroup('x', [KeyboardInterrupt()]), iter(range(3)), {}.items(), iter({}), iter(set()), open]
for o in objs:
    try:
        r = _weakref.ref(o)
        print(type(o).__name__, 'ok')
    except TypeError as e:
        print(type(o).__name__, e)
