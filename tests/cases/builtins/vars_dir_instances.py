# vars()/dir() on instances with class attributes, properties, slots and __dict__ modifications, sorted and filtered outputs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Base:
    base_attr = 1
    def base_method(self):
        pass
class C(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
    @property
    def prop(self):
        return 4
c = C()
t(lambda: vars(c))
t(lambda: [n for n in dir(c) if not n.startswith('__')])
t(lambda: [n for n in vars(C) if not n.startswith('__')])
t(lambda: [n for n in dir(C) if not n.startswith('__')])
vars(c)['added'] = 5
t(lambda: c.added)
t(lambda: 'added' in dir(c))
c.__dict__.clear()
t(lambda: vars(c))
t(lambda: c.inst)
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
t(lambda: [n for n in dir(s) if not n.startswith('__')])
t(lambda: vars(s))
t(lambda: len(dir(c)) == len(set(dir(c))))
t(lambda: dir(c) == sorted(dir(c)))
class WeirdDir:
    def __dir__(self):
        return {'z': 1, 'a': 2}
t(lambda: dir(WeirdDir()))
class GenDir:
    def __dir__(self):
        yield 'b'
        yield 'a'
t(lambda: dir(GenDir()))
t(lambda: [n for n in dir(type(c)) if n.startswith('__') and n.endswith('__')][:5])
