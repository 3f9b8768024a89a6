# getattr() and hasattr(): defaults, __getattr__/__getattribute__ fallbacks, exceptions swallowed or not, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
t(lambda: getattr(a, 'x'))
t(lambda: getattr(a, 'y'))
t(lambda: getattr(a, 'z'))
t(lambda: getattr(a, 'z', 'dflt'))
t(lambda: getattr(a, 'z', None))
t(lambda: getattr(A, 'y'))
t(lambda: getattr(1, 'real'))
t(lambda: getattr(1, 'nope'))
t(lambda: getattr([], 'nope', 0))
t(lambda: getattr(a, 1))
t(lambda: getattr(a))
t(lambda: getattr(a, 'x', 1, 2))
t(lambda: getattr(None, '__class__').__name__)
t(lambda: hasattr(a, 'x'))
t(lambda: hasattr(a, 'z'))
t(lambda: hasattr(A, '__init__'))
t(lambda: hasattr('', 'upper'))
t(lambda: hasattr(a, 5))

class G:
    def __getattr__(self, name):
        if name.startswith('dyn'):
            return 'dynamic ' + name
        raise AttributeError(name)
g = G()
t(lambda: getattr(g, 'dyn_x'))
t(lambda: getattr(g, 'other'))
t(lambda: getattr(g, 'other', 'fallback'))
t(lambda: hasattr(g, 'dyn1'))
t(lambda: hasattr(g, 'other'))

class Boom:
    def __getattr__(self, name):
        raise ValueError('boom ' + name)
t(lambda: hasattr(Boom(), 'q'))
t(lambda: getattr(Boom(), 'q', 'not used'))

class GA:
    def __getattribute__(self, name):
        return 'always ' + name
t(lambda: getattr(GA(), 'anything'))
t(lambda: hasattr(GA(), 'whatever'))

class P:
    @property
    def prop(self):
        raise AttributeError('inner missing')
t(lambda: getattr(P(), 'prop', 'default-for-prop'))
t(lambda: getattr(P(), 'prop'))
t(lambda: hasattr(P(), 'prop'))
