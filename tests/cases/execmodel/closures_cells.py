# Closures capture variables (cells), not values.
def make_counters():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(make_counters())
def make_counters_default():
    return [(lambda i=i: i)() for i in range(3)]
print(make_counters_default())
def shared_cell():
    x = 1
    def get(): return x
    def set(v):
        nonlocal x
        x = v
    return get, set
get, set_ = shared_cell()
print(get()); set_(5); print(get())
def later_binding():
    def f(): return value
    value = "bound after def"
    return f()
print(later_binding())
def cells_info():
    a = 1
    b = 2
    def inner(): return a + b
    return inner
inner = cells_info()
print(inner.__code__.co_freevars, [c.cell_contents for c in inner.__closure__])
print(cells_info.__code__.co_cellvars)
def no_closure(): return 1
print(no_closure.__closure__)
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def empty_cell():
    def inner(): return late
    try:
        inner.__closure__[0].cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    late = 1
    return inner.__closure__[0].cell_contents
print(empty_cell())
def param_cell(p):
    def inner(): return p * 2
    p += 1
    return inner()
print(param_cell(10))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])
