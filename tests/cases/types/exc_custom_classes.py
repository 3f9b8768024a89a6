# user-defined exception classes: custom __init__/__str__/__repr__, args handling, class attributes, catching by base, multiple inheritance with builtins
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class AppError(Exception):
    code = 100
class NotFound(AppError, LookupError):
    code = 404
    def __init__(self, what):
        super().__init__(f'{what} not found')
        self.what = what
class Quiet(AppError):
    def __str__(self):
        return 'quiet!'
class NoArgs(Exception):
    def __init__(self):
        pass
try:
    raise NotFound('page')
except LookupError as e:
    t(lambda: (type(e).__name__, str(e), repr(e), e.args, e.what, e.code))
try:
    raise NotFound('user')
except AppError as e:
    t(lambda: isinstance(e, KeyError))
t(lambda: [c.__name__ for c in NotFound.__mro__])
t(lambda: str(Quiet('x')))
t(lambda: repr(Quiet('x')))
t(lambda: (NoArgs().args, str(NoArgs()), repr(NoArgs())))
t(lambda: NoArgs(1))
class KeyLike(KeyError):
    pass
t(lambda: str(KeyLike('k')))
class ValueKey(ValueError, KeyError):
    pass
t(lambda: str(ValueKey('k')))
def multi_layout():
    class Bad(OSError, UnicodeError):
        pass
t(multi_layout)
class OSSub(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 'x'
t(lambda: (type(OSSub(1002, 'm')).__name__, OSSub(1002, 'm').errno, OSSub(1002, 'm').extra))
class WithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, 'forced')
        return inst
t(lambda: WithNew('given').args)
class ReprFails(Exception):
    def __repr__(self):
        raise RuntimeError('repr fail')
t(lambda: str(ReprFails('s')))
t(lambda: repr(ReprFails('s')))
def raise_instance_of_class():
    raise NotFound
t(raise_instance_of_class)
class GoodDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
def raise_default():
    raise GoodDefault
t(raise_default)
t(lambda: issubclass(NotFound, (TypeError, AppError)))
try:
    raise NotFound('x')
except (TypeError, NotFound) as e:
    t(lambda: e.what)
