# from __future__ import annotations: annotations are kept as strings.
from __future__ import annotations
def f(x: int, y: list[Undefined] = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
class C:
    a: int
    b: C
    c: "quoted"
print(C.__annotations__)
x: some.dotted.Name[1, 2]
def g(*args: tuple, **kw: float | None) -> None: ...
print(g.__annotations__)
lam = lambda: None
print(lam.__annotations__)
import sys
print(sys.modules["__main__"].__annotations__ if "__annotations__" in dir(sys.modules["__main__"]) else "module annotations")
def h(a: 1 + 2, b: [x for x in y], c: "already a string"):
    pass
print(h.__annotations__)
