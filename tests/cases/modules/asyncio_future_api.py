# _asyncio.Future directly: states, callbacks with contexts, errors, the await iterator, subclasses, never-retrieved exceptions
import asyncio

import time

# The reference (pyodide) starts with its web loop marked running, cannot block in it and has
# no socketpair for a selector loop's self-pipe: clear the mark and run BaseEventLoop with a
# selector that only sleeps, so both interpreters run the same pure-Python loop.
asyncio.events._set_running_loop(None)


class SleepSelector:
    def select(self, timeout):
        if timeout:
            time.sleep(timeout)
        return []


class PlainLoop(asyncio.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = SleepSelector()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass




import _asyncio
import contextvars

print(asyncio.Future is _asyncio.Future, asyncio.Task is _asyncio.Task)
print(_asyncio.Task.__mro__)
print(_asyncio.Future.__text_signature__, _asyncio.Task.__text_signature__)

var = contextvars.ContextVar("var", default="unset")


def direct_api(loop):
    fut = asyncio.Future(loop=loop)
    print(fut._state, fut.done(), fut.cancelled(), fut._callbacks, fut._result, fut._exception)
    print(fut.get_loop() is loop, fut._loop is loop, fut._asyncio_future_blocking)
    for meth in (fut.result, fut.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)

    def cb1(f):
        print("cb1", f.result(), var.get())

    def cb2(f):
        print("cb2", f.result(), var.get())

    fut.add_done_callback(cb1)
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb1)
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    fut.add_done_callback(cb2, context=ctx)
    print(len(fut._callbacks), [c[0].__name__ for c in fut._callbacks])
    print(fut.remove_done_callback(cb1), len(fut._callbacks))
    print(fut.remove_done_callback(cb1))
    fut.set_result(5)
    print(fut._state, fut._callbacks, fut.result(), fut.exception())
    try:
        fut.set_result(6)
    except asyncio.InvalidStateError as e:
        print("set twice:", e)
    try:
        fut.set_exception(ValueError)
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", e)
    loop.run_until_complete(asyncio.sleep(0))

    f2 = loop.create_future()
    f2.set_exception(KeyError)
    print(type(f2.exception()).__name__, repr(f2._exception), f2._log_traceback)
    try:
        f2._log_traceback = True
    except ValueError as e:
        print("ValueError", e)
    f2._log_traceback = False
    try:
        f2.result()
    except KeyError as e:
        print("raised KeyError", repr(e))

    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError", e)
    print(type(f3.exception()).__name__, f3.exception(), repr(f3.exception().__cause__))
    f4 = loop.create_future()
    try:
        f4.set_exception(42)
    except TypeError as e:
        print("TypeError", e)

    f5 = loop.create_future()
    print(f5.cancel("why"), f5.cancel(), f5.cancelled(), f5._state, f5._cancel_message)
    for meth in (f5.result, f5.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print("CancelledError", e.args)
    f5._cancel_message = "changed"
    err = f5._make_cancelled_error()
    print(type(err).__name__, err.args)
    try:
        del f5._cancel_message
    except AttributeError as e:
        print("AttributeError", e)

    f6 = loop.create_future()
    it = f6.__await__()
    print(type(it).__name__, type(it).__module__, iter(it) is it)
    print(next(it) is f6, f6._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
    f6.set_result("done")
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.value)
    it2 = iter(f6)
    try:
        it2.send(None)
    except StopIteration as e:
        print("send StopIteration", e.value)
    it3 = iter(f6)
    try:
        it3.throw(ValueError("thrown"))
    except ValueError as e:
        print("throw", e)
    it4 = iter(f6)
    print(it4.close())
    try:
        it4.throw(1)
    except TypeError as e:
        print("TypeError", e)

    f7 = asyncio.Future.__new__(asyncio.Future)
    print(f7.done(), f7.cancelled(), f7._loop, f7._asyncio_future_blocking, f7._source_traceback)
    for name in ("result", "exception"):
        try:
            getattr(f7, name)()
        except asyncio.InvalidStateError as e:
            print(name, type(e).__name__, e)
    for call in (lambda: f7.set_result(1), lambda: f7.cancel(), lambda: f7.get_loop(), lambda: f7._state,
                 lambda: f7.add_done_callback(print), lambda: iter(f7)):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError", e)

    f8 = loop.create_future()
    f8.extra = "attr"
    print(f8.extra, f8._asyncio_awaited_by)
    _asyncio.future_add_to_awaited_by(f8, f6)
    print(f8._asyncio_awaited_by == frozenset({f6}))
    _asyncio.future_add_to_awaited_by(f8, f5)
    print(f8._asyncio_awaited_by == frozenset({f5, f6}))
    _asyncio.future_discard_from_awaited_by(f8, f5)
    _asyncio.future_discard_from_awaited_by(f8, f6)
    print(f8._asyncio_awaited_by)
    _asyncio.future_add_to_awaited_by(1, 2)
    print(asyncio.Future[int])

    class MyFuture(asyncio.Future):
        def __init__(self, *, loop):
            super().__init__(loop=loop)
            self.note = "sub"

    mf = MyFuture(loop=loop)
    mf.set_result(3)
    print(type(mf).__name__, mf.note, mf.result(), loop.run_until_complete(mf))
    try:
        asyncio.Future(1)
    except TypeError as e:
        print("TypeError", e)


loop = PlainLoop()
direct_api(loop)


class Handler:
    def __call__(self, loop, context):
        print("handler:", context["message"], type(context.get("exception")).__name__)


loop.set_exception_handler(Handler())
f = loop.create_future()
f.set_exception(ValueError("lost"))
del f
print("after del")


class Sub(asyncio.Future):
    pass


g = Sub(loop=loop)
g.set_exception(ValueError("lost too"))
del g
h = loop.create_future()
h.set_exception(ValueError("retrieved"))
h.exception()
del h
print("done")
loop.close()
