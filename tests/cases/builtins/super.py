# super(): zero-arg and two-arg forms, cooperative multiple inheritance through the MRO, classmethods, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Base:
    def hello(self):
        return ['Base']
    @classmethod
    def make(cls):
        return 'Base.make(%s)' % cls.__name__
    attr = 'base-attr'
class Left(Base):
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def hello(self):
        return ['Right'] + super().hello()
class Diamond(Left, Right):
    def hello(self):
        return ['Diamond'] + super().hello()
    @classmethod
    def make(cls):
        return 'Diamond+' + super().make()
d = Diamond()
t(lambda: d.hello())
t(lambda: [c.__name__ for c in Diamond.__mro__])
t(lambda: super(Left, d).hello())
t(lambda: super(Right, d).hello())
t(lambda: super(Diamond, d).attr)
t(lambda: Diamond.make())
t(lambda: super(Diamond, Diamond).make())
t(lambda: super(Base, d).hello())
t(lambda: super(int, d))
t(lambda: super(Left, 1))
t(lambda: super(1, d))
t(lambda: super())
sp = super(Left, d)
t(lambda: sp.__thisclass__.__name__)
t(lambda: type(sp.__self__).__name__)
t(lambda: sp.__self_class__.__name__)
t(lambda: repr(super(Left, Diamond)))
t(lambda: super(Left).__self__)
class WithInit(Base):
    def __init__(self, x):
        super().__init__()
        self.x = x
t(lambda: WithInit(3).x)
class Outer:
    def method(self):
        def inner():
            return super().hello()
        return inner()
t(lambda: Outer().method())
def outside():
    return super()
t(outside)
class Comp(Base):
    def hello(self):
        return [super().hello() for _ in range(2)]
t(lambda: Comp().hello())
class NoSelf:
    def m():
        return super().x
t(lambda: NoSelf.m())
