# asyncio.Queue, TaskGroup, Event, Lock, Semaphore, timeout, as_completed, shield and call_later on a plain loop
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


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item)


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(q, 5))
        tg.create_task(consumer(q, out))
    print(out)
    ev = asyncio.Event()
    lock = asyncio.Lock()
    async def setter():
        async with lock:
            ev.set()
    await asyncio.gather(setter(), ev.wait())
    print(ev.is_set(), lock.locked())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout cm")
    done = [await f for f in asyncio.as_completed([asyncio.sleep(0.02, "slow"), asyncio.sleep(0, "quick")])]
    print(done)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0))
            async def boom():
                raise ValueError("x")
            tg.create_task(boom())
    except* ValueError as eg:
        print("eg", eg.exceptions)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0)
            return i
    print(await asyncio.gather(*(limited(i) for i in range(4))))
    t = asyncio.ensure_future(asyncio.sleep(0, 7))
    print(await asyncio.shield(t))
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.01, order.append, "later")
    loop.call_soon(order.append, "soon")
    await asyncio.sleep(0.02)
    print(order)


asyncio.run(main(), loop_factory=PlainLoop)
