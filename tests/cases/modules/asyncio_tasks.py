# asyncio.run with tasks, gather, callbacks order, current_task and results
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

order = []


async def worker(name, delay_steps):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    order.append(name)
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", 2), name="first")
    t2 = asyncio.create_task(worker("b", 0))
    print(t1.get_name(), t1.done())
    results = await asyncio.gather(t1, t2, worker("c", 1))
    print(results, order)
    print(asyncio.current_task().get_name() is not None)
    print(t1.result(), t1.done(), t1.cancelled())

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    seen = []
    fut.add_done_callback(lambda f: seen.append(("cb1", f.result())))
    fut.add_done_callback(lambda f: seen.append(("cb2", f.result())))
    loop.call_soon(fut.set_result, 42)
    print(await fut, seen)
    await asyncio.sleep(0)
    print(seen)

    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)

    f2 = loop.create_future()
    print(repr(f2.done()), f2.cancelled())
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2.set_exception(ValueError("boom"))
    print(type(f2.exception()).__name__, f2.exception())
    try:
        f2.result()
    except ValueError as e:
        print("raised", e)

    print(len(asyncio.all_tasks()) >= 1)


asyncio.run(main(), loop_factory=PlainLoop)
print(order)
