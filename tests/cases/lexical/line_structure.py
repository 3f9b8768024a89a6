# Logical and physical lines: semicolons, backslashes, blank lines in brackets, and form feeds.
a = 1; b = 2; c = a + b
print(a, b, c)
x = 1 + \
    2 + \
    3
print(x)
if a == 1 and \
   b == 2:
    print("backslash in condition")
text = "no \
break"
print(text)
values = [1,

          2,
          # comment in brackets
          3]
print(values)
print("form feed before this line")
y = (1,
)
print(y)
def f(a,
      b): return a + b
print(f(1,
        2))
for src in ["x = 1 \\ 2", "x = 1 \\", "x = (1 \\\n+ 2)", "print(1);;"]:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r} compiles")
    except SyntaxError as e:
        print(f"{src!r}", e.msg)
