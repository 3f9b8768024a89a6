# Class bodies: names are not visible in nested functions or comprehensions' inner scopes.
x = "global x"
class C:
    x = "class x"
    y = x
    def method(self):
        return x
    lst = [x for _ in range(1)]
    first = [i for i in range(3)]
    try:
        derived = [x + str(i) for i in range(2)]
    except NameError as e:
        derived = str(e)
print(C.y, C().method(), C.lst, C.first, C.derived)
def f():
    x = "function x"
    class D:
        print("class sees", x)
        x = "D x"
        print("after assign", x)
    return D.x
print(f())
def g():
    y = "enclosing y"
    class E:
        z = y
        y = "class y"
    return E.z, E.y
try:
    print(g())
except NameError as e:
    print("class body skips enclosing function locals when assigned:", e)
class F:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = (lambda: 1)()
    items = {k: k for k in range(2)}
print(F.c, F.items)
class G:
    n = 3
    try:
        vals = [n for _ in range(2)]
    except NameError as e:
        vals = type(e).__name__
print(G.vals)
class H:
    v = 5
    r = list(range(v))
    def m(self, default=v):
        return default
print(H.r, H().m())
class I:
    __private = "mangled"
    def get(self):
        return self.__private
print(I().get(), hasattr(I, "_I__private"), hasattr(I, "__private"))
