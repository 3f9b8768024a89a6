# nonlocal statement: rebinding enclosing function variables.
def outer():
    x = 0
    def inc(by=1):
        nonlocal x
        x += by
    inc(); inc(5)
    return x
print(outer())
def make_acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add
acc = make_acc()
acc(1)
print(acc(2))
def levels():
    a = "L1"
    def l2():
        a = "L2"
        def l3():
            nonlocal a
            a = "L3 wrote"
        l3()
        return a
    return l2(), a
print(levels())
def multi():
    p = q = 0
    def change():
        nonlocal p, q
        p, q = 1, 2
    change()
    return p, q
print(multi())
def nonlocal_in_class_method():
    count = 0
    class C:
        def bump(self):
            nonlocal count
            count += 1
    C().bump(); C().bump()
    return count
print(nonlocal_in_class_method())
def nonlocal_generator():
    state = []
    def gen():
        nonlocal state
        for i in range(3):
            state = state + [i]
            yield i
    list(gen())
    return state
print(nonlocal_generator())
for src in ["def f():\n    def g():\n        nonlocal missing\n", "def f(x):\n    def g(x):\n        nonlocal x\n", "class C:\n    nonlocal y\n"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(e.msg)
