# traceback objects: tb_lineno/tb_frame/tb_next chain across calls, tb_lasti type, __traceback__ on re-raise, with_traceback, constructing types.TracebackType
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def inner():
    raise ValueError('deep')
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    err = e
tb = err.__traceback__
names = []
lines = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    lines.append(tb.tb_lineno)
    tb = tb.tb_next
print(names)
print([ln - lines[0] for ln in lines])
tb = err.__traceback__
t(lambda: type(tb).__name__)
t(lambda: type(tb.tb_lasti).__name__)
t(lambda: tb.tb_frame.f_code.co_name)
TB = type(tb)
new_tb = TB(None, tb.tb_frame, tb.tb_lasti, 99)
t(lambda: (new_tb.tb_lineno, new_tb.tb_next))
t(lambda: TB(None, None, 0, 0))
t(lambda: TB(5, tb.tb_frame, 0, 0))
e2 = RuntimeError('x').with_traceback(new_tb)
t(lambda: e2.__traceback__ is new_tb)
t(lambda: RuntimeError().with_traceback(None).__traceback__)
t(lambda: RuntimeError().with_traceback(5))
def setter():
    err.__traceback__ = 'bad'
t(setter)
t(lambda: setattr(new_tb, 'tb_next', new_tb))
last = err.__traceback__
while last.tb_next is not None:
    last = last.tb_next
t(lambda: last.tb_next)
t(lambda: last.tb_frame.f_code.co_name)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e3:
    t(lambda: e3.__traceback__.tb_next is None)
def reraise_adds():
    try:
        inner()
    except ValueError as e:
        raise e
try:
    reraise_adds()
except ValueError as e4:
    count = 0
    tb4 = e4.__traceback__
    while tb4:
        count += 1
        tb4 = tb4.tb_next
    print('frames', count)
t(lambda: sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, repr(info[1]), type(info[2]).__name__)
    print(sys.exception() is info[1])
print(sys.exception())
