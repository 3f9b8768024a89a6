# Evaluation order in assignments: right-hand side first, then targets left to right.
def log(tag, value=None):
    print("eval", tag)
    return value
class Rec:
    def __setattr__(self, name, value):
        print("setattr", name, value)
    def __setitem__(self, key, value):
        print("setitem", key, value)
r = Rec()
r.a = r.b = log("rhs", 1)
log("obj", r).x, log("obj2", r)[log("key", "k")] = log("v1", 10), log("v2", 20)
d = {}
d[log("k1", "a")] = log("value", 5)
print(d)
x = [0, 1]
i = 0
i, x[i] = 1, 2
print(i, x)
a = [1, 2, 3]
a[log("index", 0)] += log("addend", 10)
print(a)
class Attr:
    def __init__(self): self.v = 0
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
at = Attr()
at.v += 1
print(object.__getattribute__(at, "v"))
