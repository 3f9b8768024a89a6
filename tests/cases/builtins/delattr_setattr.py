# delattr() and setattr(): instances, classes, slots, read-only and builtin attributes, error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    cls_attr = 1
a = A()
setattr(a, 'x', 10)
print(a.x, a.__dict__)
setattr(a, 'weird name', 5)
print(sorted(a.__dict__))
delattr(a, 'x')
print(hasattr(a, 'x'), a.__dict__)
t(lambda: delattr(a, 'x'))
t(lambda: delattr(a, 'cls_attr'))
setattr(A, 'new', 'n')
print(a.new)
delattr(A, 'new')
t(lambda: a.new)
t(lambda: setattr(1, 'x', 2))
t(lambda: setattr([], 'append', 2))
t(lambda: delattr([], 'append'))
t(lambda: setattr(a, 1, 2))
t(lambda: delattr(a, None))
t(lambda: setattr(int, 'x', 1))
t(lambda: delattr(int, 'real'))
t(lambda: setattr(a, 'y'))
t(lambda: setattr())

class S:
    __slots__ = ('p',)
s = S()
setattr(s, 'p', 3)
print(s.p)
t(lambda: setattr(s, 'q', 4))
delattr(s, 'p')
t(lambda: s.p)
t(lambda: delattr(s, 'p'))

class Hooks:
    def __setattr__(self, name, value):
        print('set', name, value)
    def __delattr__(self, name):
        print('del', name)
h = Hooks()
setattr(h, 'k', 'v')
delattr(h, 'k')

class P:
    @property
    def ro(self):
        return 1
t(lambda: setattr(P(), 'ro', 2))
t(lambda: delattr(P(), 'ro'))
def f():
    pass
setattr(f, 'attr', 9)
print(f.attr)
t(lambda: delattr(f, '__name__'))
t(lambda: setattr(f, '__name__', 3))
