# SyntaxErrors for global/nonlocal after use, and names that are both parameter and global.
cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    def g():\n        y = 1\n        nonlocal y\n    y = 0\n",
    "def f(p):\n    nonlocal p\n",
    "def f():\n    global q\n    nonlocal q\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "class C:\n    def m(self):\n        nonlocal __class__\n",
    "def f():\n    for x in y:\n        pass\n    global x\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", src.splitlines()[-1].strip())
    except SyntaxError as e:
        print(f"line {e.lineno}: {e.msg}")
