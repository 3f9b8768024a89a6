# function objects: __name__/__qualname__/__module__/__doc__/__defaults__/__kwdefaults__/__annotations__/__dict__/__closure__/__globals__ and assignment errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def outer(a, b=2, *args, c, d=4, **kw) -> 'ret':
    "outer doc"
    def inner(x: int = a):
        return x + b
    return inner
inner = outer(1, c=3)
t(lambda: (outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__))
t(lambda: (inner.__name__, inner.__qualname__, inner.__doc__))
t(lambda: outer.__defaults__)
t(lambda: outer.__kwdefaults__)
t(lambda: inner.__defaults__)
t(lambda: inner.__kwdefaults__)
t(lambda: outer.__annotations__)
t(lambda: inner.__annotations__)
t(lambda: [type(c).__name__ for c in inner.__closure__])
t(lambda: [c.cell_contents for c in inner.__closure__])
t(lambda: outer.__closure__)
t(lambda: outer.__globals__ is globals())
t(lambda: outer.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else outer.__builtins__ is __builtins__)
t(lambda: outer.__dict__)
outer.custom = 'attr'
t(lambda: outer.__dict__)
t(lambda: outer.custom)
outer.__defaults__ = (20,)
t(lambda: outer(1, c=0)(5))
t(lambda: outer(1, c=0)())
def set_bad_defaults():
    outer.__defaults__ = [1]
t(set_bad_defaults)
def set_bad_name():
    outer.__name__ = 5
t(set_bad_name)
outer.__name__ = 'renamed'
outer.__qualname__ = 'Q.renamed'
t(lambda: (outer.__name__, outer.__qualname__))
t(lambda: setattr(outer, '__closure__', None))
t(lambda: setattr(outer, '__globals__', {}))
t(lambda: outer.__type_params__)
def generic[T](x: T) -> T:
    return x
t(lambda: [p.__name__ for p in generic.__type_params__])
t(lambda: type(outer).__name__)
t(lambda: (lambda: 0).__name__)
t(lambda: (lambda: 0).__qualname__)
class K:
    def method(self):
        def nested():
            pass
        return nested
t(lambda: K.method.__qualname__)
t(lambda: K().method().__qualname__)
t(lambda: outer.__call__ is not None)
t(lambda: outer() )
t(lambda: inner(1, 2))
t(lambda: outer(1, 2, 3, c=1, e=5).__name__)
