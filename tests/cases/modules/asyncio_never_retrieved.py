# tasks whose exception nobody retrieved are reported to the loop when they die
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






def handler(loop, context):
    print("handler:", context["message"], type(context.get("exception")).__name__,
          type(context.get("task", context.get("future"))).__name__)


async def failing():
    raise ValueError("never retrieved")


async def pending():
    await asyncio.sleep(3600)


loop = PlainLoop()
loop.set_exception_handler(handler)
t = loop.create_task(failing())
loop.run_until_complete(asyncio.sleep(0))
print(t.done())
del t
print("after failing task")
t = loop.create_task(pending())
loop.run_until_complete(asyncio.sleep(0))
t._log_destroy_pending = False
t.cancel()
loop.run_until_complete(asyncio.sleep(0))
print(t.cancelled())
del t
loop.close()
print("end")
