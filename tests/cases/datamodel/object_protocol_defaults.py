# What object provides by default: __eq__, __ne__, __hash__, __str__, __format__, __reduce_ex__, __dir__, __init_subclass__, __subclasshook__.
class Plain:
    pass
p = Plain()
print(p.__eq__(p), p.__eq__(1), p.__ne__(1), type(p.__hash__()).__name__)
print(p.__str__() == p.__repr__(), format(p, "") == str(p))
print(Plain.__init_subclass__(), Plain.__subclasshook__(int))
print(sorted(d for d in dir(p) if d.startswith("__") and d in {"__class__", "__dict__", "__doc__", "__module__", "__weakref__", "__init__", "__new__"}))
print(object.__doc__.split("\n")[0])
print(object.__new__(Plain).__class__.__name__, object.__init__(p), object.__sizeof__ is not None)
try:
    object.__init__(p, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__lt__(p, p), object.__le__(p, p), object.__gt__(p, p), object.__ge__(p, p))
print(object().__dir__().__class__.__name__)
