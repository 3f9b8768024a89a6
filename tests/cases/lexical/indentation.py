# Indentation: mixed depths, dedent to outer levels, tabs, and errors.
def outer():
    def inner():
            return "deep"
    return inner()
print(outer())
if True:
  if True:
        print("two then eight spaces")
  print("back to two")
print("top")
for text in ["if 1:\nprint(1)", "  x = 1", "if 1:\n    a = 1\n  b = 2", "if 1:\n\tx = 1\n        y = 2"]:
    try:
        compile(text, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
