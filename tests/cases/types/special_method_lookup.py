# special methods are looked up on the type, not the instance: instance-assigned dunders ignored by operators/builtins, __getattr__ bypassed
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __len__(self):
        return 1
    def __getattr__(self, name):
        return lambda *a: 'via __getattr__ ' + name
c = C()
c.__len__ = lambda: 99
t(lambda: len(c))
t(lambda: c.__len__())
c.__add__ = lambda other: 'instance add'
t(lambda: c + 1)
t(lambda: c.__add__(1))
t(lambda: c.__repr__()[:10])
t(lambda: str(c)[:10] == repr(c)[:10])
t(lambda: iter(c))
t(lambda: c.__iter__())
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, key):
        return ('meta getitem', key)
    def __call__(cls, *args):
        return ('meta call', args)
    def __iter__(cls):
        return iter('meta')
class M(metaclass=Meta):
    def __len__(self):
        return 7
t(lambda: len(M))
t(lambda: M[5])
t(lambda: M(1, 2))
t(lambda: list(M))
t(lambda: len(type.__call__(M)) if False else 'skip')
class CG:
    def __class_getitem__(cls, item):
        return ('class_getitem', cls.__name__, item)
t(lambda: CG[int])
t(lambda: CG()[0])
class Both:
    def __getitem__(self, k):
        return 'instance getitem'
    def __class_getitem__(cls, k):
        return 'class getitem'
t(lambda: Both[0])
t(lambda: Both()[0])
class Dyn:
    pass
d = Dyn()
Dyn.__bool__ = lambda self: False
t(lambda: bool(d))
Dyn.__len__ = lambda self: 3
del Dyn.__bool__
t(lambda: bool(d))
t(lambda: len(d))
Dyn.__eq__ = lambda self, other: 'eq result'
t(lambda: d == 1)
t(lambda: 1 == d)
class CallableInst:
    pass
ci = CallableInst()
ci.__call__ = lambda: 'instance call'
t(lambda: ci())
t(lambda: callable(ci))
class WithEnter:
    pass
we = WithEnter()
we.__enter__ = lambda: 1
we.__exit__ = lambda *a: None
def use_with():
    with we:
        pass
t(use_with)
