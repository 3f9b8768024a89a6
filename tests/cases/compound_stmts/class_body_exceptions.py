# Exceptions raised in class bodies, metaclass hooks and decorators propagate to the caller.
try:
    class Broken:
        x = 1
        raise ValueError("in class body")
except ValueError as e:
    print("caught", e)
print("Broken" in globals())
def bad_decorator(cls):
    raise TypeError(f"rejecting {cls.__name__}")
try:
    @bad_decorator
    class Rejected:
        pass
except TypeError as e:
    print("caught", e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        if "forbidden" in ns:
            raise AttributeError(f"{name} defines forbidden")
        return super().__new__(mcls, name, bases, ns)
try:
    class Bad(metaclass=Meta):
        forbidden = True
except AttributeError as e:
    print("caught", e)
class Good(metaclass=Meta):
    allowed = True
print(Good.allowed)
try:
    class FromBadBase(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class InitSub:
        def __init_subclass__(cls):
            raise RuntimeError(f"no subclasses: {cls.__name__}")
    class Child(InitSub):
        pass
except RuntimeError as e:
    print("caught", e)
