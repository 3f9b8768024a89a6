# return statements: implicit None, tuples, in loops and try/finally.
def implicit():
    pass
def bare():
    return
def tuple_return():
    return 1, 2
def early(n):
    for i in range(10):
        if i == n:
            return f"found {i}"
    return "not found"
print(implicit(), bare(), tuple_return(), early(3), early(20))
def in_try():
    try:
        return "from try"
    finally:
        print("finally runs")
print(in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def returns_in_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("exit")
    with CM():
        return "with value"
print(returns_in_with())
def while_return():
    n = 0
    while True:
        n += 1
        if n > 3:
            return n
print(while_return())
def starred():
    rest = [2, 3]
    return 1, *rest
print(starred())
def nested():
    def inner():
        return "inner"
    return inner() + "+outer"
print(nested())
try:
    compile("return 1", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
def gen():
    yield 1
    return "gen value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator return:", e.value)
