# module objects: type(sys)(name, doc), __dict__ contents, repr, attribute access errors, module __getattr__/__dir__, __name__ requirements
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

Module = type(sys)
m = Module('mymod')
t(lambda: repr(m))
t(lambda: sorted(m.__dict__.items()))
t(lambda: m.__name__)
t(lambda: m.__doc__)
m2 = Module('withdoc', 'The docstring')
t(lambda: m2.__doc__)
m.x = 1
t(lambda: m.x)
t(lambda: m.missing)
t(lambda: sys.missing)
t(lambda: delattr(m, 'missing'))
del m.x
t(lambda: hasattr(m, 'x'))
t(lambda: Module())
t(lambda: Module(5))
t(lambda: type(m.__dict__).__name__)
t(lambda: m.__dict__ is vars(m))
m.__file__ = '/some/path.py'
t(lambda: repr(m))
m.__getattr__ = lambda name: 'dynamic ' + name
t(lambda: m.anything)
m.__dir__ = lambda: ['b', 'a']
t(lambda: dir(m))
del m.__name__
t(lambda: m.missing_without_name)
t(lambda: repr(m))
t(lambda: repr(sys))
t(lambda: type(sys).__name__)
t(lambda: Module.__name__)
t(lambda: sys.__name__)
t(lambda: sys.modules['__main__'].__name__)
t(lambda: 't' in vars(sys.modules['__main__']))
t(lambda: sys.modules['builtins'].__name__)
t(lambda: repr(sys.modules['builtins']))
t(lambda: Module('x') == Module('x'))
t(lambda: setattr(m, '__dict__', {}))
t(lambda: m.__spec__)
t(lambda: m.__loader__)
t(lambda: m.__package__)
class SubModule(Module):
    @property
    def computed(self):
        return 'computed'
sm = SubModule('sub')
t(lambda: sm.computed)
t(lambda: repr(sm))
