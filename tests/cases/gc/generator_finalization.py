# Generators and coroutines collected in cycles run their finally blocks; close() on a suspended generator in a cycle.
import gc
gc.collect(); gc.disable()
log = []
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        log.append(("finally", name))
g = gen("refcount"); next(g); del g
print(log); log.clear()
g = gen("cycle"); next(g)
holder = [g]; g.gi_frame.f_locals  # touch the frame
holder.append(holder)
del g, holder
gc.collect()
print(log); log.clear()
def selfref():
    me = yield
    try:
        yield "ready"
    finally:
        log.append("selfref finally")
s = selfref(); next(s); s.send(s); del s
gc.collect()
print(log); log.clear()
def unstarted():
    try:
        yield
    finally:
        log.append("never started")
u = unstarted(); del u
print(log)
async def coro():
    try:
        await Sleeper()
    finally:
        log.append("coro finally")
class Sleeper:
    def __await__(self):
        yield "suspended"
c = coro(); print(c.send(None))
c2 = [c]; c2.append(c2); del c, c2
gc.collect()
print(log); log.clear()
def catcher():
    try:
        yield 1
    except GeneratorExit:
        log.append("GeneratorExit")
        raise
k = catcher(); next(k); del k
print(log)
gc.enable()
