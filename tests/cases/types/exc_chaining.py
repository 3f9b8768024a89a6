# exception context chaining: implicit __context__ in except/finally, nested handlers, raise in finally replacing, context cycles broken, exception variable cleared
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__cause__ or e.__context__
    return out
try:
    try:
        raise ValueError('a')
    finally:
        raise TypeError('from finally')
except TypeError as e:
    t(lambda: chain(e))
try:
    try:
        try:
            raise ValueError('1')
        except ValueError:
            raise KeyError('2')
    except KeyError:
        raise IndexError('3')
except IndexError as e:
    t(lambda: chain(e))
try:
    try:
        raise ValueError('first')
    except ValueError as first:
        try:
            raise first
        except ValueError as same:
            t(lambda: same is first)
            raise TypeError('second')
except TypeError as e:
    t(lambda: chain(e))
e1 = ValueError('e1')
e2 = KeyError('e2')
try:
    try:
        raise e1
    except ValueError:
        try:
            raise e2
        except KeyError:
            raise e1
except ValueError as e:
    t(lambda: (repr(e.__context__), repr(e.__context__.__context__)))
def finally_runs():
    log = []
    try:
        try:
            raise ValueError('propagates')
        finally:
            log.append('finally ran')
    except ValueError as e:
        log.append(repr(e))
    return log
t(finally_runs)
def cleared():
    try:
        raise ValueError('x')
    except ValueError as err:
        pass
    return err
t(cleared)
def handler_context():
    try:
        raise ValueError('outer')
    except ValueError:
        return sys_exception_repr()
import sys
def sys_exception_repr():
    return repr(sys.exception())
t(handler_context)
t(sys_exception_repr)
def cause_chain():
    try:
        raise ValueError('low')
    except ValueError as low:
        err = RuntimeError('high')
        err.__cause__ = low
        raise err
try:
    cause_chain()
except RuntimeError as e:
    t(lambda: (repr(e.__cause__), repr(e.__context__), e.__suppress_context__))
try:
    try:
        raise ValueError('v')
    except ValueError:
        raise
except ValueError as e:
    t(lambda: e.__context__)
try:
    raise ValueError('no context')
except ValueError as e:
    t(lambda: e.__context__)
