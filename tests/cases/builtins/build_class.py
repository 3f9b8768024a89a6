# class statement machinery (__build_class__ indirectly): namespace order, __prepare__, metaclass kwargs, __init_subclass__, __set_name__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, sorted(kw)))
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, [k for k in ns if not k.startswith('__')], kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=1):
    x = 1
    def f(self):
        pass
    y = 2
for entry in log:
    print(entry)
t(lambda: A.prepared)
t(lambda: A.__qualname__)
t(lambda: [k for k in A.__dict__ if not k.startswith('__')])
t(lambda: A.__firstlineno__)
t(lambda: A.__static_attributes__)

class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag='child'):
    pass
t(lambda: Child.tag)
def bad():
    class C(Base, unknown=1):
        pass
t(bad)
def bad2():
    class C(object, kw=1):
        pass
t(bad2)

class Desc:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)
class Owner:
    d = Desc()
t(lambda: Owner.d.where)

class P:
    def method(self):
        return __class__
    def m2(self):
        self.a = 1
        self.b = 2
t(lambda: P().method() is P)
t(lambda: P.__static_attributes__)
def nonclass_base():
    class C(5):
        pass
t(nonclass_base)
class E: pass
t(lambda: [c.__name__ for c in type('Dyn', (E,), {}).__mro__])
class Mro(E):
    pass
t(lambda: Mro.__doc__)
class Doc:
    "docstring"
t(lambda: Doc.__doc__)
