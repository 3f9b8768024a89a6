from __future__ import annotations
x: int = 1
class C:
    if cond:
        y: list[C]
    z: "str"
def f(a: A, *b: B, c: C = 1, **d: D) -> R:
    local: int = 2
    return local
