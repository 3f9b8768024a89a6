# An `await` site in a coroutine (SEND) delegates to awaitables of different
# kinds.

def run(label, f, *args, **kwargs):
    """Calls f 120 times and prints each distinct result (or exception) in order.

    The first call meets whatever the earlier phase specialized; later calls
    miss until the site re-specializes (after 53 misses) for the new state.
    """
    seen = []
    for _ in range(120):
        try:
            result = repr(f(*args, **kwargs))
        except Exception as e:
            result = f"{e.__class__.__name__}: {e}"
        if result not in seen:
            seen.append(result)
    print(label, seen)


class Awaitable:
    def __await__(self):
        yield "from __await__"
        return "awaitable result"

async def native():
    return "native result"

async def waiter(make):
    return await make()

def drive(make):
    coro = waiter(make)
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as stop:
        return yielded, stop.value

run("warm", drive, Awaitable)
run("native", drive, native)
run("not awaitable", drive, lambda: 5)
