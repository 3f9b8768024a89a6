# frame objects via sys._getframe: f_code.co_name, f_lineno, f_back chain, f_locals, f_globals, f_lasti type, f_generator, clear errors
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def current():
    return sys._getframe()
fr = current()
t(lambda: type(fr).__name__)
t(lambda: fr.f_code.co_name)
t(lambda: fr.f_back is None)
t(lambda: fr.f_globals is globals())
t(lambda: type(fr.f_lasti).__name__)
t(lambda: fr.f_builtins is sys.modules['builtins'].__dict__)

def level2():
    f = sys._getframe()
    return [f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name]
def level1():
    return level2()
t(level1)
def lineno():
    return sys._getframe().f_lineno
t(lambda: lineno())
def caller_line():
    return sys._getframe(1).f_lineno
here = caller_line()
print('caller line', here)
t(lambda: sys._getframe(0).f_code.co_name)
t(lambda: sys._getframe(1).f_code.co_name)
t(lambda: sys._getframe(1000))
t(lambda: sys._getframe('x'))
def with_locals(a, b=2):
    c = a + b
    return sys._getframe().f_locals
loc = with_locals(1)
t(lambda: type(loc).__name__)
t(lambda: sorted(loc.items()))
def proxy_write():
    x = 1
    f = sys._getframe()
    f.f_locals['x'] = 99
    return x
t(proxy_write)
t(lambda: type(sys._getframe().f_locals).__name__)
def gen():
    yield sys._getframe()
g = gen()
gf = next(g)
t(lambda: gf is g.gi_frame)
t(lambda: gf.f_generator is g)
t(lambda: fr.f_generator)
t(lambda: sys._getframe().f_trace)
def running():
    return sys._getframe().clear()
t(running)
def module_frame():
    names = []
    f = sys._getframe()
    while names[-1:] != ['<module>']:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
t(module_frame)
t(lambda: sys._getframe().f_code is (lambda: 0).__code__)
