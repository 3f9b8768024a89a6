# cancellation, cancelling/uncancel, wait_for timeouts and exceptions through tasks
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


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("sleeper cancelled", e.args)
        raise


async def failing():
    await asyncio.sleep(0)
    raise KeyError("bad")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("stop"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args)
    print(t.cancelled(), t.done())
    print(t.cancel())

    t2 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t2.cancel()
    t2.cancel()
    print(t2.cancelling())
    print(t2.uncancel(), t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled", t2.cancelled())

    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print("timeout")

    print(await asyncio.wait_for(asyncio.sleep(0, result="fast"), timeout=5))

    t3 = asyncio.create_task(failing())
    try:
        await t3
    except KeyError as e:
        print("KeyError", e)
    print(type(t3.exception()).__name__)

    results = await asyncio.gather(failing(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(r).__name__ for r in results])

    f = asyncio.get_running_loop().create_future()
    f.cancel(msg="why")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future cancelled", e.args)


asyncio.run(main(), loop_factory=PlainLoop)
