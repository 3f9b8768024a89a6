# attribute access protocol: __getattribute__ vs __getattr__, __setattr__/__delattr__ hooks, object.__getattribute__ bypass, class vs instance lookup
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

log = []
class Tracked:
    cls_attr = 'class value'
    def __init__(self):
        object.__setattr__(self, 'real', 'real value')
    def __getattribute__(self, name):
        log.append(('getattribute', name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append(('getattr', name))
        if name == 'virtual':
            return 'virtual value'
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
    def __setattr__(self, name, value):
        log.append(('setattr', name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(('delattr', name))
        object.__delattr__(self, name)
o = Tracked()
for action in (lambda: o.real, lambda: o.cls_attr, lambda: o.virtual, lambda: o.missing,
               lambda: setattr(o, 'n', 1), lambda: o.n, lambda: delattr(o, 'n'), lambda: delattr(o, 'n'),
               lambda: getattr(o, 'missing', 'dflt'), lambda: hasattr(o, 'virtual')):
    log.clear()
    t(action)
    print('  ', log)
class Shadow:
    x = 'class'
s = Shadow()
s.x = 'instance'
t(lambda: (s.x, Shadow.x))
del s.x
t(lambda: s.x)
t(lambda: delattr(s, 'x'))
class GetattrRaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)
t(lambda: GetattrRaisesOther().foo)
t(lambda: getattr(GetattrRaisesOther(), 'foo', 'dflt'))
class PropErr:
    @property
    def p(self):
        raise AttributeError('from property')
    def __getattr__(self, name):
        return 'fallback for ' + name
t(lambda: PropErr().p)
class Recursive:
    def __getattr__(self, name):
        return self.__dict__[name]
t(lambda: Recursive().zzz)
t(lambda: object.__getattribute__(5, 'real'))
t(lambda: object.__getattribute__(5, 'nope'))
t(lambda: type.__getattribute__(int, '__name__'))
t(lambda: object.__setattr__(5, 'real', 1))
t(lambda: object.__setattr__(int, 'x', 1))
t(lambda: type.__setattr__(int, 'x', 1))
class Normal:
    pass
t(lambda: object.__setattr__(Normal, 'x', 1))
t(lambda: type.__setattr__(Normal, 'x', 1) or Normal.x)
