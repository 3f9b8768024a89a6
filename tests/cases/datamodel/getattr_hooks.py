# __getattr__ is a fallback; __getattribute__ intercepts everything.
class Fallback:
    x = 1
    def __getattr__(self, name):
        return f"missing:{name}"
f = Fallback()
f.y = 2
print(f.x, f.y, f.z, getattr(f, "w"))
class Strict:
    def __getattr__(self, name):
        if name.startswith("ok"):
            return name.upper()
        raise AttributeError(f"no {name}")
s = Strict()
print(s.ok_thing, hasattr(s, "ok"), hasattr(s, "bad"), getattr(s, "bad", "default"))
try:
    s.bad
except AttributeError as e:
    print(type(e).__name__, e)
class Logging:
    def __init__(self):
        self.value = 10
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
l = Logging()
print(l.value)
print(type(l).__name__)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom raised")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
b = Both()
print(b.boom, b.other)
class Setter:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
t = Setter()
t.a = 5
print(t.a)
del t.a
print(hasattr(t, "a"))
try:
    del t.nothing
except AttributeError as e:
    print(type(e).__name__, e)
