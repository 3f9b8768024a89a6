# gather, wait, wait_for and timeout, as_completed, shield, TaskGroup, callbacks raising, queues and events on the native tasks
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




async def value(n, steps=1):
    for _ in range(steps):
        await asyncio.sleep(0)
    return n


async def fail(msg, steps=1):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise ValueError(msg)


async def forever(log, name):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append(name)
        raise


async def main():
    print(await asyncio.gather(value(1), value(2, 3), value(3, 2)))
    print(await asyncio.gather(value(1), fail("x"), value(3), return_exceptions=True))
    try:
        await asyncio.gather(value(1, 5), fail("first"))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather())

    tasks = [asyncio.create_task(value(i, i)) for i in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    t_fail = asyncio.create_task(fail("w", 2))
    t_slow = asyncio.create_task(value("slow", 50))
    done, pending = await asyncio.wait([t_fail, t_slow], return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    print(await t_slow)

    log = []
    try:
        await asyncio.wait_for(forever(log, "wait_for"), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timeout", type(e).__name__, log)
    print(await asyncio.wait_for(value("in time"), timeout=5))
    try:
        async with asyncio.timeout(0.01) as cm:
            await forever(log, "timeout cm")
    except TimeoutError:
        print("timeout cm expired", cm.expired(), log)
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no deadline", cm.when(), cm.expired())

    results = []
    for coro in asyncio.as_completed([value("a", 3), value("b", 1), value("c", 2)]):
        results.append(await coro)
    print("as_completed", results)

    inner = asyncio.create_task(value("shielded", 3))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner)

    # TaskGroup: all succeed
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(value(i, 3 - i)) for i in range(3)]
    print("taskgroup", [t.result() for t in ts])

    # TaskGroup: one fails, siblings are cancelled
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(forever(log, "sibling1"))
            tg.create_task(forever(log, "sibling2"))
            tg.create_task(fail("group member", 2))
    except* ValueError as eg:
        print("except*", [str(e) for e in eg.exceptions], sorted(log))

    # TaskGroup: two fail
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one", 1))
            tg.create_task(fail("two", 1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))

    # cancelling the task running the group
    log = []

    async def group_owner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(forever(log, "member"))
            await asyncio.sleep(3600)

    owner = asyncio.create_task(group_owner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    owner.cancel()
    try:
        await owner
    except asyncio.CancelledError:
        print("owner cancelled", log, owner.cancelling())

    # callbacks that raise go to the exception handler
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append((ctx["message"][:30], repr(ctx.get("exception")))))
    fut = loop.create_future()

    def bad_callback(f):
        raise RuntimeError("in callback")

    fut.add_done_callback(bad_callback)
    fut.add_done_callback(lambda f: seen.append(("second callback ran", f.result())))
    fut.set_result(7)
    await asyncio.sleep(0)
    print(seen)

    # runner: an async generator and a queue
    q = asyncio.Queue()

    async def producer():
        for i in range(3):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)

    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got

    print(await asyncio.gather(producer(), consumer()))
    ev = asyncio.Event()
    waiter = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    print("event", await waiter)


asyncio.run(main(), loop_factory=PlainLoop)
