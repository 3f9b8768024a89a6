# type objects: __name__/__qualname__/__module__/__doc__/__bases__/__base__/__mro__/mro()/__subclasses__/__dict__, assignment rules, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Base:
    "base doc"
class Mid(Base):
    pass
class Other:
    pass
class Leaf(Mid, Other):
    class Inner:
        pass
t(lambda: (Leaf.__name__, Leaf.__qualname__, Leaf.Inner.__qualname__, Leaf.__module__))
t(lambda: (Base.__doc__, Mid.__doc__))
t(lambda: [c.__name__ for c in Leaf.__bases__])
t(lambda: Leaf.__base__.__name__)
t(lambda: [c.__name__ for c in Leaf.__mro__])
t(lambda: [c.__name__ for c in Leaf.mro()])
t(lambda: [c.__name__ for c in Base.__subclasses__()])
t(lambda: [c.__name__ for c in Other.__subclasses__()])
t(lambda: type(Leaf.__dict__).__name__)
t(lambda: sorted(k for k in Leaf.__dict__))
Leaf.__name__ = 'Renamed'
t(lambda: (Leaf.__name__, Leaf.__qualname__))
t(lambda: setattr(Leaf, '__name__', 5))
t(lambda: setattr(Leaf, '__qualname__', None))
t(lambda: setattr(int, '__name__', 'x'))
Leaf.__module__ = 'elsewhere'
t(lambda: repr(Leaf))
Leaf.__doc__ = 'changed doc'
t(lambda: Leaf.__doc__)
t(lambda: setattr(Mid, '__bases__', (Other,)))
t(lambda: [c.__name__ for c in Mid.__mro__])
t(lambda: setattr(Mid, '__bases__', ()))
t(lambda: setattr(Mid, '__bases__', (int,)))
t(lambda: setattr(Base, '__bases__', (Leaf,)))
t(lambda: type.mro(int))
t(lambda: int.__base__)
t(lambda: bool.__base__)
t(lambda: object.__base__)
t(lambda: type.__base__)
t(lambda: type(type))
t(lambda: type.__mro__)
t(lambda: isinstance(type, type))
t(lambda: [c.__name__ for c in int.__subclasses__() if c.__module__ == 'builtins'])
t(lambda: int.__qualname__)
t(lambda: int.__module__)
t(lambda: int.__doc__.splitlines()[0])
t(lambda: type.__dict__['__name__'].__get__(int))
def bad_mro():
    class X(Base, Mid):
        pass
t(bad_mro)
def dup_base():
    class Y(Base, Base):
        pass
t(dup_base)
t(lambda: Leaf.__flags__ & 0 == 0)
t(lambda: type(Leaf.__text_signature__))
t(lambda: len.__text_signature__)
t(lambda: int.__text_signature__)
t(lambda: sorted(Leaf.__static_attributes__))
t(lambda: Leaf.__firstlineno__)
t(lambda: Base.__type_params__)
class Gen[T, *Ts, **P]:
    pass
t(lambda: [p.__name__ for p in Gen.__type_params__])
t(lambda: Gen.__annotations__)
class Ann:
    x: int
    y: 'str' = 'v'
t(lambda: Ann.__annotations__)
