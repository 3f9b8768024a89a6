# _asyncio.Task: names, contexts, current_task/all_tasks, bad yields, stacks, eager start, subclasses, the current-task functions
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
import io
import types

var = contextvars.ContextVar("var", default="unset")


async def noop():
    return "noop"


async def child(n):
    await asyncio.sleep(0)
    return n * 2


@types.coroutine
def bad_yield():
    yield 42


@types.coroutine
def yield_generator():
    def gen():
        yield 1
    yield gen()


async def await_bad_yield():
    await bad_yield()


async def await_yield_generator():
    await yield_generator()


async def await_self():
    await asyncio.current_task()


async def main():
    me = asyncio.current_task()
    print("main:", me.get_name(), type(me).__name__, me.done())
    print(me in asyncio.all_tasks(), _asyncio.current_task() is me)
    print(asyncio.current_task(asyncio.get_running_loop()) is me)
    t = asyncio.create_task(child(3))
    print(t.get_name(), t.get_coro().__name__, t._coro is t.get_coro(), t._must_cancel, t._fut_waiter)
    t.set_name(1234)
    print(repr(t.get_name()))
    t.set_name("named")
    print(len(asyncio.all_tasks()), t in asyncio.all_tasks())
    print(await t, t.done(), t in asyncio.all_tasks(), t.get_coro() is None)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        asyncio.Task(1)
    except TypeError as e:
        print("TypeError", e)

    var.set("main value")
    t2 = asyncio.create_task(child(1))
    print(t2.get_context()[var], t2.get_context() is not contextvars.copy_context())
    ctx = contextvars.Context()
    t3 = asyncio.create_task(child(2), context=ctx, name="ctx-task")
    print(t3.get_context() is ctx, t3.get_name())
    print(await asyncio.gather(t2, t3))

    for coro_fn in (await_bad_yield, await_yield_generator, await_self):
        t = asyncio.create_task(coro_fn())
        try:
            await t
        except RuntimeError as e:
            msg = str(e)
            print("RuntimeError", msg.split(" in task")[0].split(":")[0])

    t4 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t4._fut_waiter is not None, type(t4._fut_waiter).__name__)
    print(len(t4.get_stack()))
    t4.cancel()
    try:
        await t4
    except asyncio.CancelledError:
        print("t4 cancelled", t4.cancelled(), t4.get_stack())

    async def failer():
        raise ValueError("boom")

    t5 = asyncio.create_task(failer())
    await asyncio.sleep(0)
    print(t5.done(), repr(t5.exception()), len(t5.get_stack()))
    buf = io.StringIO()
    t5.print_stack(file=buf)
    print(buf.getvalue().splitlines()[0].split(" coro=")[0])

    # eager tasks
    loop = asyncio.get_running_loop()
    et = asyncio.Task(noop(), loop=loop, eager_start=True)
    print("eager done at once:", et.done(), et.result(), et.get_coro())

    async def eager_body():
        print("in eager: current is task", asyncio.current_task() is not me)
        await asyncio.sleep(0)
        return "later"

    et2 = asyncio.Task(eager_body(), loop=loop, eager_start=True, name="eager")
    print("eager pending:", et2.done(), et2 in asyncio.all_tasks(), asyncio.current_task() is me)
    print(await et2)
    loop.set_task_factory(asyncio.eager_task_factory)
    et3 = asyncio.create_task(noop())
    print("factory:", et3.done(), et3.result())
    loop.set_task_factory(None)

    class MyTask(asyncio.Task):
        pass

    mt = MyTask(child(5), loop=loop)
    print(type(mt).__name__, mt in asyncio.all_tasks(), await mt)
    print(repr(t)[:20])


def run():
    loop = PlainLoop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()


run()
print(_asyncio._get_running_loop())
try:
    _asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    _asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)
loop = PlainLoop()
_asyncio._set_running_loop(loop)
print(_asyncio.get_running_loop() is loop, _asyncio.current_task(), _asyncio.all_tasks())
print(_asyncio._swap_current_task(loop, "x"), _asyncio.current_task(), _asyncio._swap_current_task(loop, None))
_asyncio._enter_task(loop, "task")
try:
    _asyncio._enter_task(loop, "other")
except RuntimeError as e:
    print("RuntimeError", e)
try:
    _asyncio._leave_task(loop, "other")
except RuntimeError as e:
    print("RuntimeError", e)
_asyncio._leave_task(loop, "task")
try:
    _asyncio._leave_task(None, "task")
except RuntimeError as e:
    print("RuntimeError", e)
_asyncio._set_running_loop(None)
loop.close()
print(_asyncio.current_task(loop))
