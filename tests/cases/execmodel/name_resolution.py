# LEGB name resolution order, builtins shadowing, locals()/globals().
len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
real_print = print
print(type(len).__name__)
def local_beats_global():
    print = lambda *a: real_print("local print:", *a)
    print("hi")
local_beats_global()
a = "global a"
def enclosing():
    a = "enclosing a"
    def inner():
        return a
    return inner()
print(enclosing())
def uses_global():
    return a
print(uses_global())
def locals_snapshot():
    p = 1
    q = 2
    return sorted(locals().items())
print(locals_snapshot())
print("a" in globals(), globals()["a"], __name__)
def assigns_later():
    r = []
    for i in range(2):
        r.append(i)
    return r
print(assigns_later())
def comprehension_scope():
    i = "outer i"
    squares = [i * i for i in range(3)]
    return i, squares
print(comprehension_scope())
def del_then_global():
    global a
    return a
print(del_then_global())
print(type(__builtins__).__name__ in ("module", "dict"))
def exec_locals():
    ns = {}
    exec("v = 3\nw = v * 2", ns)
    return ns["v"], ns["w"]
print(exec_locals())
print(eval("a + '!'"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local y"}))
