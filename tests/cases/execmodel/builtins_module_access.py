# The builtins namespace as seen through __builtins__ and names that are not builtins.
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
print(b["len"] is len, "print" in b, "sys" in b, "__name__" in b, b["__name__"])
print(sorted(k for k in ["True", "None", "Ellipsis", "NotImplemented", "__debug__", "abs", "open", "exec"] if k in b))
try:
    undefined_builtin_name
except NameError as e:
    print(type(e).__name__, e)
def f():
    return len
print(f() is len)
g = {"__builtins__": {"len": lambda x: "custom len"}}
print(eval("len([1, 2])", g))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
