# Helpful SyntaxError messages for common mistakes.
sources = [
    "print 'x'", "exec 'code'", "if x\n    pass", "while x\n    pass", "def f()\n    pass", "class C\n    pass",
    "for x in y\n    pass", "x = [1, 2", "x = (1, 2", "x = {1: 2", "f(a for a in b, c)", "x = 1 +",
    "import", "from x import", "def f(x, y, z,,): pass", "a b", "x = 'unterminated", "x = \"\"\"never closed",
    "else: pass", "elif x: pass", "try:\n    pass\n", "f(**)", "a = 1 if b", "True = 1", "x := 1",
    "def f():\n    return\nreturn", "lambda x: yield", "[x for x in]", "f(x=1, x=2)", "import a.b as",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r:32} compiled")
    except SyntaxError as e:
        print(f"{src!r:32} {type(e).__name__}: {e.msg} (line {e.lineno})")
