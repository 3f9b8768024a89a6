# super type: attribute lookup skipping the class, descriptors via super, super() in __init_subclass__/__new__/classmethods/properties, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    x = 'A.x'
    def __init__(self):
        self.log = ['A.__init__']
    @property
    def prop(self):
        return 'A.prop'
    @staticmethod
    def st():
        return 'A.st'
    @classmethod
    def cm(cls):
        return 'A.cm:' + cls.__name__
    def __repr__(self):
        return 'A-repr'
class B(A):
    x = 'B.x'
    def __init__(self):
        super().__init__()
        self.log.append('B.__init__')
    @property
    def prop(self):
        return 'B+' + super().prop
    @classmethod
    def cm(cls):
        return 'B+' + super().cm()
    def show(self):
        return (super().x, super().st(), super().__repr__())
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created_by = 'B.__new__'
        return inst
b = B()
t(lambda: b.log)
t(lambda: b.created_by)
t(lambda: b.prop)
t(lambda: B.cm())
t(lambda: b.show())
t(lambda: super(B, b).x)
t(lambda: super(B, b).missing)
t(lambda: super(B, B).cm())
t(lambda: super(A, b).__repr__()[:8])
t(lambda: type(super(B, b)).__name__)
t(lambda: super(B, b).__class__.__name__)
t(lambda: super(B, b).__self__ is b)
t(lambda: super(B, b).__thisclass__)
t(lambda: super(B).__get__(b).x)
t(lambda: super(B, None))
def set_via_super():
    super(B, b).x = 1
t(set_via_super)
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class S1(Base): pass
class S2(S1): pass
t(lambda: Base.registry)
class WithList(list):
    def append(self, v):
        super().append(v * 2)
wl = WithList()
wl.append(5)
t(lambda: wl)
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
t(lambda: D(a=1)['a'])
t(lambda: super(int, True).bit_length())
t(lambda: super(bool, True).__repr__())
