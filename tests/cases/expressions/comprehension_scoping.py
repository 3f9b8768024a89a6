# Comprehension scopes: the first iterable is evaluated in the enclosing scope (PEP 709 inlining keeps semantics).
x = 10
print([x + i for i in range(2)])
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    factor = 3
    try:
        scaled = [v * factor for v in base]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(C.doubled, C.scaled)
def g():
    items = [lambda: i for i in range(2)]
    return [h() for h in items]
print(g())
def h():
    i = "before"
    [i for i in range(3)]
    return i
print(h())
def walrus_leaks():
    [(last := v) for v in "abc"]
    return last
print(walrus_leaks())
try:
    exec("[i := 0 for i in range(2)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("class Q:\n    [(w := 1) for _ in range(1)]\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
def nested_funcs():
    return [[(lambda: (a, b))() for b in range(2)] for a in range(2)]
print(nested_funcs())
def locals_in_comp():
    outer_var = 1
    return [sorted(locals()) for _ in range(1)]
print(locals_in_comp())
