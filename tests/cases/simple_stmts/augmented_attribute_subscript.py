# Augmented assignment to attributes and subscripts evaluates the container and key once.
class Tracer:
    def __init__(self):
        self.data = {"k": 1}
        self.attr = 10
    def __getitem__(self, key):
        print("getitem", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value
    def __getattribute__(self, name):
        if name not in ("data",):
            print("getattr", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
t = Tracer()
print("--")
t["k"] += 5
print("--")
t.attr *= 3
print("--")
def obj():
    print("obj evaluated")
    return t
def key():
    print("key evaluated")
    return "k"
obj()[key()] -= 1
print(t.data)
