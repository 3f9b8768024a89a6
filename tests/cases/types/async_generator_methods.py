# async generator objects: asend/athrow/aclose awaitables driven with send(), ag_running/ag_frame/ag_await/ag_suspended, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        x = yield 1
        print('got', x)
        yield x * 2
    finally:
        print('agen finally')

ag = agen()
t(lambda: (type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_code.co_name))
t(lambda: (ag.ag_running, ag.ag_frame is None, ag.ag_await, ag.ag_suspended))
t(lambda: run(ag.asend(None)))
t(lambda: ag.ag_suspended)
t(lambda: run(ag.asend(21)))
t(lambda: run(ag.aclose()))
t(lambda: ag.ag_frame is None)
t(lambda: run(ag.asend(None)))
ag2 = agen()
run(ag2.__anext__())
t(lambda: run(ag2.athrow(ValueError('thrown'))))
t(lambda: run(ag2.__anext__()))
ag3 = agen()
t(lambda: run(ag3.athrow(KeyError('before start'))))
def type_name(awaitable):
    name = type(awaitable).__name__
    awaitable.close()
    return name
t(lambda: type_name(agen().asend(None)))
t(lambda: type_name(agen().athrow(ValueError)))
t(lambda: type_name(agen().aclose()))
t(lambda: type_name(agen().__anext__()))
ag4 = agen()
t(lambda: ag4.__aiter__() is ag4)
a1 = ag4.asend(None)
t(lambda: a1.send(None))
t(lambda: a1.send(None))
t(lambda: a1.send(None))
run(ag4.aclose())
async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ag5 = ignores_exit()
run(ag5.asend(None))
t(lambda: run(ag5.aclose()))
async def raises_stop():
    raise StopAsyncIteration
    yield
t(lambda: run(raises_stop().__anext__()))
async def returns_early():
    return
    yield
t(lambda: run(returns_early().__anext__()))
aw = agen().asend(None)
aw.close()
t(lambda: aw.send(None))
