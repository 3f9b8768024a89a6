# exec and eval with explicit globals and locals mappings.
g = {"a": 1}
exec("b = a + 1", g)
print(g["b"], "__builtins__" in g)
l = {}
exec("c = 3\nd = c * 2", {}, l)
print(sorted(l.items()))
print(eval("a * 10", g), eval("[a, b]", g))
class Lookup(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("anything", {}, Lookup()))
code = compile("e = 5\nprint('in exec', e)", "<string>", "exec")
exec(code, {})
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
ns = {}
exec("def f(): return g_var\ng_var = 'from ns'", ns)
print(ns["f"]())
print(eval("(lambda: inner)()", {"inner": "closure-free"}))
exec("x = 1", ns, ns)
print(ns["x"])
print(eval("__name__", {"__name__": "custom"}))
print(eval(" 1 + 1 "), eval("\t2"))
try:
    exec("return 1")
except SyntaxError as e:
    print(e.msg)
