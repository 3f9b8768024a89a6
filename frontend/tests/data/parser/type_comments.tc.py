x = 1  # type: int
a, b = f()  # type: (int, str)
for i in range(3):  # type: int
    pass
with open(f) as g:  # type: IO[str]
    pass
def f(a,  # type: int
      b,  # type: str
      *args,  # type: Any
      c=1,  # type: int
      **kw  # type: Any
      ):
    # type: (...) -> None
    pass
def g(x): # type: (int) -> str
    return x
import os  # type: ignore
import sys  # type: ignore[import]
async def h():
    async for x in y:  # type: int
        pass
    async with a as b:  # type: int
        pass
