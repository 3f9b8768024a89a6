# Frames from exec'd and eval'd code without a source file: the frame line is printed without source text or carets (fresh globals: with __main__'s, linecache would ask its __loader__ for the source)
code = compile("def helper():\n    return 1 / 0\n", "<generated>", "exec")
namespace = {}
exec(code, namespace)
def call():
    return namespace["helper"]()
try:
    eval("call()", {"call": call})
except ZeroDivisionError:
    import traceback
    traceback.print_exc()
exec(compile("x = [1]\nx[5]", "/no/such/file.py", "exec"), {})
