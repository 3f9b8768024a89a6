# An async generator consumed by async for inside a coroutine, with awaits between items, driven step by step.
class Tick:
    def __init__(self, label): self.label = label
    def __await__(self):
        yield self.label
async def producer(n):
    for i in range(n):
        await Tick(f"produce {i}")
        yield i
    await Tick("producer done")
async def consumer():
    total = 0
    async for item in producer(3):
        await Tick(f"consume {item}")
        total += item
    return total
coro = consumer()
step = 0
while True:
    try:
        label = coro.send(None)
        step += 1
        print(step, label)
    except StopIteration as e:
        print("result", e.value)
        break
