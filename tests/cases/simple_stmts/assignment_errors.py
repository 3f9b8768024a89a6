# SyntaxError messages for invalid assignment targets.
sources = [
    "f() = 1", "1 = x", "'s' = x", "x + 1 = 2", "None = 1", "__debug__ = 1", "(a, b) += 1",
    "[a, *b, *c] = d", "*a = b", "a, b = *c = d", "x = yield = 1", "lambda: 1 = 1", "a if b else c = 1",
    "{a: b} = c", "{a, b} = c", "f(x) += 1", "(yield) = 1", "a.b.c() = 1", "del f()", "del None",
    "x == 1 = 2", "not x = 1", "await x = 1", "[x for x in y] = 1", "a = b = f() = c",
    "print 'hello'", "if x = 1: pass", "for f() in x: pass", "with a as 1: pass", "def f(): x = nonlocal",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r:30} compiled")
    except SyntaxError as e:
        print(f"{src!r:30} {e.msg}")
