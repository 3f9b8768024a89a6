# generator objects: send/throw/close, gi_running/gi_frame/gi_suspended/gi_code/gi_yieldfrom, return values, errors on misuse
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    received = yield 1
    print('received', received)
    try:
        yield 2
    except KeyError as e:
        print('caught', repr(e))
        yield 'after throw'
    finally:
        print('finally runs')
    return 'result'
g = gen()
t(lambda: (g.gi_running, g.gi_suspended, g.gi_frame is None, g.gi_code.co_name, g.__name__, g.__qualname__))
t(lambda: g.send('not yet'))
t(lambda: next(g))
t(lambda: g.gi_suspended)
t(lambda: g.send('hello'))
t(lambda: g.throw(KeyError('k')))
t(lambda: g.gi_frame.f_code.co_name)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', repr(e.value))
t(lambda: (g.gi_running, g.gi_suspended, g.gi_frame is None))
t(lambda: next(g))
t(lambda: g.send(None))
t(lambda: g.close())
def closer():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
g2 = closer()
next(g2)
t(lambda: g2.close())
t(lambda: g2.close())
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g3 = bad_closer()
next(g3)
t(lambda: g3.close())
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'closed value'
g4 = returns_on_close()
next(g4)
t(lambda: g4.close())
g5 = gen()
t(lambda: g5.throw(ValueError('unstarted')))
t(lambda: g5.gi_frame is None)
def self_running():
    yield me.gi_running
    yield next(me)
me = self_running()
t(lambda: next(me))
t(lambda: next(me))
def inner():
    yield 'i1'
    return 'inner-ret'
def outer():
    r = yield from inner()
    yield r
o = outer()
t(lambda: next(o))
t(lambda: o.gi_yieldfrom.__name__)
t(lambda: next(o))
t(lambda: o.gi_yieldfrom)
def stop_inside():
    raise StopIteration('x')
    yield
t(lambda: next(stop_inside()))
t(lambda: gen().throw(KeyError))
t(lambda: gen().throw(1))
t(lambda: type(gen()).__name__)
t(lambda: iter(g) is g)
