# Class statement variants: class in function, conditional classes, class decorators stacking, class attributes referencing each other.
def make_class(base, label):
    class Made(base):
        tag = label
        def describe(self):
            return f"{type(self).__name__}:{self.tag}:{base.__name__}"
    return Made
A = make_class(object, "a")
B = make_class(A, "b")
print(A().describe(), B().describe(), B.__mro__[1] is A)
if True:
    class Cond:
        v = "first branch"
else:
    class Cond:
        v = "second branch"
print(Cond.v)
def deco1(cls):
    cls.order = getattr(cls, "order", []) + ["deco1"]
    return cls
def deco2(cls):
    cls.order = getattr(cls, "order", []) + ["deco2"]
    return cls
@deco1
@deco2
class Stacked:
    pass
print(Stacked.order)
class SelfRef:
    a = 1
    b = a + 1
    c = [a, b]
    def m(self):
        return SelfRef.c
print(SelfRef().m())
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter):
    pass
Counter(); SubCounter(); SubCounter()
print(Counter.instances, SubCounter.instances)
class WithNew:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.args = a
        return obj
print(WithNew(1, 2).args)
