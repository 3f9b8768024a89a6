# Generators as coroutines: priming, send, running averages.
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print(next(avg))
for v in [10, 20, 30]:
    print(avg.send(v))
def accumulate():
    items = []
    while True:
        item = yield
        if item is None:
            return items
        items.append(item)
acc = accumulate()
next(acc)
acc.send("a")
acc.send("b")
try:
    acc.send(None)
except StopIteration as e:
    print("result", e.value)
g = averager()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
def running():
    try:
        yield 1
    finally:
        print("cleanup")
r = running()
print(next(r))
r.close()
try:
    next(r)
except StopIteration:
    print("closed generator is exhausted")
def self_send():
    yield gen.send(None)
gen = self_send()
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)
