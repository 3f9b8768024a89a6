# property type details: getter/setter/deleter copies, __doc__ propagation from fget, subclass doc handling, __isabstractmethod__, __name__ setting
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def g(self):
    "getter doc"
    return 1
def s(self, v):
    pass
p = property(g)
t(lambda: p.__doc__)
t(lambda: property(g, doc='explicit').__doc__)
p2 = p.setter(s)
t(lambda: (p2 is p, p2.fget is g, p2.fset is s, p2.__doc__))
p3 = p2.deleter(s)
t(lambda: (p3.fdel is s, p3.fset is s))
p4 = p3.getter(lambda self: 2)
t(lambda: (p4.fget is g, p4.__doc__))
t(lambda: p.__name__)
p.__name__ = 'renamed'
t(lambda: p.__name__)
t(lambda: property().__name__)
class Abstract:
    def m(self):
        pass
    m.__isabstractmethod__ = True
t(lambda: property(Abstract.m).__isabstractmethod__)
t(lambda: property(None, Abstract.m).__isabstractmethod__)
class SubProp(property):
    "subclass doc"
t(lambda: SubProp(g).__doc__)
t(lambda: SubProp().__doc__)
class SubProp2(property):
    pass
t(lambda: SubProp2(g).__doc__)
t(lambda: type(SubProp2(g).setter(s)).__name__)
class C:
    @property
    def value(self):
        "value doc"
        return 42
    @value.setter
    def value(self, v):
        raise ValueError('no ' + str(v))
t(lambda: C().value)
t(lambda: setattr(C(), 'value', 7))
t(lambda: C.value.__doc__)
t(lambda: C.value.__name__)
t(lambda: property.__doc__[:40])
t(lambda: property(1, 2, 3).fget)
t(lambda: property(fget=g, fset=None).fset)
class Err:
    @property
    def bad(self):
        raise KeyError('inside getter')
t(lambda: Err().bad)
t(lambda: getattr(Err(), 'bad', 'default'))
