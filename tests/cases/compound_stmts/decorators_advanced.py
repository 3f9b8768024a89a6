# Decorators: evaluation order of decorator expressions vs the def, decorators on methods, returning descriptors.
def trace(label):
    print("evaluate decorator expression", label)
    def deco(f):
        print("apply", label)
        return f
    return deco
def default():
    print("evaluate default")
    return 0
@trace("outer")
@trace("inner")
def f(x=default()):
    return x
print(f())
class Registry:
    handlers = {}
    @classmethod
    def on(cls, event):
        def deco(fn):
            cls.handlers[event] = fn.__name__
            return fn
        return deco
@Registry.on("start")
def handle_start():
    pass
@Registry.on("stop")
def handle_stop():
    pass
print(Registry.handlers)
def as_property(fn):
    return property(fn)
class C:
    @as_property
    def computed(self):
        return "computed via decorator"
print(C().computed)
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
class D:
    @count_calls
    def m(self, x):
        return x * 2
d = D()
print(d.m(1), d.m(2), D.m.calls)
@lambda cls: [cls.__name__]
class Replaced:
    pass
print(Replaced)
