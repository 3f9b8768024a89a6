# Edge semantics of built-ins: compile() flag/optimize checks, keyword suggestions, __getstate__ with __slots__, type() refusals, exec closure=, eval's __builtins__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: compile('x', '<s>', 'exec', flags=0x8000000))
t(lambda: compile('x', '<s>', 'exec', optimize=3))
t(lambda: compile('x', 1, 'eval'))
t(lambda: compile('', '<s>', 'single'))
t(lambda: exec(compile('assert False', '<o>', 'exec', optimize=1)))

def f(alpha, beta=1, *, gamma=2):
    return alpha
t(lambda: f(1, alpah=2))
t(lambda: f(1, gama=2))
t(lambda: f(1, zzz=2))
t(lambda: sorted([], revers=True))
t(lambda: print(flsh=True))
t(lambda: min([1], defalt=0))
t(lambda: round(1.5, 1, 2))

class Slotted:
    __slots__ = ('a', '__p', 'b')
    def __init__(self):
        self.a = 1
        self.__p = 2
s = Slotted()
t(lambda: s.__getstate__())
t(lambda: Slotted.__slotnames__)
class Plain:
    pass
t(lambda: Plain().__getstate__())

class Entry:
    def __mro_entries__(self, bases):
        return (object,)
t(lambda: type('X', (Entry(),), {}))
t(lambda: type('I', (int,), {'__slots__': ('x',)}))
t(lambda: type('T', (tuple,), {'__slots__': ()}).__name__)
t(lambda: setattr(Plain, '__name__', 'a\0b'))

def make_closure():
    c = 'cell value'
    def inner():
        return c
    return inner
code = make_closure().__code__
t(lambda: exec(code, {}, {}, closure=make_closure().__closure__))
t(lambda: exec(code, {}, {}, closure=(1,)))
t(lambda: exec('pass', {}, {}, closure=()))
t(lambda: exec(compile('pass', '<c>', 'exec'), {}, {}, closure=()))
t(lambda: type(eval('__builtins__', {})).__name__)
t(lambda: eval('1', {}, 5))
t(lambda: eval('1', []))
