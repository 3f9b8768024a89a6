# Assignment expressions (:=).
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
i = 0
while (i := i + 1) < 4:
    print("loop", i)
print((a := 5), a, (b := a + 1) * 2, b)
def f():
    if (local := "in function"):
        return local
print(f())
print([(j := j + 1) if False else 0 for _ in range(1)] if (j := 0) == 0 else None, j)
values = iter([3, 0, 5])
while (v := next(values, None)) is not None:
    print("value", v)
print(x := 10, end=" ")
print(x)
print(f"{(w := 7)} {w}")
t = (c := 1, 2)
print(t, c)
for text in ["x := 1", "(a.b := 1)", "(a[0] := 1)", "def g(x := 1): pass", "[i := 0 for i in range(1)]", "lambda: x := 1"]:
    try:
        compile(text, "<case>", "exec")
        print(text, "ok")
    except SyntaxError as e:
        print(f"{text:28}", e.msg)
