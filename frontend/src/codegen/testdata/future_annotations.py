from __future__ import annotations
import typing
x: int = 1
y: dict[str, list[int | None]]
class C:
    a: typing.Optional[C] = None
    b: lambda x, *a, k=1, **kw: x
    def m(self, p: tuple[int, ...], *args: *Ts, q: "C" = 2, **kw: float) -> C | None:
        return 1 .real
def f(a: -x ** 2, b: (-x) ** 2, c: not a and b or c, d: a if b else c, e: a[1:2, ::3], g: {1: 2, **h}, i: {*()}, j: (a, b), k: (a,), l: [a, b], n: a.b.c) -> x < y <= z is not w not in v:
    pass
