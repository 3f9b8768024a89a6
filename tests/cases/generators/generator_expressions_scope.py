# Generator expression scoping: the outermost iterable is evaluated immediately, the rest lazily.
def trace(name, value):
    print("evaluating", name)
    return value
g = (x + y for x in trace("outer", [1, 2]) for y in trace("inner", [10]))
print("created")
print(list(g))
class C:
    values = [1, 2]
    offset = 100
    gen = (v for v in values)
    try:
        gen2 = list(v + offset for v in values)
    except NameError as e:
        gen2 = str(e)
print(list(C.gen), C.gen2)
x = 5
g2 = (x for _ in range(2))
x = 6
print(list(g2))
try:
    (a for a in 5)
except TypeError as e:
    print("immediate:", e)
g3 = (a for a in range(3) if a != trace("filter", 1))
print(list(g3))
print(sum(i * i for i in range(4)), list(i for i in ()), next((i for i in "ab")))
