# BaseException basics: args, str/repr for 0/1/many args, args assignment, with_traceback, add_note/__notes__, __context__/__cause__/__suppress_context__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for args in ((), ('msg',), (1,), ('a', 'b'), (None,), ([1],), ('',)):
    e = Exception(*args)
    print(args, repr(str(e)), repr(e), e.args)
e = ValueError('x')
e.args = ('new', 2)
t(lambda: (str(e), repr(e)))
e.args = 'ab'
t(lambda: e.args)
t(lambda: setattr(e, 'args', 5))
t(lambda: BaseException(x=1))
t(lambda: Exception.__new__(Exception, 1, 2).args)
n = KeyError('k')
n.add_note('first note')
n.add_note('second')
t(lambda: n.__notes__)
t(lambda: n.add_note(5))
t(lambda: str(n))
n2 = Exception()
n2.__notes__ = 'not a list'
t(lambda: n2.add_note('x'))
t(lambda: hasattr(Exception(), '__notes__'))
e3 = RuntimeError('r')
t(lambda: (e3.__context__, e3.__cause__, e3.__suppress_context__, e3.__traceback__))
e3.__cause__ = ValueError('cause')
t(lambda: (repr(e3.__cause__), e3.__suppress_context__))
t(lambda: setattr(e3, '__cause__', 5))
t(lambda: setattr(e3, '__context__', 'x'))
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('outer')
except ValueError as outer:
    t(lambda: (repr(outer.__context__), outer.__cause__, outer.__suppress_context__))
try:
    try:
        raise KeyError('inner')
    except KeyError as inner:
        raise ValueError('outer') from inner
except ValueError as outer:
    t(lambda: (repr(outer.__context__), repr(outer.__cause__), outer.__suppress_context__))
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('outer') from None
except ValueError as outer:
    t(lambda: (repr(outer.__context__), outer.__cause__, outer.__suppress_context__))
def bad_from():
    raise ValueError from 5
t(bad_from)
def raise_class():
    raise IndexError
t(raise_class)
def raise_non_exc():
    raise 5
t(raise_non_exc)
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return 'Custom(%s, %s)' % (self.args[0], self.b)
c = Custom(1, 2)
t(lambda: (str(c), repr(c), c.args))
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
t(lambda: (NoSuperInit(5).args, str(NoSuperInit(5))))
t(lambda: Exception('a', 'b').__reduce__())
t(lambda: BaseException.__str__(ValueError('v')))
t(lambda: issubclass(KeyboardInterrupt, Exception))
t(lambda: SystemExit(3).code)
t(lambda: SystemExit().code)
t(lambda: SystemExit(1, 2).code)
