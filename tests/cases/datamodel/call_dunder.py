# __call__ makes instances callable; callable() and error messages.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (self.n + x) * times
add5 = Adder(5)
print(add5(1), add5(2, times=3), callable(add5), callable(Adder), callable(5))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class CallViaGetattr:
    def __getattr__(self, name):
        return lambda: "nope"
print(callable(CallViaGetattr()))
class Later:
    pass
Later.__call__ = lambda self: "added later"
print(Later()())
