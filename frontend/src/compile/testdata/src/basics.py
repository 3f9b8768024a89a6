x = (1, 2, "a")
y = -1
z = 2 ** 10 + 3 * 4
def f(a, b=3):
    "doc"
    for i in range(10):
        if a is None:
            return b + 1.5
    return [1, 2, 3]
def g(*args, **kw):
    return args, kw
class C:
    def m(self):
        return self.x
print(f(1), g(2, k=3))
