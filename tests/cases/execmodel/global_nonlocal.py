# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created_later
    created_later = "made inside"
make_global()
print(created_later)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc
print(outer()[0])
def three_levels():
    v = "outer"
    def middle():
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
    middle()
    return v
print(three_levels())
def shadow():
    counter = "local"
    def g():
        global counter
        return counter
    return g(), counter
print(shadow())
def nonlocal_skips_class():
    x = "function x"
    class C:
        x = "class x"
        def m(self):
            nonlocal x
            return x
    return C().m()
print(nonlocal_skips_class())
for src in ["def f():\n    nonlocal q\n", "nonlocal y\n", "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n", "def f():\n    global x\n    nonlocal x\n"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(e.msg)
def global_in_loop():
    for i in range(3):
        global loop_total
        loop_total = i
global_in_loop()
print(loop_total)
