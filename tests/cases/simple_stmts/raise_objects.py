# What can be raised: classes, instances, subclasses of BaseException, and what args they carry.
class WithArgs(Exception):
    pass
for thing in [WithArgs, WithArgs(), WithArgs(1), WithArgs(1, "two"), StopIteration, GeneratorExit()]:
    try:
        raise thing
    except BaseException as e:
        print(type(e).__name__, e.args, repr(str(e)))
class InitTakesArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise InitTakesArgs
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise InitTakesArgs(1, 2)
except InitTakesArgs as e:
    print(e.args, e.b, str(e))
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
try:
    raise NoSuper(5)
except NoSuper as e:
    print(e.args, e.value, repr(e))
e = ValueError("x")
e.args = ("changed", 2)
print(str(e), repr(e))
e.args = "abc"
print(e.args)
