# Assignment with several targets: each target gets the same object, assigned left to right.
class Log(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
d = Log()
d["a"] = d["b"] = d["c"] = []
print(d["a"] is d["c"])
x = y = z = 0
x += 1
print(x, y, z)
a = b = [1, 2]
a, b = b
print(a, b)
i = 1
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
p = q = r = "s"
print(p + q + r)
first = (second, third) = (1, 2)
print(first, second, third)
