# coroutine objects: send/throw/close, cr_running/cr_frame/cr_suspended/cr_await/cr_code/cr_origin, __await__ wrapper, reuse errors
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Suspend:
    def __await__(self):
        value = yield 'suspended'
        return value

async def child():
    return await Suspend()

async def co(x):
    got = await child()
    return (x, got)

c = co(1)
t(lambda: (type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name))
t(lambda: (c.cr_running, c.cr_suspended, c.cr_frame is None, c.cr_await))
t(lambda: c.send(None))
t(lambda: (c.cr_suspended, type(c.cr_await).__name__))
try:
    c.send('resumed')
except StopIteration as e:
    print('StopIteration', repr(e.value))
t(lambda: (c.cr_running, c.cr_suspended, c.cr_frame is None))
t(lambda: c.send(None))
c2 = co(2)
t(lambda: c2.send(1))
c2.close()
c3 = co(3)
c3.send(None)
t(lambda: c3.throw(ValueError('thrown in')))
c4 = co(4)
t(lambda: c4.close())
t(lambda: c4.send(None))
c5 = co(5)
w = c5.__await__()
t(lambda: type(w).__name__)
t(lambda: next(w))
t(lambda: iter(w) is w)
c5.close()
c6 = co(6)
t(lambda: next(c6))
t(lambda: iter(c6))
c6.close()
async def awaits_bad():
    await 5
c_bad = awaits_bad()
t(lambda: c_bad.send(None))
async def awaits_coro_twice():
    inner = child()
    inner.close()
    await inner
c7 = awaits_coro_twice()
t(lambda: c7.send(None))
c8 = co(8)
t(lambda: c8.cr_origin)
c8.close()
async def async_with_return():
    return 'immediate'
try:
    async_with_return().send(None)
except StopIteration as e:
    print('immediate value', e.value)
t(lambda: sys.get_coroutine_origin_tracking_depth())
for leftover in (c, c2, c3, c7):
    leftover.close()
