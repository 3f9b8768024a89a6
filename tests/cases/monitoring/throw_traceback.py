# an exception thrown into an awaiting coroutine has one traceback entry per frame
import traceback
class Sleep:
    def __await__(self):
        yield "x"
async def catches():
    await Sleep()
k = catches()
k.send(None)
try:
    k.throw(KeyError("thrown in"))
except KeyError as e:
    print([ (f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
