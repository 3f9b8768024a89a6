# ExceptionGroup/BaseExceptionGroup: construction rules, message/exceptions, split/subgroup by type/tuple/predicate, derive, nesting, str/repr
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('nested', [ValueError(3), KeyError(4)])])
t(lambda: (eg.message, len(eg.exceptions), type(eg.exceptions).__name__))
t(lambda: str(eg))
t(lambda: repr(eg))
t(lambda: eg.args[0])
match, rest = eg.split(ValueError)
t(lambda: repr(match))
t(lambda: repr(rest))
t(lambda: repr(eg.subgroup(KeyError)))
t(lambda: eg.subgroup(OSError))
t(lambda: repr(eg.split((TypeError, KeyError))))
t(lambda: repr(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
t(lambda: eg.subgroup(lambda e: True) is eg)
t(lambda: repr(eg.split(Exception)))
t(lambda: eg.split(5))
t(lambda: repr(eg.derive([OSError()])))
t(lambda: type(BaseExceptionGroup('b', [ValueError()])).__name__)
t(lambda: type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
t(lambda: ExceptionGroup('e', [KeyboardInterrupt()]))
t(lambda: ExceptionGroup('e', []))
t(lambda: ExceptionGroup('e', [1]))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('e'))
t(lambda: ExceptionGroup('e', ValueError()))
t(lambda: ExceptionGroup('e', (ValueError(),)).exceptions)
t(lambda: issubclass(ExceptionGroup, BaseExceptionGroup))
t(lambda: issubclass(ExceptionGroup, Exception))
t(lambda: [c.__name__ for c in ExceptionGroup.__mro__])
class MyEG(ExceptionGroup):
    pass
m = MyEG('mine', [ValueError(1), TypeError(2)])
t(lambda: type(m.split(ValueError)[0]).__name__)
class MyEG2(ExceptionGroup):
    def derive(self, excs):
        return MyEG2(self.message + '!', excs)
m2 = MyEG2('d', [ValueError(1), TypeError(2)])
t(lambda: repr(m2.subgroup(ValueError)))
eg2 = ExceptionGroup('noted', [ValueError()])
eg2.add_note('note')
eg2.__cause__ = KeyError('cause')
sub = eg2.subgroup(ValueError)
t(lambda: sub is eg2)
part = ExceptionGroup('noted', [ValueError(), TypeError()])
part.add_note('kept')
s2 = part.subgroup(ValueError)
t(lambda: (s2.__notes__, s2.__cause__))
try:
    raise ExceptionGroup('raised', [ValueError('a'), TypeError('b'), ValueError('c')])
except* ValueError as g:
    print('caught ValueError group', repr(g))
except* TypeError as g:
    print('caught TypeError group', repr(g))
try:
    try:
        raise ExceptionGroup('partial', [ValueError('a'), KeyError('b')])
    except* ValueError:
        print('handled value')
except ExceptionGroup as leftover:
    print('leftover', repr(leftover))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped', repr(g))
