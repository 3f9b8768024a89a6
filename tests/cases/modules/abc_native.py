# _abc through abc.ABCMeta: abstract methods, register, instance and subclass checks, caches, dump
import _abc
import abc


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(abc.ABCMeta.__instancecheck__.__module__ if hasattr(abc.ABCMeta.__instancecheck__, '__module__') else None)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
print(sorted(A.__abstractmethods__), type(A._abc_impl).__name__)
show(lambda: A())
class B(A):
    def f(self): return 1
print(sorted(B.__abstractmethods__))
show(lambda: B())
class C(B):
    p = 2
print(C.__abstractmethods__, C().f(), isinstance(C(), A), issubclass(C, B), issubclass(int, A))
print(A.register(int), issubclass(int, A), isinstance(3, A), isinstance('s', A), issubclass(bool, A))
tok = abc.get_cache_token(); A.register(float); print(abc.get_cache_token() == tok + 1 if isinstance(tok, int) else tok)
show(lambda: A.register(3))
show(lambda: A.register(A))
show(lambda: B.register(A))
show(lambda: issubclass(3, A))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True if hasattr(other, 'quack') else NotImplemented
class Duck:
    quack = 1
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 5
show(lambda: issubclass(int, Bad))
reg, cache, neg, ver = _abc._get_dump(A)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), type(ver).__name__)
_abc._reset_caches(A); print([len(s) for s in _abc._get_dump(A)[:3]])
_abc._reset_registry(A); print(issubclass(float, A), len(_abc._get_dump(A)[0]))
show(lambda: _abc._get_dump(int))
class NotAbc: _abc_impl = 5
show(lambda: _abc._get_dump(NotAbc))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(dict, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator))
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 0
match MySeq():
    case [*_]: print('sequence pattern')
    case _: print('no')
print(_abc._abc_init.__doc__, _abc.get_cache_token.__text_signature__)
