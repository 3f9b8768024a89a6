# Annotated assignment statements at module, class and function level.
x: int = 5
y: str
print(x, "y" in globals(), __annotations__ if False else "skip")
class C:
    a: int = 1
    b: "forward"
    c: list[int] = []
print(C.a, hasattr(C, "b"), C.__annotations__)
def f():
    local: int = 3
    unused: str
    return local
print(f(), f.__annotations__)
def g(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(g.__annotations__)
class D:
    count: int = 0
    def method(self) -> "D":
        return self
print(D.__annotations__, D.method.__annotations__)
obj = C()
obj.attr: int = 10
print(obj.attr)
lst = [0]
lst[0]: int = 99
print(lst)
(paren): int = 1
print(paren)
def side_effect():
    print("annotation evaluated")
    return int
class E:
    z: side_effect() = 1
print("after class E")
print(E.__annotations__)
