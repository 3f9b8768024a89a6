# reprs of native futures and tasks in each state
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




async def child():
    await asyncio.sleep(0)
    return 1


def cb(f):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(cb)
    print(repr(f).split(" at ")[0])
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    t = asyncio.create_task(child(), name="kid")
    print(repr(t).split(" coro=")[0])
    await t
    print(repr(t).split(" coro=")[0], repr(t).split(">")[-2][-10:])
    t2 = asyncio.create_task(child(), name="kid2")
    await asyncio.sleep(0)
    print(repr(t2).split(" coro=")[0], "wait_for=<Future pending" in repr(t2))
    t2.cancel()
    print(repr(t2).split(" coro=")[0])
    await asyncio.sleep(0)
    print(repr(t2).split(" coro=")[0])
    print(str(t2) == repr(t2))


asyncio.run(main(), loop_factory=PlainLoop)
