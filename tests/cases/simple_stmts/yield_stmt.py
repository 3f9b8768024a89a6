# yield as a statement and as an expression in assignments and calls.
def g():
    yield
    yield 1
    yield 1, 2
    x = yield "expr"
    yield x
    yield (yield "nested")
    y = yield from [10, 20]
    yield y
    print((yield "in call"))
it = g()
print(next(it), next(it), next(it), next(it))
print(it.send("sent to x"))
print(next(it), it.send("sent to nested"))
print(next(it), next(it), next(it))
print(next(it))
try:
    it.send("printed by print")
except StopIteration:
    print("finished")
for src in ["yield 1", "class C:\n    yield 1", "def f():\n    x = 1\n    [(yield) for _ in x]", "def f():\n    lambda: (yield)", "def f():\n    (yield) = 1"]:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r} compiles")
    except SyntaxError as e:
        print(f"{src!r}", e.msg)
def yield_tuple_precedence():
    a = yield 1, 2
    yield a
p = yield_tuple_precedence()
print(next(p), p.send("a"))
