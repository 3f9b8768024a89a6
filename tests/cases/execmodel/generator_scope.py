# Names inside generator functions and generator expressions resolve when the generator runs.
x = "global at creation"
def gen():
    yield x
g = gen()
x = "global at first next"
print(next(g))
def make():
    value = "before"
    g = (value for _ in range(1))
    value = "after"
    return list(g)
print(make())
def closures_in_gen():
    for i in range(3):
        yield lambda: i
print([f() for f in closures_in_gen()])
print([f() for f in list(closures_in_gen())])
def locals_in_gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(locals_in_gen()))
class C:
    items = [1, 2]
    gen = (i * 2 for i in items)
print(list(C.gen))
